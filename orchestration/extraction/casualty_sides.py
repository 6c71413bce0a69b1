"""Whose people a casualty count is about, read from its clause.

The side named in the victim phrase ("Ukrainian soldiers", "Hezbollah's commander"), "its"/"enemy" against the
claimant, rebels as the article's armed group, a total over both sides ("ALL"); else the place where it
happened, nearest the count and inside its relative clause; never the attacker (subject of the killing
verb, "Russian shelling", "fire by ..."); civilians counted by an armed group are people of the land it holds
(data/group_territories.csv); then the article's context (main pair of belligerents, latest side, theatre).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from datetime import date

from orchestration.extraction.actors import ActorMention, data_rows, find_actors, names_an_affiliation
from orchestration.extraction.places import find_places, state_of
from orchestration.extraction.casualty_claimants import REPORTING, Source, named_as_patron
from orchestration.extraction.casualty_phrases import (
    CLAUSE_BREAK,
    ENEMY_VERBS,
    SIDE_KINDS,
    STATE_FORCES,
    STATE_KINDS,
    Hit,
    clause_span,
    names_people,
)
from orchestration.extraction.clauses import GENERIC_GROUPS, JOINT_FORCE_AFTER, dateline_end, main_belligerents, read_sentences, usual_opponent
from orchestration.extraction.casualty_scope import relative_clause_start, scope_window
from orchestration.extraction.sides import lands
from orchestration.extraction.gates import AnyOf, gated
from orchestration.extraction.text import Sentence

_REBELS = "X-rebels"  # the code of the common noun "rebels" in data/groups.csv
_UNNAMED_REBELS = {row["state"]: row["code"] for row in data_rows("unnamed_rebels.csv")}
_TERRITORY = lands()  # the state whose people an armed group speaks for


_PLACE_KINDS = frozenset({"state", "capital", "group"})
# "a pro-government militia", "a volunteer militia" (the army's auxiliaries, as Burkina Faso's VDP)
_PRO_STATE = re.compile(r"\bpro-?\s?(?:government|state|regime|junta|army)\b|\bvolunteer\s+(?:militia|defen[cs]e)", re.IGNORECASE)
_OWN = re.compile(r"\b(?:its|their|our)\b", re.IGNORECASE)
_ENEMY = re.compile(r"\benemy\b", re.IGNORECASE)
# Common nouns for an armed group that name none in particular ("rebels", "militants", "armed groups").
_INSURGENT = re.compile(
    r"\b(?:rebels?|separatists?|secessionists?|insurgents?|militants?|guerrillas?|jihadists?|jihadis?|extremists?|Islamists?"
    r"|bandits?|militiam[ae]n|militias?|gunm[ae]n|gang\s+members?|gangsters?|gangs"
    r"|attackers?|perpetrators?|assailants?|raiders?|(?:suicide\s+)?bombers?|terrorists?"
    r"|armed\s+groups?|" + ENEMY_VERBS + r")\b",  # "three were neutralized": enemies
    re.IGNORECASE,
)
_HELD_BY_INSURGENTS = gated(
    r"\b(?:rebel|separatist|insurgent|militant|militia)s?[-\s](?:held|controlled|run)\b", re.IGNORECASE
)
_BOTH_SIDES = gated(r"\b(?:both|either|all)\s+sides\b|\bon\s+each\s+side\b|\bbetween\s+the\s+two\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w()’'-]+\s+){0,7}?[\w()’'-]+(?:\s+and\b|,\s)", re.IGNORECASE)  # headlines: "A, B"
_PAIR_LINK = re.compile(r"\s*(?:and|-|–)\s*", re.IGNORECASE)
_LOCATIVE = gated(
    r"\b(?:in|near|at|outside|around|across|of|on|into|inside"
    r"|hit|hits|struck|pounded|pounds|shelled|shells|bombed|targeted|targets|rocked|rocks)"  # "a missile hits Odesa port"
    r"\s+(?:the\s+)?(?:(?!(?:against|with|by|for|from)\b)[\w'’-]+\s+){0,2}$",  # not "in the operation against Naxalites"
    re.I,
)
_VICTIM_OF_BEFORE = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:an?\s+|the\s+|\w+\s+)?$", re.IGNORECASE)
_ACRONYM = re.compile(r"^\s*\([\w.-]{2,12}\)")
_PEACEKEEPERS = re.compile(r"\b(?:peacekeepers?|blue\s+helmets?)\b", re.IGNORECASE)
_AIMED_BEFORE = re.compile(r"\b(?:fire|fired|firing|shot|shooting)\s+(?:at|on|upon)\s+(?:a\s+group\s+of\s+)?$|\b(?:attacked|ambushed|targeted|targeting|struck|striking|hit|hitting|against)\s+(?:an?\s+|the\s+)?$"
                           r"|\b(?:raids?|attacks?|assaults?)\s+on\s+(?:an?\s+|the\s+)?$",  # "a raid on a Pakistani army outpost"
                           re.IGNORECASE)
_FORCES_AFTER = re.compile(r"\s+(?:(?:army|military|border|security)\s+)?(?:soldiers|troops|forces|peacekeepers|police(?:men)?|officers|guards|servicemen|patrols?|"
                           r"positions|convoys?|outposts?|posts?|checkpoints?|bases?)\b", re.IGNORECASE)
_OWNS = re.compile(r"[’']s\s+")
_KIND_OF_PLACE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|island|province|region|district|camp|port|enclave|area)\s+of\s+",
                            re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:after|when|while|before|as|since)\s+(?=(?:a|an|the)\s)", re.IGNORECASE)  # "after a bomb attack left"
_APPOSED_STATE = re.compile(r",\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
                           r"south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)\s+)?", re.IGNORECASE)
_OWNER_MODIFIERS = re.compile(r"(?:[\w’'-]+\s+){0,2}")  # "members of the Kurdish-led Syrian Democratic Forces"
_OWNER_AFTER = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?", re.IGNORECASE)
_PRO_BEFORE = re.compile(r"\b(?:pro|anti)[-\s]$", re.IGNORECASE)
_ATTACK_NOUN = "(?:" + "|".join(
    re.escape(word).replace(r"\ ", r"\s*")
    for row in data_rows("attack_nouns.csv")
    for word in sorted({row["singular"], row["plural"]} - {""}, key=len, reverse=True)
) + ")"
_NOT_A_MODIFIER_WORD = r"(?!(?:in|on|at|by|of|from|after|during|amid|despite|under|and|or)\s)[\w-]+\s+"
# Other attackers named with this one before the attack noun: "US and UK assaults", "Israeli and US strikes".
_CO_ATTACKERS = r"(?:\s*(?:,|and|&)\s+(?-i:[A-Z][\w.-]*))*"
_ATTACK_AFTER = re.compile(
    rf"^(?:'s|’s|['’](?=\s))?(?:[-‑](?:led|backed)\b)?{_CO_ATTACKERS}\s+(?:{_NOT_A_MODIFIER_WORD})?{_ATTACK_NOUN}\b", re.IGNORECASE
)
# "an attack by the Takfiri terrorist group of ISIS", "the ambush by a unit of the FARC", "an attack blamed on the RSF"
_BY_BEFORE = re.compile(r"\b(?:by|blamed\s+on|attributed\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?$|"
                        r"\b(?:shots?|fire|firing|shelling|sniper\s+fire)\s+from\s+(?:the\s+)?$|"  # "a shot from the Azerbaijani side"
                        r"\bby\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|network|unit|column|"
                        r"faction|cell|wing)\s+of\s+(?:the\s+)?$",
                        re.IGNORECASE)
# "according to a Facebook post by a Burma Army soldier": who tells it, not who struck
_TOLD_BY = re.compile(r"\b(?:posts?|statements?|reports?|tweets?|messages?|videos?|interviews?|accounts?|letters?)\s+by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$",
                      re.IGNORECASE)
_MILITANTS = "X-militants"  # the code of the common noun "militants" in data/groups.csv
_KINDS_OF_GROUP = frozenset({"X-separatists", "X-opposition", "X-resistance"})  # unnamed, but of one kind
_HOLDING_BY = re.compile(
    r"\b(?:controlled|held|run|led|backed|supported|governed|administered|occupied|operated|funded|armed|founded"
    r"|claimed|reported|announced|confirmed|said)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "in an attack claimed by the Islamic State group": the one who struck (not "a toll claimed by the Taliban")
_ATTACK_CLAIMED_BY = re.compile(r"\b(?:attacks?|bombings?|blasts?|assaults?|ambush(?:es)?|raids?|explosions?|killings?|massacres?)\s+"
                                r"(?:\w+\s+)?claimed\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# A state's name before an unambiguous attack noun: "US air strikes", "Russia shelling" (not "Ukraine attacks").
_STATE_ATTACK_AFTER = re.compile(
    r"^(?:[-‑](?:led|backed)\b)?" + _CO_ATTACKERS + r"\s+(?:air\s*strikes?|airstrikes?|drone\s+strikes?|missile\s+strikes?|shelling"
    r"|bombardment|bombing|artillery|warplanes|air\s+raids?|assaults|forces\s+(?:struck|shelled|attacked|killed)"
    r"|firing|gunfire|(?:rocket|mortar|artillery|sniper|tank)\s+fire)\b",
    re.IGNORECASE,
)
# A toll that counts the attackers too is a total over both sides: "nine were killed, including the gunmen".
# Everyone aboard a plane or ship: travellers of several nationalities ("killing all 298 people on board").
_ON_BOARD = re.compile(r"\s+(?:on\s+board|aboard|onboard)\b(?!\s+(?:a|an|the|its|their)?\s*(?:\w+\s+)?(?:vehicle|truck|car|bus|tank)s?\b)",
                       re.IGNORECASE)
_WITH_ATTACKERS = re.compile(
    r"^[^.;]{0,80}?\bincluding\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}(?:attackers?|perpetrators?|assailants?|gunm[ae]n|bombers?"
    r"|militants?)\b",  # "killing eight people including the bomber"
    re.IGNORECASE,
)
# A toll of fighting that counts one side's fighters among others counts both sides: "the fighting killed seven people,
# including a soldier" (not "a bombing killed 20 people, including five soldiers": one side's people).
_WITH_FIGHTERS = re.compile(
    r"[^.;]{0,80}?\bincluding\s+(?:[\w,-]+\s+){0,6}?(?:soldiers?|troops|servicem[ae]n|police(?:\s*(?:officers?|men))?|policem[ae]n"
    r"|security\s+(?:personnel|forces|officers|agents)|fighters|militiam[ae]n|rebels?|insurgents?)\b",
    re.IGNORECASE,
)
_FIGHT = re.compile(r"\b(?:clash\w*|fighting|firefights?|gunfights?|gun\s+battles?|battles?|skirmish\w*|shootouts?|exchanges?\s+of\s+fire"
                    r"|hostilities|violence|(?:police|military|security)\s+operations?)\b", re.IGNORECASE)
# An actor after a preposition is a place or a target, not the subject: "attacks on eastern and southern Velm".
_OBJECT_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|across|of|on|into|against|targeting|toward|towards|over|from|inside"
    r"|seize|capture|take|attack|storm|besiege|overrun|retake)\s+"  # "insurgents trying to seize a southern Afghan city"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|in|on|after|amid|of|from|over|against|near|into)\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT_KINDS = frozenset({"state", "demonym", "group"})
_SPEAKER_AFTER_ACTOR = re.compile(
    r"^(?:['’]s?)?(?:\s+[\w'’-]+){0,4}?\s+(?:said|says|say|told|claims?|claimed|confirmed|reported|announced"
    r"|stated|accused|blamed|insists?|vowed)\b",
    re.IGNORECASE,
)
# A possessive attack noun names the attacker whatever the actor's kind: "Russia's shelling", "Israel's strikes".
_POSSESSIVE_ATTACK_AFTER = re.compile(rf"^(?:'s|’s|['’](?=\s))\s+(?:{_NOT_A_MODIFIER_WORD}){{0,3}}{_ATTACK_NOUN}\b", re.IGNORECASE)
# The subject of a striking verb: "Russia struck the city", "Azerbaijani forces shelled", "Israel has bombed".
_STRIKE_VERB_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:armed\s+)?(?:forces|troops|army|military|jets|warplanes|aircraft|artillery|navy|units"
    r"|fighters|militants|gunmen|insurgents|guerrillas|rebels)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:(?:\w+ly|again|also)\s+)?"
    r"(?:(?:struck|shelled|attacked|bombed|bombarded|pounded|targeted|hit|raided|stormed|ambushed|overran"
    r"|(?:broke|violated|shattered|breached)\s+(?:the\s+|a\s+)?(?:ceasefire|cease-fire|truce)"  # "Israel breaks ceasefire with strikes"
    r"|(?:breaks?|violates?|shatters?|breach(?:es)?)\s+(?:the\s+|a\s+)?(?:ceasefire|cease-fire|truce)"
    r"|fired\s+(?:on|at|upon|with|mortars?|rockets?|missiles?|shells?|artillery)|open(?:ed|s)?\s+fire"
    r"|launch(?:ed|es)?\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|raids?|strikes?|ambush)"
    r"|resort(?:s|ed)?\s+to\s+(?:[\w-]+\s+){0,2}?(?:shelling|firing|fire|strikes|bombing)"
    r"|(?:blew|blows?)(?:\s+up)?\s+(?:a|an|the|their|its)?\s*(?:[\w-]+\s+)?(?:truck|vehicle|convoy|bus|car|jeep|van|bridge|building|post)s?"
    r"|detonat(?:ed|es)|set\s+off)(?!\s+by\b)"  # "Maoists blow truck to pieces", "militants detonated a bomb"
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
# A business's nationality ("employees of a South African company", "a Chinese mining firm"): not its staff's side.
_BUSINESS_AFTER = re.compile(r"(?:[\s-]+[\w-]+){0,2}?\s+(?:company|companies|firm|firms|contractor|contractors|corporation|conglomerate)\b",
                             re.IGNORECASE)
# A place in the speaker's phrase locates the speaker, not the victims: "authorities in Kharkiv said".
_SPEAKER_PLACE = re.compile(rf"^(?:\s+[\w'’-]+){{0,2}}?\s+(?:{REPORTING.pattern})", re.IGNORECASE)
_REPUBLIC_AFTER = re.compile(r"^\s+(?:people['’]s\s+)?republic\b", re.IGNORECASE)


class ArticleSetting:
    """The article's main pair of fighting sides (see `clauses.main_belligerents`) and its theatre (see
    `article_theatre`), worked out when a claim first asks: an article whose claims all name their own side
    ("27 Palestinians were killed") never needs them."""

    def __init__(self, sentences: Sequence[Sentence], actors: Sequence[Sequence[ActorMention]], published: date) -> None:
        self._sentences, self._actors, self._published = sentences, actors, published

    @cached_property
    def belligerents(self) -> tuple[str, ...]:
        return main_belligerents(read_sentences(self._sentences, self._published))

    @cached_property
    def theatre(self) -> str | None:
        return article_theatre(self._sentences, self._actors)


@dataclass(frozen=True)
class SideContext:
    """Article-wide facts the side falls back on."""

    published: date
    sides: Counter[str]  # how often each state or armed group is named in the article
    groups: Counter[str]  # how often each armed group is named
    last_side: str | None = None  # the side of the latest claim ("Another 84 residents were hurt")
    setting: ArticleSetting | None = None  # the article's main pair and theatre, read when first asked

    @property
    def belligerents(self) -> tuple[str, ...]:
        """The article's main pair of fighting sides."""
        return self.setting.belligerents if self.setting else ()

    @property
    def theatre(self) -> str | None:
        """The state the article most often names as the place of events."""
        return self.setting.theatre if self.setting else None


def _mentions(actors: Sequence[ActorMention], start: int, end: int) -> list[ActorMention]:
    return [actor for actor in actors if start <= actor.start and actor.end <= end]


def _generic(actor: ActorMention) -> bool:
    """A group named only by a common noun ("rebels", "Militants said", a headline's "145 Militants Killed"), not by
    its name ("Houthi rebels")."""
    return actor.kind == "group" and bool(_INSURGENT.match(actor.text)) and actor.text[1:].islower()


def named_sides(actors: Sequence[ActorMention]) -> list[ActorMention]:
    return [actor for actor in actors if actor.kind in SIDE_KINDS and not _generic(actor)]


def names_its_own_side(text: str, actors: Sequence[ActorMention], hit: Hit) -> bool:
    """Whether a victim phrase tells whose people they are by itself: a side named in it ("four Omani medics"), or
    armed men ("35 rebels", "the four gunmen"), who are never the state's people."""
    return labelled_side(text, actors, hit) is not None or _INSURGENT.search(hit.phrase) is not None


def labelled_side(text: str, actors: Sequence[ActorMention], hit: Hit) -> str | None:
    """The side named in the victim phrase ("Ukrainian soldiers", "DPR servicemen"), not "pro-Russian" ones."""
    owner = _OWNER_AFTER.match(text, hit.end)  # "a senior figure from Hamas", "residents of Kharkiv"
    owned = (owner.end(), owner.end() + 60) if owner else None
    # the phrase itself, then its own owner ("30 soldiers from Niger and two from Nigeria"), then the phrase it continues
    spans = [(hit.begin, hit.end), *([owned] if owned else []), *([hit.label] if hit.label else [])]
    for start, end in spans:
        for actor in named_sides(_mentions(actors, start, end)):
            if _PRO_BEFORE.search(text[: actor.start]) or names_an_affiliation(text, actor):
                continue
            if (start, end) != owned or (_OWNER_MODIFIERS.fullmatch(text, start, actor.start) and not _BUSINESS_AFTER.match(text, actor.end)):
                return actor.code  # not "employees of a South African company": its staff may be anyone's
    serving = next((actor.code for actor in _mentions(actors, hit.begin, hit.end) if actor.kind == "organisation"), None)
    if hit.victims == "military":  # "two UN peacekeepers", "AU troops": the organisation they serve; peacekeepers the UN's
        return serving or ("UN" if _PEACEKEEPERS.search(hit.phrase) else None)
    return serving if _STAFF.search(hit.phrase) else None  # "two UN staff", "three WFP workers": the organisation's people


def _generic_owner(text: str, actors: Sequence[ActorMention], position: int) -> bool:
    """A common noun for an armed group owns the victims: "members of a militant group", "fighters of the rebels"."""
    return any(_generic(actor) and _OWNER_MODIFIERS.fullmatch(text, position, actor.start) for actor in _mentions(actors, position, position + 60))


_OF_BOTH_SIDES = re.compile(r"\s+(?:from|of|on)\s+(?:both|the\s+two|either)\s+sides\b", re.IGNORECASE)
_STAFF = re.compile(r"\b(?:staff(?:ers)?|workers?|employees?|personnel|contractors?|monitors?|observers?)\b", re.IGNORECASE)


# "Al-Shabaab was blamed for a truck bombing that killed 512", "the group claimed responsibility for": the perpetrator.
_BLAMED_AFTER = re.compile(r"^\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:widely\s+)?blamed\s+for|"
                           r"(?:has\s+|have\s+)?claimed\s+(?:responsibility|credit)\s+for)\b", re.IGNORECASE)


def _attacker(text: str, actor: ActorMention) -> bool:
    """Named as the one who struck: "Russian shelling", "Israeli strikes", "fire by Ukrainian troops",
    "Russia struck the city", "Russia's strikes", "US air strikes", "the Hamas-led attack". The attacker's
    people are not the ones hit; "controlled by" or "backed by" names no attacker."""
    after, before = _ACRONYM.sub("", text[actor.end :], count=1), text[: actor.start]  # "Rapid Support Forces (RSF) shelling"
    acting = (
        (actor.kind != "state" and _ATTACK_AFTER.match(after))
        or _POSSESSIVE_ATTACK_AFTER.match(after)
        or _STATE_ATTACK_AFTER.match(after)
    )
    by = _BY_BEFORE.search(before) and (not _HOLDING_BY.search(before) or _ATTACK_CLAIMED_BY.search(before)) and not _TOLD_BY.search(before)
    striking = _STRIKE_VERB_AFTER.match(after) and not _PREPOSITION_BEFORE.search(before)  # not "with Gaza Strikes"
    return bool(acting or striking or by or _BLAMED_AFTER.match(after))


def in_proper_name(text: str, actor: ActorMention) -> bool:
    """Part of the capitalised name of a place or institution ("the Saudi Hospital", "Kenya Airways") or a
    business's nationality ("a South African company"): it says nothing about whose people were hit."""
    after = text[actor.end :]
    return actor.kind in STATE_KINDS and bool(
        _PROPER_NAME_AFTER.match(after) or _SUBNATIONAL_AFTER.match(after) or _BUSINESS_AFTER.match(after)
    )


# A page's topic label before the headline: "Israel-Gaza war: ...", "Ukraine war latest: ...".
_TOPIC_LABEL = re.compile(r"^[^:.]{2,50}\b(?:war|conflict|crisis|latest|live|updates?)\s*:\s", re.IGNORECASE)


def in_topic_label(text: str, actor: ActorMention) -> bool:
    """Named in a topic label ("Israel-Gaza war: 30 killed ..."): the war the page is about, not whose victims."""
    label = _TOPIC_LABEL.match(text) if ":" in text else None  # no colon, no label: spare the regex
    return label is not None and actor.end <= label.end()


# "the Saudi-led coalition", "Iranian-backed militias": the name of a force, never a place; "near the Afghan
# border", "a region bordering Uganda": the neighbour across the border, not where it happened.
_BORDER = r"\s+(?:border|frontier|boundary)\b"  # "the Venezuelan border", "the Tanzania-Mozambique border"
_BORDER_AFTER = re.compile(_BORDER, re.IGNORECASE)
_NOT_THE_PLACE_AFTER = re.compile(r"[-‑](?:led|backed)\b|" + _BORDER, re.IGNORECASE)
_NEIGHBOUR = r"border(?:s|ing)?(?:\s+(?:area|region|zone)s?)?\s+with|bordering"  # "near the border area with Burkina Faso"
_NEIGHBOUR_BEFORE = re.compile(rf"\b(?:{_NEIGHBOUR})\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){{1,3}}(?:and|&)\s+(?:the\s+)?)?$", re.IGNORECASE)
# "15 injured who were treated in Tunisia": where the wounded were cared for, not where they were hit
_CARE = r"\b(?:treated|hospitali[sz]ed|evacuated|airlifted|flown|transferred|admitted)\s+(?:[\w-]+\s+)?(?:to|in)\s+(?:the\s+)?$"
_CARE_BEFORE = re.compile(_CARE, re.IGNORECASE)
_NOT_THE_PLACE_BEFORE = re.compile(rf"[-‑](?:led|backed)\s+$|\b(?:{_NEIGHBOUR}|(?:origins?|roots|based|founded)\s+in)"
                                   r"\s+(?:the\s+)?$"  # "a militia with its origins in Uganda"
                                   r"|\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+(?:and|&)\s+(?:the\s+)?)?$"  # "conflict between A and B": the sides
                                   r"|" + _CARE, re.IGNORECASE)
_NOT_THE_PLACE_WORDS = AnyOf([_NOT_THE_PLACE_BEFORE])
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


_HEADLINE_LABEL = re.compile(r"(?:\s+[\w-]+){0,3}:\s")  # "Gaza: 20 killed", "Sinai checkpoint attack: five dead"


def placed(text: str, mention: ActorMention) -> bool:
    """Named as where it happened: "in east Ukraine", "near Baku", "shelling of Donetsk", a headline's "Gaza: ...";
    not a force's name ("jets of the Saudi-led coalition") nor a neighbour ("near the Afghan border")."""
    if _NOT_THE_PLACE_AFTER.match(text, mention.end) or (
        _NOT_THE_PLACE_WORDS.may_match(text) and _NOT_THE_PLACE_BEFORE.search(text, 0, mention.start)
    ):
        return False
    return bool(_LOCATIVE.search(text, 0, mention.start) or (mention.start == 0 and _HEADLINE_LABEL.match(text, mention.end)))


def _location(text: str, actors: Sequence[ActorMention], near: int, since: int = 0, preferred: frozenset[str] = frozenset(),
              known: frozenset[str] = frozenset()) -> str | None:
    """The state of the place where it happened, the one named nearest the count (from `since` on): a state,
    capital or armed group's territory named as the place ("in east Ukraine", "near Baku", "in the Donetsk
    People's Republic"), or a city or region of the gazetteer coded with its state ("in Kharkiv" -> UKR); a name
    several states' cities share is the one among `preferred` (the article's warring pair and their lands). A town
    of a state the article never names nor places events in (`known`: the sides it names, `preferred` and its
    theatre), in a report that names other states, is a namesake of a place the gazetteer lacks ("Samar" in a
    report from Manila): no clue."""
    foreign = any(not code.startswith("X-") for code in known)
    found = [
        (actor.start, state_of(actor, preferred) if actor.kind == "capital" else actor.code)  # Tripoli in a report on Lebanon
        for actor in actors
        if actor.kind in _PLACE_KINDS and placed(text, actor) and not _generic(actor) and not _attacker(text, actor)
        and not (actor.kind == "group" and _OWNS.match(text, actor.end))  # "a rupture of FARC's ceasefire": no place
        and not (_OF_BEFORE.search(text, max(0, actor.start - 16), actor.start) and names_people(text, actor.end))  # "dozens of Houthi fighters"
    ]
    taken = [(actor.start, actor.end) for actor in actors]
    for place in find_places(text):
        inside = any(start < place.end and place.start < end for start, end in taken)
        if inside or not placed(text, place) or _SPEAKER_PLACE.match(text[place.end :]):
            continue
        if _REPUBLIC_AFTER.match(text[place.end :]):
            # "in Donetsk republic": the breakaway republic named after the place, not the state it belongs to.
            republic = next((a.code for a in find_actors(f"{place.text} Republic") if a.kind == "group"), None)
            found += [(place.start, republic)] if republic else []
        else:
            country = _APPOSED_STATE.match(text, place.end)  # "in Boni, central Mali": the state the text names wins
            state = next((a.code for a in actors if country and a.start == country.end() and a.kind in STATE_KINDS), None)
            # "Mogadishu's Lido beach", "the Lebanese town of Shaqra": the owner named before the place
            owner = next((a.code for a in actors if a.kind in STATE_KINDS
                          and (_OWNS.fullmatch(text, a.end, place.start) or _KIND_OF_PLACE.fullmatch(text, a.end, place.start))), None)
            located = state or owner or state_of(place, preferred)
            if not (foreign and located not in known and not (state or owner)):
                found.append((place.start, located))
    found = [(start, code) for start, code in found if start >= since]
    return min(found, key=lambda item: abs(item[0] - near))[1] if found else None


def _agents(text: str, actors: Sequence[ActorMention], hit: Hit) -> set[str]:
    """Who did the killing: a state, people or group that is the subject of the killing verb ("BLA fighters
    killed 33", "Hamas's attack that killed 1,100"), not a speaker ("Israel says its strike killed"), nor a
    place or target ("a strike on Velm killed")."""
    if hit.verb_at is None:
        return set()
    breaks = [match.end() for match in CLAUSE_BREAK.finditer(text, 0, hit.verb_at)]
    start = breaks[-1] if breaks else 0
    if relative_clause_start(text, hit.verb_at) is not None:  # the noun the clause hangs on ("Hamas's attack")
        start = max(start, scope_window(text, hit.verb_at)[0])
    openers = [match.end() for match in _SUBORDINATE.finditer(text, start, hit.verb_at)]
    start = openers[-1] if openers else start  # "A ordered raids after an attack by B killed 11": B's clause
    speech = [match.end() for match in _SPEECH_VERB.finditer(text, start, hit.verb_at)]
    start = speech[-1] if speech else start  # "the ministry in Ramallah said Israeli troops killed": who said it did not kill
    who = _WHO_BEFORE.search(text, start, hit.verb_at)
    if who:  # "Thai forces were hunting for insurgents who killed two soldiers": the noun "who" hangs on killed
        antecedent = _ANTECEDENT.search(text, start, who.start())
        start = antecedent.start() if antecedent else who.start()
    return {
        actor.code
        for actor in actors
        if start <= actor.start
        and actor.end <= hit.verb_at
        and actor.kind in _AGENT_KINDS
        and (not _OBJECT_BEFORE.search(text[start : actor.start]) or _MEMBERS_OF_BEFORE.match(text, start, actor.start))
        and not _SPEAKER_AFTER_ACTOR.match(text[actor.end : hit.verb_at])
        and not _PRO_BEFORE.search(text[: actor.start])
        and not _VICTIM_OF_BEFORE.search(text[start : actor.start])  # "killing an Indian soldier and wounding two"
        and not _GRIEF.search(text, actor.end, hit.verb_at)  # "Azerbaijan has sworn to avenge the death of 13": its own dead
        and not _home_of_a_group(text, actor, actors)  # "Somalia's Islamist Shebab militants killed 19": the group did
    }


_HOME_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}$")  # "Somalia's Islamist ", before the group it is the home of


def _home_of_a_group(text: str, actor: ActorMention, actors: Sequence[ActorMention]) -> bool:
    """A state named as the home of the armed group after it ("Nigeria's Boko Haram"), not as an actor."""
    following = next((other for other in actors if other.start >= actor.end), None)
    return (actor.kind in STATE_KINDS and following is not None and following.kind == "group"
            and _HOME_OF.match(text, actor.end, following.start) is not None)


_WHO_BEFORE = re.compile(r"\b(?:who|that)\s+(?:(?:had|have|has|reportedly|allegedly|then|also)\s+){0,2}$", re.IGNORECASE)
_ANTECEDENT = re.compile(r"(?:[\w’'-]+\s+){1,4}$")  # the noun phrase a relative clause hangs on
_PLACE_BEFORE = re.compile(r"\b(?:in|near|inside|across)\s+(?:the\s+)?$", re.IGNORECASE)
# "Members of the Islamic State West Africa Province killed seven soldiers": the group's own people, the killing's agent
_MEMBERS_OF_BEFORE = re.compile(r"\W*(?:[\w-]+\s+)?(?:members|fighters|militants|gunmen|elements|combatants)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_BASED_IN = re.compile(r"\b(?:based|headquartered|founded)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_GRIEF = re.compile(r"\b(?:avenge|revenge|mourn\w*|grie\w*|condol\w*)\b", re.IGNORECASE)
_SPEECH_VERB = re.compile(r"\b(?:said|says|saying|told|stated|reported|announced|added)\b", re.IGNORECASE)


def _armed_group(text: str, actors: Sequence[ActorMention], start: int, end: int, context: SideContext) -> str:
    """The group meant by "rebels" or "militants" (between `start` and `end`): one named in the sentence, else
    the article's main one, else the code of the common noun itself."""
    named = next((actor.code for actor in named_sides(actors) if actor.kind == "group" and not names_an_affiliation(text, actor)), None)
    main = next((code for code, _ in context.groups.most_common(1)), None)
    # "killing one assailant", "30 terrorists were neutralised": unnamed armed men are militants (SCHEMA's X-militants)
    generic = next((actor.code for actor in _mentions(actors, start, end) if _generic(actor)), _MILITANTS)
    # "repelled a separatist attack, killing seven militants": the kind of armed group the sentence tells
    kind = next((actor.code for actor in actors if actor.kind == "group" and actor.code in _KINDS_OF_GROUP), None)
    return named or main or kind or (_unnamed_rebels(context) if generic == _REBELS else generic)


def _unnamed_rebels(context: SideContext) -> str:
    """The schema's code for rebels the article does not name, by the state it is mostly about."""
    state = next((code for code, _ in context.sides.most_common() if not code.startswith("X-")), None)
    return _UNNAMED_REBELS.get(state or "*", _UNNAMED_REBELS["*"])


def _as_named(side: str | None, context: SideContext) -> str | None:
    """A group met only by a common noun ("the militant group said it had killed ...", "an Iran-backed militia's
    spokesman") is the article's named one."""
    if side and side.startswith("X-") and (side not in context.sides or side in GENERIC_GROUPS):
        return next((code for code, _ in context.groups.most_common() if code not in GENERIC_GROUPS), side)
    return side


def _opponent(side: str | None, context: SideContext) -> str | None:
    """The other belligerent: the article's most named state or armed group that is not `side`."""
    return next((code for code, _ in context.sides.most_common() if code != side), None)


_CLASH_BEFORE = re.compile(r"\b(?:clash\w*|fighting|battles?|war|conflict|hostilities|violence|skirmish\w*|confrontations?|exchanges?\s+of\s+fire)\s+$",
                           re.IGNORECASE)


def _joint(text: str, actors: Sequence[ActorMention], hit: Hit) -> bool:
    """An unlabelled total over several belligerents: "A and B reported 100 deaths", "on both sides"."""
    both = _BOTH_SIDES.search(text)
    if both and not (both.group(0).lower().startswith("between") and both.start() > hit.end and "," in text[hit.end : both.start()]):
        return True  # not "killed 10 in Israel overnight, as attacks between the two countries went on": the background's pair
    before = [actor for actor in actors if actor.end <= hit.quantity.start and actor.kind in STATE_KINDS and not _GO_BETWEENS.match(text, actor.end)]
    paired = any(
        first.code != second.code and _PAIR_LINK.fullmatch(text[first.end : second.start])
        and not _PLACE_BEFORE.search(text, 0, first.start)  # "struck sites in Iraq and Syria": places, not sides
        and not JOINT_FORCE_AFTER.match(text, second.end)  # "American and British airstrikes": one force
        and not _BORDER_AFTER.match(text, second.end)  # "a village on the Tanzania-Mozambique border": a place
        for first, second in zip(before, before[1:])
    )
    # "clashes between the SDF and Turkey-backed factions": armed groups are sides of a joint total too, also when
    # the clash is told after the count ("4 killed in clash between troops, Abu Sayyaf militants")
    between = next((m for m in _BETWEEN.finditer(text) if _CLASH_BEFORE.search(text, 0, m.start())), None)  # not "a truce between"
    if between is None:
        return paired
    own_clash = between.start() > hit.end and "," not in text[hit.end : between.start()]  # "4 killed in clash between A, B"
    fighting = {
        actor.code for actor in actors
        if (actor.end <= hit.quantity.start or (own_clash and actor.start >= hit.end)) and (actor.kind in STATE_KINDS or actor.kind == "group")
    }
    return paired or len(fighting) >= 2


def victims_side(
    text: str, actors: Sequence[ActorMention], hit: Hit, source: Source, context: SideContext, mentions: Sequence[ActorMention]
) -> str:
    """Whose people were hit: named in the phrase, "its"/"enemy", rebels, a joint total, else place or reporter."""
    if hit.victims in {None, "unknown"} and _WITH_FIGHTERS.match(text, hit.end) and _FIGHT.search(text):
        return "ALL"
    labelled = labelled_side(text, mentions, hit)
    if labelled:
        return labelled
    if _OF_BOTH_SIDES.match(text, hit.end):  # "75 servicemen from both sides": a joint total
        return "ALL"
    if _OWN.search(hit.phrase) and (source.side or source.code not in {None, "MEDIA"}):
        # "UN peacekeepers said two of their members were wounded": the UN's; "a militia spokesman said 19 of its
        # members were killed": the article's named militia
        return _as_named(source.side or source.code, context)
    if _INSURGENT.search(hit.phrase) and hit.victims != "civilian" and not _PRO_STATE.search(hit.phrase):  # "three militants and ten civilians"
        return _armed_group(text, actors, hit.begin, hit.end, context)
    owner = _OWNER_AFTER.match(text, hit.end)
    if owner and hit.victims in {None, "unknown"} and _generic_owner(text, actors, owner.end()):  # "nine members of a militant group"
        return _armed_group(text, actors, owner.end(), owner.end() + 60, context)
    if _ENEMY.search(hit.phrase) or (hit.by_own and source.side):
        own = _as_named(source.side, context)
        named = next((a.code for a in named_sides(actors) if a.code not in {source.side, own}
                      and not named_as_patron(text, a) and not _BASED_IN.search(text, 0, a.start)),
                     None)  # not "JNIM, an al-Qaeda affiliate based in Mali"
        war_enemy = usual_opponent(own, context.published) if own else None  # "our fighters killed 20 enemy soldiers"
        return (named if hit.by_own else None) or _opponent(own, context) or war_enemy or "UNK"
    held = _HELD_BY_INSURGENTS.search(text)
    if held and hit.victims in {None, "unknown"}:  # "one killed in rebel-held Velm"; civilians there are the state's
        return _armed_group(text, actors, held.start(), held.end(), context)
    # "clashes between the army and rebels killed 20 soldiers": forces only one side has (troops of two states may be both's)
    states = {actor.code for actor in named_sides(actors) if not actor.code.startswith("X-")}
    state_forces = STATE_FORCES.search(hit.phrase) or _PRO_STATE.search(hit.phrase)
    one_sided = bool((state_forces and len(states) < 2) or _INSURGENT.search(hit.phrase))
    if (_joint(text, actors, hit) and not one_sided) or _WITH_ATTACKERS.match(text[hit.end :]) or (
        hit.victims != "military" and _ON_BOARD.match(text, hit.end)
    ):
        return "ALL"
    attackers = {actor.code for actor in actors if _attacker(text, actor)} | _agents(text, actors, hit)
    if hit.victims == "unknown" and not attackers and _between_states(context) and _fighting_toll(text, hit):
        return "ALL"  # "55 people died in clashes near the border" of two states: both sides' dead
    targeted = _targeted_group(text, actors) if hit.victims != "civilian" and not state_forces else None
    if targeted and targeted not in attackers:
        return targeted  # "four killed in a Turkish drone strike against PKK members in Iraq": the group struck
    war_lands = frozenset(context.belligerents) | {_TERRITORY[code] for code in context.belligerents if code in _TERRITORY}  # Hezbollah's: Lebanon
    known = war_lands | frozenset(context.sides) | ({context.theatre} if context.theatre else set())
    located = _victims_place(text, actors, hit, attackers, war_lands, known)
    if hit.victims == "military":
        target = _fired_at(text, actors, hit)  # "opened fire at Israeli soldiers, wounding one soldier"
        if target:
            return target  # even when its state strikes elsewhere in the sentence ("... in retaliation for a strike by Israel")
        order: tuple[str | None, ...] = (source.side, located)
    elif source.side and source.side.startswith("X-"):
        # civilians counted by an armed group are people of the land it holds, else of the state it fights in
        land = _TERRITORY.get(source.side)
        if land and not located:
            return land  # even when that state's own forces are blamed ("civilians wounded in army shelling")
        state = next((code for code, _ in context.sides.most_common() if not code.startswith("X-") and code not in attackers), None)
        home = context.theatre if hit.victims == "civilian" else None  # civilians of the land, whoever struck them
        order = (located, home or state, source.side)
    else:
        reporter = source.side  # a third state reporting ("according to Emirati state media"): the place's people
        belligerent_lands = {_TERRITORY.get(side, side) for side in context.belligerents}  # Gaza's ministry speaks for PSE beside Hamas
        third = reporter and not reporter.startswith("X-") and reporter not in belligerent_lands
        order = (located, context.theatre if third and context.theatre else reporter)
    # "Hamas attacked Israel on October 7 ..., killing around 1,200": the state the attacker struck
    order = (*order, _struck_state(text, actors, hit, attackers))
    clause = clause_span(text, hit)
    theatre = next(
        (a.code for a in named_sides(actors)
         if a.code not in attackers and clause[0] <= a.start < clause[1] and not _NEIGHBOUR_BEFORE.search(text, 0, a.start)
         and not _CARE_BEFORE.search(text, 0, a.start)
         and not _BORDER_AFTER.match(text, a.end)), None  # not "near the Venezuelan border"
    )
    common = next((code for code, _ in context.sides.most_common() if code not in attackers), None)
    local = context.theatre if hit.victims == "civilian" else None  # "20 locals were killed": people of the place
    # the previous claim's side, unless that is an armed group and these are civilians or "people" (not "12 more")
    last = context.last_side if hit.victims not in {"civilian", "unknown"} or not (context.last_side or "").startswith("X-") else None
    # people of unknown status, with no other clue, are rather people of the place than of the most named side
    place = context.theatre if hit.victims == "unknown" else None
    candidates = (*order, theatre, local, _pair_opponent(attackers, context), last, place, common)
    if hit.victims == "military" and state_forces:  # "20 soldiers", "a pro-government militia": a state's (or a breakaway
        # republic's where they were hit), not an armed group's
        states = [code for code in candidates if code and code not in attackers and (not code.startswith("X-") or code == located)]
        groups = [code for code in candidates if code and code.startswith("X-")]
        enemy = usual_opponent(groups[0], context.published) if groups and not states else None  # the state the group fights
        home = next((code for code, _ in context.sides.most_common() if not code.startswith("X-")), None)
        paired = next((code for code in context.belligerents if not code.startswith("X-")), None)  # the article's war's state
        fallback = [code for code in (paired, enemy, home, context.theatre) if code and code not in attackers]  # the land of the war
        candidates = tuple(states) or tuple(fallback[:1]) or candidates
    if hit.victims == "civilian":  # civilians are no armed group's (but a breakaway republic's where they were hit):
        # people of the land it holds, even when that land's own state struck them ("a junta airstrike killed ten")
        for code in candidates:
            if code and code.startswith("X-") and code != located and code in _TERRITORY:
                return _TERRITORY[code]
            if code and (code not in attackers or (code == local and not _at_war_with_a_state(code, context))):
                return code  # not "civilians killed in heavy Pakistan firing": a state's fire hits the state it fights
    chosen = next((code for code in candidates if code and code not in attackers), None)
    if chosen and chosen.startswith("X-") and hit.victims == "unknown" and chosen not in {*order, theatre, local}:
        # people killed with no side told, in a war of a state and a group: rather the state's than the group's
        # ("a suicide bomber struck the clerics' gathering, killing seven people" on Afghanistan and the Taliban)
        states = (*context.belligerents, context.theatre)
        state = next((code for code in states if code and not code.startswith("X-") and code not in attackers), None)
        chosen = state or chosen
    return chosen or _beyond_attacker(attackers, hit, context)


# Fighting, not one side's strike, as what the dead died in or of: "died in clashes", "the infighting has killed".
_IN_FIGHTING_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:in|during|amid)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:fighting|clashes|infighting|battles|hostilities|skirmishes|gunfights|firefights)\b", re.IGNORECASE)
_FIGHTING_BEFORE = re.compile(r"\b(?:fighting|clashes|infighting|battles|hostilities|skirmishes)\b[^;.]{0,120}?"
                              r"\b(?:killed|left|claimed)\s+(?:up\s+to\s+|at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?$",
                              re.IGNORECASE)


def _between_states(context: SideContext) -> bool:
    """Whether the article's war is one of two states (in a civil war, people killed in fighting are the land's)."""
    return len(context.belligerents) == 2 and not any(code.startswith("X-") for code in context.belligerents)


def _fighting_toll(text: str, hit: Hit) -> bool:
    """Whether the count's people died in fighting between sides rather than in one side's attack."""
    return bool(_IN_FIGHTING_AFTER.match(text[hit.end :]) or _FIGHTING_BEFORE.search(text, max(0, hit.quantity.start - 160), hit.quantity.start))


def _at_war_with_a_state(side: str, context: SideContext) -> bool:
    """Whether `side`'s long-running war is with another state (India and Pakistan), not with an insurgency."""
    enemy = usual_opponent(side, context.published)
    return bool(enemy) and not enemy.startswith("X-")


def _struck_state(text: str, actors: Sequence[ActorMention], hit: Hit, attackers: set[str]) -> str | None:
    """The state an attacker's verb struck before the count, as its object ("Hamas attacked Israel ..., killing 1,200")."""
    for actor in actors:
        if actor.end > hit.quantity.start or actor.code in attackers or actor.kind not in {"state", "capital"}:
            continue
        if _STRUCK_BEFORE.search(text, max(0, actor.start - 30), actor.start):
            return actor.code
    return None


_STRUCK_BEFORE = re.compile(r"\b(?:attacked|invaded|struck|bombed|shelled|raided|targeted|hit)\s+(?:the\s+)?$", re.IGNORECASE)


def _targeted_group(text: str, actors: Sequence[ActorMention]) -> str | None:
    """The armed group an attack was aimed at ("a drone strike against PKK members", "raids on al-Shabab hideouts"),
    or an organisation's forces ("an assault on UN peacekeepers")."""
    for actor in actors:
        forces = _FORCES_AFTER.match(text, actor.end) or _FORCES_AFTER.search(text, actor.start, actor.end)  # "UN peacekeepers"
        aimed = actor.kind == "group" or (actor.kind == "organisation" and forces)
        if aimed and _TARGETING_BEFORE.search(text, max(0, actor.start - 40), actor.start):
            return actor.code
    return None


_TARGETING_BEFORE = re.compile(r"\b(?:strikes?|attacks?|raids?|assaults?|operations?|offensive|bombing|bombardment|victory|crackdown|campaign|encounter)"
                               r"\s+(?:against|on|targeting)\s+"
                               r"(?:suspected\s+|the\s+)?$", re.IGNORECASE)


def _fired_at(text: str, actors: Sequence[ActorMention], hit: Hit) -> str | None:
    """The side of the forces an attack was aimed at before the count ("opened fire at Israeli soldiers ..., wounding
    one soldier"): its victims are of that side."""
    for actor in reversed([a for a in actors if a.end <= hit.quantity.start and a.kind in STATE_KINDS]):
        if _AIMED_BEFORE.search(text, 0, actor.start) and _FORCES_AFTER.match(text, actor.end):
            return actor.code
    return None


# "Egypt and Qatar, key mediators in talks ...": a pair of go-betweens, not the sides of a joint toll.
_GO_BETWEENS = re.compile(r"(?:\s*(?:,|and)\s+(?-i:[A-Z])[\w’'-]*)*,\s+(?:the\s+)?(?:[\w-]+\s+)?(?:mediators|brokers|guarantors)\b", re.IGNORECASE)
_LATER_PARTICIPLE = re.compile(r";|,\s+(?!including\b|according\b)\w+ing\b")  # a later clause: its places are not the victims'"


def _victims_place(text: str, actors: Sequence[ActorMention], hit: Hit, attackers: set[str], preferred: frozenset[str],
                   known: frozenset[str]) -> str | None:
    """Where the victims were: a place in the relative clause of the count ("Hamas's attack, in which 1,200
    people were killed"), else the target named after the attacker ("the attack on southern Israel, in
    which ..."), else (when no attacker tells otherwise) the place named nearest the count."""
    # "... killed seven people on Sunday, shaking a truce held through talks in Kuwait": not a later participle's place
    later = _LATER_PARTICIPLE.search(text, hit.end)
    if later:
        text, actors = text[: later.start()], [actor for actor in actors if actor.end <= later.start()]
    relative = relative_clause_start(text, hit.quantity.start)
    if relative is None:
        # "strikes in Iraq after a bomb attack left 32 dead in the Turkish town of Suruc": the count's own clause
        openers = [match.end() for match in _SUBORDINATE.finditer(text, 0, hit.quantity.start)]
        own = _location(text, actors, hit.quantity.start, openers[-1], preferred, known) if openers else None
        return own or _location(text, actors, hit.quantity.start, preferred=preferred, known=known)
    inside = _location(text, actors, hit.quantity.start, relative, preferred, known)
    if inside or not attackers:
        return inside or _location(text, actors, hit.quantity.start, preferred=preferred, known=known)
    named = [actor.end for actor in actors if actor.code in attackers and actor.end <= relative]
    return _location(text[:relative], actors, hit.quantity.start, max(named), preferred, known) if named else None


def _pair_opponent(attackers: set[str], context: SideContext) -> str | None:
    """The other one of the article's main pair of belligerents when the attacker is one of them."""
    pair = set(context.belligerents)
    if len(attackers) == 1 and len(pair) == 2 and attackers <= pair and pair <= set(context.sides):
        return next(code for code in context.belligerents if code not in attackers)
    return None


def _beyond_attacker(attackers: set[str], hit: Hit, context: SideContext) -> str:
    """Only the attacker is named: its enemy in the article; civilians of a state that is the only one named
    were hit at home ("civilians killed in shelling by the army")."""
    states = {code for code in attackers if not code.startswith("X-")}
    if len(attackers) != 1:
        # "Sudan's RSF killed 200 civilians": civilians of the one state named among the attackers
        return next(iter(states)) if len(states) == 1 and hit.victims != "military" else "UNK"
    (attacker,) = attackers
    if hit.victims == "military":
        return _opponent(attacker, context) or usual_opponent(attacker, context.published) or "UNK"
    # civilians hit by a group are people of the land it fights in ("the RSF killed 60 civilians"), unknown when
    # no land is known ("gunmen killed three villagers"); a state's strikes hit the state it is at war with
    # ("Indian shelling kills five", "Russian strike kills 18"), else its own people
    if attacker.startswith("X-"):
        return _opponent(attacker, context) or _TERRITORY.get(attacker) or "UNK"
    enemy = usual_opponent(attacker, context.published)
    return _opponent(attacker, context) or (enemy if enemy and not enemy.startswith("X-") else None) or attacker


def article_theatre(sentences: Sequence[Sentence], actors: Sequence[Sequence[ActorMention]]) -> str | None:
    """The state the article most often names as where things happen ("in Syria", "near Aleppo", a dateline), not
    where envoys met ("talks in Doha", "met in Abu Dhabi")."""
    places: Counter[str] = Counter()
    for sentence, found in zip(sentences, actors):
        text = sentence.text
        filed = dateline_end(text)
        if filed:  # "MANILA, Philippines –": the state a story is filed from, weighed as three places named
            named = dict.fromkeys(place.code for place in (*find_actors(text[:filed]), *find_places(text[:filed])))  # in text order:
            places.update(3 * [code for code in named if not code.startswith("X-")])  # a tie in votes is broken the same way each run
        places.update(
            actor.code
            for actor in found
            if actor.kind in STATE_KINDS and actor.kind != "demonym" and placed(text, actor) and not _venue(text, actor.start)
        )
        places.update(place.code for place in find_places(text) if placed(text, place) and not _venue(text, place.start))
    return places.most_common(1)[0][0] if places else None


def _venue(text: str, start: int) -> bool:
    return _VENUE_BEFORE.search(text, max(0, start - 60), start) is not None


# A place named as where talks were held or envoys went: "talks on a ceasefire in Doha", "met in Abu Dhabi on Friday".
_VENUE_BEFORE = re.compile(
    r"\b(?:talks|met|meet|meets|meeting|negotiations?|negotiators|summit|conference|hosted|held|visit\w*|arrived|travel\w*|flew"
    r"|envoys?|delegations?|concluded|signed|brokered|mediated|sponsored|aegis|auspices)\b[^.;]{0,50}$",  # "the truce concluded in Moscow"
    re.IGNORECASE,
)

