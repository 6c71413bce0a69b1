"""A synthetic news corpus for the benchmark: articles about varied conflicts with casualty, ceasefire and
diplomacy sentences amid plain filler prose (about three sentences in four hold no trigger word).

The vocabulary lives in `data/synthetic.json`. Articles are drawn from a seeded generator, so a corpus is
the same on every run, and streamed: no corpus is ever held in memory.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path

VOCABULARY = Path(__file__).parent / "data" / "synthetic.json"
TRIGGER_SHARE = 0.25
FIRST_DAY, DAYS = date(2023, 1, 1), 1000
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@cache
def vocabulary() -> dict:
    return json.loads(VOCABULARY.read_text(encoding="utf-8"))


def _cast(rng: random.Random) -> tuple[dict[str, str], list[str]]:
    """One article's cast: a conflict's two sides (in random order) and a mediator; and the conflict's places."""
    words = vocabulary()
    conflict = rng.choice(words["conflicts"])
    a, b = rng.sample(conflict["sides"], 2)
    cast = {f"{role}_{key}": value for role, side in (("A", a), ("B", b), ("M", rng.choice(words["mediators"])))
            for key, value in side.items()}
    return cast, conflict["places"]


def _details(rng: random.Random, published: date, places: list[str]) -> dict[str, str]:
    """What one sentence tells: a place, a day of the week before publication and counts."""
    day = published - timedelta(days=rng.randrange(0, 6))
    when = rng.choice(vocabulary()["when"]).format(weekday=WEEKDAYS[day.weekday()], month=MONTHS[day.month - 1], day=day.day)
    n = rng.choice([str(rng.randrange(2, 40)), f"{rng.randrange(40, 2000):,}", rng.choice(["three", "five", "dozens of", "twelve"])])
    return {"place": rng.choice(places), "when": when, "n": n, "m": str(rng.randrange(2, 90))}


def _filler(rng: random.Random) -> str:
    parts = vocabulary()["filler"]
    opener, subject = rng.choice(parts["openers"]), rng.choice(parts["subjects"])
    subject = subject[0].lower() + subject[1:] if opener else subject
    return f"{opener}{subject} {rng.choice(parts['verbs'])} {rng.choice(parts['objects'])}{rng.choice(parts['tails'])}."


def _sentence(rng: random.Random, published: date, cast: dict[str, str], places: list[str]) -> str:
    if rng.random() >= TRIGGER_SHARE:
        return _filler(rng)
    family = rng.choice(("casualties", "ceasefire", "diplomacy"))
    text = rng.choice(vocabulary()[family]).format(**cast, **_details(rng, published, places))
    return text[0].upper() + text[1:]


def article(rng: random.Random, number: int, words: tuple[int, int]) -> dict:
    """One article as a JSON Lines record {id, published, title, text} of `words` (min, max) words."""
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    cast, places = _cast(rng)
    target = rng.randint(*words)
    paragraphs, count = [], 0
    while count < target:
        paragraph = " ".join(_sentence(rng, published, cast, places) for _ in range(rng.randint(1, 4)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    title = rng.choice(vocabulary()["titles"]).format(**cast, **_details(rng, published, places))
    return {"id": f"bench-{number:08d}", "published": published.isoformat(), "title": title, "text": "\n\n".join(paragraphs)}


def articles(count: int, words: tuple[int, int] = (300, 1500), seed: int = 8, first: int = 0) -> Iterator[dict]:
    """`count` articles numbered from `first`; the same seed and numbers give the same articles."""
    rng = random.Random(f"{seed}-{first}")
    for number in range(first, first + count):
        yield article(rng, number, words)


def write_jsonl(records: Iterator[dict], folder: Path, per_file: int = 1000) -> int:
    """Write records as JSON Lines files of `per_file` articles each; returns how many were written."""
    folder.mkdir(parents=True, exist_ok=True)
    written, handle = 0, None
    try:
        for record in records:
            if written % per_file == 0:
                if handle:
                    handle.close()
                handle = (folder / f"{record['id']}.jsonl").open("w", encoding="utf-8")
            handle.write(json.dumps(record) + "\n")
            written += 1
    finally:
        if handle:
            handle.close()
    return written
