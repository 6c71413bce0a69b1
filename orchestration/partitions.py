"""Publication days as Dagster partitions: on a DuckLake, extraction runs per day, several at once."""

import dagster as dg

publication_days = dg.DynamicPartitionsDefinition(name="publication_days")
