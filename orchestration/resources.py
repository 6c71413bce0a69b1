"""Resources shared by the assets: the DuckDB warehouse, the raw article folder and dbt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource, DbtProject

from orchestration import config

WAREHOUSE_POOL = "duckdb_warehouse"
"""Every step that writes the DuckDB file runs in this pool (limit 1): DuckDB allows one writer."""

dbt_project = DbtProject(project_dir=config.DBT_PROJECT_DIR, profiles_dir=config.DBT_PROJECT_DIR)


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file; connections are always closed, so the write lock never lingers."""

    database: str

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection that is closed on exit, also when the body raises."""
        Path(self.database).parent.mkdir(parents=True, exist_ok=True)
        conn = duckdb.connect(self.database, read_only=read_only)
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection inside one transaction: committed on success, rolled back on error."""
        with self.connect() as conn:
            conn.begin()
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()

    @contextmanager
    def exported_to_dbt(self) -> Iterator[None]:
        """Point dbt's profile (`DUCKDB_DATABASE`) at this warehouse while the block runs."""
        previous = os.environ.get("DUCKDB_DATABASE")
        os.environ["DUCKDB_DATABASE"] = str(Path(self.database).resolve())
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop("DUCKDB_DATABASE", None)
            else:
                os.environ["DUCKDB_DATABASE"] = previous


class RawFilesResource(dg.ConfigurableResource):
    """The folder articles land in, and the largest file accepted."""

    directory: str
    max_bytes: int = 20 * 1024 * 1024

    @property
    def path(self) -> Path:
        return Path(self.directory)


def default_resources() -> dict[str, object]:
    """Resources configured from the environment (`DUCKDB_DATABASE`, `RAW_DIR`, `MAX_ARTICLE_BYTES`)."""
    return {
        "warehouse": WarehouseResource(database=str(config.duckdb_path())),
        "raw_files": RawFilesResource(directory=str(config.raw_dir()), max_bytes=config.max_article_bytes()),
        "dbt": DbtCliResource(project_dir=dbt_project),
    }
