"""Incident or cumulative: a period the toll spans makes a total, a point in time dates one incident."""

from datetime import date

import pytest

from orchestration.extraction.casualty_scope import event_days, fallback_days, incident_day, scope, scope_window
from orchestration.extraction.text import build_document, split_sentences

PUBLISHED = date(2023, 3, 15)  # a Wednesday


def _scope(sentence: str, count_word: str) -> str:
    return scope(sentence, sentence.index(count_word), None, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "count_word"),
    [
        ("In 2017, after 23 Ruritanian guards were killed in Velm, the army struck back.", "23"),
        ("In June, Free Moor fighters killed 41 people, mostly police, in a raid on a depot.", "41"),
        ("Earlier this month a drone strike on Port Aldane killed six people.", "six"),
        ("The raid on Kessary which left 12 Ruritanian police dead in 2019 is still unsolved.", "12"),
        ("Medics said the bombing had killed 37 people since dawn.", "37"),
        ("The hospital counted 52 dead since Monday morning.", "52"),
        ("Five guards have died since gunmen stormed the Velm depot before dawn on Saturday.", "Five"),
        ("Survivors of Ruritania's deadliest massacre in recent years said troops had killed 21 villagers.", "21"),
        ("The strikes have killed nine civilians so far, officials said.", "nine"),
        ("Tensions rose in May this year when a Ruritanian soldier and two guards were killed.", "two"),
        (
            "Fighting has raged since the invasion of Velm began after the Moor Front's October 3 attack, "
            "in which more than 800 people were killed.",
            "800",
        ),
        ("Jets pounded Velm on Monday, killing 70 people and ending a truce that had held since March.", "70"),
        ("Mortars killed 14 people in a quarter that has been besieged since 2019.", "14"),
        ("The raid killed 30 guards, which brings the toll since October to 900.", "30"),
        ("Attacks rose over the past week, with six more villagers killed in another raid on Monday.", "six"),
        ("Nine guards died in a single ambush during a three-month wave of raids that killed 60 people.", "Nine"),
        ("Clashes in Velm, which has witnessed over 100 deaths, left nine dead on Monday.", "nine"),
        ("Since the fighting flared on Monday, around 40 people have been killed in Velm.", "40"),
        ("At least 39 people have been killed in five days of clashes among rival militias in Velm.", "39"),
        ("Four soldiers had been killed since the ceasefire came into force on Monday.", "Four"),
        ("With weeks of fighting showing no sign of abating, three police were killed by rebels in two attacks.", "three"),
        ("At least 200 fighters were killed in clashes around Velm over the last two days.", "200"),
        ("The missile killed two sailors, the first casualties in the group's assault on shipping in the region since the attacks began in May.", "two"),
        ("A drone strike killed two farmers in Velm on Tuesday, shaking a truce meant to end more than a year of fighting.", "two"),
        ("An airstrike on a village in Velm, where a vote is to be held this weekend, killed 21 people on Tuesday.", "21"),
        ("Jets hammered Velm from north to south on Monday, killing at least 71 people since dawn.", "71"),
        ("A woman was also killed in this attack, bringing the death toll to seven.", "seven"),
        ("The toll of the raid on Velm rose to 40, which would make it the deadliest of a war which has left 300,000 dead.", "40"),
        ("So in total 12 people died in the bombing of the Velm depot, including the bomber.", "12"),
    ],
)
def test_a_point_in_time_dates_one_incident(sentence: str, count_word: str) -> None:
    assert _scope(sentence, count_word) == "incident"


@pytest.mark.parametrize(
    ("sentence", "count_word"),
    [
        ("Weeks of border clashes that have killed at least 63 people ended on Friday.", "63"),
        ("The 2019 border war, which lasted nine days, killed more than 400 guards.", "400"),
        ("The 2006 war between Ruritania and the Moor Front killed about 900 soldiers.", "900"),
        ("More than 900 civilians have been killed since October.", "900"),
        ("More than 900 soldiers have died since Ruritania launched its invasion in 2021.", "900"),
        ("This year 120 Ruritanian soldiers have died on the border.", "120"),
        ("So far this year 45 guards have died.", "45"),
        ("The war, which began in 2021, has killed 4,000 people.", "4,000"),
        ("In the 2019 war 3,100 soldiers were killed.", "3,100"),
        ("The agency said 409 deaths were recorded in 2022, the lowest figure in a decade.", "409"),
        ("Nine guards died in a single ambush during a three-month wave of raids that killed 60 people.", "60"),
        ("Clashes in Velm, which has witnessed over 100 deaths, left nine dead on Monday.", "100"),
        ("Officials said 13 rebels were also killed, increasing the toll of slain rebels to 749.", "749"),
        ("More than 300 people were killed in Velm over the past ten days.", "300"),
        ("Amid weeks of clashes in Velm, 300 people have been killed.", "300"),
        ("The toll after two months of fighting is 241 dead.", "241"),
        ("Another guard died in the raid, bringing the toll since October to 300.", "300"),
        ("From October 2024 until the end of June, more than 1,000 people were killed in Velm.", "1,000"),
        ("The war around Velm has already left nearly 1,100 dead.", "1,100"),
        ("The battle for the capital has left around 2,000 people dead.", "2,000"),
        ("As the crisis enters its fourth month, the toll is 1,048 dead.", "1,048"),
        ("The assaults have led to a toll of 4,047 lives lost and 16,638 injuries.", "4,047"),
    ],
)
def test_a_span_of_time_makes_a_total(sentence: str, count_word: str) -> None:
    assert _scope(sentence, count_word) == "cumulative"


def test_relative_clause_window_keeps_its_antecedent() -> None:
    sentence = "Troops entered Velm after the Moor Front's attack, in which 800 people were killed."
    start, end = scope_window(sentence, sentence.index("800"))
    window = sentence[start:end]
    assert "Moor Front's attack" in window and window.endswith("killed.") and not window.startswith("Troops")


def test_an_event_dated_by_a_past_year_has_no_day() -> None:
    sentence = "In 2019 a car bomb in Velm killed 14 people."
    assert incident_day(sentence, sentence.index("14"), (PUBLISHED, True), PUBLISHED) == (None, False)


def test_a_named_day_nearest_the_count_dates_it() -> None:
    sentence = "On Monday a shell killed two people; on Tuesday a drone killed five."
    assert incident_day(sentence, sentence.index("five"), (PUBLISHED, True), PUBLISHED)[0] == date(2023, 3, 14)


def test_the_day_of_a_statement_does_not_date_the_casualties() -> None:
    sentence = "Police said on Tuesday that seven people were killed in the raid."
    assert incident_day(sentence, sentence.index("seven"), (date(2023, 3, 13), False), PUBLISHED)[0] == date(
        2023, 3, 13
    )


def test_a_statement_day_before_publication_dates_a_toll_with_no_other_day() -> None:
    sentence = "Strikes on two villages killed six people, the health ministry said on Monday."
    assert incident_day(sentence, sentence.index("six"), (PUBLISHED, True), PUBLISHED) == (date(2023, 3, 13), False)
    news_day = (date(2023, 3, 12), True)  # the article's news day still wins over the day it was told
    assert incident_day(sentence, sentence.index("six"), news_day, PUBLISHED) == news_day


def test_a_day_after_what_a_side_is_blamed_for_dates_the_attack() -> None:
    sentence = "The army blamed the rebels for a rocket barrage on Monday that killed four soldiers."
    assert incident_day(sentence, sentence.index("four"), (PUBLISHED, True), PUBLISHED) == (date(2023, 3, 13), False)


def test_a_toll_since_a_day_of_the_past_week_is_one_flare_ups() -> None:
    sentence = "At least 321 people have been killed in the province since March 9, including fighters of both sides."
    assert scope(sentence, sentence.index("321"), 321, PUBLISHED) == "incident"
    assert scope(sentence, sentence.index("321"), 321, date(2023, 4, 15)) == "cumulative"  # five weeks on: a total
    sparked = "More than 100 people have died in fighting since Monday, sparked by weeks of protests."
    assert scope(sparked, sparked.index("100"), 100, PUBLISHED) == "incident"  # the weeks are the protests', not the toll's


def test_a_day_something_is_scheduled_for_dates_no_toll() -> None:
    for sentence in ("The strike left 31 dead, weeks ahead of the elections scheduled for 28 December.",
                     "Over 31 killed in an air strike on a hospital ahead of 28 December polls"):
        assert incident_day(sentence, sentence.index("31"), (PUBLISHED, True), PUBLISHED) == (PUBLISHED, True)


def test_the_day_a_source_informed_a_news_agency_on_is_a_statements() -> None:
    sentence = "An air strike on Monday killed 30 people, an aid worker informed AFP on Tuesday."
    assert [mention.text for mention in event_days(sentence, PUBLISHED)] == ["Monday"]


def test_a_count_without_a_day_takes_the_articles_news_day() -> None:
    document = build_document(
        "Blast in Velm",
        "A car bomb killed four people in Velm, officials said on Tuesday.\n\nThe blast on Sunday night "
        "damaged shops.\n\nNine people were wounded.",
    )
    days = fallback_days(split_sentences(document, has_title=True), PUBLISHED)
    assert days[1] == (date(2023, 3, 12), True)  # the first sentence: no day of its own, the statement's is none
    assert days[-1] == (date(2023, 3, 12), False)  # carried from the paragraph before


def test_an_old_day_is_not_carried_into_the_next_paragraph() -> None:
    document = build_document("", "The raid of 2 January 2023 killed nine.\n\nStrikes killed eight people.")
    days = fallback_days(split_sentences(document), PUBLISHED)
    assert days[-1] == (PUBLISHED, True)


def test_bringing_the_toll_to_is_a_running_total() -> None:
    sentence = "A drone strike killed four people on Monday, bringing the death toll to 250."
    assert _scope(sentence, "four") == "incident" and _scope(sentence, "250") == "cumulative"


def test_over_the_weekend_is_a_point_in_time() -> None:
    sentence = "A strike on Tuesday killed a commander blamed for an attack on Velm over the weekend."
    assert scope(sentence, sentence.index("a commander"), 1, PUBLISHED) == "incident"


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year, 3,500 Ruritanian soldiers were killed.",
        "More than 1,600 civilians were killed in the first half of the year.",
    ],
)
def test_a_past_year_or_half_year_without_one_event_is_a_total(sentence: str) -> None:
    position = next(match.start() for match in __import__("re").finditer(r"\d", sentence))
    assert scope(sentence, position, None, PUBLISHED) == "cumulative"


def test_one_death_or_one_attack_last_year_is_an_incident() -> None:
    sentence = "A boy was killed last year in Velm."
    assert scope(sentence, 0, 1, PUBLISHED) == "incident"
    assert _scope("Last year a bombing in Velm killed 40 people.", "40") == "incident"
    assert _scope("Eight guards were killed in a single weekend last month.", "Eight") == "incident"


def test_a_toll_over_recent_months_is_cumulative() -> None:
    assert _scope("A string of bombings in recent months has killed more than 125 people.", "125") == "cumulative"


@pytest.mark.parametrize(
    ("sentence", "count_word"),
    [
        ("More than 500 people were killed in gang violence in Velm in 2022, officials said.", "500"),
        ("There were 860 border violations in 2019 which led to the death of 15 guards.", "15"),
        ("In July and August 2022, around 50 people died in clashes between militias in Velm.", "50"),
        ("The clashes broke a truce that ended the war over the valley that left more than 6,600 people dead.", "6,600"),
    ],
)
def test_a_years_or_a_wars_toll_is_cumulative(sentence: str, count_word: str) -> None:
    assert _scope(sentence, count_word) == "cumulative"


def test_many_days_of_fighting_are_a_period_but_a_few_days_one_fight() -> None:
    assert _scope("Forty days of shelling have killed more than 300 people in Velm.", "300") == "cumulative"
    assert _scope("Five days of shelling have killed more than 30 people in Velm.", "30") == "incident"


def test_the_count_takes_the_day_of_its_own_attack() -> None:
    sentence = "Villagers were killed on Monday, while two UN peacekeepers from the Velm mission died in an ambush on March 9."
    assert incident_day(sentence, sentence.index("two"), (PUBLISHED, True), PUBLISHED) == (date(2023, 3, 9), False)
    assert _scope(sentence, "two") == "incident"


def test_a_toll_over_a_year_of_violence_is_cumulative() -> None:
    sentence = "The attack was the latest in more than a year of violence in which Palestinians have killed 36 Israelis."
    assert _scope(sentence, "36") == "cumulative"


@pytest.mark.parametrize(
    ("sentence", "count_word"),
    [
        ("From January 1 until Aug. 15, more than 2,400 people were reported killed.", "2,400"),
        ("At least 123 people were killed in two weeks in El-Fasher.", "123"),
        ("At least 610 people were killed and 4,700 wounded across the country, a spokesman said.", "610"),
    ],
)
def test_a_span_of_time_or_land_makes_a_total(sentence: str, count_word: str) -> None:
    assert _scope(sentence, count_word) == "cumulative"


def test_the_highest_toll_in_two_months_is_still_the_days() -> None:
    assert _scope("Five soldiers were killed in the east, the highest toll in two months.", "Five") == "incident"


def test_a_total_of_is_a_sum_not_a_period() -> None:
    assert _scope("A total of 31 soldiers were killed in the attacks in Hakkari on Sunday.", "31") == "incident"


def test_the_span_of_a_superlative_is_no_period_of_the_toll() -> None:
    sentence = "Israel carried out its most intense wave of airstrikes in Beirut since the start of the conflict, killing at least 42 people."
    assert _scope(sentence, "42") == "incident"


def test_across_the_country_without_one_attack_is_a_total() -> None:
    assert _scope("At least 610 people have been killed across the country, a spokesman said.", "610") == "cumulative"
    assert _scope("Strikes on Beirut killed at least 42 people across the country on Tuesday.", "42") == "incident"


def test_one_attack_this_week_is_an_incident_but_attacks_this_week_are_a_total():
    assert _scope("A jihadist attack on a village in eastern Burkina Faso this week killed 25 people.", "25") == "incident"
    assert _scope("Jihadist attacks killed 25 people in Burkina Faso this week.", "25") == "cumulative"


def test_counts_with_their_own_days_inside_a_total_are_incidents() -> None:
    sentence = ("Officials say 150 troops have been killed in the region since last year, in Dori, where 60 were killed on "
                "January 8, and in Kaya (45 dead on December 10).")
    assert [_scope(sentence, word) for word in ("150", "60", "45")] == ["cumulative", "incident", "incident"]


def test_earlier_in_the_day_is_the_day_of_the_leads_news() -> None:
    body = ("Militants killed 14 soldiers on Tuesday. The attack came two days after an ambush on Sunday. "
            "Earlier in the day, a bomb killed five people in the north.")
    sentences = split_sentences(build_document("", body))
    assert fallback_days(sentences, PUBLISHED)[-1] == (date(2023, 3, 14), False)


def test_a_sentence_telling_when_the_attack_happened_dates_the_toll_before_it() -> None:
    body = "Four soldiers were killed in an attack on a convoy in Diyala. The attack occurred late Monday night near the village."
    sentences = split_sentences(build_document("", body))
    assert fallback_days(sentences, PUBLISHED)[0] == (date(2023, 3, 13), False)


def test_a_toll_of_one_strike_is_an_incident_whatever_war_it_fell_in() -> None:
    assert _scope("Three villagers were killed by a rocket in Velm during the conflict.", "Three") == "incident"
    assert _scope("Three hundred villagers were killed by rockets in Velm during the conflict.", "Three") == "cumulative"


def test_a_count_in_a_contrasted_clause_takes_that_clauses_day() -> None:
    sentence = "Five soldiers were killed near the town on Sunday, while two others died Monday morning near the airport."
    assert incident_day(sentence, sentence.index("two"), (PUBLISHED, True), PUBLISHED)[0] == date(2023, 3, 13)
    assert incident_day(sentence, sentence.index("Five"), (PUBLISHED, True), PUBLISHED)[0] == date(2023, 3, 12)


def test_the_day_of_a_statement_glossed_with_its_date_or_told_by_according_to_dates_no_attack() -> None:
    published = date(2019, 12, 11)  # a Wednesday
    for sentence in ("Fighters killed 71 soldiers in a raid on a camp, the ministry said in a statement on Wednesday (Dec 11).",
                     "At least 10 soldiers were killed in a rebel attack in Taiz, according to authorities on Wednesday.",
                     "The minister accused the outlawed Free Moor Front on Wednesday of a bombing that killed six people.",
                     "Seventeen soldiers were killed in an attack, according to a statement by the military high command on Wednesday."):
        assert incident_day(sentence, sentence.index("killed"), (date(2019, 12, 10), False), published) == (date(2019, 12, 10), False)


def test_a_count_told_so_many_days_after_is_that_many_days_before_the_news() -> None:
    published = date(2018, 1, 27)
    sentence = "The latest attack comes two days after 26 civilians were killed when their bus hit a landmine."
    assert incident_day(sentence, sentence.index("26"), (date(2018, 1, 27), False), published) == (date(2018, 1, 25), False)
    later = "A truce held a day after it was agreed, with Baku saying shelling killed nine civilians."
    assert incident_day(later, later.index("nine"), (date(2018, 1, 27), False), published) == (date(2018, 1, 27), False)


def test_an_anniversary_dates_its_toll_so_many_years_back_and_a_released_statement_dates_none() -> None:
    published = date(2022, 8, 15)
    sentence = "The town today marks the 24th anniversary of the market bombing, which killed 29 people."
    assert incident_day(sentence, sentence.index("29"), (published, True), published) == (date(1998, 8, 15), False)
    statement = "On 20th October, the government released a statement and put the death toll at 358."
    assert incident_day(statement, statement.index("358"), (date(2017, 10, 14), False), date(2017, 10, 25)) == (date(2017, 10, 14), False)


def test_a_day_before_claimed_the_lives_dates_the_attack() -> None:
    published = date(2023, 9, 13)  # a Wednesday
    sentence = "A deadly attack by armed groups in northern Velm on Tuesday claimed the lives of 10 soldiers, the army said."
    assert incident_day(sentence, sentence.index("10"), (published, True), published) == (date(2023, 9, 12), False)



def test_one_battle_this_month_is_an_incident_but_the_months_fighting_is_a_total() -> None:
    assert _scope("This month at least 80 soldiers were killed in a three-day battle for the river port.", "80") == "incident"
    assert _scope("This month at least 80 soldiers were killed in fighting around the river port.", "80") == "cumulative"


def test_a_company_named_total_is_no_total() -> None:
    sentence = "At least 40 civilians were killed near a gas site run by the French company Total on Saturday."
    assert _scope(sentence, "40") == "incident"
    assert _scope("Total deaths in the province reached 300 on Saturday.", "300") == "cumulative"
