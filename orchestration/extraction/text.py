"""Article documents and their sentences, with character offsets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from orchestration.extraction.gates import gated

TITLE_SEPARATOR = "\n\n"

# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cpl adm cmdr gov sen rep rev st mt ft no nos vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec approx est inc ltd co corp dept govt u.s u.k u.n e.g i.e
    a.m p.m""".split()
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
# A full stop and a blank before a capital; or no blank where a scrape lost it ("in eastern Iraq.The attack").
# (Both kinds of end open with their mark, so `re` jumps from mark to mark instead of trying every character.)
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=[a-z][a-z]\.)(?=[A-Z][a-z]))")


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


class ArticleSentences(tuple):
    """An article's sentences as the key of a per-article cache: hashed by their count and first sentence, not
    every sentence (each family asks the same caches again; equal keys are still compared in full)."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash((len(self), self[0])) if self else 0


def article_text(sentences: Sequence[Sentence]) -> str:
    """An article's sentences as one text, one sentence a line (for article-wide look-ups)."""
    return "\n".join(sentence.text for sentence in sentences)


def build_document(title: str, body: str) -> str:
    """The text the extractor reads: the title, a blank line, the body (or just the body)."""
    title, body = (title or "").strip(), (body or "").strip()
    return f"{title}{TITLE_SEPARATOR}{body}" if title else body


_LETTER = re.compile(r"[a-z]")


def _last_word(text: str) -> str | None:
    """The run of non-blank characters that ends `text` (also right before one final newline), as `(\\S+)$` finds
    it; read from the end, so a long paragraph costs no scan."""
    body = text[:-1] if text.endswith("\n") else text
    return body.rsplit(None, 1)[-1] if body and not body[-1].isspace() else None


def _ends_with_abbreviation(text: str) -> bool:
    word = _last_word(text[:-1] if text.endswith(".") else text)
    if word is None:
        return False
    token = word.lower().lstrip("(\"'“")
    return token in _ABBREVIATIONS or _LETTER.fullmatch(token) is not None


def _split_paragraph(paragraph: str, offset: int) -> list[tuple[str, int]]:
    pieces: list[tuple[str, int]] = []
    begin = 0
    for match in _SENTENCE_END.finditer(paragraph):
        candidate = paragraph[begin : match.start() + 1]  # up to the full stop
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


# A line wrapped inside a sentence (wire copy, e-mail, plain-text files): a long line that stops mid-sentence,
# before a line that goes on in lower case or after a word that cannot end one ("... 183 from\nHTS and ...").
_WRAP_MIN_LINE = 40
_NO_END_AFTER = re.compile(r"(?:^|\s)(?:from|and|or|but|the|of|to|in|on|at|by|with|for|a|an|as|that|which|who|its|their|his|her|"
                           r"was|were|is|are|has|have|had|said|says|than|into|after|before|between|against)\s*$", re.IGNORECASE)


def _is_hard_wrap(document: str, brk: re.Match[str]) -> bool:
    if brk.group() != "\n":
        return False
    line = document[document.rfind("\n", 0, brk.start()) + 1 : brk.start()].rstrip()
    after = document[brk.end() : brk.end() + 1]
    if len(line) < _WRAP_MIN_LINE // 2 or not after or _terminated(line) or line.endswith((":", ";")):
        return False
    return _NO_END_AFTER.search(line) is not None or (len(line) >= _WRAP_MIN_LINE and (after.islower() or after.isdigit()))


def split_sentences(document: str, has_title: bool = False) -> list[Sentence]:
    """Split a document into sentences; the first paragraph is the title when `has_title`."""
    sentences: list[Sentence] = []
    paragraph_start, number = 0, 0 if has_title else 1
    breaks = [brk for brk in _PARAGRAPH_BREAK.finditer(document) if not _is_hard_wrap(document, brk)]
    for brk in [*breaks, None]:
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


# --- Page furniture: lines of a web page that are not the article's prose ------------------------

# Links, link lists and menus: a Markdown link "](", a web address, a line that opens a bulleted link.
_WEB_ADDRESS = gated(r"https?://|www\.", re.IGNORECASE)
_LINK_ITEM = re.compile(r"\s*[-*]\s*\[")


def _is_link(text: str) -> bool:
    return "](" in text or _LINK_ITEM.match(text) is not None or _WEB_ADDRESS.search(text) is not None
# A teaser for another story inline: "Read more: What we know about the talks".
_TEASER = re.compile(
    r"^(?:read\s+(?:also|more)|also\s+read|related(?:\s+\w+)?|see\s+also|more\s+on\s+this(?:\s+story)?|recommended"
    r"|most\s+read|explainer|analysis)\s*:\s*\S",
    re.IGNORECASE,
)
_LONGEST_SIDEBAR_HEADLINE = 20  # words


def _cut_short(text: str, last: bool, run_on: bool) -> bool:
    """The article's last sentence cut off by the page ("..., including a"): longer than any sidebar headline, or
    a long one in sentence case ("On Saturday, a mine exploded in central Mali, killing one and injuring four") that
    neither is a bulleted teaser nor ends a run-on line cut into pieces (`run_on`)."""
    words = text.split()
    if not last:
        return False
    if len(words) > _LONGEST_SIDEBAR_HEADLINE:
        return True
    lower = sum(1 for word in words if word[:1].islower())
    return not run_on and not text.startswith(_BULLETS) and len(words) >= _SHORTEST_PROSE_LINE and lower >= 0.6 * len(words)


_SHORTEST_PROSE_LINE = 12  # words
_BULLETS = ("-", "–", "•", "*", "·")


_CLOSERS = "\"'”’)]"


def _quote_closed(text: str) -> bool:
    """A quote closed without its full stop ('... and wounded 9 persons"'): speech, not a sidebar headline."""
    return text.endswith(('"', "”")) and text[:-1][-1:].isalnum()


def _terminated(text: str) -> bool:
    """Whether a text without trailing blanks ends a sentence: ".", "!" or "?", then any closing quotes or brackets
    (read from the end: a search for it tried every full stop of a long paragraph)."""
    return text.rstrip(_CLOSERS).endswith((".", "!", "?"))


_RELATED_HEADER = re.compile(
    r"^(?:useful\s+reading|read\s+(?:also|more)|also\s+read|related(?:\s+\w+)?|see\s+also|more\s+on\s+this"
    r"(?:\s+story)?|recommended(?:\s+\w+)?|you\s+(?:may|might)\s+also\s+like|most\s+(?:read|popular)"
    r"|latest(?:\s+news)?|more\s+from\s+.*|trending(?:\s+now)?|top\s+stories|more\s+stories)\s*:?$",
    re.IGNORECASE,
)
# Photo captions: "Pictured: ...", "Image caption ...", "... (Photo by Jane Doe/AFP via Getty Images)".
_CAPTION_START = re.compile(
    r"^(?:pictured|image(?:\s+caption)?|photo(?:graph)?|picture|caption|video|watch|listen|file\s+photo"
    r"|illustrative\s+(?:photo|image))\b\s*[:.,-]?",
    re.IGNORECASE,
)
_CREDIT_IN_BRACKETS = re.compile(
    r"\((?=[^()]*\b(?:photo|photos|photograph|getty|images|afp|reuters|ap|epa|anadolu|aa|via|shutterstock)\b)"
    r"[^()]{2,80}\)\s*\.?$",
    re.IGNORECASE,
)
_CREDIT_LINE = gated(r"\b(?:photograph|photo|credit)\s*:\s*[^.]{2,60}$", re.IGNORECASE)


def is_caption(text: str) -> bool:
    """A photo caption or credit line ("Pictured: ...", "... (AFP Photo)"): it repeats or illustrates the story."""
    return bool(
        _CAPTION_START.match(text) or ("(" in text and _CREDIT_IN_BRACKETS.search(text)) or _CREDIT_LINE.search(text)
    )


def page_furniture(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indexes of page furniture: link lists, captions, teasers, unpunctuated lines in the body (sidebar
    headlines), related-story blocks (read once per article: every event family asks)."""
    return _page_furniture(ArticleSentences(sentences))


@lru_cache(maxsize=4)
def _page_furniture(sentences: tuple[Sentence, ...]) -> frozenset[int]:
    has_title = any(sentence.is_title for sentence in sentences)
    junk: set[int] = set()
    related_from: int | None = None
    for index, sentence in enumerate(sentences):
        headline = sentence.is_title or (index == 0 and not has_title)
        text = sentence.text.strip()
        if _RELATED_HEADER.match(text):
            related_from = sentence.paragraph
        elif related_from is not None and (not _terminated(text) or sentence.paragraph - related_from > 6):
            related_from = None
        if _is_link(text) or related_from is not None or is_caption(text) or _TEASER.match(text):
            junk.add(index)
        elif not headline and not _terminated(text) and not _quote_closed(text):
            before = sentences[index - 1] if index else None
            run_on = before is not None and before.paragraph == sentence.paragraph and not _terminated(before.text.strip())
            if not _cut_short(text, index == len(sentences) - 1, run_on):
                junk.add(index)
    return frozenset(junk)
