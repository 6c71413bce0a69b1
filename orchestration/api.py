"""pandas DataFrames from the published warehouse, for notebooks and scripts.

Every call opens its own read-only connection, so it works while a run or the UI is going and
always sees the last published state. Filters left as None are not applied; dates are
`YYYY-MM-DD` strings or `datetime.date`; `database` overrides `DUCKDB_DATABASE`.

    from orchestration import api
    api.daily_casualties(since="2025-01-01", side="UKR")
    api.sql("select side, sum(killed) from marts.daily_casualties group by side")
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from orchestration import published

Day = str | date | None
Database = str | Path | None


def sql(query: str, params: Sequence[object] | Mapping[str, object] | None = None, *, database: Database = None) -> pd.DataFrame:
    """The result of any read-only SQL query (with `?` or `$name` parameters)."""
    with published.connect(database) as conn:
        return conn.execute(query, params).df()


def _mart(table: str, filters: Mapping[str, object], order_by: str, database: Database) -> pd.DataFrame:
    """Rows of `marts.<table>` meeting every condition whose parameter is not None."""
    applied = {condition: value for condition, value in filters.items() if value is not None}
    where = f"where {' and '.join(applied)}" if applied else ""
    return sql(f"select * from marts.{table} {where} order by {order_by}", list(applied.values()), database=database)


def daily_casualties(
    since: Day = None, until: Day = None, side: str | None = None, victims: str | None = None, *, database: Database = None
) -> pd.DataFrame:
    """Killed and wounded per day, side (actor code) and kind of victim, with low/high and sources."""
    filters = {"event_date >= ?::date": since, "event_date <= ?::date": until, "side = ?": side, "victims = ?": victims}
    return _mart("daily_casualties", filters, "event_date, side, victims", database)


def ceasefire_status(
    since: Day = None, until: Day = None, dyad: str | None = None, *, database: Database = None
) -> pd.DataFrame:
    """The state of each ceasefire per pair of belligerents (e.g. `ARM-AZE`) and day."""
    filters = {"status_date >= ?::date": since, "status_date <= ?::date": until, "dyad = ?": dyad}
    return _mart("ceasefire_status", filters, "dyad, status_date", database)


def ceasefire_current(status: str | None = None, *, database: Database = None) -> pd.DataFrame:
    """Per pair of belligerents: `holding`, `violated`, `collapsed` or `called_for`, since when, and why."""
    return _mart("ceasefire_current", {"status = ?": status}, "dyad", database)


def diplomatic_engagement(
    since: Day = None, until: Day = None, actor: str | None = None, mode: str | None = None, *, database: Database = None
) -> pd.DataFrame:
    """Calls, meetings, appeals and mediation offers; `actor` matches either side of the engagement."""
    filters = {
        "engagement_date >= ?::date": since,
        "engagement_date <= ?::date": until,
        "? in (actor, counterpart)": actor,
        "mode = ?": mode,
    }
    return _mart("diplomatic_engagement", filters, "engagement_date, actor, counterpart, mode", database)


def evidence(
    article_ids: Sequence[str] | str | None = None,
    family: str | None = None,
    since: Day = None,
    until: Day = None,
    *,
    database: Database = None,
) -> pd.DataFrame:
    """The sentences behind the numbers: pass a mart row's `article_ids` (and its family and day)."""
    ids = [article_ids] if isinstance(article_ids, str) else None if article_ids is None else list(article_ids)
    filters = {
        "list_contains(?, article_id)": ids,
        "family = ?": family,
        "event_date >= ?::date": since,
        "event_date <= ?::date": until,
    }
    return _mart("event_evidence", filters, "event_date, article_id, evidence_start", database)
