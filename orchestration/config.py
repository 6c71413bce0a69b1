"""Settings read from the environment, with defaults that work from a fresh clone."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"


def _path_from_env(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    path = Path(value).expanduser() if value else default
    return path if path.is_absolute() else (PROJECT_ROOT / path)


def duckdb_path() -> Path:
    """The warehouse file (`DUCKDB_DATABASE`, default `warehouse.duckdb` in the repo root)."""
    return _path_from_env("DUCKDB_DATABASE", PROJECT_ROOT / "warehouse.duckdb")


def raw_dir() -> Path:
    """Where articles land (`RAW_DIR`, default `raw/`)."""
    return _path_from_env("RAW_DIR", PROJECT_ROOT / "raw")


def feeds_file() -> Path:
    """The list of feeds and pages to fetch (`FEEDS_FILE`, default `feeds.yml` in the repo root; optional)."""
    return _path_from_env("FEEDS_FILE", PROJECT_ROOT / "feeds.yml")


def log_dir() -> Path:
    """Where `make run` keeps its full logs (`LOG_DIR`, default `logs/`)."""
    return _path_from_env("LOG_DIR", PROJECT_ROOT / "logs")


def max_article_bytes() -> int:
    """Largest article file accepted (`MAX_ARTICLE_BYTES`, default 20 MiB)."""
    return int(os.environ.get("MAX_ARTICLE_BYTES", 20 * 1024 * 1024))


def extraction_max_chars() -> int:
    """Per-article extraction budget in characters (`EXTRACTION_MAX_CHARS`, default 500,000): a longer article
    is quarantined with the reason instead of being read."""
    from orchestration.extraction.extractor import DEFAULT_MAX_CHARS

    return int(os.environ.get("EXTRACTION_MAX_CHARS", DEFAULT_MAX_CHARS))


def extraction_workers() -> int:
    """Processes that extract in parallel (`EXTRACTION_WORKERS`, default: the cores this process may use)."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return int(os.environ.get("EXTRACTION_WORKERS", usable))


WAREHOUSE_KINDS = ("duckdb", "ducklake")


def warehouse_kind() -> str:
    """Where the tables live (`WAREHOUSE`): `duckdb` (one file, the default) or `ducklake`."""
    kind = os.environ.get("WAREHOUSE", "duckdb").strip().lower() or "duckdb"
    if kind not in WAREHOUSE_KINDS:
        raise ValueError(f"WAREHOUSE={kind!r}: use one of {', '.join(WAREHOUSE_KINDS)}")
    return kind


def ducklake_catalog() -> str:
    """The DuckLake catalogue's PostgreSQL connection (`DUCKLAKE_CATALOG`, libpq form,
    e.g. `host=127.0.0.1 port=5432 dbname=lake user=lake`)."""
    return os.environ.get("DUCKLAKE_CATALOG", "")


def ducklake_data_path() -> str:
    """Where DuckLake writes its Parquet files (`DUCKLAKE_DATA_PATH`: a folder, or `s3://...`)."""
    return os.environ.get("DUCKLAKE_DATA_PATH", "")


def duckdb_memory_limit() -> str:
    """DuckDB's buffer-pool cap in every process (`DUCKDB_MEMORY_LIMIT`, default 1GB); larger work spills to disk."""
    return os.environ.get("DUCKDB_MEMORY_LIMIT", "1GB")
