"""The real pipeline run once per session on the articles in raw/, into a temporary published
warehouse that every test reading real marts shares."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from orchestration import config
from orchestration.resources import RawFilesResource, WarehouseResource, dbt_project


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory, dbt_manifest) -> tuple[dg.ExecuteInProcessResult, Path]:
    """Every asset materialized in-process on raw/; returns the result and the published file."""
    from dagster_dbt import DbtCliResource

    from orchestration.definitions import defs

    database = tmp_path_factory.mktemp("warehouse") / "warehouse.duckdb"
    resources = {
        "warehouse": WarehouseResource(database=str(database)),
        "raw_files": RawFilesResource(directory=str(config.PROJECT_ROOT / "raw")),
        "dbt": DbtCliResource(project_dir=dbt_project),
    }
    result = dg.materialize(defs.assets, resources=resources)
    assert result.success
    return result, database
