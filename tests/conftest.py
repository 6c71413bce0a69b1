"""Shared fixtures: one parsed dbt manifest per test session."""

from __future__ import annotations

import pytest
from dbt.cli.main import dbtRunner

from orchestration import config


@pytest.fixture(scope="session")
def dbt_manifest() -> None:
    """Parse the dbt project once, so the Dagster definitions load the current models."""
    result = dbtRunner().invoke(
        ["parse", "--project-dir", str(config.DBT_PROJECT_DIR), "--profiles-dir", str(config.DBT_PROJECT_DIR), "--quiet"]
    )
    assert result.success, result.exception
