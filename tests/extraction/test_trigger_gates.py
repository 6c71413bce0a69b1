"""Sentences and articles without a family's trigger words: they add nothing, and a family whose triggers an
article lacks yields nothing (the extractor skips their work; these tests pin the outputs)."""

from datetime import date

from orchestration.extraction.extractor import extract_events

PUBLISHED = date(2024, 6, 7)
NEWS = (
    "Russian shelling killed 12 civilians in Kharkiv on Tuesday, Ukrainian officials said.\n\n"
    "French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Wednesday."
)
FILLER = (
    "Farmers in the region complained about bread prices.\n\n"
    "The city council published a report on school meals after a long delay."
)


def test_sentences_without_trigger_words_change_nothing():
    plain = extract_events("", NEWS, PUBLISHED)
    padded = extract_events("", f"{NEWS}\n\n{FILLER}\n\n{FILLER}", PUBLISHED)
    assert plain.casualties and plain.diplomacy
    assert padded == plain


def test_an_article_of_plain_prose_yields_no_event():
    events = extract_events("Markets", f"{FILLER}\n\n{FILLER}", PUBLISHED)
    assert (events.casualties, events.ceasefire, events.diplomacy) == ([], [], [])


def test_a_family_whose_triggers_are_absent_yields_nothing():
    toll = extract_events("", "Russian shelling killed 12 civilians in Kharkiv on Tuesday, officials said.", PUBLISHED)
    assert toll.casualties and toll.ceasefire == [] and toll.diplomacy == []
    truce = extract_events("", "Russia and Ukraine agreed a ceasefire on Tuesday.", PUBLISHED)
    assert truce.ceasefire and truce.casualties == []
