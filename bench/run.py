"""Speed and memory of the warehouse on a synthetic or a real corpus.

usage: python -m bench.run [--articles N] [--words MIN-MAX] [--corpus FILE.jsonl ...] [--runon]

Runs the real pipeline (the `refresh_warehouse` Dagster job: ingest into DuckDB, extract, dbt build, report,
publish) on the corpus in a throwaway folder, again with nothing new (the fixed cost of a refresh), then
after adding 1 % new articles (the incremental refresh); stage times are the Dagster steps' wall times.
On the same texts it measures, in CPU seconds of one core, the extractor alone and two references:
reading the texts and splitting them with one plain regex (the floor) and spaCy's blank English
tokenizer. No tracemalloc: memory is the peak RSS of this process or its children. Prints a table, then one JSON object as the last line. `--runon` instead shows that
extraction costs the same per kB of run-on trigger text from 1 kB to 1 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from bench import corpus

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
STEPS = {"ingest_s": ("articles",), "extract_s": ("event_mentions",), "dbt_s": ("warehouse_dbt_models",),
         "publish_s": ("published_warehouse",)}


def _read(paths: list[Path], limit: int | None = None) -> Iterator[tuple[str, str, date]]:
    """(title, text, published) of the JSON Lines articles in `paths`, streamed."""
    served = 0
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if limit is not None and served >= limit:
                    return
                record = json.loads(line)
                served += 1
                yield record.get("title") or "", record.get("text") or "", date.fromisoformat(record["published"][:10])


def _rate(count: int, seconds: float) -> float:
    return round(count / seconds, 1) if seconds else float("inf")


def floor_rate(paths: list[Path]) -> tuple[int, float]:
    """Articles per second to read the texts and split them into sentences with one plain regex."""
    started, count = time.process_time(), 0
    for title, text, _ in _read(paths):
        _SENTENCE.split(f"{title}\n\n{text}")
        count += 1
    return count, _rate(count, time.process_time() - started)


def spacy_rate(paths: list[Path], sample: int) -> float | None:
    """Articles per second through spaCy's blank English tokenizer (None when spaCy is not installed)."""
    try:
        import spacy
    except ImportError:
        return None
    tokenizer = spacy.blank("en").tokenizer
    texts = [f"{title}\n\n{text}" for title, text, _ in _read(paths, sample)]
    started = time.process_time()
    for text in texts:
        tokenizer(text)
    return _rate(len(texts), time.process_time() - started)


def extractor_rate(paths: list[Path], sample: int) -> tuple[float, float]:
    """Articles per second of the extractor on one core (patterns compiled beforehand), and its first-use cost."""
    from orchestration.extraction.extractor import extract_events
    from orchestration.extraction.parallel import warm_up_extractor

    started = time.perf_counter()
    warm_up_extractor()
    warm_up = time.perf_counter() - started
    articles = list(_read(paths, sample))
    started = time.process_time()
    for title, text, published in articles:
        extract_events(title, text, published)
    return _rate(len(articles), time.process_time() - started), round(warm_up, 3)


def _step_seconds(instance, run_id: str) -> dict[str, float]:
    stats = {stat.step_key: (stat.end_time or 0) - (stat.start_time or 0) for stat in instance.get_run_step_stats(run_id)}
    return {name: round(sum(v for k, v in stats.items() if k.startswith(keys)), 2) for name, keys in STEPS.items()}


def run_pipeline() -> tuple[float, dict[str, float]]:
    """One run of the `refresh_warehouse` job in this process: wall seconds and seconds per stage."""
    import dagster as dg

    from orchestration.definitions import defs

    job = defs.resolve_job_def("refresh_warehouse")
    with dg.DagsterInstance.get() as instance:
        started = time.perf_counter()
        quiet = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
        result = job.execute_in_process(instance=instance, raise_on_error=True, run_config=quiet)
        seconds = time.perf_counter() - started
        return round(seconds, 2), _step_seconds(instance, result.run_id)


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def _prepare(work: Path) -> None:
    """Point the settings at a throwaway warehouse before any module reads them."""
    home = work / "dagster_home"
    home.mkdir()
    shutil.copyfile(Path(__file__).resolve().parent.parent / "dagster.yaml", home / "dagster.yaml")
    os.environ.update(DAGSTER_HOME=str(home), RAW_DIR=str(work / "raw"), DUCKDB_DATABASE=str(work / "warehouse.duckdb"),
                      FEEDS_FILE=str(work / "no-feeds.yml"))


def benchmark(args: argparse.Namespace, work: Path) -> dict:
    _prepare(work)
    raw = work / "raw"
    if args.corpus:
        paths = []
        for number, source in enumerate(args.corpus):
            paths.append(raw / f"{number:03d}-{source.name}")
            raw.mkdir(exist_ok=True)
            shutil.copyfile(source, paths[-1])
        count = sum(1 for _ in _read(paths))
    else:
        count = corpus.write_jsonl(corpus.articles(args.articles, args.words), raw)
        paths = sorted(raw.glob("*.jsonl"))
    words = sum(len(text.split()) for _, text, _ in _read(paths)) / max(count, 1)
    floor_count, floor = floor_rate(paths)
    one_core, warm_up = extractor_rate(paths, args.sample)
    spacy = spacy_rate(paths, args.sample)
    full_s, steps = run_pipeline()
    unchanged_s, unchanged_steps = run_pipeline()  # nothing new: the fixed cost of a refresh
    added = max(1, count // 100)
    extra = raw / "incremental"
    if args.corpus:  # the first 1 % again under new ids: new articles with real text
        records = [json.loads(line) for line in paths[0].read_text(encoding="utf-8").splitlines()[:added]]
        corpus.write_jsonl(iter({**r, "id": f"{r.get('id')}-again", "text": f"{r['text']}\n\nUpdated."} for r in records), extra)
    else:
        corpus.write_jsonl(corpus.articles(added, args.words, first=count), extra)
    incremental_s, incremental_steps = run_pipeline()
    return {
        "articles": count,
        "words_per_article": round(words),
        **steps,
        "extract_articles_per_s": _rate(count, steps["extract_s"]),
        "extract_one_core_articles_per_s": one_core,
        "extractor_first_use_s": warm_up,
        "end_to_end_s": full_s,
        "incremental_articles": added,
        "incremental_s": incremental_s,
        "incremental_extract_s": incremental_steps["extract_s"],
        "incremental_dbt_s": incremental_steps["dbt_s"],
        "incremental_publish_s": incremental_steps["publish_s"],
        "unchanged_refresh_s": unchanged_s,
        "unchanged_dbt_s": unchanged_steps["dbt_s"],
        "warehouse_mb": round(Path(os.environ["DUCKDB_DATABASE"]).stat().st_size / 2**20),
        "peak_rss_mb": _peak_rss_mb(),
        "floor_articles_per_s": floor,
        "spacy_tokenizer_articles_per_s": spacy,
        "extract_vs_floor": round(one_core / floor, 3) if floor else None,
        "reference_sample": min(args.sample, floor_count),
    }


def _runon_text(kb: int) -> str:
    """Run-on trigger text: clauses about truces, calls, mediation and deaths with no full stop, every clause
    different (its numbers), so no cache serves a repeat."""
    clauses, size, number = [], 0, 0
    while size < kb * 1024:
        number += 1
        clause = (f"Russia and Ukraine agreed a ceasefire, Macron called Putin and urged talks, Turkey offered to mediate "
                  f"between Armenia and Azerbaijan, Israel accused Hamas of violating the truce while {number} soldiers "
                  f"were killed and {number + 7} civilians wounded on Monday")
        clauses.append(clause)
        size += len(clause) + 2
    return ", ".join(clauses)[: kb * 1024]


def runon(sizes_kb: list[int]) -> dict:
    """CPU seconds per kB of run-on trigger text as it grows: flat means cost linear in length."""
    from orchestration.extraction.extractor import extract_events
    from orchestration.extraction.parallel import warm_up_extractor

    warm_up_extractor()
    per_kb = {}
    for kb in sizes_kb:
        text = _runon_text(kb)
        started = time.process_time()
        extract_events("", text, date(2024, 3, 4), max_chars=sys.maxsize)
        per_kb[kb] = round((time.process_time() - started) / kb, 5)
    return {"runon_kb": sizes_kb, "runon_s_per_kb": list(per_kb.values()),
            "runon_max_over_min": round(max(per_kb.values()) / min(per_kb.values()), 2), "peak_rss_mb": _peak_rss_mb()}


def _print_table(figures: dict) -> None:
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")


def _words(value: str) -> tuple[int, int]:
    low, _, high = value.partition("-")
    return int(low), int(high or low)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="synthetic articles (default 2000)")
    parser.add_argument("--words", type=_words, default=(300, 1500), help="words per synthetic article, MIN-MAX (default 300-1500)")
    parser.add_argument("--corpus", type=Path, nargs="+", help="JSON Lines files of real articles instead ({id, published, title, text})")
    parser.add_argument("--sample", type=int, default=2000, help="articles for the one-core and spaCy figures (default 2000)")
    parser.add_argument("--runon", action="store_true", help="only the seconds per kB of run-on text, 1 kB to 1 MB")
    args = parser.parse_args(argv)
    if args.runon:
        figures = runon([1, 4, 16, 64, 256, 1024])
    else:
        with tempfile.TemporaryDirectory(prefix="bench-") as work:
            figures = benchmark(args, Path(work))
    _print_table(figures)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
