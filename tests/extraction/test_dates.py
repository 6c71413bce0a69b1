from datetime import date

from orchestration.extraction.dates import find_dates, sentence_dates
from orchestration.extraction.text import split_sentences

WEDNESDAY = date(2022, 9, 14)


def days(text: str, published: date = WEDNESDAY) -> list[date | None]:
    return [mention.day for mention in find_dates(text, published)]


def test_weekday_is_the_latest_such_day_up_to_publication():
    assert days("Fighting erupted on Tuesday.") == [date(2022, 9, 13)]
    assert days("Fresh clashes on Wednesday morning.") == [date(2022, 9, 14)]
    assert days("The attack on Thursday killed two.") == [date(2022, 9, 8)]


def test_last_weekday_on_the_same_weekday_is_a_week_back():
    assert days("The talks last Wednesday failed.") == [date(2022, 9, 7)]


def test_relative_words():
    assert days("Drones struck overnight.") == [date(2022, 9, 13)]
    assert days("Shelling continued yesterday.") == [date(2022, 9, 13)]
    assert days("A convoy was hit this morning.") == [date(2022, 9, 14)]
    assert days("Two days ago a bridge was hit.") == [date(2022, 9, 12)]
    assert days("Six were killed in the past 24 hours.") == [date(2022, 9, 13)]


def test_explicit_dates_in_common_formats():
    assert days("On 13 September 2022 the truce began.") == [date(2022, 9, 13)]
    assert days("On Sept. 12 the truce began.") == [date(2022, 9, 12)]
    assert days("By December 30, 2021, it was over.") == [date(2021, 12, 30)]
    assert days("The report (2022-09-10) said.") == [date(2022, 9, 10)]


def test_month_day_without_year_is_not_after_publication():
    assert days("On December 3 the shelling began.") == [date(2021, 12, 3)]
    # a day of the month ahead is this year's, so a plan: "a truce beginning on Sept. 20" is no day of last year
    assert days("The rebels declared a truce beginning on Sept. 20.") == [None]
    assert days("The truce began on Sept. 20.", date(2023, 1, 3)) == [date(2022, 9, 20)]


def test_future_days_and_periods_name_no_day():
    assert days("Talks are set for 20 September 2022.") == [None]
    assert [m.kind for m in find_dates("Deaths since 2020 and last week.", WEDNESDAY)] == ["period", "period"]


def test_lower_case_month_words_are_not_dates():
    assert days("Officials may 5 times revise it.") == []


def test_sentence_dates_carry_within_a_paragraph_and_infer_publication():
    sentences = split_sentences("On Tuesday the army said so. It also said more.\nA new paragraph.")
    assert sentence_dates(sentences, WEDNESDAY) == [
        (date(2022, 9, 13), False),
        (date(2022, 9, 13), False),
        (WEDNESDAY, True),
    ]


def test_wire_dateline_is_marked_and_is_no_event_day():
    text = "GENEVA, Sept. 14 (Reuters) - Talks resumed after shelling overnight."
    assert [(m.kind, m.day) for m in find_dates(text, WEDNESDAY)] == [
        ("dateline", WEDNESDAY),
        ("relative", date(2022, 9, 13)),
    ]
    (only,) = split_sentences("KYIV, Sept. 14 - Talks went on in the capital.")
    assert sentence_dates([only], WEDNESDAY) == [(WEDNESDAY, True)]


def test_a_hyphenated_word_after_an_opening_phrase_is_no_dateline():
    text = "On Monday night, a 12-year-old girl was wounded by shrapnel."
    assert [(m.kind, m.day) for m in find_dates(text, WEDNESDAY)] == [("weekday", date(2022, 9, 12))]
    text = "BEIRUT, Sept. 14—Strikes resumed."
    assert [m.kind for m in find_dates(text, WEDNESDAY)] == ["dateline"]


def test_a_date_that_names_a_truce_or_deal_is_not_the_sentences_day():
    published = date(2024, 5, 10)
    (day,) = sentence_dates(split_sentences("Both sides were urged to abide by the May 2 ceasefire."), published)
    assert day == (published, True)
    (day,) = sentence_dates(split_sentences("Both sides agreed a ceasefire on May 2."), published)
    assert day == (date(2024, 5, 2), False)
