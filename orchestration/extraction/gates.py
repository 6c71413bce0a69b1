"""Cheap pre-filters for the extractor's sentence-wide regular expressions.

Most sentences of a news article hold no trigger word, yet each rule scans every sentence with its regex.
A `GatedPattern` knows the literal words (or a digit) its pattern cannot match without, read from the
pattern's own syntax tree, so it stays right whatever the rule says. One Aho-Corasick pass over a
sentence finds the literals of every gated pattern at once; a pattern whose literals are absent answers
"no match" without running. Answers are always those of the plain pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

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
_FOLDED_APART = re.compile("[\u0130\u0131\u017f\u212a]")
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_NOT_WORD = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]  # (?<!\w), (?!\w)


class Literal(NamedTuple):
    """A string a match contains; `word_start`/`word_end`: no word character may stand right before/after it."""

    text: str
    word_start: bool = False
    word_end: bool = False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _edge(op: Any, arg: Any, direction: int) -> bool:
    """Whether a zero-width item says no word character stands on that side: `\\b`, `(?<!\\w)`, `(?![\\w$])`."""
    if op is sre.AT:
        return arg is sre.AT_BOUNDARY
    if op is sre.ASSERT_NOT and arg[0] == direction and len(arg[1]) == 1:
        kind, members = arg[1][0]
        return kind is sre.IN and (sre.CATEGORY, sre.CATEGORY_WORD) in members
    return _non_word(op, arg)


def _non_word(op: Any, arg: Any) -> bool:
    """Whether an item takes one or more characters and never a word character (`\\s+`, `[\\s-]+`): there is a
    word edge on either side of it."""
    if op in _REPEATS:
        if arg[0] < 1 or len(arg[2]) != 1:
            return False
        op, arg = arg[2][0]
    return op is sre.IN and all(
        (kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD))
        or (kind is sre.LITERAL and not _is_word(chr(value)))
        for kind, value in arg
    )


_MAX_SPELLINGS = 64  # a run of fixed text is read as one literal while it has at most this many spellings


def _spellings(op: Any, arg: Any) -> set[str] | None:
    """The strings an item of fixed text matches: a character, a class of listed characters ("[Pp]"), blanks or
    other non-word characters (" ": see `_marked`), a group, alternation or optional part of fixed texts
    ("(?:met|meets)", "s?"); None for anything else."""
    if op is sre.LITERAL:
        return {chr(arg)}
    if _non_word(op, arg):
        return {" "}
    if op in _REPEATS and (arg[0], arg[1]) == (0, 1):
        inner = _fixed(arg[2])
        return None if inner is None else {"", *inner}
    if op is sre.IN:
        return {chr(value) for kind, value in arg} if all(kind is sre.LITERAL for kind, _ in arg) else None
    if op is sre.SUBPATTERN:
        return _fixed(arg[-1])
    if op is sre.BRANCH:
        branches = [_fixed(branch) for branch in arg[1]]
        return set().union(*branches) if all(branch is not None for branch in branches) else None
    return None


def _fixed(items: Any) -> set[str] | None:
    """The spellings of a sequence of fixed-text items, or None (not fixed, or too many spellings)."""
    spellings = {""}
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no text: without its condition the spellings only match more texts
        more = _spellings(op, arg)
        if more is None:
            return None
        spellings = {head + tail for head in spellings for tail in more}
        if len(spellings) > _MAX_SPELLINGS:
            return None
    return spellings


def _literals(spellings: set[str], start: bool, end: bool) -> frozenset[Literal] | None:
    """A run of fixed text as the literals one of which it contains; None when it may be empty."""
    literals = set()
    for text in spellings:
        core = text.strip(" ")  # blanks at either end are word edges
        if not core:
            return None
        start_edge, end_edge = start or text[0] == " ", end or text[-1] == " "
        literals.add(Literal(core.lower(), start_edge and _is_word(core[0]), end_edge and _is_word(core[-1])))
    return frozenset(literals)


# Words in nearly every sentence of news prose: a poor pre-filter, whatever their length.
_COMMON_WORDS = frozenset("the and with from that this their have has had were was for said says".split())


def _selectivity(option: frozenset[Literal]) -> tuple[int, int]:
    """How rarely a text holds one of the literals (higher is rarer): long literals at word edges, not common words."""
    return min(
        0 if lit.text in _COMMON_WORDS else len(lit.text) + 2 * lit.word_start + 2 * lit.word_end for lit in option
    ), -len(option)


def _required(items: Any, start: bool = False, end: bool = False) -> frozenset[Literal] | None:
    """Literals one of which every match of the parsed sequence `items` contains, or None. `start`/`end`: the
    sequence stands right after/before a word edge."""
    items = list(items)
    options: list[frozenset[Literal]] = []
    run: set[str] = {""}  # the spellings of the current run of fixed text
    run_start = edge = start
    for index, (op, arg) in enumerate(items):
        after = items[index + 1] if index + 1 < len(items) else None
        edge_after = _edge(*after, 1) if after else end
        spellings = _spellings(op, arg)
        if spellings is not None:
            grown = {head + tail for head in run for tail in spellings}
            if len(grown) > _MAX_SPELLINGS:  # too many spellings: the run so far is one option, a new run begins
                found = _literals(run, run_start, False)
                options += [found] if found else []
                run, run_start = spellings, False
            else:
                run_start = edge if run == {""} else run_start
                run = grown
            if after is None or _spellings(*after) is None:
                found = _literals(run, run_start, edge_after)
                options += [found] if found else []
                run = {""}
            edge = _non_word(op, arg)
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            edge = edge or _edge(op, arg, -1)
            continue  # takes no text
        found = None
        if op is sre.SUBPATTERN:
            found = _required(arg[-1], edge, edge_after)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            found = _required(arg, edge, edge_after)
        elif op is sre.BRANCH:
            branches = [_required(branch, edge, edge_after) for branch in arg[1]]
            if all(branches):
                found = frozenset().union(*branches)
        elif op in _REPEATS and arg[0] >= 1:
            found = _required(arg[2], edge, edge_after and arg[1] == 1)
        elif op is sre.IN:
            found = _one_of(arg)
        if found:
            options.append(found)
        # after "\\s+", or after an optional "(?:\\w+\\s+)?" that stands at an edge itself, a word begins
        optional_tail = op in _REPEATS and arg[0] == 0 and bool(arg[2]) and _non_word(*arg[2][-1])
        edge = _non_word(op, arg) or (edge and optional_tail)
    return max(options, key=_selectivity, default=None)


def _one_of(members: Any) -> frozenset[Literal] | None:
    """A character class as a requirement: `\\d` (classes of listed characters are fixed text)."""
    if all(op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT for op, arg in members):
        return frozenset({Literal(DIGIT)})
    return None


@lru_cache(maxsize=4)
def _parsed(pattern: str, flags: int) -> Any:
    """The syntax tree of a pattern (read only; a gated pattern's literals and leading words are read from one parse)."""
    return sre_parse.parse(pattern, flags)


def required_literals(pattern: re.Pattern[str]) -> frozenset[Literal] | None:
    """The literals (lower case; `DIGIT` for any digit) one of which any match of `pattern` contains."""
    literals = _required(_parsed(pattern.pattern, pattern.flags))
    if literals is not None and pattern.flags & re.ASCII:  # ASCII word edges are not the Unicode ones tested
        literals = frozenset(Literal(literal.text) for literal in literals)
    return literals


_MAX_BEGINNINGS = 1024  # beginnings followed while reading how a pattern's matches begin


def _joined(head: str, tail: str, tail_ends: bool) -> tuple[str, bool]:
    """`head` + `tail` as a beginning, cut after its first character that is not a word character."""
    text = head + tail
    cut = next((index for index, char in enumerate(text) if not _is_word(char)), None)
    return (text[: cut + 1], True) if cut is not None else (text, tail_ends)


_DIGIT_START = "\x01"  # a beginning that is a digit (`\d`, `[0-9]`): the pattern is tried at every digit of a text
_CAPITAL_START = "\x02"  # a beginning that is a capital (`(?-i:[A-Z])`): tried at every capital of a text
_DIGITS = range(ord("0"), ord("9") + 1)
_CAPITALS = range(ord("A"), ord("Z") + 1)
_ANY_CAPITAL = re.compile("[A-Z]")


def _is_digit_class(members: Any) -> bool:
    r"""Whether a character class takes digits only (`\d`, `[0-3]`, `[12]`)."""
    return all(
        (kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT)
        or (kind is sre.LITERAL and value in _DIGITS)
        or (kind is sre.RANGE and value[0] in _DIGITS and value[1] in _DIGITS)
        for kind, value in members
    )


def _is_capital_class(members: Any) -> bool:
    """Whether a character class takes ASCII capitals only (`[A-Z]`, `[A-Z]` without case)."""
    return all(
        (kind is sre.LITERAL and value in _CAPITALS) or (kind is sre.RANGE and value[0] in _CAPITALS and value[1] in _CAPITALS)
        for kind, value in members
    )


def _item_beginnings(op: Any, arg: Any, ignorecase: bool) -> set[tuple[str, bool]] | None:
    """How one item of a pattern may begin (see `_beginnings`); `ignorecase`: whether case is ignored there."""
    if op is sre.LITERAL:
        return {(chr(arg), False)}
    if _non_word(op, arg):
        return {(" ", False)}
    if op is sre.IN:
        if all(kind is sre.LITERAL for kind, _ in arg):
            return {(chr(value), False) for _, value in arg}
        if _is_digit_class(arg):
            return {(_DIGIT_START, True)}
        return {(_CAPITAL_START, True)} if not ignorecase and _is_capital_class(arg) else None
    if op in _REPEATS:
        inner = _beginnings(arg[2], ignorecase)
        if inner is None or (arg[0] >= 1 and ("", False) in inner):
            return None
        ends = arg[1] != 1  # a repeated part goes on with itself: say no more than its first turn
        return {(text, ended or ends) for text, ended in inner} | ({("", False)} if arg[0] == 0 else set())
    if op is sre.SUBPATTERN:  # (group, flags added, flags removed, items): "(?-i:[A-Z])" minds case
        return _beginnings(arg[-1], bool(arg[1] & re.IGNORECASE) or (ignorecase and not arg[2] & re.IGNORECASE))
    if op is sre.BRANCH:
        branches = [_beginnings(branch, ignorecase) for branch in arg[1]]
        return set().union(*branches) if all(branch is not None for branch in branches) else None
    return None


def _beginnings(items: Any, ignorecase: bool) -> set[tuple[str, bool]] | None:
    """How a match of the parsed sequence `items` may begin: (fixed text, whether the pattern says no more of the
    beginning); each text ends at its first character that is not a word character. None when a match may begin
    with text that is not fixed."""
    found = {("", False)}
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no text
        if all(ended for _, ended in found):
            break
        more = _item_beginnings(op, arg, ignorecase)
        if more is None:
            if ("", False) in found:
                return None
            return {(text, True) for text, _ in found}
        found = {(text, True) if ended else _joined(text, tail, tail_ends) for text, ended in found for tail, tail_ends in more}
        if len(found) > _MAX_BEGINNINGS:
            return None
    return found


def _leading(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool, bool] | None:
    """The words (lower case, maybe shortened) one of which begins every match of `pattern` that does not begin with
    a digit or a capital, and whether one may begin with a digit, with a capital; None when a match may begin otherwise."""
    found = _beginnings(_parsed(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    if found is None:
        return None
    starts = {text for text, _ in found}
    words = frozenset(folded("".join(char for char in text if _is_word(char))) for text in starts - {_DIGIT_START, _CAPITAL_START})
    return None if "" in words else (words, _DIGIT_START in starts, _CAPITAL_START in starts)


def leading_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words (lower case, maybe shortened) one of which begins every match of `pattern`, or None."""
    leading = _leading(pattern)
    return None if leading is None or leading[1] or leading[2] else leading[0]


_EDGE = "\x00"  # stands for a run of characters that are not word characters, and for both ends of a text
_NOT_WORD_CHARS = re.compile(r"\W+")  # runs of characters that fail `_is_word`
_WORD_CHARS = re.compile(r"\w+")


def _marked(text: str) -> str:
    """`text` (folded to lower case) between two `_EDGE`s, each run of its non-word characters as one `_EDGE`: a
    literal that must stand at a word edge is found with `_EDGE` on that side, and "meeting with" is found
    whatever blanks or punctuation stand between the words (a literal with punctuation inside it then matches
    some more texts, which a pre-filter may). Its words joined by `_EDGE`s: the same text as replacing each run
    of non-word characters of f" {text} " by one, and a third cheaper."""
    return _EDGE.join(["", *_WORD_CHARS.findall(text), ""])


class _Registry:
    """Every gated pattern's literals in one Aho-Corasick automaton (rebuilt when a pattern is added)."""

    def __init__(self) -> None:
        self.literals: dict[str, set[int]] = {}  # literal as marked text (see `_marked`) -> keys
        self.on_digit: set[int] = set()
        self.automaton: ahocorasick.Automaton | None = None
        self.count = 0

    def add(self, literals: frozenset[Literal]) -> int:
        self.count += 1
        for literal in literals:
            if literal.text == DIGIT:
                self.on_digit.add(self.count)
            else:
                text = _NOT_WORD_CHARS.sub(_EDGE, literal.text)
                text = (_EDGE if literal.word_start else "") + text + (_EDGE if literal.word_end else "")
                self.literals.setdefault(text, set()).add(self.count)
        self.automaton = None
        _SEEN.clear()
        return self.count

    def matcher(self) -> ahocorasick.Automaton:
        if self.automaton is None:
            automaton = ahocorasick.Automaton()
            for text, keys in self.literals.items():
                automaton.add_word(text, frozenset(keys))
            automaton.make_automaton()
            self.automaton = automaton
        return self.automaton


_REGISTRY = _Registry()


_SEEN: dict[str, frozenset[int]] = {}  # present() per text: each family asks again about every sentence
_SEEN_LIMIT = 8192


def present(text: str) -> frozenset[int]:
    """The keys of the gated patterns whose literals occur in `text` (ignoring case, minding word edges)."""
    found = _SEEN.get(text)
    if found is None:
        if len(_SEEN) >= _SEEN_LIMIT:
            _SEEN.clear()
        found = _SEEN[text] = _scan(text)
    return found


@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    """`text` in lower case as IGNORECASE matching sees it; one character per character of `text` (asked for
    each pattern tried on a sentence, so cached): a literal not in it matches nowhere in `text`, case ignored."""
    if not text.isascii() and _FOLDED_APART.search(text):  # `str.translate` is slow: only when one of them is there
        text = text.translate(_FOLD)
    return text.lower()


def _scan(text: str) -> frozenset[int]:
    keys: frozenset[int] = frozenset()
    if _REGISTRY.literals:
        keys = keys.union(*map(itemgetter(1), _REGISTRY.matcher().iter(_marked(folded(text)))))
    if _REGISTRY.on_digit and _ANY_DIGIT.search(text):
        keys |= _REGISTRY.on_digit
    return keys


class GatedPattern:
    """A compiled pattern that skips texts lacking every literal it requires; otherwise just the pattern."""

    def __init__(self, pattern: re.Pattern[str], core: GatedPattern | None = None) -> None:
        self.compiled = pattern
        self._core = core  # a part of the pattern every match contains, looked for first (see `gated`)
        literals = required_literals(pattern)
        self.key = -1 if literals is None else _REGISTRY.add(literals)  # -1: no literal, never skipped
        # Without case, `re` tries a pattern at every character of a text: where each match begins with one of a
        # few words (or a digit), one Aho-Corasick pass finds the places worth trying instead.
        leading = _leading(pattern) if pattern.flags & re.IGNORECASE else None
        words, self._on_digits, self._on_capitals = leading or (frozenset(), False, False)
        self._words = word_automaton(words) if words else None
        self._leading_only = bool(words) or self._on_digits or self._on_capitals
        self._last: tuple[str | None, list[int]] = (None, [])  # the latest text asked about and its starts, as one value
        # The rest of `re.Pattern` as plain attributes, not a `__getattr__`: a class with one has every attribute
        # read through it, unspecialised (3.6-5 % of the extractor's instructions).
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        self.sub, self.subn, self.split, self.scanner = pattern.sub, pattern.subn, pattern.split, pattern.scanner

    def passes(self, found: frozenset[int]) -> bool:
        """Whether a text whose literals are `found` (`present(text)`, asked once for many patterns) may match."""
        return self.key < 0 or self.key in found

    def _may_match(self, text: str) -> bool:
        if self.key >= 0:
            found = _SEEN.get(text)  # most texts were scanned already; an empty set found is an answer too
            if self.key not in (present(text) if found is None else found):
                return False
        return self._core is None or self._core.search(text) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(text):
            return None
        if not self._leading_only:
            return self.compiled.search(text, pos, endpos)
        match = self.compiled.match
        for start in self._start_positions(text):
            if pos <= start < endpos and (found := match(text, start, endpos)) is not None:
                return found
        return None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.match(text, *span) if self._may_match(text) else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *span) if self._may_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        if not self._may_match(text):
            return iter(())
        return self._at_starts(text, *span) if self._leading_only else self.compiled.finditer(text, *span)

    def _start_positions(self, text: str) -> list[int]:
        """Where one of the pattern's leading words begins in `text`, in order (`folded` keeps offsets: only
        U+0130 lower-cases to two characters, and `_FOLD` maps it), or a digit (a capital) stands when a match may begin with one."""
        last_text, last_starts = self._last
        if text is last_text:  # a pattern is often asked about one text several times in a row
            return last_starts
        starts = {last + 1 - length for last, length in self._words.iter(folded(text))} if self._words else set()
        if self._on_digits:
            starts.update(match.start() for match in _ANY_DIGIT.finditer(text))
        if self._on_capitals:
            starts.update(match.start() for match in _ANY_CAPITAL.finditer(text))
        found = sorted(starts)
        self._last = (text, found)  # one assignment: a thread never sees one text with another's starts
        return found

    def _at_starts(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """`finditer`, trying the pattern only where one of its leading words begins (a match ending at `end`
        makes the search go on from there)."""
        end = pos
        for start in self._start_positions(text):
            if end <= start < endpos and (match := self.compiled.match(text, start, endpos)) is not None:
                end = match.end()
                yield match

    def findall(self, text: str, *span: int) -> list[Any]:
        return self.compiled.findall(text, *span) if self._may_match(text) else []


def word_automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over `words`, each stored with its length (its matches' start is end + 1 - length)."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def _key_anywhere(pattern: re.Pattern[str]) -> int:
    """The registry key of `pattern`'s literals without word edges (-1 when it requires none)."""
    literals = required_literals(pattern)
    return -1 if literals is None else _REGISTRY.add(frozenset(Literal(literal.text) for literal in literals))


def gated(pattern: str, flags: int = 0, core: str | None = None) -> GatedPattern:
    """`re.compile(pattern, flags)` behind a literal pre-filter: use it for patterns run over whole sentences.

    `core`: a part of `pattern` every match contains (its ending, say), for a pattern that may begin anywhere
    (optional words first): a text where the core, itself gated, is not found is not scanned with the whole."""
    return GatedPattern(re.compile(pattern, flags), gated(core, flags) if core else None)


class AnyOf:
    """Several patterns at once: `may_match` is False when none of them can match a text.

    A gated pattern is one run over whole texts; a plain one may be run over parts of a text as well
    (`pattern.match(text[i:])`), so its literals are looked for without their word edges.
    """

    def __init__(self, patterns: Iterable[GatedPattern | re.Pattern[str]]) -> None:
        self.keys = frozenset(
            pattern.key if isinstance(pattern, GatedPattern) else _key_anywhere(pattern) for pattern in patterns
        )
        self.always = -1 in self.keys

    def may_match(self, text: str) -> bool:
        return self.always or not self.keys.isdisjoint(present(text))

