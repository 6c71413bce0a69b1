"""Article documents and their sentences, with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

TITLE_SEPARATOR = "\n\n"

# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cpl adm cmdr gov sen rep rev st mt ft no nos vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec approx est inc ltd co corp dept govt u.s u.k u.n e.g i.e
    a.m p.m""".split()
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


# A run-on "sentence" (a scraped menu, headlines without full stops) is cut into pieces of at most this many
# characters, at the last clause or word break, so that the rules' per-sentence work stays bounded and the cost
# of an article grows linearly with its length. Real sentences are far shorter.
MAX_SENTENCE_CHARS = 1_000
_SOFT_BREAK = re.compile(r"[;|•·]\s+|,\s+|\s[-–—]\s+|\s+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article document; `start`/`end` are offsets in the document."""

    text: str
    start: int
    end: int
    paragraph: int
    is_title: bool


def build_document(title: str, body: str) -> str:
    """The text the extractor reads: the title, a blank line, the body (or just the body)."""
    title, body = (title or "").strip(), (body or "").strip()
    return f"{title}{TITLE_SEPARATOR}{body}" if title else body


def _ends_with_abbreviation(text: str) -> bool:
    word = re.search(r"(\S+)$", text[:-1] if text.endswith(".") else text)
    if word is None:
        return False
    token = word.group(1).lower().lstrip("(\"'“")
    return token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) is not None


def _split_paragraph(paragraph: str, offset: int) -> list[tuple[str, int]]:
    pieces: list[tuple[str, int]] = []
    begin = 0
    for match in _SENTENCE_END.finditer(paragraph):
        candidate = paragraph[begin : match.start() + 1]
        if _ends_with_abbreviation(candidate.rstrip("\"'”’)]")):
            continue
        pieces.append((paragraph[begin : match.end()].rstrip(), offset + begin))
        begin = match.end()
    if paragraph[begin:].strip():
        pieces.append((paragraph[begin:].rstrip(), offset + begin))
    return pieces


def _bounded(text: str, offset: int) -> list[tuple[str, int]]:
    """`text` as pieces of at most `MAX_SENTENCE_CHARS`, each cut after its last clause break (a semicolon, bar
    or comma), else its last blank, in the second half of the piece; a piece without any is cut hard."""
    pieces: list[tuple[str, int]] = []
    begin = 0
    while len(text) - begin > MAX_SENTENCE_CHARS:
        limit = begin + MAX_SENTENCE_CHARS
        breaks = [match for match in _SOFT_BREAK.finditer(text, begin + MAX_SENTENCE_CHARS // 2, limit) if match.end() < limit]
        clause = [match for match in breaks if not match.group().isspace()]
        cut = (clause or breaks)[-1].end() if breaks else limit
        pieces.append((text[begin:cut].rstrip(), offset + begin))
        begin = cut
    pieces.append((text[begin:], offset + begin))
    return pieces


def split_sentences(document: str, has_title: bool = False) -> list[Sentence]:
    """Split a document into sentences; the first paragraph is the title when `has_title`."""
    sentences: list[Sentence] = []
    paragraph_start, number = 0, 0 if has_title else 1
    for brk in [*_PARAGRAPH_BREAK.finditer(document), None]:
        paragraph_end = brk.start() if brk else len(document)
        raw = document[paragraph_start:paragraph_end]
        stripped = raw.lstrip()
        if stripped.strip():
            offset = paragraph_start + len(raw) - len(stripped)
            for text, start in (piece for found in _split_paragraph(stripped, offset) for piece in _bounded(*found)):
                sentences.append(Sentence(text, start, start + len(text), number, has_title and number == 0))
            number += 1
        if brk is None:
            break
        paragraph_start = brk.end()
    return sentences
