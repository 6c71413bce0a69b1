"""Run the extractor over a JSON Lines article file and write predictions in the annotation schema.

usage: python -m orchestration.predict ARTICLES.jsonl PREDICTIONS.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from orchestration.extraction.events import ArticleEvents, to_record
from orchestration.extraction.extractor import extract_events
from orchestration.ingestion.parsing import decode, parse_json_lines
from orchestration.ingestion.records import ArticleRecord


def prediction(article_id: str, events: ArticleEvents) -> dict:
    """One output line: the article id and its events, each as a schema record with evidence."""
    return {
        "id": article_id,
        "casualties": [to_record(event) for event in events.casualties],
        "ceasefire": [to_record(event) for event in events.ceasefire],
        "diplomacy": [to_record(event) for event in events.diplomacy],
    }


def predict_file(articles_path: Path, predictions_path: Path) -> int:
    """Write one prediction line per readable article; returns how many lines could not be read."""
    text, _ = decode(articles_path.read_bytes())
    problems = 0
    with predictions_path.open("w", encoding="utf-8") as out:
        for item in parse_json_lines(text, str(articles_path), today=date.today()):
            if not isinstance(item, ArticleRecord):
                problems += 1
                print(f"{articles_path}:{item.line_number}: skipped: {item.reason}", file=sys.stderr)
                continue
            events = extract_events(item.title, item.body, item.published)
            out.write(json.dumps(prediction(item.external_id or item.article_id, events)) + "\n")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="JSON Lines: one {id, published, title, text} per line")
    parser.add_argument("predictions", type=Path, help="where to write the predictions (JSON Lines)")
    args = parser.parse_args(argv)
    problems = predict_file(args.articles, args.predictions)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
