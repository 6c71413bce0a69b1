"""Resources shared by the assets: the DuckDB warehouse, the raw article folder and dbt."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtProject

from orchestration import config
from orchestration.dbt_environment import dbt_cli

WAREHOUSE_POOL = "duckdb_warehouse"
"""Every step that writes the DuckDB file runs in this pool (limit 1): DuckDB allows one writer."""

dbt_project = DbtProject(project_dir=config.DBT_PROJECT_DIR, profiles_dir=config.DBT_PROJECT_DIR)


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse: runs write a build copy beside it and publish it atomically.

    Users query `database` (read-only) and always see the last published state, never a
    half-built table or a lock held by a run. Connections are always closed on exit.
    """

    database: str
    lock_timeout_seconds: float = 300.0

    @property
    def published_path(self) -> Path:
        return Path(self.database).resolve()

    @property
    def build_path(self) -> Path:
        """The work copy runs write: `warehouse.build.duckdb` beside `warehouse.duckdb`."""
        published = self.published_path
        return published.with_name(f"{published.stem}.build{published.suffix}")

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the build copy, closed on exit also when the body raises."""
        self.build_path.parent.mkdir(parents=True, exist_ok=True)
        if not self.build_path.exists() and self.published_path.exists():
            shutil.copyfile(self.published_path, self.build_path)
        conn = self._connect_waiting_for_lock(read_only)
        try:
            yield conn
        finally:
            conn.close()

    def _connect_waiting_for_lock(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        """Open the build copy; while another process holds its write lock, wait (up to `lock_timeout_seconds`)."""
        deadline = time.monotonic() + self.lock_timeout_seconds
        while True:
            try:
                return duckdb.connect(str(self.build_path), read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise
                time.sleep(1.0)

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

    def publish(self) -> Path:
        """Replace the published file by a checkpointed copy of the build in one atomic rename."""
        with self.connect() as conn:
            conn.execute("checkpoint")
        staging = self.published_path.with_name(f".{self.published_path.name}.publishing")
        shutil.copyfile(self.build_path, staging)
        with staging.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, self.published_path)
        return self.published_path

    @contextmanager
    def exported_to_dbt(self) -> Iterator[None]:
        """Point dbt's profile (`DUCKDB_DATABASE`) at the build copy while the block runs."""
        previous = os.environ.get("DUCKDB_DATABASE")
        os.environ["DUCKDB_DATABASE"] = str(self.build_path)
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
        "dbt": dbt_cli(dbt_project),
    }
