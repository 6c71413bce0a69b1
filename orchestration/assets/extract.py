"""Extraction: event mentions from every article not yet read by the current extractor version."""

import time
from collections.abc import Iterator
from datetime import datetime, timezone

import dagster as dg

from orchestration.extraction.extractor import EXTRACTOR_VERSION, extract_events
from orchestration.ingestion.records import Rejection
from orchestration.resources import WAREHOUSE_POOL, WarehouseResource
from orchestration.warehouse import MENTION_TABLES, articles_to_extract, create_schema, record_rejections, store_events

BATCH_SIZE = 100
PROGRESS_SECONDS = 10.0


@dg.multi_asset(
    specs=[
        dg.AssetSpec(table, deps=["articles"], group_name="extract", kinds={"python", "duckdb"},
                     description=f"Extracted {table.replace('_', ' ')}, one row per claim, with its evidence sentence.")
        for table in MENTION_TABLES
    ],
    pool=WAREHOUSE_POOL,
)
def event_mentions(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[dg.MaterializeResult]:
    """Run the rule-based extractor over new or re-versioned articles, committing in batches.

    An article the extractor fails on is quarantined with the error, and the run goes on.
    """
    with warehouse.connect() as conn:
        create_schema(conn)
        pending = articles_to_extract(conn, EXTRACTOR_VERSION)
        context.log.info(f"Extractor {EXTRACTOR_VERSION}: {len(pending)} articles to extract")
        failures, last_report = 0, time.monotonic()
        for batch_start in range(0, len(pending), BATCH_SIZE):
            now = datetime.now(timezone.utc).replace(tzinfo=None)
            conn.begin()
            for article_id, title, body, published in pending[batch_start : batch_start + BATCH_SIZE]:
                try:
                    events = extract_events(title, body, published)
                except Exception as exc:  # one bad article must not stop the others
                    failures += 1
                    context.log.error(f"Extractor failed on article {article_id}: {exc!r}")
                    source = conn.execute("select source_path from raw.articles where article_id = ?", [article_id]).fetchone()[0]
                    record_rejections(conn, [Rejection(source, f"extractor failed on article {article_id}: {exc!r}")], now)
                    continue
                store_events(conn, article_id, EXTRACTOR_VERSION, events, now)
            conn.commit()
            done = min(batch_start + BATCH_SIZE, len(pending))
            if time.monotonic() - last_report > PROGRESS_SECONDS or done == len(pending):
                context.log.info(f"Extracted {done}/{len(pending)} articles")
                last_report = time.monotonic()
        counts = {table: conn.execute(f"select count(*) from raw.{table}").fetchone()[0] for table in MENTION_TABLES}
    for table in MENTION_TABLES:
        yield dg.MaterializeResult(
            asset_key=table,
            metadata={
                "rows": counts[table],
                "articles_extracted": len(pending) - failures,
                "extractor_failures": failures,
                "extractor_version": EXTRACTOR_VERSION,
            },
        )
