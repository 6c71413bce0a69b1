"""The sides of a war as a truce or a mediator sees them: the armed group of record instead of the state it
fights from (Gaza: Hamas, not PSE)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from functools import cache

from orchestration.extraction.actors import DATA


@cache
def _group_of_state() -> dict[str, str]:
    """state -> its armed group of record, from `data/sides_of_record.csv`."""
    with (DATA / "sides_of_record.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if line.strip() and not line.startswith("#"))
        return {row["state"]: row["group"] for row in rows}


def of_record(sides: Iterable[str], groups: Sequence[str]) -> tuple[str, ...]:
    """Sorted sides with a host state replaced by its armed group of record when the article names that
    group (`groups`, see `clauses.named_groups`)."""
    named = set(sides)
    for state in sorted(named):
        group = _group_of_state().get(state)
        if group in groups and len(named) > 1:
            named = (named - {state}) | {group}
    return tuple(sorted(named))
