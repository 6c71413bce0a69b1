"""Armed groups an article defines by name and abbreviation, beyond the gazetteer."""

from datetime import date

from orchestration.extraction.defined_groups import defined_groups
from orchestration.extraction.extractor import extract_events

PUBLISHED = date(2025, 4, 25)


def codes(document: str) -> dict[str, set[str]]:
    return {group.code: set(group.surfaces) for group in defined_groups(document)}


def test_a_name_with_its_abbreviation_in_brackets_is_coded_by_the_abbreviation():
    document = "The Patriotic Front for the Liberation of Kivu (PFLK) seized a town. PFLK fighters then withdrew."
    assert codes(document) == {"X-pflk": {"Patriotic Front for the Liberation of Kivu", "PFLK"}}


def test_an_abbreviation_spelt_out_in_brackets_after_it_defines_the_group_in_any_word_order():
    assert codes("A unit of the MPLV (Velm Peace Committee) laid down arms.") == {}  # other letters: no spelling out
    found = codes("Commanders of an MFDV (Movement of Democratic Forces of Velm) unit laid down their arms.")
    assert found == {"X-mfdv": {"MFDV", "Movement of Democratic Forces of Velm"}}


def test_a_known_abbreviation_spelt_out_as_a_states_forces_names_no_group():
    document = "Members of the Defense and Security Forces (SDF) repelled the attack. The SDF said 63 attackers were killed."
    assert codes(document) == {"": {"SDF"}}
    killed = extract_events("", document, PUBLISHED).casualties
    assert [claim.side for claim in killed] == ["X-militants"]  # not the Syrian Democratic Forces' people
    assert codes("The Syrian Democratic Forces (SDF) said 12 fighters were killed.") == {}


def test_a_name_whose_initials_stand_alone_elsewhere_is_defined_too():
    document = "Fighters of the Free Highlands Movement attacked a convoy. FHM said it lost two men."
    assert codes(document) == {"X-fhm": {"Free Highlands Movement", "FHM"}}


def test_a_group_word_counts_only_as_a_whole_word():
    assert codes("Fighters of the Free Highlands Movements attacked a convoy. FHM said it lost two men.") == {}
    assert codes("Fighters of the Free Highlands Movement_ attacked a convoy. FHM said it lost two men.") == {}
    assert codes("Free Highlands Movement: FHM said it lost two men.") == {"X-fhm": {"Free Highlands Movement", "FHM"}}


def test_an_abbreviation_too_short_to_stand_for_the_group_leaves_the_code_to_the_name():
    assert codes("The Southern Hills Army (SH) took the pass.") == {"X-southern-hills-army": {"Southern Hills Army", "SH"}}


def test_known_actors_state_forces_and_names_without_a_group_word_define_nothing():
    document = ("The Sudanese Armed Forces (SAF) fought the Rapid Support Forces (RSF). The Security Council (UNSC) met. "
                "The Multinational Joint Task Force (MNJTF) and the Northern Development Authority (NDA) said.")
    assert codes(document) == {}


def test_the_defined_group_is_an_actor_of_every_family():
    body = ("The Patriotic Front for the Liberation of Kivu (PFLK) declared a ceasefire in Congo on Monday. "
            "The army said it killed 12 PFLK fighters on Sunday.")
    events = extract_events("", body, PUBLISHED)
    assert {truce.parties for truce in events.ceasefire} == {("COD", "X-pflk")}
    assert {(claim.side, claim.count) for claim in events.casualties} == {("X-pflk", 12)}
