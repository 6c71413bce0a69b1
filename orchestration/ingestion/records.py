"""What ingestion produces: clean article records, or rejections with a reason."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date


class ArticleError(ValueError):
    """An article (file or line) that cannot be used; the message is the reason shown to users."""


@dataclass(frozen=True)
class ArticleRecord:
    """One parsed article, identified by the hash of its normalised text."""

    article_id: str
    published: date
    title: str
    body: str
    source_path: str
    external_id: str | None = None
    url: str | None = None
    source: str | None = None
    warnings: tuple[str, ...] = ()

    @classmethod
    def create(cls, title: str, body: str, published: date, source_path: str, **fields: object) -> "ArticleRecord":
        """A record whose id is derived from its title and body."""
        return cls(article_id_for(title, body), published, title, body, source_path, **fields)


@dataclass(frozen=True)
class Rejection:
    """Input that could not become an article: kept aside with the reason."""

    source_path: str
    reason: str
    line_number: int | None = None


def normalise_text(text: str) -> str:
    """Case- and whitespace-insensitive form of a text, for identity."""
    return " ".join(text.split()).lower()  # the same as collapsing r"\s+" and stripping, twice as fast


def article_id_for(title: str, body: str) -> str:
    """A stable id: the same title and body give the same id, whatever the file name or spacing."""
    digest = hashlib.sha256(f"{normalise_text(title)}\n{normalise_text(body)}".encode())
    return digest.hexdigest()[:16]
