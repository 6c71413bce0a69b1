"""Resources shared by the assets: the warehouse (a DuckDB file or a DuckLake), the raw article folder and dbt."""

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

from orchestration import config, ducklake
from orchestration.dbt_environment import dbt_cli

WAREHOUSE_POOL = "duckdb_warehouse"
"""Every step that writes the DuckDB file runs in this pool (limit 1): DuckDB allows one writer."""

_PROFILE_VARIABLES = ("WAREHOUSE", "DUCKDB_DATABASE", "DUCKLAKE_CATALOG", "DUCKLAKE_DATA_PATH", "DUCKDB_MEMORY_LIMIT")

dbt_project = DbtProject(project_dir=config.DBT_PROJECT_DIR, profiles_dir=config.DBT_PROJECT_DIR)


class WarehouseResource(dg.ConfigurableResource):
    """The warehouse. By default one DuckDB file: runs write a build copy beside it and publish it
    atomically; users query `database` (read-only) and always see the last published state, never
    a half-built table or a lock held by a run. With `kind="ducklake"` the tables live in a DuckLake
    (PostgreSQL catalogue, Parquet under `ducklake_data_path`) that many processes write at once,
    and publishing records the snapshot readers should see. Connections are always closed on exit.
    """

    database: str
    lock_timeout_seconds: float = 300.0
    kind: str = "duckdb"
    ducklake_catalog: str = ""
    ducklake_data_path: str = ""
    memory_limit: str = "1GB"

    @property
    def is_ducklake(self) -> bool:
        return self.kind == "ducklake"

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
        """A connection to the build copy (or the DuckLake), closed on exit also when the body raises."""
        if self.is_ducklake:
            conn = ducklake.connect(self.ducklake_catalog, self.ducklake_data_path, self.memory_limit)
            try:
                yield conn
            finally:
                conn.close()
            return
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
                return duckdb.connect(str(self.build_path), read_only=read_only, config={"memory_limit": self.memory_limit})
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

    def publish(self) -> dict[str, object]:
        """Make the build what readers see; returns what was published.

        A DuckDB file: replace the published file by a checkpointed copy of the build in one atomic
        rename. A DuckLake: record the current snapshot in `raw.publications` (`make query` reads it).
        """
        if self.is_ducklake:
            with self.transaction() as conn:
                conn.execute("create table if not exists raw.publications (snapshot_id bigint not null, published_at timestamp not null)")
                snapshot = ducklake.current_snapshot(conn)
                conn.execute("insert into raw.publications values (?, now()::timestamp)", [snapshot])
            return {"snapshot_id": snapshot}
        with self.connect() as conn:
            conn.execute("checkpoint")
        staging = self.published_path.with_name(f".{self.published_path.name}.publishing")
        shutil.copyfile(self.build_path, staging)
        with staging.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, self.published_path)
        return {"path": self.published_path, "bytes": self.published_path.stat().st_size}

    def profile_variables(self) -> dict[str, str]:
        """The environment dbt's profile reads to reach this warehouse (its target is `WAREHOUSE`)."""
        return {
            "WAREHOUSE": self.kind,
            "DUCKDB_DATABASE": str(self.build_path),
            "DUCKLAKE_CATALOG": self.ducklake_catalog,
            "DUCKLAKE_DATA_PATH": self.ducklake_data_path,
            "DUCKDB_MEMORY_LIMIT": self.memory_limit,
        }

    @contextmanager
    def exported_to_dbt(self) -> Iterator[None]:
        """Point dbt's profile at the build copy (or the DuckLake) while the block runs."""
        if self.is_ducklake:  # dbt's DuckDB autoloads the extensions this installs from local files
            with duckdb.connect() as conn:
                ducklake.install_extensions(conn)
        previous = {name: os.environ.get(name) for name in _PROFILE_VARIABLES}
        os.environ.update(self.profile_variables())
        try:
            yield
        finally:
            for name, value in previous.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


class RawFilesResource(dg.ConfigurableResource):
    """The folder articles land in, and the largest file accepted."""

    directory: str
    max_bytes: int = 20 * 1024 * 1024

    @property
    def path(self) -> Path:
        return Path(self.directory)


def warehouse_from_env() -> WarehouseResource:
    """The warehouse the environment describes (`WAREHOUSE`, `DUCKDB_DATABASE`, `DUCKLAKE_*`, `DUCKDB_MEMORY_LIMIT`)."""
    return WarehouseResource(
        database=str(config.duckdb_path()),
        kind=config.warehouse_kind(),
        ducklake_catalog=config.ducklake_catalog(),
        ducklake_data_path=config.ducklake_data_path(),
        memory_limit=config.duckdb_memory_limit(),
    )


def default_resources() -> dict[str, object]:
    """Resources configured from the environment (the warehouse's settings, `RAW_DIR`, `MAX_ARTICLE_BYTES`)."""
    return {
        "warehouse": warehouse_from_env(),
        "raw_files": RawFilesResource(directory=str(config.raw_dir()), max_bytes=config.max_article_bytes()),
        "dbt": dbt_cli(dbt_project),
    }
