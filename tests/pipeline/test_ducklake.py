"""The warehouse on DuckLake: a throwaway PostgreSQL 15 catalogue on 127.0.0.1, publication days
extracted by two partition runs at once (multiprocess executor), and the same marts as the file."""

from __future__ import annotations

import json
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


def _create_database(catalog: str, name: str) -> str:
    """A new, empty database in the throwaway cluster; returns its connection string."""
    settings = dict(part.split("=", 1) for part in catalog.split())
    subprocess.run([str(POSTGRES_BIN / "createdb"), "-h", settings["host"], "-p", settings["port"], "-U", settings["user"], name],
                   check=True, capture_output=True, text=True)
    return catalog.replace(f"dbname={settings['dbname']}", f"dbname={name}")


def _lake_definitions(warehouse, raw_dir: Path) -> dg.Definitions:
    """The code location as `WAREHOUSE=ducklake` loads it, on this test's lake and raw folder."""
    from dagster_dbt import DbtCliResource

    from orchestration.assets.dbt import warehouse_dbt_models
    from orchestration.assets.extract import build_event_mentions, extract_publication_days
    from orchestration.assets.feeds import feed_articles
    from orchestration.assets.ingest import articles
    from orchestration.assets.publish import published_warehouse
    from orchestration.assets.report import extraction_report
    from orchestration.automation import build_refresh_triggers, ingest_raw_files, publish_marts
    from orchestration.resources import RawFilesResource, dbt_project

    nightly, sensor = build_refresh_triggers(partitioned=True)
    return dg.Definitions(
        assets=[feed_articles, articles, build_event_mentions(partitioned=True), warehouse_dbt_models,
                extraction_report, published_warehouse],
        jobs=[ingest_raw_files, extract_publication_days, publish_marts],
        schedules=[nightly],
        sensors=[sensor],
        resources={"warehouse": warehouse, "raw_files": RawFilesResource(directory=str(raw_dir)),
                   "dbt": DbtCliResource(project_dir=dbt_project)},
    )


def _execute(defs: dg.Definitions, instance: dg.DagsterInstance, request: dg.RunRequest, job_name: str) -> dg.DagsterRun:
    """Run a sensor's or schedule's request through its job, as the daemon would."""
    result = defs.resolve_job_def(request.job_name or job_name).execute_in_process(instance=instance, tags=request.tags)
    assert result.success
    return instance.get_run_by_id(result.run_id)


def _on_success(sensor: dg.RunStatusSensorDefinition, instance: dg.DagsterInstance, run: dg.DagsterRun, **resources):
    """Evaluate a run-status sensor on `run`'s success event."""
    record = instance.get_records_for_run(run.run_id, of_type=dg.DagsterEventType.RUN_SUCCESS).records[0]
    context = dg.build_run_status_sensor_context(
        sensor_name=sensor.name, dagster_event=record.event_log_entry.dagster_event, dagster_instance=instance,
        dagster_run=run, resources=resources)
    return sensor(context)


def test_scheduled_and_sensor_refreshes_run_ingestion_then_pending_days_then_marts(postgres, tmp_path, dbt_manifest):
    from orchestration.automation import REFRESH_TAG, extract_after_ingestion, publish_after_extraction
    from orchestration.resources import WarehouseResource

    catalog = _create_database(postgres, "stages")
    warehouse = WarehouseResource(database=str(tmp_path / "unused.duckdb"), kind="ducklake", ducklake_catalog=catalog,
                                  ducklake_data_path=str(tmp_path / "lake_files"))
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    for name in ("2022-09-14-armenia-azerbaijan-clashes.txt", "2023-09-20-karabakh-offensive-ceasefire.txt"):
        shutil.copy(config.PROJECT_ROOT / "raw" / name, raw_dir / name)
    defs = _lake_definitions(warehouse, raw_dir)
    nightly, sensor = defs.resolve_schedule_def("nightly_refresh"), defs.resolve_sensor_def("new_raw_files")
    # what failed before: the triggers launched a job holding the partitioned extraction without a partition key
    assert nightly.job_name == sensor.job_name == "ingest_raw_files"
    assert defs.resolve_job_def("ingest_raw_files").partitions_def is None

    with dg.instance_for_test() as instance:
        [nightly_request] = nightly.evaluate_tick(dg.build_schedule_context(instance=instance)).run_requests
        ingestion = _execute(defs, instance, nightly_request, nightly.job_name)

        [extract_request] = _on_success(extract_after_ingestion, instance, ingestion, warehouse=warehouse)
        assert extract_request.job_name == "extract_publication_days"
        assert (extract_request.tags["dagster/asset_partition_range_start"],
                extract_request.tags["dagster/asset_partition_range_end"]) == ("2022-09-14", "2023-09-20")
        extraction = _execute(defs, instance, extract_request, "")
        assert instance.get_materialized_partitions(dg.AssetKey("casualty_mentions")) == {"2022-09-14", "2023-09-20"}

        publish_request = _on_success(publish_after_extraction, instance, extraction)
        assert publish_request.tags[REFRESH_TAG] == ingestion.run_id
        _execute(defs, instance, publish_request, "publish_marts")
        with ducklake.connect_published(catalog, str(tmp_path / "lake_files"), "1GB") as conn:
            published_days = conn.execute(
                "select distinct published_date from marts.event_evidence join staging.stg_articles using (article_id)"
            ).fetchall()
        assert sorted(str(day) for (day,) in published_days) == ["2022-09-14", "2023-09-20"]

        # a new file: the sensor starts the next refresh, which extracts only the new day
        shutil.copy(config.PROJECT_ROOT / "raw" / "2025-02-04-drc-m23-ceasefire.txt", raw_dir)
        sensor_context = dg.build_sensor_context(instance=instance, cursor=json.dumps(
            {name: [(raw_dir / name).stat().st_size, (raw_dir / name).stat().st_mtime_ns]
             for name in ("2022-09-14-armenia-azerbaijan-clashes.txt", "2023-09-20-karabakh-offensive-ceasefire.txt")}),
            resources={"raw_files": defs.resources["raw_files"]})
        [sensor_request] = sensor(sensor_context).run_requests
        ingestion = _execute(defs, instance, sensor_request, sensor.job_name)
        [extract_request] = _on_success(extract_after_ingestion, instance, ingestion, warehouse=warehouse)
        assert (extract_request.tags["dagster/asset_partition_range_start"],
                extract_request.tags["dagster/asset_partition_range_end"]) == ("2025-02-04", "2025-02-04")
        first_build = _day_builds(catalog, tmp_path / "lake_files")
        extraction = _execute(defs, instance, extract_request, "")
        _execute(defs, instance, _on_success(publish_after_extraction, instance, extraction), "publish_marts")

    # the marts were built incrementally on the lake: only the new article's days were rewritten
    rebuilt = _day_builds(catalog, tmp_path / "lake_files")
    with ducklake.connect_published(catalog, str(tmp_path / "lake_files"), "1GB") as conn:
        new_days = {day for (day,) in conn.execute(
            "select distinct event_date from marts.event_evidence join staging.stg_articles using (article_id)"
            " where published_date = '2025-02-04'").fetchall()}
    assert new_days and rebuilt != first_build
    for mart, builds in rebuilt.items():
        assert {day: at for day, at in builds.items() if day not in new_days} == first_build[mart], mart


def _day_builds(catalog: str, data_path: Path) -> dict[str, dict]:
    """Per by-day mart of the published lake, when each day was last rebuilt (`loaded_at`)."""
    days = {"daily_casualties": "event_date", "ceasefire_status": "status_date", "diplomatic_engagement": "engagement_date"}
    with ducklake.connect_published(catalog, str(data_path), "1GB") as conn:
        return {mart: dict(conn.execute(f"select distinct {day}, loaded_at from marts.{mart}").fetchall())
                for mart, day in days.items()}


def test_publishing_waits_for_every_extraction_run_of_its_refresh():
    from orchestration.automation import REFRESH_TAG, STAGE_TAG, publish_after_extraction

    job = dg.GraphDefinition(name="extract").to_job()

    def evaluate(instance: dg.DagsterInstance, refresh: str | None, *statuses: dg.DagsterRunStatus):
        tags = {REFRESH_TAG: refresh, STAGE_TAG: "extract"} if refresh else {}
        runs = [instance.create_run_for_job(job, tags=tags, status=status) for status in statuses]
        event = dg.DagsterEvent(event_type_value="PIPELINE_SUCCESS", job_name=job.name)
        return publish_after_extraction(dg.build_run_status_sensor_context(
            sensor_name=publish_after_extraction.name, dagster_event=event, dagster_instance=instance, dagster_run=runs[0]))

    succeeded, started = dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.STARTED
    with dg.instance_for_test() as instance:
        waiting = evaluate(instance, "refresh-a", succeeded, started)
        assert isinstance(waiting, dg.SkipReason) and "1 of 2 extraction runs not succeeded (STARTED)" in waiting.skip_message
        request = evaluate(instance, "refresh-b", succeeded, succeeded)
        assert isinstance(request, dg.RunRequest) and request.run_key == "refresh-b"
        assert isinstance(evaluate(instance, None, succeeded), dg.SkipReason)


@pytest.mark.parametrize(("keys", "pending", "max_days", "expected"), [
    (["d1", "d2", "d3", "d4", "d5"], {"d2", "d3", "d5"}, 31, [("d2", "d3"), ("d5", "d5")]),
    (["d1", "d2", "d3"], {"d1", "d2", "d3"}, 2, [("d1", "d2"), ("d3", "d3")]),
    (["d1", "d2"], set(), 31, []),
])
def test_pending_days_become_ranges_covering_only_pending_days(keys, pending, max_days, expected):
    from orchestration.partitions import pending_day_ranges

    assert pending_day_ranges(keys, pending, max_days) == expected
