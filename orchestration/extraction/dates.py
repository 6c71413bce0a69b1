"""Date expressions in news text, resolved against the publication date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from orchestration.extraction.gates import AnyOf, GatedPattern, gated, present
from orchestration.extraction.text import Sentence

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"

# (kind, pattern, offset in days from publication or None when the match decides)
_PATTERNS: tuple[tuple[str, GatedPattern], ...] = tuple(
    (kind, gated(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("day_month", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b" + _YEAR),
        ("month_day", r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?!\s*(?:%|per|,\d))" + _YEAR),
        ("days_ago", r"\b(?P<n>\d|one|two|three|four|five|six|seven|a)\s+days?\s+(?:ago|earlier)\b"),
        ("past_day", r"\b(?:in\s+the\s+|over\s+the\s+|during\s+the\s+|within\s+)?(?:past|last|previous)\s+(?:24|twenty-four)\s+hours\b|\bwithin\s+(?:a|one)\s+day\b"),
        ("yesterday", r"\b(?:yesterday|overnight|last\s+night|the\s+night\s+before)\b"),
        ("today", r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today)\b"),
        ("weekday", r"\b(?P<last>last\s+)?" + _WEEKDAY + r"(?:'s)?\b"),
        ("period", r"\b(?:(?:last|this|past|previous)\s+(?:week|month|year|weekend)|(?:since|in|during)\s+(?:the\s+)?(?:(?:19|20)\d\d|" + _MONTH + r"(?!\s+\d))|so\s+far\s+this\s+(?:year|month)|(?:past|last)\s+(?:few|\d+|two|three|four|several)\s+(?:days|weeks|months|years))\b"),
    )
)

_ANY_DATE = AnyOf(pattern for _, pattern in _PATTERNS)

# "KYIV, June 4 (Reuters) -": a wire dateline names the day of writing, not of an event.
# A hyphen ends it only before a space: "On Friday night, a 17-year-old boy" has none.
_DATELINE = re.compile(r"^[A-Z][A-Za-z.' -]{1,40},\s+(?P<date>[^-–—()]{3,30}?)\s*(?:\([^)]{1,30}\)\s*)?(?:-(?=\s)|[–—])")


@dataclass(frozen=True)
class DateMention:
    """A date expression; `day` is None for periods and for days after publication."""

    day: date | None
    start: int
    end: int
    text: str
    kind: str  # weekday | relative | explicit | period | dateline


_AHEAD_DAYS = 31  # a month-day this far after publication is an upcoming day of this year ("a truce beginning on Dec. 20")


def _year_for(month: int, day: int, published: date) -> int:
    """The year that puts a month-day on or before publication (news reports the past), or within the month ahead."""
    try:
        return published.year if date(published.year, month, day) <= published + timedelta(days=_AHEAD_DAYS) else published.year - 1
    except ValueError:
        return published.year


def _explicit_day(match: re.Match[str], published: date) -> date | None:
    month_text = match.group("month").lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
    day = int(match.group("day"))
    year = int(match.group("year")) if match.group("year") else _year_for(month, day, published)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_day(match: re.Match[str], published: date) -> date:
    back = (published.weekday() - WEEKDAYS.index(match.group("weekday").lower())) % 7
    if match.group("last") and back == 0:
        back = 7
    return published - timedelta(days=back)


def _resolve(kind: str, match: re.Match[str], published: date) -> tuple[date | None, str]:
    if kind in ("iso", "day_month", "month_day"):
        return _explicit_day(match, published), "explicit"
    if kind == "days_ago":
        n = match.group("n").lower()
        return published - timedelta(days=int(n) if n.isdigit() else _NUMBER_WORDS[n]), "relative"
    if kind in ("past_day", "yesterday"):
        return published - timedelta(days=1), "relative"
    if kind == "today":
        return published, "relative"
    if kind == "weekday":
        return _weekday_day(match, published), "weekday"
    return None, "period"


def _lower_case_name(kind: str, match: re.Match[str]) -> bool:
    """'may' or 'march' in lower case is a verb, not a month; weekdays are names too."""
    group = "weekday" if kind == "weekday" else "month"
    value = match.groupdict().get(group)
    return bool(value) and value[0].islower()


@lru_cache(maxsize=65536)
def find_dates(text: str, published: date) -> list[DateMention]:
    """Every date expression in `text`, left to right, without overlaps (earlier patterns win)."""
    if not _ANY_DATE.may_match(text):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    dateline = _DATELINE.match(text)
    literals = present(text)
    for kind, pattern in _PATTERNS:
        if not pattern.passes(literals):
            continue
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if _lower_case_name(kind, match):
                continue
            day, resolved_kind = _resolve(kind, match, published)
            if day is not None and day > published:
                day = None  # news reports what happened; a later day is a plan, not an event
            taken.append((match.start(), match.end()))
            if dateline and match.end() <= dateline.end("date"):
                resolved_kind = "dateline"
            found.append(DateMention(day, match.start(), match.end(), match.group(0), resolved_kind))
    return sorted(found, key=lambda mention: mention.start)


# "the May 29 five-day ceasefire", "the May 11 Jeddah declaration": a date naming a thing, not the day of the news
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|declaration|agreement|accord|deal|attack|offensive|"
                         r"negotiations|talks|summit|communiqu[eé]|statement|understanding|memorandum|commitments?)\b", re.IGNORECASE)


def _names_a_thing(text: str, mention: DateMention) -> bool:
    """A date used as part of a name ("the May 2 ceasefire"), not as the day something happened."""
    return bool(_THE_BEFORE.search(text, max(0, mention.start - 5), mention.start) and _NOUN_AFTER.match(text, mention.end))


def sentence_dates(sentences: Sequence[Sentence], published: date) -> list[tuple[date, bool]]:
    """Per sentence, (day, inferred): its own first day clue (a wire dateline is none); else the last
    day clue of an earlier sentence in the same paragraph; else the publication date, flagged as inferred."""
    resolved: list[tuple[date, bool]] = []
    carried: date | None = None
    paragraph: int | None = None
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            carried, paragraph = None, sentence.paragraph
        days = [m.day for m in find_dates(sentence.text, published) if m.day and m.kind != "dateline" and not _names_a_thing(sentence.text, m)]
        if days:
            resolved.append((days[0], False))
            carried = days[-1]
        elif carried is not None:
            resolved.append((carried, False))
        else:
            resolved.append((published, True))
    return resolved


_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# "comes two days after", "a day after": the count's day, so many days before the one the sentence tells
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|[1-6])\s+days?\s+after\b(?![^,;.]{0,40}\b(?:war|conflict)\b)", re.IGNORECASE)


def days_after(text: str, position: int) -> re.Match[str] | None:
    """The "two days after" whose clause tells the event at `position` ("The attack comes two days after 26
    civilians were killed"): the event is so many days before the day the sentence tells."""
    earlier = _DAYS_AFTER.search(text, 0, position)
    if earlier and position - earlier.end() <= 60 and "," not in text[earlier.end() : position]:
        return earlier
    return None


def days_counted(after: re.Match[str]) -> int:
    """How many days a `days_after` phrase counts back."""
    return _DAY_COUNTS[after.group("n").lower()]
