"""Runs are repeatable and atomic: reruns change nothing, a new article changes only what it
touches, a run killed hard at any stage leaves the published warehouse as it was, and readers
query it throughout a run without errors."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from orchestration import config

NEW_ARTICLE = (
    "date 2025-06-03 Drone strike hits border village\n\n"
    "Three civilians were killed and five were wounded when a drone struck a market on Monday, "
    "the regional governor said.\n"
)
NEW_ARTICLE_FILE = "2025-06-03-drone-strike.txt"
KILL_MARKERS = ("Reading ", "articles to extract", "dbt build")


def pipeline_env(root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DUCKDB_DATABASE": str(root / "warehouse.duckdb"),
        "RAW_DIR": str(root / "raw"),
        "DAGSTER_HOME": str(root / "dagster_home"),
    }


def start_run(root: Path) -> subprocess.Popen[str]:
    (root / "dagster_home").mkdir(exist_ok=True)
    return subprocess.Popen(
        [sys.executable, "-m", "orchestration.materialize"],
        cwd=config.PROJECT_ROOT,
        env=pipeline_env(root),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, so a kill takes dbt's process too
    )


def run_to_end(root: Path) -> None:
    process = start_run(root)
    output, _ = process.communicate()
    assert process.returncode == 0, output[-3000:]


def kill_at(root: Path, marker: str) -> str:
    """Start a run and SIGKILL it as soon as its log shows `marker`; returns the log so far."""
    process = start_run(root)
    seen = []
    for line in process.stdout:
        seen.append(line)
        if marker in line:
            os.killpg(process.pid, signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL, f"{marker!r} never appeared:\n{''.join(seen)[-3000:]}"
    return "".join(seen)


def snapshot(database: Path) -> dict[str, list[tuple]]:
    """Every mart's rows, sorted, from the published warehouse (without `loaded_at`, the time dbt wrote a row)."""
    with duckdb.connect(str(database), read_only=True) as conn:
        tables = [row[0] for row in conn.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        return {
            table: [tuple(tuple(v) if isinstance(v, list) else v for v in row)
                    for row in conn.execute(f"select columns(c -> c <> 'loaded_at') from marts.{table} order by all").fetchall()]
            for table in tables
        }


def fresh_root(tmp_path_factory, name: str, with_new_article: bool = False) -> Path:
    root = tmp_path_factory.mktemp(name)
    shutil.copytree(config.PROJECT_ROOT / "raw", root / "raw")
    if with_new_article:
        (root / "raw" / NEW_ARTICLE_FILE).write_text(NEW_ARTICLE)
    return root


def clone(root: Path, tmp_path_factory, name: str) -> Path:
    """A copy of a pipeline folder (raw files, warehouse, build copy, run history)."""
    copy = tmp_path_factory.mktemp(name) / "root"
    shutil.copytree(root, copy, symlinks=True)
    return copy


@pytest.fixture(scope="module")
def baseline(tmp_path_factory, dbt_manifest):
    root = fresh_root(tmp_path_factory, "baseline")
    run_to_end(root)
    return root, snapshot(root / "warehouse.duckdb")


def evidence_loaded_at(database: Path) -> dict[tuple[str, str], tuple[str, object]]:
    """(family, mention_id) -> (file the mention came from, when dbt wrote its evidence row)."""
    with duckdb.connect(str(database), read_only=True) as conn:
        rows = conn.execute("select family, mention_id, source_path, loaded_at from marts.event_evidence").fetchall()
    return {(family, mention): (path, loaded) for family, mention, path, loaded in rows}


@pytest.fixture(scope="module")
def with_new_article(baseline, tmp_path_factory):
    """The baseline plus one new article, run incrementally: (folder, marts)."""
    root = clone(baseline[0], tmp_path_factory, "incremental")
    (root / "raw" / NEW_ARTICLE_FILE).write_text(NEW_ARTICLE)
    run_to_end(root)
    return root, snapshot(root / "warehouse.duckdb")


def test_rerun_leaves_identical_marts_and_readers_never_fail(baseline, tmp_path_factory):
    root = clone(baseline[0], tmp_path_factory, "rerun")
    database = root / "warehouse.duckdb"
    errors: list[str] = []
    reads = 0
    done = threading.Event()

    def read_loop() -> None:
        nonlocal reads
        while not done.is_set():
            try:
                with duckdb.connect(str(database), read_only=True) as conn:
                    conn.execute("select count(*) from marts.daily_casualties").fetchone()
                reads += 1
            except duckdb.Error as exc:
                errors.append(str(exc))
            time.sleep(0.05)

    reader = threading.Thread(target=read_loop)
    reader.start()
    try:
        run_to_end(root)
    finally:
        done.set()
        reader.join()
    assert errors == [] and reads > 10
    assert snapshot(database) == baseline[1]


def test_new_article_changes_only_what_it_touches(baseline, with_new_article):
    before, after = baseline[1], with_new_article[1]
    changed_days = {row[0] for row in set(after["daily_casualties"]) ^ set(before["daily_casualties"])}
    assert changed_days == {date(2025, 6, 2)}
    for table in ("ceasefire_status", "diplomatic_engagement"):
        assert after[table] == before[table]


def test_incremental_run_writes_the_new_articles_rows_only(baseline, with_new_article):
    before = evidence_loaded_at(baseline[0] / "warehouse.duckdb")
    after = evidence_loaded_at(with_new_article[0] / "warehouse.duckdb")
    rewritten = {path for key, (path, loaded) in after.items() if before.get(key) != (path, loaded)}
    assert rewritten == {NEW_ARTICLE_FILE}
    assert before.keys() <= after.keys()


def test_incremental_run_equals_a_clean_run(with_new_article, tmp_path_factory):
    clean = fresh_root(tmp_path_factory, "clean", with_new_article=True)
    run_to_end(clean)
    assert snapshot(clean / "warehouse.duckdb") == with_new_article[1]


@pytest.mark.parametrize("marker", KILL_MARKERS)
def test_killed_run_keeps_the_last_good_state_and_the_next_run_recovers(baseline, with_new_article, tmp_path_factory, marker):
    root = clone(baseline[0], tmp_path_factory, "killed")
    (root / "raw" / NEW_ARTICLE_FILE).write_text(NEW_ARTICLE)
    kill_at(root, marker)
    assert snapshot(root / "warehouse.duckdb") == baseline[1]
    run_to_end(root)
    assert snapshot(root / "warehouse.duckdb") == with_new_article[1]
