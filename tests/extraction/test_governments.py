from datetime import date

from orchestration.extraction.extractor import extract_events
from orchestration.extraction.governments import governing


def test_a_group_in_power_is_its_state_from_the_day_it_took_power():
    assert governing("X-taliban", date(2021, 8, 14)) == "X-taliban"
    assert governing("X-taliban", date(2021, 8, 15)) == "AFG"
    assert governing("X-hamas", date(2024, 1, 1)) == "X-hamas"


def test_the_taliban_government_is_afghanistan_in_truces_tolls_and_talks():
    body = ("Pakistani and Taliban forces clashed along the border on Saturday, killing 23 Pakistani soldiers. "
            "Pakistan and the Taliban agreed to a ceasefire on Sunday after talks in Doha mediated by Qatar.")
    events = extract_events("", body, date(2025, 10, 20))
    assert {e.parties for e in events.ceasefire} == {("AFG", "PAK")}
    assert ("QAT", "AFG", "mediation_offer") in {(d.actor, d.counterpart, d.mode) for d in events.diplomacy}
    before = extract_events("", body, date(2019, 10, 20))
    assert {e.parties for e in before.ceasefire} == {("PAK", "X-taliban")}


def test_a_group_in_power_may_broker_a_truce_as_its_state():
    body = "The Taliban have mediated a temporary ceasefire between Pakistan and the TTP following talks in Kabul, an official said."
    events = extract_events("", body, date(2022, 5, 19))
    assert [(e.parties, e.broker) for e in events.ceasefire] == [(("PAK", "X-ttp"), "AFG")]
    assert {(d.actor, d.counterpart) for d in events.diplomacy if d.mode == "mediation_offer"} == {("AFG", "PAK"), ("AFG", "X-ttp")}
    assert governing("X-taliban", None) == "X-taliban"


def test_a_group_in_power_brokering_an_old_truce_is_its_state():
    body = "The Taliban mediated a ceasefire between Pakistan and the TTP in Kabul on May 2, an official said."
    events = extract_events("", body, date(2022, 6, 19))
    assert [(e.parties, e.broker) for e in events.ceasefire] == [(("PAK", "X-ttp"), "AFG")]
