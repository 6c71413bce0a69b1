"""Per-family precision, recall, F1 and date agreement of predicted events against gold.

Implements the "Scoring" rules of the annotation schema: items are matched one to one within
each article on a family key; optional gold items are free. Out of scope on both sides are
casualty claims without a number, vague or cumulative, and historical ceasefire events, so an
incident predicted for a cumulative gold claim finds nothing to match and is a false positive.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Item = Mapping[str, Any]


@dataclass(frozen=True)
class FamilyScore:
    """Scores of one event family.

    `precision`, `recall` and `f1` are None when there was nothing to find and nothing was claimed;
    `date_agreement` is None when no matched gold item has a date.
    """

    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    f1: float | None
    date_agreement: float | None


@dataclass(frozen=True)
class _Rules:
    key: Callable[[Item], Hashable]
    in_scope: Callable[[Item], bool]  # applies to gold and predictions alike


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


def _is_numeric_incident(item: Item) -> bool:
    """A casualty claim with a number that is neither vague nor a cumulative total."""
    return (
        _count(item.get("count")) is not None
        and _word(item.get("qualifier")) != "vague"
        and _word(item.get("scope")) != "cumulative"
    )


_RULES: dict[str, _Rules] = {
    "casualties": _Rules(
        key=lambda item: (_code(item.get("side")), _word(item.get("outcome")), _count(item.get("count"))),
        in_scope=_is_numeric_incident,
    ),
    "ceasefire": _Rules(
        key=lambda item: (_word(item.get("event")), tuple(sorted(map(_code, item.get("parties") or ())))),
        in_scope=lambda item: not item.get("historical"),
    ),
    "diplomacy": _Rules(
        key=lambda item: (
            frozenset({_code(item.get("actor")), _code(item.get("counterpart"))}),
            _word(item.get("mode")),
        ),
        in_scope=lambda item: True,
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
        agreement = self.agreed / self.dated if self.dated else None
        if self.tp + self.fp + self.fn == 0:
            return FamilyScore(0, 0, 0, None, None, None, agreement)
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
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
    required: dict[Hashable, list[Item]] = defaultdict(list)
    optional: dict[Hashable, list[Item]] = defaultdict(list)
    for item in filter(rules.in_scope, gold):
        (optional if item.get("optional") else required)[rules.key(item)].append(item)
    # Predictions dated like a required gold item of their key are matched first, so that
    # several items sharing a key are paired day with day where possible.
    required_days = {(key, _day(item)) for key, items in required.items() for item in items}
    counted = sorted(
        filter(rules.in_scope, predicted),
        key=lambda item: (rules.key(item), _day(item)) not in required_days,
    )
    for item in counted:
        key, day = rules.key(item), _day(item)
        matched = _take(required[key], day)
        if matched is not None:
            tally.tp += 1
            if _day(matched) is not None:
                tally.dated += 1
                tally.agreed += _day(matched) == day
        elif _take(optional[key], day) is None:
            tally.fp += 1
    tally.fn += sum(len(items) for items in required.values())


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
