"""dbt from the running interpreter's environment, so the code location loads without the venv on PATH.

IDEs and process managers start `.venv/bin/dagster dev` without activating the environment; the
`dbt` executable then sits next to the interpreter but not on PATH.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject
from dagster_dbt.dbt_project import using_dagster_dev


def dbt_executable() -> str:
    """The `dbt` installed beside this interpreter, else whatever `dbt` is on PATH."""
    beside_interpreter = Path(sys.executable).parent / "dbt"
    if beside_interpreter.is_file():
        return str(beside_interpreter)
    return shutil.which("dbt") or "dbt"


def dbt_cli(project: DbtProject) -> DbtCliResource:
    """A dbt CLI resource for `project` that runs the environment's own dbt."""
    return DbtCliResource(project_dir=project, dbt_executable=dbt_executable())


def prepare_manifest(project: DbtProject) -> None:
    """Parse the project when the manifest is missing (a fresh clone) or under `dagster dev` (pick up edits)."""
    if using_dagster_dev() or not project.manifest_path.exists():
        dbt_cli(project).cli(["parse", "--quiet"], target_path=project.target_path).wait()
