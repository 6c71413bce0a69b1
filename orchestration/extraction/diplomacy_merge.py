"""One engagement per pair and mode, and the brokers of an article's fresh truces as mediators."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from orchestration.extraction.clauses import CO_NAMED, NAMES_BROKERING, NOT_A_SIDE, is_go_between, participants
from orchestration.extraction.events import CeasefireEvent, DiplomaticEngagement


def with_truce_brokers(engagements: list[DiplomaticEngagement], truces: Sequence[CeasefireEvent],
                       published: date) -> list[DiplomaticEngagement]:
    """The engagements plus a mediation offer from the broker of each truce the article reports made in the past
    week, "brokered" or "mediated" in so many words, to each of its sides ("Qatar brokered a truce between Congo and
    Rwanda on Wednesday": Qatar mediated with both)."""
    brokered = [
        DiplomaticEngagement(broker, side, "mediation_offer", "045", truce.date,
                             replace(truce.evidence, rule="diplomacy.mediation_offer.truce-broker"), date_inferred=truce.date_inferred)
        for truce in truces
        if truce.event == "declared" and truce.broker and truce.broker not in NOT_A_SIDE and NAMES_BROKERING.search(truce.evidence.sentence)
        and truce.date is not None and timedelta(0) <= published - truce.date <= _NEWS_WEEK
        for broker in _brokers_of(truce, published)
        for side in truce.parties
        if side != broker
    ]
    return dedupe([*engagements, *brokered]) if brokered else engagements


def _brokers_of(truce: CeasefireEvent, published: date) -> list[str]:
    """The broker of a truce, those named with it ("Norway and Kenya announced the truce") and the other go-betweens
    its sentence names ("mediated by Qatar and Turkey")."""
    text = truce.evidence.sentence
    people = participants(text, published)
    spans = [(p.start, p.end) for p in people if p.code == truce.broker]
    others = [p.code for p in people if p.code not in truce.parties
              and (is_go_between(text, p) or any(CO_NAMED.fullmatch(text, min(end, p.end), max(start, p.start)) for start, end in spans))]
    return list(dict.fromkeys([truce.broker, *others]))


def dedupe(items: list[DiplomaticEngagement]) -> list[DiplomaticEngagement]:
    """One item per pair and mode: the first report keeps its direction, later ones fill names and the latest day."""
    merged: dict[tuple[frozenset[str], str], DiplomaticEngagement] = {}
    for item in items:
        key = (frozenset({item.actor, item.counterpart}), item.mode)
        first = merged.get(key)
        if first is None:
            merged[key] = item
            continue
        names = {item.actor: item.actor_person, item.counterpart: item.counterpart_person}
        merged[key] = replace(
            first,
            actor_person=first.actor_person or names[first.actor],
            counterpart_person=first.counterpart_person or names[first.counterpart],
            **_later_day(first, item),
        )
    return list(merged.values())


def _later_day(first: DiplomaticEngagement, other: DiplomaticEngagement) -> dict:
    """The most recent day a text states for an engagement; an inferred day only when none is stated."""
    stated = [item.date for item in (first, other) if item.date is not None and not item.date_inferred]
    if stated:
        return {"date": max(stated), "date_inferred": False}
    return {"date": first.date or other.date, "date_inferred": first.date_inferred and other.date_inferred}


_NEWS_WEEK = timedelta(days=7)
