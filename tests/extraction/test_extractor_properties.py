"""Whatever text comes in, the extractor returns events with sane numbers and dates."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.extraction.extractor import extract_events

WORDS = (
    "killed wounded soldiers civilians at least nearly dozens 12 1,200 forty-nine on Tuesday yesterday overnight "
    "ceasefire truce violated declared brokered Russia Ukraine Hamas Israel Sudan RSF said called met urged "
    "President Macron the ministry 2020 since in 13 September between 10 and 15 . , \" ' -"
).split()

article_like = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
published_days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


def assert_sane(title: str, body: str, published: date) -> None:
    events = extract_events(title, body, published)
    for claim in events.casualties:
        assert claim.count is None or claim.count >= 0
        assert claim.count_high is None or claim.count_high >= 0
    for event in [*events.casualties, *events.ceasefire, *events.diplomacy]:
        assert event.date is None or published - timedelta(days=366 * 100) <= event.date <= published


@settings(max_examples=200, deadline=None)
@given(article_like, article_like, published_days)
def test_article_like_text_gives_sane_events(title, body, published):
    assert_sane(title, body, published)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=1500), published_days)
def test_random_text_gives_sane_events(title, body, published):
    assert_sane(title, body, published)
