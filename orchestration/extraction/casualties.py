"""Casualty claims: how many people were killed or wounded, whose people, who says so and when.

Each count in a sentence (see `numbers.py`) is read against the words around it: a victim noun
phrase and an outcome after it ("50 Azerbaijani servicemen died"), an outcome right after it
("Ten killed"), a verb before it ("shelling killed 12 troops"), a death toll ("the toll rose to 28").
A lone singular victim ("a soldier was killed", "Serviceman killed") counts as one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from orchestration.extraction.actors import ActorMention, find_actors
from orchestration.extraction.dates import find_dates, sentence_dates
from orchestration.extraction.events import CasualtyClaim, Evidence
from orchestration.extraction.numbers import Quantity, find_quantities
from orchestration.extraction.text import Sentence


def _nouns(pairs: str) -> tuple[list[str], list[str]]:
    """Singular and plural forms from "soldier/soldiers troop/troops ..." (an empty side: "-")."""
    singular, plural = [], []
    for pair in pairs.split():
        one, many = pair.replace("_", " ").split("/")
        singular += [one] if one != "-" else []
        plural += [many] if many != "-" else []
    return singular, plural


_VICTIMS = {
    "military": _nouns(
        """soldier/soldiers troop/troops serviceman/servicemen servicewoman/servicewomen service_member/service_members
        -/personnel fighter/fighters militant/militants officer/officers rebel/rebels separatist/separatists
        insurgent/insurgents militiaman/militiamen militia/militia militia_member/militia_members guerrilla/guerrillas
        combatant/combatants paratrooper/paratroopers marine/marines sailor/sailors pilot/pilots airman/airmen
        commander/commanders border_guard/border_guards guard/guards policeman/policemen police_officer/police_officers
        -/police gunman/gunmen jihadist/jihadists terrorist/terrorists conscript/conscripts recruit/recruits
        reservist/reservists commando/commandos sniper/snipers gendarme/gendarmes mercenary/mercenaries
        defender/defenders operative/operatives"""
    ),
    "civilian": _nouns(
        """civilian/civilians child/children kid/kids boy/boys girl/girls woman/women baby/babies infant/infants
        toddler/toddlers teenager/teenagers minor/minors resident/residents villager/villagers inhabitant/inhabitants
        -/locals aid_worker/aid_workers humanitarian_worker/humanitarian_workers worker/workers employee/employees
        journalist/journalists reporter/reporters photographer/photographers cameraman/cameramen
        correspondent/correspondents medic/medics doctor/doctors nurse/nurses paramedic/paramedics rescuer/rescuers
        firefighter/firefighters passenger/passengers student/students pupil/pupils teacher/teachers farmer/farmers
        fisherman/fishermen protester/protesters demonstrator/demonstrators pedestrian/pedestrians
        pensioner/pensioners refugee/refugees worshipper/worshippers convict/convicts inmate/inmates
        patient/patients driver/drivers"""
    ),
    "unknown": _nouns(
        "person/people -/persons individual/individuals man/men victim/victims -/others -/lives activist/activists"
    ),
}
# Nouns used as modifiers of "deaths" ("100 troop deaths", "civilian deaths").
_DEATH_MODIFIERS = {"troop": "military", "military": "military", "soldier": "military", "civilian": "civilian"}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(set(words), key=len, reverse=True))




def _victim_nouns(*forms: int) -> re.Pattern[str]:
    """Victim nouns as one pattern with a named group per kind; `forms`: 0 singular, 1 plural."""
    groups = (
        rf"(?P<{kind}>\b(?:{_alternation([word for form in forms for word in pair[form]])})\b)"
        for kind, pair in _VICTIMS.items()
    )
    return re.compile("|".join(groups), re.IGNORECASE)


_ANY_VICTIM = _victim_nouns(0, 1)
_SINGULAR_VICTIM = _victim_nouns(0)

_KILLED = (
    r"killed|dead|died|dies|deaths?|fatalities|slain|perished|martyred|executed|massacred|murdered|beheaded"
    r"|lost\s+(?:their|his|her)\s+li(?:ves|fe)|(?:shot|beaten|burned|stabbed)\s+(?:dead|to\s+death)"
)
_WOUNDED = r"wounded|injured|hurt|injuries"
_OUTCOME = rf"(?P<killed>{_KILLED})|(?P<wounded>{_WOUNDED})"
# Words that may stand between a victim noun and its outcome ("soldiers were reportedly killed").
_LINK_WORDS = (
    r"who|that|have|has|had|were|was|are|is|been|being|be|reportedly|reported|also|later|allegedly|all|both"
    r"|confirmed|believed|feared|thought|said|to|left|found|now|first"
)
_OUTCOME_AFTER = re.compile(rf"^[\"'’”]?(?:\s*,)?(?:\s+(?:{_LINK_WORDS})\b)*\s*\b(?:{_OUTCOME})\b", re.IGNORECASE)
# "killed or wounded", "died or went missing": a mixed count that names no single outcome.
_MIXED = re.compile(r"^\s+(?:or|and)\s+(?:\w+\s+)?(?:killed|dead|died|wounded|injured|hurt|missing|captured)\b", re.I)
_VERB_BEFORE = re.compile(
    r"\b(?:(?P<killed>killing|killed|kill|kills|(?:claimed|claiming|took|taking)\s+the\s+lives\s+of|(?:the\s+)?deaths?\s+of)"
    r"|(?P<wounded>wounding|wounded|wound|wounds|injuring|injured|injure|injures))\s+$",
    re.IGNORECASE,
)
_TOLL_BEFORE = re.compile(
    r"(?<!casualty\s)\b(?:death\s+)?toll\b(?:\s+[\w'’-]+){0,6}?\s+(?:to|at|of|reached|hit|passed|is|was|stands\s+at|stood\s+at)\s+$",
    re.IGNORECASE,
)
_LOST_BEFORE = re.compile(r"\blost\s+$", re.IGNORECASE)
_STOP = (
    r"and|or|but|of|in|on|at|by|with|from|to|for|as|after|before|during|while|when|who|which|that|were|was|are|is"
    r"|be|been|being|have|has|had|will|would|could|may|might|said|says|say|reported|a|an|the|this|these|those"
    r"|their|its|his|her|per|than|each|every|since|over|including|among|amid|despite|near|across|into|under"
)
# Up to four modifiers between a count and its victim noun ("two more Ukrainian border guards").
_MODIFIERS = rf"(?:\s+(?!(?:{_STOP}|{_KILLED}|{_WOUNDED})\b)(?![a-z][\w-]*[^su'’]s\b)[\w'’.-]+){{0,4}}?"
_NOUN_PHRASE = re.compile(
    rf"^[\"'’”]?(?P<of>\s+of(?:\s+(?:its|their|his|her|our|the))?(?:\s+own)?)?(?P<mods>{_MODIFIERS})\s+(?P<noun>{_ANY_VICTIM.pattern})",
    re.IGNORECASE,
)
_DEATHS_NOUN = re.compile(
    rf"^(?P<mods>{_MODIFIERS})\s+(?:(?P<kind>{'|'.join(_DEATH_MODIFIERS)})\s+)?(?:deaths|fatalities|(?P<wounded>injuries))\b",
    re.IGNORECASE,
)
# What may follow a bare count after a verb: punctuation, the end, or a function word (not a noun: "killed 12 km").
_BARE_END = re.compile(rf"^(?:\s*(?:[,.;:!?)\"'’”—–-]|$)|\s+(?:{_STOP}|overnight|yesterday|today|last|earlier|so)\b)", re.I)
_SUBSET = re.compile(r"^\s+of\s+(?:them|whom|those|the\s+(?:dead|victims|killed|wounded|injured))\b", re.IGNORECASE)
_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|may|will|threaten(?:s|ed)?\s+to|risk(?:s|ing)?|aim(?:s|ed)?\s+to|try\s+to|if)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NON_CONFLICT = re.compile(
    r"\b(?:accident(?:al|ally|s)?|crash(?:ed|es)?|flood(?:s|ing|ed)?|earthquake|quake|storms?|hurricane|typhoon|cyclone"
    r"|tornado|landslides?|avalanche|wildfires?|heat\s?wave|disease|illness|epidemic|pandemic|outbreak|cholera"
    r"|covid(?:-19)?|coronavirus|drown(?:ed|ing)?|traffic|stampede|overdose|natural\s+causes|heart\s+attack"
    r"|(?:in|during)\s+training|training\s+exercise|migrat\w*|shipwreck|capsized)\b",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(
    r"\b(?:so\s+far|to\s+date|in\s+total|total(?:ling|led|ed|s)?|altogether|overall|cumulative|throughout"
    r"|this\s+(?:week|month|year)(?:'s|’s)?|(?:over|in|during|within|for)\s+(?:the\s+)?(?:past|last|previous|first)\s+(?:\w+\s+)?"
    r"(?:weeks?|months?|years?|days|decade)|over\s+(?:the\s+)?(?:past\s+|last\s+)?week|(?:in|during|of|over)\s+(?:the\s+)?"
    r"(?:(?:19|20)\d\d\s+)?(?:war|conflict|invasion)\b(?!-)|(?:war|conflict|invasion),?\s+(?:which\s+|that\s+)?(?:has|have|had)\b"
    r"|(?:\w+|\d+)\s+years\s+of|(?:repatriat|exchang|swap|handed\s+over|returned)\w*[^.]*\bbodies|bodies\b[^.]*"
    r"(?:repatriat|exchang|swap|handed\s+over|returned|received))",
    re.IGNORECASE,
)
_LARGEST_INCIDENT = 10_000
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# "the deadliest fighting since 2020" compares; it does not total.
_SUPERLATIVE = re.compile(
    r"\b(?:\w+iest|worst|first|most|biggest|largest|highest|greatest|strongest|fiercest|lowest|fewest)\b(?:\s+\S+){0,8}\s*$",
    re.IGNORECASE,
)
_RATE = re.compile(r"^\s+(?:\w+\s+){0,3}?(?:a|per|every|each)\s+(?:day|week|month|year)\b", re.IGNORECASE)
_ENEMY = re.compile(r"\benemy\b", re.IGNORECASE)
_BOTH_SIDES = re.compile(r"\b(?:both|either|all)\s+sides\b|\bon\s+each\s+side\b|\bbetween\s+the\s+two\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:\w+\s+)?and\b", re.IGNORECASE)
_NIGHT = re.compile(r"\bnight(?:time)?\s+(?:shelling|attacks?|strikes?|raids?|bombing|bombardment|assault|fighting|clashes)\b", re.I)
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|report|announced|announces|claimed|claims|claim|confirmed"
    r"|confirms|stated|states|estimated|estimates|put|puts|according\s+to|citing|cited)\b",
    re.IGNORECASE,
)
_UNATTRIBUTED = re.compile(r"\breported(?:ly)?\b|\bbelieved\b", re.IGNORECASE)
_HEADLINE_SOURCE = re.compile(r"(?:[:|]|\s?[-–—]\s)\s*(?P<source>[^:|\-–—\d]{2,60})$")
_RELATED_HEADER = re.compile(
    r"^(?:useful\s+reading|read\s+(?:also|more)|also\s+read|related(?:\s+\w+)?|see\s+also|more\s+on\s+this(?:\s+story)?"
    r"|recommended(?:\s+\w+)?|you\s+(?:may|might)\s+also\s+like|most\s+(?:read|popular)|latest(?:\s+news)?|more\s+from\s+.*"
    r"|trending(?:\s+now)?|top\s+stories|more\s+stories)\s*:?$",
    re.IGNORECASE,
)
_MODIFIERS_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?:(?!(?:{_STOP}|{_KILLED}|{_WOUNDED}|reports?|reported|says|said|claims?|claimed|confirm(?:s|ed))\b)"
    rf"[\w'’.-]+\s+){{1,3}}$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)
_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)$", re.IGNORECASE)
_INHERIT = re.compile(
    rf"^[\"'’”]?(?:\s+(?:{_LINK_WORDS})\b)*\s*(?:{_KILLED}|{_WOUNDED})?[\"'’”]?\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)$",
    re.IGNORECASE,
)
_ANOTHER = re.compile(r"\banother\b", re.IGNORECASE)
_NO_COUNT_BEFORE = re.compile(r"\b(?:no|not|aged?|number|no\.)\s+$", re.IGNORECASE)
_NOUN_OUTCOME = re.compile(r"(?:deaths?|fatalities|injuries)$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|his|her|its|their|our|my|your|whose|every|each|no|any|which|what)\s+$", re.IGNORECASE
)
_LINK = re.compile(r"\]\(|https?://|www\.", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|near|at|outside|around|across|of|on|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_IN_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_CLAIMANT_KINDS = frozenset({"state", "demonym", "capital", "metonym", "organisation", "group", "person", "collective"})
_CLAUSE_BREAK = re.compile(r"[;:,]|\s[-–—]\s")
_TERMINATED = re.compile(r"[.!?][\"'”’)\]]*$")
_STATE_KINDS = frozenset({"state", "demonym", "capital", "metonym"})
_SIDE_KINDS = _STATE_KINDS | {"group"}


@dataclass(frozen=True)
class _Hit:
    """A count read as a casualty mention in one sentence (offsets within the sentence)."""

    quantity: Quantity
    rule: str
    outcome: str | None  # None until coordination supplies it
    victims: str | None  # military | civilian | unknown; None when no noun names them
    phrase: str  # the victim noun phrase ("of its Azerbaijani servicemen"), for the side
    end: int  # end of the noun phrase or of the count


@dataclass(frozen=True)
class _Context:
    """Article-wide facts the side and claimant fall back on."""

    published: date
    states: Counter[str]  # how often each state or group is named in the article


def _outcome(match: re.Match[str]) -> str:
    return "killed" if match.group("killed") else "wounded"


def _victim_kind(match: re.Match[str]) -> str:
    return next(kind for kind in _VICTIMS if match.group(kind))




def _hypothetical(before: str) -> bool:
    return _HYPOTHETICAL.search(before) is not None


def _read_quantity(text: str, quantity: Quantity) -> _Hit | None:
    """Read one count against the words before and after it."""
    before, after = text[: quantity.start], text[quantity.end :]
    if _SUBSET.match(after) or _RATE.match(after) or _NO_COUNT_BEFORE.search(before):
        return None
    phrase = _NOUN_PHRASE.match(after)
    if phrase:
        return _read_victim_phrase(text, quantity, phrase)
    deaths = _DEATHS_NOUN.match(after)
    if deaths:
        victims = _DEATH_MODIFIERS.get((deaths.group("kind") or "").lower(), "unknown")
        outcome = "wounded" if deaths.group("wounded") else "killed"
        return _Hit(quantity, "casualty.count_deaths", outcome, victims, deaths.group("mods"), quantity.end + deaths.end())
    outcome = _OUTCOME_AFTER.match(after)
    if outcome and not _MIXED.match(after[outcome.end() :]):
        return _Hit(quantity, "casualty.count_outcome", _outcome(outcome), None, "", quantity.end)
    if not _BARE_END.match(after):
        return None
    verb = _VERB_BEFORE.search(before)
    if verb and not _hypothetical(before[: verb.start()]) and not _is_year(quantity):
        return _Hit(quantity, "casualty.verb_before_count", _outcome(verb), None, "", quantity.end)
    if _TOLL_BEFORE.search(before) and quantity.count is not None:
        return _Hit(quantity, "casualty.death_toll", "killed", None, "", quantity.end)
    return None


def _read_victim_phrase(text: str, quantity: Quantity, phrase: re.Match[str]) -> _Hit | None:
    """A count with its victim noun: the outcome follows, a verb precedes, or a coordinated item supplies it."""
    victims, end = _victim_kind(phrase), quantity.end + phrase.end()
    before, rest = text[: quantity.start], text[end:]
    outcome = _OUTCOME_AFTER.match(rest)
    if outcome:
        if _MIXED.match(rest[outcome.end() :]):
            return None
        return _Hit(quantity, "casualty.count_before_victims", _outcome(outcome), victims, phrase.group(0), end)
    verb = _VERB_BEFORE.search(before)
    if verb and not _hypothetical(before[: verb.start()]):
        return _Hit(quantity, "casualty.verb_before_count", _outcome(verb), victims, phrase.group(0), end)
    if _LOST_BEFORE.search(before) and victims == "military":
        return _Hit(quantity, "casualty.lost_count", "killed", victims, phrase.group(0), end)
    if _COORDINATED.match(rest):
        return _Hit(quantity, "casualty.coordinated", None, victims, phrase.group(0), end)
    return None


def _read_single(text: str, noun: re.Match[str], quantities: Sequence[Quantity]) -> _Hit | None:
    """A singular victim without a number ("a soldier was killed", "Serviceman killed") is one person."""
    modifiers = _MODIFIERS_BEFORE.search(text[: noun.start()])
    start = modifiers.start() if modifiers else noun.start()
    if any(start - 1 <= quantity.end <= noun.start() for quantity in quantities):
        return None  # "one soldier": the count reads it
    head = text[:start]
    if _DETERMINER_BEFORE.search(head):
        return None  # "the soldier", "his wife": someone already counted or not a new count
    article = re.search(r"\ban?\s+$", head, re.IGNORECASE)
    if article:
        start = article.start()
    quantity = Quantity(1, "exact", start, noun.end(), text[start : noun.end()])
    victims, rest = _victim_kind(noun), text[noun.end() :]
    outcome = _OUTCOME_AFTER.match(rest)
    if outcome and not _NOUN_OUTCOME.search(outcome.group(0)) and not _MIXED.match(rest[outcome.end() :]):
        return _Hit(quantity, "casualty.single_victim", _outcome(outcome), victims, text[start : noun.end()], noun.end())
    verb = _VERB_BEFORE.search(text[:start])
    if verb and article and not _hypothetical(text[: verb.start()]):
        return _Hit(quantity, "casualty.verb_before_victim", _outcome(verb), victims, text[start : noun.end()], noun.end())
    if _COORDINATED.match(rest):
        return _Hit(quantity, "casualty.coordinated", None, victims, text[start : noun.end()], noun.end())
    return None


def _is_year(quantity: Quantity) -> bool:
    return quantity.qualifier == "exact" and quantity.count is not None and 1900 <= quantity.count <= 2100


def _coordinate(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Share outcomes and victims across a list ("two troops, one civilian killed"; "one killed, 17 wounded")."""
    hits = sorted(hits, key=lambda hit: hit.quantity.start)
    for index in range(len(hits) - 2, -1, -1):
        hit, following = hits[index], hits[index + 1]
        if hit.outcome is None and following.outcome and _COORDINATION.match(text[hit.end : following.quantity.start]):
            hits[index] = replace(hit, outcome=following.outcome)
    for index in range(1, len(hits)):
        hit, previous = hits[index], hits[index - 1]
        if hit.victims is None and previous.victims and _INHERIT.match(text[previous.end : hit.quantity.start]):
            hits[index] = replace(hit, victims=previous.victims, phrase=previous.phrase)
    return [hit for hit in hits if hit.outcome is not None]


def _sentence_hits(text: str) -> list[_Hit]:
    """Every casualty mention in one sentence."""
    quantities = find_quantities(text) + [
        Quantity(1, "exact", match.start(), match.end(), match.group(0)) for match in _ANOTHER.finditer(text)
    ]
    hits = [hit for quantity in quantities if (hit := _read_quantity(text, quantity))]
    hits += [hit for noun in _SINGULAR_VICTIM.finditer(text) if (hit := _read_single(text, noun, quantities))]
    return _coordinate(text, hits)


def _clause(text: str, hit: _Hit) -> str:
    """The clause around a mention: "a soldier was killed in combat, another in training" has two."""
    starts = [match.end() for match in _CLAUSE_BREAK.finditer(text, 0, hit.quantity.start)]
    stop = _CLAUSE_BREAK.search(text, hit.end)
    return text[starts[-1] if starts else 0 : stop.start() if stop else len(text)]


def _junk_sentences(sentences: Sequence[Sentence]) -> set[int]:
    """Indexes of page furniture: link lists, unpunctuated lines in the body, related-story blocks."""
    has_title = any(sentence.is_title for sentence in sentences)
    junk: set[int] = set()
    related_from: int | None = None
    for index, sentence in enumerate(sentences):
        headline = sentence.is_title or (index == 0 and not has_title)
        text = sentence.text.strip()
        if _RELATED_HEADER.match(text):
            related_from = sentence.paragraph
        elif related_from is not None and (not _TERMINATED.search(text) or sentence.paragraph - related_from > 6):
            related_from = None
        if _LINK.search(text) or related_from is not None:
            junk.add(index)
        elif not headline and (not _TERMINATED.search(text) or _title_case(text)):
            junk.add(index)
    return junk


def _title_case(text: str) -> bool:
    words = [word for word in re.findall(r"[A-Za-z][\w'’-]*", text) if len(word) > 3]
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= 0.75 * len(words)


def _mentions(actors: Sequence[ActorMention], start: int, end: int) -> list[ActorMention]:
    return [actor for actor in actors if start <= actor.start and actor.end <= end]


def _labelled(text: str, actors: Sequence[ActorMention], hit: _Hit) -> str | None:
    """The side named inside the victim phrase ("Ukrainian soldiers", "DPR servicemen"), not "pro-Russian" ones."""
    for actor in _mentions(actors, hit.quantity.start, hit.end):
        if actor.kind in _SIDE_KINDS and not re.search(r"\b(?:pro|anti)[-\s]$", text[: actor.start], re.IGNORECASE):
            return actor.code
    return None


def _location(text: str, actors: Sequence[ActorMention]) -> str | None:
    """The state of the place where it happened: "in east Ukraine", "near Baku" (not "shelling by Ukrainian troops")."""
    for actor in actors:
        if actor.kind in ("state", "capital", "group") and _LOCATIVE.search(text[: actor.start]):
            return actor.code
    return None


def _opponent(claimant: str | None, context: _Context) -> str | None:
    """The enemy of the claimant: the article's most named other state or armed group."""
    return next((code for code, _ in context.states.most_common() if code != claimant), None)


def _joint(text: str, actors: Sequence[ActorMention], hit: _Hit) -> bool:
    """An unlabelled total over several belligerents: "A and B reported 100 deaths", "on both sides"."""
    if _BOTH_SIDES.search(text):
        return True
    before = [actor for actor in actors if actor.end <= hit.quantity.start and actor.kind in _STATE_KINDS]
    paired = any(
        first.code != second.code and re.fullmatch(r"\s*(?:and|-|–)\s*", text[first.end : second.start])
        for first, second in zip(before, before[1:])
    )
    return paired or (_BETWEEN.search(text) is not None and len({actor.code for actor in before}) >= 2)


def _side(text: str, actors: Sequence[ActorMention], hit: _Hit, claimant: str | None, context: _Context) -> str:
    """Whose people were hit: named in the phrase, "its"/"enemy", a joint total, else the place or the reporter."""
    labelled = _labelled(text, actors, hit)
    if labelled:
        return labelled
    own_state = claimant if claimant not in (None, "MEDIA") else None
    if re.search(r"\b(?:its|their|our)\b", hit.phrase, re.IGNORECASE) and own_state:
        return own_state
    if _ENEMY.search(hit.phrase):
        return _opponent(own_state, context) or "UNK"
    if _joint(text, actors, hit):
        return "ALL"
    located = _location(text, actors)
    order = (own_state, located) if hit.victims == "military" else (located, own_state)
    theatre = next((actor.code for actor in actors if actor.kind in ("state", "capital")), None)
    common = context.states.most_common(1)
    return next((code for code in (*order, theatre, common[0][0] if common else None) if code), "UNK")


def _claimant(text: str, actors: Sequence[ActorMention], headline: bool) -> str | None:
    """Who gives the figure: a headline's source tag, "according to X", "X said"; the outlet when nobody is named."""
    if headline:
        source = _HEADLINE_SOURCE.search(text)
        if source and not re.search(_OUTCOME, source.group("source"), re.IGNORECASE):
            named = _mentions(actors, source.start("source"), source.end())
            if named:
                return named[0].code
            return "MEDIA" if re.search(r"\b(?:media|agency|agencies)\b", source.group("source"), re.I) else None
    for verb in _REPORTING.finditer(text):
        after = [actor for actor in actors if 0 <= actor.start - verb.end() <= 40 and actor.kind != "demonym"]
        if verb.group(0).lower() in ("said", "says", "according to", "citing", "cited", "told") and after:
            return after[0].code
        before = [actor for actor in actors if actor.end <= verb.start() and actor.kind in _CLAIMANT_KINDS]
        if before and verb.start() - before[-1].end <= 40:
            return before[-1].code
    if _UNATTRIBUTED.search(text) or _REPORTING.search(text):
        return None
    return "MEDIA"


def _scope(text: str, hit: _Hit, published: date) -> str:
    """Cumulative for totals over a period (and for counts too large for one incident), else incident."""
    if (hit.quantity.count or 0) >= _LARGEST_INCIDENT:
        return "cumulative"
    past_year = any(int(year) < published.year for year in _IN_YEAR.findall(text))
    since = any(not _SUPERLATIVE.search(text[: match.start()]) for match in _SINCE.finditer(text))
    return "cumulative" if past_year or since or _CUMULATIVE.search(text) else "incident"


def _day(text: str, hit: _Hit, fallback: tuple[date, bool], published: date) -> tuple[date | None, bool]:
    """The day named nearest the count in the sentence; a night attack is the night before; else the carried day."""
    days = [mention for mention in find_dates(text, published) if mention.day]
    if days:
        nearest = min(days, key=lambda mention: abs(mention.start - hit.quantity.start))
        return nearest.day, False
    if _NIGHT.search(text):
        return published - timedelta(days=1), False
    return fallback


def _claim(sentence: Sentence, hit: _Hit, facts: _SentenceFacts, context: _Context) -> CasualtyClaim:
    text = sentence.text
    scope = _scope(text, hit, context.published)
    day, inferred = (None, False) if scope == "cumulative" else _day(text, hit, facts.day, context.published)
    return CasualtyClaim(
        side=_side(text, facts.actors, hit, facts.claimant, context),
        victims=hit.victims or "unknown",
        outcome=hit.outcome or "killed",
        count=hit.quantity.count,
        qualifier=hit.quantity.qualifier,
        date=day,
        scope=scope,
        claimed_by=facts.claimant,
        evidence=Evidence(text, sentence.start, sentence.end, hit.rule),
        count_high=hit.quantity.count_high,
        date_inferred=inferred,
    )


@dataclass(frozen=True)
class _SentenceFacts:
    actors: list[ActorMention]
    claimant: str | None
    day: tuple[date, bool]


def _deduplicate(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """One item per claim: the title and the body (or a repeated paragraph) saying the same thing."""
    kept: dict[tuple, CasualtyClaim] = {}
    for claim in claims:
        key = (claim.side, claim.victims, claim.outcome, claim.count, claim.count_high, claim.qualifier, claim.scope)
        if key not in kept or (kept[key].date_inferred and not claim.date_inferred):
            kept.setdefault(key, claim)
            if kept[key].date_inferred and not claim.date_inferred:
                kept[key] = claim
    return list(kept.values())


def extract_casualties(sentences: Sequence[Sentence], published: date) -> list[CasualtyClaim]:
    """Numeric claims of people killed or wounded in armed conflict, one per distinct claim."""
    junk = _junk_sentences(sentences)
    days = sentence_dates(sentences, published)
    actors = [find_actors(sentence.text, published) for sentence in sentences]
    states = Counter(actor.code for found in actors for actor in found if actor.kind in _SIDE_KINDS)
    context = _Context(published, states)
    has_title = any(sentence.is_title for sentence in sentences)
    claims: list[CasualtyClaim] = []
    for index, sentence in enumerate(sentences):
        if index in junk:
            continue
        hits = [hit for hit in _sentence_hits(sentence.text) if not _NON_CONFLICT.search(_clause(sentence.text, hit))]
        if not hits:
            continue
        headline = sentence.is_title or (index == 0 and not has_title)
        facts = _SentenceFacts(actors[index], _claimant(sentence.text, actors[index], headline), days[index])
        claims += [_claim(sentence, hit, facts, context) for hit in hits]
    return _deduplicate(claims)
