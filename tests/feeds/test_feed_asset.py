"""The `feed_articles` asset in a real run: fetched pages reach `raw.articles` with their URL,
failures are listed in its metadata, and without a feeds file nothing is fetched."""

from __future__ import annotations

import dagster as dg

from orchestration.assets.feeds import feed_articles
from orchestration.assets.ingest import articles
from orchestration.resources import RawFilesResource, WarehouseResource


def _materialize(tmp_path):
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir(exist_ok=True)
    database = tmp_path / "warehouse.duckdb"
    resources = {"raw_files": RawFilesResource(directory=str(raw_dir)), "warehouse": WarehouseResource(database=str(database))}
    result = dg.materialize([feed_articles, articles], resources=resources)
    return result, raw_dir, resources["warehouse"]


def _metadata(result) -> dict:
    (event,) = result.asset_materializations_for_node("feed_articles")
    return {key: value.value for key, value in event.metadata.items()}


def test_fetched_articles_reach_the_warehouse_with_their_url(feed_server, tmp_path, monkeypatch):
    feeds_file = tmp_path / "feeds.yml"
    feeds_file.write_text(
        f"feeds:\n  - {feed_server.url('/feeds/good.rss')}\npages:\n  - {feed_server.url('/error500')}\n"
        "settings:\n  timeout_seconds: 0.5\n  retries: 1\n  backoff_seconds: 0.01\n"
    )
    monkeypatch.setenv("FEEDS_FILE", str(feeds_file))
    result, _, warehouse = _materialize(tmp_path)
    assert result.success
    metadata = _metadata(result)
    assert metadata["fetched_articles"] == 3
    assert metadata["failed_urls"] == 2  # the 500 page and the feed's missing (404) entry
    assert feed_server.url("/error500") in metadata["failures"]
    with warehouse.connect(read_only=True) as conn:
        urls = {row[0] for row in conn.execute("select url from raw.articles where source_path like 'feeds/%'").fetchall()}
    assert urls == {feed_server.url(path) for path in ("/articles/ceasefire.html", "/articles/strike.html", "/flaky/talks.html")}


def test_without_feeds_file_nothing_is_fetched_and_nothing_fails(tmp_path, monkeypatch):
    monkeypatch.setenv("FEEDS_FILE", str(tmp_path / "absent.yml"))
    result, raw_dir, _ = _materialize(tmp_path)
    assert result.success
    assert _metadata(result)["fetched_articles"] == 0
    assert not (raw_dir / "feeds").exists()
