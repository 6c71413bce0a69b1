"""Scope and day of a casualty count: one incident (dated when the text allows) or a total over a period.

A period the toll spans makes it cumulative ("since the war began", "this year", "over the past month",
"weeks of clashes that have killed", "in the 2020 war"); a point in time does not ("in March", "in 2019",
"earlier this month", "since dawn", "so far" in one operation): that is one incident, dated or not.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from collections.abc import Sequence
from functools import lru_cache

from orchestration.extraction.dates import WEEKDAYS, DateMention, days_after, days_counted, find_dates
from orchestration.extraction.gates import folded, gated
from orchestration.extraction.text import Sentence

_WEEKDAY = "|".join(WEEKDAYS)
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
# "totalling", "to date", "over the past month": a toll summed over time (not "the French company Total").
_CUMULATIVE = re.compile(
    r"\b(?:so\s+far\s+(?:this|in)\b|to\s+date|(?<!\ba\s)(?<!\bin\s)(?:(?-i:t)|(?<![a-z]\s)(?-i:T))otal(?:ling|led|ed|s)?|altogether|overall|cumulative"
    r"|throughout"
    r"|(?:over|in|during|within|for)\s+(?:the\s+)?(?:past|last|previous|first|recent)\s+"
    r"(?:(?:\w+\s+)?(?:weeks?|months?|years?|decade)|(?!(?:two|three|four|five|few|couple\s+of|[2-5])\s+days)(?:\w+\s+)?days)\b"
    r"|over\s+(?:the\s+)?(?:past\s+|last\s+)?week\b"  # not "over the last two days": one operation's days
    r"|(?:in|during|(?<!prisoners\s)(?<!prisoner\s)of|over)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:war|conflict|invasion)\b"  # not "prisoners of war"
    r"(?!-|\s+(?:zones?|areas?|regions?))"
    r"|(?:war|conflict|invasion),?\s+(?:which\s+|that\s+)?(?:has|have|had)\b"
    # "two years of war", "weeks of clashes that have killed ...": a toll over the span named
    r"|(?:\w+|\d+)\s+(?:weeks|months|years)\s+of|\b(?:weeks|months|years|decades)\s+of"
    r"|(?!(?:two|three|four|five|six|seven|few|several|[2-7])\s+days)(?:\w+|\d+)\s+days\s+of"  # not "five days of clashes": one fight
    r"|\b(?:a|one)\s+(?:year|month)\s+of\b"  # "more than a year of violence in which 36 were killed"
    # "From January 1 until Aug. 15", "in two weeks", "across the country": a span of time or land, not one attack
    r"|\bfrom\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+(?:until|till|to|through)\b"
    rf"|\bfrom\s+(?:{_MONTHS})\.?(?:,?\s+(?:19|20)\d\d)?\s+(?:until|till|to|through)\b"  # "From October 2024 until June"

    # "409 deaths were recorded in 2025": a statistic over the year
    r"|\b(?:first|second|latter)\s+half\s+of\b"
    r"|(?:recorded|registered|documented|counted|tallied)\s+(?:in|during|for|over)\s+(?:19|20)\d\d\b"
    # "The war, which erupted in April 2023, has killed ...", "the conflict killed ...": the war's whole toll.
    r"|\b(?:war|conflict|invasion)\s*,[^,;]{1,80},\s*(?:(?:has|have|had)\b|killed\b|claimed\b|left\b)"
    r"|\b(?:war|conflict|invasion)(?:\s+(?:between|in|with|against|on|over|around|for)\s+[^,;.]{1,50}?)?\s+(?:(?:that|which)\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:so\s+far\s+|now\s+|already\s+)?(?:killed|claimed|left)\b"  # "the war over the territory that left 6,600 dead"
    # "The battle for the capital has left 2,000 dead", "the siege has so far killed 300": a campaign's toll to date
    r"|\b(?:battle|siege|crisis|insurgency|offensive|campaign)(?:\s+(?:for|of|in|on|around|against)\s+[^,;.]{1,50}?)?\s+(?:(?:that|which)\s+)?"
    r"(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|claimed|left)\b"
    r"|\benter(?:s|ed|ing)\s+(?:its|their)\s+(?:\w+\s+)?(?:week|month|year)\b"  # "as the crisis enters its fourth month, the toll is"
    # "killed in gang violence in Haiti in 2024", "860 violations in 2017 which led to", "in July and August 2022": a year's or months' toll
    r"|\b(?:violence|fighting|clashes|attacks|violations)\b[^.;]{0,40}?\bin\s+(?:19|20)\d\d\b"
    r"|\bin\s+[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "this year", "this month's": the toll so far in the running period; not "earlier this month" or
# "in May this year", which date one event.
# An opening phrase that sets the scene: its span is the background, not the toll's own.
_INTRO_PHRASE = re.compile(r"(?:With|Amid|As|Following)\b[^,;]{0,160},\s*")
_RUNNING_PERIOD = re.compile(r"\bthis\s+(?:week|month|year)(?:'s|’s)?", re.IGNORECASE)
_POINT_BEFORE = re.compile(rf"\b(?:earlier|later|(?:in\s+)?(?:{_MONTHS})|late|early)\s+$", re.IGNORECASE)
_LARGEST_INCIDENT = 10_000  # more dead or wounded than one incident plausibly leaves: a total
# A running total tacked on: "..., bringing the toll since October to 3,700".
_BIG_COUNT = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d{5,})\s+(?:[\w-]+\s+)?(?:injur|wound|dead|death|kill|casualt|lives)", re.IGNORECASE)
_TOTAL_UPDATE = re.compile(r",\s+(?:bringing|raising|taking|pushing|lifting|increasing)\b", re.IGNORECASE)
_SPAN_WORD = re.compile(r"\b(?:since|so\s+far|to\s+date|this\s+(?:year|month|week)|war|conflict|offensive|campaign)\b", re.IGNORECASE)
_THIS_ATTACK = re.compile(r"\b(?:in|from|of|during)\s+(?:this|that|the)\s+(?:same\s+)?(?:attack|ambush|raid|blast|explosion|bombing|strike|assault|massacre)\b",
                          re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# "its troops killed 15 militants and have since recaptured the areas": "since" as an adverb spans no toll
_SINCE_ADVERB = re.compile(r"\b(?:have|has|had|having|ever)\s+$", re.IGNORECASE)
_ACROSS_THE_LAND = re.compile(r"\bacross\s+the\s+country\b|\bnationwide\b|\bcountrywide\b", re.IGNORECASE)
_IN_WEEKS = re.compile(r"\bin\s+(?:the\s+)?(?:\w+|\d+)\s+(?:weeks|months)\b", re.IGNORECASE)
# "since dawn", "since Monday morning": the hours of one attack, not a period of the war.
_SINCE_HOURS = re.compile(
    rf"\bsince\s+(?:(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:began|started|erupted|flared(?:\s+up)?|broke\s+out|came\s+into\s+(?:force|effect)"
    rf"|took\s+effect|went\s+into\s+effect)\s+(?:on\s+)?)?"  # "since the fighting flared on Thursday"
    rf"(?:early\s+|late\s+)?(?:dawn|daybreak|sunrise|midnight|morning|this\s+morning|last\s+night"
    rf"|yesterday|(?:{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?)\b",
    re.IGNORECASE,
)
# "since gunmen launched an attack on the base on Saturday": the hours of that one attack.
_SINCE_ATTACK = re.compile(rf"\bsince\s+(?:[\w-]+\s+){{0,2}}?(?:launched|mounted|stormed|attacked|raided|struck)\b[^,;.]{{0,60}}?"
                           rf"\bon\s+(?:{_WEEKDAY})\b", re.IGNORECASE)
# Periods from `find_dates` that span time ("past three weeks", "since 2014", "so far this year"), unlike a
# month, a year or "last week" that date one event.
_FUTURE_BEFORE = re.compile(r"\b(?:will|is\s+to|are\s+to|to\s+be|set\s+to|due\s+to)\b[^,;.]{0,40}$", re.IGNORECASE)
_SPANNING_PERIOD = re.compile(r"^(?:since|so\s+far|past|this|during)\b", re.IGNORECASE)
# "the deadliest fighting since 2020" compares; it does not total.
_SUPERLATIVE = re.compile(
    r"\b(?:\w+iest|worst|first|most|biggest|largest|highest|greatest|strongest|fiercest|lowest|fewest)\b"
    r"(?:\s+\S+){0,12}\s*$",
    re.IGNORECASE,
)
# A superlative whose span the period phrase closes: "its most intense wave of airstrikes in Beirut since the start of".
_COMPARED = re.compile(
    r"\b(?:\w+iest|worst|most|biggest|largest|highest|greatest|fiercest|heaviest)\b(?:\s+\S+){0,10}\s+since\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
# A superlative the period phrase right after it ranks: "Cameroon's deadliest massacre in recent years".
_RANKED = re.compile(r"\b(?:\w+iest|worst|biggest|largest|highest|greatest|fiercest|heaviest)(?:\s+[\w’'-]+){0,4}\s+$", re.IGNORECASE)
_LAST_PERIOD = re.compile(r"\b(?:last|previous|past)\s+(?:month|year)\b", re.IGNORECASE)
# One event named in the words around a count: its toll is an incident whatever its date.
_EVENT = re.compile(
    r"\b(?:attacks?|strikes?|airstrikes?|raids?|ambush(?:es)?|bombings?|blasts?|explosions?|shelling|assault"
    r"|massacre|clash(?:es)?|shooting|bomb|explosion|incident|operation"
    r"|(?:a\s+single|one)\s+(?:day|night|weekend))\b",  # "killed in a single weekend last month"
    re.IGNORECASE,
)
# The count's own predicate names one attack on one day: "seven more people killed in another massacre on
# Friday", "two peacekeepers died in an ambush on May 5".
_OWN_EVENT = re.compile(
    r"[^,;.]{0,60}?\b(?:killed|died|dead|wounded|injured|hurt)\s+(?:in|during)\s+(?:an?|another|the)\s+"
    r"(?:(?!series|string|wave|spate)[\w-]+\s+){0,2}?(?:attack|strike|airstrike|raid|ambush|bombing|blast|explosion|assault"
    r"|massacre|clash|shooting)\b[^,;.]{0,40}?\bon\s+(?:" + _WEEKDAY + r"|(?:" + _MONTHS + r")\.?\s+\d{1,2})\b"
    # or the count's own day right after its outcome: "Chinegodar, where 89 were killed on January 8", "(71 dead on December 10)"
    r"|[^,;.()]{0,25}?\b(?:killed|died|dead|wounded|injured)\s+on\s+(?:(?:" + _MONTHS + r")\.?\s+\d{1,2}|\d{1,2}\s+(?:" + _MONTHS + r"))\b",
    re.IGNORECASE,
)
# The count's own predicate names one strike: "three Israelis were killed by a Gaza rocket during the conflict".
_ONE_HIT = re.compile(
    r"[^,;.]{0,40}?\b(?:killed|died|wounded|injured)\s+(?:by|in)\s+(?:a|an|one|a\s+single)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rocket|missile|shell|mortar\s+round|drone|bomb|landmine|mine|airstrike|strike|blast|explosion)\b(?!-)",
    re.IGNORECASE,
)
# A relative clause carries its own time: "Hamas's attack in 2023, in which 1,200 were killed" is one
# incident whatever the main clause says ("since the invasion began ...").
_RELATIVE = re.compile(
    r"(?:,\s*|\b)(?:in|during|of|after)\s+which\b|,\s*when\b|\bwhen\b|,\s*which\b|\bthat\s+(?=(?:\w+\s+){0,2}"
    r"(?:killed|kills|left|claimed|wounded|injured|has|have|had)\b)",
    re.IGNORECASE,
)
_ANTECEDENT_WORDS = 6
# A relative clause after the count describes its own noun: "..., killing 400 and ending a truce that had held
# since January" (the truce's time, not the toll's); unless that noun is the war whose whole toll it is.
_LATER_RELATIVE = re.compile(
    r"\b(?P<noun>\w+),?\s+(?:that|which)\s+(?=(?:\w+\s+){0,2}"
    r"(?:has|have|had|was|were|is|are|would|could|might|began|started|erupted|held|broke|lasted|brings|brought|raises|raised|takes|took)\b)",
    re.IGNORECASE,
)
_WAR_NOUNS = frozenset("war conflict invasion fighting offensive campaign insurgency violence hostilities".split())
# "a six-week stretch of violence that claimed ...": the toll of the span, told in the span's own relative clause
# "Manipur, which has witnessed over 100 deaths": a place's toll so far, told in its relative clause
_PLACE_TOLL = re.compile(r"\b(?:which|that)\s+(?:has|have)\s+(?:witnessed|seen|suffered)\s+[^,;.]*$", re.IGNORECASE)
_SPAN_OF_WAR = re.compile(r"\b\w+-(?:week|month|year)(?:-long)?\s+(?:stretch|period|spell|span|wave|surge|campaign|siege)\s+of\s+\w+"
                          r",?\s+(?:that|which|in\s+which)\b[^,;.]*$", re.IGNORECASE)
_EXCHANGE = re.compile(r"\b(?:repatriat|exchang|swap|handed\s+over|hand\s+over|returned|received)\w*", re.IGNORECASE)
_REMAINS = re.compile(r"\b(?:bodies|remains)\b", re.IGNORECASE)
# A day that dates a statement, not the casualties: "police said on Tuesday that nine were killed".
_STATEMENT_BEFORE = gated(
    r"\baccording\s+to\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){1,6}?on\s+$|"  # "according to authorities on Monday"
    r"\bstatements?\s+(?:by|from)\s+(?:[\w'’-]+\s+){1,5}?on\s+$|"  # "a statement by the military high command on Tuesday"
    # "accused the PKK on Monday of a bombing that killed six", not "blamed the militia for a rocket barrage on Friday"
    r"\b(?:accus(?:ed|es)|blam(?:ed|es))\s+(?:(?!(?:for|of)\s)[\w'’()-]+\s+){1,6}?on\s+$|"
    r"\b(?:said|says|told|informed|announced|reported|added|stated|confirmed|claimed|wrote|posted|tweeted|declared)"
    r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:post|statement|message|video|tweet|briefing|interview)"
    r"(?:\s+on\s+[\w.]+)?)?"
    r"(?:\s+(?!(?:that|the|a|an)\b)[\w'’-]+){0,2}?\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.IGNORECASE,
)
_STATEMENT_AFTER = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?:said|told|announced|reported|confirmed|claimed(?!\s+(?:the\s+)?(?:[\w-]+\s+)?lives))\b"
    # "On 20th October, the Somali government released a statement ...": the statement's day
    r"|^\s*,\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:has\s+|had\s+)?(?:released|issued|published)\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|report|update|toll)\b",
    re.IGNORECASE,
)
_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b", re.IGNORECASE)
_EVENT_WINDOW_DAYS = 7  # the article's news day is at most a week before publication
_SINCE_REACH = 24  # characters after "since" that its day stands in ("since Monday, 13 July")
_NIGHT = re.compile(
    r"\bnight(?:time)?\s+(?:shelling|attacks?|strikes?|raids?|bombing|bombardment|assault|fighting|clashes)\b", re.I
)


@lru_cache(maxsize=4096)  # asked again for the same count by its scope, day and relative clause
@lru_cache(maxsize=4096)  # asked by the scope, the day, the side and the claimant of each count
def scope_window(sentence: str, position: int) -> tuple[int, int]:
    """The part of a sentence that speaks of the count at `position`: its relative clause with the noun
    it hangs on ("Hamas's October 7 attack, in which ..."), else the sentence part between running-total
    updates ("..., bringing the toll since October to 3,700")."""
    cuts = [0, *(match.start() for match in _TOTAL_UPDATE.finditer(sentence)), len(sentence)]
    start, end = next((a, b) for a, b in zip(cuts, cuts[1:]) if a <= position < b)
    later = next(
        (m for m in _LATER_RELATIVE.finditer(sentence, position, end) if m.group("noun").lower() not in _WAR_NOUNS), None
    )
    end = later.end("noun") if later else end
    openers = [(begin, finish) for begin, finish in _relative_openers(sentence, start) if finish <= position]
    if openers:
        words = list(re.finditer(r"\S+", sentence[start : openers[-1][0]]))
        start = start + words[-_ANTECEDENT_WORDS].start() if len(words) >= _ANTECEDENT_WORDS else start
    return start, end


def relative_clause_start(sentence: str, position: int) -> int | None:
    """Where the relative clause holding the count at `position` begins ("..., in which 800 were killed")."""
    start, _ = scope_window(sentence, position)
    openers = [begin for begin, finish in _relative_openers(sentence, 0) if finish <= position]
    return openers[-1] if openers and openers[-1] >= start else None


@lru_cache(maxsize=1024)  # the counts of one sentence share it
def _relative_openers(sentence: str, start: int) -> tuple[tuple[int, int], ...]:
    """The spans of the words that open a relative clause ("in which", ", when") from `start` on."""
    return tuple(match.span() for match in _RELATIVE.finditer(sentence, start))


@lru_cache(maxsize=1024)  # the counts of one sentence mostly share their scope window
def _totalling(text: str) -> bool:
    """A phrase of a total over a period, not the span of a comparison ("the most intense strikes since the start
    of the conflict, killing 42")."""
    spans = [match for match in _CUMULATIVE.finditer(text) if not _SPAN_ENDED.search(text, max(0, match.start() - 40), match.start())
             and not _RANKED.search(text, max(0, match.start() - 80), match.start())]  # "the deadliest massacre in recent years"
    if "since" not in folded(text):  # a comparison over a "since" span needs its "since"
        return bool(spans)
    return any(not _COMPARED.search(text[: match.start()]) for match in spans)


# "a truce meant to end more than a year of fighting": the span is the war's, not a toll's (unlike "the toll after two
# months of fighting").
# Nor is the span of what set the fighting off ("100 have died in fighting since Thursday, sparked by weeks of protests").
_SPAN_ENDED = re.compile(r"\b(?:(?:end|ends|ended|ending|halt|halts|halted|halting|stop|stops|stopped|stopping)\s+"
                         r"|(?:sparked|triggered|fuell?ed|prompted)\s+(?:by\s+)?)(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+)?$", re.IGNORECASE)


def _running(text: str) -> bool:
    """"this week", "this year" spanning the toll, not the time of one attack ("an attack on a village this week")."""
    if _ONE_ATTACK.search(text):
        return False
    return any(not _POINT_BEFORE.search(text[: match.start()]) for match in _RUNNING_PERIOD.finditer(text))


# One attack, or one battle told with an article ("in a five-day battle for the town"), not "the battle for".
_ONE_ATTACK = re.compile(r"\b(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|ambush|strike|airstrike|bombing|assault|blast|explosion|massacre)"
                         r"|an?\s+(?:[\w-]+\s+){0,2}?(?:battle|firefight|gunfight|clash|skirmish))\b(?!\s+(?:and|or)\b)", re.IGNORECASE)


def _since_this_week(text: str, position: int, published: date) -> bool:
    """"321 deaths since July 13" told a week later: the toll of one flare-up of a few days, not of a war."""
    day = next((mention.day for mention in find_dates(text[position : position + _SINCE_REACH], published)), None)
    return day is not None and 0 <= (published - day).days <= _EVENT_WINDOW_DAYS


def scope(sentence: str, position: int, count: int | None, published: date) -> str:
    """Cumulative for a total over a period or a body exchange (and for counts too large for one incident)."""
    if (count or 0) >= _LARGEST_INCIDENT:
        return "cumulative"
    start, end = scope_window(sentence, position)
    if any(int(big.group("n").replace(",", "")) >= _LARGEST_INCIDENT for big in _BIG_COUNT.finditer(sentence, start, end)):
        return "cumulative"  # "a toll of 4,047 lives lost and 16,638 injuries": told beside a war's total
    intro = _INTRO_PHRASE.match(sentence)
    if intro and start < intro.end() <= position and _EVENT.search(sentence, intro.end(), end):
        start = intro.end()  # "With weeks of fighting showing no sign of abating, three police were killed in two attacks"
    text = sentence[start:end]
    if (_OWN_EVENT.match(sentence, position) or _ONE_HIT.match(sentence, position)) and not _TOTAL_UPDATE.search(sentence, position):
        return "incident"  # "..., with seven more killed in another massacre on Friday", "killed by a rocket": one attack
    update = _TOTAL_UPDATE.match(text)
    if update and _THIS_ATTACK.search(sentence, 0, start) and not _SPAN_WORD.search(text) and not _totalling(text):
        return "incident"  # "A woman was also killed in this attack, bringing the death toll to seven": the attack's toll
    if update or _totalling(text) or _running(text) or _SPAN_OF_WAR.search(sentence, 0, position) or _PLACE_TOLL.search(sentence, 0, position):
        return "cumulative"  # "..., bringing the toll to 250": the running total after the day's figure
    if _ACROSS_THE_LAND.search(text) and not _EVENT.search(text):  # "610 killed across the country", not one attack's
        return "cumulative"
    if _EXCHANGE.search(text) and _REMAINS.search(text):
        return "cumulative"
    periods = [
        mention.start
        for mention in find_dates(text, published)
        if mention.kind == "period"
        and _SPANNING_PERIOD.match(mention.text)
        and str(published.year) not in mention.text
        and not _POINT_BEFORE.search(text[: mention.start])
        and not _FUTURE_BEFORE.search(text, max(0, mention.start - 60), mention.start)  # "where a vote is to be held this weekend"
        and not (_RUNNING_PERIOD.fullmatch(mention.text) and _ONE_ATTACK.search(text))  # "an attack on a village this week"
    ]
    since = [match.start() for match in _SINCE.finditer(text)
             if not _SINCE_HOURS.match(text, match.start()) and not _SINCE_ATTACK.match(text, match.start())
             and not _SINCE_ADVERB.search(text, max(0, match.start() - 20), match.start())
             and not _since_this_week(text, match.end(), published)]
    since += [match.start() for match in _IN_WEEKS.finditer(text)]  # "123 killed in two weeks", not "highest in two months"
    if any(not _SUPERLATIVE.search(text[:at]) for at in periods + since):
        return "cumulative"
    # "Last year, 3,500 soldiers were killed": a past month or year with no single event in view is a total
    last = _LAST_PERIOD.search(text)
    return "cumulative" if last and count != 1 and not _EVENT.search(text) else "incident"


# A running total told in the present perfect: "More than 224 Palestinians have been killed by Israeli fire".
_PERFECT_TOLL = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+|already\s+)?(?:been\s+(?:killed|wounded|injured)|died|killed|claimed|suffered|lost)\b",
                           re.IGNORECASE)
RUNNING_TOTAL_MIN = 100  # more dead or wounded than the day's news of one attack usually tells without naming it
_A_TOTAL_OF = re.compile(r"\ba\s+total\s+of\s+[^.;:]{0,80}$", re.IGNORECASE)  # also its coordinated count ("and 5,558 others injured")
_BATTLE = re.compile(r"\b(?:fighting|battle|offensive|firefight|gunfight|skirmish(?:es)?)\b", re.IGNORECASE)
# The fighting as the subject of a running toll: "The fighting in Tripoli has claimed the lives of 700 people".
_FIGHTING_HAS = re.compile(r"\b(?:fighting|violence)\b[^,;.]{0,40}?\b(?:has|have)\s+(?:\w+\s+)?(?:killed|claimed|left)\b",
                           re.IGNORECASE)


def told_as_total(sentence: str, position: int) -> bool:
    """"A total of 1,048 people have been killed during fighting": the count is told as a sum, even in a lead."""
    return _A_TOTAL_OF.search(sentence, max(0, position - 100), position) is not None


def background_total(sentence: str, position: int, count: int | None, published: date) -> bool:
    """A large toll in the present perfect naming no attack, battle or day: a running total of the war, when
    it is told after the lead ("More than 224 Palestinians have been killed by Israeli fire")."""
    start, end = scope_window(sentence, position)
    text = sentence[start:end]
    one_event = _EVENT.search(text) or (_BATTLE.search(text) and not _FIGHTING_HAS.search(text) and not told_as_total(sentence, position))
    return (count or 0) >= RUNNING_TOTAL_MIN and bool(_PERFECT_TOLL.search(text)) and not one_event and not event_days(sentence, published)


def _past_point(text: str, published: date) -> bool:
    """A month, a year or "last week" dates the event, though to no day ("in March", "in 2019", "earlier
    this month")."""
    return any(
        mention.kind == "period"
        and (not _SPANNING_PERIOD.match(mention.text) or _POINT_BEFORE.search(text[: mention.start]))
        for mention in find_dates(text, published)
    )


@lru_cache(maxsize=4096)  # asked for each sentence of an article with a toll, and again for each of its counts
def _told_days(sentence: str, published: date) -> tuple[tuple[DateMention, ...], tuple[DateMention, ...]]:
    """The days named in a sentence that may date an event, and those that date a statement (with the date a
    statement's weekday is glossed with: "on Wednesday (Dec 11)"); wire datelines are neither."""
    events: list[DateMention] = []
    statements: list[DateMention] = []
    for mention in find_dates(sentence, published):
        if not mention.day or mention.kind == "dateline" or _SCHEDULED_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
            continue
        if (_STATEMENT_BEFORE.search(sentence, 0, mention.start) or (mention.start > 0 and _STATEMENT_AFTER.match(sentence[mention.end :]))
                or (statements and _GLOSS.fullmatch(sentence, statements[-1].end, mention.start))):
            statements.append(mention)
        else:
            events.append(mention)
    return tuple(events), tuple(statements)


def event_days(sentence: str, published: date) -> tuple[DateMention, ...]:
    """The days named in a sentence that may date an event: not a wire dateline, nor the day of a statement."""
    return _told_days(sentence, published)[0]


def _reported_by(sentence: str, published: date) -> date | None:
    """The day before publication on which the sentence's toll was told ("the ministry said on Saturday"): the
    casualties happened no later than it, most often on it."""
    days = [mention.day for mention in _told_days(sentence, published)[1] if mention.day < published]
    return days[-1] if days else None


# A day something is planned for dates no casualty: "the elections scheduled for 28 December", "ahead of 28 December polls".
_SCHEDULED_BEFORE = re.compile(r"\b(?:(?:scheduled|slated|planned|set|due)\s+(?:for|on)|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_GLOSS = re.compile(r"\s*[(,]\s*")  # "on Wednesday (Dec 11)", "on Wednesday, Dec 11"


# A sentence that tells when the attack just reported happened: "The attack occurred late Tuesday night".
_SAME_EVENT_TOLD = re.compile(
    r"(?:The|That|This)\s+(?:[\w-]+\s+)?(?:attack|ambush|strike|airstrike|raid|bombing|blast|explosion|clash|incident|assault|shelling)"
    r"\s+(?:occurred|took\s+place|happened|was\s+carried\s+out|began|started|came)\b"
)
_NEWS_DAY_WORDS = gated(r"\b(?:earlier|later)\s+(?:in\s+the\s+day|today)\b", re.IGNORECASE)


def fallback_days(sentences: Sequence[Sentence], published: date) -> list[tuple[date, bool]]:
    """Per sentence, the day a count without a day of its own takes, and whether it is only inferred: the
    last event day of the sentence or earlier in its paragraph (or the paragraph before, when that day is
    of the past week), else the article's news day (its first event day within a week before publication; also
    for "earlier in the day"), else the publication day, inferred."""
    stated_days = [[mention.day for mention in event_days(sentence.text, published) if mention.day] for sentence in sentences]
    recent = [day for days in stated_days for day in days if (published - day).days <= _EVENT_WINDOW_DAYS]
    news_day = recent[0] if recent else None
    resolved: list[tuple[date, bool]] = []
    carried: date | None = None
    paragraph: int | None = None
    stated: date | None = None  # the last event day the current paragraph itself states
    for index, (sentence, days) in enumerate(zip(sentences, stated_days)):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if not days and following is not None and stated_days[index + 1] and _SAME_EVENT_TOLD.match(following.text):
            days = stated_days[index + 1][:1]  # "Four soldiers were killed in Diyala. The attack occurred late Tuesday"
        if sentence.paragraph != paragraph:
            recent = stated is not None and (published - stated).days <= _EVENT_WINDOW_DAYS
            follows = paragraph is not None and sentence.paragraph == paragraph + 1
            carried = stated if recent and follows else None
            stated, paragraph = None, sentence.paragraph
        carried = days[-1] if days else carried
        stated = days[-1] if days else stated
        if days:
            resolved.append((days[0], False))
        elif news_day is not None and _NEWS_DAY_WORDS.search(sentence.text):
            resolved.append((news_day, False))  # "Earlier in the day, a bomb killed five": the day of the lead's news
        elif carried is not None:
            resolved.append((carried, False))
        else:
            resolved.append((news_day or published, True))
    return resolved


_CONTRAST = re.compile(r",\s+(?:while|whereas|and\s+another|as)\s+(?=[^,;]*$)", re.IGNORECASE)  # the last contrasted clause


def incident_day(
    sentence: str, position: int, fallback: tuple[date, bool], published: date
) -> tuple[date | None, bool]:
    """The day of the count's own attack ("died in an ambush on May 5"), else the day named nearest the count in
    the sentence; a night attack is the night before; no day for an
    event dated only by a past month or year; else the day carried from earlier sentences."""
    days = event_days(sentence, published)
    anniversary = _ANNIVERSARY.search(sentence, 0, position)  # "marks the 24th anniversary of the bombing, which killed 29"
    if anniversary:
        told = [mention.day for mention in days if mention.end <= anniversary.start()]
        reference = told[-1] if told else published
        years = int(anniversary.group("n"))
        return (reference.replace(year=reference.year - years) if (reference.month, reference.day) != (2, 29) else None), False
    earlier = days_after(sentence, position)  # "The attack comes two days after 26 civilians were killed"
    if earlier and not any(earlier.end() <= mention.start for mention in days):  # the count in the after-clause itself
        told = [mention.day for mention in days if mention.end <= earlier.start()]
        reference, inferred = (told[-1], False) if told else fallback
        return reference - timedelta(days=days_counted(earlier)), inferred
    own = _OWN_EVENT.match(sentence, position)
    days = [mention for mention in days if position <= mention.start < own.end()] or days if own else days
    # "five were killed on Sunday, while two others died Monday morning": the day in the count's own contrasted clause
    clause = _CONTRAST.search(sentence, 0, position)
    days = [mention for mention in days if mention.start >= clause.end()] or days if clause else days
    if days:
        return min(days, key=lambda mention: abs(mention.start - position)).day, False
    if _NIGHT.search(sentence):
        return published - timedelta(days=1), False
    start, end = scope_window(sentence, position)
    if _past_point(sentence[start:end], published):
        return None, False
    reported = _reported_by(sentence, published) if fallback == (published, True) else None
    return (reported, False) if reported else fallback
