"""`make eval`: the extractor scored on every labelled article file of the shared evaluation folder.

usage: python -m orchestration.evaluate [EVAL_DIR]   (default ../shared/eval)

For each `NAME_articles.jsonl` with a `NAME_gold.jsonl` beside it, predictions are written with
`orchestration.predict` and scored with the folder's own `score.py`; a pooled table follows.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from orchestration.config import PROJECT_ROOT
from orchestration.predict import predict_file

DEFAULT_EVAL_DIR = PROJECT_ROOT.parent / "shared" / "eval"


def labelled_sets(eval_dir: Path) -> list[tuple[str, Path, Path]]:
    """(name, articles, gold) for each articles file that has a gold file."""
    sets = []
    for articles in sorted(eval_dir.glob("*_articles.jsonl")):
        name = articles.name.removesuffix("_articles.jsonl")
        gold = eval_dir / f"{name}_gold.jsonl"
        if gold.exists():
            sets.append((name, articles, gold))
    return sets


def score_table(scorer: Path, gold: Path, predictions: Path) -> str:
    """The scorer's printed table."""
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(predictions)], capture_output=True, text=True, check=True)
    return result.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path, nargs="?", default=DEFAULT_EVAL_DIR)
    args = parser.parse_args(argv)
    scorer = args.eval_dir / "score.py"
    if not scorer.exists():
        print(f"No evaluation data at {args.eval_dir} (needs score.py and NAME_articles/NAME_gold.jsonl): nothing to score.")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pooled_gold, pooled_pred = Path(tmp, "pooled_gold.jsonl"), Path(tmp, "pooled_pred.jsonl")
        for name, articles, gold in labelled_sets(args.eval_dir):
            predictions = Path(tmp, f"{name}_pred.jsonl")
            predict_file(articles, predictions)
            print(f"== {name} ({articles.name})\n{score_table(scorer, gold, predictions)}")
            for source, pooled in ((gold, pooled_gold), (predictions, pooled_pred)):
                with pooled.open("a", encoding="utf-8") as out:
                    out.write(source.read_text(encoding="utf-8").rstrip("\n") + "\n")
        print(f"== pooled over all files\n{score_table(scorer, pooled_gold, pooled_pred)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
