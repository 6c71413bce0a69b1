"""The warehouse's `raw` schema in DuckDB: its tables and the writes the pipeline makes to them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb

from orchestration.extraction.events import ArticleEvents, to_record
from orchestration.ingestion.records import Rejection
from orchestration.ingestion.scanning import ScannedFile

_EVIDENCE_COLUMNS = """
    evidence_sentence varchar not null,
    evidence_start integer not null,
    evidence_end integer not null,
    evidence_rule varchar not null"""

DDL = f"""
create schema if not exists raw;
create table if not exists raw.articles (
    article_id varchar primary key,
    published date not null,
    title varchar,
    body varchar not null,
    url varchar,
    source varchar,
    source_path varchar not null,
    external_id varchar,
    warnings varchar[],
    ingested_at timestamp not null,
    retired_at timestamp
);
create table if not exists raw.quarantine (
    source_path varchar not null,
    line_number integer not null,
    reason varchar not null,
    quarantined_at timestamp not null,
    last_seen_at timestamp not null,
    primary key (source_path, line_number, reason)
);
create table if not exists raw.ingest_runs (
    run_at timestamp primary key,
    files integer not null,
    new_articles integer not null,
    known_articles integer not null,
    duplicates integer not null,
    retired integer not null,
    quarantined integer not null
);
create table if not exists raw.extractions (
    article_id varchar primary key,
    extractor_version varchar not null,
    extracted_at timestamp not null,
    casualties integer not null,
    ceasefire integer not null,
    diplomacy integer not null
);
create table if not exists raw.casualty_mentions (
    mention_id varchar primary key,
    article_id varchar not null,
    extractor_version varchar not null,
    side varchar not null,
    victims varchar not null,
    outcome varchar not null,
    count integer,
    count_high integer,
    qualifier varchar not null,
    event_date date,
    date_inferred boolean not null,
    scope varchar not null,
    claimed_by varchar,{_EVIDENCE_COLUMNS}
);
create table if not exists raw.ceasefire_mentions (
    mention_id varchar primary key,
    article_id varchar not null,
    extractor_version varchar not null,
    event varchar not null,
    parties varchar[] not null,
    accuser varchar,
    accused varchar,
    broker varchar,
    called_by varchar,
    event_date date,
    date_inferred boolean not null,
    historical boolean not null,{_EVIDENCE_COLUMNS}
);
create table if not exists raw.diplomacy_mentions (
    mention_id varchar primary key,
    article_id varchar not null,
    extractor_version varchar not null,
    actor varchar not null,
    counterpart varchar not null,
    actor_person varchar,
    counterpart_person varchar,
    mode varchar not null,
    cameo varchar not null,
    event_date date,
    date_inferred boolean not null,{_EVIDENCE_COLUMNS}
);
"""

MENTION_TABLES = ("casualty_mentions", "ceasefire_mentions", "diplomacy_mentions")
_FIELD_TO_COLUMN = {"date": "event_date", "by": "called_by"}


@dataclass(frozen=True)
class IngestSummary:
    """What one ingestion pass changed."""

    new_articles: int
    known_articles: int
    duplicates: int
    retired: int
    quarantined: int


def create_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Create the `raw` tables if they are missing."""
    conn.execute(DDL)


def _retire_replaced(conn: duckdb.DuckDBPyConnection, path: str, current_ids: Sequence[str], now: datetime) -> int:
    """Retire the articles first read from `path` that no current file holds any more; returns how many."""
    retired = conn.execute(
        """update raw.articles set retired_at = ?
           where source_path = ? and retired_at is null and not list_contains(?, article_id)
           returning article_id""",
        [now, path, list(current_ids)],
    ).fetchall()
    return len(retired)


def record_rejections(conn: duckdb.DuckDBPyConnection, rejections: Iterable[Rejection], now: datetime) -> int:
    """Add rejections to the quarantine (a repeat of a known one only refreshes `last_seen_at`)."""
    rows = [(r.source_path, r.line_number or 0, r.reason, now, now) for r in rejections]
    if rows:
        conn.executemany(
            """insert into raw.quarantine values (?, ?, ?, ?, ?)
               on conflict do update set last_seen_at = excluded.last_seen_at""",
            rows,
        )
    return len(rows)


def store_scan(conn: duckdb.DuckDBPyConnection, files: Iterable[ScannedFile], now: datetime) -> IngestSummary:
    """Store one pass over the raw directory: new articles in, re-appearing ones revived,
    replaced versions retired, rejections quarantined."""
    new = known = duplicates = quarantined = 0
    seen: set[str] = set()
    read_paths: list[str] = []
    file_count = 0
    for scanned in files:
        file_count += 1
        quarantined += record_rejections(conn, scanned.rejections, now)
        for article in scanned.articles:
            if article.article_id in seen:
                duplicates += 1
                continue
            seen.add(article.article_id)
            inserted = conn.execute(
                """insert into raw.articles values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)
                   on conflict do nothing returning article_id""",
                [article.article_id, article.published, article.title, article.body, article.url,
                 article.source, article.source_path, article.external_id, list(article.warnings), now],
            ).fetchall()
            if inserted:
                new += 1
            else:
                known += 1
                conn.execute("update raw.articles set retired_at = null where article_id = ?", [article.article_id])
        if scanned.content_hash is not None:
            read_paths.append(scanned.source_path)
    retired = sum(_retire_replaced(conn, path, sorted(seen), now) for path in read_paths)
    summary = IngestSummary(new, known, duplicates, retired, quarantined)
    conn.execute(
        "insert or replace into raw.ingest_runs values (?, ?, ?, ?, ?, ?, ?)",
        [now, file_count, new, known, duplicates, retired, quarantined],
    )
    return summary


def articles_to_extract(conn: duckdb.DuckDBPyConnection, extractor_version: str) -> list[tuple[str, str, str, object]]:
    """(article_id, title, body, published) of current articles not yet extracted by this version."""
    return conn.execute(
        """select a.article_id, coalesce(a.title, ''), a.body, a.published
           from raw.articles a
           left join raw.extractions e
             on e.article_id = a.article_id and e.extractor_version = ?
           where a.retired_at is null and e.article_id is null
           order by a.published, a.article_id""",
        [extractor_version],
    ).fetchall()


def _mention_rows(article_id: str, version: str, family: str, events: Sequence[object]) -> list[dict]:
    rows = []
    for ordinal, event in enumerate(events):
        record = {_FIELD_TO_COLUMN.get(key, key): value for key, value in to_record(event).items()}
        key = f"{article_id}|{family}|{ordinal}|{record['evidence_start']}"
        record["mention_id"] = hashlib.sha256(key.encode()).hexdigest()[:16]
        record["article_id"], record["extractor_version"] = article_id, version
        rows.append(record)
    return rows


def _insert_rows(conn: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = [name for name, *_ in conn.execute(f"describe raw.{table}").fetchall()]
    placeholders = ", ".join("?" for _ in columns)
    conn.executemany(
        f"insert into raw.{table} ({', '.join(columns)}) values ({placeholders})",
        [[row.get(column) for column in columns] for row in rows],
    )


def store_events(
    conn: duckdb.DuckDBPyConnection, article_id: str, version: str, events: ArticleEvents, now: datetime
) -> None:
    """Replace an article's mentions with this extractor version's events and mark it extracted."""
    families = {
        "casualty_mentions": events.casualties,
        "ceasefire_mentions": events.ceasefire,
        "diplomacy_mentions": events.diplomacy,
    }
    for table, family_events in families.items():
        conn.execute(f"delete from raw.{table} where article_id = ?", [article_id])
        _insert_rows(conn, table, _mention_rows(article_id, version, table, family_events))
    conn.execute(
        "insert or replace into raw.extractions values (?, ?, ?, ?, ?, ?)",
        [article_id, version, now, len(events.casualties), len(events.ceasefire), len(events.diplomacy)],
    )
