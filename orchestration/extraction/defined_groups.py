"""Armed groups an article defines by name and abbreviation, when the gazetteer does not know them.

News introduces a group once in full and then by its abbreviation: "the National Congress for the Defence of
the People (CNDP)", "the Justice and Equality Movement ... JEM said". Such a group is coded by the name it is
known by (SCHEMA.md): `X-` + the abbreviation in lower case ("X-cndp"), or + its hyphenated name when the
abbreviation has under three letters ("the Southern Hills Army (SH)": "X-southern-hills-army").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from orchestration.extraction.actors import DATA, find_actors
from orchestration.extraction.gates import word_automaton
from orchestration.extraction.text import ArticleSentences, Sentence, article_text

_CONNECTORS = frozenset({"of", "for", "the", "and", "de", "des", "du", "la", "le", "el", "al", "in", "to"})
_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")
_WORD = re.compile(r"[\w’'-]+")
# "(CNDP)", "(Jem)": an abbreviation in brackets
_IN_BRACKETS = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9-]{1,9})\)")
# "MFDC (Movement of Democratic Forces of Casamance)": an abbreviation spelt out in brackets after it, its letters
# maybe in the order of another language's name
_SPELT_OUT = re.compile(r"(?P<short>[A-Z](?<!\w[A-Z])[A-Z]{2,7})\s+\((?P<name>[A-Z][\w’' -]{5,80})\)")  # opens with its capital: see below
# "JEM": an abbreviation standing alone (`\b[A-Z]{3,8}\b`, written to open with its capital, which `re` looks for
# quickly, not with a word edge it tests at every character)
_CAPITALS = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2,7}(?!\w)")
_LONGEST_NAME = 10  # words
_MIN_SHORT_CODE = 3  # letters an abbreviation needs to be the code ("AA" is not)


@dataclass(frozen=True)
class DefinedGroup:
    """One group an article defines: its code and the forms it is written in (case-sensitive)."""

    code: str
    surfaces: tuple[str, ...]


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words that make a name an armed group's ("Movement", "Front"), and phrases that make it a state's forces."""
    heads, state_forces = set(), []
    for line in (DATA / "group_name_words.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("not:"):
            state_forces.append(line[4:].strip())
        elif line and not line.startswith("#"):
            heads.add(line)
    return frozenset(heads), tuple(state_forces)


def _names_before(text: str, end: int) -> list[str]:
    """The capitalised names that end at `end`, longest first ("Fighters of the Free Highlands Movement", "Free
    Highlands Movement", "Highlands Movement"): connectors inside them, none at their edges."""
    window = text[max(0, end - 160) : end]  # the name's end is in it: no copy of all the text before
    words = list(_WORD.finditer(window))
    if not words or not window.rstrip().endswith(words[-1].group()):
        return []
    run: list[str] = []
    for word in reversed(words[-_LONGEST_NAME:]):
        if not (_CAPITALISED.fullmatch(word.group()) or word.group() in _CONNECTORS):
            break
        run.insert(0, word.group())
    return [" ".join(run[i:]) for i in range(len(run) - 1) if run[i] not in _CONNECTORS and run[i] != "The"]


@lru_cache(maxsize=1)
def _word_matcher() -> ahocorasick.Automaton:
    heads, _ = _name_words()
    return word_automaton(heads)


def _word_ends(document: str) -> dict[str, list[int]]:
    """Where each group word ends in `document`, in text order, where it stands as a whole word (`\\b<word>\\b`):
    one Aho-Corasick pass for all the words."""
    ends: dict[str, list[int]] = {}
    size = len(document)
    for last, length in _word_matcher().iter(document):
        start, end = last + 1 - length, last + 1  # a word character (`\\w`): a letter or digit of any script, or "_"
        if start and ((before := document[start - 1]).isalnum() or before == "_"):
            continue
        if end < size and ((after := document[end]).isalnum() or after == "_"):
            continue
        ends.setdefault(document[start:end], []).append(end)
    return ends


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word not in _CONNECTORS).upper()


def _is_group_name(name: str) -> bool:
    """Whether a name is a non-state armed group's that the gazetteer does not know: it holds a group word,
    names no state and no state's forces, and is no actor already."""
    heads, state_forces = _name_words()
    if not heads.intersection(name.split()) or any(phrase in name for phrase in state_forces):
        return False
    return not find_actors(name)


# A state's own forces, named in full: "the Defense and Security Forces", "the National Guard".
_STATE_FORCES_NAME = re.compile(r"\b(?:Security|Defen[cs]e|Armed)\s+Forces\b|\bNational\s+(?:Army|Guard|Police)\b|\bGendarmerie\b")
_NO_ACTOR = ""  # the code of a defined abbreviation that names no actor


def _redefines_as_state_forces(name: str, short: str) -> bool:
    """An abbreviation the gazetteer knows, spelt out as a state's forces ("the Defense and Security Forces (SDF)" in
    Niger): here it is not the group the gazetteer means (the Syrian Democratic Forces)."""
    known = {mention.code for mention in find_actors(short)}
    return bool(known) and bool(_STATE_FORCES_NAME.search(name)) and not known & {mention.code for mention in find_actors(name)}


def _code(name: str, short: str | None) -> str:
    if short and sum(char.isalpha() for char in short) >= _MIN_SHORT_CODE:
        return "X-" + short.lower()
    return "X-" + "-".join(word.lower() for word in name.split())


def article_groups(sentences: Sequence[Sentence]) -> tuple[DefinedGroup, ...]:
    """The groups an article of `sentences` defines (`defined_groups` of its text), worked out once per article:
    several event families ask."""
    return _article_groups(ArticleSentences(sentences))


@lru_cache(maxsize=4)
def _article_groups(sentences: ArticleSentences) -> tuple[DefinedGroup, ...]:
    return defined_groups(article_text(sentences))


def defined_groups(document: str) -> tuple[DefinedGroup, ...]:
    """The armed groups `document` defines: a name followed by its abbreviation in brackets, or a name whose
    initials stand alone in capitals elsewhere in the text ("Justice and Equality Movement" ... "JEM"); and, with
    no code, a known abbreviation spelt out as a state's forces (see `_redefines_as_state_forces`)."""
    found: dict[str, set[str]] = {}
    for match in _IN_BRACKETS.finditer(document):
        short, names = match.group("short"), _names_before(document, match.start())
        name = next((name for name in names if _initials(name) == short.upper()), names[0] if names and short.isupper() else None)
        if name and not find_actors(short) and _is_group_name(name):
            found.setdefault(_code(name, short), set()).update({name, short})
        elif name and _redefines_as_state_forces(name, short):
            found.setdefault(_NO_ACTOR, set()).add(short)
    for match in _SPELT_OUT.finditer(document):  # "an MFDC (Movement of Democratic Forces of Casamance) unit"
        short, name = match.group("short"), match.group("name").strip()
        if sorted(_initials(name)) == sorted(short) and not find_actors(short) and _is_group_name(name):
            found.setdefault(_code(name, short), set()).update({name, short})
    capitals = set(_CAPITALS.findall(document)) - {short for surfaces in found.values() for short in surfaces}
    heads, _ = _name_words()
    ends = _word_ends(document) if capitals else {}  # no lone abbreviation: no name to look for
    for head in heads:
        for end in ends.get(head, ()):
            name = next((name for name in _names_before(document, end) if _initials(name) in capitals), None)
            if name and not find_actors(_initials(name)) and _is_group_name(name):
                found.setdefault(_code(name, _initials(name)), set()).update({name, _initials(name)})
    return tuple(DefinedGroup(code, tuple(sorted(surfaces, key=len, reverse=True))) for code, surfaces in found.items())
