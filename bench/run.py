"""Speed and memory of the pipeline's Python stages on a synthetic corpus built from `raw/`.

usage: python -m bench.run [--copies N]
Prints one table: stage, articles, seconds, articles/s, peak Python memory and peak RSS (MiB).
"""

from __future__ import annotations

import argparse
import re
import resource
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import duckdb

from orchestration import config
from orchestration.extraction.extractor import extract_events
from orchestration.ingestion.scanning import scan_raw_dir
from orchestration.warehouse import create_schema, store_scan


def synthetic_corpus(target: Path, copies: int) -> int:
    """Write `copies` variants of every text article in raw/; a numbered tag in every sentence keeps
    them distinct, so no cache of the extractor serves a copy from an earlier one."""
    sources = sorted(config.raw_dir().glob("*.txt"))
    for copy in range(copies):
        for source in sources:
            text = re.sub(r"(?<=[a-z])\. ", f" (ref {copy}). ", source.read_text(encoding="utf-8"))
            (target / f"{copy:05d}-{source.name}").write_text(text, encoding="utf-8")
    return copies * len(sources)


def measure(label: str, count: int, work: Callable[[], object]) -> tuple[str, int, float, float, float, float]:
    """Time one stage; peak Python allocations (tracemalloc) and the process's peak RSS so far
    (which also counts DuckDB's native memory)."""
    tracemalloc.start()
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return label, count, seconds, count / seconds if seconds else float("inf"), peak, rss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="variants of each raw/ article (default 100)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp, "raw")
        raw.mkdir()
        count = synthetic_corpus(raw, args.copies)
        scanned: list = []
        rows = [measure("parse files", count, lambda: scanned.extend(scan_raw_dir(raw, date.today())))]
        with duckdb.connect(str(Path(tmp, "bench.duckdb"))) as conn:
            create_schema(conn)
            rows.append(measure("store in DuckDB", count, lambda: store_scan(conn, scanned, datetime.now())))
        records = [article for file in scanned for article in file.articles]
        rows.append(measure("extract events", len(records),
                            lambda: [extract_events(a.title, a.body, a.published) for a in records]))
    print(f"{'stage':<16} {'articles':>9} {'seconds':>9} {'articles/s':>11} {'py peak MiB':>12} {'max RSS MiB':>12}")
    for label, n, seconds, rate, peak, rss in rows:
        print(f"{label:<16} {n:>9} {seconds:>9.2f} {rate:>11.1f} {peak:>12.1f} {rss:>12.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
