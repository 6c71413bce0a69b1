"""`make report`: a static HTML report of the published warehouse that opens offline.

Daily casualties per side, a ceasefire timeline per dyad with its current status, and the
diplomatic engagements; every number links to the sentences it was read from
(`marts.event_evidence`). Charts are inline SVG, so the page needs no network.

usage: python -m orchestration.report [OUT_FILE]   (default reports/index.html)
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import jinja2

from orchestration import charts, config, published

DEFAULT_OUT = config.PROJECT_ROOT / "reports" / "index.html"
TEMPLATES = Path(__file__).parent / "templates"

_EVIDENCE_SQL = """
select summary, evidence_sentence, source_path, date_inferred
from marts.event_evidence
where family = ? and event_date = ? and list_contains(?, article_id)
order by source_path, evidence_start
"""


@dataclass(frozen=True)
class EvidenceGroup:
    """The sentences behind one row of a mart: its family's mentions in its articles on its day."""

    anchor: str
    title: str
    sentences: list[tuple]


class EvidenceIndex:
    """Collects evidence groups while the tables are built, each under a stable anchor."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self._conn = conn
        self.groups: dict[str, EvidenceGroup] = {}

    def link(self, family: str, day: date, article_ids: list[str]) -> str:
        """The anchor of the evidence for `family` on `day` in `article_ids` (rows sharing them share it)."""
        key = f"{family}|{day}|{','.join(article_ids)}"
        anchor = "ev-" + hashlib.sha256(key.encode()).hexdigest()[:12]
        if anchor not in self.groups:
            sentences = self._conn.execute(_EVIDENCE_SQL, [family, day, article_ids]).fetchall()
            title = f"{family.capitalize()} on {day}, {len(article_ids)} article{'s' if len(article_ids) > 1 else ''}"
            self.groups[anchor] = EvidenceGroup(anchor, title, sentences)
        return anchor


def _rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cursor = conn.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def casualty_rows(conn: duckdb.DuckDBPyConnection, evidence: EvidenceIndex) -> list[dict]:
    rows = _rows(conn, "select * from marts.daily_casualties order by event_date desc, side, victims")
    for row in rows:
        row["evidence"] = evidence.link("casualties", row["event_date"], row["article_ids"])
    return rows


def ceasefire_dyads(conn: duckdb.DuckDBPyConnection, evidence: EvidenceIndex) -> list[dict]:
    """Each dyad with its current status (the latest day's) and its timeline, newest first."""
    dyads: dict[str, dict] = {}
    for row in _rows(conn, "select * from marts.ceasefire_status order by dyad, status_date desc"):
        row["evidence"] = evidence.link("ceasefire", row["status_date"], row["article_ids"])
        dyad = dyads.setdefault(row["dyad"], {"dyad": row["dyad"], "current": row, "timeline": []})
        dyad["timeline"].append(row)
    return sorted(dyads.values(), key=lambda dyad: dyad["current"]["status_date"], reverse=True)


def engagement_rows(conn: duckdb.DuckDBPyConnection, evidence: EvidenceIndex) -> list[dict]:
    rows = _rows(conn, "select * from marts.diplomatic_engagement order by engagement_date desc, actor, counterpart")
    for row in rows:
        row["evidence"] = evidence.link("diplomacy", row["engagement_date"], row["article_ids"])
    return rows


def build_report(conn: duckdb.DuckDBPyConnection) -> str:
    """The whole report as one self-contained HTML page."""
    evidence = EvidenceIndex(conn)
    killed = charts.killed_per_side(conn, days=None)
    timeline = conn.execute("select dyad, status_date, status from marts.ceasefire_status").df()
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    return environment.get_template("report.html.j2").render(
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        casualties_chart=charts.to_svg(charts.killed_per_side_chart(killed, days=None)) if not killed.empty else None,
        timeline_chart=charts.to_svg(charts.ceasefire_timeline_chart(timeline)) if not timeline.empty else None,
        casualties=casualty_rows(conn, evidence),
        dyads=ceasefire_dyads(conn, evidence),
        engagements=engagement_rows(conn, evidence),
        evidence=list(evidence.groups.values()),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT, help="HTML file to write")
    args = parser.parse_args(argv)
    try:
        with published.connect() as conn:
            html = build_report(conn)
    except published.NoWarehouseError as exc:
        print(exc, file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(html, encoding="utf-8")
    print(f"Report written to {args.out} (open it in a browser; it needs no network)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
