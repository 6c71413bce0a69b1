"""Publishing: the built warehouse replaces the one users query, atomically."""

import dagster as dg

from orchestration.assets.dbt import warehouse_dbt_models
from orchestration.resources import WAREHOUSE_POOL, WarehouseResource


@dg.asset(group_name="publish", deps=[warehouse_dbt_models], pool=WAREHOUSE_POOL, kinds={"duckdb"})
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The queryable warehouse file: swapped in only after every model and test succeeded."""
    path = warehouse.publish()
    context.log.info(f"Published {path}")
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)), "bytes": path.stat().st_size})
