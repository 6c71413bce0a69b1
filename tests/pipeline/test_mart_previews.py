"""Mart metadata shown in the Dagster UI: row count, typed columns, latest rows and the casualties chart."""

from __future__ import annotations

import base64
from datetime import date, timedelta

import dagster as dg
import duckdb
import pytest

from orchestration import charts
from orchestration.mart_previews import latest_rows_markdown, mart_metadata

LATEST = date(2025, 7, 27)


@pytest.fixture
def conn():
    conn = duckdb.connect()
    conn.execute("create schema marts")
    conn.execute(
        "create table marts.daily_casualties (event_date date, side varchar, victims varchar, killed integer, claimants varchar)"
    )
    rows = [
        (LATEST, "THA", "military", 1, "THA"),
        (LATEST, "THA", "civilians", 4, "A|B"),
        (LATEST - timedelta(days=3), "KHM", "military", 13, None),
        (LATEST - timedelta(days=89), "IND", "civilians", 21, None),
        (LATEST - timedelta(days=90), "UKR", "military", 7, None),  # outside the 90-day window
        (LATEST + timedelta(days=1), "UKR", "military", None, None),  # wounded only: no deaths
    ]
    conn.executemany("insert into marts.daily_casualties values (?, ?, ?, ?, ?)", rows)
    yield conn
    conn.close()


def test_killed_per_side_sums_victim_kinds_over_the_last_90_days_with_deaths(conn):
    frame = charts.killed_per_side(conn)
    got = {(row.event_date.date(), row.side): row.killed for row in frame.itertuples()}
    assert got == {(LATEST, "THA"): 5, (LATEST - timedelta(days=3), "KHM"): 13, (LATEST - timedelta(days=89), "IND"): 21}


def test_chart_renders_offline_to_png_markdown(conn):
    markdown = charts.png_markdown(charts.killed_per_side_chart(charts.killed_per_side(conn)), "killed")
    prefix = "![killed](data:image/png;base64,"
    assert markdown.startswith(prefix) and markdown.endswith(")")
    assert base64.b64decode(markdown[len(prefix) : -1]).startswith(b"\x89PNG")


def test_latest_rows_come_newest_first_with_pipes_escaped(conn):
    lines = latest_rows_markdown(conn, "marts.daily_casualties", limit=3).splitlines()
    assert lines[0] == "| event_date | side | victims | killed | claimants |"
    assert len(lines) == 5
    assert lines[2] == f"| {LATEST + timedelta(days=1)} | UKR | military |  |  |"
    assert f"| {LATEST} | THA | civilians | 4 | A\\|B |" in lines[3:]


def test_empty_mart_previews_say_so(conn):
    conn.execute("delete from marts.daily_casualties")
    metadata = mart_metadata(conn, "marts.daily_casualties")
    assert metadata["latest_rows"].value == "_No rows._"
    assert metadata["killed_per_side_chart"].value == "_No deaths reported._"


def test_mart_metadata_has_row_count_types_with_descriptions_and_chart(conn):
    documented = dg.TableSchema(columns=[dg.TableColumn("side", description="Who lost people.")])
    metadata = mart_metadata(conn, "marts.daily_casualties", documented)
    assert metadata["dagster/row_count"].value == 6
    columns = {column.name: column for column in metadata["dagster/column_schema"].value.columns}
    assert (columns["event_date"].type, columns["killed"].type) == ("date", "integer")
    assert columns["side"].description == "Who lost people."
    assert "data:image/png;base64," in metadata["killed_per_side_chart"].value


def test_only_daily_casualties_gets_the_chart(conn):
    conn.execute("create table marts.other as select * from marts.daily_casualties")
    assert "killed_per_side_chart" not in mart_metadata(conn, "marts.other")
