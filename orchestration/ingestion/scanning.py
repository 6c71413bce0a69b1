"""Finding and reading the article files under the raw directory, safely."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from orchestration.ingestion.parsing import decode, parse_json_lines, parse_text_article
from orchestration.ingestion.records import ArticleError, ArticleRecord, Rejection

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSON_LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ScannedFile:
    """One file under the raw directory: its content hash and what it yielded."""

    source_path: str  # relative to the raw directory
    content_hash: str | None
    articles: tuple[ArticleRecord, ...]
    rejections: tuple[Rejection, ...]


def iter_article_files(raw_dir: Path) -> Iterator[Path]:
    """Every non-hidden file below `raw_dir` in sorted order, one folder at a time, so a huge folder
    is never held whole (symlinks included: `read_article_file` vets them)."""
    for folder, subfolders, names in os.walk(raw_dir):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        linked_folders = [name for name in subfolders if Path(folder, name).is_symlink()]  # not followed
        for name in sorted(names + linked_folders):
            path = Path(folder, name)
            if not name.startswith(".") and (path.is_symlink() or path.is_file()):
                yield path


def article_files(raw_dir: Path) -> list[Path]:
    """Every non-hidden file below `raw_dir`, sorted (symlinks included: `read_article_file` vets them)."""
    return sorted(iter_article_files(raw_dir))


def _read_bytes(path: Path, raw_dir: Path, max_bytes: int) -> bytes:
    resolved = path.resolve()
    if not resolved.is_relative_to(raw_dir.resolve()):
        raise ArticleError(f"refused: the link points outside the raw directory (to {resolved})")
    try:
        size = resolved.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit for one article file")
        with resolved.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise ArticleError("file disappeared before it could be read") from exc
    except PermissionError as exc:
        raise ArticleError("no permission to read the file") from exc
    except IsADirectoryError as exc:
        raise ArticleError("not a regular file") from exc


def read_article_file(path: Path, raw_dir: Path, today: date, max_bytes: int = DEFAULT_MAX_BYTES) -> ScannedFile:
    """Parse one file into articles and rejections; never raises for bad content."""
    source_path = path.relative_to(raw_dir).as_posix()
    suffix = path.suffix.lower()
    try:
        if suffix not in TEXT_SUFFIXES | JSON_LINES_SUFFIXES:
            raise ArticleError(f"unsupported file type {suffix or '(none)'!r}: use .txt or .jsonl")
        raw = _read_bytes(path, raw_dir, max_bytes)
        content_hash = hashlib.sha256(raw).hexdigest()
        text, warnings = decode(raw)
        if suffix in JSON_LINES_SUFFIXES:
            items = list(parse_json_lines(text, source_path, today))
            articles = tuple(item for item in items if isinstance(item, ArticleRecord))
            rejections = tuple(item for item in items if isinstance(item, Rejection))
            return ScannedFile(source_path, content_hash, articles, rejections)
        article = parse_text_article(text, source_path, today, warnings)
        return ScannedFile(source_path, content_hash, (article,), ())
    except ArticleError as exc:
        return ScannedFile(source_path, None, (), (Rejection(source_path, str(exc)),))


def scan_raw_dir(raw_dir: Path, today: date, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ScannedFile]:
    """Read every article file under `raw_dir`, one `ScannedFile` each."""
    for path in article_files(raw_dir):
        yield read_article_file(path, raw_dir, today, max_bytes)
