"""Parsing article files (the `date YYYY-MM-DD Title` text format and JSON Lines) into records."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from orchestration.ingestion.records import ArticleError, ArticleRecord, Rejection

_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%Y/%m/%d", "%d.%m.%Y")
_TEXT_DATE_AT_START = re.compile(
    r"^(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b\s*(?P<title>.*)$"
)
_EARLIEST = date(1900, 1, 1)


def decode(raw: bytes) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 with a warning."""
    if not raw.strip():
        raise ArticleError("empty file")
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), ("UTF-8 byte-order mark removed",)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), ("decoded as UTF-16",)
        except UnicodeDecodeError as exc:
            raise ArticleError(f"invalid UTF-16 text: {exc.reason}") from exc
    if b"\x00" in raw:
        raise ArticleError("binary content (NUL bytes), not a text article")
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t")
    if controls > len(text) * 0.01:
        raise ArticleError("binary content (control bytes), not a text article")
    return text, ("not UTF-8: decoded as Windows-1252/Latin-1",)


def parse_published(value: str, today: date) -> tuple[date, tuple[str, ...]]:
    """A publication date in ISO or another common format, checked to be possible and not in the future."""
    value = value.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    warnings: tuple[str, ...] = ()
    try:
        if iso:
            published = date(*(int(part) for part in iso.groups()))
        else:
            published = _parse_other_format(value)
            warnings = (f"date {value!r} is not ISO (YYYY-MM-DD); read as {published.isoformat()}",)
    except ValueError as exc:
        raise ArticleError(f"impossible or unreadable date {value!r}") from exc
    if published > today + timedelta(days=1):
        raise ArticleError(f"date {published.isoformat()} is in the future")
    if published < _EARLIEST:
        raise ArticleError(f"date {published.isoformat()} is before {_EARLIEST.year}")
    return published, warnings


def _parse_other_format(value: str) -> date:
    cleaned = re.sub(r"\bSept\b", "Sep", value)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned.replace(".", " ").strip())
    cleaned = re.sub(r"\s+", " ", cleaned)
    for fmt in (*_DATE_FORMATS, "%d %m %Y"):
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def parse_text_article(text: str, source_path: str, today: date, warnings: tuple[str, ...] = ()) -> ArticleRecord:
    """An article in the text format: `date YYYY-MM-DD Title`, a blank line, then the body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    header, _, body = text.partition("\n")
    header_match = re.match(r"^date\s+(?P<rest>.+)$", header.strip(), re.IGNORECASE)
    if header_match is None:
        raise ArticleError("first line must be 'date YYYY-MM-DD Title'")
    date_match = _TEXT_DATE_AT_START.match(header_match.group("rest"))
    if date_match is None:
        raise ArticleError(f"no readable date at the start of the first line: {header.strip()[:80]!r}")
    published, date_warnings = parse_published(date_match.group("date"), today)
    title = date_match.group("title").strip()
    if body.strip() and not body.startswith("\n"):
        warnings = (*warnings, "no blank line between the first line and the body")
    body = body.strip()
    if not body:
        raise ArticleError("title with no body")
    return ArticleRecord.create(title, body, published, source_path, warnings=(*warnings, *date_warnings))


def parse_json_article(line: str, source_path: str, today: date) -> ArticleRecord:
    """One JSON Lines record: `{"id", "published", "title", "text", "url"?, "source"?}`."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleError(f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(row, dict):
        raise ArticleError("a JSON line must be an object")
    body = str(row.get("text") or "").strip()
    if not body:
        raise ArticleError("missing or empty 'text'")
    if not row.get("published"):
        raise ArticleError("missing 'published' date")
    published, warnings = parse_published(str(row["published"]), today)
    title = str(row.get("title") or "").strip()
    optional = {key: str(row[key]) for key in ("id", "url", "source") if row.get(key) is not None}
    return ArticleRecord.create(
        title, body, published, source_path,
        external_id=optional.get("id"), url=optional.get("url"), source=optional.get("source"), warnings=warnings,
    )


def parse_json_lines(text: str, source_path: str, today: date) -> Iterator[ArticleRecord | Rejection]:
    """Every line of a JSON Lines file: good lines become records, broken ones rejections."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield parse_json_article(line, source_path, today)
        except ArticleError as exc:
            yield Rejection(source_path, str(exc), line_number=number)
