"""Rule-based event extraction from conflict news: a pure library (text and date in, events out)."""
