"""Whatever bytes land in the raw folder, parsing yields records or reasons, never an exception."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.ingestion.parsing import decode, parse_json_lines, parse_text_article
from orchestration.ingestion.records import ArticleError, ArticleRecord, Rejection

TODAY = date(2026, 1, 10)

article_like = st.builds(
    lambda day, title, body: f"date {day} {title}\n\n{body}",
    st.one_of(st.dates().map(date.isoformat), st.text(max_size=12)),
    st.text(max_size=40),
    st.text(max_size=400),
)


@settings(max_examples=300)
@given(st.binary(max_size=2000))
def test_random_bytes_decode_or_give_a_reason(raw):
    try:
        text, warnings = decode(raw)
    except ArticleError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and all(isinstance(w, str) for w in warnings)


@settings(max_examples=300)
@given(article_like)
def test_article_like_text_parses_or_gives_a_reason(text):
    try:
        record = parse_text_article(text, "x.txt", TODAY)
    except ArticleError as exc:
        assert str(exc)
    else:
        assert record.body.strip() and record.published <= TODAY.replace(day=11)


@settings(max_examples=200)
@given(st.lists(st.one_of(st.text(max_size=80), st.just('{"published": "2024-01-01", "text": "x"}')), max_size=8))
def test_json_lines_give_one_item_per_non_blank_line(lines):
    items = list(parse_json_lines("\n".join(lines), "f.jsonl", TODAY))
    assert all(isinstance(item, ArticleRecord | Rejection) for item in items)
    assert len(items) == sum(1 for line in "\n".join(lines).splitlines() if line.strip())
