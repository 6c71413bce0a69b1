"""The few lines a person reads after `make run`: what was read, what was refused and why, what came
out, where it is and how long each step took."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

MAX_REASONS = 5


@dataclass(frozen=True)
class QuarantineReason:
    reason: str
    inputs: int
    example: str


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    succeeded: bool
    seconds: float
    ingest: Mapping[str, int]
    step_seconds: Mapping[str, float]
    warehouse: Path
    log_file: Path
    failures: Sequence[str] = ()
    quarantined: Sequence[QuarantineReason] = ()
    events: Mapping[str, int] = field(default_factory=dict)
    mart_rows: Mapping[str, int] = field(default_factory=dict)


def quarantined_since(conn: duckdb.DuckDBPyConnection, since: datetime) -> list[QuarantineReason]:
    """Inputs refused (or refused again) since `since`, grouped by reason, most frequent first."""
    rows = conn.execute(
        """select reason, count(*), min(source_path || case when line_number > 0 then ':' || line_number else '' end)
           from raw.quarantine where last_seen_at >= ? group by reason order by count(*) desc, reason""",
        [since],
    ).fetchall()
    return [QuarantineReason(reason, inputs, example) for reason, inputs, example in rows]


def events_per_family(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return dict(conn.execute("select family, count(*) from marts.event_evidence group by family order by family").fetchall())


def rows_per_mart(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = conn.execute(
        "select table_name from information_schema.tables where table_schema = 'marts' order by table_name"
    ).fetchall()
    return {table: conn.execute(f'select count(*) from marts."{table}"').fetchone()[0] for (table,) in tables}


def _seconds(value: float) -> str:
    return f"{value:.1f} s" if value < 60 else f"{int(value // 60)} min {value % 60:.0f} s"


def _counts(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{name} {count:,}" for name, count in counts.items()) or "none"


def render(summary: RunSummary) -> str:
    """The summary as short lines of text."""
    outcome = "succeeded" if summary.succeeded else "FAILED"
    lines = [f"Run {summary.run_id[:8]} {outcome} in {_seconds(summary.seconds)}."]
    ingest = summary.ingest
    if ingest:
        lines.append(
            f"Articles: {ingest.get('files', 0):,} files read; {ingest.get('new_articles', 0):,} new, "
            f"{ingest.get('known_articles', 0):,} already stored, {ingest.get('duplicates', 0):,} duplicates, "
            f"{ingest.get('retired_articles', 0):,} retired."
        )
    total_quarantined = sum(reason.inputs for reason in summary.quarantined)
    lines.append(f"Quarantined: {total_quarantined:,} inputs" + (":" if total_quarantined else "."))
    for reason in summary.quarantined[:MAX_REASONS]:
        lines.append(f"  {reason.inputs:>5,} x {reason.reason} (e.g. {reason.example})")
    if len(summary.quarantined) > MAX_REASONS:
        lines.append(f"  ... {len(summary.quarantined) - MAX_REASONS} more reasons: see raw.quarantine")
    if summary.succeeded:
        lines.append(f"Events: {_counts(summary.events)}.")
        lines.append(f"Mart rows: {_counts(summary.mart_rows)}.")
        lines.append(f"Warehouse: {summary.warehouse}  (make query SQL=\"...\")")
    for failure in summary.failures:
        lines.append(f"Failed: {failure}")
    lines.append("Steps: " + ", ".join(f"{step} {_seconds(s)}" for step, s in summary.step_seconds.items()) + ".")
    lines.append(f"Full log: {summary.log_file}")
    return "\n".join(lines)
