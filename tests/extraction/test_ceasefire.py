from datetime import date

from orchestration.extraction.ceasefire import extract_ceasefire_events
from orchestration.extraction.events import CeasefireEvent
from orchestration.extraction.text import build_document, split_sentences

THURSDAY = date(2024, 3, 14)
# An opening line that makes Armenia and Azerbaijan the article's belligerents.
FIGHTING = "Armenian and Azerbaijani troops clashed along the border on Wednesday. "


def events(body: str, title: str = "") -> list[CeasefireEvent]:
    document = build_document(title, body)
    return extract_ceasefire_events(split_sentences(document, has_title=bool(title)), THURSDAY)


def only(body: str, title: str = "") -> CeasefireEvent:
    (event,) = events(body, title)
    return event


# declared


def test_declared_with_a_passive_broker_and_named_sides():
    event = only("A truce brokered by Turkey between Armenia and Azerbaijan took effect on Tuesday.")
    assert (event.event, event.parties, event.broker) == ("declared", ("ARM", "AZE"), "TUR")
    assert event.date == date(2024, 3, 12)
    assert not event.historical


def test_a_third_party_that_reached_a_truce_is_its_broker():
    event = only(FIGHTING + "Iran said it had reached a ceasefire between the warring sides.")
    assert (event.event, event.parties, event.broker) == ("declared", ("ARM", "AZE"), "IRN")
    assert event.evidence.rule == "ceasefire.declared.declaration-verb"


def test_hyphenated_broker_and_in_effect():
    event = only(FIGHTING + "A Qatar-brokered truce is now in effect.")
    assert (event.event, event.parties, event.broker) == ("declared", ("ARM", "AZE"), "QAT")


def test_a_side_that_agrees_a_truce_is_not_its_broker():
    event = only(FIGHTING + "Armenia agreed a truce with Azerbaijan.")
    assert (event.event, event.parties, event.broker) == ("declared", ("ARM", "AZE"), None)


# violated


def test_accuser_and_accused_of_an_accusation():
    event = only("Azerbaijan accused Armenia of violating the truce overnight.")
    assert (event.event, event.parties, event.accuser, event.accused) == ("violated", ("ARM", "AZE"), "AZE", "ARM")
    assert event.date == date(2024, 3, 13)


def test_violator_is_the_subject_and_the_speaker_accuses():
    event = only("Armenian forces shelled a village in breach of the ceasefire, the defence ministry in Baku said.")
    assert (event.event, event.accuser, event.accused) == ("violated", "AZE", "ARM")


def test_deaths_despite_the_truce_are_a_violation_without_blame():
    event = only("Clashes between Armenian and Azerbaijani troops killed two soldiers despite the truce.")
    assert (event.event, event.parties, event.accuser, event.accused) == ("violated", ("ARM", "AZE"), None, None)
    assert event.evidence.rule == "ceasefire.violated.despite"


def test_a_quoted_trigger_keeps_the_cue_before_its_quote():
    event = only('Shelling killed two Armenian and Azerbaijani soldiers despite the "regime of silence".')
    assert (event.event, event.parties) == ("violated", ("ARM", "AZE"))


def test_a_report_naming_one_side_takes_the_usual_opponent_of_its_war():
    event = only("Two Indian soldiers were killed in Kashmir despite the ceasefire.")
    assert (event.event, event.parties) == ("violated", ("IND", "PAK"))


def test_a_group_declaring_a_truce_alone_has_the_state_it_fought_as_the_other_side():
    for body, on, pair in (("ETA declared a permanent ceasefire on Monday in a step toward ending the war.", date(2011, 1, 10), ("ESP", "X-eta")),
                           ("The IRA announced a ceasefire on Wednesday, ending decades of fighting.", date(1994, 8, 31), ("GBR", "X-ira"))):
        found = extract_ceasefire_events(split_sentences(body), on)
        assert [(e.event, e.parties) for e in found] == [("declared", pair)]


def test_generic_rebels_are_named_as_the_group_of_that_war():
    found = extract_ceasefire_events(
        split_sentences("Two Ukrainian soldiers were killed by rebels despite the truce."), date(2016, 5, 2)
    )
    assert [(e.event, e.parties) for e in found] == [("violated", ("UKR", "X-separatists"))]


def test_a_truce_with_an_unnamed_opponent_has_no_sides_to_code():
    assert events("Armenia agreed a truce with its opponents.") == []


def test_despite_the_truce_without_fighting_is_no_violation():
    assert events(FIGHTING + "Armenia and Azerbaijan kept talking despite the truce.") == []


def test_the_agreement_refers_back_to_a_truce_in_the_same_sentence():
    found = events(
        "Russia announced a ceasefire between Armenia and Azerbaijan, "
        "but Azerbaijan accused Armenian troops of breaking the agreement."
    )
    assert [(e.event, e.broker, e.accuser, e.accused) for e in found] == [
        ("declared", "RUS", None, None),
        ("violated", None, "AZE", "ARM"),
    ]


# called_for and rejected


def test_a_call_for_a_return_to_the_truce_takes_the_article_sides():
    event = only(FIGHTING + "France urged a return to respecting the ceasefire.")
    assert (event.event, event.parties, event.by) == ("called_for", ("ARM", "AZE"), "FRA")


def test_the_truce_someone_wants_is_a_call_for_it():
    event = only(FIGHTING + "The ceasefire Iran wants is still far off.")
    assert (event.event, event.by) == ("called_for", "IRN")


def test_a_halt_to_fighting_is_a_trigger():
    event = only(FIGHTING + "Germany called for an immediate halt to fighting.")
    assert (event.event, event.by) == ("called_for", "DEU")


def test_a_side_rejecting_a_truce():
    event = only(FIGHTING + "Azerbaijan rejected the truce.")
    assert (event.event, event.parties, event.by) == ("rejected", ("ARM", "AZE"), "AZE")


def test_a_collapsed_truce_was_broken_but_one_declared_over_is_rejected():
    event = only("The truce between Armenia and Azerbaijan collapsed on Tuesday.")  # the annotators' reading: broken
    assert (event.event, event.parties) == ("violated", ("ARM", "AZE"))
    assert only("The truce between Armenia and Azerbaijan is over, Baku said on Tuesday.").event == "rejected"


# background, dedupe and non-events


def test_a_truce_that_ended_an_earlier_war_is_historical():
    event = only(FIGHTING + "The 2020 war ended in a truce brokered by Russia.")
    assert (event.event, event.broker, event.historical, event.date) == ("declared", "RUS", True, None)


def test_the_title_and_body_reporting_one_event_give_one_item():
    found = events("Azerbaijan accused Armenia of violating the truce.", title="Azerbaijan accuses Armenia of truce breach")
    assert [(e.event, e.parties) for e in found] == [("violated", ("ARM", "AZE"))]


def test_a_truce_without_an_event_word_is_not_coded():
    assert events(FIGHTING + "A ceasefire may be the best outcome anyone can hope for.") == []


def test_ceasefire_talks_are_diplomacy_not_a_truce_event():
    assert events(FIGHTING + "Ceasefire talks between Armenia and Azerbaijan took place in Qatar.") == []


def test_a_truce_in_another_war_is_not_given_this_articles_sides():
    assert events(FIGHTING + "Parliament urged all parties in Syria to respect the ceasefire.") == []


def test_evidence_offsets_index_the_document():
    body = FIGHTING + "Azerbaijan rejected the truce."
    document = build_document("", body)
    event = only(body)
    assert document[event.evidence.start : event.evidence.end] == "rejected the truce"


# wars between a state and an armed group; wording of other outlets


def test_the_sides_named_after_a_place_phrase_are_the_truce_s():
    body = ("Turkish drones struck Kurdish fighters in Syria on Sunday. The US envoy wants the ceasefire agreement in "
            "north-eastern Syria between Syria's government and the Kurdish-led SDF to hold.")
    (event,) = events(body)
    assert event.parties == ("SYR", "X-sdf")


def test_a_group_named_with_its_head_noun_and_a_coalition_that_agreed_a_truce_are_its_parties():
    body = ("Houthi fighters clashed with Yemeni forces on Tuesday. The US said on Wednesday that Yemen's Houthi group and the "
            "Saudi-led coalition fighting it had agreed to a ceasefire.")
    (event,) = events(body)
    assert (event.event, event.parties, event.broker) == ("declared", ("SAU", "X-houthis"), None)


def test_a_truce_a_side_failed_to_sign_or_that_is_required_is_not_made():
    for sentence in ("Negotiators failed to convince Azerbaijan to sign a ceasefire accord on Wednesday.",
                     "Quick negotiations are now required to implement a ceasefire, he said.",
                     "A ceasefire was not part of that agreement, however.",
                     "An Azerbaijani delegation is in Moscow to deliberate on Armenia's response to a ceasefire deal."):
        assert not any(e.event == "declared" for e in events(FIGHTING + sentence)), sentence


def test_agreeing_to_stop_all_firing_is_a_declared_truce():
    event = only("Peru and Ecuador agreed to stop all firing along the border from midnight.")
    assert (event.event, event.parties) == ("declared", ("ECU", "PER"))


def test_a_mediator_announcing_a_truce_is_no_party():
    (event,) = [e for e in events(
        "Colombia's government and the ELN agreed on Monday to a cessation of hostilities, the UN's chief "
        "mediator, former Chilean president Michelle Bachelet, announced."
    ) if e.event == "declared"]
    assert event.parties == ("COL", "X-eln")


def test_a_pledge_violated_in_a_later_sentence_is_the_truce():
    body = FIGHTING + "Both sides agreed to a ceasefire on Monday. Armenia said Azerbaijan had violated the pledge within hours."
    violated = [e for e in events(body) if e.event == "violated"]
    assert [(e.parties, e.accused) for e in violated] == [(("ARM", "AZE"), "AZE")]


def test_an_accusation_of_breaching_with_weapons_names_the_sides():
    body = "Congolese troops fought M23 fighters near Goma. The M23 accused the army of breaching the truce with drone strikes."
    (event,) = [e for e in events(body) if e.event == "violated"]
    assert (event.parties, event.accuser) == (("COD", "X-m23"), "X-m23")


def test_talks_without_an_agreement_declare_no_truce():
    assert events(FIGHTING + "Negotiators met in Vienna for talks on a truce but left without an agreement.") == []


def test_a_truce_that_is_needed_is_called_for():
    event = only(FIGHTING + "France said on Wednesday that a ceasefire was urgently needed.")
    assert (event.event, event.parties, event.by) == ("called_for", ("ARM", "AZE"), "FRA")


def test_calling_on_the_sides_to_stop_fighting():
    event = only(FIGHTING + "Germany called on both sides to stop fighting.")
    assert (event.event, event.parties, event.by) == ("called_for", ("ARM", "AZE"), "DEU")


def test_a_truce_agreed_in_its_own_passive_is_declared_whatever_was_asked_before_it():
    event = only(FIGHTING + "In addition to progress on other issues, a temporary ceasefire was also agreed upon.")
    assert (event.event, event.parties) == ("declared", ("ARM", "AZE"))


def test_a_side_ready_for_a_truce_calls_for_it():
    event = only("Hezbollah said on Wednesday it was ready for a ceasefire with Israel.")
    assert (event.event, event.parties, event.by) == ("called_for", ("ISR", "X-hezbollah"), "X-hezbollah")


def test_the_offer_rejected_in_the_same_sentence_is_the_truce_just_named():
    found = {(e.event, e.parties, e.by) for e in events(
        "Hezbollah proposed a truce with Israel on Wednesday, but Israel rejected the offer.")}
    assert ("rejected", ("ISR", "X-hezbollah"), "ISR") in found


def test_a_reporting_third_state_is_not_a_side_of_the_truce():
    found = {(e.event, e.parties) for e in events(
        FIGHTING + "Russia said on Wednesday that the two armies had agreed to a ceasefire.")}
    assert ("declared", ("ARM", "AZE")) in found
    assert not any("RUS" in parties for _, parties in found)


# sides of record (SCHEMA conventions: a Gaza truce is Israel-Hamas, a Lebanon truce Israel-Hezbollah)


def test_a_gaza_truce_is_between_israel_and_hamas_not_the_palestinian_state():
    body = ("Israeli strikes killed nine Palestinians in Gaza on Tuesday, the health ministry said. "
            "Hamas fighters fired rockets at Israel. A truce mediated by Qatar and Egypt took effect on Wednesday.")
    event = only(body)
    assert (event.event, event.parties, event.broker) == ("declared", ("ISR", "X-hamas"), "QAT")


def test_the_militant_group_is_the_armed_group_the_article_names():
    body = ("Israeli jets hit Hezbollah positions in southern Lebanon on Monday. "
            "The raid came despite a truce that ended the war between Israel and the militant group.")
    event = only(body)
    assert (event.event, event.parties) == ("violated", ("ISR", "X-hezbollah"))


def test_guarantors_and_brokers_named_in_a_relative_clause_are_no_parties():
    body = FIGHTING + "Armenia called on Russia and France - who brokered the truce in May - to restrain Baku."
    declared = [e for e in events(body) if e.event == "declared"]
    assert [(e.parties, e.broker) for e in declared] == [(("ARM", "AZE"), "RUS")]


def test_allies_named_together_are_not_the_warring_pair():
    body = ("US and Israeli officials met on Tuesday. Israeli troops fought Hamas in Gaza. "
            "Washington and Israeli envoys spoke again. A truce came into force on Wednesday.")
    assert only(body).parties == ("ISR", "X-hamas")


# what is not (yet) a truce


def test_a_truce_that_could_follow_or_is_only_sought_is_not_declared():
    body = FIGHTING + (
        "Analysts said a new cabinet could facilitate a ceasefire. "
        "Aid convoys are ready to move if a truce deal takes effect. "
        "Diplomats held discussions to reach a ceasefire."
    )
    assert [e.event for e in events(body)] == []


def test_something_a_side_has_rejected_is_a_rejection_by_that_side():
    body = FIGHTING + "The dispute is whether a pause would turn into a permanent truce, something Azerbaijan has rejected."
    event = only(body)
    assert (event.event, event.by, event.parties) == ("rejected", "AZE", ("ARM", "AZE"))


def test_insisting_on_talks_without_a_truce_rejects_it():
    event = only(FIGHTING + "Azerbaijan insisted on negotiations without a ceasefire.")
    assert (event.event, event.by) == ("rejected", "AZE")


def test_urging_leaders_to_create_conditions_for_a_truce_calls_for_it():
    body = FIGHTING + "Georgia's premier wrote to EU leaders, urging them to “create the conditions for a ceasefire” soon."
    event = only(body)
    assert (event.event, event.by, event.parties) == ("called_for", "GEO", ("ARM", "AZE"))


def test_violating_it_refers_to_the_truce_named_before_in_the_sentence():
    body = FIGHTING + "A truce brokered by Russia held on Wednesday, although Armenia accused Azerbaijani troops of violating it."
    violated = [e for e in events(body) if e.event == "violated"]
    assert [(e.parties, e.accuser, e.accused) for e in violated] == [(("ARM", "AZE"), "ARM", "AZE")]


def test_brokers_of_a_truce_are_not_the_warring_pair():
    body = ("A cessation of hostilities brokered by the United States and Russia held across Syria on Wednesday. "
            "Syrian troops and rebels clashed near Homs.")
    declared = [e for e in events(body) if e.event == "declared"]
    assert [(e.parties, e.broker) for e in declared] == [(("SYR", "X-opposition"), "USA")]  # Syria's unnamed rebels (SCHEMA)


def test_the_warring_parties_are_the_articles_pair():
    event = only(FIGHTING + "A UN envoy urged the warring parties to respect the truce.")
    assert (event.event, event.parties) == ("called_for", ("ARM", "AZE"))


def test_a_truce_located_in_another_country_is_not_this_wars():
    assert events(FIGHTING + "Parliament also called on all parties in northern Syria to abide by the truce.") == []


def test_leaders_ordering_their_forces_to_cease_fire_declare_a_truce():
    event = only(FIGHTING + "The two presidents ordered their forces to cease fire on Wednesday.")
    assert (event.event, event.parties) == ("declared", ("ARM", "AZE"))


def test_a_violation_of_an_old_truce_is_news_not_history():
    event = only(FIGHTING + "Shelling went on despite a ceasefire agreed in Moscow in 2020.")
    assert (event.event, event.parties, event.historical) == ("violated", ("ARM", "AZE"), False)


def test_attacks_hours_after_a_truce_took_effect_violate_it():
    body = FIGHTING + "Armenia accused Azerbaijani troops of shelling border villages hours after the truce took effect."
    violated = [e for e in events(body) if e.event == "violated"]
    assert [(e.parties, e.accuser) for e in violated] == [(("ARM", "AZE"), "ARM")]


def test_an_armed_group_declaring_a_truce_is_a_side_not_its_broker():
    body = ("Myanmar's military shelled villages in Shan state on Monday. "
            "The Arakan Army, a coalition of ethnic armed groups, declared a one-month unilateral truce.")
    (event,) = [e for e in events(body) if e.event == "declared"]
    assert (event.parties, event.broker) == (("MMR", "X-arakan-army"), None)


def test_another_armed_group_against_the_articles_state():
    body = ("Myanmar's military shelled Arakan Army positions on Monday. "
            "Resistance forces accused the army of air strikes hours after the ceasefire took effect.")
    violated = [e for e in events(body) if e.event == "violated"]
    assert [e.parties for e in violated] == [("MMR", "X-resistance")]


def test_talks_that_should_focus_on_reaching_a_truce_call_for_it():
    assert only(FIGHTING + "The talks should focus on reaching an immediate ceasefire, the presidency said.").event == "called_for"


def test_a_truce_not_kept_or_that_did_not_hold_is_violated():
    assert only(FIGHTING + "The truce, declared last week, was not kept for a single day.").event == "violated"
    assert only(FIGHTING + "The ceasefire did not hold.").event == "violated"
    assert only(FIGHTING + "The ceasefire was never respected.").event == "violated"


def test_a_truce_told_as_breached_in_a_relative_clause_or_by_a_violation_of_it_is_violated():
    assert only(FIGHTING + "Monitors will help enforce a ceasefire that has been breached despite the accords.").event == "violated"
    assert only(FIGHTING + "The raid is the latest violation by Azerbaijan in recent weeks of a Russian-brokered truce.").event == "violated"


def test_a_truce_violated_with_airstrikes_is_the_accusers_and_accuseds():
    body = FIGHTING + "Armenia accused Azerbaijan of violating the truce with airstrikes in the south."
    event = only(body)
    assert (event.event, event.parties, event.accuser, event.accused) == ("violated", ("ARM", "AZE"), "ARM", "AZE")
    assert only(FIGHTING + "Ceasefire violations with the use of firearms were registered.").parties == ("ARM", "AZE")


def test_a_shattered_or_unravelled_truce_is_violated():
    assert only(FIGHTING + "The truce was shattered on Thursday when a border post came under fire.").event == "violated"
    assert only(FIGHTING + "Artillery fire shattered the ceasefire on Thursday.").event == "violated"
    assert only(FIGHTING + "The ceasefire unravelled within days.").event == "violated"
    assert only(FIGHTING + "The fragile truce between the two neighbours was shattered by shelling.").event == "violated"
    assert only(FIGHTING + "The ceasefire was repeatedly breached on Thursday.").event == "violated"


def test_refusing_to_keep_a_truce_rejects_it():
    event = only(FIGHTING + "Azerbaijan said it would not abide by the truce.")
    assert (event.event, event.parties, event.by) == ("rejected", ("ARM", "AZE"), "AZE")


def test_a_truce_declared_over_or_ended_is_rejected():
    assert only(FIGHTING + "The Armenian army declared the truce over on Thursday.").event == "rejected"
    assert only(FIGHTING + "Baku said the ceasefire had ended at midnight.").event == "rejected"
    assert only(FIGHTING + "Yerevan launched a raid, ending the ceasefire.").event == "rejected"


def test_a_truce_that_ended_a_war_is_not_over():
    assert [e.event for e in events(FIGHTING + "A ceasefire agreed in May ended weeks of shelling.")] == ["declared"]


def test_a_truce_that_held_is_in_force():
    event = only(FIGHTING + "The ceasefire between Armenia and Azerbaijan largely held on Thursday.")
    assert (event.event, event.parties) == ("declared", ("ARM", "AZE"))


def test_overturning_a_truce_violates_it_but_ignoring_calls_for_one_does_not():
    event = only(FIGHTING + "Armenia accused Azerbaijan of overturning the truce agreement.")
    assert (event.event, event.accuser, event.accused) == ("violated", "ARM", "AZE")
    assert "violated" not in {e.event for e in events(FIGHTING + "Azerbaijan kept shelling, ignoring calls for a ceasefire.")}


def test_a_truce_that_took_effect_but_was_broken_is_declared_and_violated():
    for sentence in ("The truce took effect on Monday but was repeatedly violated.",
                     "The truce, which came into force on Monday, was violated within hours."):
        found = events(FIGHTING + sentence)
        assert {(e.event, e.parties) for e in found} == {("declared", ("ARM", "AZE")), ("violated", ("ARM", "AZE"))}


def test_a_headline_where_both_sides_agree_to_a_truce_declares_it():
    assert (only("", title="Armenia, Azerbaijan agree to truce").event) == "declared"
    assert only("", title="Pope urges Armenia and Azerbaijan to agree to a truce").event == "called_for"


def test_who_urges_the_sides_to_keep_a_truce_calls_for_it():
    event = only(FIGHTING + "Iran pressed Armenia and Azerbaijan to respect the truce.")
    assert (event.event, event.parties, event.by) == ("called_for", ("ARM", "AZE"), "IRN")


def test_a_state_named_as_the_home_of_a_group_is_no_party():
    event = only("Lebanon's Hezbollah said its truce with Israel had collapsed.")
    assert (event.event, event.parties) == ("violated", ("ISR", "X-hezbollah"))


def test_brokers_agreeing_a_truce_in_a_country_at_war_give_that_wars_sides():
    body = "Jets struck Aleppo on Tuesday. Britain and France agreed on a plan to bring about a ceasefire in Syria."
    found = extract_ceasefire_events(split_sentences(build_document("", body), has_title=False), date(2016, 9, 14))
    assert [(e.event, e.parties) for e in found] == [("declared", ("SYR", "X-opposition"))]


def test_a_truce_named_after_its_country_is_that_wars():
    found = extract_ceasefire_events(split_sentences(build_document("Britain and France back Syria truce plan", ""), has_title=True), date(2016, 9, 14))
    assert {e.parties for e in found} == {("SYR", "X-opposition")}


def test_a_wire_dateline_names_no_side():
    body = "BEIRUT, Lebanon (Wire) — A truce in Syria took effect at midnight on Wednesday, the UN envoy said."
    found = extract_ceasefire_events(split_sentences(build_document("", body), has_title=False), date(2016, 10, 20))
    assert [(e.event, e.parties) for e in found] == [("declared", ("SYR", "X-opposition"))]


def test_previous_truces_that_collapsed_are_history():
    (event,) = events(FIGHTING + "Previous truces collapsed within days.")
    assert event.historical and event.date is None


def test_third_parties_calling_together_for_the_truce_reported_are_no_sides():
    body = (
        "Coalition jets bombed Sanaa on Tuesday, killing nine people. A truce in Yemen took effect on Wednesday. "
        "Britain and Germany had called for the truce on Sunday. Sides that committed to a ceasefire must honour it."
    )
    found = extract_ceasefire_events(split_sentences(build_document("", body), has_title=False), date(2016, 10, 20))
    called = [e for e in found if e.event == "called_for"]
    assert [(e.parties, e.by) for e in called] == [(("X-houthis", "YEM"), "GBR")]


def test_supporting_the_idea_of_a_truce_calls_for_it():
    event = only(FIGHTING + "Armenia said it supported the idea of a ceasefire.")
    assert (event.event, event.by) == ("called_for", "ARM")


def _headline(title: str, day: date = date(2025, 6, 25)) -> list[tuple]:
    found = extract_ceasefire_events(split_sentences(build_document(title, ""), has_title=True), day)
    return [(e.event, e.parties, e.by) for e in found]


def test_a_headline_truce_collapsing_in_a_country_at_war():
    assert _headline("Ceasefire collapses in Sudan") == [("violated", ("SDN", "X-rsf"), None)]


def test_a_gaza_truce_is_with_hamas_even_when_hamas_is_not_named():
    assert _headline("Pope calls for ceasefire in Gaza") == [("called_for", ("ISR", "X-hamas"), None)]
    assert _headline("Egypt proposes new Gaza truce plan") == [("called_for", ("ISR", "X-hamas"), "EGY")]


def test_a_caller_outside_a_war_is_no_side_of_its_truce():
    assert _headline("Macron urges Putin to accept truce") == [("called_for", ("RUS", "UKR"), "FRA")]


def test_a_rejected_call_for_a_truce_was_also_called_for_by_its_owner():
    found = events(FIGHTING + "Baku rejected Yerevan's call for an unconditional ceasefire.")
    assert {(e.event, e.parties, e.by) for e in found} == {
        ("rejected", ("ARM", "AZE"), "AZE"), ("called_for", ("ARM", "AZE"), "ARM")
    }


def test_unnamed_rebels_accused_alone_are_named_by_the_war_of_the_state():
    body = "Syrian troops clashed with rebels on Monday. The army accused the rebels of violating the truce."
    found = extract_ceasefire_events(split_sentences(build_document("", body), has_title=False), date(2016, 9, 20))
    assert [(e.event, e.parties) for e in found] == [("violated", ("SYR", "X-opposition"))]


def test_a_unilateral_truce_of_a_named_group_is_between_it_and_the_state_it_fights():
    found = extract_ceasefire_events(
        split_sentences(build_document("", "The FARC rebels declared a unilateral ceasefire on Sunday."), has_title=False), date(2015, 7, 22)
    )
    assert [(e.event, e.parties) for e in found] == [("declared", ("COL", "X-farc"))]


def test_one_side_named_twice_is_still_one_side():
    body = "Junta troops fought resistance forces on Monday. The army declared a truce, echoing one announced by armed groups and resistance forces."
    found = extract_ceasefire_events(split_sentences(build_document("", body), has_title=False), date(2025, 4, 5))
    assert all(len(e.parties) == 2 for e in found)


def test_a_truce_placed_in_a_region_is_between_the_sides_of_its_war():
    event = only("The foreign ministers of Germany and Russia called for a ceasefire in Nagorno-Karabakh.")
    assert (event.event, event.parties) == ("called_for", ("ARM", "AZE"))


def test_envoys_talking_about_a_war_are_not_its_sides():
    event = only(
        "Germany's foreign minister spoke to his Russian counterpart on Monday about the fighting in Karabakh. "
        "They agreed that the sides must return to a ceasefire."
    )
    assert (event.event, event.parties) == ("called_for", ("ARM", "AZE"))


def test_a_mediator_named_more_often_than_the_sides_is_no_side():
    event = only(
        "Turkey's president phoned Sudan's army chief and the RSF commander on Tuesday. Turkey offered to host talks, "
        "and Turkey's foreign minister flew to Cairo. The RSF said it had agreed to a 72-hour truce."
    )
    assert (event.event, event.parties) == ("declared", ("SDN", "X-rsf"))


def test_stopping_fighting_that_started_is_a_call_not_a_truce_that_began():
    event = only("Kenya's president urged the two sides in the conflict in Sudan to stop the fighting which started last month in Khartoum.")
    assert (event.event, event.parties, event.by) == ("called_for", ("SDN", "X-rsf"), "KEN")


def test_leaving_a_truce_in_a_past_year_is_history():
    (event,) = events("Attacks have risen since the militant group withdrew from a ceasefire in 2022.", title="Militants attack army post in Pakistan")
    assert (event.event, event.historical) == ("rejected", True)


def test_a_named_group_alone_takes_the_state_it_fights():
    event = only("Hezbollah said it would not respect the truce.")
    assert (event.event, event.parties) == ("rejected", ("ISR", "X-hezbollah"))


def test_a_truce_that_took_hold_is_in_force():
    assert only(FIGHTING + "A ceasefire between Armenia and Azerbaijan took hold on Wednesday.").event == "declared"


def test_accusations_of_violations_after_a_truce_is_named_are_a_violation():
    found = {(event.event, event.parties) for event in events(FIGHTING + "A truce took effect at midnight. Accusations of violations were quick to follow.")}
    assert found == {("declared", ("ARM", "AZE")), ("violated", ("ARM", "AZE"))}


def test_fighting_after_a_truce_violates_it():
    assert only("", title="Armenia-Azerbaijan Fighting After Ceasefire Leaves 15 Dead").event == "violated"


def test_a_truce_that_has_not_stopped_the_fighting_was_violated():
    found = {event.event for event in events("A ceasefire reached between Armenia and Azerbaijan has not stopped fighting on the border.")}
    assert found == {"declared", "violated"}


def test_any_future_truce_is_no_truce_declared():
    assert events(FIGHTING + "Prisoners are a sticking point in any comprehensive ceasefire deal between Armenia and Azerbaijan.") == []


def test_efforts_of_others_to_reach_a_truce_call_for_it():
    assert only(FIGHTING + "France and Russia discussed efforts of the two countries to reach a permanent ceasefire.").event == "called_for"
    assert only(FIGHTING + "The call came amid efforts by the UN to broker a ceasefire.").event == "called_for"


def test_a_side_ready_to_take_part_in_a_truce_or_support_for_one_calls_for_it():
    assert only(FIGHTING + "Armenia said it was ready to participate in an immediate cessation of hostilities.").event == "called_for"
    assert only(FIGHTING + "The two presidents expressed their support for a ceasefire.").event == "called_for"
    assert only(FIGHTING + "Envoys met in Geneva for negotiations aimed at reaching a ceasefire.").event == "called_for"


def test_a_truce_declared_and_dismissed_in_one_sentence_is_both():
    found = {(event.event, event.by) for event in events(FIGHTING + "Aliyev declared a three-day ceasefire for the holiday celebrations, which Armenia dismissed as a stunt.")}
    assert found == {("declared", None), ("rejected", "ARM")}


def test_a_quoted_modifier_keeps_the_truce_in_its_clause():
    assert only(FIGHTING + 'Armenia and Azerbaijan agreed to an "immediate and unconditional" ceasefire on Wednesday.').event == "declared"


def test_breaching_it_in_the_next_sentence_violates_the_truce():
    found = {event.event for event in events(FIGHTING + "A truce took effect on Wednesday. Within hours each side accused the other of breaching it.")}
    assert found == {"declared", "violated"}


def test_a_quoted_verb_still_governs_the_truce():
    event = only(FIGHTING + 'Azerbaijan accused Armenia of "overturning" the ceasefire agreement.')
    assert (event.event, event.accuser, event.accused) == ("violated", "AZE", "ARM")


def test_states_that_helped_mediate_a_truce_are_its_brokers_not_its_sides():
    event = only(FIGHTING + "Russia and Turkey, which helped mediate the truce, condemned the attacks.")
    assert (event.event, event.parties, event.broker) == ("declared", ("ARM", "AZE"), "RUS")


def test_a_truce_extended_or_effective_from_a_day_is_in_force():
    assert only("", title="Armenia-Azerbaijan truce extended").event == "declared"
    assert only(FIGHTING + "The deal includes a ceasefire between Armenia and Azerbaijan effective from sundown on Monday.").event == "declared"


def test_agreeing_in_principle_to_a_truce_declares_none():
    assert all(event.event != "declared" for event in events(FIGHTING + "Armenia agrees in principle to have a ceasefire in place."))


def test_breaching_a_truce_announced_hours_before_tells_both():
    found = {event.event for event in events(FIGHTING + "Baku accused Yerevan of breaching the ceasefire agreement announced just hours before.")}
    assert found == {"violated", "declared"}


def test_a_truce_that_appears_to_hold_or_halts_clashes_is_in_force():
    assert only(FIGHTING + "A ceasefire between Armenia and Azerbaijan appeared to hold on Wednesday.").event == "declared"
    assert only("", title="Armenia-Azerbaijan Ceasefire Halts Clashes on Border").event == "declared"


def test_what_is_important_is_a_truce_calls_for_it():
    assert only(FIGHTING + 'The envoy said "what is important is an immediate ceasefire."').event == "called_for"


def test_leaving_without_signing_a_truce_rejects_it():
    assert only(FIGHTING + "Aliyev left Moscow without signing the ceasefire deal.").event == "rejected"


def test_a_truce_urged_on_a_named_pair_at_war_is_theirs_in_a_report_on_another_front():
    body = ("Israel and Hezbollah traded fire across the border on Friday. "
            "It comes as international mediators have urged Israel and Hamas to agree a ceasefire deal.")
    event = only(body)
    assert (event.event, event.parties, event.by) == ("called_for", ("ISR", "X-hamas"), "INTL")


def test_no_reports_of_violations_is_no_violation():
    found = {event.event for event in events(FIGHTING + "A truce took effect on Wednesday. There were no immediate reports of alleged violations of the truce.")}
    assert found == {"declared"}


def test_every_name_in_a_list_of_mediators_is_a_go_between():
    found = {event.parties for event in events(FIGHTING + "Armenia and Azerbaijan agreed to a truce on Wednesday. Joint mediators France, the US and Russia will monitor the ceasefire deal.")}
    assert found == {("ARM", "AZE")}


def test_significant_progress_is_no_signing_but_a_call():
    event = only("", title="Envoy in Yerevan says 'significant progress' on Armenia-Azerbaijan ceasefire")
    assert (event.event, event.parties) == ("called_for", ("ARM", "AZE"))


def test_the_need_for_a_truce_calls_for_it():
    assert only(FIGHTING + '"We share a common view on the need for a ceasefire," the Armenian prime minister said.').event == "called_for"


def test_a_proposal_of_a_third_state_for_a_truce_with_one_side_is_between_the_sides():
    body = FIGHTING + "The US envoy arrived in Baku on Tuesday as Armenia accepted a fresh US proposal for a ceasefire with Azerbaijan."
    event = only(body)
    assert (event.event, event.parties, event.by) == ("called_for", ("ARM", "AZE"), "USA")


def test_the_speaker_of_a_quoted_call_calls_in_his_own_war():
    body = 'Aliyev spoke to Erdogan on Monday. "We share a common view on the need for a ceasefire," Aliyev said.'
    event = only(body)
    assert (event.event, event.parties, event.by) == ("called_for", ("ARM", "AZE"), "AZE")


def test_a_truce_proposed_by_another_state_and_agreed_is_declared():
    event = only(FIGHTING + "Armenia and Azerbaijan agreed on Wednesday to the terms of a Russian-proposed ceasefire.")
    assert (event.event, event.parties) == ("declared", ("ARM", "AZE"))


def test_scrambling_to_revive_a_truce_calls_for_it():
    assert only(FIGHTING + "The envoy scrambled on Wednesday to revive the lapsed truce between Armenia and Azerbaijan.").event == "called_for"


def test_conditioning_a_truce_on_a_demand_calls_for_it():
    event = only(FIGHTING + "Azerbaijan has conditioned a ceasefire with Armenia on the withdrawal of its troops.")
    assert (event.event, event.parties) == ("called_for", ("ARM", "AZE"))


def test_a_group_ending_its_truce_with_the_government_rejects_it_in_its_war():
    (event,) = [e for e in events("", "ELN ends ceasefire with govt, orders attacks") if e.event == "rejected"]
    assert event.parties == ("COL", "X-eln")


def test_a_side_saying_it_would_observe_a_unilateral_truce_declares_it():
    event = only(FIGHTING + "Armenia announced on Wednesday that its forces would observe a unilateral ceasefire on the border.")
    assert event.event == "declared"
    quoted = only(FIGHTING + "Armenia said it would \u201cobserve a ceasefire,\u201d so long as what it called provocations stopped.")
    assert quoted.event == "declared"


def test_a_truce_derailed_faltering_or_appearing_to_crumble_is_violated_and_one_not_derailed_is_not():
    for sentence in ("Fresh clashes derailed a fragile ceasefire on Wednesday.", "The ceasefire appears to crumble as troops advance.",
                     "The new ceasefire appears to have faltered, with many violations recorded."):
        assert [e.event for e in events(FIGHTING + sentence)][:1] == ["violated"], sentence
    assert not any(e.event == "violated" for e in events(FIGHTING + "The spokesman said the row would not derail the ceasefire."))
    assert [e.event for e in events(FIGHTING + "Two soldiers were killed in Azerbaijani attacks during the truce.")] == ["violated"]


def test_a_truce_cancelled_suspended_or_terminated_is_rejected_but_not_talks_suspended_as_it_falters():
    for sentence in ("Azerbaijan canceled the ceasefire on Wednesday.", "Armenia suspended in two provinces the ceasefire on Wednesday.",
                     "Armenia announced on Wednesday the termination of its unilateral ceasefire."):
        assert [e.event for e in events(FIGHTING + sentence)] == ["rejected"], sentence
    assert [e.event for e in events(FIGHTING + "Talks suspended as the ceasefire falters.")] == ["violated"]


def test_a_truce_that_got_off_to_a_rocky_start_as_attacks_came_was_violated():
    assert only(FIGHTING + "The ceasefire got off to a rocky start as Azerbaijani troops shelled Armenian posts on Wednesday.").event == "violated"


def test_a_headline_truce_violated_within_hours_was_violated():
    assert [e.event for e in events("", "Armenia-Azerbaijan cease-fire violated within hours")] == ["violated"]


def test_strikes_shaking_a_truce_violate_it():
    assert only(FIGHTING + "Azerbaijani shelling killed two soldiers on Wednesday, shaking the truce between Armenia and Azerbaijan.").event == "violated"


def test_government_forces_in_a_report_on_what_brokers_agreed_are_the_warring_states():
    body = ("Government forces and rebels in the Syrian city of Aleppo agreed on Monday to extend their truce, as the United States "
            "and Russia vowed to redouble efforts. The United States and Russia said they would work together.")
    assert [(e.event, e.parties) for e in events(body)] == [("declared", ("SYR", "X-opposition"))]


def test_mediators_continuing_talks_on_a_truce_declare_none():
    assert [e.event for e in events("", "Mediators continue talks on ceasefire between Armenia and Azerbaijan in Doha")] != ["declared"]


def test_a_truce_the_sides_will_or_are_expected_to_agree_is_not_declared_yet():
    for sentence in ("The two sides will agree on a truce in talks next week.", "Both are expected to sign a ceasefire in Moscow.",
                     "The two sides hope to agree a truce soon."):
        assert "declared" not in [e.event for e in events(FIGHTING + sentence)], sentence
    assert [e.event for e in events(FIGHTING + "The two sides agreed on a truce on Thursday.")] == ["declared"]


def test_a_truce_named_by_a_territory_is_between_the_pair_whose_group_holds_it():
    body = "Israel and Hamas fought in Gaza on Wednesday. The US pushed for a Gaza ceasefire on Thursday."
    assert [(e.event, e.parties, e.by) for e in events(body)] == [("called_for", ("ISR", "X-hamas"), "USA")]


def test_a_state_calling_for_a_truce_in_a_report_on_another_war_calls_in_that_war_not_its_own():
    body = "Russian and Ukrainian troops fought near Bakhmut on Wednesday. Turkey called for a ceasefire on Thursday."
    assert [(e.event, e.parties, e.by) for e in events(body)] == [("called_for", ("RUS", "UKR"), "TUR")]


def test_negotiations_on_a_truce_call_for_it_and_do_not_declare_it():
    body = FIGHTING + "The shelling came at a delicate moment in mediated negotiations on a ceasefire agreement."
    assert [(e.event, e.parties) for e in events(body)] == [("called_for", ("ARM", "AZE"))]


def test_a_war_both_of_whose_sides_are_named_is_the_truces_not_the_war_of_the_venue():
    body = ("Zelensky said he spoke to the Turkish president about the meeting in Istanbul, which could help end the war. "
            "Russia and Ukraine last met in Istanbul. Turkey's leader stressed the need for a ceasefire.")
    assert {e.parties for e in events(body)} == {("RUS", "UKR")}


def test_a_truce_between_a_places_group_and_a_state_has_both_sides():
    event = only("Oman said it mediated a ceasefire deal between Yemen's Houthis and the US on Tuesday.")
    assert (event.event, event.parties, event.broker) == ("declared", ("USA", "X-houthis"), "OMN")


def test_old_foes_who_clash_again_are_the_truces_pair_not_the_states_other_war():
    body = ("The Philippine military and the Moro Islamic Liberation Front agreed to a truce on Thursday, ending two days "
            "of fighting on Basilan island.")
    assert {e.parties for e in events(body, "Philippine military, MILF agree to ceasefire after deadly clashes")} == {("PHL", "X-milf")}


def test_a_plan_or_offer_of_a_truce_calls_for_it_and_a_truce_declared_dead_is_rejected():
    assert [e.event for e in events(FIGHTING + "Armenia agreed at talks in Geneva to a French plan for a month-long ceasefire.")] == ["called_for"]
    assert [e.event for e in events(FIGHTING + "The offer of a ceasefire creates a dilemma for Baku.")] == ["called_for"]
    assert [e.event for e in events(FIGHTING + "On Monday, Azerbaijan declared the ceasefire dead.")] == ["rejected"]


def test_a_halt_or_stop_to_military_activities_or_an_offensive_is_a_truce_word():
    for sentence in ("Azerbaijan proclaimed a halt to all military activities in the district on Thursday.",
                     "Azerbaijan declared a stop to its combat operations in the district on Thursday.",
                     "Azerbaijan announced a halt to its offensive on Thursday."):
        assert [(e.event, e.parties) for e in events(FIGHTING + sentence)] == [("declared", ("ARM", "AZE"))], sentence


def test_the_year_a_war_began_does_not_make_todays_truce_history():
    body = ("Israeli and Hamas fighters clashed in Gaza. The truce, reached under US mediation, ended the conflict that "
            "began with Hamas' October 2023 attack on southern Israel.")
    found = [e for e in extract_ceasefire_events(split_sentences(build_document("", body), has_title=False), date(2025, 10, 13))]
    assert [(e.event, e.parties, e.historical) for e in found] == [("declared", ("ISR", "X-hamas"), False)]


def test_refusing_to_accept_a_proposal_for_a_truce_rejects_it():
    found = {(e.event, e.parties) for e in events(FIGHTING + "Baku refused to accept a French proposal for a full ceasefire.")}
    assert ("rejected", ("ARM", "AZE")) in found


def test_a_rupture_of_a_truce_is_its_violation():
    found = events("Colombian soldiers and FARC rebels fought on Tuesday.", "Ten soldiers killed in ambush described as a rupture of FARC's ceasefire")
    assert [(e.event, e.parties) for e in found] == [("violated", ("COL", "X-farc"))]


def test_a_truce_of_rival_groups_is_between_the_two_groups_the_article_names():
    body = ("Two rival gang leaders signed a truce in Haiti's largest shantytown on Wednesday, a community leader said. "
            "Under the agreement between leaders of the G9 and G-Pep groups, roadblocks were taken down.")
    assert [(e.event, e.parties) for e in events(body)] == [("declared", ("X-g-pep", "X-g9"))]


def test_a_gaza_truce_is_with_the_gaza_group_the_article_names_when_it_is_not_hamas():
    found = events("Israel and Gazan militant group Palestinian Islamic Jihad (PIJ) agreed to an Egypt-brokered ceasefire on Sunday.")
    assert [(e.event, e.parties) for e in found] == [("declared", ("ISR", "X-pij"))]
    found = events("Palestine's Islamic Jihad movement has agreed to a truce with Israel after three days of strikes on Gaza.")
    assert [(e.event, e.parties) for e in found] == [("declared", ("ISR", "X-pij"))]
    assert [e.parties for e in events("Israel and Hamas agreed to a truce in Gaza on Sunday.")] == [("ISR", "X-hamas")]


def test_a_side_committing_to_observe_a_truce_declares_it_and_calls_for_nothing():
    body = FIGHTING + "Armenia's prime minister announced his intention to strictly observe the ceasefire regime."
    assert [e.event for e in events(body)] == ["declared"]
    assert [e.event for e in events(FIGHTING + "Azerbaijan, too, agreed to respect the truce.")] == ["declared"]
    assert [e.event for e in events(FIGHTING + "France urged both sides to respect the truce.")] == ["called_for"]


def test_a_truce_quoted_with_its_adjective_keeps_the_verb_before_the_quote():
    body = "Azerbaijan and Armenia accused each other of violating a new “humanitarian truce” that entered into force at midnight."
    assert "violated" in [e.event for e in events(body)]


def test_none_of_the_sides_having_agreed_to_a_truce_rejects_it_but_a_denial_of_a_deal_does_not():
    body = FIGHTING + "None of the fighting sides had agreed to the humanitarian truce in Ramadan, the spokesman said."
    assert [e.event for e in events(body)] == ["rejected"]
    assert [e.event for e in events(FIGHTING + "Putin and Macron did not agree a ceasefire in Ukraine, they only discussed it.")] != ["rejected"]


def test_a_truce_still_to_come_is_not_declared_but_efforts_to_resume_one_call_for_it():
    assert events(FIGHTING + "Aid will reach the border villages once a truce is reached.") == []
    assert events(FIGHTING + "A donors' conference will be held after a ceasefire takes effect.") == []
    assert "declared" in {e.event for e in events("", title="Armenia says Azerbaijan violates truce a day after truce takes effect")}
    event = only(FIGHTING + "France's foreign minister discussed efforts to restore the ceasefire.")
    assert (event.event, event.parties, event.by) == ("called_for", ("ARM", "AZE"), "FRA")


def test_efforts_to_reach_a_quoted_truce_call_for_it():
    event = only(FIGHTING + 'Paris wants to resume its efforts to "reach a lasting ceasefire," the ministry said.')
    assert (event.event, event.by) == ("called_for", "FRA")


def test_efforts_to_end_the_fighting_or_extend_a_truce_declare_none():
    assert [e.event for e in events(FIGHTING + "Iran stepped up its mediation efforts to end the fighting.")] == []
    assert "declared" not in {e.event for e in events(FIGHTING + "The attack undermined efforts to extend the truce.")}


def test_a_truce_in_the_land_of_the_articles_war_is_between_its_pair_whoever_else_the_sentence_names():
    body = FIGHTING + "Iran's foreign minister urged efforts to reach a ceasefire in Karabakh as he spoke to his Turkish counterpart."
    assert [(e.event, e.parties, e.by) for e in events(body)] == [("called_for", ("ARM", "AZE"), "IRN")]


def test_unnamed_militias_are_coded_as_the_article_calls_them_and_a_cessation_of_violence_is_a_truce():
    body = ("Rival militias clashed in Tripoli on Friday. "
            "UN Secretary General Antonio Guterres called for an immediate cessation of violence in Tripoli.")
    assert [(e.event, e.parties) for e in events(body)] == [("called_for", ("LBY", "X-militias"))]


def test_a_ceasefire_zone_is_a_place_not_a_truce():
    assert events("Jets struck a village in the ceasefire zone of Idlib on Saturday.") == []


def test_urging_the_parties_to_avoid_violations_calls_for_the_truce():
    event = only(FIGHTING + "France urged the conflicting parties to avoid ceasefire violations.")
    assert (event.event, event.parties, event.by) == ("called_for", ("ARM", "AZE"), "FRA")


def test_a_truce_between_unnamed_rival_militias_is_theirs_alone():
    body = "Rockets hit Tripoli on Friday. The rival militias reached a cease-fire agreement on Friday, but rocket attacks breached it."
    assert {(e.event, e.parties) for e in events(body)} >= {("declared", ("X-militias",))}


def test_a_call_to_respect_a_truce_named_by_its_year_is_news():
    event = only(FIGHTING + "France urged both sides to respect the 1994 ceasefire agreement.")
    assert (event.event, event.historical) == ("called_for", False)


def test_a_call_for_the_establishment_of_a_truce_calls_for_it():
    event = only(FIGHTING + "France called for an immediate end to the shelling and the establishment of a ceasefire along the border.")
    assert (event.event, event.by) == ("called_for", "FRA")
    assert only(FIGHTING + "The two sides agreed on the establishment of a ceasefire.").event == "declared"


def test_a_truce_deal_covering_a_warring_land_is_that_wars():
    body = "The US and Russian presidents agreed on Friday to a ceasefire deal covering south-western Syria."
    document = build_document("", body)
    truces = extract_ceasefire_events(split_sentences(document), date(2017, 7, 8))
    assert [truce.parties for truce in truces] == [("SYR", "X-opposition")]


def test_a_truce_declared_while_fighting_goes_on_is_also_violated():
    found = {(e.event, e.parties) for e in events(FIGHTING + "Armenia declared a ceasefire on Friday, but heavy shelling resumed after dark.")}
    assert found == {("declared", ("ARM", "AZE")), ("violated", ("ARM", "AZE"))}


def test_a_violation_that_would_be_is_none_reported_and_a_truce_terminated_is_rejected():
    opening = "Armenia and Azerbaijan agreed a truce last week. "
    said_ahead = events(opening + '"Any shelling after that will be a violation of the agreement," the ministry said on Friday.')
    assert "violated" not in {event.event for event in said_ahead}
    ended = events(opening + 'The ceasefire was "unilaterally terminated" as Azerbaijan shelled Armenian posts, Armenia said on Friday.')
    assert "rejected" in {event.event for event in ended}


def test_a_truce_that_ran_out_is_not_rejected_and_an_agreed_renewal_is_declared():
    opening = "Yemen's government and the Houthis clashed for years. "
    ran_out = events(opening + "Neither side had endorsed the truce, which officially ended on April 30.")
    assert "rejected" not in {event.event for event in ran_out}
    renewed = events(opening + "The parties have agreed to the UN's proposal to renew the current truce for two months, the envoy said on Tuesday.")
    assert [event.event for event in renewed] == ["declared"]
    accepted = events("Israel and Hezbollah traded fire for months. Hezbollah accepted a US proposal for a ceasefire with Israel on Tuesday.")
    assert "declared" not in {event.event for event in accepted}


def test_a_truce_in_yemen_during_the_saudi_air_war_is_between_the_saudis_and_the_houthis():
    body = "A five-day ceasefire started in Yemen on Tuesday after seven weeks of Saudi-led airstrikes against Houthi rebels."
    found = extract_ceasefire_events(split_sentences(build_document("", body), has_title=False), date(2015, 5, 13))
    assert [(event.event, event.parties) for event in found] == [("declared", ("SAU", "X-houthis"))]


def test_an_agreement_signed_to_initiate_a_truce_declares_it():
    event = only(FIGHTING + "On Tuesday an agreement was signed in Geneva to initiate a total ceasefire along the border.")
    assert (event.event, event.parties) == ("declared", ("ARM", "AZE"))


def test_a_truce_announced_a_year_ago_is_the_past():
    event = only(FIGHTING + "A truce announced roughly a year ago has reduced the fighting and is still largely respected.")
    assert (event.event, event.historical, event.date) == ("declared", True, None)


def test_the_owner_of_a_truce_proposal_calls_for_it():
    event = only(FIGHTING + "The UN envoy met Armenian officials in Geneva to discuss Russia's new ceasefire proposal.")
    assert (event.event, event.by) == ("called_for", "RUS")


def test_a_truce_told_over_some_words_later_is_rejected():
    event = only(FIGHTING + "Armenia said it now considers the two-year-old ceasefire agreement with Baku to be over.")
    assert (event.event, event.by) == ("rejected", "ARM")
    assert only(FIGHTING + "Russia said the ceasefire agreed on Monday is due to be over by Friday.").event != "rejected"


def test_a_proposed_truce_due_to_begin_is_declared():
    assert only(FIGHTING + "Shelling went on hours before a proposed ceasefire was due to begin.").event == "declared"


def test_talks_to_discuss_or_hammer_out_a_truce_call_for_it():
    assert only(FIGHTING + "The two foreign ministers met in Geneva to discuss a ceasefire deal.").event == "called_for"
    assert only(FIGHTING + "Russia has been trying hard to hammer out a ceasefire deal.").event == "called_for"


def test_a_demand_that_a_side_reach_a_truce_is_the_speakers_call():
    event = only(FIGHTING + "Armenia must seize this chance and reach a lasting ceasefire, the French envoy said.")
    assert (event.event, event.by, event.parties) == ("called_for", "FRA", ("ARM", "AZE"))
