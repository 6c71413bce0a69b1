import codecs
import json
from datetime import date

import pytest

from orchestration.ingestion.parsing import decode, parse_json_lines, parse_published, parse_text_article
from orchestration.ingestion.records import ArticleError, ArticleRecord, Rejection, article_id_for

TODAY = date(2026, 1, 10)
ARTICLE = "date 2025-03-02 Border clashes flare\n\nTwo soldiers were killed on Saturday, the army said.\n"


def test_text_article_fields():
    record = parse_text_article(ARTICLE, "a.txt", TODAY)
    assert (record.published, record.title, record.source_path) == (date(2025, 3, 2), "Border clashes flare", "a.txt")
    assert record.body == "Two soldiers were killed on Saturday, the army said."
    assert record.warnings == ()


def test_article_id_ignores_spacing_and_case_but_not_words():
    assert article_id_for("Title", "Some  body\ntext") == article_id_for("title ", "some body text")
    assert article_id_for("Title", "Some body") != article_id_for("Title", "Other body")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Border clashes\n\nBody.", "first line must be"),
        ("date soon Border clashes\n\nBody.", "no readable date"),
        ("date 2022-13-45 Title\n\nBody.", "impossible or unreadable date"),
        ("date 2027-01-01 Title\n\nBody.", "in the future"),
        ("date 2025-03-02 Title only\n\n   \n", "title with no body"),
    ],
)
def test_unusable_text_articles_say_why(text, reason):
    with pytest.raises(ArticleError, match=reason):
        parse_text_article(text, "bad.txt", TODAY)


def test_other_date_format_is_read_with_a_warning():
    record = parse_text_article("date 14 September 2022 Title\n\nBody.", "a.txt", TODAY)
    assert record.published == date(2022, 9, 14)
    assert "not ISO" in record.warnings[0]
    assert parse_published("September 14, 2022", TODAY)[0] == date(2022, 9, 14)


def test_missing_blank_line_is_a_warning():
    record = parse_text_article("date 2025-03-02 Title\nBody straight away.", "a.txt", TODAY)
    assert record.body == "Body straight away."
    assert record.warnings == ("no blank line between the first line and the body",)


def test_decode_handles_boms_and_legacy_encodings():
    assert decode(codecs.BOM_UTF8 + "Kyiv".encode()) == ("Kyiv", ("UTF-8 byte-order mark removed",))
    assert decode("Kyiv".encode("utf-16"))[0] == "Kyiv"
    assert decode("Bogotá".encode("latin-1")) == ("Bogotá", ("not UTF-8: decoded as Windows-1252/Latin-1",))


@pytest.mark.parametrize(("raw", "reason"), [(b"", "empty file"), (b"  \n", "empty file"), (b"\x00\x01\x02abc", "binary")])
def test_decode_refuses_empty_and_binary(raw, reason):
    with pytest.raises(ArticleError, match=reason):
        decode(raw)


def test_json_lines_keep_good_lines_and_reject_broken_ones():
    good = {"id": "n-1", "published": "2025-03-02", "title": "T", "text": "Body.", "url": "https://example.org/1"}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "n-2", "published": "2025-03-02", "text": ""}), ""]
    items = list(parse_json_lines("\n".join(lines), "feed.jsonl", TODAY))
    assert isinstance(items[0], ArticleRecord) and items[0].external_id == "n-1" and items[0].url.endswith("/1")
    assert [(r.line_number, r.reason.split(":")[0]) for r in items[1:] if isinstance(r, Rejection)] == [
        (2, "not valid JSON"),
        (3, "missing or empty 'text'"),
    ]
