"""Charts of the marts with Altair, rendered offline by vl-convert: PNG for the Dagster UI, SVG for the report."""

from __future__ import annotations

import base64

import altair as alt
import duckdb
import pandas as pd
import vl_convert

CHART_DAYS = 90

_KILLED_PER_SIDE_SQL = """
with latest as (
    select max(event_date) as latest_day from marts.daily_casualties where killed is not null
)
select event_date, side, sum(killed) as killed
from marts.daily_casualties, latest
where killed is not null and ($days is null or event_date > latest_day - cast($days as integer))
group by event_date, side
order by event_date, side
"""


def killed_per_side(conn: duckdb.DuckDBPyConnection, days: int | None = CHART_DAYS) -> pd.DataFrame:
    """Killed per side and day (all kinds of victims) over the `days` up to the latest day with
    deaths (`None`: every day)."""
    return conn.execute(_KILLED_PER_SIDE_SQL, {"days": days}).df()


def killed_per_side_chart(frame: pd.DataFrame, days: int | None = CHART_DAYS) -> alt.Chart:
    """Stacked bars: one per day, one colour per side."""
    period = f"last {days} days with data" if days else "every day with data"
    return (
        alt.Chart(frame, title=f"Killed per day and side ({period})")
        .mark_bar()
        .encode(
            x=alt.X("event_date:T", title="day"),
            y=alt.Y("killed:Q", title="killed (best estimate)"),
            color=alt.Color("side:N", title="side"),
            tooltip=["event_date:T", "side:N", "killed:Q"],
        )
        .properties(width=640, height=260)
    )


def to_png(chart: alt.Chart) -> bytes:
    return vl_convert.vegalite_to_png(chart.to_dict(), scale=1)


def to_svg(chart: alt.Chart) -> str:
    return vl_convert.vegalite_to_svg(chart.to_dict())


def png_markdown(chart: alt.Chart, alt_text: str) -> str:
    """The chart as a markdown image with the PNG inlined (renders in the Dagster UI, no file needed)."""
    encoded = base64.b64encode(to_png(chart)).decode("ascii")
    return f"![{alt_text}](data:image/png;base64,{encoded})"


def ceasefire_timeline_chart(frame: pd.DataFrame) -> alt.Chart:
    """One row per dyad, one mark per day with a ceasefire event, coloured by that day's status."""
    return (
        alt.Chart(frame, title="Ceasefire events per dyad")
        .mark_point(filled=True, size=120)
        .encode(
            x=alt.X("status_date:T", title="day"),
            y=alt.Y("dyad:N", title=None),
            color=alt.Color(
                "status:N",
                title="status",
                scale=alt.Scale(
                    domain=["called_for", "declared", "violated", "collapsed"],
                    range=["#9ecae1", "#31a354", "#fd8d3c", "#de2d26"],
                ),
            ),
            tooltip=["dyad:N", "status_date:T", "status:N"],
        )
        .properties(width=640)
    )
