"""Cheap checks in front of costly regexes (a colon for a topic label, "since" for a comparison, the words a
neighbour or a force's name needs): the answers stay those of the regexes alone."""

import pytest

from orchestration.extraction import casualty_scope
from orchestration.extraction.actors import find_actors
from orchestration.extraction.casualty_sides import in_topic_label, placed


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
