from orchestration.extraction.numbers import Quantity, find_quantities, parse_number


def readings(text: str) -> list[tuple[int | None, str, int | None]]:
    return [(found.count, found.qualifier, found.count_high) for found in find_quantities(text)]


def test_digits_with_separators():
    assert readings("Officials counted 1,450 graves and 2 300 tents.") == [(1450, "exact", None), (2300, "exact", None)]


def test_number_words():
    assert parse_number("thirty-seven") == 37
    assert parse_number("one hundred and six") == 106
    assert parse_number("four thousand two hundred") == 4200
    assert readings("Eleven houses burned.") == [(11, "exact", None)]


def test_dozens_as_numbers():
    assert parse_number("a dozen") == 12
    assert parse_number("three dozen") == 36
    assert parse_number("half a dozen") == 6


def test_scaled_numbers():
    assert parse_number("2.5 million") == 2_500_000
    assert parse_number("a hundred") == 100
    assert readings("some 740,000 people fled") == [(740_000, "about", None)]


def test_fraction_without_scale_is_no_count():
    assert parse_number("3.7") is None
    assert readings("a 3.7 magnitude tremor") == []


def test_at_least_qualifiers():
    for phrase in ("at least 18", "more than 18", "over 18", "no fewer than 18", "upwards of 18", "18+"):
        assert readings(phrase) == [(18, "at_least", None)], phrase


def test_about_qualifiers():
    for phrase in ("nearly 60", "almost 60", "around 60", "roughly 60", "approximately 60", "an estimated 60"):
        assert readings(phrase) == [(60, "about", None)], phrase
    assert readings("close to 60") == [(60, "about", None)]


def test_up_to_qualifiers():
    assert readings("up to nine") == [(9, "up_to", None)]
    assert readings("as many as 250") == [(250, "up_to", None)]


def test_ranges_keep_both_ends():
    assert readings("between 30 and 40") == [(30, "exact", 40)]
    assert readings("30 to 40") == [(30, "exact", 40)]
    assert readings("30-40") == [(30, "exact", 40)]
    assert readings("two or three") == [(2, "exact", 3)]


def test_from_to_is_a_change_not_a_range():
    assert readings("the toll climbed from 8 to 13") == [(8, "exact", None), (13, "exact", None)]


def test_vague_words_have_no_count():
    for phrase in ("dozens", "scores", "hundreds", "thousands", "many", "several", "tens of thousands"):
        assert readings(phrase) == [(None, "vague", None)], phrase
    assert readings("several hundred") == [(None, "vague", None)]


def test_many_inside_a_qualifier_is_not_vague():
    assert readings("how many were there") == []
    assert readings("as many as 7") == [(7, "up_to", None)]


def test_codes_times_and_compound_adjectives_are_not_counts():
    assert readings("a Tu-22 bomber at 06:30 on a 48-hour pass with a 5% share") == []


def test_span_covers_qualifier_and_number():
    (found,) = find_quantities("Rescuers found at least 14 bodies.")
    assert found == Quantity(14, "at_least", 15, 26, "at least 14")


def test_word_after_a_hyphenated_tag_is_read_and_the_tag_is_not():
    assert readings("UPDATE 2-Four shops closed") == [(4, "exact", None)]


def test_years_are_no_counts():
    assert readings("The fighting, which began in March 2019, flared again.") == []
    assert readings("Since 2014 the town has changed hands twice; 2019's toll was lower.") == []
    assert readings("the offensive of May 4, 2021 and the talks in 2022") == []  # a day of the month is no count either
    assert readings("Between 2016 and 2018 the front was quiet.") == []


def test_year_like_numbers_that_count_people_stay_counts():
    assert readings("the deaths of 1900 people") == [(1900, "exact", None)]
    assert readings("the toll rose to 1900") == [(1900, "exact", None)]


def test_odd_and_plus_after_digits_qualify_the_count():
    from orchestration.extraction.numbers import find_quantities

    (odd,) = find_quantities("some 30-odd villagers")
    (plus,) = find_quantities("100-plus people")
    assert (odd.count, odd.qualifier, plus.count, plus.qualifier) == (30, "about", 100, "at_least")


def test_a_year_before_a_verb_with_its_own_count_is_no_count():
    assert [q.count for q in find_quantities("A similar attack on the market in 2013 killed 48 people.")] == [48]


def test_a_day_of_the_month_is_no_count():
    assert [q.count for q in find_quantities("A drone attack on November 30 killed five civilians.")] == [5]
    assert [q.count for q in find_quantities("On 30 November, 12 people died.")] == [12]


def test_an_age_after_a_name_is_no_count():
    assert [q.count for q in find_quantities("Meir Tamari, 32, was killed in May at the entrance to a settlement.")] == []
