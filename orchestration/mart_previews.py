"""What the Dagster UI shows of a built mart: row count, column types, the latest rows and, for
`marts.daily_casualties`, the trend of the killed per side."""

from __future__ import annotations

import dagster as dg
import duckdb

from orchestration import charts

PREVIEW_ROWS = 10
CELL_CHARACTERS = 60


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    if len(text) > CELL_CHARACTERS:
        text = text[: CELL_CHARACTERS - 1] + "…"
    return text.replace("|", "\\|").replace("\n", " ")


def latest_rows_markdown(conn: duckdb.DuckDBPyConnection, table: str, limit: int = PREVIEW_ROWS) -> str:
    """The most recent rows (by the table's first date column) as a markdown table."""
    columns = [(name, column_type) for name, column_type, *_ in conn.execute(f"describe {table}").fetchall()]
    date_columns = [name for name, column_type in columns if column_type == "DATE"]
    order = f"order by {date_columns[0]} desc nulls last" if date_columns else ""
    rows = conn.execute(f"select * from {table} {order} limit {int(limit)}").fetchall()
    names = [name for name, _ in columns]
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines) if rows else "_No rows._"


def column_schema(
    conn: duckdb.DuckDBPyConnection, table: str, documented: dg.TableSchema | None = None
) -> dg.TableSchema:
    """The table's columns with their DuckDB types, and the descriptions `documented` gives them."""
    descriptions = {column.name: column.description for column in documented.columns} if documented else {}
    return dg.TableSchema(
        columns=[
            dg.TableColumn(name, column_type.lower(), description=descriptions.get(name))
            for name, column_type, *_ in conn.execute(f"describe {table}").fetchall()
        ]
    )


def mart_metadata(
    conn: duckdb.DuckDBPyConnection, table: str, documented: dg.TableSchema | None = None
) -> dict[str, object]:
    """Materialization metadata for one mart (`marts.<name>`): row count, typed columns, latest rows, charts."""
    row_count = conn.execute(f"select count(*) from {table}").fetchone()[0]
    metadata: dict[str, object] = {
        "dagster/row_count": dg.MetadataValue.int(row_count),
        "dagster/column_schema": dg.MetadataValue.table_schema(column_schema(conn, table, documented)),
        "latest_rows": dg.MetadataValue.md(latest_rows_markdown(conn, table)),
    }
    if table == "marts.daily_casualties":
        killed = charts.killed_per_side(conn)
        chart = (
            charts.png_markdown(charts.killed_per_side_chart(killed), "killed per side per day")
            if not killed.empty
            else "_No deaths reported._"
        )
        metadata["killed_per_side_chart"] = dg.MetadataValue.md(chart)
    return metadata
