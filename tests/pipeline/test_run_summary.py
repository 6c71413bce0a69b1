"""`make run` output: a short summary on the console, progress lines, and the full log in a file."""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from orchestration import config
from orchestration.run_log import DBT_STEP, ProgressHandler
from orchestration.run_summary import QuarantineReason, RunSummary, quarantined_since, render


def record(message: str, step: str | None, level: int = logging.INFO) -> logging.LogRecord:
    log_record = logging.LogRecord("dagster", level, __file__, 1, "formatted " + message, (), None)
    log_record.dagster_meta = {"step_key": step, "dagster_event": None, "orig_message": message}
    return log_record


def test_progress_shows_python_steps_dbt_milestones_and_errors_but_not_debug_or_warnings():
    stream = io.StringIO()
    handler = ProgressHandler(stream)
    for log_record in [
        record("Reading 3 files from raw", "articles"),
        record("Quarantined a.txt: empty file", "articles", logging.WARNING),
        record("STEP_OUTPUT details", "articles", logging.DEBUG),
        record("Running dbt command: `dbt build`.", DBT_STEP),
        record("1 of 178 START test x ........ [RUN]", DBT_STEP),
        record("2 of 178 PASS test x ......... [PASS in 0.1s]", DBT_STEP),  # within 10 s of the last one
        record("Extractor failed on article 1", "event_mentions", logging.ERROR),
    ]:
        handler.emit(log_record)
    lines = [line.split(" ", 1)[1] for line in stream.getvalue().splitlines()]
    assert lines == [
        "[articles] Reading 3 files from raw",
        f"[{DBT_STEP}] Running dbt command: `dbt build`.",
        f"[{DBT_STEP}] 1 of 178 START test x ........",
        "[event_mentions] ERROR: Extractor failed on article 1",
    ]


def test_quarantine_reasons_of_this_run_are_grouped_most_frequent_first():
    conn = duckdb.connect()
    conn.execute("create schema raw")
    conn.execute("create table raw.quarantine (source_path varchar, line_number integer, reason varchar, "
                 "quarantined_at timestamp, last_seen_at timestamp)")
    old, now = datetime(2025, 1, 1), datetime(2025, 1, 2)
    conn.executemany("insert into raw.quarantine values (?, ?, ?, ?, ?)", [
        ("b.txt", 0, "empty file", now, now),
        ("a.txt", 0, "empty file", now, now),
        ("f.jsonl", 3, "broken JSON", now, now),
        ("gone.txt", 0, "unreadable", old, old),
    ])
    assert quarantined_since(conn, now) == [
        QuarantineReason("empty file", 2, "a.txt"),
        QuarantineReason("broken JSON", 1, "f.jsonl:3"),
    ]


def test_render_names_counts_reasons_marts_steps_and_where_things_are():
    summary = RunSummary(
        run_id="abcdef123456", succeeded=True, seconds=75.0,
        ingest={"files": 12, "new_articles": 3, "known_articles": 8, "duplicates": 1, "retired_articles": 0},
        step_seconds={"articles": 1.25, "warehouse_dbt_models": 61.0},
        warehouse=Path("/w/warehouse.duckdb"), log_file=Path("/w/logs/run-1.log"),
        quarantined=[QuarantineReason("empty file", 2, "a.txt")],
        events={"casualties": 40, "diplomacy": 5}, mart_rows={"daily_casualties": 22},
    )
    text = render(summary)
    assert text.splitlines()[0] == "Run abcdef12 succeeded in 1 min 15 s."
    for expected in ("12 files read; 3 new, 8 already stored, 1 duplicates", "Quarantined: 2 inputs:",
                     "2 x empty file (e.g. a.txt)", "Events: casualties 40, diplomacy 5.",
                     "Mart rows: daily_casualties 22.", "Warehouse: /w/warehouse.duckdb",
                     "Steps: articles 1.2 s, warehouse_dbt_models 1 min 1 s.", "Full log: /w/logs/run-1.log"):
        assert expected in text


def test_make_run_prints_a_summary_and_keeps_the_full_log(tmp_path, dbt_manifest):
    raw = tmp_path / "raw"
    shutil.copytree(config.PROJECT_ROOT / "raw", raw)
    (raw / "empty.txt").write_text("")
    env = {**os.environ, "RAW_DIR": str(raw), "DUCKDB_DATABASE": str(tmp_path / "warehouse.duckdb"),
           "DAGSTER_HOME": str(tmp_path / "home"), "LOG_DIR": str(tmp_path / "logs")}
    (tmp_path / "home").mkdir()
    run = subprocess.run([sys.executable, "-m", "orchestration.materialize"], cwd=config.PROJECT_ROOT, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    out = run.stdout
    assert " succeeded in " in out and "1 x empty file (e.g. empty.txt)" in out
    assert "daily_casualties " in out and f"Warehouse: {tmp_path / 'warehouse.duckdb'}" in out
    assert "[event_mentions] Extracted " in out
    assert "DEBUG" not in out and "STEP_OUTPUT" not in out and " PASS " not in out
    assert len(out.splitlines()) < 40
    (log_file,) = (tmp_path / "logs").glob("run-*.log")
    log = log_file.read_text()
    assert "DEBUG" in log and "STEP_SUCCESS" in log and "Quarantined empty.txt: empty file" in log
    assert " PASS " in log  # dbt's own output
    assert f"Full log: {log_file}" in out
