"""`make run`: materialize every asset in this process, recording the run in DAGSTER_HOME.

usage: python -m orchestration.materialize
"""

import sys

import dagster as dg

from orchestration import config, lake_run
from orchestration.definitions import defs


def main() -> int:
    if config.warehouse_kind() == "ducklake":  # extraction runs per publication day, in parallel
        return lake_run.main([])
    job = defs.resolve_job_def("refresh_warehouse")
    with dg.DagsterInstance.get() as instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False)
    failed = [event.step_key for event in result.all_events if event.is_step_failure]
    if not result.success:
        print(f"Run {result.run_id} failed in: {', '.join(failed) or 'unknown step'}", file=sys.stderr)
        return 1
    print(f"Run {result.run_id} succeeded: the warehouse is published.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
