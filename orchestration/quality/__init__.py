"""Quality measurement: a small shipped evaluation set and a scorer for extractor output."""
