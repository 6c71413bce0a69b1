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


def group_of_record(code: str, groups: Sequence[str]) -> str:
    """The armed group of record of a state when the article names it (`groups`, see `clauses.named_groups`),
    else the code itself."""
    group = _group_of_state().get(code)
    return group if group in groups else code


def of_record(sides: Iterable[str], groups: Sequence[str]) -> tuple[str, ...]:
    """Sorted sides of a war with each host state replaced by its armed group of record (see `group_of_record`)."""
    named = set(sides)
    if len(named) < 2:
        return tuple(sorted(named))
    return tuple(sorted({group_of_record(code, groups) for code in named}))
