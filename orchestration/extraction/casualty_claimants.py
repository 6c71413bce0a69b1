"""Who gives a casualty figure: a headline's source tag, "according to X", "X said", "..., said Baku";
the outlet itself when nobody is named ("MEDIA"), nobody when it is only "reported"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from orchestration.extraction.actors import ActorMention
from orchestration.extraction.casualty_phrases import OUTCOME, SIDE_KINDS
from orchestration.extraction.gates import gated

_CLAIMANT_KINDS = SIDE_KINDS | {"organisation", "person", "collective"}
REPORTING = gated(
    r"\b(?:said|says|say|told|tells|reported|reports|report|announced|announces|claimed|claims|claim|confirmed"
    r"|confirms|stated|states|estimated|estimates|put|puts|according\s+to|citing|cited|verified|recorded"
    r"|documented|counted"
    # "the ministry raised the death toll to 24"
    r"|(?:raised|raises|updated|updates|revised|revises|lowered|lowers)(?=\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:death\s+)?toll))\b",
    re.IGNORECASE,
)
_SPEAKING = frozenset({"said", "says", "told", "according to", "citing", "cited"})
# "..., said Baku", "according to the ministry in Kyiv": the speaker comes after the verb.
_INVERTED_BEFORE = re.compile(r"(?:^|[,\"”'’]\s*|\baccording\s+)$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}")
_UNATTRIBUTED = gated(r"\breported(?:ly)?\b|\bbelieved\b", re.IGNORECASE)
_HEADLINE_SOURCE = re.compile(r"(?:[:|]|\s?[-–—]\s)\s*(?P<source>[^:|\-–—\d]{2,60})$")
# A headline opening with its source: "Azerbaijan MoD: Soldier killed by sniper" (not a place's label: "Gaza: 20 killed").
_HEADLINE_SOURCE_FIRST = re.compile(r"^(?P<source>[^:|\d]{0,40}\b(?:MoD|ministry|army|military|police|government|officials?|spokes\w+))\s*:\s",
                                    re.IGNORECASE)
# A group named only to describe another: "an al-Qaeda affiliate", "Iran-backed".
# A group named as another's patron: "an al-Qaeda affiliate", "Iran-backed", "a group affiliated with al Qaeda".
_DESCRIPTOR_AFTER = re.compile(r"[-‑](?:linked|affiliated|aligned|allied|backed|inspired)\b|\s+(?:affiliate|ally|offshoot|branch|franchise|proxy)\b",
                               re.IGNORECASE)
_AFFILIATED_BEFORE = re.compile(r"\b(?:affiliated|linked|aligned|allied|loyal)\s+(?:with|to)\s+(?:the\s+)?$", re.IGNORECASE)


def named_as_patron(text: str, actor: ActorMention) -> bool:
    """Whether a group is named only as another's patron, not as the one that acts or speaks."""
    return bool(_DESCRIPTOR_AFTER.match(text, actor.end) or _AFFILIATED_BEFORE.search(text, max(0, actor.start - 40), actor.start))
_RESPONSIBILITY = re.compile(r"\s+(?:the\s+)?(?:responsibility|credit)\b", re.IGNORECASE)
_MEDIA = re.compile(r"\b(?:media|agency|agencies)\b", re.IGNORECASE)
_ALSO_NOUNS = frozenset({"claims", "claim", "report", "reports", "states", "estimates", "puts"})
_DETERMINED = re.compile(r"(?:['’]s|\b(?:the|his|her|their|its|these|those|such))\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "... by a unit of the FARC, the army's 3rd Division said": a speaker of its own between the actor and the verb.
_OWN_SUBJECT_AFTER = re.compile(r",\s+the\s+(?:army|military|police|government|ministry|officials?)\b[^,;]{0,25}", re.IGNORECASE)
_AND_SAID = re.compile(r"[^,;]\s+and\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # a second predicate of the same subject



@dataclass(frozen=True)
class Source:
    """Who gives a figure (`code`, for claimed_by) and, when that is a state or armed group, its side."""

    code: str | None
    side: str | None = None

    @classmethod
    def of(cls, actor: ActorMention) -> Source:
        return cls(actor.code, actor.code if actor.kind in SIDE_KINDS else None)


def claimant(text: str, actors: Sequence[ActorMention], headline: bool) -> Source:
    """Who gives the figure: a headline's source tag, "according to X", "X said"; the outlet when nobody is named."""
    if headline:
        tags = (_HEADLINE_SOURCE.search(text), _HEADLINE_SOURCE_FIRST.match(text))
        tag = next((tag for tag in tags if tag and not re.search(OUTCOME, tag.group("source"), re.IGNORECASE)), None)
        if tag:
            named = [actor for actor in actors if tag.start("source") <= actor.start and actor.end <= tag.end()]
            if named:
                return Source.of(named[0])
            return Source("MEDIA" if _MEDIA.search(tag.group("source")) else None)
    for verb in REPORTING.finditer(text):
        if verb.group(0).lower() in _ALSO_NOUNS and _DETERMINED.search(text, 0, verb.start()):
            continue  # "Trump's ceasefire claims", "the reports": a noun, not who tells the figure
        if _RESPONSIBILITY.match(text, verb.end()):
            # "claimed responsibility for the attack": a deed, not a figure told; but the group claiming it tells the
            # figure a later verb gives ("JNIM, an al-Qaeda affiliate, claimed responsibility and said it killed 70")
            groups = [a for a in actors if a.end <= verb.start() and a.kind == "group"]
            named = [a for a in groups if not named_as_patron(text, a)] or groups  # else "Al Qaeda affiliate claims"
            if named and any(later.start() > verb.end() for later in REPORTING.finditer(text)):
                return Source.of(named[-1])
            continue
        inverted = verb.group(0).lower() in _SPEAKING and _INVERTED_BEFORE.search(text[: verb.start()])
        after = [actor for actor in actors if _SPEAKER_AFTER.fullmatch(text[verb.end() : actor.start])]
        if inverted and after:
            return Source.of(after[0])
        before = [actor for actor in actors if actor.end <= verb.start() and actor.kind in _CLAIMANT_KINDS]
        if before and _AND_SAID.search(text, 0, verb.start()):
            return Source.of(before[0])  # "Baku accused Armenia of the attack and said ...": the first verb's subject
        if before and verb.start() - before[-1].end <= 40 and not _OWN_SUBJECT_AFTER.fullmatch(text, before[-1].end, verb.start()):
            return Source.of(before[-1])
    if _UNATTRIBUTED.search(text) or REPORTING.search(text):
        return Source(None)
    return Source("MEDIA")



# "The SOHR reported nine deaths, while the SDF confirmed 22": a contrasted clause with a teller of its own.
_CONTRAST = re.compile(r"\b(?:while|whereas)\b|;|,\s+but\b", re.IGNORECASE)


def clause_claimant(text: str, actors: Sequence[ActorMention], position: int) -> Source | None:
    """Who tells the count at `position` when a contrasted clause holding it names its own teller."""
    starts = [match.end() for match in _CONTRAST.finditer(text, 0, position)]
    if not starts:
        return None
    clause = " " * starts[-1] + text[starts[-1] :]
    source = claimant(clause, [actor for actor in actors if actor.start >= starts[-1]], headline=False)
    return source if source.code not in {None, "MEDIA"} else None


# "It said ...", "..., they said": a pronoun speaker, the subject of the sentence before.
_PRONOUN_SPEAKER = re.compile(
    r"^[\"“]?(?:it|they)\s+(?:\w+\s+){0,2}?(?:said|says|claimed|claims|reported|added|announced|stated)\b"
    r"|,\s+(?:it|they)\s+(?:said|says|added|claimed|reported)\s*[.\"”]*$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\s")
_SUBJECT_START = re.compile(r"^[\"“]?(?:the\s+)?", re.IGNORECASE)
# "Azerbaijan's Defense Ministry claimed ... It said ...": a state's own body speaks for it
_STATE_BODY = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ministry|army|military|government|forces|office|presidency|command|"
                         r"spokes(?:man|woman|person)|police|navy)\b", re.IGNORECASE)


def pronoun_speaker(text: str, previous: str, previous_actors: Sequence[ActorMention]) -> Source | None:
    """The speaker of "It said ..." when the sentence before opens with a state or armed group ("The RSF,
    which ..."); None when it opens with anything else ("The army said ...")."""
    if not _PRONOUN_SPEAKER.search(text):
        return None
    opening = _SUBJECT_START.match(previous).end()
    subject = next((actor for actor in previous_actors if actor.start == opening), None)
    if subject and _POSSESSIVE.match(previous, subject.end) and not _STATE_BODY.match(previous, subject.end):
        return None  # "Israel's offensive has killed ..., according to the ministry. It said ...": Israel is no speaker
    return Source.of(subject) if subject and subject.kind in SIDE_KINDS else None
