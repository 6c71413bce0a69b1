"""Where things happened: cities of the world (GeoNames, `data/cities.csv`, built by `city_table`) and the hand list of
conflict regions (data/places.csv: "Donbas", "Gaza Strip", spellings the GeoNames table lacks), each coded
with the state it belongs to. Places are locations, never acting parties.

City names that are also common words or dates ("March", "Of", "Most") are left out, and so are the
smallest towns; when several cities share a name the most populous one's state is taken.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick

from orchestration.extraction.actors import LOCAL_UNIT_BEFORE, ActorMention, find_actors, is_headline
from orchestration.extraction.gates import word_automaton
from orchestration.extraction.actors import find_places as find_listed_places

_NOT_PLACES = Path(__file__).parent / "data" / "not_places.txt"
CITY_TABLE = Path(__file__).parent / "data" / "cities.csv"  # built by `city_table` from GeoNames


def _words_not_places() -> frozenset[str]:
    with _NOT_PLACES.open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


@cache
def _states_by_city() -> dict[str, tuple[str, ...]]:
    """City name -> the states with a city of that name, most populous first (`data/cities.csv`), without the
    names of `data/not_places.txt`."""
    skip = _words_not_places()
    with CITY_TABLE.open(encoding="utf-8") as handle:
        rows = (line.rstrip("\n").partition(",") for line in handle if not line.startswith("#"))
        return {name: tuple(states.split()) for name, _, states in rows if name not in skip}


@cache
def _cities() -> dict[str, str]:
    """City name -> the state of the most populous city of that name."""
    return {name: states[0] for name, states in _states_by_city().items()}


@cache
def _namesakes() -> dict[str, tuple[str, ...]]:
    """City name -> the states with a city of that name, most populous first (only names several states share)."""
    return {name: states for name, states in _states_by_city().items() if len(states) > 1}


def state_of(place: ActorMention, preferred: frozenset[str]) -> str:
    """The state of a place, the one of `preferred` (the article's warring pair and their lands) when several
    states have a city of that name ("Tripoli" in a report on Lebanon), else its own code."""
    return next((code for code in _namesakes().get(place.text, ()) if code in preferred), place.code) if preferred else place.code


@cache
def _automaton() -> ahocorasick.Automaton:
    return word_automaton(_cities())


# A city name owned or sainted is a person's or an institution's: "St Mary's school", "Jackson's office".
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
_SAINT_BEFORE = re.compile(r"\b(?:St|Saint|San|Santa|Mr|Mrs|Ms|Dr)\.?\s+$")


# A capitalised word right before a city name makes it part of a longer name ("Wegel Tena" is no Tena), unless
# it only opens the sentence or tells a direction or a day ("Eastern Ghouta", "On Monday Kharkiv").
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?P<word>[A-Z][a-z]+)\s+$")
_OPEN_WORDS = frozenset(
    "In At Near From To Of The On By North South East West Northern Southern Eastern Western Central Upper Lower "
    "Greater Old New Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Province Region District City Town".split()
)


# A capitalised word right after a city name makes it the start of a longer name ("Sari Pul" is no Sari), unless it
# names the kind of place ("Kharkiv Oblast") or the text is a headline in Title Case ("Strike On Kharkiv Kills 5").
_NAME_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]+)\b")
_PLACE_KINDS = frozenset("Province Region District City Town Oblast Governorate County State Valley Camp Prefecture Municipality "
                         "Division Area Zone Sector Front Raion".split())


def _standalone(text: str, start: int, end: int) -> bool:
    """A whole word, not a possessive, a saint's name or either end of a longer name."""
    if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return False
    longer = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if longer and longer.group("word") not in _OPEN_WORDS:
        return False
    after = _NAME_AFTER.match(text, end)
    if after and after.group("word") not in _PLACE_KINDS and not is_headline(text):
        return False
    if LOCAL_UNIT_BEFORE.search(text, max(0, start - 30), start):
        return False  # "the municipality of Buenos Aires" in Colombia: a village's name is no gazetteer city's
    return not (_POSSESSIVE_AFTER.match(text[end:]) or _SAINT_BEFORE.search(text[:start]))


@lru_cache(maxsize=65536)
def _find(text: str) -> tuple[ActorMention, ...]:
    listed = find_listed_places(text)
    named = [(last + 1 - length, last + 1) for last, length in _automaton().iter(text)]
    named = [(start, end) for start, end in named if _standalone(text, start, end)]
    if not named:  # no city named: spare the actor look-up
        return tuple(listed)
    taken = [(place.start, place.end) for place in listed]
    taken += [(actor.start, actor.end) for actor in find_actors(text)]
    cities = _cities()
    found = list(listed)
    for start, end in named:
        if any(a < end and start < b for a, b in taken):
            continue
        if any(other.start <= start and end <= other.end for other in found):
            continue
        found = [other for other in found if not (start <= other.start and other.end <= end)]
        found.append(ActorMention(cities[text[start:end]], start, end, text[start:end], "place"))
    return tuple(sorted(found, key=lambda place: place.start))


def find_places(text: str) -> list[ActorMention]:
    """Cities and regions named in a text, left to right, as kind "place" mentions coded with their state
    ("Kharkiv" -> "UKR", "Maiduguri" -> "NGA"); names of actors ("Gaza", "Kyiv") are left to `find_actors`."""
    return list(_find(text))
