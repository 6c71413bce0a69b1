"""Casualty claims as reporters write them: victims' side read from the clause, parts of tolls, named victims."""

from datetime import date

from orchestration.extraction.casualties import extract_casualties
from orchestration.extraction.text import build_document, split_sentences

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def keys(body: str, title: str = "") -> set[tuple]:
    sentences = split_sentences(build_document(title, body), has_title=bool(title))
    return {(c.side, c.outcome, c.count) for c in extract_casualties(sentences, PUBLISHED) if c.scope == "incident"}


def test_a_phrase_on_the_victims_before_the_outcome() -> None:
    assert keys("One resident in the village of Koral was killed in Mali on Friday.") == {("MLI", "killed", 1)}


def test_among_the_dead() -> None:
    assert keys("Six Ghanaians were among the dead, the ministry in Accra said.") == {("GHA", "killed", 6)}


def test_a_part_of_the_toll_from_another_side_is_its_own_claim() -> None:
    found = keys("More than three dozen people were injured in Niamey, including five Beninese drivers.")
    assert found == {("NER", "wounded", 36), ("BEN", "wounded", 5)}


def test_a_part_that_only_details_the_toll_is_none() -> None:
    assert keys("Twenty people were killed in Niamey, including six children.") == {("NER", "killed", 20)}


def test_a_toll_that_counts_the_attackers_is_over_all_sides() -> None:
    found = keys("Eleven people were killed in the raid in Mali, including the four gunmen.")
    assert found == {("ALL", "killed", 11), ("X-militants", "killed", 4)}


def test_possessed_victims_share_the_verb() -> None:
    found = keys("Airstrikes in Sudan killed two of the commander's sons and five of his grandchildren.")
    assert found == {("SDN", "killed", 2), ("SDN", "killed", 5)}


def test_a_named_leader_killed_is_one_of_his_group() -> None:
    assert keys("A drone strike on Tuesday killed Hezbollah commander Ali Tamer.") == {("X-hezbollah", "killed", 1)}
    assert keys("", title="Hamas military leader Yusuf Darim assassinated in Lebanon") == {("X-hamas", "killed", 1)}


def test_civilians_counted_by_a_group_are_people_of_its_land() -> None:
    found = keys("The Houthi-run health ministry said 17 people were killed and 40 wounded in US air strikes.")
    assert found == {("YEM", "killed", 17), ("YEM", "wounded", 40)}


def test_state_air_strikes_name_the_attacker_and_control_names_none() -> None:
    found = keys("US air strikes on a port held by the Houthis killed 12 people, the Houthi-run health ministry said.")
    assert found == {("YEM", "killed", 12)}


def test_the_subject_of_the_killing_verb_is_not_the_victim() -> None:
    found = keys("Colombia sent troops to Arauca. In June, ELN fighters killed 23 people, mostly police officers.")
    assert found == {("COL", "killed", 23)}


def test_a_relative_clause_reads_its_own_attacker() -> None:
    body = "Colombia deployed troops in Cauca after the ELN's attack that killed 14 soldiers."
    assert keys(body) == {("COL", "killed", 14)}


def test_held_bodies_and_recounted_deaths_are_no_claims() -> None:
    assert keys("The group still holds 9 dead hostages.") == set()
    assert keys("Analysts said the two deaths would raise tensions in Mali.") == set()


def test_one_person_named_by_a_demonym() -> None:
    assert keys("Soldiers shot dead a Togolese near the border with Ghana.") == {("TGO", "killed", 1)}


def test_a_province_named_like_a_country_is_no_side() -> None:
    body = "Nigeria's army was deployed. Bandits killed seven people in a village in Niger state."
    assert keys(body) == {("NGA", "killed", 7)}


def test_locals_are_people_of_the_place_the_article_is_about() -> None:
    body = "Ruritanian troops have built outposts inside Chad. Near the town, a gunfight ensued and 14 locals were killed."
    assert keys(body) == {("TCD", "killed", 14)}


def test_a_number_of_dead_reaching_a_figure() -> None:
    assert keys("The number of dead in the bombing in Mali rose to 31.") == {("MLI", "killed", 31)}


def test_unnamed_rebels_take_the_schema_code_of_the_war() -> None:
    assert keys("Four rebels were killed in clashes in Myanmar.") == {("X-resistance", "killed", 4)}
    assert keys("Four rebels were killed in clashes in Chad.") == {("X-separatists", "killed", 4)}


def test_the_attacking_state_named_with_its_proxy_is_the_civilians_home() -> None:
    assert keys("Sudan's RSF killed 60 civilians in an attack on a camp.") == {("SDN", "killed", 60)}


def test_another_in_a_list_is_of_the_same_people() -> None:
    assert keys("One Ghanaian citizen was killed and another injured in Lome.") == {
        ("GHA", "killed", 1), ("GHA", "wounded", 1)
    }


def test_a_toll_told_by_a_state_at_no_war_there_is_the_places() -> None:
    body = ("Protesters against the government of President Daniel Ortega were shot dead in Managua, Nicaragua.\n\n"
            "American Univision reported that the demonstrations left 11 dead.\n\n"
            "Amnesty International has documented attacks against Nicaraguan students.")
    assert keys(body) == {("NIC", "killed", 11)}  # not the reporter's (USA)


def test_a_state_named_as_the_home_of_the_attacking_group_is_the_victims_side() -> None:
    body = ("Nigeria's jihadist Boko Haram fighters killed at least 19 people in a village, police said.\n\n"
            "The Islamic State-linked Boko Haram claimed the attack, in which four of their gunmen were also killed.")
    assert keys(body) == {("NGA", "killed", 19), ("X-boko-haram", "killed", 4)}  # not the patron's (X-isis)


def test_burkina_fasos_volunteers_for_the_defence_of_the_homeland_are_its_forces() -> None:
    found = keys("At least 16 volunteers for the defense of the homeland and two civilians were killed in an attack in Burkina Faso.")
    assert found == {("BFA", "killed", 16), ("BFA", "killed", 2)}


def test_attackers_counted_in_a_toll_are_their_own_claim() -> None:
    body = "Police in Bamako said 11 people were killed, including the two assailants and a policeman."
    assert keys(body) == {("ALL", "killed", 11), ("MLI", "killed", 1), ("X-militants", "killed", 2)}


def test_suffered_injuries_is_wounded() -> None:
    assert keys("A Kenyan medic suffered serious injuries in Mogadishu.") == {("KEN", "wounded", 1)}


def test_a_leader_from_a_group() -> None:
    assert keys("The strike killed a senior figure from Hezbollah.") == {("X-hezbollah", "killed", 1)}


def test_one_death_in_the_title_is_kept_beside_another_in_the_body() -> None:
    found = keys("A Malian soldier was killed in Gao.", title="Hezbollah commander killed in Tyre")
    assert found == {("MLI", "killed", 1), ("X-hezbollah", "killed", 1)}


def test_the_dead_are_counted_already_but_that_killed_counts() -> None:
    assert keys("The dead man had suffered burns, a medic in Gao said.") == set()
    assert keys("It was a strike on Velm that killed Hamas commander Omar Dahn.") == {("X-hamas", "killed", 1)}


def test_forces_that_lost_men() -> None:
    assert keys("Government forces lost 12 men in the ambush in Borno.") == {("NGA", "killed", 12)}


def test_civilians_in_a_rebel_held_town_are_the_states() -> None:
    assert keys("Air strikes killed 23 civilians in rebel-held Idlib.") == {("SYR", "killed", 23)}


def test_terrorists_are_the_armed_group_of_the_article() -> None:
    body = "Hamas fired rockets at Israel. The army said it killed 20 terrorists in Gaza on Monday."
    assert keys(body) == {("X-hamas", "killed", 20)}


def test_a_groups_civilians_are_of_its_land_whoever_shelled_them() -> None:
    found = keys("Seven civilians were wounded in shelling by Yemeni troops, the Houthi health ministry said.")
    assert found == {("YEM", "wounded", 7)}


def test_it_said_speaks_for_the_group_that_opened_the_sentence_before() -> None:
    body = "The RSF, which has fought Sudan's army since 2023, denied it. It said air strikes killed 15 of its fighters."
    assert keys(body) == {("X-rsf", "killed", 15)}


def test_an_event_earlier_this_month_has_no_day() -> None:
    sentences = split_sentences(build_document("", "Earlier this month a drone attack in Mali killed 75 people."))
    (claim,) = extract_casualties(sentences, PUBLISHED)
    assert (claim.scope, claim.date) == ("incident", None)


def test_a_governor_and_his_bodyguards() -> None:
    body = "Militants killed a district governor and two of his bodyguards in Kunduz, Afghanistan."
    assert keys(body) == {("AFG", "killed", 1), ("AFG", "killed", 2)}


def test_the_target_of_the_attack_in_the_antecedent_places_the_victims() -> None:
    body = "The war began with the RSF-led attack on Kassala in Sudan in 2019, in which 300 people were killed."
    assert keys(body) == {("SDN", "killed", 300)}


def test_the_killer_before_an_active_verb_with_an_object_is_no_victim() -> None:
    assert keys("A gunman killed four villagers near Gao in Mali on Monday.") == {("MLI", "killed", 4)}
    assert keys("Two policemen shot dead a robber in Accra, Ghana, on Monday.") == set()
    assert keys("Three soldiers killed, two wounded in an ambush in Mali on Monday.") == {
        ("MLI", "killed", 3),
        ("MLI", "wounded", 2),
    }


def test_a_passive_followed_by_a_time_is_still_a_victim() -> None:
    assert keys("Two Malian soldiers were killed two days after the raid.") == {("MLI", "killed", 2)}


def test_a_single_victim_inside_an_including_aside_details_the_toll() -> None:
    assert keys("Nine people, including a child, were killed in Gao, Mali, on Monday.") == {("MLI", "killed", 9)}


def test_civilians_listed_after_fighters_are_not_of_their_group() -> None:
    found = keys("Four insurgents and nine civilians died in the clashes, a witness said.")
    assert found == {("X-militants", "killed", 4), ("UNK", "killed", 9)}


def test_people_without_any_other_clue_are_of_the_place_not_the_most_named_side() -> None:
    body = (
        "Rebels backed by Niger seized the town in Mali last week; Niger denies it. "
        "Nigerien officers were seen in the region, a report said. "
        "Hospitals said 40 people were killed in the fighting."
    )
    assert ("MLI", "killed", 40) in keys(body)


def test_verbs_of_mass_killing_and_army_jargon_count_the_dead() -> None:
    assert keys("Gunmen massacred 22 villagers in Mali on Monday.") == {("MLI", "killed", 22)}
    assert keys('Troops "neutralised" 35 Boko Haram fighters in Nigeria, the army said.') == {("X-boko-haram", "killed", 35)}


def test_kin_and_a_person_of_a_stated_age_are_victims() -> None:
    assert keys("Two brothers were killed when a drone hit their car near Kherson.") == {("UKR", "killed", 2)}
    assert keys("A 14-year-old Palestinian was shot dead near Jenin.") == {("PSE", "killed", 1)}


def test_a_headline_in_the_present_tense() -> None:
    assert keys("", title="Three Malian soldiers die in ambush") == {("MLI", "killed", 3)}


def test_a_plural_demonym_without_an_s() -> None:
    assert keys("Shelling killed 14 Sudanese near the border on Monday.") == {("SDN", "killed", 14)}


def test_a_place_struck_is_where_the_victims_were() -> None:
    assert keys("", title="Three dead, 11 hurt as missile hits Odesa port") == {("UKR", "killed", 3), ("UKR", "wounded", 11)}


def test_a_person_named_then_described_is_one_victim_of_the_described_side() -> None:
    assert keys("Omar Vale, Hamas's military chief, was killed in Gaza on Monday.") == {
        ("X-hamas", "killed", 1)
    }
    assert keys("A strike in Lebanon killed Sami Nour, a senior Hezbollah commander.") == {("X-hezbollah", "killed", 1)}
    assert keys("Prime Minister Ana Ruiz, speaking in Lima, was defiant.") == set()


def test_two_nouns_sharing_one_count() -> None:
    assert keys("Twelve women and children were killed in the strike in Mali.") == {("MLI", "killed", 12)}


def test_one_toll_told_twice_in_other_words_is_one_claim() -> None:
    body = "At least 30 people were killed in the strike in Mali on Monday.\n\nThirty civilians died in the strike, officials said."
    sentences = split_sentences(build_document("", body), has_title=False)
    assert len([c for c in extract_casualties(sentences, PUBLISHED) if c.count == 30]) == 1


def test_a_topic_label_names_the_war_not_the_victims() -> None:
    assert keys("", title="Armenia-Azerbaijan war: three killed in shelling of Stepanakert") != {("ALL", "killed", 3)}
    assert keys("", title="Israel-Gaza war: 30 killed in strike on school in Gaza City") == {("PSE", "killed", 30)}


def test_a_person_named_with_a_companion_is_two_victims() -> None:
    assert keys("Journalist Ana Ruiz and her cameraman were killed in a strike in Mali on Monday.") == {("MLI", "killed", 2)}


def test_a_force_led_by_a_state_is_not_where_its_victims_were() -> None:
    assert keys("Eight civilians died when warplanes of the US-led coalition bombed a market in Raqqa.") == {("SYR", "killed", 8)}


def test_a_neighbour_across_the_border_is_not_where_the_victims_were() -> None:
    assert keys("Militants attacked an army post near the Afghan border in Pakistan's north-west, killing two soldiers.") == {("PAK", "killed", 2)}
    assert keys("Rebels killed 22 civilians in Congo's Beni region bordering Uganda.") == {("COD", "killed", 22)}


def test_peacekeepers_of_an_organisation_are_its_people() -> None:
    assert keys("Two UN peacekeepers died in an ambush near Beni on Monday.") == {("UN", "killed", 2)}


def test_soldiers_are_a_states_not_the_armed_group_most_named() -> None:
    sentences = split_sentences(build_document("", "Tamil Tiger rebels declared a truce on Sunday. The Tamil Tigers said fighting killed 20 soldiers."), has_title=False)
    assert {(c.side, c.count) for c in extract_casualties(sentences, date(2009, 4, 27))} == {("LKA", 20)}


def test_civilians_struck_by_their_own_state_are_its_people() -> None:
    sentences = split_sentences(build_document("", "The junta has fought the PDF since 2021. A Myanmar military airstrike on a village in Sagaing killed ten civilians."), has_title=False)
    assert {(c.side, c.count) for c in extract_casualties(sentences, PUBLISHED)} == {("MMR", 10)}


def test_two_counts_sharing_one_outcome() -> None:
    assert {count for _, _, count in keys("The strike came after 30 children and 9 adults were killed in a raid on Velm on Monday.")} == {30, 9}


def test_a_detail_without_commas_between_victims_and_outcome() -> None:
    assert {count for _, _, count in keys("Twenty civilians including mothers and babies were killed in Mali on Monday.")} == {20}


def test_we_lost_counts_the_speakers_own() -> None:
    assert keys('"In army ranks, we lost 10 of our fighters," the Congolese army spokesman said.') == {("COD", "killed", 10)}


def test_a_third_state_reporting_a_toll_is_not_whose_people_died() -> None:
    body = ("Houthi rebels and the Saudi-led coalition traded blame for a strike in western Yemen on Tuesday. "
            "A child was killed, according to Emirati state news agency WAM.")
    assert keys(body) == {("YEM", "killed", 1)}


def test_the_second_predicate_of_an_accuser_is_its_own_report() -> None:
    assert keys("Azerbaijan accused Armenia of provoking the clash and said two of its soldiers had been wounded.") == {("AZE", "wounded", 2)}


def test_killing_verbs_of_massacres() -> None:
    assert {count for _, _, count in keys("Gunmen stopped a bus near Velm on Saturday and butchered the ten people inside it.")} == {10}
    assert {count for _, _, count in keys("Rebels hacked to death at least 22 villagers near Beni in Congo on Monday.")} == {22}


def test_a_headline_killing_a_named_sides_commander_without_an_article() -> None:
    assert keys("", title="Army repels assault on el-Fasher, kills senior RSF commander") == {("X-rsf", "killed", 1)}


def test_people_including_children_are_civilians_of_the_state_that_struck_them() -> None:
    body = "The PDF has fought the junta since 2021. A Myanmar military airstrike on Tuesday killed around 100 people, including children."
    assert keys(body) == {("MMR", "killed", 100)}


def test_a_month_named_may_is_no_hypothetical() -> None:
    assert keys("On May 3 drones killed five civilians in Sumy.") == {("UKR", "killed", 5)}


def test_a_government_losing_fighters() -> None:
    assert {count for _, _, count in keys("Forces loyal to the government lost 34 fighters in the battle for Sirte on Sunday.")} == {34}


def test_the_sides_of_a_conflict_between_two_are_no_place() -> None:
    body = ("Lebanon's health ministry reported on Monday that 38 people were killed over the past 24 hours, bringing the toll "
            "from a year of conflict between Hezbollah and Israel to 2,710.")
    assert ("LBN", "killed", 38) in keys(body)


def test_the_one_who_breaks_a_truce_is_the_attacker() -> None:
    assert keys("", title="Israel Breaks Ceasefire with Gaza Strikes, Over 200 Killed") == {("PSE", "killed", 200)}


def test_among_the_hundreds_of_dead() -> None:
    assert ("CHN", "killed", 2) in keys("Two Chinese peacekeepers were among the hundreds of dead in Juba on Monday.")


def test_a_toll_risen_after_a_long_description_of_its_attacks() -> None:
    body = "The death toll from two suicide and gun attacks on Afghan security forces in southeast Afghanistan has risen to 80, officials said."
    assert ("AFG", "killed", 80) in keys(body)


def test_a_toll_of_a_clash_between_two_named_after_it_is_both_sides() -> None:
    assert keys("", title="4 killed in southern Philippines clash between troops, Abu Sayyaf militants") == {("ALL", "killed", 4)}


def test_a_country_named_after_a_town_is_where_it_happened() -> None:
    assert keys("Twenty-six civilians were killed when their bus ran over a landmine in Boni, central Mali, on Monday.") == {("MLI", "killed", 26)}


def test_the_count_of_a_subordinate_clause_takes_its_own_place() -> None:
    body = "Tensions rose in Iraq after a bomb attack left 32 people dead in the southeastern Turkish town of Suruc on Monday."
    assert keys(body) == {("TUR", "killed", 32)}


def test_soldiers_fired_at_are_the_side_of_the_wounded_soldier() -> None:
    body = "A gunman opened fire at Israeli soldiers at a checkpoint near the West Bank city of Tulkarem on Monday, lightly wounding one soldier."
    assert keys(body) == {("ISR", "wounded", 1)}


def test_enemy_soldiers_of_a_group_speaking_alone_are_of_the_state_it_fights() -> None:
    body = '"Our fighters killed 20 enemy soldiers and destroyed three tanks," a Houthi spokesman said on Monday.'
    assert keys(body) == {("YEM", "killed", 20)}


def test_the_official_who_tells_a_toll_is_no_victim() -> None:
    body = "Russian missiles struck an apartment block in Kharkiv overnight, killing three people and wounding 21, regional governor Oleh Syniehubov said."
    assert keys(body) == {("UKR", "killed", 3), ("UKR", "wounded", 21)}


def test_their_members_told_by_an_organisation_are_its_people() -> None:
    assert keys("UN peacekeepers said two of their members were wounded when a tank fired on a watchtower in Naqoura.") == {("UN", "wounded", 2)}
    for body in ("Jets struck bases of the Arakan Army in Rakhine. A militia spokesman said 19 of its members were killed.",
                 "Jets struck bases of the Arakan Army. A spokesman for the China-backed militia said 19 of its members were killed."):
        assert keys(body) == {("X-arakan-army", "killed", 19)}  # the article's named militia


def test_headline_tolls_of_other_presses() -> None:
    assert keys("", title="40 Boko Haram Terrorists & 9 Chadian Soldiers Killed Near Lake Chad") == {("X-boko-haram", "killed", 40), ("TCD", "killed", 9)}
    assert keys("", title="Rebels Kill 2 Peacekeepers in Central African Republic") == {("UN", "killed", 2)}
    assert keys("", title="Seven Afghan security forces killed in Taliban attack in Kandahar") == {("AFG", "killed", 7)}
    assert keys("", title="Brutal ADF Attack Claims 16 Lives in Eastern Congo") == {("COD", "killed", 16)}


def test_a_soldier_martyred_when_the_enemy_broke_the_truce_is_of_the_other_side() -> None:
    assert keys("", title="Pak troops violate ceasefire in Machil sector, soldier martyred") == {("IND", "killed", 1)}


def test_an_attack_by_a_group_named_after_its_description() -> None:
    assert keys("At least 24 people have been killed in an attack by the Takfiri terrorist group of ISIS in the Iraqi city of Mosul.") == {("IRQ", "killed", 24)}


def test_militants_of_a_separatist_attack_are_separatists() -> None:
    body = "Cameroonian security forces repelled a separatist attack in the Northwest region on Thursday, killing seven militants."
    assert keys(body) == {("X-separatists", "killed", 7)}


def test_the_ministry_of_a_groups_land_is_no_third_party() -> None:
    body = ("Israeli forces and Hamas gunmen exchanged fire in Jenin on Tuesday. "
            "The Palestinian health ministry said Israeli troops killed eight people in the city.")
    assert ("PSE", "killed", 8) in keys(body)


def test_an_acronym_between_a_group_and_its_shelling_keeps_it_the_attacker() -> None:
    body = "At least 24 people were killed in the paramilitary Rapid Support Forces (RSF) shelling on El-Fasher, medics said on Monday."
    assert keys(body) == {("SDN", "killed", 24)}


def test_more_ways_of_telling_deaths() -> None:
    assert {c for _, _, c in keys("On Saturday an artillery attack in El Fasher resulted in the tragic loss of at least 23 lives.")} == {23}
    assert {c for _, _, c in keys('In Bamenda on Monday, 12 secessionists were also "neutralized", the army said.')} == {12}
    assert {c for _, _, c in keys("On Saturday some 40 army auxiliaries were killed in attacks in Burkina Faso.")} == {40}


def test_troops_firing_with_mortars_are_the_attackers() -> None:
    body = "Pakistani troops fired with small arms along the Line of Control in Rajouri on Tuesday, killing an Indian soldier and wounding two."
    assert keys(body) == {("IND", "killed", 1), ("IND", "wounded", 2)}


def test_a_truce_between_two_makes_no_joint_toll() -> None:
    body = "The ceasefire between Israel and Hezbollah began a day after Israeli strikes on Beirut killed at least 42 people."
    assert keys(body) == {("LBN", "killed", 42)}


def test_people_after_a_groups_toll_are_not_that_group() -> None:
    body = ("A militant of the TTP was killed in an operation in Khyber on Friday.\n\n"
            "Over 60 people lost their lives last month in twin suicide bombings in Pakistan that targeted a mosque.")
    assert ("PAK", "killed", 60) in keys(body)


def test_a_place_owned_by_a_city_is_in_that_citys_state() -> None:
    body = "The militants detonated a car bomb outside Mogadishu's Lido beach on Friday, killing 11 civilians."
    assert keys(body) == {("SOM", "killed", 11)}


def test_unnamed_armed_men_are_militants() -> None:
    assert keys('The ministry said "about 30 terrorists had been neutralised" in the operation on Monday.') == {("X-militants", "killed", 30)}


def test_a_toll_whose_parts_are_of_two_sides_is_over_all_and_each_part_is_a_claim() -> None:
    found = keys("A monitor said 60 fighters died in Monday's clashes in Chad, including 35 rebels and 25 soldiers.")
    assert {("ALL", "killed", 60), ("TCD", "killed", 25)} < found
    assert [side for side, _, count in found if count == 35][0].startswith("X-")  # the rebels' group


def test_parts_named_by_their_owners_are_listed_past_the_owner() -> None:
    body = "The monitor said 70 combatants died in Chad on Monday, including 40 fighters from Boko Haram and its allies and 30 soldiers from the Chadian army."
    assert keys(body) == {("ALL", "killed", 70), ("X-boko-haram", "killed", 40), ("TCD", "killed", 30)}


def test_soldiers_among_a_toll_of_security_forces_are_a_claim_of_their_own() -> None:
    found = keys("Insurgents killed 14 members of the Malian security forces on Monday, including ten soldiers who died near Gao.")
    assert found == {("MLI", "killed", 14), ("MLI", "killed", 10)}


def test_dead_and_injured_each_with_its_count_are_two_claims() -> None:
    assert keys("Gunmen stormed a hotel in Mogadishu on Monday. The siege left five people dead and injured 27.") == {
        ("SOM", "killed", 5), ("SOM", "wounded", 27)
    }


def test_all_of_a_count_is_the_count() -> None:
    assert keys("A roadside bomb in Mali on Monday killed all 12 soldiers inside the vehicle.") == {("MLI", "killed", 12)}


def test_everyone_on_board_a_plane_is_of_several_nationalities() -> None:
    assert keys("A missile brought down the airliner over Sudan on Monday, killing all 160 people on board.") == {("ALL", "killed", 160)}


def test_a_count_after_its_killing_verb_is_its_object_though_another_verb_follows() -> None:
    found = keys("The rebels said they had killed 45 government soldiers, wounded 60 and captured 12 in Mali on Monday.")
    assert found == {("MLI", "killed", 45), ("MLI", "wounded", 60)}


def test_extremists_and_bandits_are_armed_men() -> None:
    found = keys("Nigerian troops killed a hundred bandits in Zamfara on Monday.")
    assert found == {("X-militants", "killed", 100)}


def test_security_personnel_and_jawans_are_the_states_forces() -> None:
    found = keys("Maoists attacked a patrol in Bijapur, India, on Monday. Two security personnel were killed and two jawans were injured.")
    assert found == {("IND", "killed", 2), ("IND", "wounded", 2)}


def test_a_count_of_a_named_groups_members_is_the_groups() -> None:
    assert keys("Police said 31 Naxalites were killed in Bijapur, India, on Monday.") == {("X-maoists", "killed", 31)}


def test_a_count_before_a_groups_name_in_the_plural_of_its_own_is_the_groups() -> None:
    # "Taliban" and "Shabab" are plurals without an "s"; a name before a noun only modifies it
    found = keys("Somali troops killed 12 Shabab in Lower Shabelle on Monday, and at least 15 Taliban were killed in Kunduz.")
    assert {("X-shabab", "killed", 12), ("X-taliban", "killed", 15)} <= found
    assert keys("Israel said it intercepted 30 Hamas rockets over Ashkelon on Monday.") == set()


def test_wounding_ten_more_is_a_count() -> None:
    found = keys("Militants stormed a camp in Borno, Nigeria, on Monday, killing five soldiers and wounding ten more.")
    assert ("NGA", "wounded", 10) in found


def test_soldiers_of_a_named_army_listed_with_others_share_the_outcome() -> None:
    found = keys("Two soldiers of the Malian Army and 13 militants were killed on Monday near Gao.")
    assert found == {("MLI", "killed", 2), ("X-militants", "killed", 13)}


def test_parts_of_a_toll_share_its_outcome_not_the_next_claims() -> None:
    found = keys("At least 12 Malian soldiers were killed on Monday, including 11 commandos and one officer, and 15 were injured.")
    assert {("MLI", "killed", 12), ("MLI", "killed", 11)} <= found
    assert ("MLI", "wounded", 11) not in found


def test_members_of_a_group_named_with_its_acronym_are_the_groups() -> None:
    assert keys("Nine members of the Allied Democratic Forces (ADF) were killed near Beni, Congo, on Monday.") == {("X-adf", "killed", 9)}


def test_the_martyrdom_of_soldiers_is_their_death() -> None:
    assert keys("Militants attacked a base in Bannu, Pakistan, on Monday, resulting in the martyrdom of eight soldiers.") == {("PAK", "killed", 8)}


def test_others_who_endured_injuries_were_wounded() -> None:
    assert ("MLI", "wounded", 3) in keys("In a gun battle near Gao, Mali, on Monday three soldiers were killed and three others endured minor injuries.")


def test_wounding_another_three_is_a_count() -> None:
    found = keys("Rebels attacked a post in Mali on Monday, killing at least 10 police and wounding another three.")
    assert ("MLI", "wounded", 3) in found


def test_a_count_listed_after_including_is_a_part_of_the_toll() -> None:
    found = keys("Over 300 people have been killed in Mali since Monday, including women, children, and more than 160 soldiers.")
    assert ("MLI", "killed", 160) in found


def test_soldiers_killed_by_a_named_group_are_of_the_state_it_fights() -> None:
    found = keys("Naxalites ambushed a patrol in Bijapur on Monday. Two security personnel were killed in the encounter.")
    assert found == {("IND", "killed", 2)}


def test_a_group_an_operation_was_against_is_not_where_soldiers_were_hit() -> None:
    found = keys("India's home minister mourned two soldiers who were killed on Monday in the operation against Naxalites in Bijapur.")
    assert found == {("IND", "killed", 2)}


def test_a_word_the_editor_put_in_brackets_is_read() -> None:
    assert keys('Rebels attacked Gao, Mali, on Monday. "Twelve [soldiers] were killed," he said.') == {("MLI", "killed", 12)}


def test_embracing_martyrdom_is_a_death() -> None:
    assert ("PAK", "killed", 2) in keys("Indian shelling hit Nikiyal in Pakistan on Monday: two Pakistani citizens embraced martyrdom.")


def test_a_force_named_with_its_acronym_before_the_victim_noun() -> None:
    found = keys("Two Border Security Force (BSF) personnel were killed as Pakistani Rangers shelled Jammu, India, on Monday.")
    assert found == {("IND", "killed", 2)}


def test_bodies_found_after_violence_are_its_dead_but_not_a_boats_remains() -> None:
    found = keys("Jihadists attacked a post near Menaka, Mali, on Monday. The bodies of eight missing Malian soldiers have been found.")
    assert found == {("MLI", "killed", 8)}
    assert ("X-militants", "killed", 59) in keys("Troops said 12 police had been killed in Mali on Monday and that 59 dead bodies of terrorists had been found.")
    assert keys("Three boats were found drifting off Mali with the remains of 42 people on board.") == set()


def test_a_place_in_a_later_participle_clause_is_not_where_the_victims_were() -> None:
    body = "Mali's rebels accused the army of air strikes that killed seven people on Monday, shaking a truce agreed at talks in Algeria."
    assert keys(body) == {("MLI", "killed", 7)}


def test_soldiers_killed_in_clashes_between_the_army_and_rebels_are_the_states() -> None:
    assert keys("Clashes between the army and rebels in Mali left 20 soldiers dead on Monday.") == {("MLI", "killed", 20)}
    assert keys("Clashes between the army and rebels in Mali left 20 people dead on Monday.") == {("ALL", "killed", 20)}


def test_people_killed_in_fighting_between_two_states_are_both_sides() -> None:
    war = "Kyrgyzstan and Tajikistan traded fire at the border on Monday, and Tajikistan accused Kyrgyzstan of shelling. "
    assert keys(war + "Last week 24 people died in clashes near the border.") == {("ALL", "killed", 24)}
    assert keys(war + "The clashes have killed 24 people.") == {("ALL", "killed", 24)}
    civil_war = "Syrian troops fought the rebels in Aleppo on Monday, and the rebels accused the army of shelling. "
    assert keys(civil_war + "Last week 24 people died in clashes near the city.") == {("SYR", "killed", 24)}


def test_every_state_named_before_the_attack_noun_is_an_attacker() -> None:
    assert keys("At least 16 people were killed in US and UK assaults on the Hodeidah province of Yemen on Monday.") == {("YEM", "killed", 16)}


def test_a_fatally_wounded_constable_was_killed() -> None:
    assert keys("A police constable was fatally wounded during an operation in Gao, Mali, on Monday.") == {("MLI", "killed", 1)}


def test_two_single_victims_of_one_kind_joined_by_and_are_a_count_of_two() -> None:
    assert keys("Shelling hit Gao, Mali, on Monday: a 10-year-old boy and a woman were wounded.") == {("MLI", "wounded", 2)}
    assert keys("A soldier and a civilian were killed in Gao, Mali, on Monday.") == {("MLI", "killed", 1)}


def test_a_states_shelling_or_firing_kills_people_of_the_state_it_is_at_war_with() -> None:
    assert keys("", "Five killed, 10 injured in Indian shelling") == {("PAK", "killed", 5), ("PAK", "wounded", 10)}
    assert keys("", "Woman killed, 9 injured in Pakistani firing along LoC") == {("IND", "killed", 1), ("IND", "wounded", 9)}


def test_police_killed_in_a_named_groups_assault_are_the_states_it_fights() -> None:
    assert keys("", "Police official says 3 policemen killed in Boko Haram assault") == {("NGA", "killed", 3)}


def test_a_part_of_a_toll_without_a_side_of_its_own_is_of_the_wholes_side() -> None:
    found = keys("Rebels trying to seize a northern Malian town killed 14 people including 10 policemen on Monday, officials said.")
    assert found == {("MLI", "killed", 14), ("MLI", "killed", 10)}


def test_a_noun_use_of_claims_names_no_claimant() -> None:
    found = keys("Despite Trump's ceasefire claims, Thailand said that four of its soldiers were killed on Monday in clashes with Cambodia.")
    assert found == {("THA", "killed", 4)}


def test_mediators_named_together_are_no_sides_of_a_joint_toll() -> None:
    body = "Egypt and Qatar, key mediators in talks between Israel and Hamas, condemned Israeli strikes on Gaza that killed 30 people on Monday."
    assert keys(body) == {("PSE", "killed", 30)}


def test_a_state_resorting_to_shelling_is_the_attacker() -> None:
    assert keys("", "Kashmir: 12 killed near LoC as Pakistan resorts to cross-border shelling") == {("IND", "killed", 12)}


def test_a_side_admitting_the_loss_of_fighters_lost_its_own() -> None:
    assert ("AZE", "killed", 31) in keys("Armenian troops shelled the front on Monday. The Azerbaijani side has admitted the loss of 31 fighters.")


def test_the_city_where_envoys_talk_is_not_the_theatre_of_the_war() -> None:
    assert keys("", "Gaza officials say 14 children among dead; mediators continue talks on ceasefire in Doha") == {("PSE", "killed", 14)}


def test_the_state_an_attacker_struck_is_whose_people_died() -> None:
    assert keys("Years ago the rebels attacked Mali on a Monday and took 250 hostages, killing around 1,200.") == {("MLI", "killed", 1200)}


def test_a_death_without_violence_in_its_sentence_is_no_casualty() -> None:
    assert keys("The deal ends talks begun by the rebels' former leader, Jonas Mabota, who died in May last year.") == set()
    assert keys("The army said a soldier died at an outpost in Tavush, Armenia, that came under fire on Monday.") == {("ARM", "killed", 1)}


def test_the_noun_after_a_second_count_is_the_first_counts_too() -> None:
    found = keys("On Saturday, a landmine exploded in central Mali, killing one and injuring four UN peacekeepers.")
    assert found == {("UN", "killed", 1), ("UN", "wounded", 4)}


def test_two_single_non_combatants_of_different_kinds_are_two() -> None:
    assert keys("A woman and a man were killed on Sunday during a gunfight in Manipur, India.") == {("IND", "killed", 2)}
    assert keys("A woman and another individual were killed on Sunday in Manipur, India.") == {("IND", "killed", 2)}


def test_deaths_from_hunger_and_disease_are_no_casualties_of_the_fighting() -> None:
    assert keys("Hunger and diseases such as diarrhoea have also killed 10 people on Matemo Island, Mozambique.") == set()
    assert keys("Gunmen killed 25 civilians in famine-hit Darfur, Sudan, on Friday.") == {("SDN", "killed", 25)}


def test_law_enforcement_officers_are_the_states_forces() -> None:
    found = keys("Militants stormed a police office in Dera Ismail Khan, Pakistan, on Monday. They killed three law enforcement officers.")
    assert found == {("PAK", "killed", 3)}


def test_army_officers_and_security_force_personnel_are_the_states_forces() -> None:
    opening = "Indian troops killed three Jaish-e-Mohammed militants in an encounter in Kashmir on Monday. "
    assert keys(opening + "Two army officers were injured.") == {("X-jem", "killed", 3), ("IND", "wounded", 2)}
    assert keys(opening + "Four security force personnel were killed.") == {("X-jem", "killed", 3), ("IND", "killed", 4)}


def test_who_killed_the_victims_is_the_noun_the_relative_clause_hangs_on() -> None:
    body = ("Mali brokered talks between the sides last year. Burkinabe troops were hunting jihadists who killed "
            "two soldiers on Monday in the north, officials said.")
    assert keys(body) == {("BFA", "killed", 2)}


def test_militants_only_suspected_to_belong_to_a_group_are_unnamed_militants() -> None:
    opening = "Five militants and two soldiers were killed in an encounter in Kulgam on Tuesday. "
    assert ("X-militants", "killed", 5) in keys(opening + "Officials suspect that the militants belong to Hizbul Mujahideen.")
    assert ("X-hizbul-mujahideen", "killed", 5) in keys(opening + "The militants belonged to Hizbul Mujahideen, police said.")


def test_a_group_others_are_tied_to_names_neither_attackers_nor_victims() -> None:
    background = "Jihadists linked to al-Qaeda and the Islamic State have plagued the region for years. "
    assert keys(background + "On Monday the army said it killed 12 militants near the border.") == {("X-militants", "killed", 12)}
    assert keys("Soldiers killed nine members of an al-Qaeda-linked militant group on Monday.") == {("X-militants", "killed", 9)}
    # the affiliate itself is named: its fighters are its own
    assert keys("Al-Shabaab, an al-Qaeda affiliate, has fought for years. On Monday the army killed seven militants.") == {
        ("X-shabab", "killed", 7)}


def test_a_toll_of_a_named_kind_of_victims_is_theirs() -> None:
    militants = "Turkish troops killed in PKK attack"
    assert keys("Members of the militant group were neutralized. Officials put the number of soldiers killed at nine.",
                militants) == {("TUR", "killed", 9)}
    assert keys("The number of Ukrainian soldiers killed rose to 12 on Monday.") == {("UKR", "killed", 12)}
    assert keys("The number of soldiers deployed to the border rose to 1,200 on Monday.") == set()


def test_a_later_count_with_its_own_owner_is_of_that_owner() -> None:
    assert keys("Thirty soldiers from Niger and two from Nigeria were killed in the attack.") == {
        ("NER", "killed", 30), ("NGA", "killed", 2)}


def test_those_who_blew_up_the_vehicle_are_the_attackers() -> None:
    assert keys("", "15 Commandos, Driver Killed as Maoists Blow Truck to Pieces in Maharashtra") == {
        ("IND", "killed", 15), ("IND", "killed", 1)}
    assert keys("Six policemen were killed when militants detonated a roadside bomb in Pakistan.") == {("PAK", "killed", 6)}


def test_a_toll_with_its_victim_noun() -> None:
    assert keys("The death toll rose to 61 people on Monday.") == {("UNK", "killed", 61)}
    assert keys("The number of injured rose to 40 soldiers.") == {("UNK", "wounded", 40)}


def test_fighters_from_both_sides_are_a_joint_toll() -> None:
    assert keys("Nearly 75 servicemen from both sides along with a number of civilians were killed in the skirmishes.") == {
        ("ALL", "killed", 75)}


def test_those_who_opened_fire_or_whose_side_fired_the_shot_are_the_attackers() -> None:
    assert keys("After a shot from the Azerbaijani side, a soldier of the Armenian army was mortally wounded.") == {("ARM", "killed", 1)}
    assert keys("One Armenian soldier was injured when Azerbaijani forces opened fire on Wednesday.") == {("ARM", "wounded", 1)}
    assert keys("Al-Shabaab fighters launched a bomb attack on a Mogadishu hotel that left 30 civilians dead and 50 injured.") == {
        ("SOM", "killed", 30), ("SOM", "wounded", 50)}


def test_members_of_an_unnamed_armed_group_are_its_people() -> None:
    assert keys("Soldiers killed nine members of a militant group in the south on Monday.") == {("X-militants", "killed", 9)}
    assert keys("Gunmen killed nine members of a family in the south on Monday.") == {("UNK", "killed", 9)}


def test_gang_members_are_the_gangs_people_not_the_states() -> None:
    assert keys("Police killed 28 gang members in the Haitian capital Port-au-Prince on Monday.") == {("X-gangs", "killed", 28)}


def test_the_group_that_claimed_an_attack_struck_the_victims() -> None:
    body = ("Afghan forces and the Taliban observed a truce on Friday. A suicide bomber struck the gathering, killing "
            "seven people in an attack claimed by the Islamic State group.")
    assert keys(body) == {("AFG", "killed", 7)}


def test_people_killed_with_no_side_told_are_the_states_not_the_groups() -> None:
    body = ("The Taliban announced a truce with Afghan forces on Saturday. The Taliban said they would defend themselves. "
            "A suicide bomber struck outside a gathering of clerics, killing seven people in an attack claimed by Islamic State.")
    assert keys(body) == {("AFG", "killed", 7)}


def test_a_toll_put_as_high_as_a_number_and_killings_of() -> None:
    assert ("NGA", "killed", 37) in keys("Gunmen attacked a village in Zamfara, Nigeria on Monday. Media reports put the death toll as high as 37.")
    assert keys("The prime minister on Tuesday condemned the gang killings of three police officers in Port-au-Prince.") == {
        ("HTI", "killed", 3)
    }


def test_murders_and_massacres_of_a_number_and_the_number_of_civilians_massacred() -> None:
    assert keys("Pakistani troops fought the TTP near Peshawar. The faction claimed the murder of 23 policemen on Monday.") == {
        ("PAK", "killed", 23)
    }
    assert keys("Ethiopian troops fought OLA rebels. The massacre of 50 villagers on Saturday shocked the country.") == {
        ("ETH", "killed", 50)
    }
    found = keys("Ethiopian troops fought OLA rebels. The number of civilians massacred on Saturday in Gimbi is well over 200.")
    assert found == {("ETH", "killed", 200)}


def test_lives_lost_wounding_of_treated_for_wounds_annihilated_and_ultras() -> None:
    assert keys("Gunmen attacked a village in Zamfara, Nigeria on Monday. Reportedly, 16 lives were lost in the attack.") == {
        ("NGA", "killed", 16)
    }
    found = keys("Troops fought rebels in Darfur, Sudan on Monday. It left 22 soldiers dead and led to the wounding of another 40.")
    assert ("SDN", "wounded", 40) in found
    assert keys("Gunmen attacked Bangui in the Central African Republic on Monday. MSF treated 30 people for bullet wounds.") == {
        ("CAF", "wounded", 30)
    }
    assert keys("Indian troops fought militants in Kashmir on Monday. Seven ultras were killed in a gunbattle.") == {
        ("X-militants", "killed", 7)
    }
    assert keys("Police fought militants in Grozny, Russia on Monday. Six gunmen had been annihilated, officials said.") == {
        ("X-militants", "killed", 6)  # the article's named militants
    }
    assert keys("Floods hit Zamfara, Nigeria on Monday. Two hundred people lost their homes.") == set()
    assert keys("Insurgents bombed a police post in Yala, Thailand on Monday, causing one fatality and one injury.") == {
        ("THA", "killed", 1), ("THA", "wounded", 1)
    }
    assert keys("A suicide bomber struck a market in Maiduguri, Nigeria on Sunday, killing eight people including the bomber.") == {
        ("ALL", "killed", 8)  # a toll with its attacker in it is over both sides
    }


def test_a_toll_among_a_kind_of_people_is_theirs() -> None:
    body = "Militants attacked a barracks in Ben Guerdane, Tunisia on Monday. "
    assert keys(body + "The toll amongst the militants now stands at 36 killed.") == {("X-militants", "killed", 36)}
    claims = extract_casualties(split_sentences(build_document("", body + "The civilian death toll stands at seven.")), PUBLISHED)
    assert [(c.side, c.victims, c.count) for c in claims] == [("TUN", "civilian", 7)]


def test_a_toll_named_with_a_long_description_of_its_attack_reaches_its_number() -> None:
    body = ("The death toll from Sunday's twin car bombings near a crowded vegetable market in the old quarter of the "
            "eastern Pakistani city of Quetta has risen to 41, officials said.")
    assert ("PAK", "killed", 41) in keys(body)


def test_those_neutralized_or_eliminated_are_enemy_fighters() -> None:
    assert keys("Russian police fought militants in Dagestan, Russia. Three were neutralized in the raid on Monday.") == {
        ("X-militants", "killed", 3)
    }
    assert keys("Pakistani troops fought the TTP in Waziristan, Pakistan. Soldiers eliminated six on Monday.") == {
        ("X-ttp", "killed", 6)
    }


def test_counts_told_the_way_reporters_hedge_them() -> None:
    assert keys("The general said seven Somali soldiers died on Monday, while al-Shabaab put the number at 15.") == {
        ("SOM", "killed", 7), ("SOM", "killed", 15)
    }
    assert keys("The government of Mali says 38 soldiers are now known to have been killed in an attack on Monday.") == {
        ("MLI", "killed", 38)
    }
    assert keys("An estimated 70 people, both soldiers and civilians, were killed on Monday in an attack in Somalia.") == {
        ("SOM", "killed", 70)
    }


def test_since_as_an_adverb_spans_no_period() -> None:
    assert keys("Malian troops killed 15 militants on Monday and have since recaptured the camps.") == {("X-militants", "killed", 15)}


def test_taking_hostages_is_no_casualty() -> None:
    body = "On October 7 the group's fighters killed about 1,200 people in southern Israel and took hostage about another 250."
    assert keys(body) == {("ISR", "killed", 1200)}


def test_a_family_of_n_counts_its_members() -> None:
    assert keys("A drone strike on a farmhouse near Kidal killed a family of nine, residents said.") == {("MLI", "killed", 9)}
    assert keys("An entire family of four was killed when a shell hit their home in Bakhmut.") == {("UKR", "killed", 4)}
    assert keys("Thirty people died in Gao, including a family of six.") == {("MLI", "killed", 30)}


def test_a_group_naming_other_victims_is_no_place() -> None:
    found = keys("Army troops fought al-Shabaab near Baidoa. Six soldiers and dozens of al-Shabaab fighters were killed, officials said.")
    assert ("SOM", "killed", 6) in found


def test_a_days_toll_is_no_rate_but_a_daily_figure_is() -> None:
    found = keys("At least 12 Velmish soldiers were killed and over 30 wounded during a day of clashes on Monday.")
    assert {(key[1], key[2]) for key in found} == {("killed", 12), ("wounded", 30)}
    assert keys("Aid workers say Velmish shelling kills 30 people a day in the besieged town.") == set()


def test_a_person_and_a_companion_are_two() -> None:
    body = "Velmish shelling hit the village of Koral on Monday. A man and his wife were killed in their home in Koral, Mali."
    assert ("MLI", "killed", 2) in keys(body)


def test_hedged_tolls_are_claims() -> None:
    assert keys("Up to 160 Malian villagers could have been killed in Monday's strikes on Velm, officials said.") == {("MLI", "killed", 160)}
    assert keys("As many as 50 Malian villagers could be killed if the dam bursts, officials said.") == set()
    found = keys("Malian jets struck a base in Velm on Monday, which killed what the army said were over 40 rebel loyalists.")
    assert {(key[1], key[2]) for key in found} == {("killed", 40)}


def test_police_officials_are_police() -> None:
    body = "At least 10 police officials were martyred in an attack on a police station in Velm, Mali, on Monday."
    assert keys(body) == {("MLI", "killed", 10)}
