"""Ingestion: new or changed article files under the raw folder into `raw.articles`."""

import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from itertools import islice
from pathlib import Path

import dagster as dg

from orchestration.ingestion.scanning import ScannedFile, iter_article_files, read_article_file
from orchestration.partitions import publication_days
from orchestration.resources import WAREHOUSE_POOL, RawFilesResource, WarehouseResource
from orchestration.warehouse import changed_files, create_schema, record_files_read, stage_files_read, store_scan

LISTING_CHUNK = 5_000
PROGRESS_SECONDS = 10.0


def _chunks(paths: Iterable[Path], size: int) -> Iterator[list[Path]]:
    iterator = iter(paths)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _stamp(path: Path, raw_dir: Path) -> tuple[str, int, int]:
    """(path relative to the raw folder, size, modification time in ns); -1s when it cannot be stat'ed."""
    relative = path.relative_to(raw_dir).as_posix()
    try:
        stat = path.stat()
    except OSError:  # dangling link, vanished: always re-read, so the reason is quarantined
        return relative, -1, -1
    return relative, stat.st_size, stat.st_mtime_ns


def _changed_scans(context: dg.AssetExecutionContext, conn, raw_files: RawFilesResource, now: datetime) -> Iterator[ScannedFile]:
    """Read only the files that are new or changed since they were last read, a chunk at a time."""
    raw_dir, listed, read, last_report = raw_files.path, 0, 0, time.monotonic()
    for chunk in _chunks(iter_article_files(raw_dir), LISTING_CHUNK):
        stamps = {stamp[0]: stamp for stamp in (_stamp(path, raw_dir) for path in chunk)}
        listed += len(chunk)
        readable = []
        for source_path in changed_files(conn, list(stamps.values())):
            scanned = read_article_file(raw_dir / source_path, raw_dir, now.date(), raw_files.max_bytes)
            _log_problems(context, scanned)
            if scanned.content_hash is not None:
                readable.append(stamps[source_path])
            read += 1
            yield scanned
        stage_files_read(conn, readable)
        if time.monotonic() - last_report > PROGRESS_SECONDS:
            context.log.info(f"Listed {listed} files, read {read} new or changed")
            last_report = time.monotonic()
    context.log.info(f"Listed {listed} files in {raw_dir}, read {read} new or changed")


def _log_problems(context: dg.AssetExecutionContext, scanned: ScannedFile) -> None:
    for rejection in scanned.rejections:
        line = f" line {rejection.line_number}" if rejection.line_number else ""
        context.log.warning(f"Quarantined {rejection.source_path}{line}: {rejection.reason}")
    for article in scanned.articles:
        for warning in article.warnings:
            context.log.warning(f"{scanned.source_path}: {warning}")


def _register_publication_days(context: dg.AssetExecutionContext, days: list[date]) -> None:
    """Add the publication days not yet known as partitions of the per-day extraction."""
    known = set(context.instance.get_dynamic_partitions(publication_days.name))
    new = sorted({day.isoformat() for day in days} - known)
    if new:
        context.instance.add_dynamic_partitions(publication_days.name, new)
        context.log.info(f"{len(new)} new publication days: {new[0]} .. {new[-1]}")


@dg.asset(group_name="ingest", deps=["feed_articles"], pool=WAREHOUSE_POOL, kinds={"python", "duckdb"})
def articles(context: dg.AssetExecutionContext, raw_files: RawFilesResource, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Articles parsed from the raw folder (text and JSON Lines files), one row per distinct text.

    Files unchanged since they were last read (same size and modification time) are skipped.
    Unreadable input goes to `raw.quarantine` with its path and reason; a file whose content changed
    retires the articles of its earlier version. Articles are written in bulk batches, each
    committed on its own so memory stays flat; a killed run is finished by the next one.
    """
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    context.log.info(f"Reading new or changed files under {raw_files.path}")
    with warehouse.connect() as conn:
        create_schema(conn)
        summary = store_scan(conn, _changed_scans(context, conn, raw_files, now), now)
        record_files_read(conn, now)
        total, files = conn.execute(
            "select count(*), (select count(*) from raw.source_files) from raw.articles where retired_at is null"
        ).fetchone()
        days = [day for (day,) in conn.execute(
            "select distinct published from raw.articles where retired_at is null").fetchall()] if warehouse.is_ducklake else []
    if warehouse.is_ducklake:
        _register_publication_days(context, days)
    context.log.info(
        f"{summary.new_articles} new articles, {summary.known_articles} already stored, "
        f"{summary.duplicates} duplicates, {summary.retired} retired, {summary.quarantined} quarantined"
    )
    return dg.MaterializeResult(
        metadata={
            "files": files,
            "new_articles": summary.new_articles,
            "known_articles": summary.known_articles,
            "duplicates": summary.duplicates,
            "retired_articles": summary.retired,
            "quarantined": summary.quarantined,
            "current_articles": total,
        }
    )
