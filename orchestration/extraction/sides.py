"""The sides of a war as a truce or a mediator sees them: the armed group of record instead of the state it
fights from (Gaza: Hamas, not PSE)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from orchestration.extraction.actors import data_rows


@cache
def _group_of_state() -> dict[str, tuple[str, bool]]:
    """state -> (its armed group of record, whether it stands for the state even unnamed), from
    `data/sides_of_record.csv`."""
    return {row["state"]: (row["group"], row["named_or_not"] == "yes") for row in data_rows("sides_of_record.csv")}


def group_of_record(code: str, groups: Sequence[str], truce: bool = False) -> str:
    """The armed group of record of a state when the article names it (`groups`, see `clauses.named_groups`)
    or, for a side of a truce, when it stands for that state's side anyway (Gaza: Hamas, or the group from that
    soil the article names instead: the PIJ); else the code itself."""
    group, named_or_not = _group_of_state().get(code, (None, False))
    if not group or not ((truce and named_or_not) or group in groups):
        return code
    local = next((named for named in groups if lands().get(named) == code), None)
    return group if group in groups or local is None else local


@cache
def lands() -> dict[str, str]:
    """armed group -> the state whose soil it holds or fights from and whose people it speaks for
    (`data/group_territories.csv`)."""
    return {row["code"]: row["state"] for row in data_rows("group_territories.csv")}


def of_record(sides: Iterable[str], groups: Sequence[str], truce: bool = False) -> tuple[str, ...]:
    """Sorted sides of a war (of a truce, with `truce`) with each host state replaced by its armed group of
    record (see `group_of_record`)."""
    named = set(sides)
    if len(named) < 2:
        return tuple(sorted(named))
    return tuple(sorted({group_of_record(code, groups, truce) for code in named}))
