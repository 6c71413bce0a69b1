"""Markdown audit views of an article: its text with every extracted evidence sentence highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class HighlightedSpan:
    """One extracted mention: where its evidence is in the document and what was read from it."""

    start: int
    end: int
    label: str  # e.g. "casualty: AZE military killed 50 (exact) on 2022-09-13"
    rule: str


def _escape(text: str) -> str:
    return "".join(f"\\{char}" if char in "\\`*_[]<>|#" else char for char in text)


def render_article(title: str, document: str, spans: Sequence[HighlightedSpan]) -> str:
    """The document as markdown, each evidence span in bold with numbered notes of what it yielded."""
    ordered = sorted(spans, key=lambda span: (span.start, span.end))
    pieces: list[str] = []
    notes: list[str] = []
    cursor = 0
    for number, span in enumerate(ordered, start=1):
        if span.start >= cursor:
            pieces.append(_escape(document[cursor : span.start]))
            pieces.append(f"**{_escape(document[span.start : span.end])}**")
            cursor = span.end
        pieces.append(f" [{number}]")
        notes.append(f"{number}. {_escape(span.label)} — rule `{span.rule}`")
    pieces.append(_escape(document[cursor:]))
    body = "".join(pieces).replace("\n", "  \n")
    found = "\n".join(notes) if notes else "_No events extracted._"
    return f"### {_escape(title) or '(untitled)'}\n\n{body}\n\n**Extracted**\n\n{found}\n"
