"""The dbt project as Dagster assets: staging, intermediate and marts, with dbt tests as asset checks."""

from collections.abc import Iterator, Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.dbt_environment import prepare_manifest
from orchestration.mart_previews import mart_metadata
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
    """`dbt build`: models and their tests, in dependency order, one thread (DuckDB has one writer).

    Each mart's materialization carries its row count, column types, latest rows and, for
    `daily_casualties`, a chart. They are read here, after dbt has exited, rather than with
    dagster-dbt's `fetch_row_counts()`: its dbt adapter keeps the file open in this process, which
    blocks the next step of an in-process run. When dbt fails, what it built is still reported.
    """
    with warehouse.exported_to_dbt():
        invocation = dbt.cli(["build"], context=context, raise_on_error=False)
        events = list(invocation.stream())
    with warehouse.connect(read_only=True) as conn:
        for event in events:
            key = context.asset_key_for_output(event.output_name) if isinstance(event, dg.Output) else None
            if key is not None and key.path[0] == "marts":
                documented = context.assets_def.specs_by_key[key].metadata.get("dagster/column_schema")
                event = event.with_metadata({**event.metadata, **mart_metadata(conn, ".".join(key.path), documented)})
            yield event
    if not invocation.is_successful():
        raise invocation.get_error()
