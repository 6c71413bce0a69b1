"""Fetching feeds.yml against a real local HTTP server: good articles land in raw/ as JSON Lines
with their URL, every failure is recorded with its cause, nothing raises, and the next run sends
conditional GETs and retries what failed."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from orchestration.ingestion.feeds import (
    STATE_FILE,
    FeedsConfig,
    FeedsConfigError,
    FeedSource,
    fetch_feeds,
    load_feeds_config,
)
from orchestration.ingestion.fetching import FetchSettings
from orchestration.ingestion.scanning import read_article_file

from .conftest import ETAG, HUGE_CHUNK, HUGE_CHUNKS, LAST_MODIFIED, serve_fixtures

SETTINGS = FetchSettings(timeout_seconds=0.2, max_bytes=200_000, retries=2, backoff_seconds=0.01, max_redirects=3)
NOW = datetime(2025, 2, 7, 8, 0, 0)
GOOD_TITLES = {
    "Ceasefire declared along the northern front",
    "Drone strike kills four in border town",
    "Talks resume after a failed first attempt",
    "Aid convoy reaches besieged city",
}


def _config(server, **overrides) -> FeedsConfig:
    return FeedsConfig(
        feeds=(
            FeedSource(server.url("/feeds/good.rss"), "Test Wire"),
            FeedSource(server.url("/feeds/malformed.rss")),
            FeedSource(server.url("/error500")),
        ),
        pages=(
            server.url("/articles/standalone.html"),
            server.url("/slow"),
            server.url("/loop-a"),
            server.url("/huge.html"),
            server.url("/report.pdf"),
            server.url("/to-file"),
            "ftp://127.0.0.1/article.txt",
        ),
        settings=overrides.get("settings", SETTINGS),
    )


def _records(path: Path | None) -> list[dict]:
    assert path is not None
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """One fetch of everything, shared by the tests that only inspect its outcome."""
    out_dir = tmp_path_factory.mktemp("raw") / "feeds"
    with serve_fixtures() as server:
        yield server, out_dir, fetch_feeds(_config(server), out_dir, NOW)


def test_good_articles_land_as_json_lines_with_their_url(first_run):
    server, _, report = first_run
    records = _records(report.output_file)
    assert {record["title"] for record in records} == GOOD_TITLES
    by_title = {record["title"]: record for record in records}
    ceasefire = by_title["Ceasefire declared along the northern front"]
    assert ceasefire["url"] == server.url("/articles/ceasefire.html")
    assert ceasefire["source"] == "Test Wire"
    assert ceasefire["published"] == "2025-02-04"  # from the feed
    assert by_title["Aid convoy reaches besieged city"]["published"] == "2025-02-06"  # from the page itself
    assert "brokered by Russia" in ceasefire["text"]


def test_main_text_comes_without_navigation_and_footer(first_run):
    _, _, report = first_run
    for record in _records(report.output_file):
        assert "Subscribe to our newsletter" not in record["text"]
        assert "Copyright" not in record["text"]
        assert "Trending" not in record["text"]


def test_every_failure_is_recorded_with_its_cause(first_run):
    server, _, report = first_run
    kinds = {failure.url: failure.kind for failure in report.failures}
    assert kinds == {
        server.url("/feeds/malformed.rss"): "malformed_feed",
        server.url("/error500"): "http_500",
        server.url("/slow"): "timeout",
        server.url("/loop-a"): "redirect_loop",
        server.url("/huge.html"): "too_large",
        server.url("/report.pdf"): "not_html",
        server.url("/to-file"): "refused_scheme",
        "ftp://127.0.0.1/article.txt": "refused_scheme",
        server.url("/articles/missing.html"): "http_404",
    }
    assert any("has no link" in problem for problem in report.problems)


def test_failures_are_kept_in_the_state_file(first_run):
    server, out_dir, report = first_run
    failures = json.loads((out_dir / STATE_FILE).read_text())["failures"]
    assert set(failures) == {failure.url for failure in report.failures}
    missing = failures[server.url("/articles/missing.html")]
    assert missing["attempts"] == 1 and missing["reason"].startswith("HTTP 404")
    assert missing["request"]["title"] == "A story that was taken down"  # enough to retry it later


def test_server_errors_are_retried_with_backoff_then_recorded(first_run):
    server, _, _ = first_run
    assert server.hits["/error500"] == 1 + SETTINGS.retries
    assert server.hits["/flaky/talks.html"] == 2  # a 500, then the page on the retry
    assert server.hits["/articles/missing.html"] == 1  # a 404 is not retried


def test_huge_page_is_abandoned_while_streaming(first_run):
    server, _, report = first_run
    assert "limit" in next(f.reason for f in report.failures if f.kind == "too_large")
    assert server.huge_bytes_sent < HUGE_CHUNKS * len(HUGE_CHUNK) / 2


def test_requests_carry_an_honest_user_agent(first_run):
    server, _, _ = first_run
    agents = {headers["User-Agent"] for seen in server.request_headers.values() for headers in seen}
    assert len(agents) == 1
    assert agents.pop().startswith("conflict-warehouse/")


def test_fetched_file_is_ingested_like_any_raw_file(first_run):
    _, out_dir, report = first_run
    raw_dir = out_dir.parent
    scanned = read_article_file(report.output_file, raw_dir, date(2025, 2, 7))
    assert scanned.rejections == ()
    assert {article.title for article in scanned.articles} == GOOD_TITLES
    assert all(article.url and article.url.startswith("http://127.0.0.1:") for article in scanned.articles)


def test_second_run_uses_conditional_get_and_writes_nothing_new(first_run):
    server, out_dir, _ = first_run
    report = fetch_feeds(_config(server), out_dir, NOW.replace(hour=9))
    assert server.request_headers["/feeds/good.rss"][-1].get("If-None-Match") == ETAG
    assert server.request_headers["/articles/standalone.html"][-1].get("If-Modified-Since") == LAST_MODIFIED
    assert report.not_modified == 2
    assert report.articles == 0 and report.output_file is None
    assert len(list(out_dir.glob("*.jsonl"))) == 1


def test_failed_feed_entry_is_retried_although_the_feed_is_unchanged(feed_server, tmp_path):
    out_dir = tmp_path / "feeds"
    config = FeedsConfig(feeds=(FeedSource(feed_server.url("/feeds/good.rss")),), settings=SETTINGS)
    feed_server.failing.add("/articles/strike.html")
    first = fetch_feeds(config, out_dir, NOW)
    assert "Drone strike kills four in border town" not in {r["title"] for r in _records(first.output_file)}
    feed_server.failing.clear()
    second = fetch_feeds(config, out_dir, NOW.replace(hour=9))
    assert second.not_modified == 1  # the feed answered 304, yet the page that failed came
    assert [r["title"] for r in _records(second.output_file)] == ["Drone strike kills four in border town"]
    assert feed_server.url("/articles/strike.html") not in json.loads((out_dir / STATE_FILE).read_text())["failures"]


@pytest.mark.parametrize("state", ["{not json", '{"resources": {}, "failures": {"u": {"request": {"link": 1}}}}'])
def test_unreadable_state_file_starts_afresh_without_failing(feed_server, tmp_path, state):
    out_dir = tmp_path / "feeds"
    out_dir.mkdir()
    (out_dir / STATE_FILE).write_text(state)
    config = FeedsConfig(pages=(feed_server.url("/articles/standalone.html"),), settings=SETTINGS)
    report = fetch_feeds(config, out_dir, NOW)
    assert report.articles == 1
    assert any("starting afresh" in problem for problem in report.problems)


def test_no_feeds_file_means_nothing_to_fetch(tmp_path):
    assert load_feeds_config(tmp_path / "feeds.yml") is None


def test_feeds_file_is_read_with_settings(tmp_path):
    path = tmp_path / "feeds.yml"
    path.write_text(
        "feeds:\n  - https://example.org/rss.xml\n  - {url: https://example.org/atom.xml, name: Example}\n"
        "pages:\n  - https://example.org/a.html\nsettings:\n  timeout_seconds: 3\n  retries: 0\n"
    )
    config = load_feeds_config(path)
    assert config.feeds == (FeedSource("https://example.org/rss.xml"), FeedSource("https://example.org/atom.xml", "Example"))
    assert config.pages == ("https://example.org/a.html",)
    assert config.settings.timeout_seconds == 3.0 and config.settings.retries == 0


def test_shipped_example_is_a_valid_feeds_file():
    from orchestration import config

    example = load_feeds_config(config.PROJECT_ROOT / "feeds.example.yml")
    assert example is not None and example.settings.max_bytes > 0


@pytest.mark.parametrize(
    "text, complaint",
    [
        ("feeds: [unclosed", "not valid YAML"),
        ("- just a list", "must be a mapping"),
        ("feeds:\n  - {name: no url}", "feeds entry 1"),
        ("settings:\n  speed: fast", "accepts only"),
        ("settings:\n  retries: many", "wrong type"),
    ],
)
def test_unusable_feeds_file_is_a_clear_error(tmp_path, text, complaint):
    path = tmp_path / "feeds.yml"
    path.write_text(text)
    with pytest.raises(FeedsConfigError, match=complaint):
        load_feeds_config(path)
