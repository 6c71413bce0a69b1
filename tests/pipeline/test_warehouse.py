from datetime import date, datetime

import duckdb
import pytest

from orchestration.extraction.events import ArticleEvents, CasualtyClaim, Evidence
from orchestration.ingestion.records import ArticleRecord, Rejection, article_id_for
from orchestration.ingestion.scanning import ScannedFile
from orchestration.warehouse import articles_to_extract, create_schema, store_events, store_scan

NOW = datetime(2026, 1, 10, 8, 0)


def article(path: str, body: str) -> ArticleRecord:
    return ArticleRecord(article_id_for("T", body), date(2025, 3, 2), "T", body, path)


def scanned(path: str, *bodies: str, rejections: tuple[Rejection, ...] = ()) -> ScannedFile:
    return ScannedFile(path, "hash-" + "|".join(bodies), tuple(article(path, b) for b in bodies), rejections)


@pytest.fixture
def conn():
    connection = duckdb.connect(":memory:")
    create_schema(connection)
    yield connection
    connection.close()


def current_bodies(conn) -> list[str]:
    return [row[0] for row in conn.execute("select body from raw.articles where retired_at is null order by body").fetchall()]


def test_rerun_adds_nothing_and_same_text_twice_is_one_article(conn):
    first = store_scan(conn, [scanned("a.txt", "Body A."), scanned("copy.txt", "Body A.")], NOW)
    second = store_scan(conn, [scanned("a.txt", "Body A."), scanned("copy.txt", "Body A.")], NOW)
    assert (first.new_articles, first.duplicates) == (1, 1)
    assert (second.new_articles, second.known_articles) == (0, 1)
    assert current_bodies(conn) == ["Body A."]


def test_changed_file_retires_its_old_version(conn):
    store_scan(conn, [scanned("a.txt", "Version one.")], NOW)
    summary = store_scan(conn, [scanned("a.txt", "Version two.")], NOW)
    assert summary.retired == 1
    assert current_bodies(conn) == ["Version two."]
    assert conn.execute("select count(*) from raw.articles").fetchone()[0] == 2


def test_rejections_are_quarantined_once_and_refreshed(conn):
    bad = ScannedFile("bad.txt", None, (), (Rejection("bad.txt", "empty file"),))
    store_scan(conn, [bad], NOW)
    store_scan(conn, [bad], datetime(2026, 1, 11))
    rows = conn.execute("select source_path, reason, quarantined_at, last_seen_at from raw.quarantine").fetchall()
    assert rows == [("bad.txt", "empty file", NOW, datetime(2026, 1, 11))]


def test_unreadable_file_does_not_retire_what_it_held(conn):
    store_scan(conn, [scanned("a.txt", "Body A.")], NOW)
    store_scan(conn, [ScannedFile("a.txt", None, (), (Rejection("a.txt", "no permission to read the file"),))], NOW)
    assert current_bodies(conn) == ["Body A."]


def test_extraction_is_pending_until_done_by_the_current_version(conn):
    store_scan(conn, [scanned("a.txt", "Body A.")], NOW)
    (pending,) = articles_to_extract(conn, "v1")
    claim = CasualtyClaim("UKR", "military", "killed", 2, "exact", date(2025, 3, 1), "incident", "UKR",
                          Evidence("Body A.", 3, 10, "test.rule"))
    store_events(conn, pending[0], "v1", ArticleEvents(casualties=[claim]), NOW)
    assert articles_to_extract(conn, "v1") == []
    assert len(articles_to_extract(conn, "v2")) == 1
    store_events(conn, pending[0], "v2", ArticleEvents(casualties=[claim, claim]), NOW)
    assert conn.execute("select count(*), min(extractor_version) from raw.casualty_mentions").fetchone() == (2, "v2")
