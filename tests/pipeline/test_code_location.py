"""The code location as `dagster dev` loads it: the full graph, dbt found without PATH, runs in one process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg

from orchestration import config
from orchestration.dbt_environment import dbt_executable

LIST_ASSETS = (
    "from orchestration.definitions import defs; "
    "print('\\n'.join(key.to_user_string() for key in defs.resolve_asset_graph().get_all_asset_keys()))"
)


def test_dbt_is_the_one_beside_the_interpreter():
    assert Path(dbt_executable()) == Path(sys.executable).parent / "dbt"


def test_definitions_load_the_dbt_graph_without_the_environment_on_path(tmp_path):
    """As `.venv/bin/dagster dev` started by an IDE: PATH lacks the venv, and the dev preparer parses dbt."""
    env = {key: value for key, value in os.environ.items() if key not in ("VIRTUAL_ENV", "PATH")}
    env |= {"PATH": "/usr/bin:/bin", "DAGSTER_IS_DEV_CLI": "1", "DAGSTER_HOME": str(tmp_path)}
    listed = subprocess.run(
        [sys.executable, "-c", LIST_ASSETS], cwd=config.PROJECT_ROOT, env=env, capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    keys = set(listed.stdout.split())
    assert {"articles", "casualty_mentions", "marts/daily_casualties", "published_warehouse"} <= keys


def test_ui_and_scheduled_runs_execute_in_process(dbt_manifest):
    from orchestration.definitions import defs

    implicit_job = defs.resolve_implicit_global_asset_job_def()  # what "Materialize all" launches
    for job in (defs.resolve_job_def("refresh_warehouse"), implicit_job):
        assert job.executor_def is dg.in_process_executor
