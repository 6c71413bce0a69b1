"""Per-family precision, recall, F1 and date agreement of predicted events against gold.

Implements the "Scoring" rules of the annotation schema: items are matched within each
article on a family key; optional gold items are free; cumulative casualty gold cannot be
matched, so an incident predicted for it is a false positive; vague or cumulative casualty
predictions and historical ceasefire items are left out on both sides.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

Item = Mapping[str, Any]


@dataclass(frozen=True)
class FamilyScore:
    """Scores of one event family; `date_agreement` is None when no matched gold item has a date."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    date_agreement: float | None


class _Pool(Enum):
    """How a gold item takes part in matching."""

    SCORED = "scored"
    OPTIONAL = "optional"


@dataclass(frozen=True)
class _Rules:
    key: Callable[[Item], Hashable]
    gold_pool: Callable[[Item], _Pool | None]  # None: left out of the score
    counts_prediction: Callable[[Item], bool]


def _code(value: Any) -> str:
    """An actor code in canonical case: `X-` groups lower-case, everything else upper-case."""
    text = str(value or "").strip()
    return "X-" + text[2:].lower() if text[:2].upper() == "X-" else text.upper()


def _word(value: Any) -> str:
    return str(value or "").strip().lower()


def _count(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _optional_or_scored(item: Item) -> _Pool:
    return _Pool.OPTIONAL if item.get("optional") else _Pool.SCORED


def _casualty_pool(item: Item) -> _Pool | None:
    if _count(item.get("count")) is None:
        return None
    if item.get("optional"):
        return _Pool.OPTIONAL
    return None if _word(item.get("scope")) == "cumulative" else _Pool.SCORED


def _casualty_counts(item: Item) -> bool:
    return (
        _count(item.get("count")) is not None
        and _word(item.get("qualifier")) != "vague"
        and _word(item.get("scope")) != "cumulative"
    )


_RULES: dict[str, _Rules] = {
    "casualties": _Rules(
        key=lambda item: (_code(item.get("side")), _word(item.get("outcome")), _count(item.get("count"))),
        gold_pool=_casualty_pool,
        counts_prediction=_casualty_counts,
    ),
    "ceasefire": _Rules(
        key=lambda item: (_word(item.get("event")), tuple(sorted(_code(party) for party in item.get("parties") or ()))),
        gold_pool=lambda item: None if item.get("historical") else _optional_or_scored(item),
        counts_prediction=lambda item: not item.get("historical"),
    ),
    "diplomacy": _Rules(
        key=lambda item: (frozenset({_code(item.get("actor")), _code(item.get("counterpart"))}), _word(item.get("mode"))),
        gold_pool=_optional_or_scored,
        counts_prediction=lambda item: True,
    ),
}

FAMILIES: tuple[str, ...] = tuple(_RULES)


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dated: int = 0
    agreed: int = 0

    def to_score(self) -> FamilyScore:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        agreement = self.agreed / self.dated if self.dated else None
        return FamilyScore(self.tp, self.fp, self.fn, precision, recall, f1, agreement)


def _day(item: Item) -> str | None:
    value = item.get("date")
    return None if value is None else str(value)


def _take(candidates: list[Item], day: str | None) -> Item | None:
    """Remove and return a candidate, preferring one on the same day."""
    if not candidates:
        return None
    index = next((i for i, item in enumerate(candidates) if _day(item) == day), 0)
    return candidates.pop(index)


def _match_article(rules: _Rules, gold: list[Item], predicted: list[Item], tally: _Tally) -> None:
    pools: dict[_Pool, dict[Hashable, list[Item]]] = {_Pool.SCORED: defaultdict(list), _Pool.OPTIONAL: defaultdict(list)}
    for item in gold:
        pool = rules.gold_pool(item)
        if pool is not None:
            pools[pool][rules.key(item)].append(item)
    counted = [item for item in predicted if rules.counts_prediction(item)]
    # Predictions whose date equals a gold date go first, so ties on the key keep agreeing dates together.
    scored_days = {(key, _day(item)) for key, items in pools[_Pool.SCORED].items() for item in items}
    counted.sort(key=lambda item: (rules.key(item), _day(item)) not in scored_days)
    for item in counted:
        key, day = rules.key(item), _day(item)
        matched = _take(pools[_Pool.SCORED][key], day)
        if matched is not None:
            tally.tp += 1
            if _day(matched) is not None:
                tally.dated += 1
                tally.agreed += _day(matched) == day
        elif _take(pools[_Pool.OPTIONAL][key], day) is None:
            tally.fp += 1
    tally.fn += sum(len(items) for items in pools[_Pool.SCORED].values())


def score(gold: Mapping[str, dict], predictions: Mapping[str, dict]) -> dict[str, FamilyScore]:
    """Scores per family over every gold article; a missing prediction row counts as no events,
    prediction rows for articles without gold are ignored."""
    tallies = {family: _Tally() for family in FAMILIES}
    for article_id, gold_row in gold.items():
        predicted_row = predictions.get(article_id, {})
        for family, rules in _RULES.items():
            _match_article(rules, gold_row.get(family) or [], predicted_row.get(family) or [], tallies[family])
    return {family: tally.to_score() for family, tally in tallies.items()}


def load_jsonl(path: str | Path) -> dict[str, dict]:
    """Rows of a JSON Lines file keyed by their `id`; blank lines are skipped, duplicate ids rejected."""
    rows: dict[str, dict] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        article_id = str(row["id"])
        if article_id in rows:
            raise ValueError(f"{path}:{number}: duplicate id {article_id!r}")
        rows[article_id] = row
    return rows
