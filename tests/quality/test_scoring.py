"""Each scoring rule of the annotation schema, on tiny hand-made gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from orchestration.quality.scoring import FamilyScore, load_jsonl, score


def casualty(side: str = "UKR", count: int | None = 5, **fields: Any) -> dict[str, Any]:
    item = {"side": side, "victims": "civilian", "outcome": "killed", "count": count, "qualifier": "exact",
            "date": "2024-11-17", "scope": "incident", "claimed_by": "UKR"}
    return {**item, **fields}


def ceasefire(event: str = "declared", parties: tuple[str, ...] = ("ARM", "AZE"), **fields: Any) -> dict[str, Any]:
    return {"event": event, "parties": list(parties), "date": "2023-09-20", **fields}


def diplomacy(actor: str = "USA", counterpart: str = "AZE", mode: str = "call", **fields: Any) -> dict[str, Any]:
    item = {"actor": actor, "actor_person": None, "counterpart": counterpart, "counterpart_person": None,
            "mode": mode, "date": "2023-09-20"}
    return {**item, **fields}


def family(family_name: str, gold: list[dict], predicted: list[dict]) -> FamilyScore:
    """Score one family on a single article."""
    return score({"a": {family_name: gold}}, {"a": {family_name: predicted}})[family_name]


def counts(result: FamilyScore) -> tuple[int, int, int]:
    return result.tp, result.fp, result.fn


def test_precision_recall_and_f1_from_counts() -> None:
    result = family("casualties", [casualty(count=5), casualty(count=7)], [casualty(count=5), casualty(count=9)])
    assert counts(result) == (1, 1, 1)
    assert (result.precision, result.recall, result.f1) == (0.5, 0.5, 0.5)


def test_casualty_key_is_side_outcome_count() -> None:
    gold = [casualty(victims="military", qualifier="at_least", claimed_by="RUS")]
    assert counts(family("casualties", gold, [casualty()])) == (1, 0, 0)
    assert counts(family("casualties", gold, [casualty(outcome="wounded")])) == (0, 1, 1)
    assert counts(family("casualties", gold, [casualty(side="RUS")])) == (0, 1, 1)


def test_optional_gold_is_neither_missed_nor_false() -> None:
    gold = [casualty(count=11), casualty(count=2, optional=True)]
    assert counts(family("casualties", gold, [casualty(count=11)])) == (1, 0, 0)
    assert counts(family("casualties", gold, [casualty(count=11), casualty(count=2)])) == (1, 0, 0)


def test_cumulative_gold_is_not_missed_but_an_incident_predicted_for_it_is_false() -> None:
    gold = [casualty(count=3700, scope="cumulative", date=None)]
    assert counts(family("casualties", gold, [])) == (0, 0, 0)
    assert counts(family("casualties", gold, [casualty(count=3700)])) == (0, 1, 0)


def test_optional_cumulative_gold_is_still_a_trap() -> None:
    gold = [casualty(count=1000, scope="cumulative", optional=True)]
    assert counts(family("casualties", gold, [casualty(count=1000)])) == (0, 1, 0)


def test_vague_and_cumulative_predictions_are_ignored() -> None:
    predicted = [
        casualty(count=None, qualifier="vague"),
        casualty(count=40, qualifier="vague"),
        casualty(count=3700, scope="cumulative"),
    ]
    assert counts(family("casualties", [casualty(count=3700, scope="cumulative")], predicted)) == (0, 0, 0)


def test_gold_without_a_number_is_left_out() -> None:
    assert counts(family("casualties", [casualty(count=None, qualifier="vague")], [])) == (0, 0, 0)


def test_historical_ceasefire_items_are_ignored_on_both_sides() -> None:
    gold = [ceasefire(historical=True, date=None), ceasefire(event="violated")]
    predicted = [ceasefire(event="violated"), ceasefire(historical=True)]
    assert counts(family("ceasefire", gold, predicted)) == (1, 0, 0)


def test_current_ceasefire_predicted_for_a_historical_one_is_false() -> None:
    assert counts(family("ceasefire", [ceasefire(historical=True)], [ceasefire()])) == (0, 1, 0)


def test_ceasefire_key_is_event_and_parties_in_any_order() -> None:
    gold = [ceasefire(event="violated", accuser="AZE", accused="ARM")]
    assert counts(family("ceasefire", gold, [ceasefire(event="violated", parties=("AZE", "ARM"))])) == (1, 0, 0)
    assert counts(family("ceasefire", gold, [ceasefire(event="called_for")])) == (0, 1, 1)
    assert counts(family("ceasefire", gold, [ceasefire(event="violated", parties=("ARM", "RUS"))])) == (0, 1, 1)


def test_diplomacy_pairs_are_unordered_but_modes_differ() -> None:
    gold = [diplomacy("ARM", "FRA")]
    assert counts(family("diplomacy", gold, [diplomacy("FRA", "ARM", actor_person="Emmanuel Macron")])) == (1, 0, 0)
    assert counts(family("diplomacy", gold, [diplomacy("ARM", "FRA", mode="meeting")])) == (0, 1, 1)


def test_matching_is_one_to_one() -> None:
    gold = [ceasefire(event="violated"), ceasefire(event="violated")]
    assert counts(family("ceasefire", gold, [ceasefire(event="violated")])) == (1, 0, 1)
    assert counts(family("diplomacy", [diplomacy()], [diplomacy(), diplomacy("AZE", "USA")])) == (1, 1, 0)


def test_actor_codes_are_compared_in_canonical_case() -> None:
    gold = [casualty(side="X-hamas")]
    assert counts(family("casualties", gold, [casualty(side="x-Hamas ")])) == (1, 0, 0)
    assert counts(family("diplomacy", [diplomacy("USA", "AZE")], [diplomacy("usa", "aze")])) == (1, 0, 0)


def test_date_agreement_over_matched_items_with_a_gold_date() -> None:
    gold = [diplomacy("USA", "ARM"), diplomacy("USA", "AZE"), diplomacy("FRA", "AZE", date=None)]
    predicted = [
        diplomacy("USA", "ARM"),
        diplomacy("USA", "AZE", date="2023-09-19"),
        diplomacy("FRA", "AZE", date="1999-01-01"),
        diplomacy("RUS", "AZE"),
    ]
    result = family("diplomacy", gold, predicted)
    assert counts(result) == (3, 1, 0)
    assert result.date_agreement == 0.5


def test_date_agreement_ignores_null_gold_dates() -> None:
    result = family("diplomacy", [diplomacy(date=None)], [diplomacy(date="2023-09-19")])
    assert result.tp == 1
    assert result.date_agreement is None


def test_items_sharing_a_key_are_paired_day_with_day() -> None:
    gold = [ceasefire(event="violated", date="2025-05-11"), ceasefire(event="violated", date="2025-05-10")]
    predicted = [ceasefire(event="violated", date="2025-05-09"), ceasefire(event="violated", date="2025-05-11")]
    assert family("ceasefire", gold, predicted).date_agreement == 0.5


def test_scores_add_up_across_articles_and_missing_rows_are_empty() -> None:
    gold = {
        "a": {"casualties": [casualty()], "ceasefire": [], "diplomacy": [diplomacy()]},
        "b": {"casualties": [casualty(count=8)], "ceasefire": [], "diplomacy": []},
    }
    predictions = {
        "a": {"casualties": [casualty(count=8)], "diplomacy": [diplomacy()]},
        "z": {"diplomacy": [diplomacy()]},
    }
    result = score(gold, predictions)
    assert counts(result["casualties"]) == (0, 1, 2)
    assert counts(result["diplomacy"]) == (1, 0, 0)


def test_family_with_nothing_to_find_and_nothing_claimed_has_no_ratios() -> None:
    result = family("ceasefire", [ceasefire(historical=True)], [])
    assert result == FamilyScore(0, 0, 0, None, None, None, None)


def test_nothing_found_scores_zero() -> None:
    result = family("diplomacy", [diplomacy()], [])
    assert (result.precision, result.recall, result.f1) == (0.0, 0.0, 0.0)


def test_load_jsonl_keys_rows_by_id(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "a", "casualties": []}) + "\n\n" + json.dumps({"id": 7}) + "\n", encoding="utf-8")
    assert load_jsonl(path) == {"a": {"id": "a", "casualties": []}, "7": {"id": 7}}


def test_load_jsonl_rejects_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": "a"}\n{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate id 'a'"):
        load_jsonl(path)
