# The warehouse's everyday commands. Everything runs inside the uv-managed environment.
SHELL := /bin/bash
DBT_DIRS := --project-dir dbt_project --profiles-dir dbt_project
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
FORMAT ?= parquet
OUT ?= exports

.PHONY: install manifest run test e2e dev report docs eval bench query sql export clean

install:  ## create or update the environment from uv.lock (installs uv if missing)
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet uv
	uv sync --frozen

manifest: install  ## parse the dbt project (the Dagster definitions read its manifest)
	uv run dbt parse $(DBT_DIRS) --quiet

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp dagster.yaml $@

run: manifest $(DAGSTER_HOME)/dagster.yaml  ## materialize every asset on raw/ into the warehouse
	uv run python -m orchestration.materialize

test: manifest  ## the whole test suite
	uv run pytest

e2e: manifest  ## the browser test alone: the Dagster UI and the report in headless Chromium
	uv run pytest -m e2e

dev: manifest $(DAGSTER_HOME)/dagster.yaml  ## the Dagster UI with schedules and sensors, on 127.0.0.1:3000
	uv run dagster dev -m orchestration.definitions --host 127.0.0.1 --port 3000

report: install  ## static HTML report of the published warehouse: reports/index.html (opens offline)
	uv run python -m orchestration.report

docs: manifest  ## dbt docs with the lineage graph as one offline page: reports/dbt-docs.html
	uv run python -m orchestration.docs

eval: install  ## score the extractor on ../shared/eval
	uv run python -m orchestration.evaluate

bench: manifest  ## speed and memory of every stage (last line: JSON); ARGS="--articles 100000" or "--corpus FILE.jsonl"
	uv run python -m bench.run --runon
	uv run python -m bench.run $(ARGS)

clean:  ## remove the warehouse, run history and dbt build output
	rm -rf warehouse*.duckdb warehouse*.duckdb.wal $(DAGSTER_HOME) dbt_project/target dbt_project/logs logs reports

query:  ## run SQL read-only against the published warehouse: make query SQL="select ..."
	uv run python -m orchestration.query "$(SQL)"

sql: install  ## interactive SQL shell (duckdb CLI) on the published warehouse, read-only: usable during runs
	@db="$$(uv run python -m orchestration.published)" && exec uv run duckdb -readonly "$$db"

export: install  ## every mart as a file in OUT (default exports/), FORMAT=parquet (default) or csv
	uv run python -m orchestration.export --format $(FORMAT) $(OUT)
