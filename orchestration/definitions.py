"""The code location: every asset, check, job, schedule, sensor and resource of the warehouse.

Runs execute in one process (like `make run`): the writing steps take turns on one DuckDB file
anyway, and a process per step would import Dagster and dbt a dozen times.
"""

import dagster as dg

from orchestration.assets.dbt import warehouse_dbt_models
from orchestration.assets.extract import event_mentions, extract_publication_days
from orchestration.assets.feeds import feed_articles
from orchestration.assets.ingest import articles
from orchestration.assets.publish import published_warehouse
from orchestration.assets.report import extraction_report
from orchestration.automation import (
    ingest_raw_files, new_raw_files, nightly_refresh, publish_marts, refresh_warehouse, stage_sensors,
)
from orchestration.checks import data_checks, marts_freshness_sensor
from orchestration.resources import default_resources

defs = dg.Definitions(
    assets=[feed_articles, articles, event_mentions, warehouse_dbt_models, extraction_report, published_warehouse],
    asset_checks=data_checks,
    jobs=[refresh_warehouse, ingest_raw_files, extract_publication_days, publish_marts],
    schedules=[nightly_refresh],
    sensors=[new_raw_files, *stage_sensors, marts_freshness_sensor],
    resources=default_resources(),
    executor=dg.in_process_executor,
)
