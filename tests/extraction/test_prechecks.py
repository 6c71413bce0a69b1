"""Cheap checks in front of costly regexes (a colon for a topic label, "since" for a comparison, the words a
neighbour, a force's name or a truce's cue needs) and answers shared across an article: the answers stay those
of the regexes alone."""

import re
from datetime import date

import pytest

from orchestration.extraction import casualty_scope, ceasefire, clauses, diplomacy
from orchestration.extraction.actors import find_actors
from orchestration.extraction.casualty_sides import in_topic_label, placed
from orchestration.extraction.extractor import extract_events
from orchestration.extraction.gates import AnyOf, folded
from orchestration.extraction.text import build_document, split_sentences


def _mention(text: str, code: str):
    return next(mention for mention in find_actors(text) if mention.code == code)


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("Fighting raged in Uganda on Monday.", "UGA", True),
        ("Fighting raged near the border with Uganda.", "UGA", False),
        ("A militia with its origins in Uganda attacked.", "UGA", False),
        ("The conflict between Sudan and South Sudan flared.", "SDN", False),
        ("Sudan said the army had retaken the town.", "SDN", False),
        ("Gaza: 20 killed in strikes", "PSE", True),
    ],
)
def test_a_state_is_placed_where_things_happened(text, code, expected):
    assert placed(text, _mention(text, code)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Israel-Gaza war: 30 killed in strikes", True), ("Israel said 30 were killed in strikes", False),
     ("Israel said: 30 were killed", False)],
)
def test_a_topic_label_needs_its_colon(text, expected):
    assert in_topic_label(text, _mention(text, "ISR")) is expected


@pytest.mark.parametrize(
    "text",
    [
        "the deadliest strikes since the start of the war, killing 42",
        "the deadliest strikes SINCE the start of the war, killing 42 in total",
        "the heaviest shelling ſince the war began killed 42 so far this year",
        "42 killed in total over the past week",
        "42 were killed on Monday",
    ],
)
def test_a_total_is_read_as_by_the_full_comparison(text):
    expected = any(
        not casualty_scope._COMPARED.search(text[: match.start()]) for match in casualty_scope._CUMULATIVE.finditer(text)
    )
    assert casualty_scope._totalling(text) is expected


TRUCES = [
    "Russia accused Ukraine of violating the ceasefire on Monday.",
    "Israel and Hamas agreed to a truce brokered by Qatar, which took effect on Friday.",
    "The rebels rejected the truce, saying fighting would go on.",
    "Despite the ceasefire, shelling killed two people in Donetsk.",
    "The UN called for an immediate ceasefire in Sudan.",
    "A truce is urgently needed, the envoy said, after the ceasefire collapsed.",
]


def test_cues_are_looked_for_only_in_sentences_holding_their_words(monkeypatch):
    published = date(2024, 6, 7)
    gated_events = [extract_events("", text, published).ceasefire for text in TRUCES]
    assert sum(1 for events in gated_events if events) >= 3
    every_cue = tuple(AnyOf([re.compile("")]) for _ in ceasefire._CUES)  # a pattern without words: never skipped
    monkeypatch.setattr(ceasefire, "_CUE_WORDS", every_cue)
    assert [extract_events("", text, published).ceasefire for text in TRUCES] == gated_events


def test_the_main_pair_is_the_same_for_views_read_anew():
    published = date(2024, 6, 7)
    sentences = split_sentences(build_document("", " ".join(TRUCES)), has_title=False)
    first = clauses.read_sentences(sentences, published)
    clauses._read_sentences.cache_clear()
    again = clauses.read_sentences(sentences, published)
    assert first[0] is not again[0]
    assert clauses.main_belligerents(again, published) == clauses.main_belligerents(first, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("İSTANBUL ſince KELVIN", "istanbul since kelvin"), ("Kyiv’s “truce”", "kyiv’s “truce”"), ("Ceasefire", "ceasefire")],
)
def test_folded_text_is_lower_case_as_case_free_matching_sees_it(text, expected):
    assert folded(text) == expected


def test_a_word_an_editor_put_in_brackets_is_read():
    toll = extract_events("", '"Twelve [separatists] were killed near Donetsk," the army said.', date(2024, 6, 7)).casualties
    assert [(claim.count, claim.outcome) for claim in toll] == [(12, "killed")]


ARTICLE = (
    "Russian shelling killed 12 civilians in Kharkiv on Tuesday, Ukrainian officials said. The toll in the "
    "region has risen to 300 since the start of the war.\n\n"
    "Turkey's president called for a ceasefire and spoke with Ukrainian President Volodymyr Zelensky, who did not "
    "agree to meet Putin. Moscow accused Kyiv of violating the truce on Monday."
)


def _clear_caches() -> None:
    for module in (casualty_scope, ceasefire, clauses, diplomacy):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def test_answers_cached_by_sentence_are_those_worked_out_anew():
    published = date(2024, 6, 7)
    first = extract_events("Strikes", ARTICLE, published)
    extract_events("", ARTICLE.replace("Tuesday", "Wednesday"), published)  # the same sentences, another day
    again = extract_events("Strikes", ARTICLE, published)
    _clear_caches()
    assert first == again == extract_events("Strikes", ARTICLE, published)
    assert first.casualties and first.ceasefire and first.diplomacy


def test_an_article_without_engagement_words_is_not_read_for_engagements(monkeypatch):
    published = date(2024, 6, 7)
    article = "Russian shelling killed 12 civilians in Kharkiv on Tuesday.\n\nThe army said the truce was broken."
    skipped = extract_events("", article, published)
    monkeypatch.setattr(diplomacy, "_ENGAGEMENT_WORDS", AnyOf([re.compile("")]))  # every sentence read
    assert extract_events("", article, published) == skipped
