"""When the warehouse refreshes: nightly, and whenever new or changed files land in the raw folder.

On a DuckDB file a refresh is one run of `refresh_warehouse`. On a DuckLake extraction is
partitioned by publication day, so a refresh is three stages chained by run-status sensors:
`ingest_raw_files`; then `extract_publication_days` over the days that hold unextracted articles
(one run per range of days, running at once); then `publish_marts` (dbt, report, publish) once every
extraction run of that refresh has succeeded.
"""

import hashlib
import json

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from orchestration import config
from orchestration.assets.extract import extract_publication_days
from orchestration.assets.feeds import FEEDS_SUBDIR
from orchestration.extraction.extractor import EXTRACTOR_VERSION
from orchestration.ingestion.scanning import article_files
from orchestration.partitions import pending_day_ranges, publication_days
from orchestration.resources import RawFilesResource, WarehouseResource
from orchestration.warehouse import MENTION_TABLES, pending_days

REFRESH_TAG = "warehouse/refresh"
"""On a DuckLake, the id of the ingestion run whose refresh an extraction or publishing run continues."""
STAGE_TAG = "warehouse/stage"

_INGESTION = dg.AssetSelection.assets("feed_articles", "articles")
_EXTRACTION = dg.AssetSelection.assets(*MENTION_TABLES)

refresh_warehouse = dg.define_asset_job(
    name="refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest the raw folder, extract events and rebuild every dbt model.",
)

ingest_raw_files = dg.define_asset_job(
    name="ingest_raw_files",
    selection=_INGESTION,
    description="A DuckLake refresh's first stage: fetch the feeds and ingest the raw folder.",
)

publish_marts = dg.define_asset_job(
    name="publish_marts",
    selection=dg.AssetSelection.all() - _INGESTION - _EXTRACTION,
    description="A DuckLake refresh's last stage: dbt build, the report, and publishing the snapshot.",
)


def raw_folder_fingerprint(raw_files: RawFilesResource) -> dict[str, list[int]]:
    """Each file's size and modification time, keyed by its path relative to the raw folder.

    Files under `feeds/` are left out: the pipeline's own `feed_articles` step writes them and the
    same run ingests them, so they are no reason for another run."""
    fingerprint: dict[str, list[int]] = {}
    for path in article_files(raw_files.path):
        relative = path.relative_to(raw_files.path)
        if relative.parts[0] == FEEDS_SUBDIR:
            continue
        try:
            stat = path.stat()
        except OSError:  # vanished or dangling: ingestion reports it
            continue
        fingerprint[relative.as_posix()] = [stat.st_size, stat.st_mtime_ns]
    return fingerprint


def build_refresh_triggers(partitioned: bool) -> tuple[dg.ScheduleDefinition, dg.SensorDefinition]:
    """The nightly schedule and the new-files sensor, starting `refresh_warehouse` on a DuckDB file
    or, on a DuckLake (`partitioned`), the first stage of a refresh, `ingest_raw_files`."""
    job = ingest_raw_files if partitioned else refresh_warehouse

    nightly_refresh = dg.ScheduleDefinition(
        name="nightly_refresh",
        job=job,
        cron_schedule="0 2 * * *",
        execution_timezone="UTC",
        default_status=dg.DefaultScheduleStatus.RUNNING,
    )

    @dg.sensor(job=job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
    def new_raw_files(context: dg.SensorEvaluationContext, raw_files: RawFilesResource) -> dg.SensorResult | dg.SkipReason:
        """Start a refresh when files are added to or changed in the raw folder."""
        if not raw_files.path.is_dir():
            return dg.SkipReason(f"Raw folder {raw_files.path} does not exist")
        current = raw_folder_fingerprint(raw_files)
        previous: dict[str, list[int]] = json.loads(context.cursor) if context.cursor else {}
        changed = sorted(path for path, stamp in current.items() if previous.get(path) != stamp)
        cursor = json.dumps(current, sort_keys=True)
        if not changed:
            return dg.SensorResult(skip_reason=dg.SkipReason("No new or changed files"), cursor=cursor)
        run_key = hashlib.sha256(cursor.encode()).hexdigest()[:16]
        context.log.info(f"{len(changed)} new or changed files, e.g. {changed[:5]}")
        request = dg.RunRequest(run_key=run_key, tags={"changed_files": str(len(changed))})
        return dg.SensorResult(run_requests=[request], cursor=cursor)

    return nightly_refresh, new_raw_files


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.SUCCESS,
    monitored_jobs=[ingest_raw_files],
    request_jobs=[extract_publication_days, publish_marts],
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def extract_after_ingestion(context: dg.RunStatusSensorContext, warehouse: WarehouseResource) -> list[dg.RunRequest]:
    """After a DuckLake ingestion: one extraction run per range of publication days holding
    unextracted articles (or, when none do, straight to publishing the marts)."""
    refresh = context.dagster_run.run_id
    with warehouse.connect() as conn:
        pending = {day.isoformat() for day in pending_days(conn, EXTRACTOR_VERSION)}
    known = context.instance.get_dynamic_partitions(publication_days.name)
    if unknown := pending.difference(known):
        context.log.warning(f"{len(unknown)} pending days are no publication_days partition, e.g. {min(unknown)}")
    ranges = pending_day_ranges(known, pending)
    if not ranges:
        context.log.info("No unextracted articles: publishing the marts")
        return [dg.RunRequest(job_name=publish_marts.name, run_key=refresh, tags={REFRESH_TAG: refresh, STAGE_TAG: "publish"})]
    context.log.info(f"Extracting {len(pending)} publication days in {len(ranges)} runs: {ranges}")
    return [
        dg.RunRequest(
            job_name=extract_publication_days.name,
            run_key=f"{refresh}:{first}:{last}",
            tags={REFRESH_TAG: refresh, STAGE_TAG: "extract",
                  ASSET_PARTITION_RANGE_START_TAG: first, ASSET_PARTITION_RANGE_END_TAG: last},
        )
        for first, last in ranges
    ]


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.SUCCESS,
    monitored_jobs=[extract_publication_days],
    request_job=publish_marts,
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def publish_after_extraction(context: dg.RunStatusSensorContext) -> dg.RunRequest | dg.SkipReason:
    """Publish the marts once every extraction run of a DuckLake refresh has succeeded. A failed
    run leaves its articles pending: the next refresh extracts them and publishes."""
    refresh = context.dagster_run.tags.get(REFRESH_TAG)
    if refresh is None:
        return dg.SkipReason(f"Run {context.dagster_run.run_id} belongs to no scheduled or sensor refresh (a backfill?)")
    runs = context.instance.get_runs(filters=dg.RunsFilter(tags={REFRESH_TAG: refresh, STAGE_TAG: "extract"}))
    waiting = sorted(run.status.value for run in runs if run.status != dg.DagsterRunStatus.SUCCESS)
    if waiting:
        return dg.SkipReason(f"Refresh {refresh}: {len(waiting)} of {len(runs)} extraction runs not succeeded ({', '.join(waiting)})")
    return dg.RunRequest(run_key=refresh, tags={REFRESH_TAG: refresh, STAGE_TAG: "publish"})


PARTITIONED = config.warehouse_kind() == "ducklake"
nightly_refresh, new_raw_files = build_refresh_triggers(PARTITIONED)
stage_sensors = [extract_after_ingestion, publish_after_extraction] if PARTITIONED else []
