"""Shared fixtures: one parsed dbt manifest per test session; no developer's feeds.yml is fetched."""

from __future__ import annotations

from collections.abc import Iterator

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


@pytest.fixture(scope="session", autouse=True)
def no_live_feeds(tmp_path_factory) -> Iterator[None]:
    """Point `FEEDS_FILE` at a missing file, so no test run fetches a developer's real feeds."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FEEDS_FILE", str(tmp_path_factory.mktemp("feeds") / "feeds.yml"))
        yield
