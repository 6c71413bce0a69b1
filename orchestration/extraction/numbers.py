"""Counts in English news text: digits, number words, ranges, vague words and their qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestration.extraction.gates import AnyOf, gated

_UNITS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    word: 10 * value for value, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD_VALUES = {**_UNITS, **_TENS, **_SCALES, "dozen": 12}

# Qualifier phrases that stand right before a count.
_QUALIFIERS = {
    "at_least": (
        "at least", "more than", "over", "no fewer than", "no less than", "not less than", "upwards of",
        "in excess of", "a minimum of", "just over", "well over", "well above", "far more than", "many more than",
    ),
    "about": (
        "nearly", "almost", "around", "about", "some", "roughly", "approximately", "an estimated", "estimated",
        "close to", "just under", "circa", "an approximate", "approx.",
    ),
    "up_to": ("up to", "as many as", "fewer than", "less than"),
}

_WORD = "|".join(sorted(_WORD_VALUES, key=len, reverse=True))
_SCALE = "|".join(_SCALES) + "|dozen"
# Digits with thousands separators (comma or space), or plain digits with an optional decimal part.
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:\.\d+)?"
_DIGIT_COUNT = rf"(?:{_DIGITS})(?:\s+(?:{_SCALE})\b)?(?![\w%/]|:\d|[-‑]\s?(?!(?:odd|plus)\b)[A-Za-z]|\.\d)"
_WORD_COUNT = (
    rf"\b(?:(?:an?|half\s+a)\s+(?:{_SCALE})|(?:{_WORD}))(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*\b(?![-‑][A-Za-z])"
)
# A count standing on its own: not the tail of a code, time, price or decimal ("Su-25", "09:00", "$5").
_CORE = rf"(?:(?<![\w.,$€£/-])(?<!\d:){_DIGIT_COUNT}|{_WORD_COUNT})"
_RANGE_TO = gated(
    rf"(?P<low>{_CORE})(?:(?<=\d)[-–](?=\d)|\s+(?P<link>to|or)\s+)(?P<high>{_DIGIT_COUNT}|{_WORD_COUNT})",
    re.IGNORECASE,
)
_RANGE_BETWEEN = gated(rf"\bbetween\s+(?P<low>{_CORE})\s+and\s+(?P<high>{_CORE})", re.IGNORECASE)
_SINGLE = gated(_CORE, re.IGNORECASE)
_VAGUE = gated(
    r"\b(?:(?:tens|hundreds)\s+of\s+thousands|(?:several|a\s+few|many)\s+(?:hundred|thousand|dozen)"
    r"|dozens|scores|hundreds|thousands|millions|(?<!\bas\s)(?<!\bhow\s)many(?!\s+as\b)|several|numerous"
    r"|a\s+handful)\b",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = gated(
    r"\b(?P<phrase>"
    + "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+")
        for phrase in sorted((p for phrases in _QUALIFIERS.values() for p in phrases), key=len, reverse=True)
    )
    + r")\s+$",
    re.IGNORECASE,
)
_QUALIFIER_OF = {phrase: kind for kind, phrases in _QUALIFIERS.items() for phrase in phrases}
_AT_LEAST_AFTER = re.compile(r"^(?:\+|-?plus\b|\s+or\s+more\b)", re.IGNORECASE)
_ABOUT_AFTER = re.compile(r"^[-‑]odd\b", re.IGNORECASE)  # "30-odd"

# Years are dates, never counts: "April 2023", "March 3, 2022", "in 2023", "since 2014", "2023's".
_YEAR_DIGITS = re.compile(r"^(?:1[89]|20)\d\d$")
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?"
)
_YEAR_BEFORE = re.compile(
    rf"(?:\b(?:{_MONTH})\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
    r"|\b(?P<preposition>in|since|of|by|until|till|from|during|before|after|early|mid|late|spring|summer|autumn"
    r"|fall|winter|end\s+of|start\s+of)\s+"
    r"|\b(?:mid|early|late)-)$",
    re.IGNORECASE,
)
# After a bare preposition a number followed by whom it counts is a count after all ("deaths of 1900 people").
_COUNTED_AFTER = re.compile(
    r"^\s+(?:more\s+|other\s+)?(?:people|persons|civilians|soldiers|troops|servicemen|fighters|residents|children"
    r"|victims|killed|dead|died|deaths|wounded|injured|casualties)\b",
    re.IGNORECASE,
)
_VERB_THEN_COUNT = re.compile(r"^\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some|around)\s+)?(?:\d|a\s+dozen|dozens)", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"^(?:'s|’s|s\b|[-–/](?:\d\d|\d{4})\b)", re.IGNORECASE)

_ANY_COUNT = AnyOf((_RANGE_TO, _RANGE_BETWEEN, _SINGLE, _VAGUE))


@dataclass(frozen=True)
class Quantity:
    """A count in a text: `start`/`end` cover the qualifier and the number; `count` is None when vague."""

    count: int | None
    qualifier: str  # exact | at_least | about | up_to | vague
    start: int
    end: int
    text: str
    count_high: int | None = None


def _word_value(words: str) -> int | None:
    """The value of a run of number words ("forty-nine", "two dozen", "a hundred and twenty")."""
    total = current = 0
    for token in re.split(r"[\s-]+", words.lower()):
        if token in ("a", "an", "and"):
            continue
        if token == "half":
            current = 0.5
        elif token in _UNITS or token in _TENS:
            current += _WORD_VALUES[token]
        elif token in ("hundred", "dozen"):
            current = (current or 1) * _WORD_VALUES[token]
        elif token in _SCALES:
            total, current = total + (current or 1) * _SCALES[token], 0
        else:
            return None
    return int(total + current)


def parse_number(text: str) -> int | None:
    """The integer a number expression stands for; None for a fraction that names no whole count."""
    text = text.strip()
    digits = re.match(rf"^({_DIGITS})(?:\s+({_SCALE}))?$", text, re.IGNORECASE)
    if digits is None:
        return _word_value(text)
    value = float(re.sub(r"[,\s\u00a0\u202f]", "", digits.group(1)))
    if digits.group(2):
        value *= _WORD_VALUES[digits.group(2).lower()]
    return int(value) if value == int(value) else None


def _candidates(text: str) -> list[tuple[re.Match[str], str]]:
    found = [(match, "range") for match in _RANGE_BETWEEN.finditer(text)]
    found += [
        (match, "range")
        for match in _RANGE_TO.finditer(text)
        if not ((match.group("link") or "").lower() == "to" and re.search(r"\bfrom\s+$", text[: match.start()], re.I))
    ]
    found += [(match, "vague") for match in _VAGUE.finditer(text)]
    found += [(match, "single") for match in _SINGLE.finditer(text)]
    return sorted(found, key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())))


def _quantity(text: str, match: re.Match[str], kind: str) -> Quantity | None:
    start, end = match.start(), match.end()
    qualifier, count, high = "exact", None, None
    if kind == "vague":
        qualifier = "vague"
    elif kind == "range":
        count, high = parse_number(match.group("low")), parse_number(match.group("high"))
        if count is None or high is None or high <= count:
            return None
    else:
        count = parse_number(match.group(0))
        if count is None:
            return None
    before = _QUALIFIER_BEFORE.search(text, 0, start)
    if before:
        start = before.start()
        if qualifier != "vague":
            qualifier = _QUALIFIER_OF[re.sub(r"\s+", " ", before.group("phrase").lower())]
    after = _AT_LEAST_AFTER.match(text[end:])
    if after and qualifier == "exact" and high is None:
        qualifier, end = "at_least", end + after.end()
    odd = _ABOUT_AFTER.match(text[end:])
    if odd and high is None:
        qualifier, end = "about", end + odd.end()
    return Quantity(count, qualifier, start, end, text[start:end], high)


def is_year(text: str, start: int, end: int) -> bool:
    """Whether the digits at `text[start:end]` name a year: after a month or a preposition ("in April 2023",
    "since 2014", "by 2030") or with a possessive or decade ending ("2023's", "1990s", "2022-23")."""
    if not _YEAR_DIGITS.match(text[start:end]):
        return False
    if _YEAR_AFTER.match(text[end:]):
        return True
    before = _YEAR_BEFORE.search(text[:start])
    counted = _COUNTED_AFTER.match(text[end:])
    if counted and _VERB_THEN_COUNT.match(text[end + counted.end() :]):
        counted = None  # "an attack in 2013 killed 48 people": the verb has its own count
    return before is not None and not (before.group("preposition") and counted)


# A day of the month is a date, never a count: "on November 30 killed five", "the 30th of November".
_MONTH_BEFORE = re.compile(rf"\b(?=(?-i:[A-Z]))(?:{_MONTH})\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?=(?-i:[A-Z]))(?:{_MONTH})\b", re.IGNORECASE)


def _is_day_of_month(text: str, start: int, end: int) -> bool:
    digits = text[start:end]
    return digits.isdigit() and 1 <= int(digits) <= 31 and bool(_MONTH_BEFORE.search(text[:start]) or _MONTH_AFTER.match(text[end:]))


# An age after a name is no count: "Meir Tamari, 32, was killed".
_NAME_BEFORE = re.compile(r"(?-i:[A-Z][\w'’-]+),\s+$")
_COMMA_AFTER = re.compile(r"^\s*,")


def _is_age(text: str, start: int, end: int) -> bool:
    return text[start:end].isdigit() and bool(_NAME_BEFORE.search(text[:start]) and _COMMA_AFTER.match(text[end:]))


def _names_years(text: str, match: re.Match[str], kind: str) -> bool:
    if kind == "single":
        start, end = match.start(), match.end()
        return is_year(text, start, end) or _is_day_of_month(text, start, end) or _is_age(text, start, end)
    if kind == "range":
        low, high = match.span("low"), match.span("high")
        return bool(_YEAR_DIGITS.match(text[low[0] : low[1]]) and _YEAR_DIGITS.match(text[high[0] : high[1]]))
    return False


def find_quantities(text: str) -> list[Quantity]:
    """Every count in `text`, left to right, without overlaps (the longest reading wins). Years are no counts."""
    if not _ANY_COUNT.may_match(text):
        return []
    quantities: list[Quantity] = []
    taken_until = 0
    for match, kind in _candidates(text):
        if match.start() < taken_until:
            continue
        if _names_years(text, match, kind):
            taken_until = match.end()
            continue
        quantity = _quantity(text, match, kind)
        if quantity is not None:
            quantities.append(quantity)
            taken_until = match.end()
    return quantities
