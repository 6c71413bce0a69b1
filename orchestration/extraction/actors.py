"""Actors named in a text: states, organisations, armed groups, collectives and persons, with their codes.

The gazetteer is plain data under `data/` (one file per kind, extendable by hand) plus every ISO 3166-1 name
that `pycountry` knows. Every surface form is found in one Aho-Corasick pass (`pyahocorasick`); the few
regular expressions for titles and patrons run only on sentences holding the word they need.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import ahocorasick
import pycountry

from orchestration.extraction.gates import folded, gated, word_automaton

if TYPE_CHECKING:
    from orchestration.extraction.defined_groups import DefinedGroup

DATA = Path(__file__).parent / "data"

# A surname alone names a leader from shortly before taking office until a year after leaving it.
_BEFORE_OFFICE = timedelta(days=90)
_AFTER_OFFICE = timedelta(days=365)
_NOT_AN_ACTOR = ""  # code of blocked phrases ("Washington Post"): they win the match and are dropped
STATE_KINDS = frozenset({"state", "demonym", "capital", "metonym"})  # actor kinds that name a state


@dataclass(frozen=True)
class ActorMention:
    """One actor named in a text; `start`/`end` are offsets in that text."""

    code: str  # actor code per SCHEMA.md: "FRA", "EU", "UN", "X-hamas", "INTL"
    start: int
    end: int
    text: str
    kind: str  # state | demonym | capital | metonym | organisation | group | person | collective | place
    person: str | None = None  # full name as written or as known, for kind "person"


@dataclass(frozen=True)
class Term:
    """One office held by a leader; `end` is None while still in office."""

    code: str
    role: str
    start: date
    end: date | None

    def distance(self, on: date) -> int:
        """Days from `on` to this term (0 inside it)."""
        if on < self.start:
            return (self.start - on).days
        if self.end is not None and on > self.end:
            return (on - self.end).days
        return 0

    def names_on(self, on: date) -> bool:
        """Whether a bare surname may refer to this office holder on `on`."""
        return self.start - _BEFORE_OFFICE <= on and (self.end is None or on <= self.end + _AFTER_OFFICE)


@dataclass(frozen=True)
class Leader:
    """A person of the leaders table with every office held."""

    name: str
    terms: tuple[Term, ...]

    def code_on(self, on: date | None) -> str:
        """The code of the office held on `on` (the nearest one when out of office, the latest when no day)."""
        if on is None:
            return max(self.terms, key=lambda term: term.start).code
        return min(self.terms, key=lambda term: (term.distance(on), -term.start.toordinal())).code

    def named_on(self, on: date | None) -> bool:
        return on is None or any(term.names_on(on) for term in self.terms)


@dataclass(frozen=True)
class _Entry:
    """What a surface form stands for."""

    code: str
    kind: str
    leaders: tuple[Leader, ...] = ()
    full_name: bool = False  # a leader's full name (always valid), not a bare alias


# Data files


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a data CSV of `data/`; blank lines and lines starting with '#' (comments) are skipped."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if line.strip() and not line.startswith("#")))


def _plurals(demonym: str) -> list[str]:
    """'Ukrainian' -> ['Ukrainian', 'Ukrainians']; 'French' and 'Chinese' have no plural in -s."""
    if demonym.endswith(("ese", "ch", "sh", "ss", "s", "x", "z")):
        return [demonym]
    return [demonym, demonym + "s"]


def _iso_names(country: object) -> list[str]:
    names = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
    return [name for name in names if name and "," not in name and "(" not in name]


@cache
def state_codes() -> frozenset[str]:
    """Every state's code: ISO 3166-1's and the curated file's (Kosovo, XKX, is in no ISO list)."""
    return frozenset(row["code"] for row in data_rows("states.csv")) | {country.alpha_3 for country in pycountry.countries}


def _state_surfaces() -> Iterator[tuple[str, _Entry]]:
    """The curated file first (bare "Congo" is DR Congo there), then every ISO name."""
    for row in data_rows("states.csv"):
        code = row["code"]
        for name in _split(row["names"]):
            yield name, _Entry(code, "state")
        for demonym in _split(row["demonyms"]):
            for form in _plurals(demonym):
                yield form, _Entry(code, "demonym")
        for capital in _split(row["capitals"]):
            yield capital, _Entry(code, "capital")
        for seat in _split(row["metonyms"]):
            yield seat, _Entry(code, "metonym")
    for country in pycountry.countries:
        for name in _iso_names(country):
            yield name, _Entry(country.alpha_3, "state")


def _coded_surfaces(name: str, kind: str) -> Iterator[tuple[str, _Entry]]:
    for row in data_rows(name):
        for alias in _split(row["aliases"]):
            yield alias, _Entry(row["code"], kind)


def _blocked_surfaces() -> Iterator[tuple[str, _Entry]]:
    lines = (DATA / "not_actors.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line.strip(), _Entry(_NOT_AN_ACTOR, "blocked")


@dataclass(frozen=True)
class _Leaders:
    """The leaders table: every leader by each name they go by (lower case), and the names as written."""

    by_name: dict[str, tuple[Leader, ...]]
    written: dict[str, bool]  # surface form -> is a full name


@cache
def _leaders() -> _Leaders:
    terms: dict[str, list[Term]] = defaultdict(list)
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in data_rows("leaders.csv"):
        end = date.fromisoformat(row["end"]) if row["end"] else None
        terms[row["name"]].append(Term(row["code"], row["role"], date.fromisoformat(row["start"]), end))
        aliases[row["name"]].update(_split(row["aliases"]))
    by_name: dict[str, list[Leader]] = defaultdict(list)
    written: dict[str, bool] = {}
    for name, held in terms.items():
        leader = Leader(name, tuple(sorted(held, key=lambda term: term.start)))
        for alias in {name, *aliases[name]}:
            by_name[alias.lower()].append(leader)
            written[alias] = written.get(alias, False) or alias == name
    return _Leaders({alias: tuple(found) for alias, found in by_name.items()}, written)


def _leader_surfaces() -> Iterator[tuple[str, _Entry]]:
    table = _leaders()
    for surface, full_name in table.written.items():
        yield surface, _Entry("", "person", table.by_name[surface.lower()], full_name)


def _variants(surface: str) -> Iterator[str]:
    """A surface form plus its sentence-initial capitalisation ("the West" -> "The West")."""
    yield surface
    if surface[0].islower():
        yield surface[0].upper() + surface[1:]


@cache
def _gazetteer() -> dict[str, tuple[_Entry, ...]]:
    """Every surface form (case-sensitive) with what it may stand for, first choice first."""
    sources: Iterable[Iterator[tuple[str, _Entry]]] = (
        _blocked_surfaces(),
        _state_surfaces(),
        _coded_surfaces("organisations.csv", "organisation"),
        _coded_surfaces("groups.csv", "group"),
        _coded_surfaces("collectives.csv", "collective"),
        _leader_surfaces(),
    )
    table: dict[str, list[_Entry]] = defaultdict(list)
    for source in sources:
        for surface, entry in source:
            for variant in _variants(surface):
                if entry not in table[variant]:
                    table[variant].append(entry)
    return {surface: tuple(entries) for surface, entries in table.items()}


# Compiling surface forms into one pattern


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, built from their character trie."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


_LEFT, _RIGHT = r"(?<!\w)", r"(?![\w$])"
_SPACE = r"[^\S\n]+"  # blanks within a line
_NAME_WORD = r"[A-ZÀ-Þ](?:[\w’'-]*\w|\.)?"
_PARTICLE = r"(?:al|el|bin|ibn|bint|de|da|di|du|dos|del|van|von|der|den|la|le|ul|abu)"
# Titles before a person's name: at least one head noun, with any of the modifiers.
_TITLE_HEADS = frozenset(
    """president premier minister secretary secretary-general under-secretary-general general chancellor king queen
    emir sheikh prince sultan leader chief envoy ambassador spokesman spokeswoman spokesperson negotiator commander
    commander-in-chief adviser advisor head counterpart mr mrs ms dr gen lt col representative commissioner director
    director-general president-elect vice-president vice-premier speaker mediator prosecutor governor mayor chairman
    chairwoman chairperson chair coordinator official officer rapporteur diplomat""".split()
)
_TITLE_MODIFIERS = frozenset(
    """vice prime foreign defence defense interior affairs of state crown supreme top special army military national
    security deputy acting former then policy foreign-policy high senior""".split()
)
# Capitalised words that end a name rather than belong to it.
_NOT_NAME = """Ministry Office Army Forces Force Council Government Department Committee Service Services Guard Command
    Staff Agency Parliament Embassy Administration Cabinet Party On In At The And But For With Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September October November
    December Said""".split()
# A title's head noun as a whole word: a sentence without one holds no titled name (a cheap test first).
_TITLE_HEAD_WORD = gated(
    r"(?i)(?<!\w)(?:" + "|".join(re.escape(word) for word in sorted(_TITLE_HEADS, key=len, reverse=True)) + r")(?![\w-])"
)
# Names of states and capitals that are also first names or surnames ("Chad Smith", "Denzel Washington").
_ALSO_PERSONAL_NAMES = frozenset("Chad Jordan Georgia Israel India Holland Washington Paris Sofia Santiago Kingston".split())
_OPENERS = frozenset(
    """in at on from to for with by and but the both neither like unlike near inside outside across against between
    within into over under toward towards via while since after before then also even meanwhile western eastern
    northern southern central""".split()
)
_PROXY_LINK = (
    r"(?:backed|allied|aligned|installed|leaning|affiliated|supported|sponsored|funded|financed|armed|trained|"
    r"equipped|proxy|friendly)"
)
# "Moscow-backed <noun>": the state is only a patron (no actor) when the noun is an armed group or a proxy
# authority; before anything else ("US-backed talks", "a Qatar-sponsored truce") the state still acts.
_PROXY_HEADS = (
    r"(?:separatists?|rebels?|militants?|militias?|militiamen|fighters?|insurgents?|gunmen|guerr?illas?|groups?|"
    r"forces?|troops|proxies|paramilitar(?:y|ies)|factions?|mercenaries|jihadists?|brigades?|battalions?|units?|"
    r"army|government|authorit(?:y|ies)|administration|officials?|leaders?|leadership|regime|politicians?|"
    r"president|premier|governor|mayor|candidates?|parties|party|opposition|protesters|activists)"
)
_PROXY_TARGET = re.compile(
    rf"[\s-]+(?:(?:[\w’'-]+)[^\S\n]+){{0,2}}?{_PROXY_HEADS}\b", re.IGNORECASE
)
# noun -> (code when the patron is Russia, as in the Donbas war; code otherwise)
_PROXY_NOUNS = {
    "separatist": ("X-separatists", "X-separatists"),
    "rebel": ("X-separatists", "X-rebels"),
    "militant": ("X-militants", "X-militants"),
    "militia": ("X-militants", "X-militias"),
    "fighter": ("X-separatists", "X-militants"),
    "insurgent": ("X-militants", "X-militants"),
    "gunmen": ("X-militants", "X-militants"),
    "group": ("X-militants", "X-militants"),
}
_RUSSIAN_PATRONS = frozenset({"RUS"})
# A demonym or state name opening a capitalised institution name ("Saudi Hospital", "Russian Orthodox Church")
# names no actor.
_INSTITUTION = re.compile(
    r"(?:[^\S\n]+[A-Z][\w’'.&-]*){0,3}?[^\S\n]+(?:Hospital|Hospitals|Clinic|Medical|Airlines|Airways|Railways|Railway|"
    r"Church|Patriarchate|Orthodox|Catholic|Cathedral|Mosque|University|College|School|Academy|Institute|Museum|"
    r"Library|Society|Foundation|Association|Federation|Cup|League|Grand Prix|Open|Olympic|Olympics|Telecom|"
    r"Broadcasting|Philharmonic|Orchestra|Theatre|Theater|Hotel|Stock Exchange|Bank|Airport|"
    r"Red Crescent|Red Cross|Observatory)\b"
)
# "opposition" as a stance rather than a party: "opposition to the plan", "its opposition", "in opposition".
_STANCE_BEFORE = re.compile(
    r"(?:\b(?:his|her|its|their|our|my|your|in|strong|fierce|firm|vocal|public|growing|stiff|staunch|voiced|"
    r"expressed|despite|amid|political)|['’]s?)[^\S\n]+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Patterns:
    titled: re.Pattern[str]
    proxies: re.Pattern[str]
    oppositions: re.Pattern[str]  # "the Syrian opposition": one group, not the state
    patron_before: re.Pattern[str]  # "pro-" before a state
    patron_after: re.Pattern[str]  # "-backed" after a state
    title_words: ahocorasick.Automaton  # the title heads and modifiers, lower case: where a titled name may begin


@cache
def _patterns() -> _Patterns:
    table = _gazetteer()
    nationals = _trie_pattern(s for s, entries in table.items() if entries[0].kind not in {"person", "blocked", "group"})
    # Alternations as character tries (longest first, as in a list sorted by length): at every character of a
    # sentence `re` tries a title word, and a list of words is tried word by word.
    title_word = r"(?i:(?:mr|mrs|ms|dr|gen|lt|col)\.|" + _trie_pattern(_TITLE_HEADS | _TITLE_MODIFIERS) + r")"
    not_name = r"(?!(?:" + _trie_pattern(_NOT_NAME) + r"|" + title_word + r")\b)"
    name = rf"{not_name}{_NAME_WORD}(?:{_SPACE}(?:{_PARTICLE}[ -])?{not_name}{_NAME_WORD}){{0,3}}"
    proxy_noun = r"(?i:" + "|".join(sorted(_PROXY_NOUNS, key=len, reverse=True)) + r")(?:s|es)?"
    return _Patterns(
        titled=re.compile(
            rf"{_LEFT}(?:(?P<nat>{nationals})(?:['’]s)?{_SPACE})?(?P<title>(?!(?i:of)\s)(?:{title_word}{_SPACE}){{1,6}}?)"
            rf"(?P<name>{name})(?<!['’]s)(?=['’]s\b|{_RIGHT})"
        ),
        proxies=re.compile(
            rf"{_LEFT}(?:[Pp]ro-(?P<pro>{nationals})|(?P<patron>{nationals})-{_PROXY_LINK})[\s-]+(?P<noun>{proxy_noun})\b"
        ),
        oppositions=re.compile(rf"{_LEFT}(?:{nationals})[^\S\n]+(?:armed[^\S\n]+)?(?:[Oo]pposition)\b"),
        patron_before=re.compile(r"(?i:\b(?:pro|anti|non|ex)-)$"),
        patron_after=re.compile(rf"-{_PROXY_LINK}\b"),
        title_words=word_automaton(_TITLE_HEADS | _TITLE_MODIFIERS),
    )


# Matching surface forms: one Aho-Corasick pass over the text, whole words only


@cache
def _surface_automaton() -> ahocorasick.Automaton:
    return word_automaton(_gazetteer())


def _longest_words(automaton: ahocorasick.Automaton, text: str) -> dict[int, int]:
    """start -> end of the longest listed form starting there that stands as whole words: no word character
    before it, no word character or `$` after it. Forms inside longer ones count too ("the West" / "West Bank")."""
    longest: dict[int, int] = {}
    size = len(text)
    for last, length in automaton.iter(text):  # a word character (`\w`): a letter or digit of any script, or "_"
        start, end = last + 1 - length, last + 1
        if start and ((before := text[start - 1]).isalnum() or before == "_"):
            continue
        if end < size and ((after := text[end]).isalnum() or after == "_" or after == "$"):
            continue
        if longest.get(start, -1) < end:
            longest[start] = end
    return dict(sorted(longest.items()))


@lru_cache(maxsize=4096)
def _surfaces_in(text: str) -> dict[int, int]:
    return _longest_words(_surface_automaton(), text)


# Resolving matches


def _entry_on(entries: tuple[_Entry, ...], on: date | None) -> _Entry | None:
    """The first reading of a surface form valid on `on` (a bare surname needs its holder in office)."""
    for entry in entries:
        if entry.kind != "person":
            return entry
        found = [leader for leader in entry.leaders if entry.full_name or leader.named_on(on)]
        if found:
            return _Entry(found[0].code_on(on), "person", tuple(found), entry.full_name)
    return None


def _leader_named(name: str, on: date | None) -> Leader | None:
    for leader in _leaders().by_name.get(name.lower(), ()):
        if name.lower() == leader.name.lower() or leader.named_on(on):
            return leader
    return None


def _is_proxy(text: str, start: int, end: int) -> bool:
    """"pro-Russian", "Moscow-backed": the state is named as someone's patron, not as the actor."""
    if not text.startswith("-", end) and "-" not in text[max(0, start - 2) : start]:
        return False  # both patron forms are hyphenated (a "$" may stand before a final newline)
    patterns = _patterns()
    if patterns.patron_before.search(text, max(0, start - 5), start):
        return True
    link = patterns.patron_after.match(text, end)
    if link is None:
        return False
    if link.group().lower() == "-installed" or _PROXY_TARGET.match(text, link.end()):
        return True
    return _group_at(text, link.end())


def _group_at(text: str, start: int) -> bool:
    """Whether a named armed group follows ("Iran-backed Houthis", "Iran-aligned Shiite Hezbollah")."""
    gap = re.match(r"[\s-]+", text[start:])
    if gap is None:
        return False
    begin = start + gap.end()
    end = _surfaces_in(text).get(begin)
    if end is None:
        return False
    entries = _gazetteer().get(text[begin:end], ())
    return bool(entries) and entries[0].kind == "group"


def _institution(text: str, start: int, end: int) -> bool:
    """"Saudi Hospital", "Turkish Airlines", "Russian Orthodox Church": part of a capitalised institution name."""
    return bool(_INSTITUTION.match(text, end)) and not is_headline(text)


def _stance(text: str, start: int, end: int, surface: str) -> bool:
    """"opposition to the plan", "Moscow's opposition": a stance, not the opposition as a party; and "its
    opponents" (a state's enemies in a war) are not its domestic opposition either ("his opponents" are)."""
    before = text[max(0, start - 30) : start]
    if surface == "opponents":
        return bool(re.search(r"\b(?:its|their)[^\S\n]+$", before, re.IGNORECASE))
    if surface != "opposition":
        return False
    return bool(re.match(r"[^\S\n]+(?:to|from)\b", text[end:]) or _STANCE_BEFORE.search(before))


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """"Michael Jordan", "Chad Smith": a capitalised word (not a sentence opener like "In") right before or after."""
    before = re.search(r"\b([A-Z][a-z]+) $", text[:start])
    return bool(re.match(r" [A-Z][a-z]", text[end:])) or (before is not None and before.group(1).lower() not in _OPENERS)


def _surface_mentions(text: str, on: date | None) -> Iterator[ActorMention]:
    table = _gazetteer()
    for start, end in _surfaces_in(text).items():
        surface = text[start:end]
        entry = _entry_on(table[surface], on)
        if entry is None or (entry.kind in STATE_KINDS and _is_proxy(text, start, end)):
            continue
        if entry.kind == "demonym" and (_LANGUAGE_AFTER.match(text, end) or _language_noun(text, start, end)):
            continue  # "the French-speaking West province", "teachers of French": a language, not the state
        if entry.kind == "organisation" and _ORGANISATION_BACKED.match(text, end):
            continue  # "Libya's UN-backed premier", "the EU-funded mission": a patron named in a description
        if entry.kind in {"state", "demonym"} and _institution(text, start, end):
            continue
        if entry.code == "X-opposition" and _stance(text, start, end, surface.lower()):
            continue
        if surface in _ALSO_PERSONAL_NAMES and _part_of_a_name(text, start, end) and not _unpunctuated_headline(text):
            continue  # "Chad Smith" (but "Israel Strikes Gaza": no "Israel Adesanya")
        person = None
        if entry.kind == "person":
            person = surface if entry.full_name else entry.leaders[0].name
        yield ActorMention(entry.code, start, end, surface, entry.kind, person)


def _unpunctuated_headline(text: str) -> bool:
    return is_headline(text) and not text.rstrip().endswith(".")


_LONG_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")  # a word of over three characters


@lru_cache(maxsize=4096)
def is_headline(text: str) -> bool:
    """Title Case text ("Leaders Meet In Geneva"), where capitals no longer mark names."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and sum(1 for word in words if word[0].isupper()) >= 0.75 * len(words)


def _known_leader(written: str, on: date | None) -> tuple[str, Leader | None]:
    """The longest leading part of a capitalised run that names a known leader ("Vladimir Putin Meets")."""
    for word in reversed(list(re.finditer(r"\S+", written))):
        name = written[: word.end()]
        if (leader := _leader_named(re.sub(r"\s+", " ", name), on)) is not None:
            return name, leader
    return written, None


def _titled_mentions(text: str, on: date | None) -> Iterator[ActorMention]:
    """"French President Emmanuel Macron", "Azerbaijan's foreign minister Jeyhun Bayramov", "Mr Putin".

    With a nationality any capitalised name is taken (outside headlines); without one, only a known leader."""
    if not _TITLE_HEAD_WORD.search(text):
        return
    table, headline = _gazetteer(), is_headline(text)
    for match in _titled_matches(text):
        if not _TITLE_HEADS.intersection(re.findall(r"[\w-]+", match.group("title").lower())):
            continue
        nat = match.group("nat")
        written, leader = _known_leader(match.group("name"), on)
        nation = _entry_on(table[nat], on) if nat else None
        if nation is not None and nation.code and not _is_proxy(text, match.start(), match.end("nat")):
            code = nation.code
        elif leader is not None and not nat:
            code = leader.code_on(on)
        else:
            continue
        if leader is None and headline:
            continue
        end = match.start("name") + len(written)
        person = leader.name if leader is not None and written.lower() != leader.name.lower() else written
        yield ActorMention(code, match.start(), end, text[match.start() : end], "person", person)


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match begins at one of `starts`: tried only there (`re`
    tries a long pattern at every character)."""
    end = 0
    for start in sorted(starts):
        if start >= end and (match := pattern.match(text, start)) is not None:
            end = match.end()
            yield match


def _titled_matches(text: str) -> Iterator[re.Match[str]]:
    """`titled.finditer(text)`, tried only where a match may begin: at a gazetteer form standing as whole words (the
    nationality) or at a title word, case ignored."""
    patterns = _patterns()
    titles = {last + 1 - length for last, length in patterns.title_words.iter(folded(text))}
    return _matches_at(patterns.titled, text, titles.union(_surfaces_in(text)))


_PRO = re.compile(r"[Pp]ro-")  # where the "pro-Russian" form of a patron begins


def _proxy_matches(text: str) -> Iterator[re.Match[str]]:
    """`proxies.finditer(text)`, tried only where a match may begin: at "pro-" or at a gazetteer form standing as
    whole words (the patron state before its hyphen)."""
    return _matches_at(_patterns().proxies, text, [*_surfaces_in(text), *(match.start() for match in _PRO.finditer(text))])


def _proxy_mentions(text: str) -> Iterator[ActorMention]:
    """"pro-Russian rebels", "Moscow-backed separatists": a non-state group, not the patron state."""
    table = _gazetteer()
    if "-" not in text:  # every patron form is hyphenated: "pro-Russian", "Moscow-backed"
        return
    for match in _proxy_matches(text):
        listed = table.get(match.group())
        if listed and listed[0].kind == "group":
            code = listed[0].code
        else:
            patron = _entry_on(table[match.group("pro") or match.group("patron")], None)
            russian = patron is not None and patron.code in _RUSSIAN_PATRONS
            noun = match.group("noun").lower()
            code = next(codes[0 if russian else 1] for stem, codes in _PROXY_NOUNS.items() if noun.startswith(stem))
        yield ActorMention(code, match.start(), match.end(), match.group(), "group")

def _opposition_mentions(text: str) -> Iterator[ActorMention]:
    """"the Syrian opposition": one armed or political group, not the state."""
    if "pposition" not in text:
        return
    for match in _patterns().oppositions.finditer(text):
        yield ActorMention("X-opposition", match.start(), match.end(), match.group(), "group")


def _defined_mentions(text: str, defined: tuple[DefinedGroup, ...]) -> Iterator[ActorMention]:
    """The groups the article defines ("the National Congress for the Defence of the People (CNDP)"), as written."""
    for group in defined:
        for surface in group.surfaces:
            for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
                yield ActorMention(group.code, match.start(), match.end(), surface, "group")


# "militants linked to al-Qaeda", "an al-Qaeda-linked group", "an al-Qaeda affiliate": a group the fighters are
# tied to, not the fighters themselves (a "branch of Ansar Dine" is Ansar Dine's own)
_AFFILIATION_BEFORE = re.compile(r"\b(?:(?:linked|affiliated|tied|connected|associated)\s+(?:with|to)|(?:links|ties|allegiance)\s+to|"
                                 r"(?:an\s+)?affiliate\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:(?:and|or)\s+(?:the\s+)?)?$",  # "linked to al-Qaeda and the"
                                 re.IGNORECASE)
_AFFILIATION_AFTER = re.compile(r"[-‑](?:linked|affiliated|inspired)\b|\s+(?:affiliate|franchise)\b", re.IGNORECASE)


def names_an_affiliation(text: str, actor: ActorMention) -> bool:
    """A group named only as the one others are tied to ("jihadists linked to al-Qaeda", "an al-Qaeda affiliate"):
    it names neither the attackers nor the victims."""
    return actor.kind == "group" and bool(_AFFILIATION_BEFORE.search(text, max(0, actor.start - 60), actor.start)
                                          or _AFFILIATION_AFTER.match(text, actor.end))


@lru_cache(maxsize=65536)
def _find(text: str, on: date | None, defined: tuple[DefinedGroup, ...] = ()) -> tuple[ActorMention, ...]:
    # the article's own definitions first: of two mentions of one span, the first listed is kept
    candidates = [*_defined_mentions(text, defined), *_proxy_mentions(text), *_opposition_mentions(text), *_titled_mentions(text, on),
                  *_surface_mentions(text, on)]
    if not candidates:  # most sentences name no actor
        return ()
    chosen: list[ActorMention] = []
    taken = [False] * len(text)
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(taken[mention.start : mention.end]):
            chosen.append(mention)
            taken[mention.start : mention.end] = [True] * (mention.end - mention.start)
    named = (
        m for m in chosen
        if m.code and not (_names_a_deal(text, m) and _THE_BEFORE.search(text, 0, m.start)) and not _BASED.match(text, m.end)
        and not (m.kind == "capital" and LOCAL_UNIT_BEFORE.search(text, max(0, m.start - 30), m.start))
    )
    return tuple(_with_common_nouns(text, sorted(named, key=lambda m: m.start)))


# A capital naming a deal or a round of talks held there ("the Stockholm agreement", "the Doha talks"): no actor.
_NAMES_A_DEAL = re.compile(r"[’']?\s+(?:peace\s+)?(?:agreements?|accords?|deal|process|format|talks|protocols?|declaration|(?:mini-)?summit"
                           r"|framework|understandings?|communiqu[eé]|conference|hall|complex)\b", re.IGNORECASE)  # "the Ouagadougou hall in Sirte"


# "the municipality of Buenos Aires, north of the Cauca department": a local place sharing a capital's name.
LOCAL_UNIT_BEFORE = re.compile(r"\b(?:village|hamlet|municipality|commune|locality|township)\s+of\s+$", re.IGNORECASE)
# "a Rome-based charity", "the UK-based monitor": where someone sits, no actor.
_BASED = re.compile(r"[-‑](?:based|headquartered)\b", re.IGNORECASE)
# A state naming a deal signed there ("the Sweden agreement" on Hodeidah), not a talks round it may attend.
_STATE_NAMES_A_DEAL = re.compile(r"[’']?\s+(?:agreements?|accords?|protocols?)\b", re.IGNORECASE)


def _names_a_deal(text: str, mention: ActorMention) -> bool:
    if mention.kind == "capital":
        return bool(_NAMES_A_DEAL.match(text, mention.end))
    return mention.kind == "state" and bool(_STATE_NAMES_A_DEAL.match(text, mention.end))


_THE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|last\s+year's|at)\s+$", re.IGNORECASE)  # a headline's "at Luanda mini-summit"


# Codes of the common nouns for armed men ("militants", "rebels") that name no group by themselves.
_COMMON_GROUP_NOUNS = frozenset({"X-militants", "X-militias", "X-rebels", "X-armed-groups"})
_SEPARATISTS = "X-separatists"  # unnamed separatists (data/groups.csv)
_LANGUAGE_AFTER = re.compile(r"[-\s](?:speaking|speakers?|language|dubbed|subtitled)\b", re.IGNORECASE)
_LANGUAGE_BEFORE = re.compile(r"\b(?:teach\w*|speak\w*|learn\w*|in|into|of)\s+$", re.IGNORECASE)


def _language_noun(text: str, start: int, end: int) -> bool:
    """"accused of teaching French.", "translated into Russian,": the demonym ends its phrase after a language verb."""
    return bool(_LANGUAGE_BEFORE.search(text, max(0, start - 20), start)) and (end == len(text) or text[end] in ".,;:)\"”")
_ORGANISATION_BACKED = re.compile(r"-(?:backed|recognised|recognized|funded|sponsored|appointed|sanctioned)\s+(?!(?:talks|negotiations|process|"
                                  r"meetings?|peace|ceasefire|truce|deal|agreement|accord|plan|initiative|proposal|mediation|dialogue)\b)",
                                  re.IGNORECASE)


_APPOSED_NAME_GAP = re.compile(r"\s+(?:(?:group|movement|outfit|organi[sz]ation|alliance|coalition)\s+)?")


def _with_common_nouns(text: str, mentions: list[ActorMention]) -> Iterator[ActorMention]:
    """"PKK militants", "Hamas gunmen", "the rebel group Renamo": the common noun beside a named group is that group,
    one mention; a demonym before "separatists" names their people, not a state."""
    previous: ActorMention | None = None
    for mention in mentions:
        if (
            previous is not None
            and mention.code in _COMMON_GROUP_NOUNS
            and previous.kind == "group"
            and previous.code not in _COMMON_GROUP_NOUNS
            and not text[previous.end : mention.start].strip(" -")
        ):
            previous = replace(previous, end=mention.end, text=text[previous.start : mention.end])
            continue
        if (
            previous is not None
            and previous.code in _COMMON_GROUP_NOUNS
            and mention.kind == "group"
            and mention.code not in _COMMON_GROUP_NOUNS
            and _APPOSED_NAME_GAP.fullmatch(text, previous.end, mention.start)
        ):  # "the rebel group Renamo", "militant outfit Lashkar-e-Taiba": the named group, one mention
            previous = replace(mention, start=previous.start, text=text[previous.start : mention.end])
            continue
        if previous is not None and not text[previous.end : mention.start].strip() and {
            (previous.code, mention.kind), (mention.code, previous.kind)
        } & {(_SEPARATISTS, "demonym")}:
            # "Armenian separatists", "Separatist Armenian forces": the people they are of, not that state's forces
            previous = replace(previous if previous.code == _SEPARATISTS else mention, start=previous.start, end=mention.end,
                               text=text[previous.start : mention.end])
            continue
        if previous is not None:
            yield previous
        previous = mention
    if previous is not None:
        yield previous


@cache
def _places() -> tuple[dict[str, str], ahocorasick.Automaton]:
    """The places table (surface form -> state code) and its matcher."""
    table: dict[str, str] = {}
    for row in data_rows("places.csv"):
        for place in _split(row["place"]):
            table.setdefault(place, row["code"])
    return table, word_automaton(table)


def _leftmost_longest(spans: dict[int, int]) -> Iterator[tuple[int, int]]:
    """Non-overlapping spans, left to right, the longest at each start (as a regex scan finds them)."""
    taken_until = 0
    for start, end in spans.items():
        if start >= taken_until:
            taken_until = end
            yield start, end


@lru_cache(maxsize=65536)
def _find_places(text: str) -> tuple[ActorMention, ...]:
    table, automaton = _places()
    spans = list(_leftmost_longest(_longest_words(automaton, text)))
    actors = _find(text, None) if spans else ()
    found = []
    for start, end in spans:
        # "Donetsk People's Republic", "Tigray People's Liberation Front": the place is part of an actor's name
        if any(a.start <= start and end <= a.end and (a.end - a.start) > (end - start) for a in actors):
            continue
        found.append(ActorMention(table[text[start:end]], start, end, text[start:end], "place"))
    return tuple(found)


def find_places(text: str) -> list[ActorMention]:
    """Cities and regions of conflict zones named in a text, left to right, as kind "place" mentions coded with
    the state they belong to ("Kharkiv" -> "UKR"). They are locations, never acting parties, so `find_actors`
    does not return them; state names and capitals ("in Ukraine", "near Kyiv") are found by `find_actors`."""
    readable = _readable(text)
    return [replace(m, text=text[m.start : m.end]) for m in _find_places(readable)] if readable != text else list(_find_places(text))


def find_actors(text: str, on: date | None = None, defined: tuple[DefinedGroup, ...] = ()) -> list[ActorMention]:
    """All actor mentions in a text (usually one sentence), left to right, non-overlapping, longest match wins;
    `defined`: the armed groups the article defines beyond the gazetteer (`defined_groups`)."""
    readable = _readable(text)
    if readable != text:
        return [replace(m, text=text[m.start : m.end]) for m in _find(readable, on, defined)]
    return list(_find(text, on, defined))


def _readable(text: str) -> str:
    """A headline in capitals ("12 KILLED IN STRIKE ON KHARKIV") in title case, where names are told by their
    capital letter; offsets stay those of `text`."""
    if not text.isupper() or sum(char.isalpha() for char in text) < 8:  # isupper: no lower-case letter at all
        return text
    titled = text.title()
    return titled if len(titled) == len(text) else text


def person_code(name: str, on: date | None = None) -> str | None:
    """The state (or organisation) a known person acted for on that day ("Macron", 2022-09-13 -> "FRA")."""
    leader = _leader_named(name.strip(), on)
    return leader.code_on(on) if leader is not None else None
