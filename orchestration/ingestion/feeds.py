"""Feeds and single article pages listed in `feeds.yml`, fetched into JSON Lines files in the raw
folder, so they go through the same parsing, quarantine and content dedup as any other file.

What each URL last returned (ETag, Last-Modified, a digest of its text) and every failure are
kept in a small state file beside the output, so the next run sends conditional GETs, skips pages
it already has and retries what failed: nothing fetched is lost and no failure is silent.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from orchestration.ingestion.fetching import Fetcher, FetchError, FetchSettings, Validators
from orchestration.ingestion.web_content import page_text, parse_feed

STATE_FILE = ".fetch_state.json"  # hidden: ingestion and the raw-folder sensor skip it
PROGRESS_EVERY = 25


class FeedsConfigError(ValueError):
    """A `feeds.yml` that cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class FeedSource:
    url: str
    name: str = ""


@dataclass(frozen=True)
class FeedsConfig:
    """The feeds and single pages to fetch, and the limits to fetch them with."""

    feeds: tuple[FeedSource, ...] = ()
    pages: tuple[str, ...] = ()
    settings: FetchSettings = FetchSettings()


def _as_feed(item: object, position: int) -> FeedSource:
    if isinstance(item, str):
        return FeedSource(item.strip())
    if isinstance(item, dict) and isinstance(item.get("url"), str):
        return FeedSource(item["url"].strip(), str(item.get("name") or ""))
    raise FeedsConfigError(f"feeds entry {position} must be a URL or a mapping with 'url' (and optional 'name')")


def load_feeds_config(path: Path) -> FeedsConfig | None:
    """The configuration in `path`, or None when the file does not exist (nothing to fetch)."""
    if not path.exists():
        return None
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise FeedsConfigError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(loaded, dict) or set(loaded) - {"feeds", "pages", "settings"}:
        raise FeedsConfigError(f"{path} must be a mapping with only 'feeds', 'pages' and 'settings'")
    pages = loaded.get("pages") or []
    if not all(isinstance(page, str) for page in pages):
        raise FeedsConfigError(f"{path}: 'pages' must be a list of URLs")
    return FeedsConfig(
        feeds=tuple(_as_feed(item, number) for number, item in enumerate(loaded.get("feeds") or [], start=1)),
        pages=tuple(page.strip() for page in pages),
        settings=_settings(loaded.get("settings") or {}, path),
    )


def _settings(values: object, path: Path) -> FetchSettings:
    defaults = {f.name: f.default for f in fields(FetchSettings)}
    if not isinstance(values, dict) or set(values) - set(defaults):
        raise FeedsConfigError(f"{path}: 'settings' accepts only {', '.join(sorted(defaults))}")
    try:
        return FetchSettings(**{name: type(defaults[name])(value) for name, value in values.items()})
    except (TypeError, ValueError) as exc:
        raise FeedsConfigError(f"{path}: a value under 'settings' has the wrong type: {exc}") from exc


@dataclass(frozen=True)
class PageRequest:
    """A page to fetch, with what the feed that linked it says about it."""

    url: str
    source: str
    entry_id: str = ""
    title: str = ""
    published: str = ""  # ISO date or empty

    @property
    def from_feed(self) -> bool:
        return bool(self.entry_id)


@dataclass
class FetchState:
    """What the fetcher remembers between runs (a JSON file)."""

    resources: dict[str, dict[str, str | None]] = field(default_factory=dict)
    failures: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> tuple[FetchState, str | None]:
        """The saved state, or a fresh one and the reason when the file is unreadable."""
        if not path.exists():
            return cls(), None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            state = cls(dict(data["resources"]), dict(data["failures"]))
            state.pending_pages()  # every remembered failure must still be retryable
            return state, None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            return cls(), f"fetch state {path} unreadable ({exc}); starting afresh (content dedup prevents duplicates)"

    def save(self, path: Path) -> None:
        _write_atomically(path, json.dumps(asdict(self), indent=1, sort_keys=True))

    def validators(self, url: str) -> Validators:
        known = self.resources.get(url, {})
        return Validators(known.get("etag"), known.get("last_modified"))

    def remember(self, url: str, validators: Validators, now: datetime, digest: str | None = None) -> None:
        self.resources[url] = {
            "etag": validators.etag,
            "last_modified": validators.last_modified,
            "digest": digest or self.resources.get(url, {}).get("digest"),
            "fetched_at": now.isoformat(timespec="seconds"),
        }
        self.failures.pop(url, None)

    def record_failure(self, url: str, error: FetchError, now: datetime, request: PageRequest | None) -> None:
        previous = self.failures.get(url, {})
        stamp = now.isoformat(timespec="seconds")
        self.failures[url] = {
            "kind": error.kind,
            "reason": str(error),
            "attempts": previous.get("attempts", 0) + 1,
            "first_failed_at": previous.get("first_failed_at", stamp),
            "last_failed_at": stamp,
            "request": asdict(request) if request else None,
        }

    def pending_pages(self) -> list[PageRequest]:
        """Feed entries whose page failed before: retried on every run until they succeed."""
        return [PageRequest(**failure["request"]) for failure in self.failures.values() if failure.get("request")]


@dataclass(frozen=True)
class FetchFailure:
    url: str
    kind: str
    reason: str


@dataclass(frozen=True)
class FetchReport:
    """What one fetch run did; every URL asked for is in exactly one of the counts or `failures`."""

    output_file: Path | None
    articles: int
    not_modified: int
    already_fetched: int
    unchanged: int
    failures: tuple[FetchFailure, ...]
    problems: tuple[str, ...]


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


class _FetchRun:
    """One pass over the configuration; collects records, counts and failures."""

    def __init__(self, fetcher: Fetcher, state: FetchState, now: datetime) -> None:
        self.fetcher, self.state, self.now = fetcher, state, now
        self.records: list[dict[str, str]] = []
        self.failures: list[FetchFailure] = []
        self.problems: list[str] = []
        self.not_modified = self.already_fetched = self.unchanged = 0

    def fail(self, url: str, error: FetchError, request: PageRequest | None = None) -> None:
        self.state.record_failure(url, error, self.now, request)
        self.failures.append(FetchFailure(url, error.kind, str(error)))

    def feed_entries(self, feed: FeedSource) -> list[PageRequest]:
        """The entries of one feed not fetched yet (none when the feed is unchanged or failed)."""
        try:
            response = self.fetcher.get(feed.url, self.state.validators(feed.url))
            if response.not_modified:
                self.not_modified += 1
                return []
            parsed = parse_feed(response.body or b"", response.content_type)
        except FetchError as error:
            self.fail(feed.url, error)
            return []
        self.state.remember(feed.url, response.validators, self.now)
        self.problems.extend(f"{feed.url}: {problem}" for problem in parsed.problems)
        source = feed.name or parsed.title or _host(feed.url)
        requests = []
        for entry in parsed.entries:
            if entry.link in self.state.resources:
                self.already_fetched += 1
                continue
            published = entry.published.isoformat() if entry.published else ""
            requests.append(PageRequest(entry.link, source, entry.entry_id, entry.title, published))
        return requests

    def page(self, request: PageRequest) -> None:
        """Fetch one page and keep its main text as a record, unless it did not change."""
        validators = Validators() if request.from_feed else self.state.validators(request.url)
        try:
            response = self.fetcher.get(request.url, validators)
            if response.not_modified:
                self.not_modified += 1
                return
            text = page_text(response.body or b"", response.content_type, response.final_url)
        except FetchError as error:
            self.fail(request.url, error, request if request.from_feed else None)
            return
        digest = _digest(text.text)
        unchanged = self.state.resources.get(request.url, {}).get("digest") == digest
        self.state.remember(request.url, response.validators, self.now, digest)
        if unchanged:
            self.unchanged += 1
            return
        published = request.published or (text.published or self.now.date()).isoformat()
        self.records.append({
            "id": request.entry_id or request.url,
            "published": published,
            "title": request.title or text.title,
            "text": text.text,
            "url": request.url,
            "source": request.source,
            "fetched_at": self.now.isoformat(timespec="seconds"),
        })


def _unique(requests: Iterable[PageRequest]) -> list[PageRequest]:
    seen: dict[str, PageRequest] = {}
    for request in requests:
        seen.setdefault(request.url, request)
    return list(seen.values())


def fetch_feeds(
    config: FeedsConfig, out_dir: Path, now: datetime, progress: Callable[[str], None] = lambda _: None
) -> FetchReport:
    """Fetch every feed's new entries and every listed page into one new JSON Lines file in
    `out_dir`; never raises for a bad URL, server or document (those become `failures`)."""
    state_path = out_dir / STATE_FILE
    state, state_problem = FetchState.load(state_path)
    with Fetcher(config.settings) as fetcher:
        run = _FetchRun(fetcher, state, now)
        if state_problem:
            run.problems.append(state_problem)
        from_feeds = [request for feed in config.feeds for request in run.feed_entries(feed)]
        listed = [PageRequest(url, _host(url)) for url in config.pages]
        requests = _unique([*from_feeds, *state.pending_pages(), *listed])
        for number, request in enumerate(requests, start=1):
            run.page(request)
            if number % PROGRESS_EVERY == 0 or number == len(requests):
                progress(f"Fetched {number}/{len(requests)} pages")
    output = None
    if run.records:
        output = out_dir / f"{now:%Y%m%dT%H%M%S%f}Z.jsonl"
        _write_atomically(output, "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in run.records))
    state.save(state_path)  # only after the articles are safely on disk
    return FetchReport(
        output, len(run.records), run.not_modified, run.already_fetched, run.unchanged,
        tuple(run.failures), tuple(run.problems),
    )
