"""The gazetteer knows the actors, leaders and places of the wars of 2014-2026 beyond the ones it was tuned on.

Sentences are invented; each checks one surface form of the data files, or that a look-alike word names nobody.
"""

from datetime import date

import pytest

from orchestration.extraction.actors import data_rows, find_actors, find_places
from orchestration.extraction.casualties import extract_casualties
from orchestration.extraction.text import build_document, split_sentences


def codes(text: str, on: date | None = None) -> list[str]:
    return [mention.code for mention in find_actors(text, on)]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Pakistani Taliban", "X-ttp"), ("Tehrik-i-Taliban Pakistan", "X-ttp"), ("the Haqqani network", "X-taliban"),
        ("the Gulf Clan", "X-gulf-clan"), ("the Clan del Golfo", "X-gulf-clan"), ("Segunda Marquetalia", "X-segunda-marquetalia"),
        ("Lashkar-e-Taiba", "X-let"), ("Jaish-e-Mohammed", "X-jem"), ("The Resistance Front", "X-trf"),
        ("the Southern Transitional Council", "X-stc"), ("al-Qaeda in the Arabian Peninsula", "X-al-qaeda"),
        ("the Tigray Front", "X-tplf"), ("the Maoists", "X-maoists"), ("rival militias", "X-militias"),
        ("Asaib Ahl al-Haq", "X-asaib-ahl-al-haq"), ("Kataib Hezbollah", "X-kataib-hezbollah"), ("the Popular Mobilisation Forces", "X-pmf"), ("Jabhat Fatah al-Sham", "X-hts"), ("Janjaweed militias", "X-rsf"),
        ("the SPLM-N", "X-splm-n"), ("the FDLR", "X-fdlr"), ("Wazalendo fighters", "X-wazalendo"),
        ("anti-balaka militias", "X-anti-balaka"), ("Ansar al-Sunna", "X-ansar-al-sunna"),
        ("Islamic State Mozambique Province", "X-isis"), ("ISIS-Somalia", "X-isis"), ("the Maute group", "X-maute"),
        ("the Bangsamoro Islamic Freedom Fighters", "X-biff"), ("the Karenni Nationalities Defence Force", "X-resistance"),
        ("the Arakan Rohingya Salvation Army", "X-arsa"), ("the National Unity Government", "X-resistance"),
        ("the Sinaloa Cartel", "X-sinaloa-cartel"), ("Tren de Aragua", "X-tren-de-aragua"), ("Viv Ansanm", "X-viv-ansanm"),
        ("PJAK", "X-pjak"), ("the PFLP", "X-pflp"), ("the al-Aqsa Martyrs' Brigades", "X-aqsa-martyrs"),
        ("the Polisario Front", "X-polisario"), ("ETA", "X-eta"), ("the Shebab", "X-shabab"), ("the Provisional IRA", "X-ira"), ("Chechen rebels", "X-chechen-rebels"), ("Naxalites", "X-maoists"), ("the Kurdistan Freedom Falcons", "X-tak"),
        ("the Baloch Liberation Front", "X-blf"), ("Ansarul Islam", "X-ansarul-islam"), ("Lakurawa", "X-lakurawa"),
        ("Renamo", "X-renamo"), ("the Shining Path", "X-shining-path"), ("the West Papua National Liberation Army", "X-tpnpb"),
    ],
)
def test_armed_groups_of_wars_worldwide(name, code):
    assert codes(f"Officials said {name} carried out the attack.") == [code]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the IDF", "ISR"), ("Shin Bet", "ISR"), ("the IRGC", "IRN"), ("the Revolutionary Guards", "IRN"),
        ("the Quds Force", "IRN"), ("the FARDC", "COD"), ("the SAF", "SDN"), ("the ENDF", "ETH"), ("FAMa", "MLI"),
        ("the ISPR", "PAK"), ("CENTCOM", "USA"), ("the SBU", "UKR"), ("the FSB", "RUS"),
    ],
)
def test_state_bodies_known_by_their_own_name_stand_for_the_state(name, code):
    assert codes(f"A statement by {name} followed.") == [code]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("MINUSCA", "UN"), ("UNAMID", "UN"), ("the OPCW", "OPCW"), ("ECCAS", "ECCAS"), ("the Alliance of Sahel States", "AES"),
        ("SAMIDRC", "SADC"), ("the Multinational Joint Task Force", "LCBC"),
    ],
)
def test_regional_organisations_and_missions(name, code):
    assert codes(f"A statement by {name} followed.") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "She saved the report as a PDF before sending it.",
        "Kia and Hyundai sold more cars this year.",
        "Maoist thought shaped the party's early years.",
        "The Somali National Army, or SNA, held the town.",  # not the Syrian National Army
    ],
)
def test_look_alike_words_name_no_armed_group(text):
    assert not [code for code in codes(text) if code.startswith("X-")]


def test_every_armed_group_with_a_territory_is_a_known_group():
    groups = {row["code"] for row in data_rows("groups.csv")}
    states = {row["code"] for row in data_rows("states.csv")}
    for row in data_rows("group_territories.csv"):
        assert row["code"] in groups and row["state"] in states, row


def test_no_surface_form_names_two_different_actors():
    seen: dict[str, str] = {}
    for name in ("groups.csv", "organisations.csv"):
        for row in data_rows(name):
            for alias in row["aliases"].split("|"):
                assert seen.setdefault(alias, row["code"]) == row["code"], alias


@pytest.mark.parametrize(
    ("sentence", "day", "code"),
    [
        ("Baradar led the delegation in Doha.", date(2020, 2, 29), "X-taliban"),
        ("Baradar received the envoy in Kabul.", date(2023, 3, 1), "AFG"),
        ("Hasina flew to Delhi for talks.", date(2019, 10, 3), "BGD"),
        ("Yunus met the visiting envoy.", date(2025, 1, 9), "BGD"),
        ("Anwar offered to host the talks.", date(2025, 7, 26), "MYS"),
        ("Touadera thanked the peacekeepers.", date(2021, 1, 15), "CAF"),
        ("Mudavadi received his counterpart.", date(2024, 11, 5), "KEN"),
        ("Ben-Gvir rejected the deal.", date(2025, 1, 16), "ISR"),
        ("Mattis visited the base.", date(2017, 4, 21), "USA"),
        ("Zubaidi demanded a seat at the talks.", date(2023, 5, 8), "X-stc"),
        ("Mordisco's men attacked the post.", date(2024, 4, 2), "X-emc"),
        ("Cherizier announced a truce between gangs.", date(2022, 7, 20), "X-g9"),
        ("Touray urged the junta to hold elections.", date(2023, 8, 10), "ECOWAS"),
        ("Ngirente received the visiting delegation.", date(2019, 3, 4), "RWA"),
        ("Kabarebe inspected the border posts.", date(2016, 5, 10), "RWA"),
        ("Rugunda opened the regional summit.", date(2017, 9, 12), "UGA"),
        ("Samba-Panza appealed for calm in the capital.", date(2014, 6, 2), "CAF"),
        ("Essebsi condemned the attack on the museum.", date(2015, 3, 19), "TUN"),
        ("Bouteflika ordered troops to the border.", date(2016, 1, 20), "DZA"),
        ("Gaid Salah warned the protesters.", date(2019, 5, 1), "DZA"),
        ("Choguel Maiga accused the former colonial power.", date(2022, 9, 24), "MLI"),
        ("Kafando returned to the presidential palace.", date(2015, 9, 23), "BFA"),
        ("Akhannouch hosted the ministers in Rabat.", date(2023, 3, 8), "MAR"),
        ("Sirisena dissolved parliament.", date(2018, 11, 9), "LKA"),
        ("Wickremesinghe met the lenders' team.", date(2023, 3, 1), "LKA"),
        ("Razzaz announced new measures.", date(2019, 5, 1), "JOR"),
        ("Parrikar said the army had responded.", date(2016, 9, 29), "IND"),
        ("Dehghan unveiled a new missile.", date(2016, 8, 21), "IRN"),
        ("Locsin summoned the ambassador.", date(2021, 4, 1), "PHL"),
        ("Abu Qasra met the visiting officers.", date(2025, 2, 1), "SYR"),
        ("Kim Yo Jong warned the neighbours.", date(2020, 6, 13), "PRK"),
        ("Zayani received the delegation.", date(2017, 6, 6), "GCC"),
        ("Zayani received the delegation.", date(2022, 6, 6), "BHR"),
        ("Ponta resigned after the fire.", date(2015, 11, 4), "ROU"),
        ("Brnabic met the envoy.", date(2020, 1, 10), "SRB"),
        ("Macierewicz announced the purchase.", date(2017, 3, 1), "POL"),
        ("Kramp-Karrenbauer visited the troops.", date(2020, 6, 1), "DEU"),
        ("Sajjan visited the soldiers abroad.", date(2019, 7, 1), "CAN"),
        ("Padrino ordered troops to the border.", date(2019, 2, 23), "VEN"),
        ("Ebrard met the delegation in Washington.", date(2019, 6, 7), "MEX"),
        ("Diaz-Canel denounced the sanctions.", date(2021, 7, 12), "CUB"),
    ],
)
def test_leaders_of_wars_worldwide_within_their_terms(sentence, day, code):
    assert codes(sentence, day)[:1] == [code]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Mattis visited the base.", date(2023, 4, 21)),  # years after leaving office
        ("Anwar offered to host the talks.", date(2015, 7, 26)),  # years before taking office
    ],
)
def test_a_bare_surname_outside_the_term_names_nobody(sentence, day):
    assert codes(sentence, day) == []


def test_the_mozambican_president_is_not_el_chapo():
    assert codes("El Chapo escaped from prison.", date(2015, 7, 12)) == ["X-sinaloa-cartel"]
    assert codes("Chapo spoke in Maputo.", date(2025, 3, 1)) == ["MOZ"]  # "Maputo", the capital; no leader


def places(text: str) -> list[tuple[str, str]]:
    return [(mention.text, mention.code) for mention in find_places(text)]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Zamfara", "NGA"), ("Barsalogho", "BFA"), ("Lower Shabelle", "SOM"), ("Gezira State", "SDN"), ("Jonglei", "SSD"),
        ("Humera", "ETH"), ("Masisi", "COD"), ("Macomia", "MOZ"), ("Bambari", "CAF"), ("Nangarhar", "AFG"),
        ("Kurram", "PAK"), ("Manipur", "IND"), ("Nagaland", "IND"), ("Hadramawt", "YEM"), ("Qamishli", "SYR"), ("Diyala", "IRQ"),
        ("Bint Jbeil", "LBN"), ("Nahariya", "ISR"), ("Nur Shams", "PSE"), ("Shejaiya", "PSE"), ("Fezzan", "LBY"),
        ("Catatumbo", "COL"), ("Putumayo", "COL"), ("Michoacán", "MEX"), ("Artibonite", "HTI"), ("Basilan", "PHL"),
        ("Narathiwat", "THA"), ("Oddar Meanchey", "KHM"), ("Syunik", "ARM"), ("Tskhinvali", "GEO"),
        ("Sistan-Baluchestan", "IRN"), ("Kayah State", "MMR"),
    ],
)
def test_regions_and_towns_of_wars_worldwide_belong_to_their_state(name, code):
    assert places(f"Heavy fighting was reported in {name} on Monday.") == [(name, code)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a village in Niger State.", ("Niger State", "NGA")),  # not the state of Niger
        ("Insurgents stormed Mocimboa da Praia.", ("Mocimboa da Praia", "MOZ")),  # not Cape Verde's capital
        ("A bomb exploded in Mazar-i-Sharif.", ("Mazar-i-Sharif", "AFG")),  # not a Pakistani Sharif
        ("Rockets hit the Gaza envelope.", ("Gaza envelope", "ISR")),  # Israeli towns by the Strip
    ],
)
def test_a_place_named_after_an_actor_is_only_a_place(text, place):
    assert codes(text) in ([], ["X-militants"])
    assert places(text) == [place]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The SPLA clashed with the SPLA-IO near the capital.", ["SSD", "X-splm-io"]),
        ("The Sudan People's Liberation Movement-in-Opposition rejected the deal.", ["X-splm-io"]),
        ("Sinai Province claimed the bombing.", ["X-isis"]),
        ("Ansar Dine and the Macina Liberation Front joined forces.", ["X-ansar-dine", "X-macina"]),
        ("The High Negotiations Committee walked out of the talks.", ["X-opposition"]),
        ("GNA forces retook the town.", ["LBY"]),
    ],
)
def test_state_armies_and_groups_named_alike_stay_apart(sentence, expected):
    assert codes(sentence) == expected


def tolls(body: str) -> list[tuple[str, str, int | None]]:
    sentences = split_sentences(build_document("", body), has_title=False)
    return [(claim.victims, claim.outcome, claim.count) for claim in extract_casualties(sentences, date(2024, 3, 13))]


@pytest.mark.parametrize(
    ("body", "toll"),
    [
        ("Gunmen killed 12 worshipers at a mosque on Friday.", ("civilian", "killed", 12)),
        ("The blast killed 17 shoppers in the market on Monday.", ("civilian", "killed", 17)),
        ("Four peacekeepers were wounded in an ambush on Tuesday.", ("military", "wounded", 4)),
        ("Twenty-five migrants died when their boat was shelled on Monday.", ("civilian", "killed", 25)),
        ("An air strike killed eight schoolchildren on Monday.", ("civilian", "killed", 8)),
        ("Seven mourners were killed when a drone hit a funeral on Monday.", ("civilian", "killed", 7)),
        ("Ten miners were killed by gunmen on Monday.", ("civilian", "killed", 10)),
        ("Five jawans were killed in the ambush on Monday.", ("military", "killed", 5)),
    ],
)
def test_victims_named_by_who_they_were(body, toll):
    assert toll in tolls(body)


@pytest.mark.parametrize(
    ("body", "toll"),
    [
        ("Twelve Druze fighters were killed on Monday.", ("military", "killed", 12)),
        ("Eight migrant workers were killed on Monday.", ("civilian", "killed", 8)),
        ("Three youth activists were killed on Monday.", ("unknown", "killed", 3)),
    ],
)
def test_a_victim_word_used_as_a_modifier_leaves_the_head_noun_counted(body, toll):
    assert tolls(body) == [toll]


def test_attackers_named_before_the_killing_verb_are_not_victims():
    assert [count for _, _, count in tolls("Six attackers killed 12 people at a hotel on Monday.")] == [12]


@pytest.mark.parametrize(
    "sentence",
    ["Patrols in the South China Sea grew.", "Shipping in the Gulf of Guinea slowed.", "Fishermen in the Sea of Japan waited."],
)
def test_seas_named_after_a_state_name_no_actor(sentence):
    assert codes(sentence) == []


def test_the_dominican_republic_is_still_a_state():
    assert codes("Troops from the Dominican Republic arrived.") == ["DOM"]


@pytest.mark.parametrize(
    ("name", "code"),
    [("Kostiantynivka", "UKR"), ("Huliaipole", "UKR"), ("Korenevo", "RUS"), ("Karmiel", "ISR"), ("Khartoum North", "SDN")],
)
def test_front_line_towns_of_recent_years(name, code):
    assert places(f"Shelling hit {name} overnight.") == [(name, code)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Golani Brigade entered the town.", ["ISR"]),  # not al-Sharaa's old nom de guerre
        ("The VDP guarded the road.", ["BFA"]),
        ("Dan Na Ambassagou fighters raided the village.", ["X-dan-na-ambassagou"]),
    ],
)
def test_units_and_militias_named_for_their_side(sentence, expected):
    assert codes(sentence, date(2024, 5, 1)) == expected


def test_a_mediator_after_office_takes_the_body_he_mediates_for():
    assert codes("Kenyatta met the rebel leaders in Nairobi.", date(2023, 2, 1))[:1] == ["EAC"]
    assert codes("Kenyatta met the rebel leaders in Nairobi.", date(2019, 2, 1))[:1] == ["KEN"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Arab coalition", "SAU"), ("Operation Barkhane", "FRA"), ("ISAF", "NATO"), ("KFOR", "NATO"),
        ("Operation Aspides", "EU"), ("SAMIM", "SADC"), ("the G5 Sahel Joint Force", "G5-SAHEL"),
        ("the Resistance Front", "X-trf"),
    ],
)
def test_coalitions_and_missions_stand_for_who_runs_them(name, code):
    assert codes(f"A statement by {name} followed.") == [code]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Korean People's Army", "PRK"),  # not South Korea by its demonym
        ("the People's Liberation Army", "CHN"), ("the UPDF", "UGA"), ("the KDF", "KEN"),
        ("Ambazonian separatists", "X-separatists"), ("Los Choneros", "X-los-choneros"),
    ],
)
def test_armies_named_without_their_state_name(name, code):
    assert codes(f"A statement by {name} followed.") == [code]


def test_ethiopias_somali_region_is_in_ethiopia():
    text = "Clashes erupted in the Somali region on Monday."
    assert codes(text) == []
    assert places(text) == [("Somali region", "ETH")]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Britain-based Syrian Observatory for Human Rights", "SOHR"), ("the Norwegian Refugee Council", "NRC"),
        ("Save the Children", "SAVE-THE-CHILDREN"), ("the International Crisis Group", "ICG"),
    ],
)
def test_monitors_and_aid_groups_are_organisations_not_the_state_in_their_name(name, code):
    assert codes(f"A statement by {name} followed.") == [code]


@pytest.mark.parametrize(
    ("sentence", "day", "code"),
    [
        ("Dbeiba met the envoy.", date(2022, 6, 1), "LBY"),
        ("Deby met the envoy.", date(2019, 6, 1), "TCD"),
        ("Déby met the envoy.", date(2023, 6, 1), "TCD"),
        ("Qassim addressed his fighters.", date(2025, 2, 1), "X-hezbollah"),
        ("Pedersen briefed the council.", date(2022, 6, 1), "UN"),
    ],
)
def test_other_spellings_of_leaders_names(sentence, day, code):
    assert codes(sentence, day)[:1] == [code]


def test_renamos_leaders_within_their_terms():
    assert codes("Afonso Dhlakama announced a truce.", date(2016, 12, 27)) == ["X-renamo"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Juma prayers drew thousands to the mosque.", date(2019, 2, 1)),  # Monica Juma, Kenya's foreign minister, by her full name only
        ("Champagne flowed at the reception.", date(2020, 6, 1)),  # François-Philippe Champagne, Canada's foreign minister, likewise
    ],
)
def test_words_that_look_like_new_leaders_names_name_nobody(sentence, day):
    assert codes(sentence, day) == []
