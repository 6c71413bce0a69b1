"""Mediation read from a sentence: named mediators, go-betweens reporting a deal, led or brokered talks, hosts of both sides."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from orchestration.extraction.actors import data_rows
from orchestration.extraction.clauses import (
    IN_THE_ROLE_OF,
    NAME_LIST,
    NOT_A_SIDE,
    Participant,
    SentenceView,
    is_go_between,
    is_oblique,
    mediates,
    names_both_sides,
    objects_after,
)
from orchestration.extraction.engagement_parts import (
    ArticleReader,
    BOTH_AS_SUBJECT,
    COMMA_BEFORE,
    Found,
    TALKS_WITH,
    did_not_happen,
    distinct,
    paired,
    war_sides,
)
from orchestration.extraction.gates import AnyOf, gated
from orchestration.extraction.sides import group_of_record


_MEETING_OF = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|round\s+of\s+talks|gathering)\s+(?:of|between)\s+",
                         re.IGNORECASE)  # "hosted a meeting of Libya's rival leaders"
MEDIATORS_FROM = re.compile(r"\b(?:mediators?|negotiators?|brokers?)\s+(?:(?:in|from|of)\s+|(?=(?-i:[A-Z])))", re.IGNORECASE)  # "Mediator Qatar"
# "the AU's chief mediator", "Egyptian and Qatari mediators": a go-between of the article's two sides.
MEDIATOR_AFTER = re.compile(r"^(?:[’']s)?" + NAME_LIST + IN_THE_ROLE_OF + r"(?:mediators?|brokers?|facilitators?|intermediar(?:y|ies)|go-betweens?)\b",
                            re.IGNORECASE)
# "a United Nations proposal for a two-month truce", "a ceasefire proposal put forward by US Secretary of State John Kerry"
# (not "a new Gaza ceasefire proposal": the place the truce is for)
PROPOSAL_AFTER = re.compile(r"(?:['’]s?)?(?:\s+(?:new|fresh|latest|revised|draft|joint|bridging|formal|\d+-point))?"
                            r"(?:\s+(?:truce|ceasefire|cease-fire|peace))?\s+(?:proposal|plan|initiative|roadmap)\b"  # "an Egyptian cease-fire proposal"
                            r"|[-‑](?:proposed|drafted|authored)\b"  # "a US-proposed ceasefire plan"
                            r"|\s+(?:has\s+|had\s+)?(?:proposed|tabled|floated|put\s+forward)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:truce|ceasefire|cease-fire|peace\s+(?:plan|deal|agreement))\b",  # "Egypt has proposed a truce"
                            re.IGNORECASE)
_PROPOSED_BY_BEFORE = re.compile(r"\b(?:proposal|plan|initiative|roadmap)s?\s+(?:[\w-]+\s+){0,3}?(?:put\s+forward|presented|drafted|tabled|"
                                 r"submitted|floated)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
_SETTLEMENT_WORD = gated(r"\b(?:truce|ceasefire|cease-fire|peace|settlement)\b", re.IGNORECASE)
EFFORTS_BY = re.compile(r"\b(?:efforts?|attempts?|bids?|push|initiatives?)\s+(?:by|of)\s+(?:the\s+)?", re.IGNORECASE)
_MEDIATOR_WORDS, _EFFORT_WORDS = AnyOf([MEDIATORS_FROM]), AnyOf([EFFORTS_BY])  # a sentence without their words is not searched
# "... to bring the two countries to the table", "... in reaching this agreement"
_TO_BRING_TOGETHER = re.compile(r"\s+(?:to|in)\s+(?:bring(?:ing)?|get(?:ting)?|coax(?:ing)?|persuad(?:e|ing)|broker(?:ing)?|mediat(?:e|ing)|"
                                r"facilitat(?:e|ing)|reach(?:ing)?|secur(?:e|ing))\b[^.;]{0,60}?"
                                r"\b(?:table|talks|negotiations|dialogue|together|truce|ceasefire|cease-fire|deal|agreement|peace)\b", re.IGNORECASE)
_APPOINTED_BY = re.compile(r",?\s*(?:designated|appointed|named|chosen|mandated|tasked)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_ITS_TALKS_AFTER = re.compile(r"\s+(?:peace\s+)?(?:talks|negotiations|process|conflict|crisis|war|dialogue)\b", re.IGNORECASE)
# A deal told before, as the subject with its broker in an aside: "The agreement, brokered by Malaysia, was signed"
_THE_DEAL = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord),\s")
MEDIATOR_INSIDE = re.compile(r"\b(?:mediators?|brokers?|facilitators?)\b", re.IGNORECASE)
# "The UN envoy said the two sides agreed to extend the truce", "..., said the AU's mediator": a go-between telling
# what the sides did in their talks or deal is the one who brought them together
_REPORTED = re.compile(r"\b(?:said|says|announced|announces|told|tells|confirmed|confirms|stated)\b", re.IGNORECASE)
SIDES_SETTLED = gated(r"\b(?:agreed|agrees|reached|signed|signing|ended|concluded|progress(?:ed|ing)|resum(?:e|ed|ing)|"
                      r"honou?red|accepted|extend(?:ed|ing)|resulted|yielded)\b", re.IGNORECASE)
_SETTLEMENT_TALK = re.compile(r"\b(?:talks|negotiations|dialogue|agreement|deal|truce|ceasefire|cease-fire|accord)\b", re.IGNORECASE)
_THE_PARTIES = re.compile(r"\b(?:parties|sides|factions|belligerents)\b", re.IGNORECASE)
_OBSERVERS = frozenset(row["code"] for row in data_rows("observers.csv"))
_MEDIATE_FOR = re.compile(r"\s+(?:for|with)\s+(?=(?-i:[A-Z]))", re.IGNORECASE)  # "ready to mediate for Iran, US"
_SIDES_INTRO = re.compile(r"\b(?:between|involving|among|summit\s+of|attended\s+by)\s+", re.IGNORECASE)


class MediationReader(ArticleReader):
    """Reads who mediates between the article's sides."""

    def _hosted_both_sides(self, view: SentenceView, match: re.Match[str]) -> list[Found]:
        """"A hosted a meeting of Libya's rival leaders", "A hosted both sides": A mediates, and the war's two sides met."""
        if len(self.main) != 2 or did_not_happen(view.text, match.start()):
            return []
        meeting = _MEETING_OF.match(view.text, match.end())
        if not names_both_sides(view.text, meeting.end() if meeting else match.end()):
            return []
        hosts = [p for p in view.subject(match.start()) if p.code not in self.main and p.code not in NOT_A_SIDE]
        a, b = war_sides(self.main)
        return [*(Found(host, side, "mediation_offer", "045", "hosted-sides", match.start(), match.end()) for host in hosts for side in (a, b)),
                *([Found(a, b, "meeting", "046", "hosted-sides", match.start(), match.end())] if hosts else [])]

    def _mediators(self, view: SentenceView) -> list[Found]:
        """An actor named as mediator ("the AU's chief mediator", "Qatari mediators") offers mediation to each of
        the article's two sides."""
        if len(self.main) != 2 or not view.people:
            return []
        text, found = view.text, []
        named_after = {p for m in MEDIATORS_FROM.finditer(text) for p in objects_after(text, view.people, m.end())  # "mediators in Qatar and Egypt"
                       if not _ITS_TALKS_AFTER.match(text, p.end)} if _MEDIATOR_WORDS.may_match(text) else set()  # not "a mediator in Chad peace talks"
        efforts = EFFORTS_BY.finditer(text) if _EFFORT_WORDS.may_match(text) else ()
        for effort in efforts:  # "efforts by Malaysia, China and the US to bring the two countries to the table"
            makers = objects_after(text, view.people, effort.end())
            if makers and _TO_BRING_TOGETHER.match(text, makers[-1].end):
                named_after.update(makers)
        for person in view.people:
            tail = MEDIATOR_AFTER.match(text[person.end : person.end + 80])
            if person in named_after and person.code not in self.main and person.code not in NOT_A_SIDE:
                found += [Found(person, side, "mediation_offer", "045", "mediators-from", person.start, person.end) for side in war_sides(self.main)]
                continue
            named_mediator = tail or MEDIATOR_INSIDE.search(text, person.start, person.end) or mediates(text, person)  # "mediation by Qatar"
            named_mediator = named_mediator or (_SETTLEMENT_WORD.search(text) and (  # "a fresh US proposal for a ceasefire"
                PROPOSAL_AFTER.match(text, person.end) or _PROPOSED_BY_BEFORE.search(text, max(0, person.start - 80), person.start)))
            if person.code in self.main or person.code in NOT_A_SIDE or not named_mediator:
                continue
            appointer = _APPOINTED_BY.search(text, 0, person.start)
            if tail and appointer:  # "Angola, designated by the AU as mediator": the one designated mediates
                person = next((p for p in reversed(view.people) if p.end <= appointer.start()), None)
                if person is None or person.code in self.main or person.code in NOT_A_SIDE:
                    continue
            end = person.end + tail.end() if tail else person.end
            found += [Found(person, side, "mediation_offer", "045", "mediator-noun", person.start, end) for side in war_sides(self.main)]
        return found

    def _reporting_go_between(self, view: SentenceView) -> list[Found]:
        """A third party in a go-between's role (an envoy, a mediator) or an organisation that tells what the two
        sides did in their talks or deal ("UNSMIL announced that the warring parties had agreed to resume talks")
        mediates between them."""
        text = view.text
        if len(self.main) != 2 or not SIDES_SETTLED.search(text) or not _SETTLEMENT_TALK.search(text):
            return []
        for verb in _REPORTED.finditer(text):
            inverted = COMMA_BEFORE.search(text, 0, verb.start())  # "..., said Martin Griffiths, the UN envoy"
            speakers = [p for p in view.people if p.start >= verb.end()][:1] if inverted else view.subject(verb.start(), [])
            speakers = [p for p in speakers if p in view.people and p.code not in self.main and p.code not in NOT_A_SIDE
                        and ((p.kind == "organisation" and p.code not in _OBSERVERS) or is_go_between(text, p))]
            told = (0, verb.start()) if inverted else (verb.end(), len(text))
            named = {p.code for p in view.people if told[0] <= p.start < told[1]}
            said = text[told[0] : told[1]]
            if speakers and SIDES_SETTLED.search(said) and _SETTLEMENT_TALK.search(said) and (named & set(self.main) or _THE_PARTIES.search(said)):
                return [Found(speaker, side, "mediation_offer", "045", "go-between-report", verb.start(), verb.end())
                        for speaker in distinct(speakers) for side in war_sides(self.main)]
        return []

    def _led_talks(self, view: SentenceView, leader: Participant, led: re.Match[str]) -> list[Found]:
        """"A-led talks with B": A meets B. Without a partner named, a third party's talks are with both
        sides, who also meet each other (unless the talks are still to come); "A-brokered", "A-mediated",
        "A-facilitated", "A-sponsored" or "A-hosted" talks make A a mediator, and so does "an A-brokered deal with B"
        (whose signing is read as a meeting by its own verb)."""
        role = (led.group("role") or led.group("broker")).lower()
        # "AU-led peace talks": an organisation leading talks mediates them
        mediating = role in {"brokered", "mediated", "facilitated", "sponsored", "hosted"} or (role == "led" and leader.kind == "organisation")
        modes = [("mediation_offer", "045")] if mediating else [("meeting", "046")]
        start, end = leader.start, leader.end + led.end()
        partner = re.match(r"\s+with\s+", view.text[end:])
        between = re.match(r"\s+between\s+", view.text[end:])  # "Oman-mediated consultations between Riyadh and Sanaa"
        named = [replace(side, code=group_of_record(side.code, self.groups)) for side in self._sides_named(view, end + between.end())] if between else []
        sides = (objects_after(view.text, view.people, end + partner.end()) if partner
                 else named if len(distinct(named)) >= 2 else war_sides(self.main) if len(self.main) == 2 else [])
        if role == "backed":
            modes = []  # "the UN-backed meeting in Berlin": a backer is no party to the talks
        if partner and mediating:  # "Tigrayan forces accept AU-led talks with Ethiopia": the subject is the other side
            sides = [*view.subject(leader.start), *sides]
        sides = [side for side in distinct(sides) if side.code != leader.code]
        found = [Found(leader, side, mode, cameo, "led-talks", start, end) for side in sides for mode, cameo in modes]
        if not partner and not led.group("deal") and not did_not_happen(view.text, start):  # not "days ahead of EU-hosted talks"
            found += [Found(a, b, "meeting", "046", "led-talks", start, end) for a, b in combinations(sides, 2)]
        return found

    def _deal_brokers(self, view: SentenceView, match: re.Match[str], brokers: list[Participant]) -> list[tuple[Participant, Participant]]:
        """The brokers of a deal the sentence's subjects made, with each of them ("Saudi Arabia and Iran agreed a deal
        brokered by China"; "the two ministers signed the deal brokered by Qatar": the article's pair); no deal of the
        past ("the 2015 agreement signed under the auspices of the UN")."""
        if view.is_background(match.start()):
            return []
        broker_codes = {b.code for b in brokers}
        signers = [p for p in distinct(view.sentence_subject()) if p.code not in broker_codes and p.end <= match.start()]
        if len(signers) < 2 and (BOTH_AS_SUBJECT.search(view.text, 0, match.start()) or _THE_DEAL.match(view.text)):
            # "the two ministers": the pair who just met; "The agreement, brokered by Malaysia, was signed": the deal just told
            signers = self.last_pair or (war_sides(self.main) if len(self.main) == 2 else [])
        return paired(brokers, signers) if len(signers) >= 2 else []

    def _mediation(self, view: SentenceView, match: re.Match[str], mediators: list[Participant],
                   context: dict[str, list[Participant]] | None = None) -> list[tuple[Participant, Participant]]:
        """A mediator with each side: named after "between" or "involving" (also inside "talks between A and B
        hosted by C"), else the sides of the previous engagement, else the main pair."""
        between = _SIDES_INTRO.search(view.text, match.start(), match.end() + 80) or _MEDIATE_FOR.match(view.text, match.end())
        sides = self._sides_named(view, between.end()) if between else []
        partner = TALKS_WITH.search(view.text, match.start(), match.end())
        if len(distinct(sides)) < 2 and partner:  # "Israel's envoys flew to Doha for talks with Hamas mediated by Qatar"
            named = [p for p in objects_after(view.text, view.people, partner.end()) if p.end <= match.end()]
            owner = [p for p in view.people if p.end <= match.start() and not is_oblique(view.text, p)][:1]
            sides = owner + named if named else sides
            if not owner and len(distinct(named)) == 1 and len(self.main) == 2 and named[0].code in self.main:
                sides = war_sides(self.main)  # "negotiations with the TTP, mediated by Afghanistan": in a Pakistan-TTP war
        if len(distinct(sides)) < 2 and mediators and context and mediators[0].code in context:
            # the mediator's earlier partners who are at war ("A called B and outlined A's mediation": B is no side)
            sides = [side for side in context[mediators[0].code] if side.code in self.main] or sides
        if len(distinct(sides)) < 1 and self.main:  # the pair, or the one side a headline names
            sides = war_sides(self.main)
        sides = [replace(side, code=group_of_record(side.code, self.groups)) for side in sides]
        named_mediators = {m.code for m in mediators if m.start >= match.start()}  # "mediated by Qatar, attended by A, B and Qatar"
        sides = [side for side in sides if side.code not in named_mediators]
        mediators = [m for m in mediators if m.code not in {s.code for s in sides}]
        return paired(mediators, sides)
