"""The dbt-at-scale benchmark's synthetic raw tables: four mentions per article, only for the articles added."""

import duckdb

from bench.dbt_scale import add_articles
from orchestration.warehouse import MENTION_TABLES, create_schema


def test_added_articles_get_their_mentions_and_extractions_once():
    with duckdb.connect() as conn:
        create_schema(conn)
        add_articles(conn, 0, 50, "date '2021-01-01' + to_days(cast(i as integer))")
        add_articles(conn, 50, 60, "date '2026-01-01'")
        counts = {table: conn.execute(f"select count(*), count(distinct mention_id) from raw.{table}").fetchone()
                  for table in MENTION_TABLES}
        extractions = conn.execute("select count(*), count(distinct article_id) from raw.extractions").fetchone()
        late = conn.execute("select count(*) from raw.casualty_mentions m join raw.articles a using (article_id) "
                            "where a.published = '2026-01-01'").fetchone()[0]
    assert counts["casualty_mentions"] == (120, 120)
    assert counts["ceasefire_mentions"] == counts["diplomacy_mentions"] == (60, 60)
    assert extractions == (60, 60) and late == 20
