"""Extraction: event mentions from every article not yet read by the current extractor version.

On a DuckDB file it is one asset over all pending articles (one writer). On a DuckLake it is
partitioned by publication day, so several days are extracted at once, each run writing its own
batches through the shared catalogue.
"""

import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone

import dagster as dg

from orchestration import config
from orchestration.extraction.events import ArticleEvents
from orchestration.extraction.extractor import EXTRACTOR_VERSION, extract_events
from orchestration.ingestion.records import Rejection
from orchestration.partitions import publication_days
from orchestration.resources import WAREHOUSE_POOL, WarehouseResource
from orchestration.warehouse import MENTION_TABLES, PendingArticle, create_schema, pending_articles, record_rejections, store_extractions

PROGRESS_SECONDS = 10.0


def _extract_each(batch: Iterable[PendingArticle]) -> Iterator[tuple[PendingArticle, ArticleEvents | Exception]]:
    """Each article with its events, or the error the extractor raised on it."""
    for article in batch:
        try:
            yield article, extract_events(article.title, article.body, article.published)
        except Exception as exc:  # one bad article must not stop the others
            yield article, exc


def extract_pending(context: dg.AssetExecutionContext, warehouse: WarehouseResource, days: list[date] | None) -> dict[str, object]:
    """Extract the pending articles (of `days`, if given) batch by batch, each batch committed in one
    bulk write; an article the extractor fails on is quarantined with the error."""
    extracted = failures = 0
    started = last_report = time.monotonic()
    with warehouse.connect() as conn:
        create_schema(conn)
        scope = f"{len(days)} publication days" if days is not None else "all publication days"
        context.log.info(f"Extractor {EXTRACTOR_VERSION}: reading the articles to extract ({scope})")
        for batch in pending_articles(conn, EXTRACTOR_VERSION, days):
            now = datetime.now(timezone.utc).replace(tzinfo=None)
            results, rejections = [], []
            for article, outcome in _extract_each(batch):
                if isinstance(outcome, Exception):
                    context.log.error(f"Extractor failed on article {article.article_id}: {outcome!r}")
                    rejections.append(Rejection(article.source_path, f"extractor failed on article {article.article_id}: {outcome!r}"))
                else:
                    results.append((article.article_id, outcome))
            conn.begin()
            extracted += store_extractions(conn, EXTRACTOR_VERSION, results, now)
            failures += record_rejections(conn, rejections, now)
            conn.commit()
            if time.monotonic() - last_report > PROGRESS_SECONDS:
                rate = extracted / (time.monotonic() - started)
                context.log.info(f"Extracted {extracted} articles ({rate:.0f}/s), {failures} failed")
                last_report = time.monotonic()
        context.log.info(f"Extracted {extracted} articles, {failures} failed")
        counts = {table: conn.execute(f"select count(*) from raw.{table}").fetchone()[0] for table in MENTION_TABLES}
    return {"counts": counts, "extracted": extracted, "failures": failures}


def _results(outcome: dict) -> Iterator[dg.MaterializeResult]:
    for table in MENTION_TABLES:
        yield dg.MaterializeResult(
            asset_key=table,
            metadata={
                "rows": outcome["counts"][table],
                "articles_extracted": outcome["extracted"],
                "extractor_failures": outcome["failures"],
                "extractor_version": EXTRACTOR_VERSION,
            },
        )


def build_event_mentions(partitioned: bool) -> dg.AssetsDefinition:
    """The extraction asset: one step over everything, or one per publication day (DuckLake)."""

    @dg.multi_asset(
        name="event_mentions",
        specs=[
            dg.AssetSpec(table, deps=["articles"], group_name="extract", kinds={"python", "duckdb"},
                         description=f"Extracted {table.replace('_', ' ')}, one row per claim, with its evidence sentence.")
            for table in MENTION_TABLES
        ],
        partitions_def=publication_days if partitioned else None,
        backfill_policy=dg.BackfillPolicy.multi_run(max_partitions_per_run=31) if partitioned else None,
        # a DuckLake takes many writers at once; a DuckDB file one
        pool=None if partitioned else WAREHOUSE_POOL,
    )
    def event_mentions(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[dg.MaterializeResult]:
        """Run the rule-based extractor over new or re-versioned articles, committing in batches."""
        days = [date.fromisoformat(key) for key in context.partition_keys] if partitioned else None
        yield from _results(extract_pending(context, warehouse, days))

    return event_mentions


event_mentions = build_event_mentions(partitioned=config.warehouse_kind() == "ducklake")
