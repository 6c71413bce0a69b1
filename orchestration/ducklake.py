"""DuckLake with a PostgreSQL catalogue, attached without network: the DuckDB extensions come
from the `duckdb-extension-*` Python packages, installed from their files and then loaded."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import duckdb

CATALOG_ALIAS = "warehouse"
EXTENSION_PACKAGES = {
    "ducklake": "duckdb_extension_ducklake",
    "postgres_scanner": "duckdb_extension_postgres_scanner",
}


def extension_file(name: str) -> Path:
    """The `<name>.duckdb_extension` shipped for this DuckDB version inside its Python package."""
    package = importlib.resources.files(EXTENSION_PACKAGES[name])
    path = Path(str(package / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"))
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: the package {EXTENSION_PACKAGES[name]} must match duckdb {duckdb.__version__}"
        )
    return path


def install_extensions(conn: duckdb.DuckDBPyConnection) -> None:
    """Install DuckLake and the PostgreSQL client from local files (once per machine), never from the network."""
    conn.execute("set autoinstall_known_extensions = false")
    installed = {
        name for (name,) in conn.execute("select extension_name from duckdb_extensions() where installed").fetchall()
    }
    for name in EXTENSION_PACKAGES:
        if name not in installed:
            conn.execute(f"install '{extension_file(name)}'")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def attach_sql(catalog: str, data_path: str, alias: str = CATALOG_ALIAS, snapshot: int | None = None) -> str:
    """The ATTACH statement for a DuckLake on PostgreSQL (at a given snapshot, read-only, if any)."""
    if not catalog or not data_path:
        raise ValueError("WAREHOUSE=ducklake needs DUCKLAKE_CATALOG and DUCKLAKE_DATA_PATH")
    options = f"data_path {_literal(data_path)}"
    if snapshot is not None:
        options += f", snapshot_version {int(snapshot)}, read_only"
    return f"attach {_literal('ducklake:postgres:' + catalog)} as {alias} ({options})"


def connect(catalog: str, data_path: str, memory_limit: str, snapshot: int | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the DuckLake attached and in use, so `raw.articles` names the lake's table."""
    conn = duckdb.connect(config={"memory_limit": memory_limit})
    try:
        install_extensions(conn)
        conn.execute("load ducklake; load postgres_scanner")
        conn.execute(attach_sql(catalog, data_path, snapshot=snapshot))
        conn.execute(f"use {CATALOG_ALIAS}")
    except BaseException:
        conn.close()
        raise
    return conn


def current_snapshot(conn: duckdb.DuckDBPyConnection) -> int:
    """The id of the lake's latest committed snapshot."""
    return conn.execute(f"select max(snapshot_id) from {CATALOG_ALIAS}.snapshots()").fetchone()[0]


def connect_published(catalog: str, data_path: str, memory_limit: str) -> duckdb.DuckDBPyConnection:
    """A read-only view of the lake as the last successful run published it (its recorded snapshot)."""
    with connect(catalog, data_path, memory_limit) as conn:
        has_publications = conn.execute(
            "select count(*) from information_schema.tables where table_schema = 'raw' and table_name = 'publications'"
        ).fetchone()[0]
        snapshot = conn.execute("select max(snapshot_id) from raw.publications").fetchone()[0] if has_publications else None
    if snapshot is None:
        raise LookupError("nothing published in this DuckLake yet: run `make run` first")
    return connect(catalog, data_path, memory_limit, snapshot=snapshot)
