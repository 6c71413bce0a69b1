"""Publishing: the built warehouse becomes what users query, atomically."""

import time

import dagster as dg

from orchestration.assets.dbt import warehouse_dbt_models
from orchestration.resources import WAREHOUSE_POOL, WarehouseResource


@dg.asset(group_name="publish", deps=[warehouse_dbt_models], pool=WAREHOUSE_POOL, kinds={"duckdb"})
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The queryable warehouse: swapped in only after every model and test succeeded (a DuckDB
    file replaced by one rename, or the DuckLake snapshot readers are pointed at)."""
    started = time.monotonic()
    published = warehouse.publish()
    seconds = time.monotonic() - started
    context.log.info(f"Published {', '.join(f'{key} {value}' for key, value in published.items())} in {seconds:.1f} s")
    metadata: dict[str, object] = {"publish_seconds": round(seconds, 3)}
    for key, value in published.items():
        metadata[key] = dg.MetadataValue.path(str(value)) if key == "path" else value
    return dg.MaterializeResult(metadata=metadata)
