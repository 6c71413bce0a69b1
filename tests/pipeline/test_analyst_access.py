"""What analysts use on the published warehouse: the DataFrame API, exports, `make sql` and the
example script, all read-only, on the warehouse the real pipeline built from raw/."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date

import duckdb
import pandas as pd
import pytest

from orchestration import api, config, published
from orchestration.export import export_marts

SEED_DAY = date(2022, 9, 13)


@pytest.fixture(scope="module")
def database(sample_run):
    return sample_run[1]


@pytest.fixture(scope="module")
def marts(database) -> list[str]:
    with duckdb.connect(str(database), read_only=True) as conn:
        return [name for (name,) in conn.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]


def _count(database, sql: str, params: list | None = None) -> int:
    with duckdb.connect(str(database), read_only=True) as conn:
        return conn.execute(sql, params or []).fetchone()[0]


def _environment(database) -> dict[str, str]:
    return {**os.environ, "DUCKDB_DATABASE": str(database)}


def test_daily_casualties_filters_by_day_side_and_victims(database):
    frame = api.daily_casualties(since=SEED_DAY, until="2022-09-13", victims="military", database=database)
    assert isinstance(frame, pd.DataFrame)
    assert {"ARM": 49, "AZE": 50}.items() <= dict(zip(frame.side, frame.killed)).items()
    recent = api.daily_casualties(since="2025-01-01", database=database)
    assert len(recent) == _count(database, "select count(*) from marts.daily_casualties where event_date >= '2025-01-01'") > 0
    assert (recent.event_date >= pd.Timestamp("2025-01-01")).all()
    assert set(api.daily_casualties(side="ARM", database=database).side) == {"ARM"}


def test_diplomatic_engagement_matches_an_actor_on_either_side(database):
    frame = api.diplomatic_engagement(actor="USA", database=database)
    expected = _count(database, "select count(*) from marts.diplomatic_engagement where 'USA' in (actor, counterpart)")
    assert len(frame) == expected > 0
    assert all("USA" in (row.actor, row.counterpart) for row in frame.itertuples())
    assert set(api.diplomatic_engagement(mode="call", database=database)["mode"]) == {"call"}


def test_ceasefire_frames_agree_with_each_other(database):
    current = api.ceasefire_current(database=database)
    daily = api.ceasefire_status(database=database)
    assert current.dyad.is_unique
    assert set(current.dyad) == set(daily.dyad)
    assert set(api.ceasefire_current(status="violated", database=database).status) <= {"violated"}
    assert set(api.ceasefire_status(dyad="ARM-AZE", database=database).dyad) == {"ARM-AZE"}


def test_evidence_traces_a_number_to_its_sentences(database):
    row = api.daily_casualties(since=SEED_DAY, until=SEED_DAY, side="AZE", victims="military", database=database).iloc[0]
    sentences = api.evidence(row.article_ids, family="casualties", since=SEED_DAY, until=SEED_DAY, database=database)
    assert len(sentences) > 0
    assert set(sentences.article_id) <= set(row.article_ids)
    assert sentences.summary.str.contains("AZE military killed").any()
    assert api.evidence("no-such-article", database=database).empty


def test_sql_takes_parameters_and_cannot_write(database):
    frame = api.sql("select count(*) as n from marts.event_evidence where family = ?", ["ceasefire"], database=database)
    assert frame.n[0] == _count(database, "select count(*) from marts.event_evidence where family = 'ceasefire'")
    with pytest.raises(duckdb.Error, match="read-only"):
        api.sql("create table marts.scratch (a integer)", database=database)


def test_missing_warehouse_is_a_clear_error(tmp_path):
    with pytest.raises(published.NoWarehouseError, match="make run"):
        api.daily_casualties(database=tmp_path / "none.duckdb")


@pytest.mark.parametrize("file_format", ["parquet", "csv"])
def test_export_writes_every_mart_completely(database, marts, tmp_path, file_format):
    exported = export_marts(tmp_path, file_format, database)
    assert [mart.name for mart in exported] == marts
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(f"{name}.{file_format}" for name in marts)
    reader = "read_parquet" if file_format == "parquet" else "read_csv_auto"
    for mart in exported:
        in_warehouse = _count(database, f"select count(*) from marts.{mart.name}")
        in_file = duckdb.sql(f"select count(*) from {reader}('{mart.path}')").fetchone()[0]
        assert mart.rows == in_file == in_warehouse


def test_export_keeps_list_columns_in_parquet(database, tmp_path):
    export_marts(tmp_path, "parquet", database)
    column_type = duckdb.sql(f"select typeof(article_ids) from read_parquet('{tmp_path / 'daily_casualties.parquet'}') limit 1")
    assert column_type.fetchone()[0] == "VARCHAR[]"


def test_export_command_line(database, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "orchestration.export", "--format", "csv", str(tmp_path / "out")],
        env=_environment(database), capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "daily_casualties.csv").exists()


def _make_sql(database, statements: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "-s", "sql"], input=statements, cwd=config.PROJECT_ROOT,
        env=_environment(database), capture_output=True, text=True, check=False,
    )


def test_make_sql_opens_the_warehouse_read_only(database):
    expected = _count(database, "select count(*) from marts.ceasefire_current")
    done = _make_sql(database, ".mode list\nselect 'dyads=' || count(*) from marts.ceasefire_current;\n")
    assert done.returncode == 0, done.stderr
    assert f"dyads={expected}" in done.stdout
    refused = _make_sql(database, "create table marts.scratch (a integer);\n")
    assert "read-only" in (refused.stdout + refused.stderr)
    assert _count(database, "select count(*) from information_schema.tables where table_name = 'scratch'") == 0


def test_make_sql_without_warehouse_says_what_to_do(tmp_path):
    done = _make_sql(tmp_path / "none.duckdb", "select 1;\n")
    assert done.returncode != 0
    assert "run `make run` first" in done.stderr


def test_example_script_runs(database):
    done = subprocess.run(
        [sys.executable, str(config.PROJECT_ROOT / "examples" / "analyst_tour.py")],
        env=_environment(database), capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Evidence behind" in done.stdout


def test_readme_questions_run_and_show_their_columns(database):
    readme = (config.PROJECT_ROOT / "README.md").read_text()
    section = readme[readme.index("## Five questions"):readme.index("## Layout")]
    answers = re.findall(r"```sql\n(.*?)```\n\n(\|.*?)\n", section, flags=re.DOTALL)
    assert len(answers) == 5
    for query, header in answers:
        frame = api.sql(query, database=database)
        assert list(frame.columns) == [cell.strip() for cell in header.strip("|").split("|")]
        assert not frame.empty
