"""The real pipeline on the articles in raw/, materialized in-process into a temporary warehouse."""

from __future__ import annotations

import re
from datetime import date

import duckdb
import pytest

SEED_DAY = date(2022, 9, 13)


@pytest.fixture(scope="module")
def pipeline(sample_run):
    result, database = sample_run
    with duckdb.connect(str(database), read_only=True) as conn:
        yield result, conn


def test_daily_casualties_of_the_seed_day(pipeline):
    _, conn = pipeline
    rows = conn.execute(
        "select side, killed from marts.daily_casualties where event_date = ? and side in ('AZE', 'ARM') and victims = 'military'",
        [SEED_DAY],
    ).fetchall()
    assert sorted(rows) == [("ARM", 49), ("AZE", 50)]


def test_phone_calls_of_the_seed_day_counted_once_per_pair(pipeline):
    _, conn = pipeline
    pairs = conn.execute(
        "select actor, counterpart, mentions from marts.diplomatic_engagement where engagement_date = ? and mode = 'call'",
        [SEED_DAY],
    ).fetchall()
    unordered = sorted(tuple(sorted((actor, counterpart))) for actor, counterpart, _ in pairs)
    assert len(unordered) == len(set(unordered))
    assert {("ARM", "USA"), ("AZE", "USA"), ("AZE", "FRA"), ("ARM", "FRA"), ("ARM", "RUS")} <= set(unordered)


def test_ceasefire_declared_with_broker_and_violation_claimed(pipeline):
    _, conn = pipeline
    declared, broker, accusers, accused, claims = conn.execute(
        "select bool_or(declared), string_agg(broker, ','), string_agg(accusers, ','), string_agg(accused, ','), "
        "sum(violation_claims) from marts.ceasefire_status where dyad = 'ARM-AZE'"
    ).fetchone()
    assert declared and "RUS" in broker
    assert "AZE" in accusers and "ARM" in accused and claims >= 1


def test_dbt_tests_ran_as_passing_asset_checks(pipeline):
    result, _ = pipeline
    evaluations = result.get_asset_check_evaluations()
    assert len(evaluations) >= 10
    assert [e.check_name for e in evaluations if not e.passed] == []


def test_articles_and_mentions_keep_their_evidence(pipeline):
    _, conn = pipeline
    assert conn.execute("select count(*) from raw.articles").fetchone()[0] >= 7
    missing = conn.execute(
        "select count(*) from raw.casualty_mentions m join raw.articles a using (article_id) "
        "where substr(case when a.title = '' then a.body else a.title || chr(10) || chr(10) || a.body end, "
        "m.evidence_start + 1, m.evidence_end - m.evidence_start) <> m.evidence_sentence"
    ).fetchone()[0]
    assert missing == 0


def test_report_highlights_the_seed_article_evidence(pipeline):
    result, _ = pipeline
    metadata = result.asset_materializations_for_node("extraction_report")[0].metadata
    seed = next(value.value for key, value in metadata.items() if key.startswith("2022-09-14"))
    assert "**" in seed and "casualties: AZE military killed: exact 50" in seed


def test_every_mart_materialization_carries_counts_types_and_latest_rows(pipeline):
    result, conn = pipeline
    marts = [event for event in result.get_asset_materialization_events() if event.asset_key.path[0] == "marts"]
    assert {event.asset_key.path[1] for event in marts} >= {"daily_casualties", "ceasefire_status", "event_evidence"}
    for event in marts:
        metadata = event.materialization.metadata
        table = ".".join(event.asset_key.path)
        assert metadata["dagster/row_count"].value == conn.execute(f"select count(*) from {table}").fetchone()[0]
        assert all(column.type for column in metadata["dagster/column_schema"].value.columns)
        assert metadata["latest_rows"].value.startswith("| ")
    daily = next(event for event in marts if event.asset_key.path[1] == "daily_casualties").materialization.metadata
    assert "data:image/png;base64," in daily["killed_per_side_chart"].value


def test_report_links_every_number_to_its_evidence_and_needs_no_network(pipeline):
    from html.parser import HTMLParser

    from orchestration.report import build_report

    _, conn = pipeline
    html = build_report(conn)

    class Links(HTMLParser):
        def __init__(self):
            super().__init__()
            self.hrefs, self.ids, self.sources = [], set(), []

        def handle_starttag(self, tag, attrs):
            attributes = dict(attrs)
            self.hrefs += [attributes["href"]] if tag == "a" and "href" in attributes else []
            self.ids |= {attributes["id"]} if "id" in attributes else set()
            self.sources += [attributes[name] for name in ("src", "href") if name in attributes and tag in ("script", "link", "img")]

    links = Links()
    links.feed(html)
    evidence_links = [href[1:] for href in links.hrefs if href.startswith("#ev-")]
    assert evidence_links and set(evidence_links) <= links.ids
    assert links.sources == []  # no script, stylesheet or image fetched from anywhere
    assert html.count("<svg") == 2
    sections = dict(re.findall(r'<section class="evidence" id="(ev-\w+)">(.*?)</section>', html, re.S))
    (anchor,) = [anchor for anchor, body in sections.items() if "AZE military killed: exact 50" in body]
    assert f'<a href="#{anchor}">50</a>' in html and "Casualties on 2022-09-13" in sections[anchor]
    assert "<blockquote>" in sections[anchor]
