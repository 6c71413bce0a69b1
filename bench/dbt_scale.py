"""dbt alone at corpus scale: a full build on N articles' worth of mentions, then the incremental build
after adding 1 % new articles, and a build with nothing new (the fixed cost of a refresh's dbt step).

usage: python -m bench.dbt_scale [--articles 1000000] [--added 10000]

The raw tables are filled with synthetic mentions by SQL (four per article, events spread over five
years, new articles on the latest days and a few new ones), so no extraction is needed to reach a
million articles. Each dbt command runs as `make run` runs it (its own process, the repo's profile) on
a throwaway warehouse; prints a table, then one JSON object as the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

import duckdb

from orchestration import config
from orchestration.dbt_environment import dbt_executable
from orchestration.warehouse import create_schema

DAYS = 5 * 365

_ARTICLES = """
insert into raw.articles (article_id, published, title, body, source_path, ingested_at)
select printf('art-%09d', i), {published}, 'Synthetic article ' || i, 'Body of article ' || i,
       printf('raw/bench-%04d.jsonl', i // 1000), timestamp '2026-01-01' + to_seconds(i)
from range($first, $last) as t(i)"""

_EXTRACTIONS = """
insert into raw.extractions
select article_id, 'bench', now()::timestamp, 2, 1, 1 from raw.articles where article_id >= printf('art-%09d', $first)"""

_MENTIONS = {
    "casualty_mentions": """
insert into raw.casualty_mentions
select md5(article_id || '|c|' || k)[:16], article_id, 'bench',
       ['UKR', 'RUS', 'ISR', 'PSE', 'ARM', 'AZE', 'SDN', 'COD'][1 + (n + k) % 8],
       ['military', 'civilian'][1 + n % 2], ['killed', 'wounded'][1 + k % 2],
       1 + (n * 7 + k) % 50, null, 'exact', published - to_days(n % 3), false,
       case when n % 10 = 0 then 'cumulative' else 'incident' end, null,
       'Synthetic casualty sentence ' || n || ' of the benchmark corpus.', 0, 60, 'bench'
from {new_articles}, range(2) as k(k)""",
    "ceasefire_mentions": """
insert into raw.ceasefire_mentions
select md5(article_id || '|f')[:16], article_id, 'bench',
       ['declared', 'violated', 'called_for', 'rejected'][1 + n % 4],
       [['ARM', 'AZE'], ['RUS', 'UKR'], ['ISR', 'PSE'], ['COD', 'RWA']][1 + n % 4],
       null, null, null, null, published - to_days(n % 5), false, n % 20 = 0,
       'Synthetic ceasefire sentence ' || n || ' of the benchmark corpus.', 0, 60, 'bench'
from {new_articles}""",
    "diplomacy_mentions": """
insert into raw.diplomacy_mentions
select md5(article_id || '|d')[:16], article_id, 'bench',
       ['USA', 'FRA', 'TUR', 'QAT'][1 + n % 4], ['UKR', 'RUS', 'ISR', 'SDN'][1 + (n // 4) % 4], null, null,
       ['call', 'meeting', 'appeal', 'mediation_offer'][1 + (n // 16) % 4], '040', published - to_days(n % 2), false,
       'Synthetic diplomacy sentence ' || n || ' of the benchmark corpus.', 0, 60, 'bench'
from {new_articles}""",
}


def add_articles(conn: duckdb.DuckDBPyConnection, first: int, last: int, published: str) -> None:
    """Articles `first`..`last - 1` with their mentions, published on the day `published` gives for `i`."""
    conn.execute(_ARTICLES.format(published=published), {"first": first, "last": last})
    conn.execute(_EXTRACTIONS, {"first": first})
    new_articles = (f"(select article_id, published, cast(substr(article_id, 5) as bigint) as n from raw.articles "
                    f"where article_id >= printf('art-%09d', {first}))")
    for sql in _MENTIONS.values():
        conn.execute(sql.format(new_articles=new_articles))


def dbt_build(database: Path, work: Path) -> float:
    """One `dbt build` in its own process, as a refresh runs it; its wall seconds."""
    env = {**os.environ, "WAREHOUSE": "duckdb", "DUCKDB_DATABASE": str(database)}
    command = [dbt_executable(), "build", "--project-dir", str(config.DBT_PROJECT_DIR),
               "--profiles-dir", str(config.DBT_PROJECT_DIR), "--target-path", str(work / "target"),
               "--log-path", str(work / "logs"), "--quiet"]
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True)
    return round(time.perf_counter() - started, 2)


def benchmark(articles: int, added: int, work: Path) -> dict[str, object]:
    database = work / "warehouse.duckdb"
    with duckdb.connect(str(database)) as conn:
        create_schema(conn)
        add_articles(conn, 0, articles, f"date '2021-01-01' + to_days(cast(i * {DAYS} // {articles} as integer))")
        mentions = sum(conn.execute(f"select count(*) from raw.{table}").fetchone()[0] for table in _MENTIONS)
    full_s = dbt_build(database, work)
    unchanged_s = dbt_build(database, work)
    with duckdb.connect(str(database)) as conn:  # the latest ten days and five new ones
        add_articles(conn, articles, articles + added, f"date '2021-01-01' + to_days({DAYS - 10} + i % 15)")
    incremental_s = dbt_build(database, work)
    return {
        "articles": articles,
        "mentions": mentions,
        "dbt_full_s": full_s,
        "dbt_unchanged_s": unchanged_s,
        "added_articles": added,
        "dbt_incremental_s": incremental_s,
        "incremental_share_of_full": round(incremental_s / full_s, 3),
        "warehouse_mb": round(database.stat().st_size / 2**20),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000, help="articles in the corpus (default 1,000,000)")
    parser.add_argument("--added", type=int, help="new articles for the incremental build (default 1 %%)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-dbt-") as work:
        figures = benchmark(args.articles, args.added or max(1, args.articles // 100), Path(work))
    for name, value in figures.items():
        print(f"{name:<28}{value}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
