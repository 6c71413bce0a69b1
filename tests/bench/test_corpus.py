"""The benchmark's synthetic corpus: deterministic, of the asked length, with events amid filler prose."""

from datetime import date

from bench import corpus
from bench.run import _runon_text
from orchestration.extraction.extractor import extract_events


def test_the_same_seed_gives_the_same_articles_and_new_numbers_new_ones():
    first = list(corpus.articles(5, (300, 400)))
    assert first == list(corpus.articles(5, (300, 400)))
    assert {a["id"] for a in first}.isdisjoint(a["id"] for a in corpus.articles(5, (300, 400), first=5))


def test_articles_have_the_asked_length_and_hold_events_of_every_family():
    found = {"casualties": 0, "ceasefire": 0, "diplomacy": 0}
    for article in corpus.articles(20, (300, 500)):
        words = len(article["text"].split())
        assert 300 <= words <= 500 + 120  # the last paragraph may run past the target
        events = extract_events(article["title"], article["text"], date.fromisoformat(article["published"]))
        for family in found:
            found[family] += len(getattr(events, family))
    assert all(found.values()), found


def test_written_files_hold_every_article(tmp_path):
    written = corpus.write_jsonl(corpus.articles(25), tmp_path, per_file=10)
    lines = [line for path in sorted(tmp_path.glob("*.jsonl")) for line in path.read_text().splitlines()]
    assert written == len(lines) == 25 and len(list(tmp_path.glob("*.jsonl"))) == 3


def test_run_on_text_has_the_asked_size_and_no_full_stop():
    text = _runon_text(4)
    assert len(text) == 4 * 1024 and "." not in text
