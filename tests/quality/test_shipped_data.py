"""The shipped evaluation set: articles and gold agree, and every gold item follows SCHEMA.md."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from orchestration.quality.scoring import FAMILIES, load_jsonl, score

DATA = Path(__file__).resolve().parents[2] / "orchestration" / "quality" / "data"
ARTICLES = load_jsonl(DATA / "articles.jsonl")
GOLD = load_jsonl(DATA / "gold.jsonl")

CODE = re.compile(r"^(?:[A-Z]{2,5}|X-[a-z][a-z0-9-]*)$")  # ISO alpha-3, organisations, ALL/INTL/UNK, X-groups
FLAGS = {"optional", "historical"}
CASUALTY_FIELDS = {"side", "victims", "outcome", "count", "qualifier", "date", "scope", "claimed_by"}
CEASEFIRE_ROLES = {"declared": {"broker"}, "violated": {"accuser", "accused"}, "called_for": {"by"}, "rejected": {"by"}}
DIPLOMACY_FIELDS = {"actor", "actor_person", "counterpart", "counterpart_person", "mode", "date"}


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and CODE.fullmatch(value) is not None


def _day_ok(value: Any, published: str) -> bool:
    """A null date, or an ISO day no later than the article's publication."""
    return value is None or date.fromisoformat(value) <= date.fromisoformat(published)


def _check_flags(item: dict[str, Any], allowed: set[str]) -> None:
    for flag in FLAGS & item.keys():
        assert flag in allowed and item[flag] is True, f"flag {flag} should be absent or true"


def _check_casualty(item: dict[str, Any], published: str) -> None:
    assert item.keys() - {"optional"} == CASUALTY_FIELDS
    assert _is_code(item["side"])
    assert item["victims"] in {"military", "civilian", "unknown"}
    assert item["outcome"] in {"killed", "wounded"}
    assert item["qualifier"] in {"exact", "at_least", "about", "up_to", "vague"}
    assert (item["count"] is None) == (item["qualifier"] == "vague")
    assert item["count"] is None or (type(item["count"]) is int and item["count"] > 0)
    assert item["scope"] in {"incident", "cumulative"}
    assert item["claimed_by"] is None or _is_code(item["claimed_by"])
    assert _day_ok(item["date"], published)
    _check_flags(item, {"optional"})


def _check_ceasefire(item: dict[str, Any], published: str) -> None:
    assert item["event"] in CEASEFIRE_ROLES
    roles = CEASEFIRE_ROLES[item["event"]]
    assert item.keys() - FLAGS == {"event", "parties", "date"} | roles
    assert len(item["parties"]) >= 2 and item["parties"] == sorted(item["parties"])
    assert all(_is_code(actor) for actor in item["parties"])
    assert all(item[role] is None or _is_code(item[role]) for role in roles)
    assert _day_ok(item["date"], published)
    _check_flags(item, FLAGS)


def _check_diplomacy(item: dict[str, Any], published: str) -> None:
    assert item.keys() - {"optional"} == DIPLOMACY_FIELDS
    assert _is_code(item["actor"]) and _is_code(item["counterpart"]) and item["actor"] != item["counterpart"]
    assert all(item[key] is None or isinstance(item[key], str) for key in ("actor_person", "counterpart_person"))
    assert item["mode"] in {"call", "meeting", "appeal", "mediation_offer"}
    assert _day_ok(item["date"], published)
    _check_flags(item, {"optional"})


CHECKS = {"casualties": _check_casualty, "ceasefire": _check_ceasefire, "diplomacy": _check_diplomacy}


def test_articles_and_gold_have_the_same_ids() -> None:
    assert len(ARTICLES) == 20
    assert ARTICLES.keys() == GOLD.keys()


def test_articles_follow_the_input_format() -> None:
    for article in ARTICLES.values():
        assert article.keys() == {"id", "published", "title", "text"}
        date.fromisoformat(article["published"])
        assert article["title"].strip() and article["text"].strip()


@pytest.mark.parametrize("article_id", sorted(GOLD))
def test_gold_items_have_the_schema_fields_and_allowed_values(article_id: str) -> None:
    row = GOLD[article_id]
    assert row.keys() == {"id", *FAMILIES}
    published = ARTICLES[article_id]["published"]
    for family_name, check in CHECKS.items():
        for item in row[family_name]:
            check(item, published)


def test_the_set_has_an_article_with_nothing_to_code() -> None:
    assert any(not any(row[name] for name in FAMILIES) for row in GOLD.values())


def test_gold_scores_perfectly_against_itself_in_every_family() -> None:
    for result in score(GOLD, GOLD).values():
        assert result.fp == result.fn == 0 and result.tp > 0
        assert result.f1 == 1.0 and result.date_agreement == 1.0
