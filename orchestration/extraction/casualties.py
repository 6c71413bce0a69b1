"""Casualty claims: how many people were killed or wounded, whose people, who says so and when.

Each count in a sentence (see `numbers.py`) is read against the words around it: a victim noun
phrase and an outcome after it ("50 Azerbaijani servicemen died"), an outcome right after it
("Ten killed"), a verb before it ("shelling killed 12 troops"), a death toll ("the toll rose to 28").
A lone singular victim ("a soldier was killed", "Serviceman killed") counts as one.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from orchestration.extraction.actors import ActorMention, find_actors, find_places
from orchestration.extraction.clauses import main_belligerents, read_sentences
from orchestration.extraction import casualty_scope
from orchestration.extraction.casualty_scope import fallback_days, incident_day, relative_clause_start, scope_window
from orchestration.extraction.events import CasualtyClaim, Evidence
from orchestration.extraction.gates import GatedPattern, gated
from orchestration.extraction.numbers import Quantity, find_quantities
from orchestration.extraction.text import Sentence, page_furniture

# --- Vocabulary --------------------------------------------------------------------------------


_DATA_DIR = Path(__file__).parent / "data"


def _data_rows(name: str) -> list[dict[str, str]]:
    with (_DATA_DIR / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if line.strip() and not line.startswith("#")))


def _victim_vocabulary() -> dict[str, tuple[list[str], list[str]]]:
    """Singular and plural victim nouns per kind (military, civilian, unknown), from data/victim_nouns.csv."""
    kinds: dict[str, tuple[list[str], list[str]]] = {}
    for row in _data_rows("victim_nouns.csv"):
        singular, plural = kinds.setdefault(row["kind"], ([], []))
        singular += [row["singular"]] if row["singular"] else []
        plural += [row["plural"]] if row["plural"] else []
    return kinds


_VICTIMS = _victim_vocabulary()
_REBELS = "X-rebels"  # the code of the common noun "rebels" in data/groups.csv
_UNNAMED_REBELS = {row["state"]: row["code"] for row in _data_rows("unnamed_rebels.csv")}
# The state whose people an armed group speaks for (data/group_territories.csv).
_TERRITORY = {row["code"]: row["state"] for row in _data_rows("group_territories.csv")}
# Nouns that modify "deaths" ("100 troop deaths", "civilian fatalities").
_DEATH_MODIFIERS = {"troop": "military", "military": "military", "soldier": "military", "civilian": "civilian"}
_KILLED = (
    r"killed|dead|died|dies|deaths?|fatalities|slain|perished|martyred|executed|massacred|murdered|beheaded"
    r"|assassinated"
    r"|lost\s+(?:their|his|her)\s+li(?:ves|fe)|(?:shot|beaten|burned|stabbed)\s+(?:dead|to\s+death)"
)
_WOUNDED = r"wounded|injured|hurt|injuries"
_OUTCOME = rf"(?P<killed>{_KILLED})|(?P<wounded>{_WOUNDED})"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(set(words), key=len, reverse=True))


# A victim noun used as a modifier or possessor is none: "national guards", "police station", "the commander's sons".
_NOT_A_MODIFIER = (
    r"(?!['’]s\b|\s+(?:guards?|service|army|forces|police|team|security|assembly|council|station|sergeants?|officers?"
    r"|headquarters|chief|spokes(?:man|woman|person)|said|says|told))"
)


def _victim_nouns(*forms: int) -> GatedPattern:
    """Victim nouns as one pattern with a named group per kind; `forms`: 0 singular, 1 plural."""
    groups = (
        rf"(?P<{kind}>\b(?:{_alternation([word for form in forms for word in pair[form]])})\b{_NOT_A_MODIFIER})"
        for kind, pair in _VICTIMS.items()
    )
    return gated("|".join(groups), re.IGNORECASE)


_ANY_VICTIM = _victim_nouns(0, 1)
_SINGULAR_VICTIM = _victim_nouns(0)

# --- Reading a count ---------------------------------------------------------------------------

_STOP = (
    r"and|or|but|of|in|on|at|by|with|from|to|for|as|after|before|during|while|when|who|which|that|were|was|are|is"
    r"|be|been|being|have|has|had|will|would|could|may|might|said|says|say|reported|a|an|the|this|these|those"
    r"|their|its|his|her|per|than|each|every|since|over|including|among|amid|despite|near|across|into|under"
)
# Up to four modifiers between a count and its victim noun ("two more Ukrainian border guards"),
# never a lower-case plural noun ("30 drones and soldiers").
_MODIFIERS = (
    rf"(?:\s+(?!(?:{_STOP}|{_KILLED}|{_WOUNDED})\b)(?-i:(?![a-z][\w-]*[^su'’]s\b))[\w'’.-]+){{0,4}}?"
)
_NOUN_PHRASE = re.compile(
    rf"^[\"'’”]?(?:\s+of(?:\s+(?:its|their|his|her|our|the|(?-i:[A-Z][\w-]*(?:['’]s|['’]))))?(?:\s+own)?)?{_MODIFIERS}"
    rf"\s+(?P<noun>{_ANY_VICTIM.pattern})",
    re.IGNORECASE,
)
_DEATHS_NOUN = re.compile(
    rf"^(?P<mods>{_MODIFIERS})\s+(?:(?P<kind>{'|'.join(_DEATH_MODIFIERS)})\s+)?"
    r"(?:deaths|fatalities|(?P<bodies>bodies)|(?P<wounded>injuries))\b",
    re.IGNORECASE,
)
# Words between a victim noun and its outcome ("soldiers were reportedly killed", "others seriously wounded").
_LINK_WORDS = (
    r"who|that|have|has|had|were|was|are|is|been|being|be|reportedly|reported|also|later|allegedly|all|both"
    r"|confirmed|believed|feared|thought|said|to|left|found|now|first|seriously|severely|critically|lightly"
    r"|slightly|fatally|badly|mortally"
)
# An aside between victims and outcome: "18 people, including five children, were killed".
_ASIDE = r"(?:\s*,\s*(?:including|among\s+them|mostly|[\w-]+\s+of\s+(?:them|whom))\b[^,]{1,60},)?"
# A participle phrase on the victims: "two soldiers serving with the UN force were killed".
_SERVING = r"(?:\s+(?:serving|fighting|stationed|deployed|based|working)\s+(?:with|in|at|for|on|near)\b[^,;.]{0,40}?)?"
# A short phrase on the victims: "one resident in the town of Velm was killed", "people of many nationalities".
_PLACE_PHRASE = (
    r"(?:\s+(?:in|of|from|at|near)(?:\s+(?!(?:said|says|told|say|was|were|had|has|have|is|are|and)\b)[^\W\d][\w'’-]*)"
    r"{1,5}?)?"
)
# A name after a singular noun: "the group's leader Ivan Petrov was killed", "a medic, Anna Ross, died".
_NAME_AFTER = (
    r"(?:(?-i:\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)(?=\s*,?\s+(?:was|has|had|is|who|assassinated|killed|died)\b)"
    r"|\s*,\s*(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),)?"
)
_OUTCOME_AFTER = re.compile(
    rf"^[\"'’”]?{_NAME_AFTER}{_ASIDE}{_SERVING}{_PLACE_PHRASE}(?:\s*,)?(?:\s+(?:{_LINK_WORDS})\b)*"
    rf"\s*(?:among\s+(?:the\s+)?)?\b(?:{_OUTCOME})\b",
    re.IGNORECASE,
)
# "killed or wounded", "died or went missing": a mixed count that names no single outcome.
_MIXED = re.compile(
    r"^\s+(?:or|and)\s+(?:(?:went|were|was|are|got|have\s+been)\s+)?"
    r"(?:killed|dead|died|wounded|injured|hurt|missing|captured)\b",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?:(?P<killed>killing|killed|kill|kills|(?:claimed|claiming|took|taking)\s+the\s+lives\s+of"
    r"|(?:the\s+)?deaths?\s+of|assassinated|assassinating|eliminated|eliminating"
    r"|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|shot\s+and\s+killed)|(?P<wounded>wounding|wounded|wound|wounds|injuring|injured|injure|injures))\s+$",
    re.IGNORECASE,
)
_TOLL_BEFORE = re.compile(
    r"(?:(?<!casualty\s)\b(?:death\s+)?toll|\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|fatalities))\b"
    r"(?:\s+[\w'’-]+){0,10}?"
    r"\s+(?:to|at|of|reached|hit|passed|is|was|stands\s+at|stood\s+at)\s+$",
    re.IGNORECASE,
)
# "The enemy lost 200 soldiers", "Russia has lost 40 troops": the subject owns the losses.
_LOST_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:enemy|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:(?:has|have|had)\s+)?lost\s+$"
)
# Bodies handed back in an exchange: deaths over an unknown period.
_EXCHANGE = gated(r"\b(?:repatriat|exchang|swap|handed\s+over|hand\s+over|returned|received)\w*", re.IGNORECASE)
_REMAINS = re.compile(r"\b(?:bodies|remains)\b", re.IGNORECASE)
_REMAINS_BEFORE = re.compile(r"(?P<killed>\b(?:bodies|remains)\s+of)\s+$", re.IGNORECASE)
# What may follow a bare count after a verb: punctuation, the end, or a function word (not a noun: "killed 12 km").
_BARE_END = re.compile(
    rf"^(?:\s*(?:[,.;:!?)\"'’”—–-]|$)|\s+(?:{_STOP}|overnight|yesterday|today|last|earlier|so)\b)",
    re.IGNORECASE,
)
_SUBSET_AFTER = re.compile(r"^\s+of\s+(?:them|whom|those|the\s+(?:dead|victims|killed|wounded|injured))\b", re.I)
# "no one", "aged 19", "including five children" (a part of a count already made).
_PART_BEFORE = re.compile(r"\b(?:including|among\s+them)\s+$", re.IGNORECASE)
_HELD_AFTER = re.compile(r"^\s+(?:hostages|captives|prisoners|detainees|bodies)\b", re.IGNORECASE)
_NO_COUNT_BEFORE = re.compile(r"\b(?:no|not|aged?|number|no\.|including|among\s+them)\s+$", re.IGNORECASE)
_RATE_AFTER = re.compile(r"^\s+(?:\w+\s+){0,3}?(?:a|per|every|each)\s+(?:day|week|month|year)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|may|will|threaten(?:s|ed)?\s+to|risk(?:s|ing)?|aim(?:s|ed)?\s+to|try\s+to|if)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# The reporter's own forces did the killing: "its troops killed 45 fighters", "it had killed".
_OWN_AGENT = re.compile(
    r"\b(?:(?:its|our|their)\s+(?:own\s+)?(?:forces|troops|army|units|military|soldiers|fighters|drones|strikes"
    r"|artillery|aircraft|jets|air\s+force|navy)\b|(?:it|we|they)\s+(?:had\s+|has\s+|have\s+)?$)",
    re.IGNORECASE,
)
_ANOTHER = gated(r"\banother\b", re.IGNORECASE)
_OTHERS = re.compile(r"others", re.IGNORECASE)
_BEFORE_PEOPLE = re.compile(r"\s+(?:(?:more|other|additional|further)\s+)?", re.IGNORECASE)
_MODIFIERS_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?:(?!(?:{_STOP}|{_KILLED}|{_WOUNDED}|reports?|says|claims?|claimed|confirm(?:s|ed))\b)"
    r"[\w'’.-]+\s+){1,3}$",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|his|her|its|their|our|my|your|whose|every|each|no|any|which|what)\s+$", re.I
)
_NOUN_OUTCOME = re.compile(r"(?:deaths?|fatalities|injuries)$", re.IGNORECASE)
# Lists: "two troops, one civilian killed" (the outcome comes later); "one killed, 17 wounded" (victims before).
_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
# What may follow a demonym used as a noun: punctuation, the end, or a function word ("a Palestinian who").
_PERSON_END = re.compile(
    r"^(?:\s*(?:[,.;:!?)\"'’”—–]|$)|\s+(?:who|was|were|is|has|had|died|killed|wounded|injured|and|in|near|at|on"
    r"|after|during|by|from|when|while)\b)",
    re.IGNORECASE,
)
_LIST_TAIL = re.compile(r"(?:,|\band)\s*$", re.IGNORECASE)  # the last item of a list: "..., and four of his sons"
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)
_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)$", re.IGNORECASE)
_INHERIT = re.compile(
    rf"^[\"'’”]?(?:\s+(?:{_LINK_WORDS})\b)*\s*(?:{_KILLED}|{_WOUNDED})?[\"'’”]?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)$",
    re.IGNORECASE,
)

# --- What is not a conflict casualty claim -----------------------------------------------------

_NON_CONFLICT = re.compile(
    r"\b(?:accident(?:al|ally|s)?|crash(?:ed|es)?|flood(?:s|ing|ed)?|earthquake|quake|storms?|hurricane|typhoon"
    r"|cyclone|tornado|landslides?|avalanche|wildfires?|heat\s?wave|disease|illness|epidemic|pandemic|outbreak"
    r"|cholera|covid(?:-19)?|coronavirus|drown(?:ed|ing)?|traffic|stampede|overdose|natural\s+causes|heart\s+attack"
    r"|poison(?:ed|ing)|contaminated|hypothermia|electrocuted|(?:in|during)\s+training|training\s+exercise"
    r"|migrat\w*|shipwreck|capsized)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:,]|\s[-–—]\s")
# --- Side and source ---------------------------------------------------------------------------

_STATE_KINDS = frozenset({"state", "demonym", "capital", "metonym"})
_SIDE_KINDS = _STATE_KINDS | {"group"}
_PLACE_KINDS = frozenset({"state", "capital", "group"})
_CLAIMANT_KINDS = _SIDE_KINDS | {"organisation", "person", "collective"}
_OWN = re.compile(r"\b(?:its|their|our)\b", re.IGNORECASE)
_ENEMY = re.compile(r"\benemy\b", re.IGNORECASE)
# Common nouns for an armed group that name none in particular ("rebels", "militants", "armed groups").
_INSURGENT = re.compile(
    r"\b(?:rebels?|separatists?|insurgents?|militants?|guerrillas?|jihadists?|militiam[ae]n|militias?|gunm[ae]n"
    r"|armed\s+groups?)\b",
    re.IGNORECASE,
)
_HELD_BY_INSURGENTS = gated(
    r"\b(?:rebel|separatist|insurgent|militant|militia)s?[-\s](?:held|controlled|run)\b", re.IGNORECASE
)
_BOTH_SIDES = gated(r"\b(?:both|either|all)\s+sides\b|\bon\s+each\s+side\b|\bbetween\s+the\s+two\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w()-]+\s+){0,4}?(?:[\w()-]+\s+)?and\b", re.IGNORECASE)
_PAIR_LINK = re.compile(r"\s*(?:and|-|–)\s*", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|near|at|outside|around|across|of|on|into|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_PRO_BEFORE = re.compile(r"\b(?:pro|anti)[-\s]$", re.IGNORECASE)
_ATTACK_AFTER = re.compile(
    r"^(?:'s|’s|['’](?=\s))?(?:[-‑](?:led|backed)\b)?\s+(?:(?!(?:in|on|at|by|of|from|after|during|amid|despite|under|and|or)\s)[\w-]+\s+)?"
    r"(?:air\s*strikes?|strikes?|shelling|fire|attacks?|missiles?|drones?|bombardment"
    r"|bombing|artillery|rockets?|warplanes|offensive|raids?)\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_HOLDING_BY = re.compile(
    r"\b(?:controlled|held|run|led|backed|supported|governed|administered|occupied|operated|funded|armed|founded"
    r"|claimed|reported|announced|confirmed|said)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A state's name before an unambiguous attack noun: "US air strikes", "Russia shelling" (not "Ukraine attacks").
_STATE_ATTACK_AFTER = re.compile(
    r"^(?:[-‑](?:led|backed)\b)?\s+(?:air\s*strikes?|airstrikes?|drone\s+strikes?|missile\s+strikes?|shelling"
    r"|bombardment|bombing|artillery|warplanes|air\s+raids?|forces\s+(?:struck|shelled|attacked|killed))\b",
    re.IGNORECASE,
)
# A toll that counts the attackers too is a total over both sides: "nine were killed, including the gunmen".
_WITH_ATTACKERS = re.compile(
    r"^[^.;]{0,80}?\bincluding\s+(?:the\s+)?(?:\w+\s+){0,2}(?:attackers|perpetrators|assailants|gunmen|bombers"
    r"|suicide\s+bombers|militants)\b",
    re.IGNORECASE,
)
# An actor after a preposition is a place or a target, not the subject: "attacks on eastern and southern Velm".
_OBJECT_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|across|of|on|into|against|targeting|toward|towards|over|from|inside)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AGENT_KINDS = frozenset({"state", "demonym", "group"})
_SPEAKER_AFTER_ACTOR = re.compile(
    r"^(?:['’]s?)?(?:\s+[\w'’-]+){0,4}?\s+(?:said|says|say|told|claims?|claimed|confirmed|reported|announced"
    r"|stated|accused|blamed|insists?|vowed)\b",
    re.IGNORECASE,
)
# A possessive attack noun names the attacker whatever the actor's kind: "Russia's shelling", "Israel's strikes".
_POSSESSIVE_ATTACK_AFTER = re.compile(
    r"^(?:'s|’s|['’](?=\s))\s+(?:(?!(?:in|on|at|by|of|from|after|during|amid|despite|under|and|or)\s)[\w-]+\s+){0,3}"
    r"(?:air\s*strikes?|strikes?|shelling|fire|attacks?|missiles?|drones?|bombardment"
    r"|bombing|artillery|rockets?|warplanes|offensive|raids?)\b",
    re.IGNORECASE,
)
# The subject of a striking verb: "Russia struck the city", "Azerbaijani forces shelled", "Israel has bombed".
_STRIKE_VERB_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:armed\s+)?(?:forces|troops|army|military|jets|warplanes|aircraft|artillery|navy|units"
    r"|fighters|militants|gunmen|insurgents|guerrillas|rebels)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:(?:\w+ly|again|also)\s+)?"
    r"(?:(?:struck|shelled|attacked|bombed|bombarded|pounded|targeted|hit|raided|stormed|ambushed|overran"
    r"|fired\s+(?:on|at|upon))(?!\s+by\b)"
    r"|(?:strikes|shells|attacks|bombs|bombards|pounds|targets|hits|raids|storms|ambushes|overruns)(?!\s+(?:by|on|in|at|against|near|across"
    r"|kill\w*|wound\w*|injur\w*|leave|left|hit|have|has|had|were|was|are|is)\b))\b",
    re.IGNORECASE,
)
# Capitalised names of places and institutions that a demonym or state name may begin ("Saudi Hospital",
# "Kenya Airways", "Palestine Red Crescent", "Lebanese University", "Baghdad Street"). Inside the victim phrase
# they still tell whose people were hit ("two Palestine Red Crescent medics", "a Russian TV reporter").
_INSTITUTION = (
    r"Hospital|Hospitals|Clinic|Medical\s+(?:Center|Centre|Complex|City)|University|College|School|Academy|Institute"
    r"|Airlines?|Airways|Red\s+Crescent|Red\s+Cross|Street|Avenue|Road|Square|Boulevard|Bridge|Highway|Mosque"
    r"|Church|Cathedral|Hotel|Stadium|Market|Mall|Park|Bank|Club|Company|Corporation|Foundation|Society|News"
    r"|Television|TV|Radio|Broadcasting|Camp|Quarter|District"
)
# A province or state named like a country: "Niger state" (Nigeria), "Mexico State" (Mexico).
_SUBNATIONAL_AFTER = re.compile(
    r"^\s+(?:[Ss]tate|[Pp]rovince|[Gg]overnorate)\b(?!\s+(?:[Dd]epartment|media|television|TV|news|agency|forces"
    r"|security|broadcaster|run|of|[Ss]ecretary|[Dd]uma|[Cc]ouncil))"
)
_PROPER_NAME_AFTER = re.compile(rf"^(?:\s+[A-Z][\w'’-]*){{0,3}}?\s+(?:{_INSTITUTION})\b")
_REPORTING = gated(
    r"\b(?:said|says|say|told|tells|reported|reports|report|announced|announces|claimed|claims|claim|confirmed"
    r"|confirms|stated|states|estimated|estimates|put|puts|according\s+to|citing|cited|verified|recorded"
    r"|documented|counted)\b",
    re.IGNORECASE,
)
_SPEAKING = frozenset({"said", "says", "told", "according to", "citing", "cited"})
# "..., said Baku", "according to the ministry in Kyiv": the speaker comes after the verb.
_INVERTED_BEFORE = re.compile(r"(?:^|[,\"”'’]\s*|\baccording\s+)$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}")
_UNATTRIBUTED = gated(r"\breported(?:ly)?\b|\bbelieved\b", re.IGNORECASE)
# A place in the speaker's phrase locates the speaker, not the victims: "authorities in Kharkiv said".
_SPEAKER_PLACE = re.compile(rf"^(?:\s+[\w'’-]+){{0,2}}?\s+(?:{_REPORTING.pattern})", re.IGNORECASE)
_REPUBLIC_AFTER = re.compile(r"^\s+(?:people['’]s\s+)?republic\b", re.IGNORECASE)
_HEADLINE_SOURCE = re.compile(r"(?:[:|]|\s?[-–—]\s)\s*(?P<source>[^:|\-–—\d]{2,60})$")
_MEDIA = re.compile(r"\b(?:media|agency|agencies)\b", re.IGNORECASE)


# --- Records -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    """A count read as a casualty mention in one sentence (offsets within the sentence)."""

    quantity: Quantity
    rule: str
    outcome: str | None  # None until coordination supplies it
    victims: str | None  # military | civilian | unknown; None when no noun names them
    phrase: str  # the words naming the victims ("of its Azerbaijani servicemen"), for the side
    end: int  # end of the victim phrase or of the count
    start: int | None = None  # where the victim phrase begins when before the count ("the enemy lost 200")
    by_own: bool = False  # the reporter's own forces did the killing ("its troops killed 45 fighters")
    verb_at: int | None = None  # where the killing verb before the count starts ("BLA fighters killed 33")

    @property
    def begin(self) -> int:
        return self.quantity.start if self.start is None else self.start


@dataclass(frozen=True)
class _Source:
    """Who gives a figure (`code`, for claimed_by) and, when that is a state or armed group, its side."""

    code: str | None
    side: str | None = None

    @classmethod
    def of(cls, actor: ActorMention) -> _Source:
        return cls(actor.code, actor.code if actor.kind in _SIDE_KINDS else None)


@dataclass(frozen=True)
class _SentenceFacts:
    actors: list[ActorMention]  # without those inside a proper name ("Saudi Hospital"), see `_in_proper_name`
    source: _Source
    day: tuple[date, bool]
    mentions: list[ActorMention]  # every actor named, for the victim phrase itself ("Russian TV reporter")


@dataclass(frozen=True)
class _Context:
    """Article-wide facts the side falls back on."""

    published: date
    sides: Counter[str]  # how often each state or armed group is named in the article
    groups: Counter[str]  # how often each armed group is named
    last_side: str | None = None  # the side of the latest claim ("Another 84 residents were hurt")
    belligerents: tuple[str, ...] = ()  # the article's main pair of fighting sides (see `clauses.main_belligerents`)
    theatre: str | None = None  # the state the article most often names as the place of events


# --- Reading one sentence ----------------------------------------------------------------------


def _outcome(match: re.Match[str]) -> str:
    return "killed" if match.group("killed") else "wounded"


def _victim_kind(match: re.Match[str]) -> str:
    return next(kind for kind in _VICTIMS if match.group(kind))


def _verb_before(text: str, before: str) -> re.Match[str] | None:
    """A killing or wounding verb right before a count; "the bodies of" too when bodies are exchanged."""
    exchanged = _EXCHANGE.search(text) and _REMAINS_BEFORE.search(before)
    return exchanged or _VERB_BEFORE.search(before)


def _active_verb(text: str, before: str) -> tuple[re.Match[str] | None, bool]:
    """The verb before a count unless it is hypothetical ("could kill 50"), and whether the reporter's own
    forces are its subject."""
    verb = _verb_before(text, before)
    if verb is None or _HYPOTHETICAL.search(before[: verb.start()]):
        return None, False
    return verb, _OWN_AGENT.search(before[: verb.start()]) is not None


def _people_phrase(text: str, quantity: Quantity, peoples: Sequence[ActorMention]) -> tuple[str | None, str] | None:
    """The victim phrase right after a count: (victims, phrase); a plural demonym ("27 Palestinians") too.

    "others" names no victims of its own: they come from the list it continues.
    """
    phrase = _NOUN_PHRASE.match(text[quantity.end :])
    if phrase:
        return (None if _OTHERS.fullmatch(phrase.group("noun")) else _victim_kind(phrase)), phrase.group(0)
    for people in peoples:
        gap = text[quantity.end : people.start]
        if people.kind == "demonym" and people.text.endswith("s") and _BEFORE_PEOPLE.fullmatch(gap):
            return "unknown", text[quantity.end : people.end]
    return None


def _read_quantity(text: str, quantity: Quantity, peoples: Sequence[ActorMention]) -> _Hit | None:
    """Read one count against the words before and after it."""
    before, after = text[: quantity.start], text[quantity.end :]
    if _SUBSET_AFTER.match(after) or _RATE_AFTER.match(after):
        return None
    phrase = _people_phrase(text, quantity, peoples)
    if _PART_BEFORE.search(before):
        # "40 people were hurt, including four Ruritanian medics": a part of the toll is a claim of its own
        # when it names another side; "including five children" only details the toll
        end = quantity.end + len(phrase[1]) if phrase else quantity.end
        if not phrase or not any(quantity.end <= p.start and p.end <= end and p.kind in _STATE_KINDS for p in peoples):
            return None
        return _Hit(quantity, "casualty.part_of_toll", None, phrase[0], phrase[1], end)
    if _NO_COUNT_BEFORE.search(before):
        return None
    if phrase:
        return _read_victim_phrase(text, quantity, *phrase)
    deaths = _DEATHS_NOUN.match(after)
    if deaths and _DETERMINER_BEFORE.search(before):
        return None  # "the two deaths": counted already
    if deaths and (not deaths.group("bodies") or _EXCHANGE.search(text)):
        victims = _DEATH_MODIFIERS.get((deaths.group("kind") or "").lower(), "unknown")
        outcome = "wounded" if deaths.group("wounded") else "killed"
        end = quantity.end + deaths.end()
        return _Hit(quantity, "casualty.count_deaths", outcome, victims, deaths.group("mods"), end)
    outcome = _OUTCOME_AFTER.match(after)
    if outcome and _HELD_AFTER.match(after[outcome.end() :]):
        return None  # "28 dead hostages", "the bodies of 11 dead captives": held, not killed in an attack
    if outcome and not _MIXED.match(after[outcome.end() :]):
        described = _NOUN_PHRASE.match(after[outcome.end() :])  # "1,000 killed soldiers"
        if described:
            end = quantity.end + outcome.end() + described.end()
            victims = _victim_kind(described)
            return _Hit(quantity, "casualty.count_outcome", _outcome(outcome), victims, described.group(0), end)
        return _Hit(quantity, "casualty.count_outcome", _outcome(outcome), None, "", quantity.end)
    if not _BARE_END.match(after) or _is_year(quantity):
        return None
    verb, by_own = _active_verb(text, before)
    if verb:
        return _Hit(
            quantity, "casualty.verb_before_count", _outcome(verb), None, "", quantity.end, by_own=by_own,
            verb_at=verb.start(),
        )
    if _TOLL_BEFORE.search(before) and quantity.count is not None:
        return _Hit(quantity, "casualty.death_toll", "killed", None, "", quantity.end)
    return None


def _read_victim_phrase(text: str, quantity: Quantity, victims: str | None, phrase: str) -> _Hit | None:
    """A count with its victim noun: the outcome follows, a verb precedes, or a coordinated item supplies it."""
    end = quantity.end + len(phrase)
    before, rest = text[: quantity.start], text[end:]
    outcome = _OUTCOME_AFTER.match(rest)
    if outcome:
        if _MIXED.match(rest[outcome.end() :]):
            return None
        return _Hit(quantity, "casualty.count_before_victims", _outcome(outcome), victims, phrase, end)
    verb, by_own = _active_verb(text, before)
    if verb:
        return _Hit(
            quantity, "casualty.verb_before_count", _outcome(verb), victims, phrase, end, by_own=by_own,
            verb_at=verb.start(),
        )
    lost = _LOST_BEFORE.search(before)
    if lost and victims == "military":
        return _Hit(quantity, "casualty.lost_count", "killed", victims, text[lost.start() : end], end, lost.start())
    if _COORDINATED.match(rest) or _LIST_TAIL.search(before):
        return _Hit(quantity, "casualty.coordinated", None, victims, phrase, end)
    return None


def _read_single(
    text: str, noun_start: int, noun_end: int, victims: str, quantities: Sequence[Quantity]
) -> _Hit | None:
    """A singular victim without a number ("a soldier was killed", "Serviceman killed") is one person."""
    modifiers = _MODIFIERS_BEFORE.search(text[:noun_start])
    start = modifiers.start() if modifiers else noun_start
    if any(start - 1 <= quantity.end <= noun_start for quantity in quantities):
        return None  # "one soldier": the count reads it
    if _DETERMINER_BEFORE.search(text[:start]):
        return None  # "the soldier": someone already counted
    article = re.search(r"\ban?\s+$", text[:start], re.IGNORECASE)
    start = article.start() if article else start
    quantity = Quantity(1, "exact", start, noun_end, text[start:noun_end])
    phrase, rest = text[start:noun_end], text[noun_end:]
    outcome = _OUTCOME_AFTER.match(rest)
    if outcome and not _NOUN_OUTCOME.search(outcome.group(0)) and not _MIXED.match(rest[outcome.end() :]):
        return _Hit(quantity, "casualty.single_victim", _outcome(outcome), victims, phrase, noun_end)
    verb, by_own = _active_verb(text, text[:start])
    if verb and (article or text[start].isupper()):  # "killed a soldier", "killed Hezbollah's commander"
        return _Hit(
            quantity, "casualty.verb_before_victim", _outcome(verb), victims, phrase, noun_end, by_own=by_own,
            verb_at=verb.start(),
        )
    if _COORDINATED.match(rest):
        return _Hit(quantity, "casualty.coordinated", None, victims, phrase, noun_end)
    return None


def _one_of_a_people(text: str, actor: ActorMention) -> bool:
    """A demonym standing for one person: "shot dead a Palestinian", "an Israeli was wounded"."""
    return (
        actor.kind == "demonym"
        and not actor.text.endswith("s")
        and bool(_ARTICLE_BEFORE.search(text[: actor.start]))
        and bool(_PERSON_END.match(text[actor.end :]))
    )


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
        # "killed three of his sons and four of his grandchildren"; "..., including four medics"
        hit, previous = hits[index], hits[index - 1]
        linked = hit.rule == "casualty.part_of_toll" or _COORDINATION.match(text[previous.end : hit.quantity.start])
        if hit.outcome is None and previous.outcome and linked:
            hits[index] = replace(hit, outcome=previous.outcome, verb_at=previous.verb_at)
    for index in range(1, len(hits)):
        hit, previous = hits[index], hits[index - 1]
        if hit.victims is None and previous.victims and _INHERIT.match(text[previous.end : hit.quantity.start]):
            hits[index] = replace(hit, victims=previous.victims, phrase=previous.phrase)
    return [hit for hit in hits if hit.outcome is not None]


def _clause_span(text: str, hit: _Hit) -> tuple[int, int]:
    """The clause around a mention: "a soldier was killed in combat, another in training" has two."""
    starts = [match.end() for match in _CLAUSE_BREAK.finditer(text, 0, hit.begin)]
    stop = _CLAUSE_BREAK.search(text, hit.end)
    return starts[-1] if starts else 0, stop.start() if stop else len(text)


def _clause(text: str, hit: _Hit) -> str:
    start, end = _clause_span(text, hit)
    return text[start:end]


def _sentence_hits(text: str, actors: Sequence[ActorMention]) -> list[_Hit]:
    """Every conflict casualty mention in one sentence (`actors` named in it, for "27 Palestinians")."""
    counts = find_quantities(text)
    quantities = counts + [
        Quantity(1, "exact", match.start(), match.end(), match.group(0))
        for match in _ANOTHER.finditer(text)
        if not any(0 < count.start - match.end() <= 1 for count in counts)  # "another 84 residents"
    ]
    hits = [hit for quantity in quantities if (hit := _read_quantity(text, quantity, actors))]
    singles = [(noun.start(), noun.end(), _victim_kind(noun)) for noun in _SINGULAR_VICTIM.finditer(text)]
    singles += [(person.start, person.end, "unknown") for person in actors if _one_of_a_people(text, person)]
    hits += [hit for single in singles if (hit := _read_single(text, *single, quantities))]
    return [hit for hit in _coordinate(text, hits) if not _NON_CONFLICT.search(_clause(text, hit))]


# --- Whose people, who says so -----------------------------------------------------------------


def _mentions(actors: Sequence[ActorMention], start: int, end: int) -> list[ActorMention]:
    return [actor for actor in actors if start <= actor.start and actor.end <= end]


def _generic(actor: ActorMention) -> bool:
    """A group named only by a common noun ("rebels", "Militants said"), not by its name ("Houthi rebels")."""
    return actor.kind == "group" and bool(_INSURGENT.match(actor.text)) and (actor.start == 0 or actor.text.islower())


def _named_sides(actors: Sequence[ActorMention]) -> list[ActorMention]:
    return [actor for actor in actors if actor.kind in _SIDE_KINDS and not _generic(actor)]


def _labelled(text: str, actors: Sequence[ActorMention], hit: _Hit) -> str | None:
    """The side named in the victim phrase ("Ukrainian soldiers", "DPR servicemen"), not "pro-Russian" ones."""
    for actor in _named_sides(_mentions(actors, hit.begin, hit.end)):
        if not _PRO_BEFORE.search(text[: actor.start]):
            return actor.code
    return None


def _attacker(text: str, actor: ActorMention) -> bool:
    """Named as the one who struck: "Russian shelling", "Israeli strikes", "fire by Ukrainian troops",
    "Russia struck the city", "Russia's strikes", "US air strikes", "the Hamas-led attack". The attacker's
    people are not the ones hit; "controlled by" or "backed by" names no attacker."""
    after, before = text[actor.end :], text[: actor.start]
    acting = (
        (actor.kind != "state" and _ATTACK_AFTER.match(after))
        or _POSSESSIVE_ATTACK_AFTER.match(after)
        or _STATE_ATTACK_AFTER.match(after)
    )
    by = _BY_BEFORE.search(before) and not _HOLDING_BY.search(before)
    return bool(acting or _STRIKE_VERB_AFTER.match(after) or by)


def _in_proper_name(text: str, actor: ActorMention) -> bool:
    """Part of the capitalised name of a place or institution ("the Saudi Hospital", "Kenya Airways"): it says
    nothing about whose people were hit."""
    after = text[actor.end :]
    return actor.kind in _STATE_KINDS and bool(_PROPER_NAME_AFTER.match(after) or _SUBNATIONAL_AFTER.match(after))


def _placed(text: str, mention: ActorMention) -> bool:
    """Named as where it happened: "in east Ukraine", "near Baku", "shelling of Donetsk", a headline's "Gaza: ..."."""
    return bool(_LOCATIVE.search(text[: mention.start]) or (mention.start == 0 and text[mention.end :].startswith(":")))


def _location(text: str, actors: Sequence[ActorMention], near: int, since: int = 0) -> str | None:
    """The state of the place where it happened, the one named nearest the count (from `since` on): a state,
    capital or armed group's territory named as the place ("in east Ukraine", "near Baku", "in the Donetsk
    People's Republic"), or a city or region of the gazetteer coded with its state ("in Kharkiv" -> UKR)."""
    found = [
        (actor.start, actor.code)
        for actor in actors
        if actor.kind in _PLACE_KINDS and _placed(text, actor) and not _generic(actor) and not _attacker(text, actor)
    ]
    taken = [(actor.start, actor.end) for actor in actors]
    for place in find_places(text):
        inside = any(start < place.end and place.start < end for start, end in taken)
        if inside or not _placed(text, place) or _SPEAKER_PLACE.match(text[place.end :]):
            continue
        if _REPUBLIC_AFTER.match(text[place.end :]):
            # "in Donetsk republic": the breakaway republic named after the place, not the state it belongs to.
            republic = next((a.code for a in find_actors(f"{place.text} Republic") if a.kind == "group"), None)
            found += [(place.start, republic)] if republic else []
        else:
            found.append((place.start, place.code))
    found = [(start, code) for start, code in found if start >= since]
    return min(found, key=lambda item: abs(item[0] - near))[1] if found else None


def _agents(text: str, actors: Sequence[ActorMention], hit: _Hit) -> set[str]:
    """Who did the killing: a state, people or group that is the subject of the killing verb ("BLA fighters
    killed 33", "Hamas's attack that killed 1,100"), not a speaker ("Israel says its strike killed"), nor a
    place or target ("a strike on Velm killed")."""
    if hit.verb_at is None:
        return set()
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, 0, hit.verb_at)]
    start = breaks[-1] if breaks else 0
    if relative_clause_start(text, hit.verb_at) is not None:  # the noun the clause hangs on ("Hamas's attack")
        start = max(start, scope_window(text, hit.verb_at)[0])
    return {
        actor.code
        for actor in actors
        if start <= actor.start
        and actor.end <= hit.verb_at
        and actor.kind in _AGENT_KINDS
        and not _OBJECT_BEFORE.search(text[start : actor.start])
        and not _SPEAKER_AFTER_ACTOR.match(text[actor.end : hit.verb_at])
        and not _PRO_BEFORE.search(text[: actor.start])
    }


def _armed_group(actors: Sequence[ActorMention], start: int, end: int, context: _Context) -> str:
    """The group meant by "rebels" or "militants" (between `start` and `end`): one named in the sentence, else
    the article's main one, else the code of the common noun itself."""
    named = next((actor.code for actor in _named_sides(actors) if actor.kind == "group"), None)
    main = next((code for code, _ in context.groups.most_common(1)), None)
    generic = next((actor.code for actor in _mentions(actors, start, end) if _generic(actor)), "UNK")
    return named or main or (_unnamed_rebels(context) if generic == _REBELS else generic)


def _unnamed_rebels(context: _Context) -> str:
    """The schema's code for rebels the article does not name, by the state it is mostly about."""
    state = next((code for code, _ in context.sides.most_common() if not code.startswith("X-")), None)
    return _UNNAMED_REBELS.get(state or "*", _UNNAMED_REBELS["*"])


def _as_named(side: str | None, context: _Context) -> str | None:
    """A group met only by a common noun ("the militant group said it had killed ...") is the article's named one."""
    if side and side.startswith("X-") and side not in context.sides and context.groups:
        return context.groups.most_common(1)[0][0]
    return side


def _opponent(side: str | None, context: _Context) -> str | None:
    """The other belligerent: the article's most named state or armed group that is not `side`."""
    return next((code for code, _ in context.sides.most_common() if code != side), None)


def _joint(text: str, actors: Sequence[ActorMention], hit: _Hit) -> bool:
    """An unlabelled total over several belligerents: "A and B reported 100 deaths", "on both sides"."""
    if _BOTH_SIDES.search(text):
        return True
    before = [actor for actor in actors if actor.end <= hit.quantity.start and actor.kind in _STATE_KINDS]
    paired = any(
        first.code != second.code and _PAIR_LINK.fullmatch(text[first.end : second.start])
        for first, second in zip(before, before[1:])
    )
    # "clashes between the SDF and Turkey-backed factions": armed groups are sides of a joint total too
    fighting = {actor.code for actor in actors if actor.end <= hit.quantity.start and (actor.kind in _STATE_KINDS or actor.kind == "group")}
    return paired or (_BETWEEN.search(text) is not None and len(fighting) >= 2)


def _side(
    text: str, actors: Sequence[ActorMention], hit: _Hit, source: _Source, context: _Context, mentions: Sequence[ActorMention]
) -> str:
    """Whose people were hit: named in the phrase, "its"/"enemy", rebels, a joint total, else place or reporter."""
    labelled = _labelled(text, mentions, hit)
    if labelled:
        return labelled
    if _OWN.search(hit.phrase) and source.side:
        return source.side
    if _INSURGENT.search(hit.phrase):
        return _armed_group(actors, hit.begin, hit.end, context)
    if _ENEMY.search(hit.phrase) or (hit.by_own and source.side):
        own = _as_named(source.side, context)
        named = next((a.code for a in _named_sides(actors) if a.code not in {source.side, own}), None)
        return (named if hit.by_own else None) or _opponent(own, context) or "UNK"
    held = _HELD_BY_INSURGENTS.search(text)
    if held and hit.victims != "military":
        return _armed_group(actors, held.start(), held.end(), context)
    if _joint(text, actors, hit) or _WITH_ATTACKERS.match(text[hit.end :]):
        return "ALL"
    attackers = {actor.code for actor in actors if _attacker(text, actor)} | _agents(text, actors, hit)
    located = _victims_place(text, actors, hit, attackers)
    if hit.victims == "military":
        order: tuple[str | None, ...] = (source.side, located)
    elif source.side and source.side.startswith("X-"):
        # civilians counted by an armed group are people of the land it holds, else of the state it fights in
        state = next((code for code, _ in context.sides.most_common() if not code.startswith("X-") and code not in attackers), None)
        order = (located, _TERRITORY.get(source.side), state, source.side)
    else:
        order = (located, source.side)
    clause = _clause_span(text, hit)
    theatre = next(
        (a.code for a in _named_sides(actors) if a.code not in attackers and clause[0] <= a.start < clause[1]), None
    )
    common = next((code for code, _ in context.sides.most_common() if code not in attackers), None)
    local = context.theatre if hit.victims == "civilian" else None  # "20 locals were killed": people of the place
    candidates = (*order, theatre, local, _pair_opponent(attackers, context), context.last_side, common)
    return next((code for code in candidates if code and code not in attackers), None) or _beyond_attacker(
        attackers, hit, context
    )


def _victims_place(text: str, actors: Sequence[ActorMention], hit: _Hit, attackers: set[str]) -> str | None:
    """Where the victims were: a place in the relative clause of the count ("Hamas's attack, in which 1,200
    people were killed"), else (when no attacker tells otherwise) the place named nearest the count."""
    relative = relative_clause_start(text, hit.quantity.start)
    if relative is None:
        return _location(text, actors, hit.quantity.start)
    inside = _location(text, actors, hit.quantity.start, since=relative)
    return inside or (None if attackers else _location(text, actors, hit.quantity.start))


def _pair_opponent(attackers: set[str], context: _Context) -> str | None:
    """The other one of the article's main pair of belligerents when the attacker is one of them."""
    pair = set(context.belligerents)
    if len(attackers) == 1 and len(pair) == 2 and attackers <= pair and pair <= set(context.sides):
        return next(code for code in context.belligerents if code not in attackers)
    return None


def _beyond_attacker(attackers: set[str], hit: _Hit, context: _Context) -> str:
    """Only the attacker is named: its enemy in the article; civilians of a state that is the only one named
    were hit at home ("civilians killed in shelling by the army")."""
    states = {code for code in attackers if not code.startswith("X-")}
    if len(attackers) != 1:
        # "Sudan's RSF killed 200 civilians": civilians of the one state named among the attackers
        return next(iter(states)) if len(states) == 1 and hit.victims != "military" else "UNK"
    (attacker,) = attackers
    return _opponent(attacker, context) or (attacker if hit.victims != "military" else "UNK")


def _claimant(text: str, actors: Sequence[ActorMention], headline: bool) -> _Source:
    """Who gives the figure: a headline's source tag, "according to X", "X said"; the outlet when nobody is named."""
    if headline:
        tag = _HEADLINE_SOURCE.search(text)
        if tag and not re.search(_OUTCOME, tag.group("source"), re.IGNORECASE):
            named = _mentions(actors, tag.start("source"), tag.end())
            if named:
                return _Source.of(named[0])
            return _Source("MEDIA" if _MEDIA.search(tag.group("source")) else None)
    for verb in _REPORTING.finditer(text):
        inverted = verb.group(0).lower() in _SPEAKING and _INVERTED_BEFORE.search(text[: verb.start()])
        after = [actor for actor in actors if _SPEAKER_AFTER.fullmatch(text[verb.end() : actor.start])]
        if inverted and after:
            return _Source.of(after[0])
        before = [actor for actor in actors if actor.end <= verb.start() and actor.kind in _CLAIMANT_KINDS]
        if before and verb.start() - before[-1].end <= 40:
            return _Source.of(before[-1])
    if _UNATTRIBUTED.search(text) or _REPORTING.search(text):
        return _Source(None)
    return _Source("MEDIA")


# --- The article -------------------------------------------------------------------------------


def _claim(sentence: Sentence, hit: _Hit, facts: _SentenceFacts, context: _Context) -> CasualtyClaim:
    text = sentence.text
    position = hit.quantity.start
    scope = casualty_scope.scope(text, position, hit.quantity.count, context.published)
    day, inferred = (
        (None, False) if scope == "cumulative" else incident_day(text, position, facts.day, context.published)
    )
    return CasualtyClaim(
        side=_side(text, facts.actors, hit, facts.source, context, facts.mentions),
        victims=hit.victims or "unknown",
        outcome=hit.outcome or "killed",
        count=hit.quantity.count,
        qualifier=hit.quantity.qualifier,
        date=day,
        scope=scope,
        claimed_by=facts.source.code,
        evidence=Evidence(text, sentence.start, sentence.end, hit.rule),
        count_high=hit.quantity.count_high,
        date_inferred=inferred,
    )


def _merge(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """One item per repeated claim, keeping the one with a stated day."""
    kept: dict[tuple, CasualtyClaim] = {}
    for claim in claims:
        key = (claim.side, claim.victims, claim.outcome, claim.count, claim.count_high, claim.qualifier, claim.scope)
        if key not in kept or (kept[key].date_inferred and not claim.date_inferred):
            kept[key] = claim
    return list(kept.values())


def _deduplicate(body: list[CasualtyClaim], title: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Repeated paragraphs give one item; a title figure the body gives again (with its details) is dropped."""
    kept = _merge(body)
    # the body's details (whose, by whose count) beat a title's terse wording: the same figure is the same claim
    told = {(claim.outcome, claim.count) for claim in kept}
    return _merge([claim for claim in title if (claim.outcome, claim.count) not in told]) + kept


def _theatre(sentences: Sequence[Sentence], actors: Sequence[Sequence[ActorMention]]) -> str | None:
    """The state the article most often names as where things happen ("in Syria", "near Aleppo")."""
    places: Counter[str] = Counter()
    for sentence, found in zip(sentences, actors):
        places.update(
            actor.code
            for actor in found
            if actor.kind in _STATE_KINDS and actor.kind != "demonym" and _placed(sentence.text, actor)
        )
        places.update(place.code for place in find_places(sentence.text) if _placed(sentence.text, place))
    return places.most_common(1)[0][0] if places else None


def extract_casualties(sentences: Sequence[Sentence], published: date) -> list[CasualtyClaim]:
    """Numeric claims of people killed or wounded in armed conflict, one per distinct claim."""
    junk = page_furniture(sentences)
    days = fallback_days(sentences, published)
    mentions = [find_actors(sentence.text, published) for sentence in sentences]
    actors = [
        [actor for actor in found if not _in_proper_name(sentence.text, actor)]
        for sentence, found in zip(sentences, mentions)
    ]
    named = _named_sides([actor for found in actors for actor in found])
    context = _Context(
        published,
        sides=Counter(actor.code for actor in named),
        groups=Counter(actor.code for actor in named if actor.kind == "group"),
        belligerents=main_belligerents(read_sentences(sentences, published)),
        theatre=_theatre(sentences, actors),
    )
    has_title = any(sentence.is_title for sentence in sentences)
    body: list[CasualtyClaim] = []
    title: list[CasualtyClaim] = []
    for index, sentence in enumerate(sentences):
        hits = [] if index in junk else _sentence_hits(sentence.text, actors[index])
        if not hits:
            continue
        headline = sentence.is_title or (index == 0 and not has_title)
        source = _claimant(sentence.text, mentions[index], headline)
        if source.side and not any(actor.code == source.side for actor in actors[index]):
            source = _Source(source.code)  # "a doctor at the Saudi Hospital said": a source, not a side
        facts = _SentenceFacts(actors[index], source, days[index], mentions[index])
        for hit in hits:
            claim = _claim(sentence, hit, facts, context)
            (title if sentence.is_title else body).append(claim)
            if claim.side not in {"ALL", "UNK"}:  # a joint total says nothing about whose the next victims are
                context = replace(context, last_side=claim.side)
    return _deduplicate(body, title)
