"""Extraction: event mentions from every article not yet read by the current extractor version.

On a DuckDB file it is one asset over all pending articles (one writer). On a DuckLake it is
partitioned by publication day, so several days are extracted at once, each run writing its own
batches through the shared catalogue.
"""

import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from itertools import islice

import dagster as dg

from orchestration import config
from orchestration.extraction.extractor import EXTRACTOR_VERSION
from orchestration.extraction.parallel import Outcome, Quarantined, extract_stream
from orchestration.ingestion.records import Rejection
from orchestration.partitions import MAX_DAYS_PER_RUN, publication_days
from orchestration.resources import WAREHOUSE_POOL, WarehouseResource
from orchestration.warehouse import (
    BATCH_ARTICLES, MENTION_TABLES, PendingArticle, create_schema, pending_articles, record_rejections, store_extractions,
)

PROGRESS_SECONDS = 10.0


def _outcomes(batches: Iterable[list[PendingArticle]]) -> Iterator[tuple[PendingArticle, Outcome]]:
    """Every pending article with its events or the reason it is quarantined, extracted on
    `EXTRACTION_WORKERS` processes within the `EXTRACTION_MAX_CHARS` budget, in input order."""
    articles = ((article, article.title, article.body, article.published) for batch in batches for article in batch)
    return extract_stream(articles, workers=config.extraction_workers(), max_chars=config.extraction_max_chars())


def extract_pending(context: dg.AssetExecutionContext, warehouse: WarehouseResource, days: list[date] | None) -> dict[str, object]:
    """Extract the pending articles (of `days`, if given), committing every batch in one bulk write;
    an article over the work budget, or one the extractor fails on, is quarantined with the reason."""
    extracted = quarantined = 0
    started = last_report = time.monotonic()
    with warehouse.connect() as conn:
        create_schema(conn)
        scope = f"{len(days)} publication days" if days is not None else "all publication days"
        context.log.info(f"Extractor {EXTRACTOR_VERSION}: reading the articles to extract ({scope})")
        outcomes = _outcomes(pending_articles(conn, EXTRACTOR_VERSION, days))
        while batch := list(islice(outcomes, BATCH_ARTICLES)):
            now = datetime.now(timezone.utc).replace(tzinfo=None)
            results = [(article.article_id, outcome) for article, outcome in batch if not isinstance(outcome, Quarantined)]
            rejections = [Rejection(article.source_path, f"article {article.article_id}: {outcome.reason}")
                          for article, outcome in batch if isinstance(outcome, Quarantined)]
            for rejection in rejections:
                context.log.warning(f"Quarantined {rejection.source_path}: {rejection.reason}")
            conn.begin()
            extracted += store_extractions(conn, EXTRACTOR_VERSION, results, now)
            quarantined += record_rejections(conn, rejections, now)
            conn.commit()
            if time.monotonic() - last_report > PROGRESS_SECONDS:
                rate = (extracted + quarantined) / (time.monotonic() - started)
                context.log.info(f"Extracted {extracted} articles ({rate:.0f}/s), {quarantined} quarantined")
                last_report = time.monotonic()
        context.log.info(f"Extracted {extracted} articles, {quarantined} quarantined")
        counts = {table: conn.execute(f"select count(*) from raw.{table}").fetchone()[0] for table in MENTION_TABLES}
    return {"counts": counts, "extracted": extracted, "quarantined": quarantined}


def _results(outcome: dict) -> Iterator[dg.MaterializeResult]:
    for table in MENTION_TABLES:
        yield dg.MaterializeResult(
            asset_key=table,
            metadata={
                "rows": outcome["counts"][table],
                "articles_extracted": outcome["extracted"],
                "articles_quarantined": outcome["quarantined"],
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
        backfill_policy=dg.BackfillPolicy.multi_run(max_partitions_per_run=MAX_DAYS_PER_RUN) if partitioned else None,
        # a DuckLake takes many writers at once; a DuckDB file one
        pool=None if partitioned else WAREHOUSE_POOL,
    )
    def event_mentions(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[dg.MaterializeResult]:
        """Run the rule-based extractor over new or re-versioned articles, committing in batches."""
        days = [date.fromisoformat(key) for key in context.partition_keys] if partitioned else None
        yield from _results(extract_pending(context, warehouse, days))

    return event_mentions


event_mentions = build_event_mentions(partitioned=config.warehouse_kind() == "ducklake")

extract_publication_days = dg.define_asset_job(
    name="extract_publication_days",
    selection=dg.AssetSelection.assets(event_mentions),
    executor_def=dg.multiprocess_executor,
    description="Extraction and its checks, one process per step; on a DuckLake, one run per range of "
    "publication days (several at once: a backfill in the UI, or `make run`).",
)
