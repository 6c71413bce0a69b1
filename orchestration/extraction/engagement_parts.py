"""What every diplomacy reader shares: a found engagement, pairing its participants, whether it happened, and the
article context the readers keep."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from orchestration.extraction.clauses import NOT_A_SIDE, SIDE_TITLES, Participant, SentenceView, clause_start, is_oblique, objects_after
from orchestration.extraction.diplomacy_verbs import IN_SENTENCE
from orchestration.extraction.gates import gated


@dataclass(frozen=True)
class Found:
    """An engagement a sentence tells: two participants, its mode and CAMEO code, the rule that read it and the
    span of its trigger."""

    actor: Participant
    counterpart: Participant
    mode: str
    cameo: str
    rule: str
    start: int
    end: int


_NOT_HAPPENED = gated(
    r"\b(?:will|would|could|should|might|(?-i:may)|must|shall|won’t|won't|can't|cannot|not|never|no|ready|willing|wants?|"
    r"wanted|hopes?|hoped|plans?(?=\s+(?:to|for)\b)|planned|planning|expects?|expected|set|due|promised|intends?|going|refused|declined|any|"
    r"proposed|invited|prepare\w*|potential|possible|possibility|organi[sz]\w*|arrang\w*|future|next|upcoming|call\w*\s+for|urg\w*|push\w*\s+for|"
    r"demand\w*|ahead\s+of|before|encourag\w*|(?<!-)back\w*|(?<!-)support\w*|welcom\w*|press\w*\s+for|seek\w*|sought|request\w*|resumption)"
    r"\s+(?:(?!and\s)[\w’'-]+\s+){0,3}$",  # "... and urged": a new predicate; "Kremlin-backed rebels met": a patron
    re.IGNORECASE,
)
# "ruled out talks with", "cancelled a meeting with": an engagement called off, right before its noun.
_CALLED_OFF = gated(r"\b(?:rul(?:ed|es|ing)\s+out|reject\w*|boycott\w*|snubb?\w*|cancel\w*|postpon\w*|call\w*\s+off|"
                    r"pull\w*\s+out\s+of)\s+(?:(?:a|an|the|any|further|planned|direct)\s+){0,2}$", re.IGNORECASE)
# What is settled before talks are held: "the venue for talks with", "conditions for negotiations with".
_ARRANGED_BEFORE = gated(r"\b(?:location|venue|date|timing|format|conditions|preconditions|framework|prospects?|possibility|"
                         r"agenda|modalities)\s+for\s+(?:(?:the|any|a|new|future|peace|direct)\s+)*$", re.IGNORECASE)
_SPECULATION = re.compile(r"\b(?:perhaps|possibly|maybe|probably)\s+(?:a\s+|an\s+)?(?:sign|signal|indication|hint)\s+that\b[^.;]{0,80}$", re.IGNORECASE)
_TO_OPEN = gated(r"\bto\s+(?:open|start|begin|launch|resume|hold|enter|pursue|seek|restart|facilitate|host|mediate|broker|arrange|organi[sz]e)"
                 r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)  # "offered to facilitate talks between the two sides": none held
_MOTION = gated(r"\b(?:travel\w*|flew|fly|went|go|came|come|arriv\w*|head\w*|journey\w*|trip|(?:was|were|is|are)\s+in|sent|dispatched)\b" + IN_SENTENCE + r"{0,60}\bto\s+$",
                re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked again for each verb and noun of a sentence
def did_not_happen(text: str, start: int) -> bool:
    """A plan, wish, refusal or negation before the verb ("ready to meet", "did not call")."""
    begin = clause_start(text, start)  # no word character before it when one begins there: as if the clause were cut out
    if re.search(r"\bto\s+$", text[begin:start]) and not _MOTION.search(text, begin, start):
        return True
    if _TO_OPEN.search(text, begin, start):  # "urged the EU to open direct talks with Moscow"
        return True
    if _SPECULATION.search(text, max(0, start - 120), start):  # "perhaps a sign that China put pressure on Putin to"
        return True
    if _ARRANGED_BEFORE.search(text, max(0, start - 40), start):  # "the location for peace talks with the Taliban"
        return True
    return _NOT_HAPPENED.search(text, begin, start) is not None or _CALLED_OFF.search(text, begin, start) is not None


# Between two objects: place or time phrases, then "and" ("in Moscow on July 5 and").
_ADJUNCT_LIST = re.compile(r"(?:\s+(?:in|at|on|during)\s+(?:the\s+)?[\w’'-]+(?:\s+\d{1,2})?,?)+\s+and\s+(?:the\s+)?", re.IGNORECASE)


def listed_objects(view: SentenceView, position: int) -> list[Participant]:
    """The objects after `position`, also when place and time phrases split their list ("met A in Moscow on
    Monday and B in Beijing"): a later actor after "and" is one more object if only such phrases came between."""
    text, people = view.text, view.people
    found = objects_after(text, people, position)
    if not found:
        return found
    for person in people:
        if person.start < found[-1].end or is_oblique(text, person):
            continue
        gap = text[found[-1].end : person.start]
        if not _ADJUNCT_LIST.fullmatch(gap):
            break
        found.append(person)
    return found


def paired(actors: Sequence[Participant], counterparts: Sequence[Participant], world_acts: bool = False) -> list[tuple[Participant, Participant]]:
    """Each known actor with each known counterpart (or the international community) of another code; for an appeal
    (`world_acts`), no caller is an addressee and the international community may be an actor too ("World leaders
    urged Iran and Israel ...")."""
    actors = [a for a in distinct(actors) if a.code not in NOT_A_SIDE or (world_acts and a.code == "INTL")]
    # an appeal's callers are none of its addressees: "Egypt, the UN and the US urged the warring parties" urges no Egypt
    callers = {a.code for a in actors} if world_acts else set()
    counterparts = [c for c in distinct(counterparts) if (c.code == "INTL" or c.code not in NOT_A_SIDE) and c.code not in callers]
    return [(a, c) for a in actors for c in counterparts if a.code != c.code]


def distinct(people: Sequence[Participant]) -> list[Participant]:
    seen: dict[str, Participant] = {}
    for person in people:
        if person.code not in seen or (seen[person.code].person is None and person.person):
            seen[person.code] = person
    return list(seen.values())


def war_sides(main: tuple[str, ...]) -> list[Participant]:
    return [Participant(code, 0, 0, "state") for code in main]


# A third party of a summit or talks: "mediated by France and Germany" (mediators), "also attended by Macron" (attendees).
_THIRD_PARTY = re.compile(r"\b(?P<role>mediated|brokered|hosted|facilitated|sponsored|attended)\s+by\s+", re.IGNORECASE)


def third_parties(view: SentenceView, start: int, end: int, sides: Sequence[Participant]) -> list[Found]:
    """The third parties named between `start` and `end` of a summit's or talks' phrase with each of its sides:
    mediators and hosts ("mediated by France and Germany") offer mediation, attendees ("attended by Macron") meet."""
    found = []
    for role in _THIRD_PARTY.finditer(view.text, start, end):
        third = [p for p in objects_after(view.text, view.people, role.end()) if p.end <= end]
        mode, cameo = ("meeting", "042") if role.group("role").lower() == "attended" else ("mediation_offer", "045")
        found += [Found(a, c, mode, cameo, "third-party", role.start(), role.end()) for a, c in paired(third, sides)]
    return found


CALLED_OFF_AFTER = re.compile(r"[^.;]{0,60}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:cancel\w*|called\s+off|postponed|scrapped|"
                              r"put\s+off|shelved)\b", re.IGNORECASE)
# "AU-led talks", "Oman-mediated consultations", "a UN-brokered accord with the Houthis" (a deal only with its partner
# named: "a Russian-brokered truce between A and B" is read with the truce, see `diplomacy_merge.with_truce_brokers`)
LED = re.compile(r"^-(?:(?P<role>led|brokered|mediated|facilitated|hosted|sponsored|backed)\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:talks|negotiations|process|meetings?|consultations|dialogue)|(?P<broker>brokered|mediated|facilitated|sponsored)\s+"
                 r"(?:[\w-]+\s+){0,2}?(?P<deal>deals?|agreements?|accords?|truces?|ceasefires?|cease-fires?)(?=\s+with\s))\b",
                 re.IGNORECASE)
BOTH_AS_SUBJECT = re.compile(r"\b(?:the\s+two\s+(?:sides|parties|leaders|presidents|prime\s+ministers|foreign\s+ministers|men)|both\s+sides|the\s+warring\s+(?:parties|sides)|delegations\s+(?:from|of)\s+both\s+sides"
                             r"|" + SIDE_TITLES + r"\)?(?:\s+\([\w\s]+\))?\s+(?:of|from)\s+(?:both|the\s+two)"  # "the army chiefs (DGMOs) of the two armies"
                             r"(?:\s+(?:(?-i:[A-Z])[\w-]*|\w+-[\w-]+))*\s+(?:countries|nations|neighbou?rs|states|republics|armies|militaries|governments))"
                             r"(?:\s+\w+){0,3}\s+$", re.IGNORECASE)
TALKS_WITH = re.compile(r"\b(?:(?:talks|negotiations|dialogue|meetings?)\s+with|negotiate\s+(?:[\w-]+\s+){0,5}?with|to\s+meet\s+with)\s+", re.IGNORECASE)
COMMA_BEFORE = re.compile(r",\s+$")  # "..., urging them to": a participle on the call before it
_GOVERNMENT_SIDE = re.compile(r"(?:the\s+)?((?:\w+-led\s+)?(?:government|regime|authorities|junta)(?:\s+forces)?)\b", re.IGNORECASE)
_AND = re.compile(r"\s*,?\s+and\s+")


@dataclass
class ArticleReader:
    """One article's sides and the context its readers keep while reading its sentences in order."""

    views: Sequence[SentenceView]
    main: tuple[str, ...]
    home: str | None = None  # the state the article names most: "the government" it urges
    groups: tuple[str, ...] = ()  # the armed groups the article names, most named first
    mediators: list[Participant] = field(default_factory=list)  # who "the mediators" are, once the article named them
    last_pair: list[Participant] = field(default_factory=list)  # the two sides of the latest meeting: "the two ministers"
    previous_pair: list[Participant] = field(default_factory=list)  # the two of the sentence before's last engagement
    published: date | None = None  # the article's day: a meeting it says "will" happen that day is under way


    def _sides_named(self, view: SentenceView, position: int) -> list[Participant]:
        """The sides listed at `position` ("between A and B"); "the government" (or army, regime) is the article's
        own state: "talks between the government and the rebels"."""
        text = view.text
        government = _GOVERNMENT_SIDE.match(text, position)
        if government is None or not self.home:
            return objects_after(text, view.people, position)
        home = Participant(self.home, government.start(1), government.end(1), "state")
        rest = _AND.match(text, government.end())
        return [home, *objects_after(text, view.people, rest.end())] if rest else [home]
