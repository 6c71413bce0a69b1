"""`make run`: materialize every asset in this process, recording the run in DAGSTER_HOME.

Prints progress and a short summary; the full log goes to `logs/run-<time>.log`.

usage: python -m orchestration.materialize
"""

from __future__ import annotations

import sys
import time
from contextlib import redirect_stdout
from datetime import datetime, timezone

import dagster as dg

from orchestration import config, lake_run, published, run_summary
from orchestration.definitions import defs
from orchestration.run_log import file_logger, progress_logger


def _step_failures(result: dg.ExecuteInProcessResult) -> list[str]:
    return [
        f"{event.step_key}: {event.event_specific_data.error.message.strip()}"
        for event in result.all_events
        if event.is_step_failure
    ]


def _ingest_metadata(result: dg.ExecuteInProcessResult) -> dict[str, int]:
    materializations = result.asset_materializations_for_node("articles")
    if not materializations:
        return {}
    return {key: value.value for key, value in materializations[0].metadata.items() if isinstance(value.value, int)}


def _warehouse_facts(since: datetime) -> dict[str, object]:
    """Quarantine reasons, events and mart rows, read from the just published warehouse."""
    with published.connect() as conn:
        return {
            "quarantined": run_summary.quarantined_since(conn, since),
            "events": run_summary.events_per_family(conn),
            "mart_rows": run_summary.rows_per_mart(conn),
        }


def main() -> int:
    if config.warehouse_kind() == "ducklake":  # extraction runs per publication day, in parallel
        return lake_run.main([])
    started_at = datetime.now(timezone.utc).replace(tzinfo=None)
    log_file = config.log_dir() / f"run-{started_at:%Y%m%d-%H%M%S}.log"
    print(f"Refreshing the warehouse from {config.raw_dir()} (full log: {log_file})", flush=True)
    loggers = {"progress": progress_logger(sys.stdout), "file": file_logger(log_file)}
    job = defs.resolve_job_def("refresh_warehouse").with_logger_defs(loggers)
    clock = time.monotonic()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    # dagster-dbt echoes dbt's own output to stdout: it goes to the log file with everything else
    with dg.DagsterInstance.get() as instance, log_file.open("a", encoding="utf-8") as dbt_output, redirect_stdout(dbt_output):
        result = job.execute_in_process(
            run_config={"loggers": {name: {} for name in loggers}}, instance=instance, raise_on_error=False
        )
        steps = instance.get_run_step_stats(result.run_id)
    step_seconds = {step.step_key: (step.end_time or step.start_time) - step.start_time for step in steps if step.start_time}
    summary = run_summary.RunSummary(
        run_id=result.run_id,
        succeeded=result.success,
        seconds=time.monotonic() - clock,
        ingest=_ingest_metadata(result),
        step_seconds=step_seconds,
        warehouse=config.duckdb_path(),
        log_file=log_file,
        failures=_step_failures(result),
        **(_warehouse_facts(started_at) if result.success else {}),
    )
    print(run_summary.render(summary), file=sys.stdout if result.success else sys.stderr)
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main())
