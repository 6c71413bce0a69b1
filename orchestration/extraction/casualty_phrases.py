"""Casualty phrases in one sentence: each count read against the words around it.

A victim noun phrase and an outcome after the count ("50 Azerbaijani servicemen died"), an outcome right
after it ("Ten killed"), a verb before it ("shelling killed 12 troops"), a death toll ("the toll rose to 28"),
a part of a toll from another side ("including four Omani medics"). A lone singular victim ("a soldier was
killed", "Serviceman killed", "shot dead a Palestinian") counts as one. Victim nouns: data/victim_nouns.csv.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from orchestration.extraction.actors import STATE_KINDS, ActorMention, data_rows
from orchestration.extraction.dates import WEEKDAYS
from orchestration.extraction.gates import AnyOf, gated
from orchestration.extraction.numbers import Quantity, find_quantities

# --- Vocabulary --------------------------------------------------------------------------------


SIDE_KINDS = STATE_KINDS | {"group"}  # actor kinds that are belligerents


def _victim_vocabulary() -> dict[str, tuple[list[str], list[str]]]:
    """Singular and plural victim nouns per kind (military, civilian, unknown), from data/victim_nouns.csv."""
    kinds: dict[str, tuple[list[str], list[str]]] = {}
    for row in data_rows("victim_nouns.csv"):
        singular, plural = kinds.setdefault(row["kind"], ([], []))
        singular += [row["singular"]] if row["singular"] else []
        plural += [row["plural"]] if row["plural"] else []
    return kinds


_VICTIMS = _victim_vocabulary()
# Victim nouns only a state's forces are called by ("soldiers", "police"), never an armed group's fighters.
STATE_FORCES = re.compile(
    r"\b(?:" + "|".join(
        re.escape(word).replace(r"\ ", r"\s+")
        for row in data_rows("victim_nouns.csv") if row.get("force") == "state"
        for word in sorted({row["singular"], row["plural"]} - {""}, key=len, reverse=True)
    ) + r")\b",
    re.IGNORECASE,
)
# Nouns that modify "deaths" ("100 troop deaths", "civilian fatalities").
_DEATH_MODIFIERS = {"troop": "military", "military": "military", "soldier": "military", "civilian": "civilian"}
# How a victim was killed, after the victim: "shot dead", "hacked to death", "burned alive", "gunned down".
_KILLED_BY_MANNER = (
    r"(?:shot|beaten|burned|burnt|stabbed|hacked|bludgeoned|clubbed|crushed)\s+(?:dead|to\s+death)"
    r"|(?:burned|burnt)\s+alive|gunned\s+down|mowed\s+down|lynched"
)
_KILLED = (
    r"killed|dead|died|dies|die|deaths?|fatalit(?:y|ies)|slain|perished|martyred|executed|massacred|murdered|beheaded"
    r"|assassinated|neutrali[sz]ed|annihilated|liquidated|eliminated|(?:embraced|attained)\s+(?:martyrdom|shahadat)"
    r"|(?:were|was|have\s+been|had\s+been)\s+lost"  # "16 lives were lost"
    rf"|lost\s+(?:their|his|her)\s+li(?:ves|fe)|{_KILLED_BY_MANNER}"
)
_WOUNDED = (r"wounded|injured|hurt|maimed|injuries|(?:suffered|sustained|endured|received)\s+(?:\w+\s+){0,2}?(?:injur(?:y|ies)|wounds?)"
            r"|diagnosed\s+with\s+(?:\w+\s+){0,3}?(?:injur(?:y|ies)|concussions?)"  # "diagnosed with mild traumatic brain injury"
            r"|(?:rescued|hospitali[sz]ed|admitted|taken\s+to\s+hospital|evacuated)\s+with\s+(?:\w+\s+)?injur(?:y|ies)"  # "rescued with injuries"
            r"|(?:treated\s+)?for\s+(?:bullet|gunshot|shrapnel|blast|burn|stab)\s+(?:wounds|injuries)"  # "treated 30 people for bullet wounds"
            r"|treated\s+(?:in\s+(?:a\s+|the\s+)?hospitals?\s+)?for\s+(?:their\s+)?(?:wounds|injuries)")  # "83 people treated in hospital for wounds"
OUTCOME = rf"(?P<killed>{_KILLED})|(?P<wounded>{_WOUNDED})"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(set(words), key=len, reverse=True))


# A victim noun used as a modifier or possessor is none: "national guards", "police station", "the commander's sons".
_NOT_A_MODIFIER = (
    r"(?!['’]s\b|\s+(?:guards?|service|army|forces|police|team|security|assembly|council|station|sergeants?|officers?"
    r"|headquarters|chief|spokes(?:man|woman|person)|said|says|told"
    r"|fighters|troops|soldiers|members|commanders|leaders|workers|personnel|guides|volunteers"
    r"|groups?|movements?|factions?|outfits?|organi[sz]ations?|positions?|bases?|camps?|hideouts?)\b)"  # "militant fighters": the head noun
)


def _victim_nouns(*forms: int) -> str:
    """Victim nouns as one pattern with a named group per kind; `forms`: 0 singular, 1 plural."""
    groups = (
        rf"(?P<{kind}>\b(?:{_alternation([word for form in forms for word in pair[form]])})\b{_NOT_A_MODIFIER})"
        for kind, pair in _VICTIMS.items()
    )
    return "|".join(groups)


_ANY_VICTIM = gated(_victim_nouns(0, 1), re.IGNORECASE)
_SINGULAR_VICTIM = gated(_victim_nouns(0), re.IGNORECASE)
_VICTIM_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?" + _victim_nouns(0, 1), re.IGNORECASE)


def names_people(text: str, position: int) -> bool:
    """Whether a victim noun follows `position` (at most one word between): "Houthi fighters", "Hamas's armed men"."""
    return _VICTIM_NOUN_AFTER.match(text, position) is not None

# --- Reading a count ---------------------------------------------------------------------------

_STOP = (
    r"and|or|but|of|in|on|at|by|with|from|to|for|as|after|before|during|while|when|who|which|that|were|was|are|is"
    r"|be|been|being|have|has|had|will|would|could|may|might|said|says|say|reported|a|an|the|this|these|those"
    r"|their|its|his|her|per|than|each|every|since|over|including|among|amid|despite|near|across|into|under"
)
# Up to four modifiers between a count and its victim noun ("two more Ukrainian border guards"),
# never a lower-case plural noun ("30 drones and soldiers").
_MODIFIERS = (
    rf"(?:\s+(?!(?:{_STOP}|{_KILLED}|{_WOUNDED})\b)(?-i:(?![a-z][\w-]*[^su'’]s\b))(?:[\w'’.-]+|\((?-i:[A-Z][\w-]*)\))){{0,4}}?"
)
_NOUN_PHRASE = re.compile(
    rf"^[\"'’”]?(?:\s+of(?:\s+(?:its|their|his|her|our|the|(?-i:[A-Z][\w-]*(?:['’]s|['’]))))?(?:\s+own)?)?{_MODIFIERS}"
    rf"\s+[\"“‘']?(?P<noun>{_ANY_VICTIM.pattern})",  # killed 19 “terrorists”
    re.IGNORECASE,
)
_DEATHS_NOUN = re.compile(
    rf"^(?P<mods>{_MODIFIERS})\s+(?:(?P<kind>{'|'.join(_DEATH_MODIFIERS)})\s+)?"
    r"(?:deaths?|fatalit(?:y|ies)|(?P<bodies>(?:dead\s+)?bodies)|(?P<wounded>injur(?:y|ies)))\b",
    re.IGNORECASE,
)
# Whose bodies: "59 dead bodies of extremist terrorists".
_BODIES_OF = re.compile(rf"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_ANY_VICTIM.pattern})", re.IGNORECASE)
# Bodies found where an attack took place are its dead ("the bodies of eight missing soldiers have been found").
_RECOVERED = gated(r"\b(?:found|recovered|discovered|retrieved|pulled\s+from|unearthed)\b", re.IGNORECASE)
# Words between a victim noun and its outcome ("soldiers were reportedly killed", "others seriously wounded").
_LINK_WORDS = (
    r"who|that|have|has|had|having|were|was|are|is|been|being|be|reportedly|reported|also|later|allegedly|all|both"
    r"|confirmed|believed|feared|thought|said|to|left|found|now|known|first|more|seriously|severely|critically|lightly"
    r"|slightly|fatally|badly|mortally"
    r"|(?:could|may|might)\s+have"  # an estimate: "up to 160 people could have been killed" (not "could be killed")
)
# An aside between victims and outcome: "18 people, including five children, were killed".
_ASIDE = (
    r"(?:\s*,\s*(?:including|among\s+them|mostly|both|[\w-]+\s+of\s+(?:them|whom))\b[^,]{1,60},"  # "70 people, both soldiers and civilians,"
    r"|\s*[—–]\s*(?:including|among\s+them|mostly)\b[^—–]{1,60}[—–]"  # "28 people—mostly tourists—were killed"
    r"|\s+including(?:\s+[\w'’-]+){1,5}?(?=\s+(?:were|was|have|has|had|are|is)\s))?"  # "26 civilians including babies were"
)
# A participle phrase on the victims: "two soldiers serving with the UN force were killed".
_ALONG_WITH = r"(?:\s+(?:along|together)\s+with(?:\s+[\w'’-]+){1,5}?(?=\s+(?:were|was|have|has|had|are|is)\s))?"  # "75 troops along with a number of civilians were"
_SERVING = r"(?:\s+(?:serving|fighting|stationed|deployed|based|working)\s+(?:with|in|at|for|on|near)\b[^,;.]{0,40}?)?"
# A short phrase on the victims: "one resident in the town of Velm was killed", "people of many nationalities".
_PLACE_PHRASE = (
    r"(?:\s+(?:in|of|from|at|near|inside|aboard)(?:\s+(?!(?:said|says|told|say|was|were|had|has|have|is|are|and)\b)[^\W\d][\w'’-]*)"
    r"{1,5}?(?:\s+\((?-i:[A-Z][\w-]*)\))?)?"  # "of the New People's Army (NPA)"
)
# A name after a singular noun: "the group's leader Ivan Petrov was killed", "a medic, Anna Ross, died".
_NAMED_APPOSITION = re.compile(r"\s*,\s*(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:was\s+|had\s+been\s+)?(?:killed|died|shot\s+dead)\b")
_NAME_AFTER = (
    r"(?:(?-i:\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)(?=\s*,?\s+(?:was|has|had|is|who|assassinated|killed|died)\b)"
    r"|\s*,\s*(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),"
    r"|\s+(?:named|called|identified\s+as)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"  # "a boy named Ali Khan was killed"
    r"|\s*,\s*(?:aged\s+)?\d{1,3}(?:\s+and\s+\d{1,3})?\s*,)?"  # "A man, 85, was killed": an age
)
_SMALL_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "a corporal and 10 other soldiers": one named alone plus the others counted
_ONE_AND_BEFORE = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+and\s+$", re.IGNORECASE)
_OTHER_AFTER = re.compile(r"\s+other\b", re.IGNORECASE)
_AND_OTHERS_AFTER = re.compile(r"\s+and\s+(?:\d[\d,]*|" + _SMALL_NUMBER + r")\s+other\b", re.IGNORECASE)
# A second noun sharing the count, or the outcome: "12 women and children were killed", "40 children and 11 adults
# were killed" (the second count is read on its own).
_AND_NOUN = (
    r"(?:\s+(?:and|or|&)\s+(?:(?:\d[\d,]*|" + _SMALL_NUMBER + r")\s+)?(?:\w+\s+)?(?:other\s+)?"
    rf"(?:{_alternation([word for _, plural in _VICTIMS.values() for word in plural])})\b)?"
)
_OUTCOME_AFTER = re.compile(
    rf"^[\"'’”]?{_AND_NOUN}{_NAME_AFTER}{_ASIDE}{_SERVING}{_PLACE_PHRASE}{_ALONG_WITH}(?:\s*,)?(?:(?:\s+|(?<=[—–]))(?:{_LINK_WORDS})\b)*"
    r"(?:\s+(?:ambushed|attacked|abducted|kidnapped|stabbed|tortured)(?:\s*,|\s+and))?"  # "police director ambushed, killed"
    rf"\s*(?:among\s+(?:the\s+|those\s+)?(?:(?:hundreds|dozens|scores|thousands)\s+of\s+)?)?[\"“‘']?\b(?:{OUTCOME})\b",  # were "neutralized"
    re.IGNORECASE,
)
# "killed or wounded", "died or went missing": a mixed count that names no single outcome.
_MIXED = re.compile(
    r"^\s+(?:or|and)\s+(?:(?:went|were|was|are|got|have\s+been)\s+)?"
    r"(?:killed|dead|died|wounded|injured|hurt|missing|captured)\b"
    r"(?!\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|over\s+|another\s+)?"  # "dead and injured 27": two claims
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\b))",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?:(?P<killed>killing|killed|kill|kills|(?:claim(?:s|ed|ing)?|takes?|took|taking)\s+(?:the\s+)?lives\s+of"
    r"|(?:the\s+)?(?:tragic\s+)?loss\s+of"  # "resulted in the tragic loss of at least 23 lives"
    r"|(?:the\s+)?deaths?\s+of|(?:the\s+)?(?:martyrdom|shahadat)\s+of|(?:the\s+)?(?:killings?|murders?|massacres?|slaughter|elimination|neutrali[sz]ation|liquidation)\s+of|annihilated|assassinated|assassinating|eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing"
    r"|massacred|massacring|slaughtered|slaughtering|executed|executing|butchered|butchering|beheaded|beheading|slew"
    r"|(?<=\battack\s)claims|(?<=\bblast\s)claims|(?<=\bstrike\s)claims|(?<=\bbombing\s)claims"  # "ADF attack claims 16 lives"
    r"|lynched|lynching|hacked\s+to\s+death|hacking\s+to\s+death|stabbed\s+to\s+death|burned\s+to\s+death|burnt\s+to\s+death"
    r"|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|shot\s+and\s+killed)|(?P<wounded>wounding|wounded|wound|wounds|injuring|injured|injure|injures|injur(?:y|ies)\s+to|(?:the\s+)?(?:wounding|injuring)\s+of))"
    r"[\"'’”]?(?:\s+all|\s+another)?(?:\s+the)?"  # "butchered (all) the ten people inside", "killed all 12 soldiers", "wounding another three"
    r"(?:\s+what\s+(?:[\w'’-]+\s+){1,3}?(?:said|says|claimed|claims|called|calls|described\s+as)\s+(?:were|was))?"  # "killed what it said were 100 loyalists"
    r"\s+$",
    re.IGNORECASE,
)
_TOLL_BEFORE = re.compile(
    r"(?:(?<!casualty\s)\b(?:death\s+)?toll|\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|fatalities|(?P<hurt>injured|wounded|injuries))"
    # "the number of civilians massacred", "the number of Ukrainian soldiers killed" (whose: see `_TOLL_OF`)
    r"|\bnumber\s+of\s+(?:[\w-]+\s+)?(?:" + _ANY_VICTIM.pattern + r")\s+(?:killed|massacred|slain|murdered)"
    r"|\bput\s+(?:the|its|their)\s+(?:number|figure|tally))\b"  # "al-Shabaab put the number at 15"
    r"(?:\s+[\w'’-]+){0,24}?"
    r"\s+(?:to|at|of|reache[sd]|hits?|pass(?:ed|es)|tops|topped|exceed(?:ed|s)|surpass(?:ed|es)|cross(?:ed|es)|is|was|stands\s+at|stood\s+at"
    r"|as\s+high\s+as)\s+$",  # "put the death toll as high as 37"
    re.IGNORECASE,
)
# Whose toll it is: "the civilian death toll stands at seven", "the toll amongst the militants stands at 36", "put the
# number of soldiers killed at nine".
_TOLL_OF = re.compile(
    rf"\b(?:(?P<kind>{'|'.join(_DEATH_MODIFIERS)})\s+(?:death\s+)?toll|\b(?:toll\s+(?:among|amongst|of)|number\s+of)\s+"
    rf"(?P<noun>(?:the\s+)?(?:[\w-]+\s+)?(?:{_ANY_VICTIM.pattern})))"
    r"\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
# "The enemy lost 200 soldiers", "Russia has lost 40 troops": the subject owns the losses.
_LOST_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:enemy|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|(?:[A-Z][\w'’-]*\s+)?(?i:forces|troops|army|military|government|side|rebels|militants|group|we))"
    r"\s+(?:(?:has|have|had)\s+)?(?:lost|(?i:admitted|acknowledged|confirmed|announced|reported)\s+the\s+loss(?:es)?\s+of)\s+$"
)  # "the Azerbaijani side has admitted the loss of 31 fighters": its own
# Bodies handed back in an exchange: deaths over an unknown period.
_EXCHANGE = gated(r"\b(?:repatriat|exchang|swap|handed\s+over|hand\s+over|returned|received)\w*", re.IGNORECASE)
_REMAINS_BEFORE = re.compile(r"(?P<killed>\b(?:bodies|remains)\s+of)\s+$", re.IGNORECASE)
# What may follow a bare count after a verb: punctuation, the end, or a function word (not a noun: "killed 12 km").
_BARE_END = re.compile(
    rf"^(?:\s*(?:[,.;:!?)\"'’”—–-]|$)|\s+(?:{_STOP}|overnight|yesterday|today|last|earlier|so|more|others)\b)",
    re.IGNORECASE,
)
_FAMILY_OF = re.compile(r"\b(?:an?|one)\s+(?:(?:entire|whole|extended)\s+)?family\s+of\s+$", re.IGNORECASE)  # "a family of seven"
_SUBSET_AFTER = re.compile(r"^\s+of\s+(?:them|whom|those|the\s+(?:dead|victims|killed|wounded|injured))\b", re.I)
# "no one", "aged 19", "including five children" (a part of a count already made).
# "including women, children, and 160 soldiers"; "the dead include seven soldiers, eight attackers and two others"
# "the toll rose to 311 -- 183 from HTS, 100 soldiers and pro-government forces, as well as 28 civilians"
# Items of one word after "including" ("including seven civilians, and more than 200 wounded" opens a new claim);
# whole phrases after "the dead include" or a dash.
_PART_BEFORE = gated(r"(?:\b(?:including|among\s+them)\s+(?:[\w-]+\s*,\s*){0,4}"
                          # "including 10 Abu Sayyaf bandits and two soldiers": the second part of two
                          r"|\b(?:including|among\s+them)\s+\d[\d,]*(?:\s+(?!(?:were|was|are|is|had|have|been|killed|dead|died|wounded|injured)\b)[\w'’-]+){1,4}?"
                          r"\s+(?=(?:and|as\s+well\s+as)\s+(?:the\s+)?$)"
                          r"|(?:\b(?:(?:the\s+)?(?:dead|victims|killed)\s+(?:include[sd]?|were|are)|among\s+the\s+(?:dead|victims)\s+(?:were|are))"
                          r"|\d(?:\s+[\w-]+){0,3}?\s*(?:--|[—–:]))"
                          r"\s+(?:[\w-]+(?:\s+[\w-]+){0,5}\s*,\s*){0,4})(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?$", re.IGNORECASE)
_ACROSS_PLACES = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:province|region|country|state|district|north|south|east|west)"
                            r"|\b(?:multiple|several|separate|series\s+of|wave\s+of|coordinated)\s+(?:[\w-]+\s+)?(?:attacks|incidents|strikes|blasts|bombings)\b",
                            re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
_OWN_INCIDENT_AFTER = re.compile(r"\s+(?:who\s+(?:were|was)\s+)?(?:killed|shot\s+dead|died)\s+(?:when|as|while)\b", re.IGNORECASE)
_THE_DEAD = re.compile(r"\b(?:dead|victims|killed)\b", re.IGNORECASE)
# The attackers counted among a toll are another side than their victims: "including the three gunmen".
_ATTACKER_NOUN = re.compile(r"\b(?:attackers?|perpetrators?|assailants?|raiders?|gunm[ae]n|(?:suicide\s+)?bombers?)\b", re.I)
_TAKEN_BEFORE = re.compile(r"\b(?:took|take|takes|taken|taking)\s+$", re.IGNORECASE)  # "took hostage", "taken prisoner"
_HELD_AFTER = re.compile(r"^\s+(?:hostages|captives|prisoners|detainees|bodies)\b", re.IGNORECASE)
_NO_COUNT_BEFORE = re.compile(r"\b(?:no|not|aged?|number|no\.|including|among\s+them)\s+$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:\b(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|person|teenagers?|mother|father|sons?|daughters?|grandmother"
                         r"|grandfather)|(?-i:[A-Z])[\w'’-]+)\s*,\s*(?:\d{1,3}\s+and\s+)?$", re.IGNORECASE)
_ALL_THE_BEFORE = re.compile(r"(?:^|[.;:,]\s*)[\"“]?(?:all|the|those)\s+(?:the\s+)?$", re.IGNORECASE)
_COUNTED_THEN_TOLD = re.compile(r"^\s+(?:wounded|injured|dead|killed)\b[^.;]{0,40}?\b(?:were|was|are|have|had)\s+"
                                r"(?!(?:been\s+|also\s+)?(?:killed|wounded|injured|dead)\b)", re.IGNORECASE)
# "30 killed a day", not "30 wounded during a day of clashes" (one day's toll)
_RATE_AFTER = re.compile(r"^\s+(?:(?!(?:during|in|within|over|for)\s)\w+\s+){0,3}?(?:a|per|every|each)\s+(?:day|week|month|year)\b(?!\s+of\b)",
                         re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|(?-i:may)|will|threaten(?:s|ed)?\s+to|risk(?:s|ing)?|aim(?:s|ed)?\s+to|try\s+to|if)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Where a clause of its own opens: the reporter's forces before it did not do what it tells.
_SUBORDINATE = re.compile(r";|\b(?:that|which|who|after|before|when|while)\b", re.IGNORECASE)
# The reporter's own forces did the killing: "its troops killed 45 fighters", "it had killed".
_OWN_AGENT = re.compile(
    r"\b(?:(?:its|our|their)\s+(?:own\s+)?(?:forces|troops|army|units|military|soldiers|fighters|drones|strikes"
    r"|artillery|aircraft|jets|air\s+force|navy)\b|(?:it|we|they)\s+(?:had\s+|has\s+|have\s+)?[\"“‘']?$)",  # it had “neutralized”
    re.IGNORECASE,
)
_ANOTHER = gated(r"\banother\b", re.IGNORECASE)
_OTHERS = re.compile(r"others", re.IGNORECASE)
# A word after a group's name that makes the name a modifier ("30 Hamas rockets", "12 PKK positions"), not the people.
_NOUN_AFTER_NAME = re.compile(r"[\s-]+(?!(?:and|or|in|on|at|near|during|after|before|from|who|were|was|had|have|are|is|by|as|when|while|since|across|inside|outside|along|around|over)\b)[a-z]")
_BEFORE_PEOPLE = re.compile(r"\s+(?:(?:more|other|additional|further)\s+)?", re.IGNORECASE)
_MODIFIERS_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?:(?!(?:{_STOP}|{_KILLED}|{_WOUNDED}|kills?|killing|wounds|wounding|injures|injuring|reports?|says|claims?"
    r"|claimed|confirm(?:s|ed))\b)"
    r"[\w'’.-]+\s+){1,3}$",
    re.IGNORECASE,
)
# "..., regional governor Oleh Syniehubov said"; "..., an ethnic rebel group and local media said"
_SPEAKS_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’.-]+){0,4}(?:\s+and\s+(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)?"
                           r"\s+(?:said|says|told|added|wrote|reported|confirmed)\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|his|her|its|their|our|my|your|whose|every|each|no|any|which|what)\s+$", re.I
)
_COUNTED_BEFORE = re.compile(rf"\b(?:the|these|those)\s+(?:{_KILLED}|{_WOUNDED})\s+$", re.IGNORECASE)
# An outcome noun after a singular victim is no claim ("the soldier's injuries"), unless suffered.
_NOUN_OUTCOME = re.compile(r"^(?!.*\b(?:suffered|sustained)\b).*(?:deaths?|fatalities|injuries)$", re.IGNORECASE | re.DOTALL)
# An active killing verb with its object after it makes the noun before it the killer, not a victim:
# "a gunman killed five people", "two soldiers shot dead a suspect" (passives carry a form of "be").
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|left|found)\b", re.IGNORECASE)
_TRANSITIVE = re.compile(
    rf"(?:killed|executed|massacred|murdered|beheaded|assassinated|wounded|injured|hurt|maimed|{_KILLED_BY_MANNER})$",
    re.IGNORECASE,
)
_OBJECT_AFTER = re.compile(
    r"^\s+(?!(?:the|this|that|last)\s+(?:day|days|week|weekend|night|morning|evening|afternoon|previous|following)\b)"
    r"(?:at\s+least\s+|more\s+than\s+|up\s+to\s+|some\s+|about\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:\d[\d,]*(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?)\b)|an?|the|his|her|their|its|several|dozens"
    r"|scores|hundreds|thousands|others|many|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b",
    re.IGNORECASE,
)


def _names_the_killer(outcome: re.Match[str], rest: str) -> bool:
    """Whether the matched outcome is an active verb with an object: the noun before it acted."""
    said = outcome.group(0)
    return (
        not _PASSIVE.search(said)
        and bool(_TRANSITIVE.search(said))
        and bool(_OBJECT_AFTER.match(rest[outcome.end() :]))
    )


# Lists: "two troops, one civilian killed" (the outcome comes later); "one killed, 17 wounded" (victims before).
_ARTICLE_BEFORE = re.compile(r"\ban?\s+(?:(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)-year-old\s+|(?:young|elderly|teenage)\s+)?$", re.IGNORECASE)
# What may follow a demonym used as a noun: punctuation, the end, or a function word ("a Palestinian who").
_PERSON_END = re.compile(
    r"^(?:\s*(?:[,.;:!?)\"'’”—–]|$)|\s+(?:who|was|were|is|has|had|died|killed|wounded|injured|and|in|near|at|on"
    r"|after|during|by|from|when|while)\b)",
    re.IGNORECASE,
)
_VERB_THEN_OTHERS = re.compile(r"^\s*,?\s*and\s+(?:killing|killed|wounding|wounded|injuring|injured|injur(?:y|ies)\s+to)\s+$", re.IGNORECASE)
_LIST_TAIL = re.compile(r"(?:,|\band)\s*$", re.IGNORECASE)  # the last item of a list: "..., and four of his sons"
# An outcome, then its companions: "were killed along with eight workers", "died alongside two medics".
_OUTCOME_ALONG_WITH = re.compile(rf"\b(?:{OUTCOME})\s*,?\s+(?:(?:along|together)\s+with|alongside|as\s+well\s+as)\s+$", re.IGNORECASE)
_ALONG_ENDS = ("with", "alongside", "as well as")
# A toll split by day: "killed 92 militants on Saturday and 41 on Friday" (the second count is the first's kind).
_DAY = rf"(?:on\s+(?:{'|'.join(WEEKDAYS)})|yesterday|overnight)"
_DAY_AFTER = re.compile(rf"\s+{_DAY}\b", re.IGNORECASE)
_DAY_GAP = re.compile(rf"(?:\s+(?:in|near|at)(?:\s+[\w'’-]+){{1,3}}?)?\s+{_DAY},?\s+and\s+$", re.IGNORECASE)  # "in Kharkiv on Monday and"
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)
_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)$", re.IGNORECASE)
# "two soldiers of the Philippine Army and 13 militants", "14 members of a volunteer militia and four soldiers"
_OWNER_THEN_LIST = re.compile(r"(?P<owner>\s+(?:of|from)\s+(?:(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}"
                              r"|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:militia|group|unit|battalion|brigade|force|gang|faction|family|clan|patrol)))"
                              r"(?=\s*,?\s+and\s)")
_OWNER_THEN_AND = re.compile(r"^\s+(?:from|of)\s+[^,;.]{1,60}?\s+and\s+$", re.IGNORECASE)
_INHERIT = re.compile(
    rf"^[\"'’”]?(?:\s+(?:{_LINK_WORDS})\b)*\s*(?:{_KILLED}|{_WOUNDED})?[\"'’”]?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)$",
    re.IGNORECASE,
)

# --- What is not a conflict casualty claim -----------------------------------------------------

_NON_CONFLICT = gated(
    r"\b(?:accident(?:al|ally|s)?|crash(?:ed|es)?|flood(?:s|ing|ed)?|earthquake|quake|storms?|hurricane|typhoon"
    r"|cyclone|tornado|landslides?|avalanche|wildfires?|heat\s?wave|diseases?|illness|epidemic|pandemic|outbreak"
    r"|(?:hunger|starvation|malnutrition|famine|diarrho?ea|malaria|measles)(?![-‑])"  # not "famine-hit Darfur"
    r"|cholera|covid(?:-19)?|coronavirus|drown(?:ed|ing)?|traffic|stampede|overdose|natural\s+causes|heart\s+attack"
    r"|poison(?:ed|ing)|contaminated|hypothermia|electrocuted|(?:in|during)\s+training|training\s+exercise"
    r"|migrat\w*|shipwreck|capsized|(?:school|mass|campus|church|mall)\s+shootings?|shooting\s+spree)\b",  # crime, not war
    re.IGNORECASE,
)
# Words of armed violence: a sentence with one speaks of the conflict whatever was said before it.
_VIOLENCE = gated(
    r"\b(?:attack\w*|strikes?|airstrikes?|struck|shell\w*|bomb\w*|fight\w*|fought|clash\w*|gun\w*|shot|shoot\w*|raids?"
    r"|ambush\w*|militants?|rebels?|troops|soldiers|forces|war|armed|missiles?|drones?|rockets?|massacre\w*|peacekeepers?"
    r"|(?:under|open(?:ed)?|heavy|sniper|artillery|mortar)\s+fire|blasts?|explosions?|wounds|combat|battles?|hostilities)\b",
    re.IGNORECASE,
)
_DIED = re.compile(r"\b(?:died|dies|passed\s+away)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:,]|\s[-–—]\s")


def names_a_disaster(text: str) -> bool:
    """Whether a sentence tells of deaths that are no conflict's: a quake, a flood, an epidemic, an accident."""
    return _NON_CONFLICT.search(text) is not None


def names_violence(text: str) -> bool:
    return _VIOLENCE.search(text) is not None



@dataclass(frozen=True)
class Hit:
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
    label: tuple[int, int] | None = None  # the victim phrase of the list item it continues ("and another injured")

    @property
    def begin(self) -> int:
        return self.quantity.start if self.start is None else self.start


# --- Reading one sentence ----------------------------------------------------------------------


def _outcome(match: re.Match[str]) -> str:
    """Killed or wounded; "fatally wounded" and "mortally injured" are deaths."""
    return "killed" if match.group("killed") or _FATALLY.search(match.group(0)) else "wounded"


_FATALLY = re.compile(r"\b(?:fatally|mortally)\s+(?:wounded|injured|hurt)", re.IGNORECASE)


def _victim_kind(match: re.Match[str]) -> str:
    return next(kind for kind in _VICTIMS if match.group(kind))


def _found_dead(text: str) -> bool:
    """Bodies found after violence: "the bodies of eight soldiers were found after the attack" (not a drifting boat's)."""
    lowered = text.lower()
    return _RECOVERED.search(text) is not None and "bodies" in lowered and (_VIOLENCE.search(text) is not None or "killed" in lowered)


def _verb_before(text: str, before: str) -> re.Match[str] | None:
    """A killing or wounding verb right before a count; "the bodies of" too when bodies are exchanged."""
    exchanged = (_EXCHANGE.search(text) or _found_dead(text)) and _REMAINS_BEFORE.search(before)
    return exchanged or _VERB_BEFORE.search(before)


def _active_verb(text: str, before: str) -> tuple[re.Match[str] | None, bool]:
    """The verb before a count unless it is hypothetical ("could kill 50"), and whether the reporter's own
    forces are its subject."""
    verb = _verb_before(text, before)
    if verb is None or _HYPOTHETICAL.search(before[: verb.start()]):
        return None, False
    opening = [match.end() for match in _SUBORDINATE.finditer(before, 0, verb.start())]  # "after an attack that killed"
    return verb, _OWN_AGENT.search(before, opening[-1] if opening else 0, verb.start()) is not None


def _people_phrase(text: str, quantity: Quantity, peoples: Sequence[ActorMention]) -> tuple[str | None, str] | None:
    """The victim phrase right after a count: (victims, phrase); a plural demonym ("27 Palestinians") too.

    "others" names no victims of its own: they come from the list it continues.
    """
    phrase = _NOUN_PHRASE.match(text[quantity.end :])
    if phrase:
        return (None if _OTHERS.fullmatch(phrase.group("noun")) else _victim_kind(phrase)), phrase.group(0)
    shared = _SHARED_NOUN.match(text, quantity.end)  # "nine Afghan and 58 Pakistani soldiers": "soldiers" is both counts'
    if shared and any(p.kind == "demonym" and p.start == shared.start("people") for p in peoples):
        return _victim_kind(shared), text[quantity.end : shared.end("people")]
    for people in peoples:
        gap = text[quantity.end : people.start]
        # "27 Palestinians", "1,200 Lebanese"
        if people.kind == "demonym" and people.text.endswith(("s", "ese")) and _BEFORE_PEOPLE.fullmatch(gap):
            return "unknown", text[quantity.end : people.end]
        if quantity.count == 1 and people.kind == "demonym" and _BEFORE_PEOPLE.fullmatch(gap) and _PERSON_END.match(text[people.end :]):
            return "unknown", text[quantity.end : people.end]  # "and one Azerbaijani wounded"
        if people.kind == "group" and _BEFORE_PEOPLE.fullmatch(gap) and not _NOUN_AFTER_NAME.match(text, people.end):
            return "military", text[quantity.end : people.end]  # "31 Naxalites", "20 Houthis", "30 Taliban": its fighters
    return None


_SHARED_NOUN = re.compile(
    rf"\s+(?P<people>(?-i:[A-Z])[\w-]+)\s+(?:and|or)\s+(?:\d[\d,]*|{_SMALL_NUMBER})\s+(?-i:[A-Z])[\w-]+\s+(?P<noun>{_ANY_VICTIM.pattern})",
    re.IGNORECASE,
)


def _read_quantity(text: str, quantity: Quantity, peoples: Sequence[ActorMention]) -> Hit | None:
    """Read one count against the words before and after it."""
    before, after = text[: quantity.start], text[quantity.end :]
    if _SUBSET_AFTER.match(after) or _RATE_AFTER.match(after):
        return None
    one_more = _ONE_AND_BEFORE.search(before) if _OTHER_AFTER.match(after) and quantity.count is not None else None
    if one_more:  # "a corporal and 10 other soldiers died": eleven
        quantity = replace(quantity, count=quantity.count + 1, start=one_more.start(), text=text[one_more.start() : quantity.end])
        before = text[: quantity.start]
    phrase = _people_phrase(text, quantity, peoples)
    family = _FAMILY_OF.search(before) if phrase is None and _BARE_END.match(after) else None
    if family:  # "killed a family of seven": seven people, their count after the noun
        quantity = replace(quantity, start=family.start(), text=text[family.start() : quantity.end])
        before, phrase = text[: quantity.start], ("civilian", "")
    part = _PART_BEFORE.search(text, 0, quantity.start)
    if part:
        # "40 people were hurt, including four Ruritanian medics", "89 fighters died, including 52 rebels and 37
        # soldiers": a part of the toll is a claim of its own when it names a side or counts fighters or attackers;
        # "including five children" only details the toll
        end = quantity.end + len(phrase[1]) if phrase else quantity.end
        labelled = phrase and any(quantity.end <= p.start and p.end <= end and p.kind in SIDE_KINDS for p in peoples)
        own_incident = _OWN_INCIDENT_AFTER.match(text, end)  # "among the dead were seven people killed when a convoy was ambushed"
        own_incident = own_incident or (_ACROSS_PLACES.search(before) and _PLACE_AFTER.match(text, end))  # "40 dead across the
        # province, including 23 passengers in Musakhail": a toll of several places, each place's its own claim
        if not (labelled or own_incident or (phrase and (phrase[0] == "military" or _ATTACKER_NOUN.search(phrase[1])))):
            return None
        outcome = "killed" if _THE_DEAD.search(part.group(0)) else None  # "the dead include": the part's outcome is told
        return Hit(quantity, "casualty.part_of_toll", outcome, phrase[0], phrase[1], end)
    if _NO_COUNT_BEFORE.search(before) or (_ALL_THE_BEFORE.search(before) and _COUNTED_THEN_TOLD.match(after)):
        return None  # "All 15 wounded were evacuated": the people a claim counted, told about again
    if _AGE_BEFORE.search(before) and after.startswith(",") and (quantity.count or 0) < 120:
        return None  # "A man, 85, was killed", "Ahmed Ali, 34, died": an age
    if phrase:
        return _read_victim_phrase(text, quantity, *phrase)
    deaths = _DEATHS_NOUN.match(after)
    if deaths and _DETERMINER_BEFORE.search(before) and not before.rstrip().lower().endswith("that"):
        return None  # "the two deaths": counted already (not "said that 59 bodies")
    if deaths and (not deaths.group("bodies") or _EXCHANGE.search(text) or _found_dead(text)):
        victims = _DEATH_MODIFIERS.get((deaths.group("kind") or "").lower(), "unknown")
        outcome = "wounded" if deaths.group("wounded") else "killed"
        end, phrase = quantity.end + deaths.end(), deaths.group("mods")
        owner = _BODIES_OF.match(text, end) if deaths.group("bodies") else None
        if owner:  # "59 dead bodies of extremist terrorists"
            victims, phrase, end = _victim_kind(owner), owner.group(0), owner.end()
        return Hit(quantity, "casualty.count_deaths", outcome, victims, phrase, end)
    outcome = _OUTCOME_AFTER.match(after)
    if outcome and _HELD_AFTER.match(after[outcome.end() :]):
        return None  # "28 dead hostages", "the bodies of 11 dead captives": held, not killed in an attack
    if outcome and not _MIXED.match(after[outcome.end() :]):
        described = _NOUN_PHRASE.match(after[outcome.end() :])  # "1,000 killed soldiers"
        if described:
            end = quantity.end + outcome.end() + described.end()
            victims = _victim_kind(described)
            return Hit(quantity, "casualty.count_outcome", _outcome(outcome), victims, described.group(0), end)
        return Hit(quantity, "casualty.count_outcome", _outcome(outcome), *(_enemy(outcome.group(0)) or _whose_toll(before)), quantity.end)
    if not _BARE_END.match(after) or _is_year(quantity):
        return None
    verb, by_own = _active_verb(text, before)
    if verb:
        return Hit(
            quantity, "casualty.verb_before_count", _outcome(verb), *(_enemy(verb.group(0)) or (None, "")), quantity.end, by_own=by_own,
            verb_at=verb.start(),
        )
    if _DAY_AFTER.match(after) and _DAY_GAP.search(before, max(0, quantity.start - 40)):
        return Hit(quantity, "casualty.day_split", None, None, "", quantity.end)  # "92 militants on Saturday and 41 on Friday"
    toll = _TOLL_BEFORE.search(before)
    if toll and quantity.count is not None:  # "the number of injured had risen to 117": a toll of the wounded
        victims, phrase = _whose_toll(before)
        return Hit(quantity, "casualty.death_toll", "wounded" if toll.group("hurt") else "killed", victims, phrase, quantity.end)
    return None


def _enemy(verb: str) -> tuple[str, str] | None:
    """Victims no noun names, told by a verb only used of enemy fighters ("three were neutralized", "eliminated
    six"): fighters, the verb their phrase (it tells the side, see `casualty_sides`)."""
    found = _ENEMY_VERB.search(verb)
    return ("military", found.group(0)) if found else None


# Verbs used only of enemy fighters' deaths (casualty_sides reads them in a victim phrase as insurgents).
ENEMY_VERBS = r"neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|liquidat(?:ed|ing)|annihilat(?:ed|ing)"
_ENEMY_VERB = re.compile(rf"\b(?:{ENEMY_VERBS})\b", re.IGNORECASE)


def _whose_toll(before: str) -> tuple[str | None, str]:
    """The victims a toll names before its count: "the civilian death toll" (civilians), "the toll amongst the
    militants" (their phrase, which tells the side)."""
    whose = _TOLL_OF.search(before)
    if whose is None:
        return None, ""
    if whose.group("kind"):
        return _DEATH_MODIFIERS[whose.group("kind").lower()], ""
    noun = _ANY_VICTIM.search(whose.group("noun"))
    return (_victim_kind(noun), whose.group("noun")) if noun else (None, "")


def _read_victim_phrase(text: str, quantity: Quantity, victims: str | None, phrase: str) -> Hit | None:
    """A count with its victim noun: the outcome follows, a verb precedes, or a coordinated item supplies it."""
    end = quantity.end + len(phrase)
    before, rest = text[: quantity.start], text[end:]
    outcome = _OUTCOME_AFTER.match(rest)
    lost = _LOST_BEFORE.search(before)
    verb, by_own = (None, False) if lost else _active_verb(text, before)
    if outcome and not (verb and _names_the_killer(outcome, rest)):  # "killed 602 soldiers, wounded 430": the verb's
        if _MIXED.match(rest[outcome.end() :]) or _names_the_killer(outcome, rest):
            return None
        return Hit(quantity, "casualty.count_before_victims", _outcome(outcome), victims, phrase, end)
    if verb:
        return Hit(
            quantity, "casualty.verb_before_count", _outcome(verb), victims, phrase, end, by_own=by_own,
            verb_at=verb.start(),
        )
    if lost and victims in {"military", "unknown"}:
        return Hit(quantity, "casualty.lost_count", "killed", victims, text[lost.start() : end], end, lost.start())
    toll = _TOLL_BEFORE.search(before) if quantity.count is not None else None
    if toll:  # "the death toll rose to 61 people", "the toll stands at 12 soldiers"
        return Hit(quantity, "casualty.death_toll", "wounded" if toll.group("hurt") else "killed", victims, phrase, end)
    along = _OUTCOME_ALONG_WITH.search(before, max(0, len(before) - 60)) if before.rstrip().endswith(_ALONG_ENDS) else None
    if along:  # "40 civilians were killed along with eight workers": the companions share the outcome
        return Hit(quantity, "casualty.killed_along_with", _outcome(along), victims, phrase, end)
    if _COORDINATED.match(rest) or _LIST_TAIL.search(before):
        return Hit(quantity, "casualty.coordinated", None, victims, phrase, end)
    owner = _OWNER_THEN_LIST.match(rest)  # "two soldiers of the Philippine Army and 13 militants were killed"
    if owner:
        return Hit(quantity, "casualty.coordinated", None, victims, phrase + owner.group("owner"), end + len(owner.group("owner")))
    return None


def _read_single(
    text: str, noun_start: int, noun_end: int, victims: str, quantities: Sequence[Quantity]
) -> Hit | None:
    """A singular victim without a number ("a soldier was killed", "Serviceman killed") is one person."""
    if _TAKEN_BEFORE.search(text, max(0, noun_start - 12), noun_start):
        return None  # "took hostage another 250": a verb's idiom, no person
    modifiers = _MODIFIERS_BEFORE.search(text[:noun_start])
    start = modifiers.start() if modifiers else noun_start
    if any(start - 1 <= quantity.end <= noun_start for quantity in quantities):
        return None  # "one soldier": the count reads it
    if _SPEAKS_AFTER.match(text, noun_end):
        return None  # "..., regional governor Oleh Syniehubov said": who tells the toll, not a victim
    if _AND_OTHERS_AFTER.match(text, noun_end):
        return None  # "a corporal and 10 other soldiers": the count after reads both
    named = _NAMED_APPOSITION.match(text, noun_end)  # "the soldier, Vanik Ghazarian, died": one person, named
    if (_DETERMINER_BEFORE.search(text[:start]) and not named) or _COUNTED_BEFORE.search(text[:start]):
        return None  # "the soldier", "the dead man": someone already counted
    article = re.search(r"\ban?\s+$", text[:start], re.IGNORECASE)
    start = article.start() if article else start
    if _PART_BEFORE.search(text, 0, start):
        return None  # "12 people, including a child, were killed": a detail of the toll
    quantity = Quantity(1, "exact", start, noun_end, text[start:noun_end])
    phrase, rest = text[start:noun_end], text[noun_end:]
    outcome = _OUTCOME_AFTER.match(rest)
    if outcome and _names_the_killer(outcome, rest):
        return None  # "a gunman killed five people"
    if outcome and _DIED.search(outcome.group(0)) and victims != "military" and not names_violence(text):
        return None  # "the group's former leader, who died in May": a death, not a casualty (a soldier's is)
    if outcome and not _NOUN_OUTCOME.search(outcome.group(0)) and not _MIXED.match(rest[outcome.end() :]):
        return Hit(quantity, "casualty.single_victim", _outcome(outcome), victims, phrase, noun_end)
    verb, by_own = _active_verb(text, text[:start])
    named = re.search(r"\b[A-Z]", text[start:noun_start]) is not None  # "kills senior RSF commander" (a headline)
    if verb and (article or named):  # "killed a soldier", "killed Hezbollah's commander"
        return Hit(
            quantity, "casualty.verb_before_victim", _outcome(verb), victims, phrase, noun_end, by_own=by_own,
            verb_at=verb.start(),
        )
    if _COORDINATED.match(rest) or _LIST_TAIL.search(text[:start]):
        return Hit(quantity, "casualty.coordinated", None, victims, phrase, noun_end)
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


def _coordinate(text: str, hits: list[Hit]) -> list[Hit]:
    """Share outcomes and victims across a list ("two troops, one civilian killed"; "one killed, 17 wounded")."""
    hits = sorted(hits, key=lambda hit: hit.quantity.start)
    listed = False  # a part of a toll, and the items listed with it, share the whole's outcome, not the next claim's
    for index in range(1, len(hits)):
        hit, previous = hits[index], hits[index - 1]
        gap = text[previous.end : hit.quantity.start]
        listed = hit.rule == "casualty.part_of_toll" or (listed and bool(_COORDINATION.match(gap) or _OWNER_THEN_AND.match(gap)))
        if listed and hit.outcome is None and previous.outcome:
            hits[index] = replace(hit, outcome=previous.outcome, verb_at=previous.verb_at)
    for index in range(len(hits) - 2, -1, -1):
        hit, following = hits[index], hits[index + 1]
        if hit.outcome is None and following.outcome and _COORDINATION.match(text[hit.end : following.quantity.start]):
            hits[index] = replace(hit, outcome=following.outcome)
    for index in range(1, len(hits)):
        # "killed three of his sons and four of his grandchildren"; "..., including four medics"
        hit, previous = hits[index], hits[index - 1]
        gap = text[previous.end : hit.quantity.start]
        parts = previous.rule == "casualty.part_of_toll" and _OWNER_THEN_AND.match(gap)  # "52 fighters from HTS and 37 soldiers"
        linked = hit.rule == "casualty.part_of_toll" or _COORDINATION.match(gap) or parts or (hit.rule == "casualty.day_split" and _DAY_GAP.fullmatch(gap))
        if hit.outcome is None and previous.outcome and linked:
            hits[index] = replace(hit, outcome=previous.outcome, verb_at=previous.verb_at)
    for index in range(1, len(hits)):
        hit, previous = hits[index], hits[index - 1]
        gap = text[previous.end : hit.quantity.start]
        # "killing 13 civilians and injuring 59 others": the others are of the kind the list named
        others = _OTHERS.search(hit.phrase) and _VERB_THEN_OTHERS.match(gap)
        day_split = hit.rule == "casualty.day_split" and _DAY_GAP.fullmatch(gap)
        if hit.victims is None and previous.victims and (_INHERIT.match(gap) or others or day_split):
            label = previous.label or (previous.begin, previous.end)
            hits[index] = replace(hit, victims=previous.victims, phrase=previous.phrase, label=label)
    for index in range(len(hits) - 2, -1, -1):
        hit, following = hits[index], hits[index + 1]
        # "killing one and injuring four UN peacekeepers": the noun after the second count is the first count's too
        if hit.victims is None and not hit.phrase.strip() and following.victims and _VERB_THEN_OTHERS.match(text[hit.end : following.quantity.start]):
            label = following.label or (following.begin, following.end)
            hits[index] = replace(hit, victims=following.victims, phrase=following.phrase, label=label)
    return [hit for hit in hits if hit.outcome is not None]


# A person named, then described: "Ismail Haniyeh, Hamas's political chief, was killed", "killed Fuad Shukr, a
# senior Hezbollah commander". The description holds a victim noun and says whose the person was.
_NAME = r"(?-i:(?!(?:The|A|An|In|On|At|But|And)\s)[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w'’-]+){1,3})"
_NAMED_THEN_OUTCOME = gated(
    rf"(?P<name>{_NAME}),\s+(?P<role>[^,;.]{{3,80}}),\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<outcome>{OUTCOME})\b",
    re.IGNORECASE,
)
_VERB_THEN_NAMED = gated(
    rf"\b(?P<verb>(?P<killed>killed|killing|assassinated|assassinating)|(?P<wounded>wounded|wounding|injured|injuring))\s+"
    rf"(?P<name>{_NAME}),\s+(?P<role>(?:a|an|the|its|his|her|their)\s+[^,;.]{{3,80}})",
    re.IGNORECASE,
)


# A person named with a companion: "journalist X and his cameraman were killed", "a man and his wife were killed" (two).
_A_PERSON = r"\b(?:an?|one)\s+(?:[\w-]+\s+)?(?:" + _alternation([word for pair in _VICTIMS.values() for word in pair[0]]) + r")"
_NAMED_AND_COMPANION = gated(
    rf"(?P<name>{_NAME}|{_A_PERSON})\s+and\s+(?:his|her)\s+(?P<role>[\w-]+)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<outcome>{OUTCOME})\b",
    re.IGNORECASE,
)


def _named_victims(text: str) -> list[Hit]:
    """People killed or wounded, named and described by a victim noun: "X, a senior commander, was killed" (one),
    "X and his cameraman were killed" (two)."""
    hits = []
    for match in [*_NAMED_THEN_OUTCOME.finditer(text), *_VERB_THEN_NAMED.finditer(text), *_NAMED_AND_COMPANION.finditer(text)]:
        noun = _SINGULAR_VICTIM.search(match.group("role"))
        if noun is None:
            continue
        count = 2 if match.re is _NAMED_AND_COMPANION.compiled else 1
        quantity = Quantity(count, "exact", match.start("name"), match.end("name"), match.group("name"))
        outcome = "killed" if match.group("killed") else "wounded"
        verb_at = match.start("verb") if "verb" in match.re.groupindex else None
        hits.append(Hit(quantity, "casualty.named_victim", outcome, _victim_kind(noun), match.group("role"), match.end("role"),
                        verb_at=verb_at))
    return hits


def clause_span(text: str, hit: Hit) -> tuple[int, int]:
    """The clause around a mention: "a soldier was killed in combat, another in training" has two."""
    starts = [match.end() for match in CLAUSE_BREAK.finditer(text, 0, hit.begin)]
    stop = CLAUSE_BREAK.search(text, hit.end)
    return starts[-1] if starts else 0, stop.start() if stop else len(text)


def _clause(text: str, hit: Hit) -> str:
    """The hit's clause, with the noun a relative clause hangs on ("the school shooting, which left two dead")."""
    start, end = clause_span(text, hit)
    if _RELATIVE_OPENING.match(text, start):
        start = max(0, start - _ANTECEDENT_CHARS)
    return text[start:end]


_RELATIVE_OPENING = re.compile(r"\W*(?:which|that|who)\b", re.IGNORECASE)
_ANTECEDENT_CHARS = 40


# Every hit's outcome is read from one of these (or handed on from a hit that has one): a sentence without any of
# their words holds no casualty mention.
_OUTCOME_WORDS = AnyOf([
    re.compile(OUTCOME, re.IGNORECASE), _VERB_BEFORE, _DEATHS_NOUN, _TOLL_BEFORE, _LOST_BEFORE, _REMAINS_BEFORE, _VERB_THEN_NAMED,
])


def sentence_hits(text: str, actors: Sequence[ActorMention]) -> list[Hit]:
    """Every conflict casualty mention in one sentence (`actors` named in it, for "27 Palestinians")."""
    text = text.replace("[", " ").replace("]", " ")  # '"Twelve [separatists] were killed"': the word the editor put in
    if not _OUTCOME_WORDS.may_match(text):
        return []
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
    named = _named_victims(text)
    hits = [hit for hit in hits if not any(name.quantity.start <= hit.begin < name.end for name in named)] + named
    hits = _pair_of_singles(text, _coordinate(text, hits))
    return [hit for hit in hits if not _NON_CONFLICT.search(_clause(text, hit))]


def _pair_of_singles(text: str, hits: list[Hit]) -> list[Hit]:
    """"A boy and a woman were wounded", "a woman and a man were killed": two single non-combatants joined by "and"
    are one count of two (a soldier and a militant may be of two sides)."""
    merged: list[Hit] = []
    for hit in hits:
        previous = merged[-1] if merged else None
        if (
            previous is not None and previous.rule == "casualty.coordinated"
            and (hit.rule == "casualty.single_victim" or _ANOTHER_ONE.match(hit.quantity.text))  # "and another individual"
            and previous.quantity.count == hit.quantity.count == 1 and "military" not in {previous.victims, hit.victims}
            and previous.outcome == hit.outcome and _AND_ONLY.fullmatch(text, previous.end, hit.begin)
        ):
            quantity = replace(previous.quantity, count=2, end=hit.quantity.end)
            victims = previous.victims if previous.victims == hit.victims else "unknown"
            merged[-1] = replace(previous, quantity=quantity, rule="casualty.two_singles", phrase=text[previous.begin : hit.end], end=hit.end,
                                 victims=victims)
            continue
        merged.append(hit)
    return merged


_AND_ONLY = re.compile(r"\s+and\s+")
_ANOTHER_ONE = re.compile(r"another$", re.IGNORECASE)

