"""Query the published warehouse with SQL, read-only (safe while a run is in progress).

usage: python -m orchestration.query "select * from marts.daily_casualties"
"""

from __future__ import annotations

import argparse
import sys

import duckdb

from orchestration import published


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sql", help="one SQL statement")
    args = parser.parse_args(argv)
    try:
        with published.connect() as conn:
            conn.sql(args.sql).show(max_rows=200, max_width=200)
    except published.NoWarehouseError as exc:
        print(exc, file=sys.stderr)
        return 1
    except duckdb.Error as exc:
        print(f"Query failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
