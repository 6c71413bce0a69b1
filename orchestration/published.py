"""The published warehouse, opened read-only: what `make sql`, `make query`, exports and the
Python API read. Runs never open this file for writing (they publish a new one by rename), so
readers work while a run or the UI is going.

usage: python -m orchestration.published   # prints its path, or says how to create it
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from orchestration import config, ducklake


class NoWarehouseError(FileNotFoundError):
    """There is no published warehouse yet."""


def existing_path(database: str | Path | None = None) -> Path:
    """`database`, else the configured warehouse (`DUCKDB_DATABASE`); raises if it does not exist."""
    path = Path(database) if database else config.duckdb_path()
    if not path.exists():
        raise NoWarehouseError(f"No warehouse at {path}: run `make run` first.")
    return path


def _open(database: str | Path | None) -> duckdb.DuckDBPyConnection:
    """The published DuckDB file, or with `WAREHOUSE=ducklake` the DuckLake at its published snapshot."""
    if database is None and config.warehouse_kind() == "ducklake":
        try:
            return ducklake.connect_published(
                config.ducklake_catalog(), config.ducklake_data_path(), config.duckdb_memory_limit()
            )
        except LookupError as exc:
            raise NoWarehouseError(f"No published DuckLake: {exc}") from exc
    return duckdb.connect(str(existing_path(database)), read_only=True)


@contextmanager
def connect(database: str | Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the published warehouse, closed on exit."""
    conn = _open(database)
    conn.execute("set python_enable_replacements = false")  # a missing table is an error, not a Python variable
    try:
        yield conn
    finally:
        conn.close()


def main() -> int:
    try:
        print(existing_path())
    except NoWarehouseError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
