"""Ingestion: every article file under the raw folder into `raw.articles`."""

from datetime import datetime, timezone

import dagster as dg

from orchestration.ingestion.scanning import article_files, read_article_file
from orchestration.resources import WAREHOUSE_POOL, RawFilesResource, WarehouseResource
from orchestration.warehouse import create_schema, store_scan

PROGRESS_EVERY = 200


@dg.asset(group_name="ingest", deps=["feed_articles"], pool=WAREHOUSE_POOL, kinds={"python", "duckdb"})
def articles(context: dg.AssetExecutionContext, raw_files: RawFilesResource, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Articles parsed from the raw folder (text and JSON Lines files), one row per distinct text.

    Unreadable input goes to `raw.quarantine` with its path and reason; a file whose content changed
    retires the articles of its earlier version.
    """
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    paths = article_files(raw_files.path)
    context.log.info(f"Reading {len(paths)} files from {raw_files.path}")
    scanned = []
    for number, path in enumerate(paths, start=1):
        scanned.append(read_article_file(path, raw_files.path, now.date(), raw_files.max_bytes))
        if number % PROGRESS_EVERY == 0:
            context.log.info(f"Read {number}/{len(paths)} files")
    for rejection in (r for file in scanned for r in file.rejections):
        line = f" line {rejection.line_number}" if rejection.line_number else ""
        context.log.warning(f"Quarantined {rejection.source_path}{line}: {rejection.reason}")
    for file in scanned:
        for article in file.articles:
            for warning in article.warnings:
                context.log.warning(f"{file.source_path}: {warning}")
    with warehouse.transaction() as conn:
        create_schema(conn)
        summary = store_scan(conn, scanned, now)
        total = conn.execute("select count(*) from raw.articles where retired_at is null").fetchone()[0]
    context.log.info(
        f"{summary.new_articles} new articles, {summary.known_articles} already stored, "
        f"{summary.duplicates} duplicates, {summary.retired} retired, {summary.quarantined} quarantined"
    )
    return dg.MaterializeResult(
        metadata={
            "files": len(paths),
            "new_articles": summary.new_articles,
            "known_articles": summary.known_articles,
            "duplicates": summary.duplicates,
            "retired_articles": summary.retired,
            "quarantined": summary.quarantined,
            "current_articles": total,
        }
    )
