"""The warehouse's `raw` schema: its tables and the writes the pipeline makes to them.

Every write is set-based: rows are gathered into Arrow batches of bounded size and handed to
DuckDB in one statement, so memory stays flat however large the corpus. The SQL avoids
constraints and `on conflict` (DuckLake has neither), so the same code serves a DuckDB file
and a DuckLake catalogue; key uniqueness is checked by dbt's source tests.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pyarrow as pa

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
    article_id varchar not null,
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
    last_seen_at timestamp not null
);
create table if not exists raw.ingest_runs (
    run_at timestamp not null,
    files integer not null,
    new_articles integer not null,
    known_articles integer not null,
    duplicates integer not null,
    retired integer not null,
    quarantined integer not null
);
create table if not exists raw.source_files (
    source_path varchar not null,
    size bigint not null,
    modified_ns bigint not null,
    read_at timestamp not null
);
create table if not exists raw.file_articles (
    source_path varchar not null,
    article_id varchar not null
);
create table if not exists raw.extractions (
    article_id varchar not null,
    extractor_version varchar not null,
    extracted_at timestamp not null,
    casualties integer not null,
    ceasefire integer not null,
    diplomacy integer not null
);
create table if not exists raw.casualty_mentions (
    mention_id varchar not null,
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
    mention_id varchar not null,
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
    mention_id varchar not null,
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
BATCH_ARTICLES = 2_000
BATCH_BYTES = 32 * 2**20
"""A write batch closes at whichever comes first: this many articles or this much text."""

_ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("published", pa.date32()), ("title", pa.string()), ("body", pa.string()),
    ("url", pa.string()), ("source", pa.string()), ("source_path", pa.string()), ("external_id", pa.string()),
    ("warnings", pa.list_(pa.string())), ("ordinal", pa.int64()),
])


@dataclass(frozen=True)
class IngestSummary:
    """What one ingestion pass changed."""

    new_articles: int
    known_articles: int
    duplicates: int
    retired: int
    quarantined: int


@dataclass(frozen=True)
class PendingArticle:
    """An article waiting for the current extractor version."""

    article_id: str
    title: str
    body: str
    published: date
    source_path: str


def create_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Create the `raw` tables if they are missing."""
    conn.execute(DDL)


def _count(conn: duckdb.DuckDBPyConnection, sql: str, parameters: Sequence[object] = ()) -> int:
    """Rows changed by one insert, update or delete."""
    return conn.execute(sql, list(parameters)).fetchone()[0]


def _with_table(conn: duckdb.DuckDBPyConnection, name: str, table: pa.Table, sql: str, parameters: Sequence[object] = ()) -> int:
    """Run `sql` with the Arrow `table` visible as `name`; returns the rows changed."""
    conn.register(name, table)
    try:
        return _count(conn, sql, parameters)
    finally:
        conn.unregister(name)


def record_rejections(conn: duckdb.DuckDBPyConnection, rejections: Iterable[Rejection], now: datetime) -> int:
    """Add rejections to the quarantine (a repeat of a known one only refreshes `last_seen_at`)."""
    rows = [{"source_path": r.source_path, "line_number": r.line_number or 0, "reason": r.reason} for r in rejections]
    if rows:
        _with_table(conn, "rejected", pa.Table.from_pylist(rows), """
            merge into raw.quarantine q
            using (select distinct * from rejected) r
              on q.source_path = r.source_path and q.line_number = r.line_number and q.reason = r.reason
            when matched then update set last_seen_at = ?
            when not matched then insert values (r.source_path, r.line_number, r.reason, ?, ?)""", [now, now, now])
    return len(rows)


class _ScanWriter:
    """Collects one pass over the raw folder in temporary tables, a batch at a time."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, now: datetime) -> None:
        self.conn, self.now = conn, now
        self.rows: list[dict] = []
        self.read_paths: list[str] = []
        self.rejections: list[Rejection] = []
        self.text_bytes = self.ordinal = self.new = self.quarantined = self.files = 0
        conn.execute("""
            create or replace temp table scan_articles (source_path varchar, article_id varchar);
            create or replace temp table scan_files (source_path varchar)""")

    def add(self, scanned: ScannedFile) -> None:
        self.files += 1
        self.rejections.extend(scanned.rejections)
        if scanned.content_hash is not None:
            self.read_paths.append(scanned.source_path)
        for article in scanned.articles:
            self.ordinal += 1
            self.rows.append({
                "article_id": article.article_id, "published": article.published, "title": article.title,
                "body": article.body, "url": article.url, "source": article.source,
                "source_path": article.source_path, "external_id": article.external_id,
                "warnings": list(article.warnings), "ordinal": self.ordinal,
            })
            self.text_bytes += len(article.body)
        if max(len(self.rows), len(self.read_paths), len(self.rejections)) >= BATCH_ARTICLES or self.text_bytes >= BATCH_BYTES:
            self.flush()

    def flush(self) -> None:
        """Insert the batch's articles not stored yet (the first copy of a text wins), note the files
        read and quarantine the rejections."""
        conn = self.conn
        self.quarantined += record_rejections(conn, self.rejections, self.now)
        if self.read_paths:
            _with_table(conn, "paths", pa.table({"source_path": self.read_paths}), "insert into scan_files select * from paths")
        self.rejections, self.read_paths = [], []
        if not self.rows:
            return
        batch = pa.Table.from_pylist(self.rows, schema=_ARTICLE_SCHEMA)
        self.rows, self.text_bytes = [], 0
        conn.register("batch", batch)
        try:
            conn.execute("insert into scan_articles select source_path, article_id from batch")
            self.new += _count(conn, """
                insert into raw.articles
                select article_id, published, title, body, url, source, source_path, external_id, warnings, ?, null
                from batch anti join raw.articles using (article_id)
                qualify row_number() over (partition by article_id order by ordinal) = 1""", [self.now])
        finally:
            conn.unregister("batch")

    def finish(self) -> IngestSummary:
        """Re-map the files read, retire articles no current file holds, revive those back again."""
        self.flush()
        conn, now = self.conn, self.now
        conn.begin()
        rows, distinct = conn.execute("select count(*), count(distinct article_id) from scan_articles").fetchone()
        conn.execute("""
            create or replace temp table unmapped as
            select article_id from raw.file_articles semi join scan_files using (source_path)""")
        conn.execute("delete from raw.file_articles where source_path in (select source_path from scan_files)")
        conn.execute("insert into raw.file_articles select distinct source_path, article_id from scan_articles")
        retired = _count(conn, """
            update raw.articles set retired_at = ?
            where retired_at is null
              and article_id in (select article_id from unmapped)
              and article_id not in (select article_id from raw.file_articles)""", [now])
        conn.execute("""
            update raw.articles set retired_at = null
            where retired_at is not null and article_id in (select article_id from scan_articles)""")
        summary = IngestSummary(self.new, distinct - self.new, rows - distinct, retired, self.quarantined)
        conn.execute(
            "insert into raw.ingest_runs values (?, ?, ?, ?, ?, ?, ?)",
            [now, self.files, summary.new_articles, summary.known_articles, summary.duplicates, summary.retired,
             summary.quarantined],
        )
        conn.commit()
        conn.execute("drop table scan_articles; drop table scan_files; drop table unmapped")
        return summary


def store_scan(conn: duckdb.DuckDBPyConnection, files: Iterable[ScannedFile], now: datetime) -> IngestSummary:
    """Store one pass over the raw folder: new articles in, re-appearing ones revived, versions a
    re-read file no longer holds retired, rejections quarantined. Files not passed (say, unchanged
    since the last pass) keep their articles as they are.

    `conn` must be in auto-commit mode: each batch of new articles is committed on its own (so memory
    stays bounded), and the bookkeeping that makes them current in one transaction at the end. A pass
    killed midway leaves stored articles that the next pass finds known and finishes.
    """
    writer = _ScanWriter(conn, now)
    for scanned in files:
        writer.add(scanned)
    return writer.finish()


def changed_files(conn: duckdb.DuckDBPyConnection, stamps: Sequence[tuple[str, int, int]]) -> list[str]:
    """Of `(source_path, size, modified_ns)` stamps, the paths that are new or changed since they were last read."""
    if not stamps:
        return []
    listing = pa.Table.from_pylist([{"source_path": p, "size": s, "modified_ns": m} for p, s, m in stamps])
    conn.register("listing", listing)
    try:
        return [row[0] for row in conn.execute("""
            select source_path from listing
            anti join raw.source_files using (source_path, size, modified_ns)
            order by source_path""").fetchall()]
    finally:
        conn.unregister("listing")


def stage_files_read(conn: duckdb.DuckDBPyConnection, stamps: Sequence[tuple[str, int, int]]) -> None:
    """Note the stamps of files just read (kept aside until `record_files_read`)."""
    conn.execute("create temp table if not exists files_read (source_path varchar, size bigint, modified_ns bigint)")
    if stamps:
        listing = pa.Table.from_pylist([{"source_path": p, "size": s, "modified_ns": m} for p, s, m in stamps])
        _with_table(conn, "listing", listing, "insert into files_read select * from listing")


def record_files_read(conn: duckdb.DuckDBPyConnection, now: datetime) -> None:
    """Remember the stamps staged during a scan that was stored in full, so unchanged files are not
    read again. A run killed before this re-reads those files next time, which is harmless."""
    conn.execute("create temp table if not exists files_read (source_path varchar, size bigint, modified_ns bigint)")
    conn.execute("""
        merge into raw.source_files f using (select distinct * from files_read) l on f.source_path = l.source_path
        when matched then update set size = l.size, modified_ns = l.modified_ns, read_at = ?
        when not matched then insert values (l.source_path, l.size, l.modified_ns, ?)""", [now, now])
    conn.execute("drop table files_read")


_PENDING = """
    from raw.articles a
    anti join (select article_id from raw.extractions where extractor_version = ?) e using (article_id)
    where a.retired_at is null"""


def pending_days(conn: duckdb.DuckDBPyConnection, extractor_version: str) -> list[date]:
    """The publication days holding current articles not yet extracted by this version, in order."""
    return [day for (day,) in conn.execute(f"select distinct a.published {_PENDING} order by 1", [extractor_version]).fetchall()]


def pending_articles(
    conn: duckdb.DuckDBPyConnection, extractor_version: str, days: Sequence[date] | None = None,
    batch_size: int = BATCH_ARTICLES,
) -> Iterator[list[PendingArticle]]:
    """Current articles not yet extracted by this version (of the given publication days, if any),
    streamed in batches. The read runs on its own cursor, so `conn` may write and commit meanwhile."""
    day_filter = "and a.published = any(?)" if days is not None else ""
    parameters: list[object] = [extractor_version] + ([list(days)] if days is not None else [])
    reader = conn.cursor()
    try:
        reader.execute(f'use "{conn.execute("select current_database()").fetchone()[0]}"')
        batches = reader.execute(
            f"select a.article_id, coalesce(a.title, '') as title, a.body, a.published, a.source_path {_PENDING} {day_filter}",
            parameters,
        ).to_arrow_reader(batch_size)
        for batch in batches:
            columns = batch.to_pydict()
            yield [PendingArticle(*row) for row in zip(*columns.values())]
    finally:
        reader.close()


def _mention_rows(article_id: str, version: str, family: str, events: Sequence[object]) -> list[dict]:
    rows = []
    for ordinal, event in enumerate(events):
        record = {_FIELD_TO_COLUMN.get(key, key): value for key, value in to_record(event).items()}
        key = f"{article_id}|{family}|{ordinal}|{record['evidence_start']}"
        record["mention_id"] = hashlib.sha256(key.encode()).hexdigest()[:16]
        record["article_id"], record["extractor_version"] = article_id, version
        rows.append(record)
    return rows


def store_extractions(
    conn: duckdb.DuckDBPyConnection, version: str, results: Iterable[tuple[str, ArticleEvents]], now: datetime
) -> int:
    """Replace the mentions of a batch of articles with this extractor version's events and mark
    them extracted: one delete and one bulk insert per table. Returns the articles stored."""
    mentions: dict[str, list[dict]] = {table: [] for table in MENTION_TABLES}
    extractions = []
    for article_id, events in results:
        families = {"casualty_mentions": events.casualties, "ceasefire_mentions": events.ceasefire,
                    "diplomacy_mentions": events.diplomacy}
        for table, family_events in families.items():
            mentions[table].extend(_mention_rows(article_id, version, table, family_events))
        extractions.append({"article_id": article_id, "extractor_version": version, "extracted_at": now,
                            "casualties": len(events.casualties), "ceasefire": len(events.ceasefire),
                            "diplomacy": len(events.diplomacy)})
    if not extractions:
        return 0
    conn.register("extracted", pa.Table.from_pylist(extractions))
    try:
        # only articles read before (by an older version) have mentions to replace
        conn.execute("""create or replace temp table reread as
                        select article_id from raw.extractions semi join extracted using (article_id)""")
        if conn.execute("select count(*) from reread").fetchone()[0]:
            for table in (*MENTION_TABLES, "extractions"):
                conn.execute(f"delete from raw.{table} where article_id in (select article_id from reread)")
        conn.execute("insert into raw.extractions by name select * from extracted")
    finally:
        conn.unregister("extracted")
        conn.execute("drop table if exists reread")
    for table, rows in mentions.items():
        if rows:
            _with_table(conn, "mentions", pa.Table.from_pylist(rows), f"insert into raw.{table} by name select * from mentions")
    return len(extractions)


def store_events(conn: duckdb.DuckDBPyConnection, article_id: str, version: str, events: ArticleEvents, now: datetime) -> None:
    """Replace one article's mentions with this extractor version's events and mark it extracted."""
    store_extractions(conn, version, [(article_id, events)], now)
