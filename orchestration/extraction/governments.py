"""Armed groups that took power are coded as the state they govern (data/groups_in_power.csv): from the day they
took it, "the Taliban" of a truce, a toll or a meeting are Afghanistan."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TypeVar

from orchestration.extraction.actors import data_rows
from orchestration.extraction.events import ArticleEvents


@cache
def _in_power() -> dict[str, tuple[str, date]]:
    """group -> (the state it governs, since when)."""
    return {row["group"]: (row["state"], date.fromisoformat(row["since"])) for row in data_rows("groups_in_power.csv")}


def governing(code: str, on: date | None) -> str:
    """The state a group governed on day `on`, else the code itself (also when the day is unknown)."""
    state, since = _in_power().get(code, (code, on))
    return state if on is not None and on >= since else code


def as_governments(events: ArticleEvents, published: date) -> ArticleEvents:
    """`events` with every group in power on `published` coded as its state; an engagement of the state with
    itself or a truce left with one side is dropped, and an item that became a repeat of another is kept once."""
    if not set(_in_power()) & _codes(events):
        return events
    casualties = [replace(c, side=governing(c.side, published)) for c in events.casualties]
    ceasefire = [replace(e, parties=tuple(sorted({governing(p, published) for p in e.parties})),
                         **{role: governing(code, published) for role in _ROLES if (code := getattr(e, role))})
                 for e in events.ceasefire]
    diplomacy = [replace(d, actor=governing(d.actor, published), counterpart=governing(d.counterpart, published)) for d in events.diplomacy]
    return ArticleEvents(
        casualties=_once(casualties, lambda c: (c.side, c.outcome, c.count, c.date, c.scope)),
        ceasefire=_once([e for e in ceasefire if len(e.parties) == 2], lambda e: (e.event, e.parties, e.date, e.historical)),
        diplomacy=_once([d for d in diplomacy if d.actor != d.counterpart], lambda d: (d.actor, d.counterpart, d.mode, d.date)),
    )


_ROLES = ("broker", "by", "accuser", "accused")  # a truce's other actors


def _codes(events: ArticleEvents) -> set[str]:
    return ({c.side for c in events.casualties} | {p for e in events.ceasefire for p in e.parties}
            | {code for e in events.ceasefire for role in _ROLES if (code := getattr(e, role))}
            | {code for d in events.diplomacy for code in (d.actor, d.counterpart)})


_Item = TypeVar("_Item")


def _once(items: list[_Item], key: Callable[[_Item], Hashable]) -> list[_Item]:
    """The first of the items sharing a key, in order."""
    first: dict[Hashable, _Item] = {}
    for item in items:
        first.setdefault(key(item), item)
    return list(first.values())
