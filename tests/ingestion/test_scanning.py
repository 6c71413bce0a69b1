import os
from datetime import date
from pathlib import Path

from orchestration.ingestion.scanning import read_article_file, scan_raw_dir

TODAY = date(2026, 1, 10)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_scan_reads_text_and_json_lines_and_ignores_hidden_files(tmp_path):
    write(tmp_path / "a.txt", "date 2025-03-02 Title\n\nBody one.")
    write(tmp_path / "sub" / "feed.jsonl", '{"id": "x", "published": "2025-03-03", "text": "Body two."}\n')
    write(tmp_path / ".hidden.txt", "not an article")
    scanned = {f.source_path: f for f in scan_raw_dir(tmp_path, TODAY)}
    assert sorted(scanned) == ["a.txt", "sub/feed.jsonl"]
    assert all(len(f.articles) == 1 and f.content_hash for f in scanned.values())


def test_oversized_file_is_rejected_with_the_limit(tmp_path):
    path = write(tmp_path / "big.txt", "date 2025-03-02 Title\n\n" + "word " * 100)
    scanned = read_article_file(path, tmp_path, TODAY, max_bytes=50)
    assert scanned.articles == () and "over the 50-byte limit" in scanned.rejections[0].reason


def test_symlink_outside_the_raw_folder_is_refused(tmp_path):
    outside = write(tmp_path / "outside" / "secret.txt", "date 2025-03-02 Title\n\nBody.")
    raw = tmp_path / "raw"
    raw.mkdir()
    os.symlink(outside, raw / "link.txt")
    (scanned,) = scan_raw_dir(raw, TODAY)
    assert scanned.articles == () and "outside the raw directory" in scanned.rejections[0].reason


def test_unsupported_suffix_and_vanished_file_are_rejected(tmp_path):
    path = write(tmp_path / "notes.docx", "x")
    assert "unsupported file type" in read_article_file(path, tmp_path, TODAY).rejections[0].reason
    assert "disappeared" in read_article_file(tmp_path / "gone.txt", tmp_path, TODAY).rejections[0].reason


def test_unreadable_file_is_rejected_with_the_reason(tmp_path, monkeypatch):
    path = write(tmp_path / "locked.txt", "date 2025-03-02 Title\n\nBody.")

    def refuse(*args, **kwargs):
        raise PermissionError("denied")

    monkeypatch.setattr(Path, "open", refuse)  # root reads any file, so chmod alone cannot show this
    assert read_article_file(path, tmp_path, TODAY).rejections[0].reason == "no permission to read the file"
