"""The warehouse on DuckLake: a throwaway PostgreSQL 15 catalogue on 127.0.0.1, publication days
extracted by two partition runs at once (multiprocess executor), and the same marts as the file."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration import config, ducklake

POSTGRES_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    """A PostgreSQL 15 cluster for this module only; yields its libpq connection string."""
    if not (POSTGRES_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL 15 server binaries not found in {POSTGRES_BIN} (Debian package `postgresql`; .ci/run installs it)")
    root = Path(tempfile.mkdtemp(prefix="ducklake-catalog-"))  # not under pytest's root-only folder
    as_owner: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(root, "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()

    def run(*command: str) -> None:
        subprocess.run([*as_owner, *command], check=True, capture_output=True, text=True)

    try:
        run(str(POSTGRES_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres")
        run(str(POSTGRES_BIN / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w",
            "-o", f"-h 127.0.0.1 -p {port} -k {root}", "start")
        run(str(POSTGRES_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "lake")
        yield f"host=127.0.0.1 port={port} dbname=lake user=postgres"
    finally:
        subprocess.run([*as_owner, str(POSTGRES_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _run_pipeline(root: Path, **settings: str) -> str:
    """`make run` (orchestration.materialize) in a subprocess on a copy of raw/; returns its log."""
    if not (root / "raw").exists():
        shutil.copytree(config.PROJECT_ROOT / "raw", root / "raw")
    (root / "dagster_home").mkdir(exist_ok=True)
    env = {**os.environ, "RAW_DIR": str(root / "raw"), "DAGSTER_HOME": str(root / "dagster_home"),
           "DUCKDB_DATABASE": str(root / "warehouse.duckdb"), **settings}
    process = subprocess.run([sys.executable, "-m", "orchestration.materialize"], cwd=config.PROJECT_ROOT, env=env,
                             capture_output=True, text=True)
    assert process.returncode == 0, (process.stdout + process.stderr)[-4000:]
    return process.stdout + process.stderr


def _marts(conn: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    tables = [name for (name,) in conn.execute(
        "select table_name from information_schema.tables where table_schema = 'marts' and table_catalog = current_database()"
        " order by 1").fetchall()]
    return {
        table: [tuple(tuple(v) if isinstance(v, list) else v for v in row)
                for row in conn.execute(f"select columns(c -> c <> 'loaded_at') from marts.{table} order by all").fetchall()]
        for table in tables
    }


@pytest.fixture(scope="module")
def file_marts(tmp_path_factory, dbt_manifest) -> dict[str, list[tuple]]:
    root = tmp_path_factory.mktemp("file")
    _run_pipeline(root)
    with duckdb.connect(str(root / "warehouse.duckdb"), read_only=True) as conn:
        return _marts(conn)


@pytest.fixture(scope="module")
def lake_run(postgres, tmp_path_factory, dbt_manifest) -> tuple[Path, str, dict[str, str]]:
    root = tmp_path_factory.mktemp("lake")
    settings = {"WAREHOUSE": "ducklake", "DUCKLAKE_CATALOG": postgres, "DUCKLAKE_DATA_PATH": str(root / "lake_files")}
    return root, _run_pipeline(root, **settings), settings


def test_extensions_install_from_the_packages_without_network():
    with duckdb.connect() as conn:
        ducklake.install_extensions(conn)
        conn.execute("load ducklake; load postgres_scanner")
        loaded = {name for (name,) in conn.execute("select extension_name from duckdb_extensions() where loaded").fetchall()}
    assert {"ducklake", "postgres_scanner"} <= loaded


def test_publication_days_are_extracted_by_two_partition_runs_in_parallel(lake_run):
    root, log, _ = lake_run
    with dg.DagsterInstance.from_config(str(root / "dagster_home")) as instance:
        days = instance.get_dynamic_partitions("publication_days")
        runs = instance.get_run_records(dg.RunsFilter(tags={"dagster/asset_partition_range_start": days[0]}))
        runs += instance.get_run_records(dg.RunsFilter(tags={"dagster/asset_partition_range_end": days[-1]}))
        extracted = instance.get_materialized_partitions(dg.AssetKey("casualty_mentions"))
    assert len(days) >= 2 and extracted == set(days)
    assert len({record.dagster_run.run_id for record in runs}) == 2
    assert all(record.dagster_run.is_success for record in runs)
    assert "Extracting 2 ranges of publication days in parallel" in log


def test_ducklake_gives_the_same_marts_as_the_duckdb_file(lake_run, file_marts):
    _, _, settings = lake_run
    with ducklake.connect_published(settings["DUCKLAKE_CATALOG"], settings["DUCKLAKE_DATA_PATH"], "1GB") as conn:
        lake_marts = _marts(conn)
    assert lake_marts.keys() == file_marts.keys() and sum(map(len, file_marts.values())) > 0
    assert lake_marts == file_marts


@pytest.mark.parametrize(("days", "runs", "expected"), [
    (["d1", "d2", "d3", "d4", "d5"], 2, [("d1", "d3"), ("d4", "d5")]),
    (["d1"], 2, [("d1", "d1")]),
    ([], 2, []),
])
def test_days_split_into_contiguous_ranges_one_per_parallel_run(days, runs, expected):
    from orchestration.lake_run import day_ranges

    assert day_ranges(days, runs) == expected


def test_ducklake_settings_are_required_and_never_guessed():
    with pytest.raises(ValueError, match="DUCKLAKE_CATALOG and DUCKLAKE_DATA_PATH"):
        ducklake.attach_sql("", "/tmp/lake")
