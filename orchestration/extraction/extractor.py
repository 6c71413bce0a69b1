"""The extractor's entry point: an article's title, body and publication date in, events out."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from orchestration.extraction.casualties import extract_casualties
from orchestration.extraction.ceasefire import extract_ceasefire_events
from orchestration.extraction.diplomacy import extract_diplomatic_engagements
from orchestration.extraction.events import ArticleEvents
from orchestration.extraction.text import build_document, split_sentences

_PACKAGE_DIR = Path(__file__).parent


def _source_digest() -> str:
    """A digest of the extractor's code and data, so any change to a rule is a new version."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        if path.suffix in {".py", ".csv", ".json", ".txt"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


EXTRACTOR_VERSION = f"rules-{_source_digest()}"


def extract_events(title: str, body: str, published: date) -> ArticleEvents:
    """All casualty claims, ceasefire events and diplomatic engagements of one article.

    Evidence offsets index into `build_document(title, body)`.
    """
    document = build_document(title, body)
    sentences = split_sentences(document, has_title=bool((title or "").strip()))
    return ArticleEvents(
        casualties=extract_casualties(sentences, published),
        ceasefire=extract_ceasefire_events(sentences, published),
        diplomacy=extract_diplomatic_engagements(sentences, published),
    )
