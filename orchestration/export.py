"""Write every mart of the published warehouse to Parquet or CSV files, one per mart, through
DuckDB's own `COPY` (no rows pass through Python).

usage: python -m orchestration.export --format parquet|csv OUT_DIR
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from orchestration import published

COPY_OPTIONS = {"parquet": "format parquet, compression zstd", "csv": "format csv, header true"}


@dataclass(frozen=True)
class ExportedMart:
    name: str
    path: Path
    rows: int


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export_marts(out_dir: Path, file_format: str, database: str | Path | None = None) -> list[ExportedMart]:
    """One `<mart>.<format>` file per table of the `marts` schema; each appears complete or not at all."""
    options = COPY_OPTIONS[file_format]
    out_dir.mkdir(parents=True, exist_ok=True)
    exported = []
    with published.connect(database) as conn:
        names = [name for (name,) in conn.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by table_name"
        ).fetchall()]
        for name in names:
            relation = f'marts."{name.replace(chr(34), chr(34) * 2)}"'
            target = out_dir / f"{name}.{file_format}"
            partial = out_dir / f".{name}.{file_format}.partial"
            conn.execute(f"copy {relation} to {_quoted(partial)} ({options})")
            os.replace(partial, target)
            rows = conn.execute(f"select count(*) from {relation}").fetchone()[0]
            exported.append(ExportedMart(name, target, rows))
    return exported


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=sorted(COPY_OPTIONS), default="parquet", dest="file_format")
    parser.add_argument("out_dir", type=Path, help="folder to write the files into (created if missing)")
    args = parser.parse_args(argv)
    try:
        exported = export_marts(args.out_dir, args.file_format)
    except published.NoWarehouseError as exc:
        print(exc, file=sys.stderr)
        return 1
    for mart in exported:
        print(f"{mart.rows:>8,} rows  {mart.path}")
    print(f"{len(exported)} marts written to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
