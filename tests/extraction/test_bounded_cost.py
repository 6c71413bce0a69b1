"""Extraction cost is bounded: run-on text is read in bounded pieces (linear work), an article over the
work budget is quarantined with the reason, and the process pool gives the serial results."""

import sys
from datetime import date

import pytest

from orchestration.extraction import text
from orchestration.extraction.events import ArticleEvents, to_record
from orchestration.extraction.extractor import OverBudget, extract_events
from orchestration.extraction import parallel
from orchestration.extraction.parallel import Quarantined, extract_one, extract_stream

DAY = date(2024, 3, 6)
CAP = 120
# Clauses of 61 to 119 characters: cut at CAP, a run-on of them falls apart into exactly one clause per piece.
CLAUSES = [
    "Russia and Ukraine agreed a ceasefire on Monday after talks in Istanbul",
    "French President Emmanuel Macron called Russian President Vladimir Putin on Tuesday",
    "Turkey offered to mediate between Armenia and Azerbaijan over the border dispute",
    "Azerbaijan accused Armenia of violating the truce near the border town overnight",
    "Qatar hosted talks between Israel and Hamas in Doha about the hostages",
]


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(text, "MAX_SENTENCE_CHARS", CAP)


def _events(events: ArticleEvents, families: tuple[str, ...]) -> set[tuple]:
    """Every event without its evidence (sentence text and offsets differ between the two writings)."""
    found = set()
    for family in families:
        for event in getattr(events, family):
            record = {k: str(v) for k, v in to_record(event).items() if not k.startswith("evidence")}
            found.add((family, tuple(sorted(record.items()))))
    return found


def test_a_run_on_sentence_is_cut_into_bounded_pieces_with_offsets(small_cap):
    document = "; ".join(CLAUSES * 4)
    pieces = text.split_sentences(document)
    assert len(pieces) == len(CLAUSES) * 4
    for piece in pieces:
        assert len(piece.text) <= CAP
        assert document[piece.start : piece.end] == piece.text


def test_a_run_on_line_is_page_furniture_to_every_reader_unlike_the_same_clauses_written_as_sentences(small_cap):
    families = ("casualties", "ceasefire", "diplomacy")
    assert not _events(extract_events("Talks", "; ".join(CLAUSES), DAY), families)  # a scraped list without full stops
    assert _events(extract_events("Talks", ". ".join(CLAUSES) + ".", DAY), families)


def test_a_piece_without_any_break_is_cut_hard(small_cap):
    pieces = text.split_sentences("x" * (3 * CAP + 5))
    assert [len(piece.text) for piece in pieces] == [CAP, CAP, CAP, 5]


def _lines_run(body: str) -> int:
    """Python lines executed to extract `body`: a count of operations, not a time."""
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return trace

    extract_events("Warm-up", "Kyiv and Moscow agreed a truce.", DAY)
    sys.settrace(trace)
    try:
        extract_events("", body, DAY)
    finally:
        sys.settrace(None)
    return count


def test_run_on_trigger_text_costs_work_linear_in_its_length(small_cap):
    unit = "; ".join(CLAUSES) + "; "
    short, long = _lines_run(unit * 2), _lines_run(unit * 8)
    assert long <= 4 * short * 1.25  # four times the text, at most a quarter more than four times the work


def test_an_article_over_the_budget_is_quarantined_with_the_reason():
    body = "Talks went on. " * 100
    with pytest.raises(OverBudget) as raised:
        extract_events("Title", body, DAY, max_chars=1_000)
    assert raised.value.chars > 1_000
    outcome = extract_one("Title", body, DAY, max_chars=1_000)
    assert isinstance(outcome, Quarantined)
    assert "over the extraction budget" in outcome.reason and "1,000" in outcome.reason
    assert isinstance(extract_one("Title", body, DAY, max_chars=10_000), ArticleEvents)


def test_the_process_pool_gives_the_serial_results_in_input_order():
    articles = [
        (f"a{number}", "News", f"{clause}. {CLAUSES[(number + 1) % len(CLAUSES)]}.", DAY)
        for number, clause in enumerate(CLAUSES * 3)
    ]
    articles.append(("too-long", "News", "Talks went on. " * 100, DAY))
    serial = list(extract_stream(articles, workers=1, max_chars=1_000))
    pooled = list(extract_stream(iter(articles), workers=2, chunk_size=4, max_chars=1_000))
    assert pooled == serial
    assert [key for key, _ in pooled] == [key for key, *_ in articles]
    assert isinstance(pooled[-1][1], Quarantined)
    assert any(isinstance(outcome, ArticleEvents) and outcome.diplomacy for _, outcome in pooled)


def test_a_short_stream_is_extracted_without_starting_workers(monkeypatch):
    articles = [(f"a{number}", "News", f"{clause}.", DAY) for number, clause in enumerate(CLAUSES)]
    serial = list(extract_stream(articles, workers=1))

    def no_pool(*args, **kwargs):
        raise AssertionError("a process pool was started for a short stream")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    assert list(extract_stream(iter(articles), workers=2, chunk_size=len(articles))) == serial
    with pytest.raises(AssertionError, match="process pool"):
        list(extract_stream(iter(articles), workers=2, chunk_size=1))
