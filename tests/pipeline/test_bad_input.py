"""Bad input dropped next to good articles: every good article lands, every bad file is one
quarantine row with a reason, usable content lands with a warning."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.assets.ingest import articles
from orchestration.resources import RawFilesResource, WarehouseResource

GOOD = "date 2025-03-02 Good article {n}\n\nShelling hit the town on Saturday, officials said. Case {n}.\n"


def fill_raw_dir(raw: Path, outside: Path) -> None:
    for n in range(3):
        (raw / f"good-{n}.txt").write_text(GOOD.format(n=n))
    (raw / "copy-of-good-0.txt").write_text(GOOD.format(n=0))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (raw / "latin1.txt").write_bytes("date 2025-03-03 Bogotá talks\n\nTalks resumed in Bogotá.".encode("latin-1"))
    (raw / "utf16.txt").write_bytes("date 2025-03-04 Kyiv\n\nDrones hit Kyiv overnight.".encode("utf-16"))
    (raw / "bom.txt").write_bytes(codecs.BOM_UTF8 + b"date 2025-03-05 Gaza\n\nAid trucks crossed.")
    (raw / "no-date.txt").write_text("Just a title\n\nAnd a body.")
    (raw / "impossible-date.txt").write_text("date 2022-13-45 Title\n\nBody.")
    (raw / "future-date.txt").write_text("date 2999-01-01 Title\n\nBody.")
    (raw / "other-date-format.txt").write_text("date 14 September 2022 Title\n\nBody in another format.")
    (raw / "title-only.txt").write_text("date 2025-03-06 Title without a body\n")
    (raw / "huge.txt").write_bytes(b"date 2025-03-07 Big\n\n" + b"x" * 6000)
    lines = [json.dumps({"id": "f1", "published": "2025-03-08", "title": "Feed", "text": "A feed article."}), "{broken"]
    (raw / "feed.jsonl").write_text("\n".join(lines) + "\n")
    secret = outside / "secret.txt"
    secret.write_text("date 2025-03-09 Secret\n\nOutside the raw folder.")
    os.symlink(secret, raw / "link-outside.txt")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-input")
    raw, outside = root / "raw", root / "outside"
    raw.mkdir()
    outside.mkdir()
    fill_raw_dir(raw, outside)
    warehouse = WarehouseResource(database=str(root / "warehouse.duckdb"))
    resources = {"warehouse": warehouse, "raw_files": RawFilesResource(directory=str(raw), max_bytes=5000)}
    result = dg.materialize([articles], resources=resources)
    assert result.success
    with duckdb.connect(str(warehouse.build_path), read_only=True) as conn:
        yield result, conn


def test_each_bad_file_is_one_quarantine_row_with_its_reason(ingested):
    _, conn = ingested
    reasons = dict(conn.execute("select source_path, reason from raw.quarantine").fetchall())
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary content",
        "no-date.txt": "first line must be",
        "impossible-date.txt": "impossible or unreadable date",
        "future-date.txt": "in the future",
        "title-only.txt": "title with no body",
        "huge.txt": "over the 5,000-byte limit",
        "feed.jsonl": "not valid JSON",
        "link-outside.txt": "outside the raw directory",
    }
    assert sorted(reasons) == sorted(expected)
    for path, fragment in expected.items():
        assert fragment in reasons[path], path


def test_good_and_usable_articles_all_land_once(ingested):
    _, conn = ingested
    paths = sorted(row[0] for row in conn.execute("select source_path from raw.articles").fetchall())
    # the same text under two names is one article, stored from whichever file came first
    assert paths == sorted(["copy-of-good-0.txt", "good-1.txt", "good-2.txt", "latin1.txt", "utf16.txt", "bom.txt",
                            "other-date-format.txt", "feed.jsonl"])


def test_usable_content_carries_its_warning(ingested):
    _, conn = ingested
    warnings = dict(conn.execute("select source_path, warnings from raw.articles where len(warnings) > 0").fetchall())
    assert set(warnings) == {"latin1.txt", "utf16.txt", "bom.txt", "other-date-format.txt"}
    assert conn.execute("select body from raw.articles where source_path = 'latin1.txt'").fetchone() == ("Talks resumed in Bogotá.",)


def test_run_metadata_counts_duplicates_and_quarantine(ingested):
    result, _ = ingested
    metadata = result.asset_materializations_for_node("articles")[0].metadata
    assert metadata["duplicates"].value == 1
    assert metadata["quarantined"].value == 9
