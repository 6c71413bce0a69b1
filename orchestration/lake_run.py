"""`make run` on a DuckLake: ingest, then extract the publication days in parallel runs that
write through the shared catalogue at once, then dbt and publish.

usage: python -m orchestration.lake_run                  # the three phases
       python -m orchestration.lake_run extract FIRST LAST  # one run over a range of days
"""

from __future__ import annotations

import os
import subprocess
import sys

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from orchestration import config
from orchestration.partitions import publication_days
from orchestration.warehouse import MENTION_TABLES

PARALLEL_RUNS = 2
EXTRACTION_KEYS = [dg.AssetKey(table) for table in MENTION_TABLES]
INGESTION_KEYS = [dg.AssetKey("feed_articles"), dg.AssetKey("articles")]


def refresh_job() -> dg.JobDefinition:
    from orchestration.definitions import defs

    return defs.resolve_job_def("refresh_warehouse")


def extraction_job() -> dg.JobDefinition:
    """Extraction alone with the multiprocess executor (module level, so each step process can rebuild it)."""
    from orchestration.definitions import defs

    return defs.resolve_job_def("extract_publication_days")


def day_ranges(days: list[str], runs: int) -> list[tuple[str, str]]:
    """Split the ordered partition keys into at most `runs` contiguous (first, last) ranges."""
    size = -(-len(days) // runs) if days else 0
    return [(chunk[0], chunk[-1]) for chunk in (days[start : start + size] for start in range(0, len(days), size or 1))]


def extract_range(first: str, last: str) -> bool:
    """One run extracting the days `first`..`last` with the multiprocess executor."""
    with dg.DagsterInstance.get() as instance:
        result = dg.execute_job(
            dg.reconstructable(extraction_job),
            instance=instance,
            tags={ASSET_PARTITION_RANGE_START_TAG: first, ASSET_PARTITION_RANGE_END_TAG: last},
        )
        return result.success


def _run_in_process(instance: dg.DagsterInstance, selection: list[dg.AssetKey]) -> bool:
    result = refresh_job().execute_in_process(instance=instance, asset_selection=selection, raise_on_error=False)
    if not result.success:
        failed = [event.step_key for event in result.all_events if event.is_step_failure]
        print(f"Run {result.run_id} failed in: {', '.join(failed) or 'unknown step'}", file=sys.stderr)
    return result.success


def main(argv: list[str]) -> int:
    if argv[:1] == ["extract"]:
        return 0 if extract_range(argv[1], argv[2]) else 1
    everything = list(refresh_job().asset_layer.executable_asset_keys)
    ingestion = [key for key in everything if key in INGESTION_KEYS]
    with dg.DagsterInstance.get() as instance:
        if not _run_in_process(instance, ingestion):
            return 1
        ranges = day_ranges(instance.get_dynamic_partitions(publication_days.name), PARALLEL_RUNS)
        print(f"Extracting {len(ranges)} ranges of publication days in parallel: {ranges}")
        # the runs share the cores: each extracts with its share of EXTRACTION_WORKERS
        workers = str(max(1, config.extraction_workers() // max(1, len(ranges))))
        runs = [subprocess.Popen([sys.executable, "-m", "orchestration.lake_run", "extract", first, last],
                                 env={**os.environ, "EXTRACTION_WORKERS": workers})
                for first, last in ranges]
        if any([run.wait() != 0 for run in runs]):  # wait for every run, then judge
            print("An extraction run failed: see the Dagster run log", file=sys.stderr)
            return 1
        rest = [key for key in everything if key not in INGESTION_KEYS and key not in EXTRACTION_KEYS]
        if not _run_in_process(instance, rest):
            return 1
    print("DuckLake refreshed and published.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
