"""The sides of a war as a truce or a mediator sees them: the armed group of record instead of the state it
fights from (Gaza: Hamas, not PSE), and generic "militants" named as the article's own armed group."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

from orchestration.extraction.actors import DATA
from orchestration.extraction.clauses import GENERIC_GROUPS, SentenceView, is_go_between


@cache
def _group_of_state() -> dict[str, str]:
    """state -> its armed group of record, from `data/sides_of_record.csv`."""
    with (DATA / "sides_of_record.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if line.strip() and not line.startswith("#"))
        return {row["state"]: row["group"] for row in rows}


def named_groups(views: Sequence[SentenceView]) -> tuple[str, ...]:
    """The specific armed groups an article names as actors, most often named first."""
    counts = Counter(
        p.code for view in views for p in view.people if p.code.startswith("X-") and p.code not in GENERIC_GROUPS and not is_go_between(view.text, p)
    )
    return tuple(code for code, _ in counts.most_common())


def of_record(sides: Iterable[str], groups: Sequence[str]) -> tuple[str, ...]:
    """Sorted sides with a host state replaced by its armed group of record when the article names that group,
    and a generic group ("the militant group") by the article's most named group (dropped when a named group is
    already a side)."""
    named = set(sides)
    for state in sorted(named):
        group = _group_of_state().get(state)
        if group in groups and len(named) > 1:
            named = (named - {state}) | {group}
    for generic in sorted(named & GENERIC_GROUPS):
        if any(code.startswith("X-") and code not in GENERIC_GROUPS for code in named):
            named -= {generic}  # "the M23 rebel group": the group already named
            continue
        specific = [group for group in groups if group not in named]
        if specific:
            named = (named - {generic}) | {specific[0]}
    return tuple(sorted(named))
