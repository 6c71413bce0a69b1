"""Who does what in a sentence: actor participants, clause subjects and objects, pronoun carry-over,
speakers, background (historical) context and the article's main pair of belligerents.

Shared by the ceasefire and diplomacy extractors. Offsets are within the sentence text.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, cached_property, lru_cache
from itertools import combinations

from orchestration.extraction.actors import STATE_KINDS, data_rows, find_actors, names_an_affiliation, state_codes
from orchestration.extraction.dates import find_dates, sentence_dates
from orchestration.extraction.defined_groups import DefinedGroup, article_groups
from orchestration.extraction.gates import gated
from orchestration.extraction.places import find_places
from orchestration.extraction.text import ArticleSentences, Sentence, page_furniture

NOT_A_SIDE = frozenset({"INTL", "ALL", "UNK", "MEDIA"})

# Words that may stand between the parts of one actor's name ("French President Emmanuel Macron",
# "his Azerbaijan counterpart Ilham Aliyev", "Ukraine's top negotiator Rustem Umerov").
ROLE_WORDS = frozenset(
    """president presidents prime premier minister ministers foreign defence defense interior chancellor chancellors king kings queen
    emir emirs sheikh sheikhs crown prince princes leader leaders head heads chief chiefs envoy envoys special ambassador ambassadors
    spokesman spokeswoman spokesperson secretary secretary-general general state top senior deputy vice counterpart mediator mediators
    counterparts negotiator negotiators official officials movement representative representatives delegation delegations
    delegates diplomat diplomats government army forces troops military ministry authorities commander commanders
    high-level national security adviser advisor economic administration acting former newly elected then
    republic of the his her their its 's ’s mr mrs ms dr lt gen col sir dame lord
    junta regime paramilitary peace chairman chairwoman commander-in-chief emissary external affairs""".split()
)
_ROLE_NOUNS = ROLE_WORDS - frozenset("of the his her their its 's ’s".split())
_FILLERS = frozenset("a an the all both other fellow his her their its by phone telephone on video".split())
_COORDINATORS = frozenset("and or as well along alongside together with including led plus".split())
_HEAD_NOUNS = frozenset("group groups movement militia militias rebels fighters coalition alliance faction factions".split())
_LIST_INTRO = re.compile(r"\b(?:including|such\s+as|among\s+them)\s*$", re.IGNORECASE)
_OBLIQUE = frozenset("in at near inside into to against over across around throughout toward towards on within outside".split())
_REGION = re.compile(r"(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?|\w+-(?:held|controlled|occupied|torn)|occupied")
# Words that stand for an actor named before: pronouns, and a bare title ("The president met ...").
_PRONOUNS = re.compile(
    r"\b(?:he|she|they|it|his|her|their|its|the\s+(?:president|prime\s+minister|premier|chancellor|secretary\s+of\s+state"
    r"|foreign\s+minister|minister|envoy|secretary-general|emir|king|crown\s+prince|(?:foreign\s+)?ministry)"
    r"|the\s+(?:joint\s+)?statement|the\s+(?:two|three|four|five|six)\s+(?:countries|nations|states|governments|powers))\b",  # a definite description
    re.IGNORECASE,
)
_THEY = re.compile(r"\bthey\b", re.IGNORECASE)
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")

# A new clause begins at these (the subject of a verb is looked for after the last one before it): marks, and words
# (case ignored, but "WHO" is the World Health Organization). Looked for apart, the words only where they begin (`gated`;
# a case-free list of words is tried at every character); no mark overlaps a word, so the breaks of a text are the two
# lists in order (`_clause_breaks`).
_CLAUSE_MARK = re.compile(r"[;:()\[\]“”\"]|\s[—–-]\s")
_CLAUSE_WORD = gated(
    r"\b(?!(?-i:WHO)\b)(?:that|which|who|whom|where|after|before|when|while|whereas|because|although|"
    r"though|since|but|if|unless|until|as well as|saying|adding)\b",
    re.IGNORECASE,
)


def _clause_breaks(text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[re.Match[str]]:
    """The clause breaks of `text[pos:endpos]`, left to right. Where `endpos` cuts a word, the words are looked for
    without their gate, which reads the whole text ("who" ends a word in "whomever" cut after it)."""
    cuts_a_word = 0 < endpos < len(text) and _WORD_ACROSS.match(text, endpos - 1, endpos + 1) is not None
    words = (_CLAUSE_WORD.compiled if cuts_a_word else _CLAUSE_WORD).finditer(text, pos, endpos)
    marks = [mark for mark in _CLAUSE_MARK.finditer(text, pos, endpos) if not _in_abbreviation(text, mark)]
    return sorted([*marks, *words], key=re.Match.start)


_WORD_ACROSS = re.compile(r"\w\w")  # a word character on either side of a position


def _next_break(text: str, pos: int) -> re.Match[str] | None:
    """The first clause break from `pos` on."""
    mark = _CLAUSE_MARK.search(text, pos)
    while mark is not None and _in_abbreviation(text, mark):
        mark = _CLAUSE_MARK.search(text, mark.end())
    found = [match for match in (mark, _CLAUSE_WORD.search(text, pos)) if match is not None]
    return min(found, key=re.Match.start, default=None)


def _in_abbreviation(text: str, mark: re.Match[str]) -> bool:
    """Whether a bracket encloses a name's abbreviation ("the Rapid Support Forces (RSF) said"): no clause break."""
    if mark.group() == "(":
        return _ABBREVIATION.match(text, mark.start()) is not None
    enclosed = _ABBREVIATION.search(text, max(0, mark.end() - 14), mark.end()) if mark.group() == ")" else None
    return enclosed is not None and enclosed.end() == mark.end()


_ABBREVIATION = re.compile(r"\((?-i:[A-Z])[\w-]{1,11}\)(?<=[A-Z0-9]\))")
# Who brokered a truce or talks, named after it: "brokered by Qatar", "orchestrated by Russia and Turkey", "under the
# auspices of the UN".
BROKERED_BY = (r"(?:(?:co-)?(?:brokered|mediated|facilitated|negotiated|orchestrated|arranged|engineered|sponsored)\s+by"
               r"|under\s+the\s+(?:auspices|aegis|mediation|sponsorship|facilitation)\s+of|with\s+the\s+mediation\s+of)")
CO_NAMED = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)  # "Norway and the US", not "Alongside Lavrov, Kerry"
# A sentence that tells a truce was brokered: "brokered", "mediation", "Egyptian efforts resulted in a truce", a third
# party "announced the agreement of A and B on a truce".
NAMES_BROKERING = re.compile(r"\b(?:broker|mediat)\w*|(?-i:\b[A-Z][\w’']+)\s+efforts\b|\b" + BROKERED_BY
                             + r"|\bannounc\w*\s+the\s+agreement\s+(?:of|between)\b|\bannounced\b[^.;]{0,60}?\bby\b", re.IGNORECASE)
# Who speaks for each side: "the leaders", "army chiefs", "the DGMOs" (of both countries).
SIDE_TITLES = (r"(?:leaders|presidents|heads(?:\s+of\s+state)?|governments|(?:prime\s+|foreign\s+|defen[cs]e\s+)?ministers|representatives|counterparts"
               r"|officials|envoys|diplomats|negotiators|delegations|chiefs|commanders|generals|(?-i:[A-Z]{3,})s)")
_BOTH_SIDES = re.compile(
    r"^(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:[\w-]+\s+){0,2}?" + SIDE_TITLES + r"(?:\s+\([\w\s]+\))?\s+(?:of|in|from)\s+)?"  # "his counterparts in both countries", "officials of the two nations"
    r"(?:(?:both(?:\s+of)?(?:\s+the)?|the\s+two|the\s+warring|the|all(?:\s+the)?(?!\s+(?:countries|nations|states|governments)\b))\s+(?:warring\s+|rival\s+|conflicting\s+|opposing\s+|feuding\s+|(?-i:[A-Z][a-z]+)\s+)?"  # "the African nations"
    r"|(?-i:[A-Z][\w-]+)[’']s\s+(?:warring|rival|conflicting|opposing|feuding)\s+"  # "Yemen's warring rivals"
    r"|(?:warring|conflicting|opposing|feuding)\s+)"  # "called on warring parties to"
    r"(?:sides|parties|countries|nations|neighbou?rs|rivals|foes|leaders|presidents|prime\s+ministers|foreign\s+ministers|ministers|envoys|"
    r"belligerents|adversaries|delegations|men|camps|factions|"
    r"governments|armies|militaries)\b",
    re.IGNORECASE,
)
_EACH_OF_THEM = re.compile(r"each(?:\s+of\s+them)?\b(?!\s+(?:other|side|country|state|party)\b)", re.IGNORECASE)  # "met with each"
_SPEECH = gated(
    r"\b(?:said|says|say|told|stated|claimed|claims|announced|reported|reports|alleged|according\s+to)\b",
    re.IGNORECASE,
)
_FIGHTING = gated(
    r"\b(?:fight\w*|fought|clash\w*|war|wars|warring|attack\w*|strikes?|struck|shell\w*|bombard\w*|invasion|invad\w*|"
    r"offensive|troops|forces|killed|battle\w*|front\s*line\w*|hostilities|aggression|assault\w*|combat|"
    r"occup\w+|drones?|missiles?|artillery|military)\b",
    re.IGNORECASE,
)
_BACKGROUND = gated(
    r"\b(?:previously|formerly|last\s+(?:wave|round|war|time)|ended\s+(?:in|with)\s+(?:a|an)\b|"
    r"(?:years|decades)\s+(?:ago|earlier)|at\s+the\s+time|back\s+in)\b",
    re.IGNORECASE,
)
# A year a war began in ("since 2011", "the conflict that began with Hamas' October 2023 attack") dates no news.
_YEAR = gated(r"(?<![\w-])(?P<since>(?:since|(?:began|begun|started|erupted|broke\s+out)\s+(?:with|in|on)(?:\s+[\w’'-]+){0,3}?)\s+(?:the\s+|a\s+)?)?"
              r"(?:(?:the\s+)?(?:early|mid|late)[\s-]+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_HISTORY_DAYS = 30
_GENERIC_GROUPS = frozenset({"X-rebels", "X-militants", "X-militias", "X-insurgents", "X-gunmen", "X-gangs", "X-armed-groups"})
GENERIC_GROUPS = _GENERIC_GROUPS  # armed groups named only by a common noun ("the militants", "armed groups")
_UNNAMED_REBELS = frozenset({"X-separatists", "X-opposition", "X-resistance"})  # SCHEMA's codes for rebels not named
_INTRO = re.compile(
    r"(?:in|on|at|during|after|before|since|despite|as|while|when|following|amid|ahead\s+of|earlier|later|last|"
    r"(?:a|one|two|three)\s+\w+\s+(?:after|before|later|earlier|ago)|\w+ing)\b[^,;:]{0,160},\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Participant:
    """An actor as written in a sentence; adjacent mentions of one actor are merged
    ("French President Emmanuel Macron" is one participant with the person's name)."""

    code: str
    start: int
    end: int
    kind: str
    person: str | None = None
    possessive: bool = False  # "Zelensky's plan": a modifier of a noun, not an actor in the clause

    @property
    def can_fight(self) -> bool:
        """States and armed groups fight; organisations, the world at large and unknowns do not."""
        return _can_fight(self.code)


@cache
def _can_fight(code: str) -> bool:
    return code.startswith("X-") or code in state_codes()


def _words(text: str) -> list[str]:
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    """The lower-cased words and marks of a short text (the same gaps between actors recur in every family)."""
    return tuple(map(str.lower, _TOKEN.findall(text)))


def _quoted(text: str, position: int) -> bool:
    """Whether `position` is inside a quotation (its "I" is the speaker's, not the reporter's)."""
    before = text[:position]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


_SAID_BY_PRONOUN = re.compile(r"[,”\"]\s*(?:he|she)\s+(?:said|added|told)\b", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+ing\b")
_FIRST_PERSON = re.compile(r"(?-i:\b(?:I|[Ww]e)\b)")
_OF_THE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


@lru_cache(maxsize=4096)  # the same gaps between actors recur ("", " ", "'s ")
def _is_title_gap(gap: str) -> bool:
    words = _tokens(gap)
    return len(words) <= 6 and all(word in ROLE_WORDS or word in "-,’'" for word in words)


UNNAMED_SIDES = _GENERIC_GROUPS | {"X-opposition", "X-separatists"}  # armed or political sides named by no name (data/groups.csv)


def participants(text: str, on: date | None = None, defined: tuple[DefinedGroup, ...] = ()) -> list[Participant]:
    """The actors of a sentence, left to right, with title/nationality/name runs of one actor merged; `defined`:
    the armed groups its article defines (`defined_groups`)."""
    merged: list[Participant] = []
    for mention in find_actors(text, on, defined):
        if names_an_affiliation(text, mention):
            continue  # "jihadists linked to the Islamic State": no party to a truce or talks
        code = mention.code
        previous = merged[-1] if merged else None
        # "Turkish President Erdogan" is one actor; "in Ankara, Erdogan said" is a place, then the actor
        joinable = previous is not None and previous.kind != "capital" and _is_title_gap(text[previous.end : mention.start])
        if joinable and (code == previous.code or (mention.kind == "person" and code in NOT_A_SIDE)):
            merged[-1] = replace(previous, end=mention.end, person=mention.person or previous.person)
            continue
        if joinable and mention.kind == "person" and code.startswith("X-") and previous.code in UNNAMED_SIDES:
            # "opposition leader Riek Machar", "rebel commander X": the person's own group names the unnamed one
            merged[-1] = replace(previous, code=code, end=mention.end, kind="person", person=mention.person)
            continue
        generic = previous and (previous.code in GENERIC_GROUPS or previous.code in _UNNAMED_REBELS)
        if generic and mention.kind == "group" and _OF_THE.fullmatch(text[previous.end : mention.start]):
            merged[-1] = replace(previous, code=code, end=mention.end)  # "the separatists of the Polisario Front"
            continue
        merged.append(Participant(code, mention.start, mention.end, mention.kind, mention.person))
    named = [_with_apposed_name(text, participant, merged[i - 1].end if i else 0) for i, participant in enumerate(merged)]
    marked = [_with_possessive(text, participant) for participant in named]
    filed = dateline_end(text)
    return [
        p
        for p, after in zip(marked, [*marked[1:], None])
        if not _owner_of_group(text, p, after) and not (filed and p.end <= filed)
    ]


# A person named beside the office they hold for a state: "Umaro Embalo, the president of Guinea-Bissau," and "the
# president of Guinea-Bissau, Umaro Embalo,": the person of that state (whose surname the article may use later).
_PERSONAL_NAME = r"(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})"
_TITLE_OF = r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:president|prime\s+minister|premier|(?:foreign|defen[cs]e|interior)\s+minister|king|emir|leader|head|chief|envoy|ambassador|spokes(?:man|woman|person)|commander)\s+of\s+(?:the\s+)?"
_NAME_THEN_TITLE = re.compile(rf"(?P<name>{_PERSONAL_NAME}),\s+{_TITLE_OF}$", re.IGNORECASE)
_TITLE_THEN_NAME = re.compile(rf"{_TITLE_OF}$", re.IGNORECASE)
_NAME_AFTER = re.compile(rf",\s+(?P<name>{_PERSONAL_NAME})(?=,|\s+(?:said|says|told|has|had|have|was|is|met|visited|called|urged))")
_APPOSED_KINDS = frozenset({"state", "organisation"})
_ONCE = re.compile(r"\b(?:former|ex-|then)\b", re.IGNORECASE)  # "X, a former head of the UN force": not the UN's now


def _with_apposed_name(text: str, participant: Participant, after: int) -> Participant:
    """`participant` with the person named beside the office they hold for it, if any (the name not part of an
    actor before it, from `after` on; not a former holder)."""
    if participant.person or participant.kind not in _APPOSED_KINDS or "," not in text:
        return participant
    window = text[max(after, participant.start - 120) : participant.start]
    tail = window.rstrip()
    tail = tail[:-3].rstrip() if tail[-3:].lower() == "the" else tail
    if tail[-2:].lower() != "of":
        return participant  # both patterns end with a title's "of (the)", which few actors follow; they scan the window
    before = _NAME_THEN_TITLE.search(window)
    if before and not _ONCE.search(before.group()):
        start = participant.start - len(window) + before.start("name")
        return replace(participant, start=start, kind="person", person=before.group("name"))
    follows = _NAME_AFTER.match(text, participant.end) if _TITLE_THEN_NAME.search(window) else None
    if follows:
        return replace(participant, end=follows.end("name"), kind="person", person=follows.group("name"))
    return participant


# "SANAA, Yemen —", "KYIV (Reuters) -", "Cartagena, Colombia, Sep 26 (EFE).-": where the story was filed, no actor of it.
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.' -]{1,30}(?:,\s+[A-Z][\w.' -]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*)?"
                       r"|[A-Z][\w.' -]{1,30}(?:,\s+[\w.' -]{1,30}?){0,2}\s*\((?-i:[A-Z])[\w.' ]{1,20}\)\s*\.?)[-–—]+\s")


def dateline_end(text: str) -> int | None:
    """Where a wire dateline ("SANAA, Yemen —") that opens the text ends, if one does."""
    if "-" not in text and "–" not in text and "—" not in text:
        return None  # every dateline ends in a dash; most sentences hold none, and the pattern backtracks
    filed = _DATELINE.match(text)
    return filed.end() if filed else None


_STATE_OWNER_KINDS = frozenset({"state", "capital"})


def _owner_of_group(text: str, owner: Participant, group: Participant | None) -> bool:
    """"Yemen's Houthis", "Lebanon's armed Hezbollah": the state only says where the group is; the group acts."""
    return (
        group is not None
        and group.kind == "group"
        and owner.possessive
        and owner.kind in _STATE_OWNER_KINDS
        and re.fullmatch(r"(?:[’']s?)?\s+(?:[a-z-]+\s+){0,2}", text[owner.end : group.start]) is not None
    )


_POSSESSIVE_MARK = re.compile(r"[’'´‘]s?(?=\s)")  # also the accent or opening quote a page may use ("Haftar´s rival")


def _with_possessive(text: str, participant: Participant) -> Participant:
    """Mark "X's <noun>" as a modifier unless the noun is a role ("Ukraine's president" still names the actor)."""
    if text[participant.start : participant.end].endswith(("'s", "’s", "´s", "‘s")):
        rest = participant.end
    else:
        mark = _POSSESSIVE_MARK.match(text, participant.end)
        if mark is None:
            return participant
        rest = mark.end()
    if any(word in _ROLE_NOUNS for word in _words(text[rest : rest + 40])[:3]):
        return participant
    return replace(participant, possessive=True)


_RELATIVE = re.compile(r",\s*(?:who|which)$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def clause_start(text: str, position: int) -> int:
    """Where the clause that contains `position` begins. A relative clause set off by commas ("X, who chairs
    Y, said ...") ends at its closing comma: what follows is the main clause again."""
    start = 0
    for match in _clause_breaks(text, 0, position):
        start = match.end()
    if start and _RELATIVE.search(text, 0, start):
        comma = text.find(",", start, position)
        if comma != -1:
            start = comma + 1
    return start


# Words that make an actor a go-between, not a side: "the AU's chief mediator", "US envoy X",
# "Egyptian and Qatari mediators", "former Nigerian president X" (acting for himself, not his state).
_GO_BETWEEN = r"(?:mediators?|envoys?|brokers?|facilitators?|intermediar(?:y|ies)|peacemakers?|go-betweens?|guarantors?)"
# The rest of a list an actor opens: ", Egypt and the United States".
NAME_LIST = r"(?:\s*(?:,|and)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)?)*"
# The words between an actor and the role it plays: "Norway, which is playing the role of intermediary", "Kenya as mediator",
# "Malaysia plays a role as a facilitator".
IN_THE_ROLE_OF = (r",?\s+(?:(?:which|who)\s+)?(?:(?:is|was|are|were|has\s+been)\s+)?(?:(?:acting|serving|participating|playing\s+the\s+role\s+of|acts|acted|serves|served"
                  r"|(?:plays|played|playing|has|had)\s+(?:a|the|an?\s+[\w-]+)\s+role\s+(?:as|of))\s+)?"
                  r"(?:as\s+)?(?:[\w’'-]+\s+){0,2}?")  # "the Malaysian Government's chief facilitator"
_GO_BETWEEN_AFTER = re.compile(r"^(?:[’']s)?" + NAME_LIST + IN_THE_ROLE_OF + _GO_BETWEEN + r"\b", re.IGNORECASE)
_GO_BETWEEN_BEFORE = re.compile(
    r"(?:\b" + _GO_BETWEEN + r"(?:,\s*|\s+)(?:the\s+)?|\bformer\s+|\bex-|"
    r"(?:\b(?:brokered|mediated|facilitated|sponsored|hosted)\s+by|\b(?i:under\s+the\s+(?:auspices|aegis|mediation|sponsorship|facilitation)\s+of))"
    r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?(?:(?:,|and)\s+(?:the\s+)?)?)$"
)
# Mediation named by its mediators: "after Turkish and Qatari mediation", "following mediation by Qatar".
# "Saudi-US mediation"; "Qatar, Egypt and the US announced the success of joint mediation efforts" (no other name between)
_MEDIATION_AFTER = re.compile(r"(?:[’']s)?(?:" + NAME_LIST + r"|-(?-i:[A-Z])[\w’']*)*(?:[-‑](?:led|headed))?\s+(?:mediation|brokering|good\s+offices|"
                              r"(?:(?-i:[a-z])[\w’'-]*\s+){1,10}?joint\s+mediation)\b", re.IGNORECASE)
# "mediation by Qatar", "mediation efforts by Qatar, Egypt, and the United States" (each name of the list)
_MEDIATION_BEFORE = re.compile(r"\b(?:mediation|brokering|good\s+offices)(?:\s+efforts?)?\s+(?:(?:led|headed|chaired)\s+by|by|of|from)\s+(?:the\s+)?"
                               r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}?(?:(?:,|and)\s+(?:the\s+)?)?"
                               r"|(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?){1,4})$", re.IGNORECASE)
_GO_BETWEEN_INSIDE = re.compile(r"\b" + _GO_BETWEEN + r"\b", re.IGNORECASE)
# Later names of a list of mediators: "joint mediators Qatar, the US and Egypt".
_GO_BETWEEN_LIST = re.compile(r"\b" + _GO_BETWEEN + r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?){1,4}$")


def is_go_between(text: str, participant: Participant) -> bool:
    """True for an actor named in a third party's role (mediator, envoy, broker; a former official): never
    one of the belligerents, whatever sentence it stands in."""
    return _go_between(text, participant.start, participant.end) or mediates(text, participant)


def mediates(text: str, participant: Participant) -> bool:
    """True for an actor named as the one whose mediation it was: "after Turkish and Qatari mediation"."""
    if not _names_mediation(text):
        return False
    return bool(_MEDIATION_AFTER.match(text, participant.end) or _MEDIATION_BEFORE.search(text[max(0, participant.start - 60) : participant.start]))


@lru_cache(maxsize=4096)
def _names_mediation(text: str) -> bool:
    return _MEDIATION_WORD.search(text) is not None


_MEDIATION_WORD = gated(r"mediation|brokering|good\s+offices", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _go_between(text: str, start: int, end: int) -> bool:
    return bool(
        _GO_BETWEEN_INSIDE.search(text, start, end)
        or _GO_BETWEEN_AFTER.match(text[end : end + 80])
        or _GO_BETWEEN_BEFORE.search(text[max(0, start - 40) : start])
        or _GO_BETWEEN_LIST.search(text[max(0, start - 80) : start])
    )


def is_oblique(text: str, participant: Participant) -> bool:
    """True for an actor after a place or direction preposition ("in Kyiv", "against Russia")."""
    return _oblique(text, participant.start)


@lru_cache(maxsize=8192)
def _oblique(text: str, start: int) -> bool:
    before = _words(text[max(0, start - 40) : start])
    while before and (before[-1] in {"the", "a", "an", "both", "-"} or _REGION.fullmatch(before[-1])):
        before.pop()
    if len(before) >= 2 and before[-1] in _SEAT_NOUNS and before[-2].endswith(("'s", "’s")):
        # "in Yemen's capital Sanaa", "in South Sudan's capital Juba": the place phrase goes on
        size = next((size for size in (1, 2) if len(before) > size + 1 and before[-size - 2] in _OBLIQUE), None)
        before = before[: -size - 1] if size else before
    brief = len(before) >= 2 and before[-1] in {"for", "on"} and before[-2] in _BRIEF_HOLDERS  # "the UN envoy for Western Sahara"
    bound = len(before) >= 2 and before[-1] == "for" and before[-2] in _DEPARTING  # "the delegation left for Kabul"
    return bool(before) and (before[-1] in _OBLIQUE or brief or bound)


_SEAT_NOUNS = frozenset("capital city town port province region state district".split())
_DEPARTING = frozenset("left leave leaves leaving departed depart departs headed heading bound set sets sailed flew".split())
_BRIEF_HOLDERS = frozenset("envoy envoys representative representatives coordinator commissioner mediator rapporteur".split())


@lru_cache(maxsize=4096)
def _gap_kind(gap: str) -> str | None:
    """How a gap links two actors of one list: "and" (a conjunction or "including"), "title" (one actor's
    titles), "," (a bare comma: only valid when the list goes on to a conjunction) or None (no link).
    Capitalised words are names the gazetteer does not know ("envoys Smith and Jones")."""
    words = _words(gap)
    if _LIST_INTRO.search(gap) and len(words) <= 16:
        return "and"
    # "Yemen's Houthi group and the coalition", "Assad and members of the Syrian opposition"
    linking = ROLE_WORDS | _FILLERS | _COORDINATORS | _HEAD_NOUNS | _MEMBERS | _SEATED | {",", "-", "of", "from", ")"}  # ")": "Congo (DRC), and Rwanda"
    if len(words) > 8 or not all(word in linking or token[0].isupper() or _QUALIFIER.fullmatch(word) for word, token in zip(words, _TOKEN.findall(gap))):
        return None
    if "as" in words and "well" not in words:  # "X as Y imposes ...": a new clause, not "X as well as Y"
        return None
    if [word for word in words if word != "the"] == [",", "with"]:  # "talks between A and B, with (the) C and D working to ...": no part of the list
        return None
    if any(word in _COORDINATORS for word in words):
        return "and"
    return "," if "," in words else "title"


def _chain(text: str, people: Sequence[Participant], first: int, step: int) -> list[Participant]:
    """The coordinated run of actors that contains index `first`, walking left (step -1) or right (step 1)."""
    run, gaps = [first], []
    index = first + step
    while 0 <= index < len(people):
        left, right = sorted((run[-1], index))
        gap = text[people[left].end : people[right].start]
        # "Congo (DRC)": a name's abbreviation in brackets is the same actor (not "the Alliance (MNDAA, TNLA and AA)")
        kind = "title" if gap.strip() == "(" and people[left].code == people[right].code else _gap_kind(gap)
        if kind is None or (step > 0 and is_oblique(text, people[index])):
            break
        run.append(index)
        gaps.append(kind)
        index += step
    if step < 0:
        run.reverse()
        gaps.reverse()
    # a bare comma links only in a list that goes on to "and", or in a headline's opening pair ("Putin, Erdogan discuss")
    comma_pair = len(run) == 2 and text[people[run[0]].end : people[run[1]].start] == ", "
    # a headline's pair opening it ("Putin, Erdogan discuss ...") or closing it ("Oman ready to mediate for Iran, US")
    headline_pair = comma_pair and (people[run[0]].start == 0 or not text[people[run[1]].end :].strip(" .'\"’”"))
    invalid = [i for i, kind in enumerate(gaps) if kind == "," and "and" not in gaps[i + 1 :] and not headline_pair]
    if invalid:
        run = run[: invalid[0] + 1] if step > 0 else run[invalid[-1] + 1 :]
    return [people[i] for i in run]


def _after_with(text: str, participant: Participant, start: int) -> bool:
    """True for the object of "with" ("spoke with his Thai counterpart"): the partner of a verb, not the
    subject of a later one. "together with", "along with" join a run instead."""
    words = _words(text[start : participant.start])
    while words and (words[-1] in ROLE_WORDS or words[-1] in _FILLERS) and words[-1] != "with":
        words.pop()
    return len(words) >= 2 and words[-1] == "with" and words[-2] not in {"together", "along", "alongside"}


_AND_GAP = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?")
# An apposition telling whose friend or foe the actor before it is: "Turkey, an ally of Azerbaijan, urged".
_RELATION_OF = re.compile(r",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ally|allies|neighbou?r|backer|supporter|partner|member|rival|foe|"
                          r"enemy|patron|friend|signatory|guarantor|sponsor)s?\s+of\s+(?:the\s+)?")


def subject_before(text: str, people: Sequence[Participant], position: int) -> list[Participant]:
    """The actors doing what the word at `position` says: the nearest coordinated run before it
    in its clause, skipping place phrases and possessive modifiers."""
    start = clause_start(text, position)
    below = len(people)
    for index in range(len(people) - 1, -1, -1):
        person = people[index]
        if person.end > position or person.start < start or index >= below:
            continue
        former = person.kind != "group" and _FORMER.search(text, max(0, person.start - 20), person.start)  # "the former rebel group Renamo" acts
        if is_oblique(text, person) or person.possessive or former:
            continue  # "X, a former Nigerian president, travelled": X acts, not Nigeria
        if index and _AND_GAP.fullmatch(text, people[index - 1].end, person.start) and is_oblique(text, people[index - 1]):
            continue  # "X, in Vienna for talks on Syria and Libya, met ...": Libya is in the phrase too
        if index and _RELATION_OF.fullmatch(text, people[index - 1].end, person.start) and text.startswith(",", person.end):
            continue  # "Turkey, an ally of Azerbaijan, urged": Turkey acts
        if any(aside_start < person.start and aside_end <= position for aside_start, aside_end in _dash_asides(text)):
            continue  # "Qatar -- which helped the Taliban and the US -- agreed to host": Qatar acts
        run = [p for p in _chain(text, people, index, -1) if not is_oblique(text, p) and p.start >= start]
        absolute = all(word in ROLE_WORDS or word in _FILLERS for word in _words(text[run[-1].end : position])) if run else False
        if run and _REPORTING_ASIDE.match(text, run[-1].end, position) and text[: run[0].start].rstrip().endswith(","):
            below = people.index(run[0])  # "A arrived in Sanaa, Houthi-run media said on Sunday, to negotiate": A acts
            continue
        if run and _after_with(text, run[0], start) and not absolute:  # the partners of an earlier verb: look further left
            # ("with the envoy urging both sides": the actor right before the verb is its subject)
            below = people.index(run[0])
            continue
        return run
    return _apposed_list(text, people, start)


# The closing mark of names set off after a common noun: "The Normandy format leaders - Ukraine, France and Russia - held".
_APPOSITION_CLOSE = re.compile(r"(?:\s-{1,2}|\s?[—–]|\))\s*$")
_APPOSITION_OPEN = re.compile(r"(?:\s-{1,2}\s|\s?[—–]\s?|\()")
_LIST_JOINS = re.compile(r"(?:\s*(?:,|\band\b|&)\s*(?:the\s+)?)*")


def _apposed_list(text: str, people: Sequence[Participant], start: int) -> list[Participant]:
    """The names set off by dashes or brackets after the clause's common-noun subject ("The regional leaders --
    Kenya, Uganda and Tanzania -- held talks"): the subject."""
    close = _APPOSITION_CLOSE.search(text, 0, start)
    openings = list(_APPOSITION_OPEN.finditer(text, 0, close.start())) if close else []
    if not openings:
        return []
    opening = openings[-1]
    head = clause_start(text, opening.start())  # where the common noun's clause begins
    if not text[head : opening.start()].strip():
        return []
    inner = [p for p in people if opening.end() <= p.start and p.end <= close.start()]
    if len(inner) < 2 or any(head <= p.start < opening.start() for p in people):
        return []
    gaps = zip([opening.end(), *(p.end for p in inner)], [*(p.start for p in inner), close.start()])
    return inner if all(_LIST_JOINS.fullmatch(text, begin, end) for begin, end in gaps) else []


@lru_cache(maxsize=4096)
def _dash_asides(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of asides between two dashes ("Qatar -- which has helped before -- agreed")."""
    return tuple(match.span() for match in _DASH_ASIDE.finditer(text))


_DASH_ASIDE = re.compile(r"(?:\s--\s|\s?—\s?|\s–\s)[^—–]{1,200}?(?:\s--\s|\s?—\s?|\s–\s)")


# The rest of a reporting aside after its source: "(Houthi)-run media said on Sunday," "(Iran)'s state TV reported,"
_REPORTING_ASIDE = re.compile(r"(?:[-’'\w]*\s+){0,3}?(?:said|says|reported|reports|added|told\s+\w+)(?:\s+(?:on\s+)?\w+)?\s*,", re.IGNORECASE)


def has_pronoun_subject(text: str, position: int) -> bool:
    """True when the clause before `position` refers to its actor by a pronoun ("He also called ...")."""
    return _PRONOUNS.search(text, clause_start(text, position), position) is not None


def objects_after(text: str, people: Sequence[Participant], position: int) -> list[Participant]:
    """The actors right after the word ending at `position` (its objects): a coordinated run that
    starts after only titles, articles and fillers ("called his Azerbaijan counterpart Ilham Aliyev")."""
    for index, person in enumerate(people):
        if person.start < position:
            continue
        # "between Yemen's Houthis and the US"; a quote may open on the object ('called on "the international community to')
        gap = _words(_PLACE_OWNER.sub("", text[position : person.start].lstrip(" \"“‘")))
        owned = gap[:-1] if gap and gap[-1] == "the" else gap
        # "the government in Damascus", "officials from Baku", "his counterparts from the United States"
        seat = len(owned) >= 2 and owned[-1] in {"in", "from", "of"} and owned[-2] in _SEATED
        members = len(owned) >= 2 and owned[-1] == "of" and owned[-2] in _MEMBERS  # "remaining members of the NPA"
        words = owned[:-2] if members else owned[:-1] if seat else gap
        words = words[:-1] if len(words) > 1 and words[-1] == "," else words  # "the President of the Republic, Filipe Nyusi"
        if len(words) > 6 or not all(word in ROLE_WORDS or word in _FILLERS or _QUALIFIER.fullmatch(word) for word in words):
            return []
        return _chain(text, people, index, 1)
    return []


_FORMER = re.compile(r"\b(?:former|ex-)\s*(?:[\w-]+\s+)?$", re.IGNORECASE)
_SEATED = frozenset("government authorities administration regime leadership officials leaders counterparts ministers diplomats"
                    " representatives delegates delegations envoys".split())
_MEMBERS = frozenset("members fighters leaders commanders ranks".split())
_PLACE_OWNER = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’'´‘]s\s+$")  # "Yemen's", "South Sudan's"
_QUALIFIER = re.compile(r"new|interim|transitional|caretaker|current|incoming|outgoing|remaining|visiting|[\w]+-(?:allied|backed|led|appointed|based)|\d+"
                        r"|shiite|shia|shi[’']ite|sunni|islamist|jihadist|separatist|secessionist|ethnic|tribal"  # "Shiite Houthi rebels"
                        r"|mainly|largely|mostly|predominantly|muslim|christian|hindu|buddhist")  # "mainly Muslim Seleka rebels"


def names_both_sides(text: str, position: int) -> bool:
    """True when the words after `position` name the belligerents collectively ("both sides", "the two leaders")."""
    tail = text[position:].lstrip(" \"'“‘")
    tail = re.sub(r"^(?:\w+ly\s+)?(?:with|to|on|by\s+phone\s+with)\s+", "", tail, flags=re.IGNORECASE)  # "separately with"
    return _BOTH_SIDES.match(tail) is not None or _EACH_OF_THEM.match(tail) is not None


def speaker(text: str, people: Sequence[Participant]) -> Participant | None:
    """Who a sentence attributes its content to: "X said", "said X", "according to X"."""
    for match in _SPEECH.finditer(text):
        after = [p for p in people if 0 <= p.start - match.end() <= 25]
        before = [p for p in people if 0 <= match.start() - p.end <= 30 and re.fullmatch(r"[\w\s’'-]*", text[p.end : match.start()])]
        if match.group(0).lower().startswith("according") and after:
            return after[0]
        if before:
            return before[-1]
        if after:
            return after[0]
    return None


@dataclass(frozen=True, eq=False)
class SentenceView:
    """A sentence with what every extractor needs: its actors, day and whether it tells background.

    A view is itself (equal and hashed by identity): the article-wide answers cached by views (`main_belligerents`)
    are then looked up without hashing every sentence and actor again; an article's views are read once."""

    sentence: Sentence
    people: tuple[Participant, ...]
    day: date | None
    inferred: bool
    background: bool
    text: str = field(init=False, repr=False)  # the sentence's text (a plain attribute: read hundreds of times)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.sentence.text)

    def subject(self, position: int, previous: Sequence[Participant] = ()) -> list[Participant]:
        """The actors of the clause at `position`. A clause without one takes the sentence's subject (also
        when `position` is in an opening phrase: "Visiting Kyiv, X said"); a pronoun with no actor in the
        sentence refers to `previous`, the prior sentence's subject."""
        main = self.sentence_subject()
        if main and main[0].end < position and _COORDINATED_PREDICATE.search(self.text, 0, position):
            return main  # "A called B on Sunday and offered ...": the second verb is A's too
        if main and main[0].end < position and _PARTICIPLE.match(self.text, position) and self.text[:position].rstrip().endswith(","):
            return main  # "A called B and C separately, appealing to both to ...": the participle is A's
        if _quoted(self.text, position) and _FIRST_PERSON.search(self.text, clause_start(self.text, position), position):
            quoted = speaker(self.text, self.people)  # '"I appealed to both leaders," Anwar said': the speaker
            if quoted is not None:
                return [quoted]
            if _SAID_BY_PRONOUN.search(self.text):  # '"I appealed to both leaders," he said': the one named before
                return list(previous)
        found = subject_before(self.text, self.people, position) or self._antecedent(position)
        if found:
            return found
        if main and (main[0].start < clause_start(self.text, position) or position < self._intro_end()):
            return main
        opening = clause_start(self.text, position)
        if _THEY.search(self.text, opening, position) and opening > 0:
            earlier = subject_before(self.text, self.people, opening - 1)
            if len(earlier) >= 2:
                return earlier  # "A, B and C announced that they have presented ...": the run just before
        if _PERSONAL_PRONOUN.search(self.text, opening, position):
            named = [p for p in self.people if p.person and p.end <= position]
            if named:
                return named[-1:]  # "after X visited Nairobi, where he met ...": the person just named
        if not (has_pronoun_subject(self.text, position) or _starts_with_pronoun(self.text)):
            return []
        singular = _SINGULAR_REFERENCE.search(self.text, clause_start(self.text, position), position)
        return [] if singular and len({p.code for p in previous}) > 1 else list(previous)  # "the envoy" is no pair

    def _antecedent(self, position: int) -> list[Participant]:
        """The actors a relative clause at `position` is about: "the US and France - who brokered ..." are its subject."""
        opener = _RELATIVE_OPENER.search(self.text, 0, clause_start(self.text, position))
        if opener is None:
            return []
        before = [i for i, p in enumerate(self.people) if p.end <= opener.start() and not self.text[p.end : opener.start()].strip(" ,")]
        return _chain(self.text, self.people, before[-1], -1) if before else []

    def is_background(self, position: int) -> bool:
        """Whether the clause at `position` tells background: by the sentence's dates or its own words ("previously")."""
        end = _next_break(self.text, position)
        # (as if the clause were cut out: no word character stands before a word it begins with or after one it ends with)
        return self.background or _BACKGROUND.search(self.text, clause_start(self.text, position), end.start() if end else len(self.text)) is not None

    def carried_subject(self, previous: Sequence[Participant]) -> list[Participant]:
        """Who the next sentence's pronouns refer to: this sentence's subject, or `previous` when this
        sentence's own subject is a pronoun ("He met Trump": "he" is still the earlier actor)."""
        main = self.sentence_subject()
        if main and _SUBJECT_PRONOUN.search(self.text, self._intro_end(), main[0].start):
            return list(previous)
        return main or list(previous)

    def sentence_subject(self) -> list[Participant]:
        """The actors of the main clause: the first ones after any opening phrase, outside place phrases and possessives."""
        return list(self._sentence_subject)

    @cached_property
    def _sentence_subject(self) -> tuple[Participant, ...]:
        """`sentence_subject`, worked out once per sentence (every event family asks for it)."""
        if not self.people:  # no actor, no subject: spare the clause search
            return ()
        begin = self._intro_end()
        first_break = _next_break(self.text, begin + 1)
        end = first_break.start() if first_break else len(self.text)
        for index, person in enumerate(self.people):
            if person.end <= begin or is_oblique(self.text, person) or person.possessive:
                continue
            return tuple(_chain(self.text, self.people, index, 1)) if person.start < end else ()
        return ()

    def _intro_end(self) -> int:
        """Where an opening adverbial or participle phrase ends ("In June 2023, ...", "Speaking in Kyiv, ..."), after
        any wire dateline ("KYIV (Reuters) - ")."""
        filed = dateline_end(self.text) or 0
        intro = _INTRO.match(self.text, filed)
        opens_with_actor = bool(self.people) and self.people[0].start == filed  # "Beijing urged ..." is no participle
        return intro.end() if intro and not opens_with_actor else filed


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_SINGULAR_REFERENCE = re.compile(r"\bthe\s+(?!(?:two|three|four|five|six|joint|statement)\b)\w+\b", re.IGNORECASE)  # "the envoy", "the president"
_RELATIVE_OPENER = re.compile(r"(?:,|\s[—–-])?\s*\b(?:who|which)\s*$", re.IGNORECASE)
# A verb coordinated with the sentence's first one, with no subject of its own: "... and offered", ", and also urged".
_COORDINATED_PREDICATE = re.compile(r"(?<![A-Z][\w.’'-])\s*,?\s+and\s+(?:also\s+|then\s+|later\s+|\w+ly\s+)?$")


def _starts_with_pronoun(text: str) -> bool:
    return re.match(r"\W*(?:he|she|they|it)\b", text, re.IGNORECASE) is not None


def _years(text: str) -> list[int]:
    return [int(match.group("year")) for match in _YEAR.finditer(text) if not match.group("since")]


def _news_day(days: Sequence[tuple[date, bool]], published: date) -> date:
    """The day an article's news happened: the stated day of the past week its sentences name most."""
    recent = Counter(day for day, inferred in days if not inferred and published - timedelta(days=7) <= day <= published)
    return recent.most_common(1)[0][0] if recent else published


def _with_known_surnames(text: str, people: Sequence[Participant], known: dict[str, Participant]) -> tuple[Participant, ...]:
    """The sentence's actors plus bare surnames of people the article named in full before ("Donald Trump ...
    Trump met ..."), who keep the earlier mention's code even when the gazetteer would not read the surname alone."""
    found = list(people)
    for surname, earlier in known.items():
        if surname not in text:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if not any(p.start <= match.start() < p.end for p in found):
                found.append(Participant(earlier.code, match.start(), match.end(), "person", earlier.person))
    if len(found) == len(people):
        return tuple(people)  # no surname added: `participants` already marked the possessives
    return tuple(_with_possessive(text, p) for p in sorted(found, key=lambda p: p.start))


def read_sentences(sentences: Sequence[Sentence], published: date) -> list[SentenceView]:
    """Views of an article's sentences (read once per article: every event family asks for them)."""
    return list(_read_sentences(ArticleSentences(sentences), published))


@lru_cache(maxsize=4)
def _read_sentences(sentences: tuple[Sentence, ...], published: date) -> tuple[SentenceView, ...]:
    """Views of an article's sentences. A sentence is background when it (or, failing a clue of its own, an
    earlier sentence of its paragraph) names a day over a month before publication or an earlier year.
    A sentence without any day clue takes the article's news day (still flagged inferred)."""
    days = sentence_dates(sentences, published)
    news_day = _news_day(days, published)
    views: list[SentenceView] = []
    known: dict[str, Participant] = {}  # surname -> the person named in full earlier in the article
    carried: list[int] = []
    paragraph = None
    defined = article_groups(sentences)
    for sentence, (day, inferred) in zip(sentences, days):
        if sentence.paragraph != paragraph:
            carried, paragraph = [], sentence.paragraph
        own_day = any(mention.day for mention in find_dates(sentence.text, published))
        years = _years(sentence.text) or ([] if own_day else carried)
        carried = years
        if own_day or not years:
            background = not inferred and day < published - timedelta(days=_HISTORY_DAYS)
        else:
            background = max(years) < published.year
        people = _with_known_surnames(sentence.text, participants(sentence.text, published, defined), known)
        known.update({p.person.split()[-1]: p for p in people if p.person and len(p.person.split()) > 1})
        views.append(SentenceView(sentence, people, news_day if inferred else day, inferred, background))
    junk = page_furniture(sentences)
    views = _with_unnamed_forces(views, published)
    return tuple(view for index, view in enumerate(views) if index not in junk)


# "The army", "government forces", "the junta": the forces of the state the article is about, named by no name.
_UNNAMED_FORCES = gated(
    r"(?:\b[Tt]he\s+|^)(?:army|military|armed\s+forces|junta|regime|security\s+forces)\b"
    r"|\b(?:[Gg]overnment|[Rr]egime|[Jj]unta)\s+(?:forces|troops|soldiers)\b"
)  # lower case: "the Arakan Army" is a name


def _with_unnamed_forces(views: list[SentenceView], published: date) -> list[SentenceView]:
    """Views whose unnamed state forces ("the army") are actors of the state most named in the article (its places
    counted too), a state at war before one that is not, when that state's own name does not stand right before
    them ("Sudan's army" is already Sudan)."""
    states = Counter(p.code for view in views for p in view.people if p.kind in STATE_KINDS and not p.code.startswith("X-"))
    if not states or not any(_UNNAMED_FORCES.search(view.text) for view in views):
        return views
    states.update(place.code for view in views for place in find_places(view.text))
    # "government forces and rebels in the Syrian city of Aleppo", in a report on what the US and Russia agreed
    home = max(states, key=lambda code: (usual_opponent(code, published) is not None, states[code]))
    found = []
    for view in views:
        added = [
            Participant(home, match.start(), match.end(), "metonym")
            for match in _UNNAMED_FORCES.finditer(view.text)
            if not any(
                (p.start < match.end() and match.start() < p.end)
                or (p.end <= match.start() and _OWNER_GAP.fullmatch(view.text[p.end : match.start()]))
                for p in view.people
            )
        ]
        found.append(replace(view, people=tuple(sorted((*view.people, *added), key=lambda p: p.start))) if added else view)
    return found


_OWNER_GAP = re.compile(r"(?:[’']s)?\s*(?:the\s+)?(?:[\w-]+\s+)?")  # "Russia's army", "Israeli military", "Sudan's national army"


def _day(text: str) -> date:
    return date.fromisoformat(text)


@cache
def _wars() -> tuple[tuple[str, date, date | None, str], ...]:
    """Long-running wars from `data/wars.csv`: (side, first day, last day or None, the usual other side)."""
    return tuple(
        (row["side"], _day(row["first_day"]), _day(row["last_day"]) if row["last_day"] else None, row["opponent"])
        for row in data_rows("wars.csv")
    )


@lru_cache(maxsize=4096)  # asked for every side of every vote for the main pair and of every truce
def usual_opponent(side: str, on: date) -> str | None:
    """The other side of the long-running war `side` was fighting on day `on`, if there is one. A named armed
    group without a row of its own is looked up as the opponent too (the FARC's war is Colombia's); a state only
    by its own rows (its many insurgencies name no usual enemy); unnamed rebels are no one's in particular."""
    for war_side, first, last, other in _wars():
        if war_side == side and first <= on and (last is None or on <= last):
            return other
    if not side.startswith("X-") or side in set(_unnamed_rebels().values()):
        return None
    return next((war_side for war_side, first, last, other in _wars() if other == side and first <= on and (last is None or on <= last)), None)


def ever_at_war(pair: tuple[str, ...]) -> bool:
    """Whether the two sides ever fought one of the long-running wars (the MILF and the Philippines, at peace since 2014)."""
    return len(pair) == 2 and any({side, other} == set(pair) for side, _, _, other in _wars())


def war_pair(side: str, on: date) -> tuple[str, ...] | None:
    """`side` and its usual opponent on day `on` (see `usual_opponent`), sorted; None when it has no such war."""
    other = usual_opponent(side, on)
    return tuple(sorted((side, other))) if other else None


def named_groups(views: Sequence[SentenceView]) -> tuple[str, ...]:
    """The specific armed groups an article names as actors, most often named first."""
    counts = Counter(
        p.code for view in views for p in view.people
        if p.code.startswith("X-") and p.code not in _GENERIC_GROUPS and not is_go_between(view.text, p)
    )
    return tuple(code for code, _ in counts.most_common())


def at_war(pair: tuple[str, ...], on: date) -> bool:
    """Whether the two sides were fighting one of the long-running wars on day `on`."""
    return len(pair) == 2 and (usual_opponent(pair[0], on) == pair[1] or usual_opponent(pair[1], on) == pair[0])


def name_generic_side(sides: Sequence[str], on: date, groups: Sequence[str] = ()) -> tuple[str, ...]:
    """Sorted sides, with generic "rebels" or "militants" named: dropped beside a named group ("the M23 rebel
    group"), else the article's most named group (`groups`), else the armed group the other side was fighting
    on day `on` (the separatists of a war, not rebels in general)."""
    named = set(sides)
    for generic in named & _GENERIC_GROUPS:
        if any(code.startswith("X-") and code not in _GENERIC_GROUPS for code in named):
            named -= {generic}
            continue
        other = [group for group in groups if group not in named]
        if other:
            named = (named - {generic}) | {other[0]}
            continue
        specific = {usual_opponent(side, on) for side in named - _GENERIC_GROUPS} - {None}
        if len(specific) == 1 and next(iter(specific)).startswith("X-"):
            named = (named - {generic}) | specific
        elif generic == _REBELS:
            state = next((code for code in sorted(named) if not code.startswith("X-")), "*")
            named = (named - {generic}) | {_unnamed_rebels().get(state, _unnamed_rebels()["*"])}
    return tuple(sorted(named))


_REBELS = "X-rebels"  # the code of the common noun "rebels" in data/groups.csv


@cache
def _unnamed_rebels() -> dict[str, str]:
    """What unnamed rebels are called, by the state they fight (data/unnamed_rebels.csv; "*" for any other)."""
    return {row["state"]: row["code"] for row in data_rows("unnamed_rebels.csv")}


_PAIR_LINK = re.compile(r"^(?:[’']s)?\)?\s*(?:(?:government|army|military|forces|troops|authorities)\s+)?(?:and|[-–])\s*(?:the\s+)?"
                        r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# A force two actors field together: "U.S.-British airstrikes", "American and British jets" (allies, not two sides).
# "American and British airstrikes", "Russian and Syrian regime fighter jets": allies named as one force
JOINT_FORCE_AFTER = re.compile(r"\s+(?:air\s*strikes?|airstrikes?|strikes|raids|bombing|bombardment|coalition"
                               r"|(?:[\w-]+\s+){0,2}?(?:jets|warplanes|aircraft|planes|helicopters|drones|artillery|missiles))\b",
                               re.IGNORECASE)
_PAIR_OPENER = re.compile(r"\b(?:between|both)\s+(?:the\s+)?$", re.IGNORECASE)


def _coordinated(text: str, people: Sequence[Participant], on: date | None, groups: Sequence[str]) -> set[tuple[str, ...]]:
    """Pairs of sides named as a pair ("A-B", "between A and B", "A and B" of a war): a vote more for being the main pair."""
    found: set[tuple[str, ...]] = set()
    for left, right in zip(people, people[1:]):
        link = _PAIR_LINK.match(text[left.end : right.start])
        if left.code == right.code or not link or JOINT_FORCE_AFTER.match(text, right.end):
            continue
        pair = name_generic_side((left.code, right.code), on, groups) if on else tuple(sorted((left.code, right.code)))
        # "US and Israeli officials" are allies; "the army and the RSF" are a war's sides
        opposed = "and" not in link.group().lower() or _PAIR_OPENER.search(text, 0, left.start) or (on and at_war(pair, on))
        if len(pair) == 2 and opposed:
            found.add(pair)
    return found


def _allied(text: str, people: Sequence[Participant]) -> set[tuple[str, ...]]:
    """Pairs named as one force ("U.S.-British airstrikes", "American and British jets"): allies, not two sides."""
    return {
        tuple(sorted((left.code, right.code)))
        for left, right in zip(people, people[1:])
        if _PAIR_LINK.match(text[left.end : right.start]) and JOINT_FORCE_AFTER.match(text, right.end)
    }


# "Egypt, the UN and the US called for the warring parties to agree": those who address both sides are none of them.
_TO_BOTH_SIDES = gated(r"\b(?:call(?:ed|s|ing)?\s+(?:on|for)|urg(?:ed|es|ing)|ask(?:ed|s|ing)|appeal(?:ed|s|ing)?\s+to|press(?:ed|es|ing))"
                       r"\s+(?:the\s+)?(?:warring\s+(?:parties|sides)|both\s+sides|two\s+sides|all\s+sides|belligerents)\b", re.IGNORECASE)


def _callers_on_both_sides(view: SentenceView) -> list[Participant]:
    """The actors a sentence tells addressing the warring parties as a whole: third parties, not belligerents."""
    return [p for call in _TO_BOTH_SIDES.finditer(view.text) for p in subject_before(view.text, view.people, call.start())]


def main_belligerents(views: Sequence[SentenceView], on: date | None = None) -> tuple[str, ...]:
    """The article's main pair of belligerents (see `_main_belligerents`), worked out once per article."""
    return _main_belligerents(tuple(views), on)


@lru_cache(maxsize=8)
def _main_belligerents(views: tuple[SentenceView, ...], on: date | None, every_sentence: bool = False) -> tuple[str, ...]:
    """The two actors most often named together in sentences about fighting (any sentence when none is
    about fighting, or with `every_sentence`), as sorted codes. When only one side is named there, a pair at
    war that the whole article names is the better guess, else the usual opponent of its war on day `on`
    (if given) completes the pair, else that side stands alone; no code when no side is named."""
    pairs: Counter[tuple[str, ...]] = Counter()
    sides: Counter[str] = Counter()
    acting: Counter[str] = Counter()  # named as an actor, not only as a place ("fought militants in Gaza")
    speaking: Counter[str] = Counter()  # named as who says it ("..., says Malaysian PM"): rather a reporter than a side
    groups = named_groups(views)
    named = [view for view in views if view.people]  # a sentence naming no actor casts no vote
    fighting = named if every_sentence else [view for view in named if _FIGHTING.search(view.text)]
    news = [view for view in fighting if not view.background]  # fighting of earlier years is background, not the news
    if not every_sentence and any(p.can_fight and not is_go_between(view.text, p) for view in news for p in view.people):
        fighting = news
    if not any(p.can_fight and not is_go_between(view.text, p) for view in fighting for p in view.people):
        fighting = named  # no side but go-betweens is named where the fighting is told: every sentence votes
    for view in fighting:
        callers = _callers_on_both_sides(view)
        people = [p for p in view.people if p.can_fight and not is_go_between(view.text, p) and p not in callers]
        codes = name_generic_side({p.code for p in people}, on, groups) if on else tuple(sorted({p.code for p in people}))
        sides.update(codes)
        renamed = set(codes) - {p.code for p in people}  # a generic group named as the specific one
        actors = {p.code for p in people if not is_oblique(view.text, p)}
        acting.update(code for code in codes if code in actors or (code in renamed and actors & _GENERIC_GROUPS))
        allied = _allied(view.text, people)
        pairs.update(pair for pair in combinations(codes, 2) if pair not in allied)
        source = speaker(view.text, view.people)
        speaking.update([source.code] if source is not None else [])
        pairs.update(pair for pair in _coordinated(view.text, people, on, groups) if pair in set(combinations(codes, 2)))
    if pairs:
        best = max(pairs.values())
        # a long-running war's own pair, named together at least half as often as the best, is the better guess
        # ("Trump hosted Putin ... the war in Ukraine": the war is Russia-Ukraine, not Russia-US)
        wars = [pair for pair, votes in pairs.items() if on and 2 * votes >= best and at_war(pair, on)]
        leading = [pair for pair, votes in pairs.items() if votes == best]
        if not wars and on and not any(at_war(pair, on) for pair in leading):
            # the best pair is no war's: a war of one of its sides, also named together, is what the fighting is
            # ("Turkey agrees to a ceasefire in Syria" beside "Kurdish forces" in a report on the SDF)
            wars = [pair for pair in pairs if at_war(pair, on) and any(set(pair) & set(lead) for lead in leading)]
        if not wars and on:  # never named together, but each side of a war named about as often as the best pair
            wars = [war for war in {war_pair(code, on) for code in sides} if war and 2 * min(sides[code] for code in war) >= best]
        pair = max(wars or (pair for pair, votes in pairs.items() if votes == best),
                   key=lambda pair: (pairs[pair], -speaking[pair[0]] - speaking[pair[1]], sides[pair[0]] + sides[pair[1]],
                                     acting[pair[0]] + acting[pair[1]]))
        return name_generic_side(pair, on, groups) if on else pair
    if len(sides) == 1:
        (side,) = sides
        wider = _main_belligerents(views, on, every_sentence=True) if on and fighting is not named else ()
        if at_war(wider, on):  # "talks in Türkiye to end the war", in a report on Russia and Ukraine
            return wider
        return (war_pair(side, on) if on else None) or (side,)
    # sides never named together: the most named one's war, if the article names its enemy too, else the two most named
    war = war_pair(sides.most_common(1)[0][0], on) if sides and on else None
    if war and all(any(p.code == code for view in named for p in view.people) for code in war):
        return war
    return tuple(sorted(code for code, _ in sides.most_common(2)))
