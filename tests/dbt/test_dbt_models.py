"""The dbt project built on a small made-up warehouse: one `dbt build` per session, then the marts are checked.

The fixture articles tell a few short stories:
- a toll first reported as 5 soldiers killed and later updated to 7, plus a both-sides total;
- a newer version of a file that retired an older article, whose mentions must vanish;
- a ceasefire declared and then violated by both sides, with a historical truce in the background;
- one phone call reported from both ends, and appeals each way.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from dbt.cli.main import dbtRunner, dbtRunnerResult

DBT_PROJECT_DIR = Path(__file__).resolve().parents[2] / "dbt_project"

RAW_DDL = """
create schema raw;
create table raw.articles (
    article_id varchar primary key, published date not null, title varchar, body varchar not null,
    url varchar, source varchar, source_path varchar not null, ingested_at timestamp not null,
    retired_at timestamp
);
create table raw.casualty_mentions (
    mention_id varchar primary key, article_id varchar not null, extractor_version varchar not null,
    side varchar not null, victims varchar not null, outcome varchar not null,
    count integer, count_high integer, qualifier varchar not null,
    event_date date, date_inferred boolean not null, scope varchar not null, claimed_by varchar,
    evidence_sentence varchar not null, evidence_start integer not null, evidence_end integer not null,
    evidence_rule varchar not null
);
create table raw.ceasefire_mentions (
    mention_id varchar primary key, article_id varchar not null, extractor_version varchar not null,
    event varchar not null, parties varchar[] not null,
    accuser varchar, accused varchar, broker varchar, called_by varchar,
    event_date date, date_inferred boolean not null, historical boolean not null,
    evidence_sentence varchar not null, evidence_start integer not null, evidence_end integer not null,
    evidence_rule varchar not null
);
create table raw.diplomacy_mentions (
    mention_id varchar primary key, article_id varchar not null, extractor_version varchar not null,
    actor varchar not null, counterpart varchar not null, actor_person varchar, counterpart_person varchar,
    mode varchar not null, cameo varchar not null,
    event_date date, date_inferred boolean not null,
    evidence_sentence varchar not null, evidence_start integer not null, evidence_end integer not null,
    evidence_rule varchar not null
);
"""

# article_id, published, title, body, url, source, source_path, ingested_at, retired_at
ARTICLES = [
    ("art-early", date(2024, 3, 2), "Five soldiers killed in shelling", "Five soldiers were killed on Friday.",
     None, "Daily Wire Service", "raw/kharkiv.txt", datetime(2024, 3, 2, 8), None),
    ("art-update", date(2024, 3, 3), "Toll rises to seven", "The toll rose to seven soldiers.",
     "https://example.org/update", "Evening Courier", "raw/kharkiv-update.txt", datetime(2024, 3, 3, 8), None),
    # an older version of raw/kharkiv-update.txt: retired, so it must leave no trace in the marts
    ("art-retired", date(2024, 3, 5), "Draft", "A hundred soldiers were killed.",
     None, None, "raw/kharkiv-update.txt", datetime(2024, 3, 1, 8), datetime(2024, 3, 3, 8)),
    ("art-truce", date(2024, 5, 10), "Truce agreed, then broken", "A truce was agreed and broken.",
     None, None, "raw/truce.txt", datetime(2024, 5, 10, 8), None),
    ("art-truce-2", date(2024, 5, 10), "Sides trade blame", "Each side blamed the other.",
     None, None, "raw/truce-2.txt", datetime(2024, 5, 10, 9), None),
    ("art-call-1", date(2024, 6, 2), "Leaders speak", "The president called his counterpart.",
     None, None, "raw/call-1.txt", datetime(2024, 6, 2, 8), None),
    ("art-call-2", date(2024, 6, 3), "Call confirmed", "The call was confirmed from the other end.",
     None, None, "raw/call-2.txt", datetime(2024, 6, 3, 8), None),
]

# mention_id, article_id, side, victims, outcome, count, count_high, qualifier, event_date, scope, claimed_by
CASUALTIES = [
    ("cas-01", "art-early", "UKR", "military", "killed", 5, None, "exact", date(2024, 3, 1), "incident", "UKR"),
    ("cas-02", "art-early", "UKR", "military", "killed", 5, None, "exact", date(2024, 3, 1), "incident", "UKR"),  # title repeat
    ("cas-03", "art-early", "UKR", "military", "wounded", 10, 12, "about", date(2024, 3, 1), "incident", "UKR"),
    ("cas-04", "art-early", "ALL", "military", "killed", 30, None, "about", date(2024, 3, 1), "incident", "MEDIA"),
    ("cas-05", "art-early", "UKR", "military", "killed", 900, None, "at_least", date(2024, 3, 1), "cumulative", "UKR"),
    ("cas-06", "art-early", "UKR", "civilian", "wounded", None, None, "vague", date(2024, 3, 1), "incident", "UKR"),
    ("cas-07", "art-update", "UKR", "military", "killed", 7, None, "exact", date(2024, 3, 1), "incident", "MEDIA"),
    ("cas-08", "art-update", "RUS", "civilian", "killed", 2, None, "exact", None, "incident", "RUS"),  # undated
    ("cas-09", "art-retired", "UKR", "military", "killed", 100, None, "exact", date(2024, 3, 1), "incident", "UKR"),
]

# mention_id, article_id, event, parties, accuser, accused, broker, called_by, event_date, historical
CEASEFIRES = [
    ("cf-01", "art-truce", "declared", ["ARM", "AZE"], None, None, "RUS", None, date(2024, 5, 9), False),
    ("cf-02", "art-truce", "violated", ["ARM", "AZE"], "ARM", "AZE", None, None, date(2024, 5, 9), False),
    ("cf-03", "art-truce", "declared", ["ARM", "AZE"], None, None, "RUS", None, date(2020, 11, 10), True),
    ("cf-04", "art-truce-2", "violated", ["ARM", "AZE"], "AZE", "ARM", None, None, date(2024, 5, 9), False),
    ("cf-05", "art-truce-2", "violated", ["ARM", "AZE"], "AZE", "ARM", None, None, date(2024, 5, 9), False),  # repeat
    ("cf-06", "art-truce-2", "called_for", [], None, None, None, "UN", None, False),
    ("cf-07", "art-retired", "rejected", ["ARM", "AZE"], None, None, None, "AZE", date(2024, 5, 9), False),
]

# mention_id, article_id, actor, counterpart, actor_person, counterpart_person, mode, cameo, event_date
DIPLOMACY = [
    ("dip-01", "art-call-1", "USA", "UKR", "Joe Biden", "Volodymyr Zelensky", "call", "041", date(2024, 6, 1)),
    ("dip-02", "art-call-1", "UKR", "USA", None, None, "appeal", "023", None),  # undated
    ("dip-03", "art-call-2", "UKR", "USA", "Volodymyr Zelenskyy", "Joe Biden", "call", "041", date(2024, 6, 1)),
    ("dip-04", "art-call-2", "USA", "UKR", None, None, "appeal", "022", date(2024, 6, 1)),
]


def _evidence(mention_id: str) -> tuple[str, int, int, str]:
    return (f"Sentence behind {mention_id}.", 0, 25, "fixture_rule")


def _fill_raw_tables(database: Path) -> None:
    with duckdb.connect(str(database)) as conn:
        conn.execute(RAW_DDL)
        conn.executemany("insert into raw.articles values (?, ?, ?, ?, ?, ?, ?, ?, ?)", ARTICLES)
        conn.executemany(
            "insert into raw.casualty_mentions values (?, ?, 'v1', ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?)",
            [(m, a, side, victims, outcome, count, high, qualifier, day, scope, claimed, *_evidence(m))
             for m, a, side, victims, outcome, count, high, qualifier, day, scope, claimed in CASUALTIES],
        )
        conn.executemany(
            "insert into raw.ceasefire_mentions values (?, ?, 'v1', ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?)",
            [(m, a, event, parties, accuser, accused, broker, by, day, historical, *_evidence(m))
             for m, a, event, parties, accuser, accused, broker, by, day, historical in CEASEFIRES],
        )
        conn.executemany(
            "insert into raw.diplomacy_mentions values (?, ?, 'v1', ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?)",
            [(m, a, actor, counterpart, actor_person, counterpart_person, mode, cameo, day, *_evidence(m))
             for m, a, actor, counterpart, actor_person, counterpart_person, mode, cameo, day in DIPLOMACY],
        )


def _dbt(database: Path, *args: str) -> dbtRunnerResult:
    """Run one dbt command on `database`, with target and logs beside it."""
    previous = os.environ.get("DUCKDB_DATABASE")
    os.environ["DUCKDB_DATABASE"] = str(database)
    try:
        return dbtRunner().invoke([
            *args,
            "--project-dir", str(DBT_PROJECT_DIR),
            "--profiles-dir", str(DBT_PROJECT_DIR),
            "--target-path", str(database.parent / "target"),
            "--log-path", str(database.parent / "logs"),
        ])
    finally:
        if previous is None:
            os.environ.pop("DUCKDB_DATABASE", None)
        else:
            os.environ["DUCKDB_DATABASE"] = previous


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dbtRunnerResult, Path]]:
    """Fill a fresh warehouse, run `dbt build` on it once, hand back the result and the file."""
    database = tmp_path_factory.mktemp("dbt_build") / "warehouse.duckdb"
    _fill_raw_tables(database)
    yield _dbt(database, "build"), database


@pytest.fixture(scope="module")
def warehouse(build: tuple[dbtRunnerResult, Path]) -> Iterator[duckdb.DuckDBPyConnection]:
    result, database = build
    assert result.success, result.exception or [
        (r.node.name, r.status, r.message) for r in result.result if r.status not in ("pass", "success")
    ]
    # dbt-duckdb keeps its own handle on the file open inside this process, and DuckDB only shares
    # a file between connections of the same configuration, so this one cannot be read-only
    with duckdb.connect(str(database)) as conn:
        yield conn


def rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return conn.execute(sql).fetchall()


def test_build_runs_models_data_tests_and_unit_tests(build):
    result, _ = build
    assert result.success, result.exception
    kinds = {r.node.resource_type.value for r in result.result}
    assert {"model", "test", "unit_test"} <= kinds
    unit_tests = {r.node.name for r in result.result if r.node.resource_type.value == "unit_test"}
    assert {
        "daily_casualties_reconciles_tolls_across_articles",
        "ceasefire_status_takes_most_severe_event_and_counts_violation_claims",
        "diplomatic_engagement_merges_both_ends_and_keeps_appeal_direction",
        "ceasefire_current_judges_the_period_since_the_latest_declaration",
    } <= unit_tests


def test_models_land_in_their_layer_schemas(warehouse):
    relations = dict(
        ((schema, name), kind)
        for schema, name, kind in rows(warehouse, "select table_schema, table_name, table_type from information_schema.tables")
    )
    assert relations[("staging", "stg_articles")] == "VIEW"
    assert relations[("intermediate", "int_casualty_mentions")] == "VIEW"
    for mart in ("daily_casualties", "ceasefire_status", "ceasefire_current", "ceasefire_background",
                 "diplomatic_engagement", "event_evidence"):
        assert relations[("marts", mart)] == "BASE TABLE"
    assert not any(schema.startswith("main_") for schema, _ in relations)


def test_staging_drops_retired_articles(warehouse):
    ids = [r[0] for r in rows(warehouse, "select article_id from staging.stg_articles order by article_id")]
    assert "art-retired" not in ids
    assert len(ids) == len(ARTICLES) - 1


def test_daily_casualties_reconciles_the_tolls(warehouse):
    got = rows(warehouse, """
        select event_date, side, victims, killed, wounded, killed_low, killed_high,
               wounded_low, wounded_high, articles, claimants
        from marts.daily_casualties order by event_date, side, victims""")
    assert got == [
        # a separate total over both sides: never added to the UKR row
        (date(2024, 3, 1), "ALL", "military", 30, None, 30, 30, None, None, 1, "MEDIA"),
        # 5 (said twice) then updated to 7: the later article wins; 12 is the top of a range;
        # the cumulative 900, the vague wounded civilians and the retired article's 100 do not count
        (date(2024, 3, 1), "UKR", "military", 7, 10, 5, 7, 10, 12, 2, "MEDIA,UKR"),
        # no date in the text: the article's published date
        (date(2024, 3, 3), "RUS", "civilian", 2, None, 2, 2, None, None, 1, "RUS"),
    ]


def test_undated_mentions_take_the_published_date_and_are_flagged(warehouse):
    got = rows(warehouse, """
        select mention_id, event_date, date_inferred from intermediate.int_casualty_mentions
        where mention_id in ('cas-07', 'cas-08') order by mention_id""")
    assert got == [("cas-07", date(2024, 3, 1), False), ("cas-08", date(2024, 3, 3), True)]


def test_ceasefire_status_per_dyad_and_day(warehouse):
    got = rows(warehouse, """
        select dyad, status_date, status, declared, broker, accusers, accused, violation_claims,
               called_for_by, articles
        from marts.ceasefire_status order by dyad, status_date""")
    assert got == [
        # declared and violated the same day: violated is more severe; the repeated AZE claim in
        # art-truce-2 counts once; the retired article's rejection leaves no trace
        ("ARM-AZE", date(2024, 5, 9), "violated", True, "RUS", "ARM,AZE", "ARM,AZE", 2, None, 2),
        ("UNK", date(2024, 5, 10), "called_for", False, None, None, None, 0, "UN", 1),
    ]


def test_ceasefire_current_per_dyad(warehouse):
    got = rows(warehouse, """
        select dyad, status, since_date, declared_on, broker, violation_claims, status_evidence, article_ids
        from marts.ceasefire_current order by dyad""")
    assert got == [
        # violated on the day it was declared; the evidence is the first published violation claim
        ("ARM-AZE", "violated", date(2024, 5, 9), date(2024, 5, 9), "RUS", 2, "Sentence behind cf-02.",
         ["art-truce", "art-truce-2"]),
        ("UNK", "called_for", date(2024, 5, 10), None, None, 0, "Sentence behind cf-06.", ["art-truce-2"]),
    ]


def test_historical_ceasefires_are_kept_apart(warehouse):
    got = rows(warehouse, "select mention_id, dyad, event, broker, event_date, article_id from marts.ceasefire_background")
    assert got == [("cf-03", "ARM-AZE", "declared", "RUS", date(2020, 11, 10), "art-truce")]
    assert rows(warehouse, "select count(*) from marts.ceasefire_status where status_date < '2024-01-01'") == [(0,)]


def test_a_call_reported_from_both_ends_is_one_engagement(warehouse):
    got = rows(warehouse, """
        select engagement_id, engagement_date, actor, counterpart, mode, initiator, actor_persons,
               counterpart_persons, cameo, mentions, articles, date_inferred
        from marts.diplomatic_engagement order by engagement_date, mode, actor""")
    call_key = "2024-06-01|UKR|USA|call"
    assert got[1] == (
        hashlib.md5(call_key.encode()).hexdigest(), date(2024, 6, 1), "UKR", "USA", "call",
        "USA", "Volodymyr Zelensky; Volodymyr Zelenskyy", "Joe Biden", "041", 2, 2, False,
    )
    # appeals keep their direction: one each way, the undated one on its article's published date
    appeals = [(row[1], row[2], row[3], row[5], row[8], row[11]) for row in got if row[4] == "appeal"]
    assert appeals == [
        (date(2024, 6, 1), "USA", "UKR", "USA", "022", False),
        (date(2024, 6, 2), "UKR", "USA", "UKR", "023", True),
    ]
    assert len(got) == 3


def test_event_evidence_traces_every_current_mention(warehouse):
    got = rows(warehouse, """
        select family, count(*) from marts.event_evidence group by family order by family""")
    assert got == [("casualties", 8), ("ceasefire", 6), ("diplomacy", 4)]
    assert rows(warehouse, "select count(*) from marts.event_evidence where article_id = 'art-retired'") == [(0,)]
    row = rows(warehouse, """
        select summary, evidence_sentence, source_path from marts.event_evidence where mention_id = 'cas-03'""")
    assert row == [("UKR military wounded: about 10-12 (incident, claimed by UKR)", "Sentence behind cas-03.", "raw/kharkiv.txt")]
    summaries = dict(rows(warehouse, "select mention_id, summary from marts.event_evidence"))
    assert summaries["cas-06"] == "UKR civilian wounded: no number (incident, claimed by UKR)"
    assert summaries["cf-02"] == "ARM-AZE violated (accuser ARM, accused AZE)"
    assert summaries["dip-01"] == "USA -> UKR call (041)"


def test_an_evidence_table_from_before_extractor_versions_is_refilled(build, warehouse):
    """A warehouse built by an older release (no `extractor_version` column) upgrades in place."""
    _, database = build
    before = rows(warehouse, "select count(*) from marts.event_evidence")
    warehouse.execute("alter table marts.event_evidence drop column extractor_version")
    warehouse.execute("alter table marts.event_evidence drop column loaded_at")
    result = _dbt(database, "run", "--select", "event_evidence")
    assert result.success, result.exception
    assert rows(warehouse, "select count(*), count(extractor_version), count(loaded_at) from marts.event_evidence") == [
        (before[0][0], before[0][0], before[0][0])
    ]


def _add_articles_and_retire_one(database: Path) -> None:
    """New articles after the first build: a later toll for a day already built, a new day of casualties
    and of diplomacy; and a retired article, whose ceasefire day then has no mention left."""
    with duckdb.connect(str(database)) as conn:
        conn.execute("insert into raw.articles values ('art-late', '2024-07-01', 'Toll revised', 'Nine.', null, null, "
                     "'raw/late.txt', '2024-07-01 08:00', null)")
        conn.executemany(
            "insert into raw.casualty_mentions values (?, 'art-late', 'v1', ?, ?, 'killed', ?, null, 'exact', ?, false, "
            "'incident', null, ?, ?, ?, ?)",
            [("cas-10", "UKR", "military", 9, date(2024, 3, 1), *_evidence("cas-10")),
             ("cas-11", "UKR", "civilian", 3, date(2024, 7, 1), *_evidence("cas-11"))])
        conn.execute("insert into raw.diplomacy_mentions values ('dip-05', 'art-late', 'v1', 'FRA', 'UKR', null, null, "
                     "'meeting', '040', '2024-07-01', false, ?, ?, ?, ?)", _evidence("dip-05"))
        conn.execute("update raw.articles set retired_at = '2024-07-01 08:00' where article_id = 'art-truce-2'")


def _mart_rows(database: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(database)) as conn:
        tables = [name for (name,) in conn.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        return {table: conn.execute(f"select columns(c -> c <> 'loaded_at') from marts.{table} order by all").fetchall()
                for table in tables}


def _rebuilt_days(database: Path) -> dict[str, set[date]]:
    """Per incremental-by-day mart, the days the last run (the latest `loaded_at`) wrote."""
    days = {"daily_casualties": "event_date", "ceasefire_status": "status_date",
            "diplomatic_engagement": "engagement_date", "ceasefire_background": "event_date"}
    with duckdb.connect(str(database)) as conn:
        last_run = conn.execute("select max(loaded_at) from marts.event_evidence").fetchone()[0]
        return {mart: {day for (day,) in conn.execute(
                    f"select distinct {column} from marts.{mart} where loaded_at = ?", [last_run]).fetchall()}
                for mart, column in days.items()}


def test_an_incremental_build_rebuilds_only_touched_days_and_equals_a_full_build(tmp_path):
    incremental = tmp_path / "incremental" / "warehouse.duckdb"
    full = tmp_path / "full" / "warehouse.duckdb"
    for database in (incremental, full):
        database.parent.mkdir()
        _fill_raw_tables(database)
    first = _dbt(incremental, "run")
    assert first.success, first.exception
    _add_articles_and_retire_one(incremental)
    second = _dbt(incremental, "build")
    assert second.success, [(r.node.name, r.status, r.message) for r in second.result if r.status not in ("pass", "success")]

    _add_articles_and_retire_one(full)
    rebuilt = _dbt(full, "run", "--full-refresh")
    assert rebuilt.success, rebuilt.exception

    assert _mart_rows(incremental) == _mart_rows(full)
    assert _rebuilt_days(incremental) == {
        "daily_casualties": {date(2024, 3, 1), date(2024, 7, 1)},  # a later toll; a new day
        "ceasefire_status": {date(2024, 5, 9)},  # lost art-truce-2's claims; its 2024-05-10 is gone
        "diplomatic_engagement": {date(2024, 7, 1)},
        "ceasefire_background": set(),
    }
    with duckdb.connect(str(incremental)) as conn:
        assert conn.execute("select status_date from marts.ceasefire_status where dyad = 'UNK'").fetchall() == []
        assert conn.execute("select count(distinct loaded_at) from marts.diplomatic_engagement").fetchone()[0] == 2


def test_a_mart_built_before_day_fingerprints_is_rebuilt_whole(tmp_path):
    """A warehouse from an older release (plain tables, no `source_fingerprint`) upgrades in place."""
    database = tmp_path / "warehouse.duckdb"
    _fill_raw_tables(database)
    assert _dbt(database, "run").success
    before = _mart_rows(database)["daily_casualties"]
    with duckdb.connect(str(database)) as conn:
        conn.execute("alter table marts.daily_casualties drop column source_fingerprint")
        conn.execute("alter table marts.daily_casualties drop column loaded_at")
    result = _dbt(database, "run", "--select", "daily_casualties")
    assert result.success, result.exception
    assert _mart_rows(database)["daily_casualties"] == before
