"""`make docs`: the dbt docs site as one offline file, with or without a published warehouse."""

from __future__ import annotations

from orchestration import docs


def test_docs_page_embeds_every_model_and_its_lineage_without_a_warehouse(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCKDB_DATABASE", str(tmp_path / "missing.duckdb"))
    out = tmp_path / "docs.html"
    assert docs.main([str(out)]) == 0
    html = out.read_text()
    for model in ("model.conflict_warehouse.daily_casualties", "model.conflict_warehouse.int_casualty_mentions"):
        assert model in html
    assert "child_map" in html and "parent_map" in html  # the lineage graph's edges
    assert not (tmp_path / "missing.duckdb").exists()
