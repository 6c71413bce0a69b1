"""Feeds: articles fetched from the feeds and pages in `feeds.yml` into the raw folder."""

from datetime import datetime, timezone

import dagster as dg

from orchestration import config
from orchestration.ingestion.feeds import FetchReport, fetch_feeds, load_feeds_config
from orchestration.resources import RawFilesResource

FEEDS_SUBDIR = "feeds"


def _failures_table(report: FetchReport) -> str:
    rows = [f"| {failure.url} | {failure.kind} | {failure.reason.replace('|', '/')} |" for failure in report.failures]
    return "\n".join(["| url | kind | reason |", "|---|---|---|", *rows])


@dg.asset(group_name="ingest", kinds={"python"})
def feed_articles(context: dg.AssetExecutionContext, raw_files: RawFilesResource) -> dg.MaterializeResult:
    """New articles from the RSS/Atom feeds and single pages listed in `feeds.yml` (or `FEEDS_FILE`),
    written as JSON Lines under `<raw folder>/feeds/` for `articles` to read.

    No feeds file: nothing is fetched. A URL that fails (timeout, server error, malformed feed,
    oversized or non-HTML page) is logged, listed here and retried on the next run.
    """
    path = config.feeds_file()
    feeds = load_feeds_config(path)
    if feeds is None:
        context.log.info(f"No feeds file at {path}: nothing to fetch")
        return dg.MaterializeResult(metadata={"feeds_file": str(path), "fetched_articles": 0})
    context.log.info(f"Fetching {len(feeds.feeds)} feeds and {len(feeds.pages)} pages listed in {path}")
    report = fetch_feeds(feeds, raw_files.path / FEEDS_SUBDIR, datetime.now(timezone.utc), progress=context.log.info)
    for failure in report.failures:
        context.log.warning(f"Fetch failed ({failure.kind}): {failure.url}: {failure.reason}")
    for problem in report.problems:
        context.log.warning(problem)
    context.log.info(
        f"{report.articles} articles fetched into {report.output_file or 'no new file'}; {report.not_modified} not modified, "
        f"{report.already_fetched} already fetched, {report.unchanged} unchanged, {len(report.failures)} failed"
    )
    metadata: dict[str, object] = {
        "feeds_file": str(path),
        "fetched_articles": report.articles,
        "not_modified": report.not_modified,
        "already_fetched": report.already_fetched,
        "unchanged_pages": report.unchanged,
        "failed_urls": len(report.failures),
        "output_file": str(report.output_file or ""),
    }
    if report.failures:
        metadata["failures"] = dg.MetadataValue.md(_failures_table(report))
    if report.problems:
        metadata["problems"] = dg.MetadataValue.json(list(report.problems))
    return dg.MaterializeResult(metadata=metadata)
