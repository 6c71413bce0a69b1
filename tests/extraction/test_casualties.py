from datetime import date

from orchestration.extraction.casualties import extract_casualties
from orchestration.extraction.events import CasualtyClaim
from orchestration.extraction.text import build_document, split_sentences

WEDNESDAY = date(2023, 3, 15)


def claims(body: str, title: str = "", published: date = WEDNESDAY) -> list[CasualtyClaim]:
    document = build_document(title, body)
    return extract_casualties(split_sentences(document, has_title=bool(title)), published)


def keys(body: str, title: str = "") -> list[tuple]:
    return [(c.side, c.victims, c.outcome, c.count, c.qualifier) for c in claims(body, title)]


def only(body: str, title: str = "") -> CasualtyClaim:
    (claim,) = claims(body, title)
    return claim


# Counts, victims and outcomes


def test_count_before_victims_and_outcome():
    claim = only("Three Armenian soldiers were killed on Monday, the defence ministry in Yerevan said.")
    assert (claim.side, claim.victims, claim.outcome, claim.count) == ("ARM", "military", "killed", 3)
    assert (claim.qualifier, claim.claimed_by) == ("exact", "ARM")
    assert claim.evidence.rule == "casualty.count_before_victims"


def test_outcome_right_after_the_count():
    found = keys("Twelve killed as shells hit a bus station in eastern Ukraine.")
    assert found == [("UKR", "unknown", "killed", 12, "exact")]


def test_verb_before_the_count():
    claim = only("The missile strike killed at least 14 civilians in Ukraine.")
    assert (claim.side, claim.victims, claim.count, claim.qualifier) == ("UKR", "civilian", 14, "at_least")
    assert claim.evidence.rule == "casualty.verb_before_count"


def test_wounded_outcome():
    assert keys("The drone attack on Kyiv injured 30 people.") == [("UKR", "unknown", "wounded", 30, "exact")]


def test_count_of_deaths_noun():
    assert keys("Russia reported nine troop deaths after the raid.") == [("RUS", "military", "killed", 9, "exact")]


def test_death_toll_reaching_a_number():
    claim = only("The death toll from the bombing of a market in Kyiv rose to 23.")
    assert (claim.side, claim.outcome, claim.count) == ("UKR", "killed", 23)
    assert claim.evidence.rule == "casualty.death_toll"


def test_range_keeps_its_upper_bound():
    claim = only("Between 10 and 15 Russian soldiers died in the assault.")
    assert (claim.side, claim.count, claim.count_high) == ("RUS", 10, 15)


def test_vague_count_has_no_number():
    assert keys("Dozens of civilians were killed in Ukraine.") == [("UKR", "civilian", "killed", None, "vague")]


def test_two_dozen_is_a_number():
    found = keys("The blast wounded more than two dozen people in Ukraine.")
    assert found == [("UKR", "unknown", "wounded", 24, "at_least")]


def test_singular_victim_counts_one():
    claim = only("An Azerbaijani soldier was killed by sniper fire, the ministry in Baku said.")
    assert (claim.side, claim.victims, claim.count) == ("AZE", "military", 1)
    assert claim.evidence.rule == "casualty.single_victim"


def test_bare_singular_headline_noun_counts_one():
    assert keys("Ukrainian journalist killed near the front line") == [("UKR", "civilian", "killed", 1, "exact")]


def test_article_and_verb_before_singular_victim():
    assert keys("A shell killed an Armenian farmer on Sunday.") == [("ARM", "civilian", "killed", 1, "exact")]


def test_the_singular_victim_is_not_a_new_count():
    assert keys("The soldier was killed instantly, his commander said.") == []


def test_plural_demonym_as_victims():
    found = keys("A Russian missile killed nine Ukrainians waiting for a train.")
    assert found == [("UKR", "unknown", "killed", 9, "exact")]


def test_coordinated_victims_share_the_outcome():
    assert sorted(keys("Two Ukrainian soldiers, one civilian killed in Ukraine")) == [
        ("UKR", "civilian", "killed", 1, "exact"),
        ("UKR", "military", "killed", 2, "exact"),
    ]


def test_a_count_without_noun_inherits_the_victims_before_it():
    assert keys("One Russian soldier killed, four wounded in Belgorod shelling") == [
        ("RUS", "military", "killed", 1, "exact"),
        ("RUS", "military", "wounded", 4, "exact"),
    ]


def test_another_counts_one_more():
    assert keys("One Armenian serviceman was killed and another wounded.") == [
        ("ARM", "military", "killed", 1, "exact"),
        ("ARM", "military", "wounded", 1, "exact"),
    ]


def test_aside_between_victims_and_outcome_is_skipped():
    assert keys("At least 18 people, including five children, were killed in Ukraine.") == [
        ("UKR", "unknown", "killed", 18, "at_least")
    ]


def test_participle_phrase_between_victims_and_outcome_is_skipped():
    assert keys("Two Kenyan soldiers serving with the regional force were killed.") == [
        ("KEN", "military", "killed", 2, "exact")
    ]


def test_another_before_a_count_is_not_one_more_person():
    body = "Five Ukrainian civilians were killed.\nAnother 40 residents were injured in the strike."
    assert [(c.count, c.outcome) for c in claims(body)] == [(5, "killed"), (40, "wounded")]


def test_subset_of_a_count_is_not_another_claim():
    assert keys("Nine people died in the Kharkiv strike in Ukraine, four of them children.") == [
        ("UKR", "unknown", "killed", 9, "exact")
    ]


# What is not a casualty claim


def test_killed_or_wounded_is_mixed_and_left_out():
    assert keys("Forty Russian soldiers were killed or wounded.") == []


def test_missing_and_captured_are_left_out():
    assert keys("Ten Ukrainian soldiers went missing and four were captured.") == []


def test_counts_of_weapons_are_not_people():
    assert keys("Air defences shot down 30 drones and killed 4 missiles crews' chances.") == []
    assert keys("The army lost 12 tanks in the battle.") == []


def test_non_conflict_deaths_are_left_out():
    assert keys("Floods killed 40 people in the province.") == []


def test_non_conflict_words_only_drop_their_own_clause():
    assert keys("One Israeli soldier was killed in combat, another died in a road accident.") == [
        ("ISR", "military", "killed", 1, "exact")
    ]


def test_hypothetical_killing_is_left_out():
    assert keys("Officials warned the strikes could kill 50 people.") == []


def test_no_number_no_claim():
    assert keys("Soldiers were killed in Ukraine.") == []


# Whose people


def test_its_soldiers_belong_to_the_reporting_state():
    claim = only("Azerbaijan said 12 of its servicemen died in the clashes.")
    assert (claim.side, claim.claimed_by) == ("AZE", "AZE")


def test_enemy_losses_belong_to_the_other_belligerent():
    body = "Russian forces attacked Ukrainian positions.\nThe enemy lost 200 soldiers on Monday, Kyiv said."
    claim = only(body)
    assert (claim.side, claim.claimed_by, claim.evidence.rule) == ("RUS", "UKR", "casualty.lost_count")


def test_own_forces_killing_hit_the_other_side():
    claim = only("Russia's defence ministry said its forces struck a Ukrainian base, killing up to 60 soldiers.")
    assert (claim.side, claim.qualifier, claim.claimed_by) == ("UKR", "up_to", "RUS")


def test_rebels_are_the_armed_group_the_article_names():
    body = "Houthi forces fired on a convoy.\nSaudi officials said 14 rebels were killed in the clashes."
    assert keys(body) == [("X-houthis", "military", "killed", 14, "exact")]


def test_unnamed_rebels_take_a_code_of_the_schema():
    assert keys("Seven rebels were killed in the clashes.")[0][0] == "X-separatists"


def test_unlabelled_total_of_two_belligerents_is_all():
    assert keys("Armenia and Azerbaijan reported 30 troop deaths after the clashes.")[0][0] == "ALL"
    assert keys("The clashes killed 20 fighters on both sides.")[0][0] == "ALL"


def test_civilians_take_the_state_of_the_place():
    assert keys("Four civilians were killed in Armenia's south.") == [("ARM", "civilian", "killed", 4, "exact")]


def test_civilians_hit_by_their_own_army_when_no_other_side_is_named():
    assert keys("Three civilians were killed in shelling by the Sudanese army.")[0][0] == "SDN"


def test_a_later_sentence_keeps_the_side_of_the_claim_before():
    body = "Four Armenian civilians were killed.\nTwenty more people were wounded in the same attack, officials said."
    assert [claim.side for claim in claims(body)] == ["ARM", "ARM"]


def test_the_attacker_is_not_the_victim_side():
    body = "Ukraine said the town was hit again.\nRussian shelling killed six people on Monday."
    assert keys(body) == [("UKR", "unknown", "killed", 6, "exact")]


# Who says so


def test_claimed_by_attribution():
    assert only("Five Ukrainian soldiers were killed, Ukrainian officials said.").claimed_by == "UKR"
    assert only("According to the UN, 17 civilians were killed in Ukraine.").claimed_by == "UN"


def test_claimed_by_outlet_when_nobody_is_named():
    assert only("Six Russian soldiers were killed in the attack.").claimed_by == "MEDIA"


def test_claimed_by_unclear_when_only_reported():
    assert only("Seven people were reportedly killed in Ukraine.").claimed_by is None


def test_headline_source_tag():
    assert only("Eight Ukrainian soldiers killed in east - Kyiv military").claimed_by == "UKR"


# When and over what period


def test_weekday_in_the_clause_dates_the_claim():
    claim = only("Two Russian soldiers were killed on Monday.")
    assert (claim.date, claim.date_inferred, claim.scope) == (date(2023, 3, 13), False, "incident")


def test_overnight_and_night_attacks_are_the_day_before():
    assert only("Three Ukrainian civilians were killed overnight.").date == date(2023, 3, 14)
    assert only("Two Ukrainian civilians were killed in night shelling.").date == date(2023, 3, 14)


def test_no_date_clue_takes_publication_day_flagged_inferred():
    claim = only("Five Russian soldiers were killed.")
    assert (claim.date, claim.date_inferred) == (WEDNESDAY, True)


def test_totals_over_a_period_are_cumulative_without_a_day():
    for sentence in (
        "Some 300 Ukrainian civilians have been killed since the war began.",
        "So far this year 45 Armenian soldiers have died.",
        "Over the past week 18 Russian soldiers were killed.",
        "In the 2020 war 3,800 Armenian soldiers were killed.",
        "Russia handed over the bodies of 500 Ukrainian soldiers in an exchange.",
    ):
        claim = only(sentence)
        assert (claim.scope, claim.date) == ("cumulative", None), sentence


def test_running_total_after_a_daily_figure_is_its_own_claim():
    found = claims("Strikes killed 31 people in Lebanon on Monday, bringing the toll since January to more than 900.")
    assert [(c.count, c.scope) for c in found] == [(31, "incident"), (900, "cumulative")]


def test_superlative_since_compares_and_stays_an_incident():
    assert only("Four Armenian soldiers died in the heaviest fighting since 2020.").scope == "incident"


def test_counts_too_large_for_one_incident_are_cumulative():
    assert only("More than 100,000 Russian soldiers have been killed.").scope == "cumulative"


# The article as a whole


def test_title_and_body_repeat_is_one_claim_with_the_body_date():
    claim = only(
        "Five Ukrainian soldiers were killed on Monday, the military said.", title="Five Ukrainian soldiers killed"
    )
    assert claim.date == date(2023, 3, 13)


def test_title_figure_repeated_with_other_words_in_the_body_is_one_claim():
    found = claims("A strike on Monday killed at least 9 civilians in Ukraine.", title="Strike kills 9 in Ukraine")
    assert [(c.count, c.qualifier, c.date) for c in found] == [(9, "at_least", date(2023, 3, 13))]


def test_evidence_offsets_point_into_the_document():
    title, body = "Front line report", "Calm returned.\nTwo Russian soldiers were killed on Monday."
    claim = only(body, title=title)
    document = build_document(title, body)
    assert document[claim.evidence.start : claim.evidence.end] == "Two Russian soldiers were killed on Monday."


def test_page_junk_is_skipped():
    body = (
        "Talks resumed in Geneva.\n"
        "Read also:\n"
        "Seven Ukrainian civilians were killed in a strike on Kharkiv.\n"
        "- [Nine Russian soldiers killed](https://example.org/story)\n"
        "Eleven Ukrainian Soldiers Killed In Southern Offensive Push\n"
    )
    assert keys(body, title="Talks resume") == []


# General fixes: years, attackers, demonyms inside proper names


def test_a_year_is_no_count_and_the_wars_toll_is_cumulative():
    body = "The conflict, which broke out in March 2019, has killed at least 4,500 people, aid groups said."
    found = claims(body)
    assert [(c.count, c.qualifier, c.scope) for c in found] == [(4500, "at_least", "cumulative")]
    assert only("The war has killed 900 civilians, the Red Cross said.").scope == "cumulative"


def test_the_subject_or_adjective_of_a_strike_is_not_the_victim_side():
    body = (
        "Eritrean troops and Ethiopian forces clashed along the border on Monday.\n"
        "Eritrean shelling killed two men and injured five people in a border town, local officials said."
    )
    assert [(c.side, c.outcome, c.count) for c in claims(body)] == [("ETH", "killed", 2), ("ETH", "wounded", 5)]
    body = (
        "Eritrea and Ethiopia traded accusations on Monday.\n"
        "Eritrea struck a border town with drones overnight, killing four civilians, officials said."
    )
    assert [(c.side, c.count) for c in claims(body)] == [("ETH", 4)]


def test_a_demonym_inside_a_proper_name_is_no_side():
    claim = only("A nurse at the Kuwaiti Hospital said 40 injured people had arrived on Monday.")
    assert (claim.side, claim.outcome, claim.count) == ("UNK", "wounded", 40)
    claim = only("Medics on Yemeni Street said 9 injured people were treated on Monday.")
    assert (claim.side, claim.outcome, claim.count) == ("UNK", "wounded", 9)


def test_a_city_places_the_victims_in_its_state_but_never_overrides_a_label():
    assert keys("Four pensioners were killed in Kherson on Tuesday.")[0][:2] == ("UKR", "civilian")
    assert keys("An artillery barrage on Sudzha killed five residents.")[0][:2] == ("RUS", "civilian")
    assert keys("Two Ukrainian soldiers died near Belgorod.")[0][:2] == ("UKR", "military")
    assert keys("Russian shelling of Sumy wounded six people.")[0][:3] == ("UKR", "unknown", "wounded")


def test_a_place_of_the_speaker_or_of_a_breakaway_republic_is_not_the_state():
    assert keys("Separatist officials in Horlivka said 9 people had been killed.")[0][0] == "X-separatists"
    assert keys("Three people killed in Luhansk republic shelling.")[0][0] == "X-lpr"


def test_fighters_of_a_group_who_stormed_a_post_are_not_the_victims():
    item = only("Islamic State fighters stormed an Iraqi police post near Kirkuk on Tuesday, killing at least nine policemen.")
    assert (item.side, item.count) == ("IRQ", 9)


def test_clashes_between_two_armed_groups_give_a_joint_total():
    item = only("Fighting between the Kurdish-led YPG militia and Islamic State fighters near Raqqa killed 21 fighters on Monday.")
    assert (item.side, item.count) == ("ALL", 21)


def test_a_title_figure_the_body_gives_with_another_side_is_one_claim():
    found = keys("Fighting between Sudanese troops and the RSF in El Fasher killed 30 fighters on Tuesday.",
                 title="Sudan: 30 fighters killed in El Fasher")
    assert [(side, count) for side, _, _, count, _ in found] == [("ALL", 30)]


def test_a_joint_total_does_not_pass_its_side_to_the_next_claim():
    found = keys("Clashes on both sides of the border killed 14 people on Monday. "
                 "A Thai soldier was killed on Tuesday when Cambodian troops fired rockets, Bangkok said.")
    assert ("THA", "military", "killed", 1, "exact") in found


def test_a_group_named_by_a_common_noun_claiming_its_kills_is_the_named_group():
    found = keys("Boko Haram fighters raided a Nigerian army post on Monday. "
                 "The militant group said it had killed 25 soldiers.")
    assert ("NGA", "military", "killed", 25, "exact") in found


def test_civilians_counted_by_an_armed_group_are_the_state_s_people():
    found = keys("Mali's army said it had repelled an attack on Monday. "
                 "JNIM said an army drone strike on a market killed 14 civilians on Tuesday.")
    assert ("MLI", "civilian", "killed", 14, "exact") in found


def test_a_large_toll_in_the_present_perfect_after_the_lead_is_a_running_total():
    body = ("Israeli troops killed two Palestinians near Ofra on Tuesday.\n\n"
            "More than 224 Palestinians have been killed by Israeli fire, most of them attackers.")
    assert {(claim.count, claim.scope) for claim in claims(body)} == {(2, "incident"), (224, "cumulative")}


def test_the_fighting_that_has_claimed_a_large_toll_after_the_lead_is_a_running_total():
    body = ("Militias clashed with the army near Benghazi on Tuesday, killing six fighters.\n\n"
            "The fighting around Benghazi has claimed the lives of some 900 people, the WHO said.")
    assert {(claim.count, claim.scope) for claim in claims(body)} == {(6, "incident"), (900, "cumulative")}


def test_tolls_that_go_on_about_a_disaster_are_no_conflicts_but_a_strike_toll_is():
    assert claims("A 7.7 magnitude earthquake hit Myanmar on Monday. The death toll has risen to 3,085, with 4,715 people injured.") == []
    assert claims("The pope addressed the recent school shooting in Minnesota, which left two children dead.") == []
    assert [c.count for c in claims("Jets struck Mandalay in Myanmar on Monday. The death toll has risen to 85.")] == [85]


def test_soldiers_stationed_somewhere_are_victims_and_a_bare_count_after_them_is_the_same_people():
    found = keys("A drone strike killed three French soldiers stationed in Mali, and at least 12 were injured.")
    assert found == [("FRA", "military", "killed", 3, "exact"), ("FRA", "unknown", "wounded", 12, "at_least")]


def test_who_said_it_before_the_killing_verb_is_no_attacker_of_its_victims():
    claim = only("The Armenian defence ministry in Yerevan said Azerbaijani troops killed four people in Tavush.")
    assert (claim.side, claim.count) == ("ARM", 4)


def test_two_counts_of_two_peoples_share_the_victim_noun_after_the_second():
    assert keys("Officials said nine Armenian and 12 Azerbaijani soldiers were killed on Saturday.") == [
        ("ARM", "military", "killed", 9, "exact"), ("AZE", "military", "killed", 12, "exact")]


def test_a_state_striking_places_after_an_attack_on_its_soil_is_neither_attacker_nor_joint_side_of_that_attacks_toll():
    claim = only("The Turkish government said its army struck sites in Iraq and Syria on Wednesday, after blaming the PKK "
                 "for an attack near Ankara that killed at least five people.")
    assert (claim.side, claim.count) == ("TUR", 5)


def test_the_dead_listed_by_kind_are_parts_of_the_toll_with_their_own_sides():
    found = keys("At least 17 people were killed in the attack on Monday. The dead include seven Somali soldiers and eight attackers.")
    assert ("SOM", "military", "killed", 7, "exact") in found
    assert [k for k in found if k[3] == 8 and k[0].startswith("X-")]


def test_a_headline_opening_with_a_ministry_tag_gives_its_own_soldier():
    claim = only("Azerbaijan MoD: Soldier killed by sniper near Armenia border")
    assert (claim.side, claim.victims, claim.count, claim.claimed_by) == ("AZE", "military", 1, "AZE")
    assert only("Gaza: 20 killed in Israeli strike on school").side == "PSE"


def test_people_killed_in_an_attack_against_a_group_are_its_members_but_soldiers_stay_the_states():
    assert only("Four killed in Turkish drone strike against PKK members in Iraq").side == "X-pkk"
    assert only("Two soldiers were killed in the operation against Naxalites in Chhattisgarh.").side == "IND"
    assert only("Police in Bijapur, India, scored a victory against Naxalites, killing 12 in an encounter.").side == "X-maoists"


def test_a_group_blamed_for_or_claiming_an_attack_is_its_perpetrator_not_its_victims():
    assert only("Al-Shabaab was blamed for a truck bombing in Mogadishu in October that killed 512 people.").side == "SOM"
    assert only("The Islamic State group claimed responsibility for a bombing in Kabul that killed 20 people.").side == "AFG"


def test_a_toll_broken_down_after_a_dash_or_colon_gives_its_labelled_parts():
    assert ("MLI", "military", "killed", 12, "exact") in keys("Officials said 20 people were killed: 12 Malian soldiers and eight civilians.")
    assert ("UNK", "military", "killed", 12, "exact") in keys("The attack killed 20 people — 12 soldiers and eight civilians.")


def test_the_number_of_injured_risen_to_a_count_is_a_toll_of_the_wounded():
    claim = only("Kyiv's emergency service said the number of injured had risen to 117.")
    assert (claim.outcome, claim.count) == ("wounded", 117)


def test_an_aside_between_dashes_does_not_hide_the_outcome():
    assert keys("Officials said 28 Indians—mostly tourists—were killed on Tuesday.") == [("IND", "unknown", "killed", 28, "exact")]
    assert keys("As many as 34 Azerbaijanis – among them 16 women – were wounded, it said.")[0][2:4] == ("wounded", 34)


def test_soldiers_killed_in_a_raid_on_a_states_outpost_are_that_states():
    claim = only("The TTP claimed a raid on a Pakistani army outpost near the border, which officials said left 16 soldiers dead.")
    assert (claim.side, claim.count) == ("PAK", 16)


def test_the_killing_of_a_count_is_a_toll_but_past_killings_of_leaders_are_none():
    assert keys("Police on Monday confirmed the killing of about 20 Nigerians by suspected bandits in Katsina.")[0][2:4] == ("killed", 20)
    assert keys("Tehran said the attack was in response to the killings of Iran-backed militant leaders.") == []


def test_a_count_after_the_parts_of_a_toll_that_names_its_own_outcome_is_a_claim_of_its_own():
    found = keys("The ombudsman said at least 32 Armenians had been killed on Tuesday, including seven civilians, and more than 200 wounded.")
    assert ("ARM", "unknown", "wounded", 200, "at_least") in found


def test_an_attack_told_after_a_subordinate_word_is_the_only_agent_of_its_killing_verb():
    body = ("Colombia's president on Wednesday ordered air raids on rebel camps after an attack by leftist guerrillas "
            "killed 11 soldiers and wounded 19, jeopardizing peace talks with the FARC.")
    assert {(side, outcome, count) for side, _, outcome, count, _ in keys(body)} == {("COL", "killed", 11), ("COL", "wounded", 19)}


def test_pro_government_militia_and_presidential_guards_are_the_states_people():
    body = ("Communist rebels of the NPA attacked an army camp in the southern Philippines on Tuesday. The rebels killed a "
            "pro-government militiaman and wounded five presidential guards in separate attacks, the army said.")
    assert {(side, outcome, count) for side, _, outcome, count, _ in keys(body)} == {("PHL", "killed", 1), ("PHL", "wounded", 5)}


def test_a_states_firing_is_its_attack_so_the_civilians_hit_are_its_enemys():
    body = "Five civilians were killed and 29 others wounded in heavy Pakistan firing along the border early on Monday."
    assert {(side, outcome, count) for side, _, outcome, count, _ in keys(body)} == {("IND", "killed", 5), ("IND", "wounded", 29)}
    body = ("The truce has been under strain, with Azerbaijan saying that shelling by Armenian forces on its second-largest "
            "city killed at least nine civilians.")
    assert [(side, count) for side, _, _, count, _ in keys(body)] == [("AZE", 9)]


def test_a_unit_of_a_group_is_the_attacker_and_a_speaker_after_a_comma_is_no_group_named_before_it():
    body = ("BOGOTA, Colombia — Ten soldiers died during the ambush by a unit of the Revolutionary Armed Forces of Colombia, "
            "or FARC, the army's 3rd Division said.")
    assert [(side, count) for side, _, _, count, _ in keys(body)] == [("COL", 10)]
    assert [(side, count) for side, _, _, count, _ in keys("Soldiers clashed with rebels.", "Ten soldiers killed by rebels in a rupture of FARC's truce")] == [("COL", 10)]


def test_n_more_injured_after_a_death_toll():
    assert {(outcome, count) for _, _, outcome, count, _ in keys("The shelling left three people dead and six more injured in Goma.")} == {
        ("killed", 3), ("wounded", 6)}


def test_a_part_of_a_toll_killed_in_an_incident_of_its_own_is_a_claim_but_a_plain_detail_is_not():
    body = ("Dozens of people have been killed in an attack by insurgents on Palma, Mozambique. Among the dead were seven "
            "people killed when a convoy of cars was ambushed.")
    assert ("killed", 7) in {(outcome, count) for _, _, outcome, count, _ in keys(body)}
    assert [count for *_, count, _ in keys("At least 30 people were killed in Palma, Mozambique, including five children.")] == [30]


def test_a_single_victim_attacked_before_being_killed_and_a_contractor_among_the_dead():
    assert keys("", "State police director ambushed, killed in northern Mexico") == [("MEX", "military", "killed", 1, "exact")]
    assert keys("A British contractor was among the dead in Palma, Mozambique.") == [("GBR", "unknown", "killed", 1, "exact")]


def test_prisoners_of_war_are_their_states_soldiers_and_their_war_is_no_period():
    found = keys("Russian officials report that 53 Ukrainian prisoners of war died in the attack, and another 75 were injured.")
    assert [(side, victims, outcome, count) for side, victims, outcome, count, _ in found][0] == ("UKR", "military", "killed", 53)
    assert claims("Russian officials report that 53 Ukrainian POWs died in the attack.")[0].scope == "incident"


def test_a_state_vowing_to_avenge_deaths_lost_them_and_a_truce_venue_is_no_theatre():
    body = ("Armenian and Azerbaijani forces clashed again after a truce concluded in Moscow. Azerbaijan has sworn to avenge "
            "the death of thirteen civilians killed overnight. Shelling also left more than 45 injured, the prosecutor said.")
    assert {(side, outcome, count) for side, _, outcome, count, _ in keys(body)} == {("AZE", "killed", 13), ("AZE", "wounded", 45)}


def test_a_toll_that_reaches_a_number_and_troops_diagnosed_with_brain_injury():
    assert {(outcome, count) for _, _, outcome, count, _ in keys("", "Death Toll From Tripoli Clashes Reaches 32, Number Of Injured At 159")} == {
        ("killed", 32), ("wounded", 159)}
    assert keys("As of Monday, 109 US troops have been diagnosed with mild traumatic brain injury.") == [("USA", "military", "wounded", 109, "exact")]


def test_it_said_after_a_sentence_opening_with_a_possessive_is_not_that_actors_word():
    body = ("Israel's offensive has killed more than 36,700 Palestinians, according to the Gaza health ministry. "
            "It said 64 children were killed in the latest raid.")
    assert ("PSE", 64) in {(side, count) for side, _, _, count, _ in keys(body)}


def test_allies_named_as_one_force_are_no_pair_of_sides_nor_a_joint_toll():
    body = ("American and British airstrikes in Yemen killed at least five Houthi rebels and wounded at least six others, "
            "the group's spokesperson said.")
    assert {(side, outcome, count) for side, _, outcome, count, _ in keys(body, "Houthis say five killed in U.S.-British airstrikes")} == {
        ("X-houthis", "killed", 5), ("X-houthis", "wounded", 6)}
    body = "Indian and Pakistani forces exchanged fire along the border, resulting in four deaths."
    assert [(side, count) for side, _, _, count, _ in keys(body)] == [("ALL", 4)]


def test_a_group_claiming_responsibility_and_saying_it_killed_soldiers_counts_the_enemy_state_not_its_patron_or_base():
    body = ("The government of Benin confirmed that 54 soldiers were killed in an attack by suspected jihadists. JNIM, an "
            "al-Qaeda affiliate based in Mali, claimed responsibility for the attack and said that it had killed 70 soldiers.")
    assert {(side, count) for side, _, _, count, _ in keys(body)} == {("BEN", 54), ("BEN", 70)}


def test_neighbours_named_after_a_border_are_not_the_victims_side():
    body = ("Benin's army is fighting jihadists in its north. In January, 28 soldiers were killed in a similar assault near the "
            "border area with Burkina Faso and Niger.")
    assert [(side, count) for side, _, _, count, _ in keys(body)] == [("BEN", 28)]


def test_a_land_the_wounded_were_taken_to_for_care_is_not_their_side():
    body = ("Militias fought for a week in the south of Tripoli. Libya's government said 40 people were killed and "
            "12 injured who were evacuated to Tunisia.")
    assert {(side, outcome, count) for side, _, outcome, count, _ in keys(body)} == {("LBY", "killed", 40), ("LBY", "wounded", 12)}
    body = "Sudan's army fought the RSF in Darfur on Monday. Nine wounded soldiers were later flown to Egypt for treatment."
    assert [side for side, *_ in keys(body)] == ["SDN"]


def test_elements_of_a_group_are_its_fighters_and_the_lost_soldiers_are_the_articles_state():
    body = ("Suspected Boko Haram jihadists killed four Chadian troops on Monday at a military outpost on Lake Chad. "
            '"We killed 13 Boko Haram elements and we deplore the loss of four soldiers," the army said.')
    assert {(side, count) for side, _, _, count, _ in keys(body)} == {("TCD", 4), ("X-boko-haram", 13)}


def test_an_ambush_names_its_attacker_and_who_posted_a_report_struck_no_one():
    assert [side for side, *_ in keys("", "Ethiopian ambush on Sudanese army death toll reaches 27")] == ["SDN"]
    body = ("Burmese troops fought the KIA in Kachin State. According to a Facebook post by a Burma Army soldier, eight "
            "policemen were wounded after the KIA attack.")
    assert ("MMR", "wounded", 8) in {(side, outcome, count) for side, _, outcome, count, _ in keys(body)}


def test_a_clash_between_two_long_named_sides_is_a_joint_toll():
    body = ("At least six people were killed in a clash between remnants of the defunct Shining Path rebel group and a "
            "military patrol in central Peru, a Defense Ministry unit reported.")
    assert [(side, count) for side, _, _, count, _ in keys(body)] == [("ALL", 6)]


def test_a_place_on_a_border_between_two_states_is_no_joint_toll_and_a_headline_label_is_a_place():
    body = "The attack at a village on the Tanzania-Mozambique border left six people dead and seven others injured."
    assert {side for side, *_ in keys(body)} == {"TZA"}
    assert keys("", "Sinai checkpoint attack: five dead") == [("EGY", "unknown", "killed", 5, "exact")]


def test_one_peacekeeper_supporters_of_a_named_movement_and_injury_sustained():
    body = "A Pakistani peacekeeper was killed, and four uniformed personnel sustained injury, it said."
    assert {(side, outcome, count) for side, _, outcome, count, _ in keys(body)} == {("PAK", "killed", 1), ("PAK", "wounded", 4)}
    body = "At least 23 supporters of Sadr were killed in the chaos in Baghdad and an additional 380 were injured."
    assert {(side, outcome, count) for side, _, outcome, count, _ in keys(body)} == {("X-sadrists", "killed", 23), ("X-sadrists", "wounded", 380)}


def test_single_victims_named_by_nouns_mostly_met_in_the_plural_but_not_those_that_modify_a_head_noun():
    for noun, kind in (("health worker", "civilian"), ("trader", "civilian"), ("cadet", "military"), ("prisoner", "unknown")):
        assert keys(f"A {noun} was killed in Kharkiv on Monday.") == [("UKR", kind, "killed", 1, "exact")], noun
    assert keys("Eight tourist guides were killed on Monday in Odesa.") == keys("Eight guides were killed on Monday in Odesa.")


def test_a_town_named_after_its_states_demonym_is_in_that_state():
    assert keys("A bombing killed 12 people in the Lebanese town of Shaqra on Monday.") == [("LBN", "unknown", "killed", 12, "exact")]
    assert [side for side, *_ in keys("The blast in the Indonesian resort island of Bali wounded 81.")] == ["IDN"]


def test_a_city_name_two_states_share_is_the_one_of_the_articles_war():
    assert [side for side, *_ in keys("Lebanese troops clashed with gunmen on Monday. Fighting killed 12 people in Tripoli on Monday.")] == ["LBN"]
    assert [side for side, *_ in keys("Libyan forces clashed on Monday. Fighting killed 12 people in Tripoli on Monday.")] == ["LBY"]


def test_a_force_that_has_suffered_hundreds_of_deaths_told_after_the_lead_is_a_running_total():
    body = ("A jihadist attack on a village in eastern Burkina Faso killed 25 people on Monday.\n\nThe VDP militia was set up in "
            "2019 to help the army but it has suffered more than 200 fatalities, according to an AFP tally.")
    assert {(count, claim.scope) for claim in claims(body) for count in [claim.count]} == {(25, "incident"), (200, "cumulative")}


def test_members_of_a_group_named_with_a_modifier_are_the_groups():
    body = ("A drone strike near the border with Turkey killed four members of the Kurdish-led Syrian Democratic Forces (SDF), "
            "the Kurdish administration in northeastern Syria said.")
    assert [side for side, *_ in keys(body)] == ["X-sdf"]


def test_vocabulary_of_wire_copy_cops_rangers_trainers_rescued_with_injuries_and_a_named_soldier():
    assert {(side, outcome, count) for side, _, outcome, count, _ in keys("6 people were rescued with injuries in Pakistan.", "10 cops killed in Pakistan")} == {
        ("PAK", "killed", 10), ("PAK", "wounded", 6)}
    body = "Two patrols hit explosive devices in Benin, killing five park rangers, one soldier, and a French trainer who was with them."
    assert ("FRA", "killed", 1) in {(side, outcome, count) for side, _, outcome, count, _ in keys(body)}
    body = "Armenia's Defense Ministry said that the soldier, Vanik Ghazarian, died at an Armenian army outpost."
    assert keys(body) == [("ARM", "military", "killed", 1, "exact")]
    assert keys("Armenia said two soldiers were wounded. The soldier was taken to hospital.") == [("ARM", "military", "wounded", 2, "exact")]


def test_one_named_alone_and_n_others_are_n_plus_one_and_new_ranks_and_settlers_are_victims():
    assert [count for *_, count, _ in keys("A corporal and 10 other soldiers died in the ambush in Colombia, the army said.")] == [11]
    assert [count for *_, count, _ in keys("The strike killed a woman and two other people in Kharkiv.")] == [3]
    assert keys("A colonel was killed in a drone strike in Donetsk on Monday.") == [("UKR", "military", "killed", 1, "exact")]
    assert keys("Two Israeli settlers were killed in a shooting in the West Bank.") == [("ISR", "civilian", "killed", 2, "exact")]


def test_a_quoted_victim_noun_and_bodies_discovered_by_peacekeepers():
    assert keys("Egyptian armed forces killed 19 “terrorists” in North Sinai, the army spokesman said.") == [
        ("X-militants", "military", "killed", 19, "exact")]
    body = "Peacekeepers later discovered the bodies of 21 civilians, including 4 women, in Tagbara in the Central African Republic."
    assert [(side, count) for side, _, _, count, _ in keys(body)] == [("CAF", 21)]


def test_a_victim_noun_before_its_head_noun_is_a_modifier_and_a_border_names_no_side():
    found = {(side, outcome, count) for side, _, outcome, count, _ in keys("At least 18 militant fighters were killed and 50 were wounded.")}
    assert found == {("X-militants", "killed", 18), ("X-militants", "wounded", 50)}
    body = ("Colombian troops fought the ELN. An ELN explosives attack killed two soldiers and wounded 29 near the "
            "Venezuelan border.")
    assert {side for side, *_ in keys(body)} == {"COL"}


def test_manners_of_killing_maiming_and_victims_among_those_killed():
    for verb in ("hacked to death", "gunned down", "burned alive", "mowed down", "lynched", "crushed to death"):
        assert keys(f"Nine traders were {verb} in Goma on Monday.") == [("COD", "civilian", "killed", 9, "exact")], verb
    assert keys("Four pupils were maimed by a landmine in Goma.") == [("COD", "civilian", "wounded", 4, "exact")]
    assert keys("Three nurses were among those killed in the shelling of Goma.") == [("COD", "civilian", "killed", 3, "exact")]
    assert keys("Rebels lynched two traders in Goma.") == [("COD", "civilian", "killed", 2, "exact")]


def test_more_victim_nouns_of_wire_copy_and_leaders_as_the_head_noun():
    for noun, kind in (("vigilantes", "military"), ("generals", "military"), ("motorists", "civilian"), ("judges", "civilian"),
                       ("vaccinators", "civilian"), ("clerics", "civilian"), ("Shiites", "civilian"), ("hunters", "unknown")):
        assert keys(f"Five {noun} were killed in Goma on Monday.") == [("COD", kind, "killed", 5, "exact")], noun
    assert keys("Seven militia leaders were killed in Goma.") == [("X-militias", "unknown", "killed", 7, "exact")]


def test_civilians_killed_by_an_armed_group_with_no_land_named_are_of_no_known_side():
    assert [side for side, *_ in keys("Gunmen killed three villagers overnight.")] == ["UNK"]
    assert [side for side, *_ in keys("Five farmers were killed by the militia.")] == ["UNK"]
    assert [side for side, *_ in keys("Five farmers were killed by the militia in Goma.")] == ["COD"]


def test_injuries_to_others_the_shahadat_of_and_professions_as_victims():
    body = "Indian shelling in Kotli resulted in the killing of three civilians and injuries to five others."
    assert keys(body) == [("PAK", "civilian", "killed", 3, "exact"), ("PAK", "civilian", "wounded", 5, "exact")]
    assert [count for *_, count, _ in keys("The raid in Kotli led to the shahadat of 11 civilians.")] == [11]
    assert keys("Strikes on Tehran killed six nuclear scientists.") == [("IRN", "civilian", "killed", 6, "exact")]
    body = "Gunmen killed 13 soldiers and wounded 20 in Kotli."  # a bare count names no kind of its own
    assert [victims for _, victims, *_ in keys(body)] == ["military", "unknown"]


def test_a_toll_whose_two_listed_parts_are_of_two_sides_is_over_both():
    body = "Twelve people, including 10 Abu Sayyaf bandits and two soldiers, were killed in a firefight in Sulu on Monday."
    assert [(side, count) for side, _, _, count, _ in keys(body)] == [("ALL", 12), ("X-abu-sayyaf", 10), ("PHL", 2)]
    body = "Officials said 14 people including 10 police were killed and 10 wounded in Kandahar."
    assert {(outcome, count) for _, _, outcome, count, _ in keys(body)} == {("killed", 14), ("killed", 10), ("wounded", 10)}


def test_a_group_that_tells_the_toll_and_a_rebel_group_are_no_victims():
    body = "An airstrike on a village in Sagaing killed 21 people, an ethnic rebel group and local media said Friday."
    assert [count for *_, count, _ in keys(body)] == [21]


def test_maoists_are_the_maoist_group_and_the_wounded_told_about_again_are_no_new_claim():
    assert keys("Police said 12 Maoists were killed in the encounter in Sukma.") == [("X-maoists", "military", "killed", 12, "exact")]
    body = "One soldier was killed and 15 others were wounded in Sulu. All 15 wounded in action were safely evacuated."
    assert [(outcome, count) for *_, outcome, count, _ in keys(body)] == [("killed", 1), ("wounded", 15)]
    assert [count for *_, count, _ in keys("All 12 passengers were killed in the attack in Sulu.")] == [12]


def test_a_contrasted_clause_with_a_teller_of_its_own_is_told_by_that_teller():
    body = "Russia said it killed 50 Ukrainian soldiers near Bakhmut, while Ukraine said 12 Russian soldiers died there."
    assert [(claim.count, claim.claimed_by) for claim in claims(body)] == [(50, "RUS"), (12, "UKR")]


def test_a_town_of_a_state_the_article_never_names_is_a_namesake_in_the_land_its_dateline_names():
    body = "NAIROBI, Kenya – Six soldiers were killed in an ambush near Lida on Tuesday.\n\nThe army said the attackers fled to Lida."
    assert [side for side, *_ in keys(body)] == ["KEN"]
    assert [side for side, *_ in keys("Six soldiers were killed in an ambush near Lida on Tuesday.")] == ["BLR"]


def test_a_sidebar_of_other_headlines_names_no_side_of_the_article():
    body = ("Urgent: Taliban captures district • Taliban kill 3 in Kunduz\n\n"
            "President Duterte declared a truce with communist rebels in July.\n\n"
            "He scrapped it after the rebels attacked and killed a militia man.")
    assert "X-taliban" not in {claim.side for claim in claims(body, title="Duterte resumes truce")}


def test_a_verb_with_others_as_its_object_and_it_had_quoted_verbs():
    body = "“Our forces killed 15 militants, injured others and destroyed hideouts in Kismayo,” the army spokesman said."
    assert [(outcome, count) for *_, outcome, count, _ in keys(body)] == [("killed", 15)]


def test_the_last_sentence_cut_off_by_the_page_is_read():
    body = ("Bandits attacked a village in Zamfara on Sunday.\n\n"
            "On Sunday night, bandits also attacked a community in Dansadau town in Maru Local Government Area and burnt to death 13 people, including a")
    assert [count for *_, count, _ in keys(body)] == [13]


def test_allied_jets_are_one_force_and_a_toll_of_several_places_counts_each_place():
    body = "Russian and Syrian regime fighter jets on Saturday struck a village in Idlib, leaving at least 19 civilians dead."
    assert [side for side, *_ in keys(body)] == ["SYR"]
    body = "Multiple attacks across Balochistan left at least 40 people dead on Monday, including 23 passengers in Musakhail."
    assert [count for *_, count, _ in keys(body)] == [40, 23]
    assert [count for *_, count, _ in keys("The blast killed 14 people in Kabul, including 3 children in a school bus.")] == [14]


def test_an_age_in_apposition_is_no_count_and_an_attack_blamed_on_a_group_names_the_attacker():
    assert keys("A man, 85, was killed by a shell in Sagaing.") == [("MMR", "unknown", "killed", 1, "exact")]
    assert [count for *_, count, _ in keys("Two women, 45 and 50, were killed in Sagaing.")] == [2]
    assert 34 not in [count for *_, count, _ in keys("Ahmed Ali, 34, died in the strike in Gaza.")]
    body = "At least 40 civilians were killed on Sunday in an attack blamed on the paramilitary RSF in Gezira."
    assert [side for side, *_ in keys(body)] == ["SDN"]


def test_it_said_after_a_states_own_body_is_that_states_word():
    body = ("Armenia said its soldiers repelled an attack. Azerbaijan's Defense Ministry claimed the opposite. "
            "It said one of its servicemen was lightly wounded in the firefight.")
    assert [(side, outcome, count) for side, _, outcome, count, _ in keys(body)] == [("AZE", "wounded", 1)]


def test_a_group_named_as_the_claimants_patron_is_not_the_claimant():
    body = ("A suicide bomber attacked a hotel in Mogadishu on Wednesday. Militants from al Shabaab, a group affiliated with "
            "al Qaeda, claimed responsibility for the attack and said it had killed 20 people.")
    assert [(claim.side, claim.claimed_by) for claim in claims(body)] == [("SOM", "X-shabab")]


def test_others_injured_after_a_sides_dead_and_their_parts_are_that_sides():
    body = ("A clash between Pakistani forces and the Afghan Taliban near Kurram on Monday resulted in the deaths of eight "
            "Afghan soldiers, including two commanders, and injuries to 16 others.")
    assert [(side, outcome, count) for side, _, outcome, count, _ in keys(body)] == [
        ("AFG", "killed", 8), ("AFG", "killed", 2), ("AFG", "wounded", 16)]


def test_an_organisations_staff_are_its_people():
    assert only("A car bomb in Benghazi, Libya, killed two UN staff on Saturday.").side == "UN"
    assert only("Two aid workers were killed in Darfur, Sudan, on Monday.").side == "SDN"


def test_members_of_a_group_who_killed_are_its_agents_not_its_victims():
    body = "Members of the Islamic State of West Africa Province on Thursday killed seven members of a joint task force in Borno, Nigeria."
    assert only(body).side == "NGA"


def test_a_large_toll_told_as_a_total_in_the_present_perfect_is_cumulative_even_in_the_lead() -> None:
    found = claims("A total of 1,048 people have been killed and 5,558 others injured during fighting in and around Tripoli, "
                   "the WHO said on Tuesday.")
    assert {(c.count, c.scope) for c in found} == {(1048, "cumulative"), (5558, "cumulative")}
    assert [(c.count, c.scope) for c in claims("A total of 12 people were killed in the attack on Tuesday.")] == [(12, "incident")]


def test_companions_after_an_outcome_share_it():
    assert keys("Three soldiers were killed alongside two medics in an ambush in Mali on Monday.") == [
        ("MLI", "military", "killed", 3, "exact"), ("MLI", "civilian", "killed", 2, "exact"),
    ]
    assert keys("Five fishermen were wounded, as well as four police officers, in a blast in Somalia on Monday.") == [
        ("SOM", "civilian", "wounded", 5, "exact"), ("SOM", "military", "wounded", 4, "exact"),
    ]


def test_a_business_nationality_is_not_its_staffs_side():
    body = "Gunmen killed eight employees of a South African mining company in Mozambique on Monday."
    assert keys(body) == [("MOZ", "civilian", "killed", 8, "exact")]
    assert keys("Gunmen killed eight South African employees of a mining company in Mozambique on Monday.") == [
        ("ZAF", "civilian", "killed", 8, "exact"),
    ]


def test_a_person_named_after_the_noun_is_one():
    assert keys("A teenage boy named Ali Khan was killed by shelling in Pakistan on Monday.") == [
        ("PAK", "civilian", "killed", 1, "exact"),
    ]
    assert keys("Police said a trader identified as Omar Haddad was shot dead in Pakistan on Monday.") == [
        ("PAK", "civilian", "killed", 1, "exact"),
    ]


def test_one_of_a_people_after_a_count_word():
    assert keys("Three Armenian soldiers were killed and one Azerbaijani wounded in clashes on the border.") == [
        ("ARM", "military", "killed", 3, "exact"), ("AZE", "unknown", "wounded", 1, "exact"),
    ]


def test_people_treated_in_hospital_for_wounds_are_wounded():
    assert keys("Shelling killed 20 people in Goma, and 45 people were treated in hospital for wounds, the UN said.") == [
        ("COD", "unknown", "killed", 20, "exact"), ("COD", "unknown", "wounded", 45, "exact"),
    ]


def test_a_toll_split_by_day_shares_its_victims_and_outcome():
    found = claims("Russian strikes killed 12 civilians in Kharkiv on Monday and three on Tuesday.")
    assert [(c.side, c.victims, c.outcome, c.count, c.date) for c in found] == [
        ("UKR", "civilian", "killed", 12, date(2023, 3, 13)), ("UKR", "civilian", "killed", 3, date(2023, 3, 14)),
    ]


def test_eliminated_militants_are_killed():
    assert keys("The army reported the elimination of 30 militants in Balochistan.") == [("X-militants", "military", "killed", 30, "exact")]
    assert keys("", title="145 Militants Eliminated in Balochistan") == [("X-militants", "military", "killed", 145, "exact")]


def test_the_pair_of_a_background_clause_is_no_joint_total():
    body = "Syrian shelling killed at least 10 people in Turkey overnight, as attacks between the two countries went on."
    assert keys(body) == [("TUR", "unknown", "killed", 10, "at_least")]
    assert keys("At least 10 people were killed in clashes between the two countries overnight.")[0][0] == "ALL"


def test_forces_struck_are_the_victims_side_even_when_their_state_strikes_elsewhere():
    body = ("Missiles fired by Hezbollah struck an Israeli army patrol on Monday, killing three soldiers, in retaliation "
            "for a strike attributed to Israel that killed two Hezbollah fighters in Syria.")
    assert keys(body)[0] == ("ISR", "military", "killed", 3, "exact")


def test_a_group_run_ministry_raising_the_toll_tells_it_for_the_land():
    found = claims("Israeli strikes hit homes in Gaza. The Hamas-run health ministry raised the death toll to 24.")
    assert [(c.side, c.count, c.claimed_by) for c in found] == [("PSE", 24, "X-hamas")]


def test_members_of_a_volunteer_militia_listed_with_soldiers_are_the_states():
    body = "Twelve members of a volunteer militia and three soldiers died on Monday in an ambush in Burkina Faso."
    assert [(side, count) for side, _, _, count, _ in keys(body)] == [("BFA", 12), ("BFA", 3)]


def test_people_killed_in_an_assault_on_peacekeepers_are_the_organisations():
    body = "Jihadist attacks go on in Mali, with four people having died in an assault on UN peacekeepers near Kidal on Monday."
    assert keys(body) == [("UN", "unknown", "killed", 4, "exact")]


def test_a_fighting_toll_counting_one_sides_fighters_among_others_is_both_sides():
    assert only("The fighting in the hills resulted in the death of nine people, including a soldier.").side == "ALL"
    found = {c.count: c.side for c in claims("Eleven people, including eight Abu Sayyaf gunmen and three soldiers, were killed "
                                             "in a gun battle on Jolo island on Monday.")}
    assert found[11] == "ALL" and found[3] == "PHL" and found[8] == "X-abu-sayyaf"


def test_a_bombing_toll_counting_soldiers_among_others_is_not_both_sides():
    body = "A car bomb at a market in Mogadishu killed 14 people, including four soldiers, police said."
    assert {c.side for c in claims(body)} == {"SOM"}


def test_raiders_killed_are_the_attackers_not_their_victims():
    found = claims("Gunmen raided a cattle camp in Jonglei on Thursday, killing five herders. One of the raiders was killed in the clash.")
    raider = next(c for c in found if c.count == 1)
    assert raider.victims == "military" and raider.side.startswith("X-")
