"""Reading article files into records: pure Python, no Dagster or DuckDB."""
