from datetime import date

from orchestration.extraction.clauses import (
    Participant,
    clause_start,
    is_go_between,
    is_oblique,
    main_belligerents,
    names_both_sides,
    objects_after,
    participants,
    read_sentences,
    speaker,
    subject_before,
    usual_opponent,
)
from orchestration.extraction.text import build_document, split_sentences

MONDAY = date(2024, 6, 10)


def people(text: str, *names: tuple[str, str]) -> list[Participant]:
    """Participants for the given (written name, code) pairs, in the order they appear in `text`."""
    found = [Participant(code, text.index(name), text.index(name) + len(name), "state") for name, code in names]
    return sorted(found, key=lambda p: p.start)


def codes(found: list[Participant]) -> list[str]:
    return [p.code for p in found]


def views(body: str, title: str = "", published: date = MONDAY):
    document = build_document(title, body)
    return read_sentences(split_sentences(document, has_title=bool(title)), published)


# Clauses, subjects and objects


def test_a_clause_starts_after_a_subordinating_word():
    text = "Kenya said that Ethiopia agreed."
    assert clause_start(text, text.index("agreed")) == text.index(" Ethiopia")


def test_subject_is_the_nearest_actor_before_the_verb_in_its_clause():
    text = "After Sudan protested, Egypt called Ethiopia."
    found = people(text, ("Sudan", "SDN"), ("Egypt", "EGY"), ("Ethiopia", "ETH"))
    assert codes(subject_before(text, found, text.index("called"))) == ["EGY"]


def test_subject_list_is_joined_by_commas_and_a_final_and():
    text = "Kenya, Uganda and Tanzania met on Friday."
    found = people(text, ("Kenya", "KEN"), ("Uganda", "UGA"), ("Tanzania", "TZA"))
    assert codes(subject_before(text, found, text.index("met"))) == ["KEN", "UGA", "TZA"]


def test_a_bare_comma_after_an_opening_phrase_does_not_join_the_subject():
    text = "Standing beside the leader of Chad, Niger urged calm."
    found = people(text, ("Chad", "TCD"), ("Niger", "NER"))
    assert codes(subject_before(text, found, text.index("urged"))) == ["NER"]


def test_actor_in_a_place_phrase_is_not_the_subject():
    text = "Delegates in Qatar met."
    found = people(text, ("Qatar", "QAT"))
    assert is_oblique(text, found[0])
    assert subject_before(text, found, text.index("met")) == []


def test_every_actor_of_a_place_or_topic_phrase_list_is_in_the_phrase():
    text = "Japan's envoy, in Geneva for talks on Syria and Libya, met the two ministers."
    found = people(text, ("Japan", "JPN"), ("Syria", "SYR"), ("Libya", "LBY"))
    assert codes(subject_before(text, found, text.index("met"))) == ["JPN"]
    text = "Egypt and Qatar met."
    assert codes(subject_before(text, people(text, ("Egypt", "EGY"), ("Qatar", "QAT")), text.index("met"))) == ["EGY", "QAT"]


def test_a_compass_word_does_not_hide_the_place_preposition():
    text = "Clashes in north-east Syria continued."
    assert is_oblique(text, people(text, ("Syria", "SYR"))[0])


def test_objects_follow_titles_and_fillers_and_stop_at_a_preposition():
    text = "Norway called the Kenyan president and Uganda to discuss Sudan."
    found = people(text, ("Kenyan", "KEN"), ("Uganda", "UGA"), ("Sudan", "SDN"))
    assert codes(objects_after(text, found, text.index("called") + len("called"))) == ["KEN", "UGA"]


def test_objects_of_a_list_introduced_by_including():
    text = "He met several leaders, including Kenya, Uganda and Rwanda."
    found = people(text, ("Kenya", "KEN"), ("Uganda", "UGA"), ("Rwanda", "RWA"))
    # "several leaders" is not a title, so the first object is not adjacent: no objects at all
    assert objects_after(text, found, text.index("met") + 3) == []
    assert codes(objects_after(text, found, text.index("including") + len("including"))) == ["KEN", "UGA", "RWA"]


def test_unknown_names_inside_a_list_do_not_break_it():
    text = "They met Kenyan envoys Otieno and Wanjiru, and Uganda."
    found = people(text, ("Kenyan", "KEN"), ("Uganda", "UGA"))
    assert codes(objects_after(text, found, text.index("met") + 3)) == ["KEN", "UGA"]


def test_no_object_when_other_words_come_first():
    text = "Egypt spoke about Sudan."
    found = people(text, ("Egypt", "EGY"), ("Sudan", "SDN"))
    assert objects_after(text, found, text.index("spoke") + len("spoke")) == []


def test_both_sides_is_recognised_after_the_verb():
    text = "Qatar called the leaders of both countries."
    assert names_both_sides(text, text.index("called") + len("called"))
    assert not names_both_sides(text, 0)


def test_speaker_before_and_after_a_speech_verb():
    before = "Chad attacked first, Niger said."
    assert speaker(before, people(before, ("Chad", "TCD"), ("Niger", "NER"))).code == "NER"
    after = "The border is calm, according to Kenya."
    assert speaker(after, people(after, ("Kenya", "KEN"))).code == "KEN"


# Sentence views: actors, background, page furniture


def test_title_nationality_and_name_are_one_participant():
    (view,) = views("French President Emmanuel Macron spoke.")
    (macron,) = view.people
    assert (macron.code, macron.person) == ("FRA", "Emmanuel Macron")


def test_possessive_before_a_plain_noun_is_a_modifier():
    (view,) = views("Russia's invasion and Ukraine's president were discussed.")
    assert [(p.code, p.possessive) for p in view.people] == [("RUS", True), ("UKR", False)]


def test_an_accent_or_opening_quote_used_as_apostrophe_marks_a_possessive_too():
    (view,) = views("Russia´s invasion and Ukraine‘s rival were discussed.")
    assert [(p.code, p.possessive) for p in view.people] == [("RUS", True), ("UKR", True)]


def test_pronoun_clause_takes_the_previous_subject():
    first, second = views("Germany condemned the attack. He also called for calm.")
    subject = second.subject(second.text.index("called"), first.sentence_subject())
    assert codes(subject) == ["DEU"]


def test_opening_participle_takes_the_main_subject():
    (view,) = views("Visiting Kenya on Monday, the Ethiopian foreign minister signed a pact.")
    assert codes(view.subject(0)) == ["ETH"]


def test_an_earlier_year_makes_a_sentence_background():
    current, old = views("Egypt and Sudan signed a deal on Sunday. The 2019 deal ended in failure.")
    assert not current.background and old.background
    assert current.day == date(2024, 6, 9)


def test_a_year_carries_to_later_sentences_of_its_paragraph():
    first, second, third = views("In 2021, Kenya hosted talks.\nThey failed. Kenya hosted new talks on Friday.")
    assert first.background and not second.background and not third.background


def test_background_words_are_local_to_their_clause():
    (view,) = views("Egypt proposed a truce, adding that it had previously failed.")
    assert not view.is_background(view.text.index("truce"))
    assert view.is_background(view.text.index("previously"))


def test_undated_sentences_take_the_day_most_named_in_the_past_week():
    body = "Fighting flared on Saturday. More shells fell on Saturday.\n\nKenya urged calm."
    assert [v.day for v in views(body)] == [date(2024, 6, 8)] * 3
    assert views(body)[2].inferred


def test_links_and_headlines_of_other_stories_are_skipped():
    body = "Egypt hosted talks.\n\n- [Read more](https://example.org/story)\n\nKenya And Ethiopia Sign Border Deal"
    assert [v.text for v in views(body)] == ["Egypt hosted talks."]


def test_main_belligerents_are_the_pair_most_named_in_fighting_sentences():
    body = (
        "Sudanese troops shelled Chad on Monday. Chad's army fired back at Sudanese positions. "
        "Egypt said the fighting must stop."
    )
    assert main_belligerents(views(body), MONDAY) == ("SDN", "TCD")


def test_a_wars_two_sides_named_together_outvote_the_states_who_speak_of_the_fighting():
    body = (
        "Norway and Kenya suspended the talks, citing attacks by Sudan's warring parties. "
        "Oslo and Nairobi blamed the Sudanese Armed Forces (SAF) and the RSF for the fighting."
    )
    title = "Norway, Kenya slam Sudan's warring parties"
    assert main_belligerents(views(body, title), MONDAY) == ("SDN", "X-rsf")


def test_a_war_of_one_side_of_a_pair_at_peace_is_the_fighting():
    body = (
        "Turkish jets struck targets in Syria on Monday. Turkey's offensive in Syria went on. "
        "Turkish troops fought the SDF in northern Syria on Sunday."
    )
    assert main_belligerents(views(body), MONDAY) == ("TUR", "X-sdf")


def test_mediators_alone_in_the_fighting_sentence_leave_the_pair_to_the_other_sentences():
    body = "Sudan's army and the RSF agreed a truce. Kenya and Norway, the mediators, said the warring parties had stopped fighting."
    assert main_belligerents(views(body), MONDAY) == ("SDN", "X-rsf")


def test_a_lone_side_of_the_fighting_sentences_gives_way_to_a_pair_at_war_the_article_names():
    body = "Turkey's president said the meeting could help end the war. Peace talks between Russia and Ukraine resume in Istanbul on Thursday."
    assert main_belligerents(views(body), MONDAY) == ("RUS", "UKR")


def test_sides_of_a_war_never_named_together_outvote_a_third_state_named_with_one_of_them():
    opening = "Houthi rebels and Yemen's government resumed talks in Muscat. Clashes with the Houthis killed 30 people. "
    assert main_belligerents(views(opening + "France urged the warring parties to stop the fighting."), MONDAY) == ("X-houthis", "YEM")
    assert main_belligerents(views(opening + "France urged Yemen's warring parties to stop the fighting."), MONDAY) == ("X-houthis", "YEM")


def test_fighting_told_as_background_of_earlier_years_casts_no_vote_for_the_pair():
    body = ("Colombia's government and the ELN will resume talks in Caracas on Monday. "
            "In 2016 the FARC signed a peace deal with Colombia's government after decades of fighting. "
            "The ELN attacked a police station in Colombia on Sunday.")
    assert main_belligerents(views(body), MONDAY) == ("COL", "X-eln")


def test_a_single_fighting_side_gives_one_code():
    assert main_belligerents(views("Kenyan troops were attacked near the border."), MONDAY) == ("KEN",)


def test_a_single_side_of_a_long_war_is_completed_by_its_usual_opponent():
    assert main_belligerents(views("Indian troops came under fire in Kashmir."), MONDAY) == ("IND", "PAK")
    assert usual_opponent("UKR", date(2016, 5, 1)) == "X-separatists"
    assert usual_opponent("UKR", date(2023, 5, 1)) == "RUS"
    assert usual_opponent("KEN", MONDAY) is None


def test_a_named_group_fights_its_state_but_a_state_with_insurgencies_and_no_row_has_no_usual_enemy():
    assert usual_opponent("X-maoists", MONDAY) == "IND"
    assert usual_opponent("X-tplf", date(2021, 6, 1)) == "ETH"
    assert usual_opponent("X-tplf", date(2024, 6, 1)) is None  # the war ended with the Pretoria deal
    assert usual_opponent("THA", MONDAY) is None  # the BRN's insurgency does not make it Thailand's war
    assert usual_opponent("PHL", MONDAY) == "X-npa"  # its own row


# Relative clauses, go-betweens and the main pair across wars


def test_a_relative_clause_ends_at_its_closing_comma():
    text = "Kenya's president, who chairs the bloc, said he would travel to Addis Ababa."
    assert clause_start(text, text.index("would")) == text.index(" said")


def test_go_betweens_are_mediators_envoys_and_former_officials():
    text = "The Qatari and Egyptian mediators met a UN envoy and former Kenyan president Uhuru Kenyatta."
    assert all(is_go_between(text, p) for p in participants(text) if p.code in {"QAT", "EGY", "UN", "KEN"})
    assert {p.code for p in participants(text)} >= {"QAT", "EGY", "UN", "KEN"}


def test_the_one_under_whose_auspices_or_hosting_talks_run_is_a_go_between():
    for text in ("The talks began under the aegis of Algeria last week.", "Under the auspices of the African Union, the sides met.",
                 "The round of talks hosted by Qatar ended on Monday.", "Talks began under the facilitation of Qatar."):
        (third,) = [p for p in participants(text) if p.code in {"DZA", "AU", "QAT"}]
        assert is_go_between(text, third), text


def test_a_belligerent_is_not_a_go_between():
    text = "Colombia and the ELN signed a truce in Havana."
    assert not any(is_go_between(text, p) for p in participants(text))


def test_the_main_pair_skips_a_former_official_mediating():
    body = (
        "Congo's government and the M23 agreed to end the fighting, the bloc's chief mediator, "
        "former Kenyan president Uhuru Kenyatta, told reporters. M23 fighters attacked a village on Sunday."
    )
    assert main_belligerents(views(body), MONDAY) == ("COD", "X-m23")


def test_the_main_pair_skips_those_who_call_on_the_warring_parties():
    body = "The war in Sudan went on. Egypt, the UN and the US on Monday called for the warring parties to agree to a truce in the war."
    assert main_belligerents(views(body), MONDAY) == ("SDN", "X-rsf")


def test_generic_militants_count_as_the_usual_opponent_of_the_other_side():
    body = (
        "Israeli forces clashed with militants in Jenin on Sunday. "
        "Hamas fighters fired at Israeli troops near the border. "
        "Israeli jets also struck Lebanon."
    )
    assert main_belligerents(views(body), MONDAY) == ("ISR", "X-hamas")


def test_as_opens_a_clause_it_does_not_join_actors():
    text = "Ukraine agreed a truce with Russia as Turkey looked on."
    found = participants(text)
    assert codes(objects_after(text, found, text.index("with") + 5)) == ["RUS"]


def test_the_partner_of_with_is_not_the_subject_of_a_later_verb():
    text = "Malaysia spoke with Thailand and Cambodia and offered help."
    found = people(text, ("Malaysia", "MYS"), ("Thailand", "THA"), ("Cambodia", "KHM"))
    assert codes(subject_before(text, found, text.index("offered"))) == ["MYS"]


def test_a_verb_coordinated_with_the_first_one_takes_the_sentence_subject():
    (view,) = views("The Japanese premier met the Indian prime minister in Tokyo and pledged new aid.")
    assert codes(view.subject(view.text.index("pledged"))) == ["JPN"]


def test_he_in_a_relative_clause_is_the_person_just_named():
    (view,) = views("The vote came a week after President Emmanuel Macron flew to Berlin, where he met the chancellor.")
    assert codes(view.subject(view.text.index("met"), [Participant("RUS", 0, 0, "state")])) == ["FRA"]


def test_a_person_named_beside_the_office_they_hold_is_that_state_s_person():
    for text in ("Jan Novak, the president of Ruritania, addressed the rebels.", "The president of Ruritania, Jan Novak, addressed the rebels.",
                 "Rebels met the foreign minister of Ruritania, Jan Novak, on Monday."):
        (state,) = [p for p in participants(text.replace("Ruritania", "Guinea-Bissau")) if p.code == "GNB"]
        assert (state.kind, state.person) == ("person", "Jan Novak"), text
    (un,) = [p for p in participants("Jan Novak, a former head of the UN force, spoke.") if p.code == "UN"]
    assert un.person is None


def test_a_surname_the_article_gave_in_full_beside_an_office_keeps_its_state():
    document = build_document("", "Jan Novak, the president of Guinea-Bissau, met the rebels. Senegal thanked Novak for his mediation.")
    views = read_sentences(split_sentences(document, has_title=False), date(2022, 8, 6))
    assert [(p.code, p.person) for p in views[1].people] == [("SEN", None), ("GNB", "Jan Novak")]


def test_a_wire_dateline_is_where_the_story_was_filed_not_an_actor():
    found = participants("SANAA, Yemen (Wire) — Houthi rebels and Saudi Arabia traded fire.", date(2016, 10, 20))
    assert [p.code for p in found] == ["X-houthis", "SAU"]
    found = participants("Aden, Yemen, Oct 20 (Wire).- Houthi rebels and Saudi Arabia traded fire.", date(2016, 10, 20))
    assert [p.code for p in found] == ["X-houthis", "SAU"]
    assert [p.code for p in participants("US-brokered truce between Yemen and the Houthis - a timeline")] == ["USA", "YEM", "X-houthis"]


def test_unnamed_state_forces_are_the_articles_state_unless_a_name_owns_them():
    document = build_document("", "Fighting raged across Sudan on Monday. The army accused the RSF of shelling. Chad's army stayed out.")
    views = read_sentences(split_sentences(document, has_title=False), date(2025, 6, 1))
    assert [p.code for p in views[1].people] == ["SDN", "X-rsf"]
    assert [p.code for p in views[2].people] == ["TCD"]


def test_they_in_a_reported_clause_is_the_run_that_reported():
    text = "The call came after Egypt and Qatar announced that they have presented Israel with a plan."
    view = read_sentences(split_sentences(build_document("", text), has_title=False), date(2024, 8, 16))[0]
    assert [p.code for p in view.subject(text.index("presented"))] == ["EGY", "QAT"]


def test_the_one_who_reports_is_rather_no_side_of_the_main_pair():
    text = "Thailand and Cambodia reach unconditional ceasefire to end border clashes, says Malaysian PM"
    views = read_sentences(split_sentences(build_document("", text), has_title=False), date(2025, 7, 28))
    assert main_belligerents(views, date(2025, 7, 28)) == ("KHM", "THA")


def test_allies_named_as_one_force_are_not_the_main_pair():
    found = views("American and British airstrikes in Yemen killed at least five Houthi rebels, the group said.",
                  "Houthis say five killed in U.S.-British airstrikes")
    assert "X-houthis" in main_belligerents(found, MONDAY)


def test_an_unnamed_sides_title_before_a_known_leader_takes_the_leaders_group():
    people = participants("Kiir met opposition leader Riek Machar on Thursday.", date(2019, 4, 11))
    assert [(p.code, p.person) for p in people] == [("SSD", "Salva Kiir"), ("X-splm-io", "Riek Machar")]


def test_a_bracketed_abbreviation_is_no_clause_break():
    text = "The Mozambican army and the Ahlu Sunnah Wa-Jama (ASWJ) on Friday agreed to talk."
    assert clause_start(text, text.index("agreed")) == 0
    aside = "The army said (in a statement) that it agreed."
    assert clause_start(aside, aside.index("in a")) == aside.index("in a")


def test_a_destination_after_a_departing_verb_is_a_place():
    text = "The council left for Kabul on Wednesday to talk."
    found = people(text, ("Kabul", "AFG"))
    assert is_oblique(text, found[0])
    assert subject_before(text, found, text.index("talk")) == []
