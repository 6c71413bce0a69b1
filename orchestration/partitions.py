"""Publication days as Dagster partitions: on a DuckLake, extraction runs per day, several at once."""

from collections.abc import Collection, Sequence

import dagster as dg

publication_days = dg.DynamicPartitionsDefinition(name="publication_days")

MAX_DAYS_PER_RUN = 31
"""The most publication days one extraction run takes (backfills and scheduled refreshes alike)."""


def pending_day_ranges(partition_keys: Sequence[str], pending: Collection[str],
                       max_days: int = MAX_DAYS_PER_RUN) -> list[tuple[str, str]]:
    """The `pending` days as (first, last) ranges of `partition_keys` (in the partitions' own order),
    each covering only pending days and at most `max_days` of them: one extraction run per range."""
    ranges: list[tuple[str, str]] = []
    run: list[str] = []
    for key in [*partition_keys, None]:  # None closes the last run
        if key is not None and key in pending and len(run) < max_days:
            run.append(key)
            continue
        if run:
            ranges.append((run[0], run[-1]))
        run = [key] if key is not None and key in pending else []
    return ranges
