"""Cheap pre-filters for the extractor's sentence-wide regular expressions.

Most sentences of a news article hold no trigger word, yet each rule scans every sentence with its regex.
A `GatedPattern` knows the literal words (or a digit) its pattern cannot match without, read from the
pattern's own syntax tree, so it stays right whatever the rule says. One Aho-Corasick pass over a
sentence finds the literals of every gated pattern at once; a pattern whose literals are absent answers
"no match" without running. Answers are always those of the plain pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import ahocorasick

try:  # Python >= 3.11
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

DIGIT = "\\d"  # the requirement "some decimal digit", tested apart from the literals
_ANY_DIGIT = re.compile(r"\d")
# Characters IGNORECASE matching equates with ASCII letters though `str.lower` does not map them there.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: longest shortest literal, then fewest literals."""
    return max(options, key=lambda option: (min(map(len, option)), -len(option)), default=None)


def _required(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence `items` contains (lower case), or None."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op in _ZERO_WIDTH:
            continue  # takes no text: the literal run goes on
        if run:
            options.append(frozenset({"".join(run).lower()}))
            run = []
        found = None
        if op is sre.SUBPATTERN:
            found = _required(arg[-1])
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            found = _required(arg)
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            if all(branches):
                found = frozenset().union(*branches)
        elif op in _REPEATS and arg[0] >= 1:
            found = _required(arg[2])
        elif op is sre.IN:
            found = _one_of(arg)
        if found:
            options.append(found)
    if run:
        options.append(frozenset({"".join(run).lower()}))
    return _best(options)


def _one_of(members: Any) -> frozenset[str] | None:
    """A character class as a requirement: `\\d`, or a few literal characters ("[Pp]")."""
    if all(op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT for op, arg in members):
        return frozenset({DIGIT})
    if all(op is sre.LITERAL for op, _ in members):
        return frozenset(chr(arg).lower() for _, arg in members)
    return None


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The literals (lower case; `DIGIT` for any digit) one of which any match of `pattern` contains."""
    return _required(sre_parse.parse(pattern.pattern, pattern.flags))


class _Registry:
    """Every gated pattern's literals in one Aho-Corasick automaton (rebuilt when a pattern is added)."""

    def __init__(self) -> None:
        self.literals: dict[str, set[int]] = {}
        self.on_digit: set[int] = set()
        self.automaton: ahocorasick.Automaton | None = None
        self.count = 0

    def add(self, literals: frozenset[str]) -> int:
        self.count += 1
        key = self.count
        for literal in literals:
            if literal == DIGIT:
                self.on_digit.add(key)
            else:
                self.literals.setdefault(literal, set()).add(key)
        self.automaton = None
        present.cache_clear()
        return key

    def matcher(self) -> ahocorasick.Automaton:
        if self.automaton is None:
            automaton = ahocorasick.Automaton()
            for literal, keys in self.literals.items():
                automaton.add_word(literal, frozenset(keys))
            automaton.make_automaton()
            self.automaton = automaton
        return self.automaton


_REGISTRY = _Registry()


@lru_cache(maxsize=4096)
def present(text: str) -> frozenset[int]:
    """The keys of the gated patterns whose literals occur in `text` (ignoring case)."""
    folded = (text if text.isascii() else text.translate(_FOLD)).lower()
    keys: set[int] = set()
    if _REGISTRY.literals:
        for _, found in _REGISTRY.matcher().iter(folded):
            keys |= found
    if _REGISTRY.on_digit and _ANY_DIGIT.search(text):
        keys |= _REGISTRY.on_digit
    return frozenset(keys)


class GatedPattern:
    """A compiled pattern that skips texts lacking every literal it requires; otherwise just the pattern."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        literals = required_literals(pattern)
        self._key = None if literals is None else _REGISTRY.add(literals)

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groupindex, sub, split...
        return getattr(self.compiled, name)

    def _may_match(self, text: str) -> bool:
        return self._key is None or self._key in present(text)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.search(text, *span) if self._may_match(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.match(text, *span) if self._may_match(text) else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *span) if self._may_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *span) if self._may_match(text) else iter(())

    def findall(self, text: str, *span: int) -> list[Any]:
        return self.compiled.findall(text, *span) if self._may_match(text) else []


def gated(pattern: str, flags: int = 0) -> GatedPattern:
    """`re.compile(pattern, flags)` behind a literal pre-filter: use it for patterns run over whole sentences."""
    return GatedPattern(re.compile(pattern, flags))
