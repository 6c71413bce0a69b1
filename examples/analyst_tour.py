"""A tour of the Python API on the published warehouse (run `make run` first).

usage: uv run python examples/analyst_tour.py
Each call returns a pandas DataFrame; the same lines work in a notebook cell.
"""

import pandas as pd

from orchestration import api

pd.set_option("display.width", 160)
pd.set_option("display.max_colwidth", 90)

casualties = api.daily_casualties(since="2022-01-01")
print("Killed per side, all days since 2022 (best estimates):")
print(casualties.groupby("side")["killed"].sum().sort_values(ascending=False).head(10).to_string(), "\n")

print("Ceasefires today:")
print(api.ceasefire_current()[["dyad", "status", "since_date", "violation_claims"]].to_string(index=False), "\n")

calls = api.diplomatic_engagement(mode="call")
print("Who called whom the most:")
print(calls.groupby(["actor", "counterpart"]).size().sort_values(ascending=False).head(5).to_string(), "\n")

top = casualties.sort_values("killed", ascending=False).iloc[0]
print(f"Evidence behind {top.killed:.0f} {top.side} {top.victims} killed on {top.event_date:%Y-%m-%d}:")
sentences = api.evidence(top.article_ids, family="casualties", since=top.event_date, until=top.event_date)
for sentence in sentences[sentences.summary.str.startswith(f"{top.side} {top.victims} killed")].itertuples():
    print(f"- {sentence.summary}\n  \"{sentence.evidence_sentence}\" ({sentence.source_path})")
