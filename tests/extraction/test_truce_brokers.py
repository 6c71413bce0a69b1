"""A truce brokered in the news is the broker's mediation with each of its sides (across event families)."""

from datetime import date

from orchestration.extraction.extractor import extract_events

FRIDAY = date(2025, 4, 25)


def mediations(body: str) -> set[tuple[str, str]]:
    events = extract_events("", body, FRIDAY)
    return {(item.actor, item.counterpart) for item in events.diplomacy if item.mode == "mediation_offer"}


def test_the_broker_of_this_weeks_truce_mediated_with_both_sides():
    assert mediations("Qatar brokered a truce between Congo and Rwanda on Wednesday.") == {("QAT", "COD"), ("QAT", "RWA")}


def test_the_broker_of_a_truce_months_old_mediates_in_no_news_of_today():
    events = extract_events("", "Lebanon called on the US and France, who brokered the ceasefire between Israel and Hezbollah in November, to act.", FRIDAY)
    assert [truce.date for truce in events.ceasefire if truce.event == "declared"] == [None]
    assert not [item for item in events.diplomacy if item.mode == "mediation_offer"]


def test_a_truce_reached_without_brokering_words_makes_no_mediator():
    assert mediations("Russia said on Wednesday it had reached a ceasefire between Armenia and Azerbaijan.") == set()


def test_a_truce_between_the_nations_named_collectively_is_between_the_articles_sides():
    body = "Congo and Rwanda traded accusations over the fighting. Qatar brokered a truce between the African nations on Wednesday."
    assert mediations(body) == {("QAT", "COD"), ("QAT", "RWA")}


def test_a_states_efforts_that_produced_a_truce_are_its_mediation():
    body = "Congo and Rwanda traded accusations. Angolan efforts succeeded in reaching a ceasefire between Congo and Rwanda on Thursday."
    assert mediations(body) == {("AGO", "COD"), ("AGO", "RWA")}


def test_the_states_whose_mediation_led_to_a_truce_are_not_its_sides():
    events = extract_events("", "Congo and Rwanda agreed to an immediate ceasefire on Thursday after Angolan and Qatari mediation.", FRIDAY)
    assert [(truce.parties, truce.broker) for truce in events.ceasefire] == [(("COD", "RWA"), "AGO")]
    assert mediations("Congo and Rwanda agreed to an immediate ceasefire on Thursday following mediation by Angola.") == {
        ("AGO", "COD"), ("AGO", "RWA")
    }


def test_every_state_whose_mediation_made_the_truce_mediated_with_both_sides():
    body = "Congo and Rwanda agreed to an immediate ceasefire on Thursday after Angolan and Qatari mediation."
    assert mediations(body) == {("AGO", "COD"), ("AGO", "RWA"), ("QAT", "COD"), ("QAT", "RWA")}


def test_negotiations_held_in_a_city_and_mediated_by_two_states_are_mediated_by_each():
    body = "A round of negotiations between Congo and Rwanda was held in Doha on Thursday, mediated by Qatar and Togo."
    assert mediations(body) == {("QAT", "COD"), ("QAT", "RWA"), ("TGO", "COD"), ("TGO", "RWA")}


def test_a_hyphenated_pair_of_mediators_each_mediates_and_a_summit_city_is_no_side():
    assert mediations("Congo and Rwanda sign seven-day truce on Thursday after Angolan-Qatari mediation") == {
        ("AGO", "COD"), ("AGO", "RWA"), ("QAT", "COD"), ("QAT", "RWA")
    }
    events = extract_events("", "Congo and Rwanda reach ceasefire agreement on Thursday at Luanda mini-summit", FRIDAY)
    assert [truce.parties for truce in events.ceasefire] == [("COD", "RWA")]


def test_a_truce_negotiated_or_orchestrated_by_a_third_state_is_its_mediation():
    fighting = "Congo and Rwanda traded fire on the border on Monday. "
    expected = {("QAT", "COD"), ("QAT", "RWA")}
    assert mediations(fighting + "A ceasefire negotiated by Qatar took effect on Wednesday.") == expected
    assert mediations(fighting + "A ceasefire orchestrated by Qatar took effect on Wednesday.") == expected
    assert mediations(fighting + "A ceasefire negotiated by Congo and Rwanda took effect on Wednesday.") == set()


def test_third_states_announcing_the_agreement_of_two_sides_on_a_truce_brokered_it():
    fighting = "Clashes between the Ethiopian army and the TPLF killed 20 people last week. "
    body = fighting + "Norway and Kenya announce the agreement of the Ethiopian army and the TPLF on a ceasefire for 72 hours."
    events = extract_events("", body, FRIDAY)
    assert [(truce.event, truce.parties, truce.broker) for truce in events.ceasefire] == [("declared", ("ETH", "X-tplf"), "NOR")]
    assert mediations(body) == {("NOR", "ETH"), ("NOR", "X-tplf"), ("KEN", "ETH"), ("KEN", "X-tplf")}


def test_a_truce_between_two_sides_announced_by_third_states_is_their_mediation():
    fighting = "Clashes between the Ethiopian army and the TPLF killed 20 people last week. "
    body = fighting + ("The extension of the cease-fire between Ethiopia's military and the TPLF was announced in a joint statement "
                       "on Thursday by Norway and Kenya.")
    events = extract_events("", body, FRIDAY)
    assert [(truce.event, truce.parties, truce.broker) for truce in events.ceasefire] == [("declared", ("ETH", "X-tplf"), "NOR")]
    assert mediations(body) == {("NOR", "ETH"), ("NOR", "X-tplf"), ("KEN", "ETH"), ("KEN", "X-tplf")}


def test_a_name_before_a_comma_is_no_co_broker():
    body = ("Clashes between the Ethiopian army and the TPLF killed 20 people last week. Alongside Kenya, "
            "Norway said on Thursday it brokered a ceasefire between Ethiopia and the TPLF.")
    assert mediations(body) == {("NOR", "ETH"), ("NOR", "X-tplf")}


def test_a_truce_told_in_a_relative_clause_was_made_though_its_sentence_looks_ahead():
    body = ("Israel and Hezbollah traded fire for months. Israel would withdraw its forces from Lebanon over 60 days "
            "under the ceasefire deal, which was brokered by Egypt and Qatar on Thursday.")
    events = extract_events("", body, FRIDAY)
    assert [(truce.event, truce.parties, truce.broker) for truce in events.ceasefire] == [("declared", ("ISR", "X-hezbollah"), "EGY")]
    assert mediations(body) == {("EGY", "ISR"), ("EGY", "X-hezbollah"), ("QAT", "ISR"), ("QAT", "X-hezbollah")}



def test_a_truce_first_told_in_the_headline_is_mediated_by_the_brokers_its_lead_names():
    events = extract_events("Congo and Rwanda agree on ceasefire",
                            "Envoys of Congo and Rwanda, mediated by Qatar and Togo, agreed on an immediate ceasefire on Wednesday.", FRIDAY)
    assert {(item.actor, item.counterpart) for item in events.diplomacy if item.mode == "mediation_offer"} == {
        ("QAT", "COD"), ("QAT", "RWA"), ("TGO", "COD"), ("TGO", "RWA")
    }
    assert [truce.evidence.sentence for truce in events.ceasefire] == [
        "Envoys of Congo and Rwanda, mediated by Qatar and Togo, agreed on an immediate ceasefire on Wednesday."
    ]


def test_the_first_of_two_states_brokering_in_one_adjective_is_the_truces_broker():
    body = "Congo and Rwanda traded fire on the border on Monday. Congo and Rwanda signed a Qatari and U.S.-brokered truce on Wednesday."
    events = extract_events("", body, FRIDAY)
    assert [(truce.parties, truce.broker) for truce in events.ceasefire] == [(("COD", "RWA"), "QAT")]
