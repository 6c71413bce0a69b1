"""An article over the extraction work budget is not read: the extract asset quarantines it with the reason,
and the other articles are extracted as usual."""

from __future__ import annotations

import dagster as dg
import duckdb

from orchestration.assets.extract import event_mentions
from orchestration.assets.ingest import articles
from orchestration.resources import RawFilesResource, WarehouseResource


def test_an_article_over_the_budget_is_quarantined_with_the_reason(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "truce.txt").write_text("date 2024-03-04 Truce agreed\n\nRussia and Ukraine agreed a ceasefire on Monday.\n")
    (raw / "long.txt").write_text("date 2024-03-04 A long page\n\n" + "Talks went on for hours. " * 80 + "\n")
    monkeypatch.setenv("EXTRACTION_MAX_CHARS", "1000")
    monkeypatch.setenv("EXTRACTION_WORKERS", "1")
    warehouse = WarehouseResource(database=str(tmp_path / "warehouse.duckdb"))
    result = dg.materialize(
        [articles, event_mentions],
        resources={"warehouse": warehouse, "raw_files": RawFilesResource(directory=str(raw))},
    )
    assert result.success
    with duckdb.connect(str(warehouse.build_path), read_only=True) as conn:
        reasons = [row[0] for row in conn.execute("select reason from raw.quarantine").fetchall()]
        truces = conn.execute("select count(*) from raw.ceasefire_mentions").fetchone()[0]
    assert len(reasons) == 1 and "over the extraction budget" in reasons[0] and "1,000" in reasons[0]
    assert truces >= 1
