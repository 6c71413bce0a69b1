"""Extract a stream of articles on every core: chunks go to a pool of worker processes, results come back
in input order, and only a few chunks are in flight at once, so memory stays bounded whatever the stream's
length. Writing the results stays with the caller (one writer: DuckDB writes are serial)."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Hashable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from typing import TypeVar

from orchestration.extraction.events import ArticleEvents
from orchestration.extraction.extractor import DEFAULT_MAX_CHARS, OverBudget, extract_events

Key = TypeVar("Key", bound=Hashable)
Article = tuple[Key, str, str, date]  # (key, title, body, published)

DEFAULT_CHUNK_SIZE = 64
# A stream of at most this many chunks is extracted in this process: each worker first imports and warms up the
# extractor (about a CPU second), more than a pool saves on so few articles.
SERIAL_CHUNKS = 2


@dataclass(frozen=True)
class Quarantined:
    """An article that yields no events: over the work budget, or the extractor failed on it."""

    reason: str


Outcome = ArticleEvents | Quarantined


def extract_one(title: str, body: str, published: date, max_chars: int = DEFAULT_MAX_CHARS) -> Outcome:
    """The events of one article, or why it is quarantined (an error in one article never stops the others)."""
    try:
        return extract_events(title, body, published, max_chars)
    except OverBudget as over:
        return Quarantined(over.reason)
    except Exception as exc:  # a rule's bug on one odd text: quarantine the article with the error
        return Quarantined(f"extractor failed: {exc!r}")


def _extract_chunk(chunk: list[Article], max_chars: int) -> list[tuple[Key, Outcome]]:
    return [(key, extract_one(title, body, published, max_chars)) for key, title, body, published in chunk]


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def warm_up_extractor() -> None:
    """Build the gazetteer matcher and compile every lazily built pattern (once per process)."""
    extract_events(
        "Warm-up: Kyiv and Moscow agree truce",
        "French President Emmanuel Macron called Russian President Vladimir Putin on Monday. Moscow-backed "
        "separatists and the Syrian opposition said two soldiers were killed in Kharkiv, and 12 were wounded.",
        date(2024, 1, 1),
    )


def extract_stream(
    articles: Iterable[Article],
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[tuple[Key, Outcome]]:
    """(key, events or `Quarantined`) for every (key, title, body, published), in input order.

    `workers` > 1 extracts in that many processes, `chunk_size` articles per task, with at most two chunks
    per worker in flight; `workers` = 1, or a stream of at most `SERIAL_CHUNKS` chunks, extracts here, with
    the same results.
    """
    chunks = _chunks(articles, chunk_size)
    first = list(islice(chunks, SERIAL_CHUNKS + 1))
    if workers <= 1 or len(first) <= SERIAL_CHUNKS:
        for chunk in chain(first, chunks):
            yield from _extract_chunk(chunk, max_chars)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB or Dagster threads
    with ProcessPoolExecutor(workers, mp_context=context, initializer=warm_up_extractor) as pool:
        pending: deque[Future[list[tuple[Key, Outcome]]]] = deque()
        for chunk in chain(first, chunks):
            pending.append(pool.submit(_extract_chunk, chunk, max_chars))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
