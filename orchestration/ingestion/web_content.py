"""What fetched bytes hold: the entries of an RSS/Atom feed (feedparser) and the main text of an
HTML page (trafilatura). No network here: both libraries only ever get bytes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import feedparser
import trafilatura

from orchestration.ingestion.fetching import FetchError

HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: the page it links to and what the feed says about it."""

    link: str
    entry_id: str
    title: str
    published: date | None


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its title, its linked entries, and the problems met while reading it."""

    title: str
    entries: tuple[FeedEntry, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class PageText:
    """The main text of an HTML page, with the title and date the page itself gives."""

    title: str
    text: str
    published: date | None


def _entry_date(entry: feedparser.FeedParserDict) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")  # a UTC struct_time
    return date(*parsed[:3]) if parsed else None


def parse_feed(body: bytes, content_type: str = "") -> Feed:
    """Entries of an RSS or Atom document; raises `FetchError` when no entry can be read from a broken one.

    A malformed feed from which entries could still be recovered is used, with the problem noted.
    """
    try:
        parsed = feedparser.parse(body, response_headers={"content-type": content_type} if content_type else None)
    except Exception as exc:  # feedparser is lenient; anything it still cannot take is one failed feed
        raise FetchError("malformed_feed", f"feedparser could not read the feed: {exc!r}") from exc
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        cause = parsed.get("bozo_exception")
        detail = f": {type(cause).__name__}: {cause}" if cause else ""
        raise FetchError("malformed_feed", f"not a readable RSS or Atom feed{detail}")
    problems = []
    if parsed.bozo:
        problems.append(f"malformed feed, {len(parsed.entries)} entries recovered: {parsed.get('bozo_exception')}")
    entries = []
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if not link:
            problems.append(f"entry {number} ({entry.get('title', 'untitled')!r}) has no link")
            continue
        entries.append(FeedEntry(link, str(entry.get("id") or link), str(entry.get("title") or ""), _entry_date(entry)))
    return Feed(str(parsed.feed.get("title") or ""), tuple(entries), tuple(problems))


def _date_or_none(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def page_text(body: bytes, content_type: str, url: str) -> PageText:
    """The main text of an HTML page; raises `FetchError` for other media or a page without text."""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type not in HTML_CONTENT_TYPES:
        raise FetchError("not_html", f"not an HTML page (Content-Type {media_type or 'missing'!r})")
    try:
        document = trafilatura.bare_extraction(body, url=url, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # a page the extractor chokes on is one failed page, not a failed run
        raise FetchError("extraction_failed", f"trafilatura could not read the page: {exc!r}") from exc
    text = (document.text or "").strip() if document else ""
    if not text:
        raise FetchError("no_text", "no article text found on the page")
    title = (document.title or "").strip()
    first_line, _, rest = text.partition("\n")
    if title and first_line.strip() == title and rest.strip():
        text = rest.strip()  # the headline repeated as the first paragraph
    return PageText(title, text, _date_or_none(document.date))
