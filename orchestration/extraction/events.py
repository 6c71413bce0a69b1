"""Event records produced by the extractor (the fields of the annotation schema plus evidence)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Where an event came from: the sentence, its character offsets in the article text, the rule."""

    sentence: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class CasualtyClaim:
    """One numeric claim of people killed or wounded."""

    side: str  # actor code of the people hit: "UKR", "X-hamas", "ALL", "UNK"
    victims: str  # military | civilian | unknown
    outcome: str  # killed | wounded
    count: int | None  # None when vague ("dozens")
    qualifier: str  # exact | at_least | about | up_to | vague
    date: date | None
    scope: str  # incident | cumulative
    claimed_by: str | None  # actor code, "MEDIA" or None
    evidence: Evidence
    count_high: int | None = None  # upper bound of a range ("between 10 and 15")
    date_inferred: bool = False  # True when no date clue: the publication date was taken


@dataclass(frozen=True)
class CeasefireEvent:
    """A ceasefire declared, violated, called for or rejected."""

    event: str  # declared | violated | called_for | rejected
    parties: tuple[str, ...]  # sorted actor codes of the belligerents
    date: date | None
    evidence: Evidence
    accuser: str | None = None
    accused: str | None = None
    broker: str | None = None
    by: str | None = None
    historical: bool = False
    date_inferred: bool = False


@dataclass(frozen=True)
class DiplomaticEngagement:
    """An engagement between two actors: a call, meeting, appeal or mediation offer."""

    actor: str
    counterpart: str
    mode: str  # call | meeting | appeal | mediation_offer
    cameo: str  # CAMEO code: 041 call, 042 visit, 043 host, 046 negotiate, 02x appeal, 045 mediate
    date: date | None
    evidence: Evidence
    actor_person: str | None = None
    counterpart_person: str | None = None
    date_inferred: bool = False


@dataclass(frozen=True)
class ArticleEvents:
    """Everything extracted from one article."""

    casualties: list[CasualtyClaim] = field(default_factory=list)
    ceasefire: list[CeasefireEvent] = field(default_factory=list)
    diplomacy: list[DiplomaticEngagement] = field(default_factory=list)


def to_record(event: CasualtyClaim | CeasefireEvent | DiplomaticEngagement) -> dict[str, Any]:
    """A flat JSON-ready dict: dates as ISO strings, evidence fields prefixed `evidence_`."""
    record = asdict(event)
    evidence = record.pop("evidence")
    record.update({f"evidence_{key}": value for key, value in evidence.items()})
    if record.get("date") is not None:
        record["date"] = record["date"].isoformat()
    if "parties" in record:
        record["parties"] = list(record["parties"])
    return record
