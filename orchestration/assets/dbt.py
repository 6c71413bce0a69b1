"""The dbt project as Dagster assets: staging, intermediate and marts, with dbt tests as asset checks."""

from collections.abc import Iterator, Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.dbt_environment import prepare_manifest
from orchestration.resources import WAREHOUSE_POOL, WarehouseResource, dbt_project


prepare_manifest(dbt_project)


class WarehouseDbtTranslator(DagsterDbtTranslator):
    """Puts every dbt model in the `dbt` group."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: Any) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        return spec.replace_attributes(group_name="dbt")


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=WarehouseDbtTranslator(),
    pool=WAREHOUSE_POOL,
)
def warehouse_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource) -> Iterator[Any]:
    """`dbt build`: models and their tests, in dependency order, one thread (DuckDB has one writer)."""
    with warehouse.exported_to_dbt():
        yield from dbt.cli(["build"], context=context).stream()
