from datetime import date, datetime

import duckdb
import pytest

from orchestration.extraction.events import ArticleEvents, CasualtyClaim, Evidence
from orchestration.ingestion.records import ArticleRecord, Rejection, article_id_for
from orchestration.ingestion.scanning import ScannedFile
from orchestration.warehouse import (
    changed_files, create_schema, pending_articles, record_files_read, stage_files_read, store_events,
    store_extractions, store_scan,
)

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


def pending_ids(conn, version: str, **kwargs) -> list[str]:
    return sorted(article.article_id for batch in pending_articles(conn, version, **kwargs) for article in batch)


def claim(start: int) -> CasualtyClaim:
    return CasualtyClaim("UKR", "military", "killed", 2, "exact", date(2025, 3, 1), "incident", "UKR",
                         Evidence("Body A.", start, start + 7, "test.rule"))


def test_extraction_is_pending_until_done_by_the_current_version(conn):
    store_scan(conn, [scanned("a.txt", "Body A.")], NOW)
    (article_id,) = pending_ids(conn, "v1")
    store_events(conn, article_id, "v1", ArticleEvents(casualties=[claim(3)]), NOW)
    assert pending_ids(conn, "v1") == []
    assert pending_ids(conn, "v2") == [article_id]
    store_events(conn, article_id, "v2", ArticleEvents(casualties=[claim(3), claim(20)]), NOW)
    assert conn.execute("select count(*), min(extractor_version) from raw.casualty_mentions").fetchone() == (2, "v2")
    assert conn.execute("select count(*) from raw.extractions").fetchone() == (1,)


def test_pending_articles_stream_in_batches_while_the_same_connection_writes(conn):
    store_scan(conn, [scanned(f"{n}.txt", f"Body {n}.") for n in range(7)], NOW)
    seen = []
    for batch in pending_articles(conn, "v1", batch_size=3):
        assert len(batch) <= 3
        store_extractions(conn, "v1", [(article.article_id, ArticleEvents()) for article in batch], NOW)
        seen.extend(article.article_id for article in batch)
    assert len(seen) == len(set(seen)) == 7
    assert pending_ids(conn, "v1") == []


def test_pending_articles_of_given_publication_days(conn):
    other_day = ArticleRecord(article_id_for("T", "Later."), date(2025, 3, 9), "T", "Later.", "b.txt")
    store_scan(conn, [scanned("a.txt", "Body A."), ScannedFile("b.txt", "h", (other_day,), ())], NOW)
    assert pending_ids(conn, "v1", days=[date(2025, 3, 9)]) == [other_day.article_id]
    assert len(pending_ids(conn, "v1", days=[date(2025, 3, 2), date(2025, 3, 9)])) == 2


def test_bulk_extraction_store_writes_every_family_in_one_batch(conn):
    store_scan(conn, [scanned("a.txt", "Body A.", "Body B.")], NOW)
    ids = pending_ids(conn, "v1")
    stored = store_extractions(conn, "v1", [(ids[0], ArticleEvents(casualties=[claim(0), claim(9)])), (ids[1], ArticleEvents())], NOW)
    assert stored == 2
    assert conn.execute("select count(*), count(distinct mention_id) from raw.casualty_mentions").fetchone() == (2, 2)
    assert conn.execute("select article_id, casualties from raw.extractions order by 1").fetchall() == [(ids[0], 2), (ids[1], 0)]


def test_an_article_dropped_from_a_changed_file_stays_current_while_another_file_holds_it(conn):
    store_scan(conn, [scanned("a.txt", "Shared.", "Only in A."), scanned("b.txt", "Shared.")], NOW)
    summary = store_scan(conn, [scanned("a.txt", "Only in A.")], NOW)  # b.txt unchanged, so not re-read
    assert summary.retired == 0
    store_scan(conn, [scanned("b.txt", "Something else.")], NOW)
    assert current_bodies(conn) == ["Only in A.", "Something else."]


def test_only_new_or_changed_files_are_read_again(conn):
    stamps = [("a.txt", 10, 1), ("b.txt", 20, 2)]
    assert changed_files(conn, stamps) == ["a.txt", "b.txt"]
    stage_files_read(conn, stamps)
    assert changed_files(conn, stamps) == ["a.txt", "b.txt"]  # staged only: a scan killed now reads them again
    record_files_read(conn, NOW)
    assert changed_files(conn, [("a.txt", 10, 1), ("b.txt", 20, 3), ("c.txt", 5, 1)]) == ["b.txt", "c.txt"]
