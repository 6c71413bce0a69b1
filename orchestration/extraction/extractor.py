"""The extractor's entry point: an article's title, body and publication date in, events out."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from orchestration.extraction.casualties import extract_casualties
from orchestration.extraction.ceasefire import extract_ceasefire_events
from orchestration.extraction.diplomacy import extract_diplomatic_engagements
from orchestration.extraction.diplomacy_merge import with_truce_brokers
from orchestration.extraction.events import ArticleEvents
from orchestration.extraction.governments import as_governments
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


# The work budget of one article, in characters read. Sentences are bounded (`text.MAX_SENTENCE_CHARS`), so the
# extractor's work grows linearly with this count; 500,000 characters is some 80,000 words, ten times the longest
# feature a newspaper prints, and about ten seconds of the worst text (run-on lists of trigger words).
DEFAULT_MAX_CHARS = 500_000


class OverBudget(Exception):
    """An article too large to extract within the budget: it is quarantined with `reason`, not read."""

    def __init__(self, chars: int, max_chars: int) -> None:
        self.chars, self.max_chars = chars, max_chars
        self.reason = f"over the extraction budget: {chars:,} characters > {max_chars:,} (EXTRACTION_MAX_CHARS)"
        super().__init__(self.reason)


def extract_events(title: str, body: str, published: date, max_chars: int = DEFAULT_MAX_CHARS) -> ArticleEvents:
    """All casualty claims, ceasefire events and diplomatic engagements of one article.

    Evidence offsets index into `build_document(title, body)`. Raises `OverBudget` for a document longer than
    `max_chars` characters.
    """
    document = build_document(title, body)
    if len(document) > max_chars:
        raise OverBudget(len(document), max_chars)
    sentences = split_sentences(document, has_title=bool((title or "").strip()))
    truces = extract_ceasefire_events(sentences, published)
    events = ArticleEvents(
        casualties=extract_casualties(sentences, published),
        ceasefire=truces,
        diplomacy=with_truce_brokers(extract_diplomatic_engagements(sentences, published), truces, published),
    )
    return as_governments(events, published)
