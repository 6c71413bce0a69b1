"""When the warehouse refreshes: nightly, and whenever new or changed files land in the raw folder."""

import hashlib
import json

import dagster as dg

from orchestration.ingestion.scanning import article_files
from orchestration.resources import RawFilesResource

refresh_warehouse = dg.define_asset_job(
    name="refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest the raw folder, extract events and rebuild every dbt model.",
)

nightly_refresh = dg.ScheduleDefinition(
    name="nightly_refresh",
    job=refresh_warehouse,
    cron_schedule="0 2 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


def raw_folder_fingerprint(raw_files: RawFilesResource) -> dict[str, list[int]]:
    """Each file's size and modification time, keyed by its path relative to the raw folder."""
    fingerprint: dict[str, list[int]] = {}
    for path in article_files(raw_files.path):
        try:
            stat = path.stat()
        except OSError:  # vanished or dangling: ingestion reports it
            continue
        fingerprint[path.relative_to(raw_files.path).as_posix()] = [stat.st_size, stat.st_mtime_ns]
    return fingerprint


@dg.sensor(job=refresh_warehouse, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
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
    return dg.SensorResult(run_requests=[dg.RunRequest(run_key=run_key, tags={"changed_files": str(len(changed))})], cursor=cursor)
