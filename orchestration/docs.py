"""`make docs`: the dbt documentation site (models, columns, tests and the lineage graph) as one
offline HTML file, `reports/dbt-docs.html`.

The catalog (column types) is read from a copy of the published warehouse, so users' queries and
runs are never disturbed; without a warehouse the docs are built without a catalog.

usage: python -m orchestration.docs [OUT_FILE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from dbt.cli.main import dbtRunner

from orchestration import config

DEFAULT_OUT = config.PROJECT_ROOT / "reports" / "dbt-docs.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT, help="HTML file to write")
    out = parser.parse_args(argv).out
    with tempfile.TemporaryDirectory() as scratch:
        published = config.duckdb_path()
        copy = Path(scratch) / "warehouse.duckdb"
        catalog_args = ["--empty-catalog"]
        if published.exists():
            shutil.copyfile(published, copy)
            catalog_args = []
        os.environ["DUCKDB_DATABASE"] = str(copy)
        target = Path(scratch) / "target"
        result = dbtRunner().invoke(
            ["docs", "generate", "--static", "--quiet", "--project-dir", str(config.DBT_PROJECT_DIR),
             "--profiles-dir", str(config.DBT_PROJECT_DIR), "--target-path", str(target), *catalog_args]
        )
        if not result.success:
            print(f"dbt docs generate failed: {result.exception}", file=sys.stderr)
            return 1
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target / "static_index.html", out)
    print(f"dbt docs written to {out}: open it in a browser (no server or network needed).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
