"""Diplomatic engagements between two actors: calls, meetings, appeals and mediation offers (CAMEO 02x/04x)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations

from orchestration.extraction.clauses import (
    GENERIC_GROUPS,
    NOT_A_SIDE,
    Participant,
    SentenceView,
    clause_start,
    is_oblique,
    main_belligerents,
    named_groups,
    names_both_sides,
    objects_after,
    read_sentences,
    subject_before,
)
from orchestration.extraction.dates import days_after, days_counted
from orchestration.extraction.diplomacy_mediation import (
    EFFORTS_BY,
    MEDIATORS_FROM,
    MEDIATOR_AFTER,
    MEDIATOR_INSIDE,
    PROPOSAL_AFTER,
    SIDES_SETTLED,
)
from orchestration.extraction.diplomacy_merge import dedupe
from orchestration.extraction.diplomacy_nouns import ATTENDED_ENGAGEMENT, BETWEEN, NounReader, OWNED, PAIR_TALKS, TALKS, THEIR_MEETING
from orchestration.extraction.diplomacy_verbs import IN_SENTENCE, VERBS, Verb
from orchestration.extraction.engagement_parts import (
    BOTH_AS_SUBJECT,
    CALLED_OFF_AFTER,
    COMMA_BEFORE,
    Found,
    LED,
    TALKS_WITH,
    did_not_happen,
    distinct,
    listed_objects,
    paired,
    war_sides,
)
from orchestration.extraction.events import DiplomaticEngagement, Evidence
from orchestration.extraction.gates import AnyOf, gated, present
from orchestration.extraction.sides import of_record
from orchestration.extraction.text import Sentence


# An objectless appeal tied to the call or meeting just before it: "called B to urge ...", "met B and urged ...".
_LINKED_APPEAL = re.compile(r"(?:\bto|\band)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A call or meeting made to appeal: "called B on Sunday to urge ...", "visited B to ask ...".
_CONTACT_THEN_TO = re.compile(r"\b(?:called|phoned|rang|telephoned|met|spoke|talked|visited|(?:dialogue|discussions?|consultations?)\s+with)\b" + IN_SENTENCE + r"*\bto\s+$", re.IGNORECASE)
_WHERE_BORDERS = re.compile(r"\bwhere\s+(?:the\s+)?(?:(?:borders?|frontiers?)\s+of\s+)?(?:(?:the\s+)?[A-Z][\w-]*,?\s+(?:and\s+)?){1,6}$")
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_TALKS_AFTER = re.compile(r"\s+(?:the\s+)?(?:(?:resumption|start)\s+of\s+)?(?:(?:immediate|direct|new|peace|fresh|urgent)\s+)*"
                          r"(?:talks|dialogue|negotiations)\b(?!\s+(?:with|between|among)\b)", re.IGNORECASE)
_DIALOGUE_WITH = re.compile(r"\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:dialogue|talks|negotiations)\s+with\s+", re.IGNORECASE)
_DEED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:offer|proposal|decision|plan|move|initiative|statement|efforts?|announcement|readiness|"
                         r"willingness|remarks|role|mediation|truce|ceasefire|cease-fire|deal|agreement|accord|resolution|call|appeal)\b",
                         re.IGNORECASE)
_URGED = re.compile(r"urg|ask", re.IGNORECASE)
_ONLY_OFFERED = re.compile(r"(?:offer|ready|willing|prepared|stands?\s+ready)", re.IGNORECASE)
_HOSTED_TALKS = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:talks|negotiations|delegations|negotiators|envoys|representatives)\b", re.IGNORECASE)
_JOINTLY = re.compile(r"^[^,;]*?\band\b", re.IGNORECASE)  # a subject of two joined by "and" ("A and B met with C")
_TOPIC_AFTER = re.compile(r"\s+(?:on|about|over|regarding|concerning)\s+(?!(?:the\s+)?(?:phone|telephone|video|sidelines)\b)", re.IGNORECASE)
_TALKS_NOUN = re.compile(r"\b(?:talks|negotiations|dialogue|summit)\b", re.IGNORECASE)
_SIGNED = re.compile(r"\b(?:signed|signs|inked)\b", re.IGNORECASE)  # "A and B signed a deal brokered by C": A and B met
_COLLECTIVE = re.compile(
    r"^\s*(?:the\s+)?(?:international\s+community|world\s+(?:leaders|powers|community)|(?:western\s+)?allies|"
    r"foreign\s+(?:leaders|partners)|(?:global|western)\s+leaders|partners|the\s+world|"
    r"(?:(?:immediate|urgent|greater|more|stronger|concerted)\s+)?international\s+(?:action|pressure|intervention|help|assistance|support))\b",
    re.IGNORECASE,
)
_NAMED_AS = re.compile(r"(?:\bwhat\s+(?:[\w’'-]+\s+){1,2}|\bso-)$", re.IGNORECASE)  # "what he called Thai aggression", "so-called"
_DEPLOYED_BEFORE = re.compile(r"\b(?:troops|forces|soldiers|peacekeepers|contingents?|battalions?|brigades?|personnel|fighters|mercenaries)"
                              r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_WILL_BEFORE = re.compile(r"\b(?:will|is\s+(?:set|due|scheduled)\s+to)\s+(?:also\s+)?$", re.IGNORECASE)
_THE_MEDIATORS = gated(r"\b(?:the\s+)?(?:[\w-]+\s+)?(?:mediators|facilitators)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# What may stand before "meeting" used as a verb: a name ("Haniyeh meeting ..."), a conjunction or an auxiliary.
_PARTICIPLE_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*|\b(?:after|before|while|when|and|also|then|was|were|is|are|been|by|since)|,)\s+$")
_DEAL_WORD = re.compile(r"(?:deal|agreement|accord)\b", re.IGNORECASE)
# "held talks in Brussels on Monday with", "met over the weekend with", "spoke again last week with"
_WITH_AFTER_ADJUNCTS = re.compile(r"(?:\s+(?:in|at|on)\s+(?:the\s+)?[\w’'-]+(?:\s+\d{1,2})?,?|\s+(?:over|during)\s+the\s+(?:weekend|week|holidays?)"
                                  r"|\s+(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|weekend|month|\w+day)"
                                  r"|\s+(?:yesterday|today|tonight|again|separately|twice|also|earlier|later|late|early|overnight|privately|briefly)"
                                  r"|\s+for\s+(?:the\s+first\s+time|(?:about\s+|nearly\s+|over\s+)?(?:an|one|two|three|several|\d+)\s+hours?))+\s+with\s+",
                                  re.IGNORECASE)
_THE_TWO = re.compile(r"\bthe\s+two\s+(?:leaders|presidents|prime\s+ministers|foreign\s+ministers|ministers|men)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_WHERE_BEFORE = re.compile(r",\s+(?:where|when)\s+$", re.IGNORECASE)
_SEPARATELY = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
_UNNAMED_SUBJECT = re.compile(r",?\s+(?:and|but|while)\s+(?:the\s+|some\s+|local\s+)?(?-i:[a-z][a-z-]+\s+){1,2}(?:have\s+|has\s+|had\s+)?$",
                              re.IGNORECASE)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|two|three|four|five|\d+|some|several|many)\s+$", re.IGNORECASE)
_THEM = re.compile(r"\s+them\b", re.IGNORECASE)
_HOSTED_BY = re.compile(r"\b(?:co-)?(?:hosted|convened|chaired)\s+by\b", re.IGNORECASE)
_MOST_WHO_MEET = 4  # "the leaders of Ukraine, Germany, France and Russia met": each pair met; of more, only a summit
_MEDIATED_BY = re.compile(r"\b(?:mediated|brokered|hosted|facilitated|sponsored)\s+by\s+", re.IGNORECASE)
_STATE_BODY_AFTER = re.compile(r"[’']s?\s+(?:[\w-]+\s+)?(?:government|administration|authorities|forces|army|military|leaders?|leadership"
                               r"|ambassador|envoy|diplomats?|charg[eé]\s+d['’]affaires|(?:deputy\s+)?high\s+commissioner)\b",
                               re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"[’']s?\s+capital\b", re.IGNORECASE)
_ACTION_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:sanctions|support|aid|help|assistance|action|pressure|intervention|weapons|arms|troops|"
                          r"involvement|mediation|guarantees|protection|engagement)\b", re.IGNORECASE)
_MODIFIES_NOUN = re.compile(r"\s+[a-z][\w-]*\b(?<!\bto)(?<!\band)(?<!\bor)")  # "Palestinian statehood"
_NOUN_BEFORE = re.compile(r"(?:,|\b(?:the|its|his|her|their|these|those|such|and|of))\s+$", re.IGNORECASE)
_OPENS_CLAUSE = re.compile(r"\b(?:after|before|while|when)\s+$", re.IGNORECASE)
_STATE_SUBJECT = re.compile(r"\W*(?:the\s+)?(?:military|army|armed\s+forces|government|authorities|junta|regime)\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+|then\s+)*$",
                            re.IGNORECASE)
_THE_GOVERNMENT = re.compile(r"^\s+the\s+(?:government|authorities|regime|junta)\b(?!\s+(?:of|in)\b)", re.IGNORECASE)
# "A warned B ...", "A has consistently raised its concerns with B, asking them to ...": B is the one then urged
_FIRST_VERB = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:warned|told|pressed|asked|reminded|assured|informed|thanked|congratulated|"
                         r"raised\s+(?:its|his|her|their)\s+concerns?\s+with|lodged\s+(?:a\s+)?(?:\w+\s+)?protest\s+with)\b", re.IGNORECASE)
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_UNKNOWN_NAME = re.compile(r"\s+[\"“‘']?(?-i:[A-Z])", re.IGNORECASE)  # no actor, but a name or a quoted word follows: a naming
_NAMING = re.compile(r"^\s+(?:a|an)\s+\w+", re.IGNORECASE)  # "called him a liar" names, it does not phone
# The purpose of a third party's meeting or call: to save a truce or end the war ("in an attempt to shore up a fragile
# ceasefire", "as part of Africa's peace effort for Ukraine", "discussing efforts to help the truce hold").
_PEACE_PURPOSE = re.compile(
    r"\b(?:in\s+(?:an?\s+)?(?:attempt|effort|bid|push)|discussing\s+(?:efforts|ways)|to\s+(?:help\s+)?(?:shore\s+up|salvage|save|"
    r"preserve|restore|revive|broker|mediate))\b[^.;]{0,80}?\b(?:ceasefire|cease-fire|truce|peace|settlement|conflict|war|fighting|hostilities)\b"
    r"|\bas\s+part\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:peace|mediation)\s+(?:efforts?|mission|initiative|push|bid|process)\b",
    re.IGNORECASE,
)
# "A and B must stand down", "Israel should halt": a demand on those named right before it.
_MUST = gated(r"\b(?:must|should)\s+(?:(?:not|immediately|now|also)\s+)?[\"'‘“]?(?!be\s+(?:held|punished|prosecuted)\b)[a-z]+", re.IGNORECASE)
# Who says so: ", Malaysia's prime minister said", "...: Malaysian PM" (a headline's speaker), "X said (that)".
_SAID_AFTER = re.compile(r"[,\"”’']\s+(?:[\w’'.-]+\s+){1,6}?(?:said|says|told|stated|warned|insisted)\b|:\s+(?:[\w’'.-]+\s*){1,5}$")
_SAID_BEFORE = re.compile(r"^(?:[\w’'.-]+\s+){1,8}?(?:said|says|told\s+\w+|stated|warned|insisted)(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?$")
_NAMELESS = GENERIC_GROUPS | {"X-separatists"}  # sides named by a common noun only
# Every engagement a sentence yields starts at a match of one of these: a sentence without any of their
# words yields none (see `_Reader._sentence`; a new way to find engagements adds its patterns here).
_ENGAGEMENT_WORDS = AnyOf([
    *(verb.pattern for verb in VERBS), OWNED, THEIR_MEETING, BETWEEN, PAIR_TALKS, LED, MEDIATORS_FROM,
    MEDIATOR_AFTER, MEDIATOR_INSIDE, TALKS, EFFORTS_BY, PROPOSAL_AFTER, ATTENDED_ENGAGEMENT, SIDES_SETTLED,
    _MUST.compiled,  # its words anywhere, as a pattern that may be run on a part of a sentence
])


# The state an envoy is posted to: "the Myanmar ambassador to Bangladesh" (who is summoned there).
_ENVOY_TO = re.compile(r"\b(?:ambassador|envoy|high\s+commissioner|charg[ée]\s+d['’]affaires|representative)\s+(?:in|to)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_BOTH_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:with\s+)?(?:both|the\s+two)\b", re.IGNORECASE)


def _is_a_people(text: str, participant: Participant) -> bool:
    """"Palestinians", "Ukrainians": a people addressed as a whole, not a state's government."""
    surface = text[participant.start : participant.end]
    return participant.kind == "demonym" and participant.person is None and surface.endswith("s") and not re.match(r"\s+(?:officials|leaders|authorities|government)\b", text[participant.end :])


class _Reader(NounReader):
    """Reads one article's sentences in order: engagements told by a verb, then those named as nouns."""

    def engagements(self) -> list[DiplomaticEngagement]:
        items: list[DiplomaticEngagement] = []
        previous: list[Participant] = []
        last_counterparts: dict[str, list[Participant]] = {}
        for view in self.views:
            found = self._sentence(view, previous, last_counterparts)
            items.extend(self._record(view, f) for f in self._name_groups(found))
            last_counterparts = {}
            for f in found:
                last_counterparts.setdefault(f.actor.code, []).append(f.counterpart)
            self.mediators = self.mediators or distinct([f.actor for f in found if f.mode == "mediation_offer" and f.actor.code not in NOT_A_SIDE])
            met = [f for f in found if f.mode == "meeting"]
            self.last_pair = [met[-1].actor, met[-1].counterpart] if met else self.last_pair
            self.previous_pair = [found[-1].actor, found[-1].counterpart] if found else []
            previous = view.carried_subject(previous)
        return dedupe(items)

    def _sentence(self, view: SentenceView, previous: list[Participant], context: dict[str, list[Participant]]) -> list[Found]:
        if not _ENGAGEMENT_WORDS.may_match(view.text):
            return []
        found = self._owned_engagements(view, previous)
        taken: list[tuple[int, int]] = [(f.start, f.end) for f in found]
        found_literals = present(view.text)
        unquoted = _unquoted(view.text)
        for verb in VERBS:
            if not verb.pattern.passes(found_literals):
                continue
            for match in verb.pattern.finditer(unquoted):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                hosted_both = self._hosted_both_sides(view, match) if verb.name == "hosted" else []
                if hosted_both:
                    taken.append(match.span())
                    found += hosted_both
                    continue
                pairs = self._participants(view, verb, match, previous, context)
                if not pairs:
                    continue
                taken.append(match.span())
                sides = distinct([c for _, c in pairs])
                if verb.name == "hosted" and len(sides) >= 2 and _HOSTED_TALKS.match(view.text[max(c.end for c in sides) :]):
                    # "A hosted B-C talks": B and C met, A offered its good offices
                    found += [Found(a, c, "mediation_offer", "045", "hosted-talks", match.start(), match.end()) for a, c in pairs]
                    found += [Found(b, c, "meeting", "046", "hosted-talks", match.start(), match.end()) for b, c in combinations(sides, 2)]
                    continue
                found += [Found(a, c, verb.mode, verb.cameo, verb.name, match.start(), match.end()) for a, c in pairs]
                if verb.mode in {"meeting", "call"} and _PEACE_PURPOSE.search(view.text, match.end()):
                    found += self._peacemaker(pairs, match)
                if verb.name == "hosted" and self._both_sides(sides) and not set(self.main) & {a.code for a, _ in pairs}:
                    # "A hosted B and C", the two sides of the war: A brought them together, and they met
                    found += [Found(a, c, "mediation_offer", "045", "hosted-sides", match.start(), match.end()) for a, c in pairs]
                    a, b = war_sides(self.main)
                    found.append(Found(a, b, "meeting", "046", "hosted-sides", match.start(), match.end()))
                if verb.name == "told-by-phone" and _URGED.match(match.group(0)):  # "urged B in a call to ...": a call and an appeal
                    found += [Found(a, c, "appeal", "020", verb.name, match.start(), match.end()) for a, c in pairs]
                offered = _ONLY_OFFERED.match(match.group(0)) or did_not_happen(view.text, match.start())  # no talks held yet
                signed = verb.name == "mediated-by" and _SIGNED.search(view.text, clause_start(view.text, match.start()), match.start())
                if verb.shape == "offer" and (_TALKS_NOUN.search(match.group(0)) or signed) and not offered:  # mediated talks: the sides met
                    sides = distinct([c for _, c in pairs])
                    found += [Found(a, b, "meeting", "046", f"{verb.name}-talks", match.start(), match.end()) for a, b in combinations(sides, 2)]
        found += self._nominal(view, taken)
        if not found and _MUST.search(view.text):
            found += self._demands(view)
        return found

    def _demands(self, view: SentenceView) -> list[Found]:
        """A speaker's demand that others act: "Thailand and Cambodia must stand down, Malaysia's prime minister
        said", a headline's "A, B must stand down: Malaysian PM" (appeals from the speaker to each of them)."""
        text, found = view.text, []
        for must in _MUST.finditer(text):
            addressed = [p for p in subject_before(text, view.people, must.start()) if p.code not in NOT_A_SIDE]
            if not addressed or "?" in text[must.end() :]:
                continue
            speech = _SAID_AFTER.search(text, must.end()) or _SAID_BEFORE.search(text, 0, addressed[0].start)
            if speech is None:
                continue
            speakers = [p for p in view.people if speech.start() <= p.start < speech.end() and p not in addressed]
            found += [Found(a, c, "appeal", "020", "demand", must.start(), must.end()) for a, c in paired(speakers, addressed, world_acts=True)]
        return found

    def _who_met(self, people: Sequence[Participant]) -> list[tuple[Participant, Participant]]:
        """Each pair of those who met; at a summit of many (more than `_MOST_WHO_MEET`), only the war's two sides."""
        pairs = list(combinations(people, 2))
        return pairs if len(people) <= _MOST_WHO_MEET else [(a, b) for a, b in pairs if {a.code, b.code} == set(self.main)]

    def _peacemaker(self, pairs: Sequence[tuple[Participant, Participant]], match: re.Match[str]) -> list[Found]:
        """A third party who meets or calls a side of the war to save its truce or end it ("met his Armenian and
        Azerbaijani counterparts in an attempt to shore up the ceasefire") mediates between both sides."""
        if len(self.main) != 2:
            return []
        makers = distinct([a for a, c in pairs if a.code not in self.main and a.code not in NOT_A_SIDE and c.code in self.main])
        return [Found(maker, side, "mediation_offer", "045", "peace-purpose", match.start(), match.end())
                for maker in makers for side in war_sides(self.main)]

    def _participants(self, view: SentenceView, verb: Verb, match: re.Match[str], previous: list[Participant],
                      context: dict[str, list[Participant]]) -> list[tuple[Participant, Participant]]:
        text = view.text
        purpose = verb.name == "appeal" and _CONTACT_THEN_TO.search(text, 0, match.start())
        if verb.shape != "offer" and not purpose and did_not_happen(text, match.start()) and not self._held_today(view, verb, match):
            return []
        if verb.mode == "meeting" and CALLED_OFF_AFTER.match(text, match.end()):
            return []  # "days after talks with Pakistan were cancelled"
        if verb.name == "meeting" and match.group(0).lower() == "meeting" and not _PARTICIPLE_BEFORE.search(text, 0, match.start()):
            return []  # "a meeting", "their recent meeting": a noun, read by `_owned_engagements`
        if match.group(0).lower().startswith("demand") and _NOUN_BEFORE.search(text, 0, match.start()):
            return []  # "demands that Israel has rejected": the noun
        # "held talks on Syria", "talks about the Syrian crisis": the subject of the talks, not a partner
        objects = [] if verb.shape == "mutual" and _TOPIC_AFTER.match(text, match.end()) else listed_objects(view, match.end())
        if not objects and verb.mode in {"meeting", "call"}:  # "held talks in Brussels on Monday with EU leaders"
            later = _WITH_AFTER_ADJUNCTS.match(text, match.end())
            objects = listed_objects(view, later.end()) if later else []
        if verb.name == "discussed-in-call":
            objects = []
        # "welcomed Israel's decision": praise of a deed, no engagement; "urged Hadi's government": the state
        objects = [o for o in objects if not o.possessive or _STATE_BODY_AFTER.match(text, o.end)
                   or (verb.name == "visited" and _CAPITAL_AFTER.match(text, o.end))]  # "visited Eritrea's capital, Asmara"
        if verb.name == "hosted" and objects and _DEED_AFTER.match(text, objects[-1].end):
            return []  # "welcomes Erdogan offer to mediate": praise of a deed, no visit
        if match.group(0).lower() == "welcomed" and _BY_AFTER.match(text, match.end()):
            return []  # "a step welcomed by Egypt": praise of news (a guest is "received by" or "hosted by")
        if verb.mode == "appeal":  # "urged Palestinians to flee" asks a people; "urged the Armenians to stop" asks a warring side
            objects = [o for o in objects if o.code in self.main or not _is_a_people(text, o)]
        if verb.name == "appeal-for":  # "called for Israel to withdraw" asks Israel; "calling for Palestinian statehood" asks no one
            objects = [o for o in objects if not _MODIFIES_NOUN.match(text[o.end :]) or _ACTION_NOUN.match(text[o.end :])]
        if verb.name == "called" and (_NAMING.match(text[objects[-1].end if objects else match.end() :])
                                      or (not objects and _UNKNOWN_NAME.match(text, match.end()))  # "a unit called Danab"
                                      or _NAMED_AS.search(text, 0, match.start())):
            return []
        if verb.name == "mediated-by" and _DEAL_WORD.match(match.group(0)) and not _TALKS_NOUN.search(match.group(0)):
            return self._deal_brokers(view, match, objects)
        if verb.name == "mediated-by":
            pairs = self._mediation(view, match, objects)
            if _HOSTED_BY.search(match.group(0)) and not {side.code for _, side in pairs} & set(self.main):
                return []  # "the summit, hosted by Egypt, was attended by Chad and Libya": a host of guests, not of the war's sides
            return pairs
        if verb.shape == "attendees":  # the mediator named in the sentence is no attendee of its talks
            hosts = {p.code for hosted in _MEDIATED_BY.finditer(text) for p in objects_after(text, view.people, hosted.end())}
            attendees = distinct([o for o in objects if o.code not in NOT_A_SIDE and o.code not in hosts])
            if verb.name == "signed-between" and len(attendees) != 2:
                return []  # a deal is signed by its two sides; a list of more is no one signing
            return self._who_met(attendees)
        participle = COMMA_BEFORE.search(text, 0, match.start()) and _THEM.match(text, match.end())
        if verb.name == "appeal" and not objects and (_LINKED_APPEAL.search(text, 0, match.start()) or participle):
            linked = self._linked_appeal(view, match, previous)
            if linked:
                return linked
        if verb.mode == "appeal" and _UNNAMED_SUBJECT.search(text, 0, match.start()):
            return []  # "..., and medical staff appealed for help": a clause of its own whose subject is no actor
        if verb.name == "visited" and _ADJECTIVE_BEFORE.search(text, 0, match.start()):
            return []  # "two visiting Americans": visitors, not a visit
        if verb.name == "travelled-to" and _DEPLOYED_BEFORE.search(text, 0, match.start()):
            return []  # "UN troops arrived in Mali": a deployment, no visit
        if verb.name == "met" and _WHERE_BORDERS.search(text, 0, match.start()):
            return []  # "where the borders of Jordan, Iraq and Syria meet": geography, no meeting
        if verb.mode == "appeal" and _BY_AFTER.match(text, match.end()):
            return []  # "charges pressed by the junta": a passive, no appeal
        subject = view.subject(match.start(), previous)
        hosts = [p for p in view.people if p.start > match.end() and _ENVOY_TO.search(text, match.end(), p.start)] if verb.name == "summoned" else []
        if hosts:  # "the foreign ministry summoned the Myanmar ambassador to Bangladesh": the host state summons
            subject, objects = hosts[:1], [o for o in objects if o not in hosts[:1]]
        if verb.name == "called" and subject and all(p in view.people and _BY_AGENT.search(text, 0, p.start) for p in subject):
            return []  # "special forces trained by the US called Danab": a name, the US phones no one
        if verb.mode == "appeal":
            # "Serbs demand that ...": a people, not Belgrade (read in this sentence; an antecedent is another's)
            subject = [s for s in subject if s not in view.people or not _is_a_people(text, s)]
            if not subject and self.home and _STATE_SUBJECT.match(text, clause_start(text, match.start()), match.start()):
                subject = [Participant(self.home, match.start(), match.start(), "state")]  # "The military called on the NPA to"
        unnamed = _THE_MEDIATORS.search(text, 0, match.start())
        if unnamed and self.mediators and not [p for p in view.people if unnamed.start() <= p.start < match.start()]:
            subject = self.mediators  # "The foreign mediators called for ...": the ones the article named
        if any(p in view.people and (led := LED.match(text[p.end :])) and match.start() < p.end + led.end() for p in subject):
            return []  # "AU-led peace talks with Ethiopia": the led talks are read by `_led_talks`
        if _OPENS_CLAUSE.search(text, 0, match.start()) and not subject_before(text, view.people, match.start()):
            subject = subject_before(text, view.people, clause_start(text, match.start()) - 1) or subject  # "A said after meeting B"
        if verb.shape == "offer":
            own = [p for p in view.people if match.start() <= p.start and p.end <= match.end() and (p.possessive or verb.name == "thanked-for")]
            own = objects_after(text, view.people, match.end()) if verb.name == "initiative-of" else own
            return self._mediation(view, match, own[:1] or subject, context)  # "offered Malaysia's help in facilitating talks"
        if not objects and verb.mode == "appeal" and _THEM.match(text, match.end()):
            # "Baku and Yerevan agreed after Russia urged them to ...": the pair the sentence opens with
            asker = {p.code for p in subject}
            objects = [p for p in view.people if p.end <= match.start() and not p.possessive and not is_oblique(text, p) and p.code not in asker]
            objects = objects if len({p.code for p in objects}) == 2 else []
        if not objects or (len(self.main) == 2 and _BOTH_AFTER.match(text, match.end()) and names_both_sides(text, match.end())):
            # "met with both leaders in the Oval Office": the pair, not a place named later
            objects = self._implicit_objects(view, verb, match, subject)
        known = [p for p in distinct(subject) if p.code not in NOT_A_SIDE]
        if not objects and verb.shape == "mutual" and len(known) >= 2:
            return self._who_met(known)
        named_two = _THE_TWO.search(text, 0, match.start()) if not objects and verb.shape == "mutual" else None
        guests = distinct([p for p in view.people if named_two and p.end <= named_two.start() and p.code not in NOT_A_SIDE])
        if named_two and len(guests) >= 3 and _WHERE_BEFORE.search(text, 0, named_two.start()):
            # "A hosted B and C at the White House, where the two leaders signed": the two guests named last
            return [(guests[-2], guests[-1])]
        both = not objects and verb.shape == "mutual" and len(self.main) == 2 and BOTH_AS_SUBJECT.search(text, 0, match.start())
        if both and all(p not in view.people or both.start() <= p.start or not text[p.end : both.start()].strip() for p in subject):
            # "the two sides met", "the army chiefs of the two countries spoke"
            return list(combinations(war_sides(self.main), 2))
        if verb.mode != "appeal":
            objects = [o for o in objects if o.code != "INTL"]
        if verb.name in {"travelled-to", "delegation-to"}:  # a trip to a warring side's land meets that side, a visit with no other partner
            # named its host ("Pakistan's foreign minister arrives in Beijing"); else the land is only a venue
            # a trip made to talk with someone named meets them, not the land ("arrived in Sanaa to negotiate with the Houthis")
            alone = TALKS_WITH.search(text) is None
            objects = [o for o in objects if alone and (o.code in self.main or o.kind in {"state", "capital"})]
            subject = [p for p in subject if p in view.people and p.start < match.start()]
        pairs = paired(subject, objects, world_acts=verb.mode == "appeal")
        if verb.name == "met" and pairs and _JOINTLY.search(text, 0, match.start()):
            # "Erdogan and the UN chief, Antonio Guterres, met with Zelensky": the two who came together met too
            pairs += list(combinations(known, 2))
        named = [o for o in objects if o in view.people]
        if (verb.name == "met" and len(self.main) == 2 and {o.code for o in named} == set(self.main) == {o.code for o in objects}
                and not set(self.main) & {p.code for p in subject} and not _SEPARATELY.search(text)):
            pairs.append(tuple(war_sides(self.main)))  # "Michel and Macron met with Pashinyan and Aliyev": the two sides met too
        return pairs

    def _both_sides(self, guests: Sequence[Participant]) -> bool:
        """The guests include the article's two warring sides."""
        return len(self.main) == 2 and {g.code for g in guests} >= set(self.main)

    def _held_today(self, view: SentenceView, verb: Verb, match: re.Match[str]) -> bool:
        """"Vucic will meet Tuesday with the ambassadors" in a report of that Tuesday: the meeting is that day's."""
        return (
            verb.mode in {"meeting", "call"} and view.day is not None and not view.inferred and view.day == self.published
            and _WILL_BEFORE.search(view.text, 0, match.start()) is not None
        )

    def _implicit_objects(self, view: SentenceView, verb: Verb, match: re.Match[str], subject: list[Participant]) -> list[Participant]:
        """Counterparts not named as actors: "both sides", "world leaders", an actor inside "calls for US sanctions"."""
        text = view.text
        if names_both_sides(text, match.end()) and len(self.main) == 2:
            return war_sides(self.main)
        if verb.name == "help":  # "sought Indian support": the one whose help is sought, else the world
            inside = [p for p in view.people if match.start() < p.start < match.end()]
            return inside[:1] or [Participant("INTL", match.end(), match.end(), "collective")]
        if verb.mode == "appeal" and _COLLECTIVE.match(text[match.end() :]):
            return [Participant("INTL", match.end(), match.end(), "collective")]
        if verb.mode == "appeal" and self.home and _THE_GOVERNMENT.match(text[match.end() :]) and self.home not in {p.code for p in subject}:
            after = text[match.end() :]
            return self._sides_named(view, match.end() + len(after) - len(after.lstrip()))  # "called on the government and all armed opposition movements to"
        own = {p.code for p in subject}
        if verb.mode in {"meeting", "call"} and self.home and self.home not in own and _THE_GOVERNMENT.match(text[match.end() :]):
            return [Participant(self.home, match.end(), match.end(), "state")]  # "the ELN has been in talks with the government"
        dialogue = _DIALOGUE_WITH.match(text, match.end()) if verb.name == "appeal-for" else None
        if dialogue:  # "Pakistan calls for dialogue with Afghanistan": an appeal to the partner it wants to talk to
            return objects_after(text, view.people, dialogue.end())
        if verb.name == "appeal-for" and _TALKS_AFTER.match(text, match.end()) and len(own) == 1 and own < set(self.main) and len(self.main) == 2:
            return [side for side in war_sides(self.main) if side.code not in own]  # "Pakistan called for talks": with its enemy
        if verb.name == "appeal-for":  # "calls for US sanctions": the actor asked to act; "calls for Palestinian statehood" asks no one
            stop = re.search(r"[,;.]|\b(?:to|and|in|at|on|from)\b", text[match.end() :])
            end = match.end() + (stop.start() if stop else len(text))
            asked = [p for p in view.people if match.end() <= p.start < end and p.code not in {s.code for s in subject}][:1]
            return [p for p in asked if _ACTION_NOUN.match(text[p.end :])]
        return []

    def _linked_appeal(self, view: SentenceView, match: re.Match[str],
                       previous: list[Participant]) -> list[tuple[Participant, Participant]]:
        """An objectless appeal made in the call or meeting just before it goes from the caller to the one called:
        "A called B on Sunday to urge ...", "A met B and urged the group to ..."."""
        for verb in VERBS:
            if verb.mode not in {"call", "meeting"}:
                continue
            for earlier in verb.pattern.finditer(view.text, 0, match.start()):
                objects = [o for o in objects_after(view.text, view.people, earlier.end()) if o.end <= match.start()]
                if not objects and names_both_sides(view.text, earlier.end()) and len(self.main) == 2:
                    objects = war_sides(self.main)  # "spoke with his counterparts in both countries, urging them to ..."
                pairs = paired(view.subject(earlier.start(), previous), objects)
                if pairs:
                    return pairs
        subject = view.sentence_subject()  # "A warned B of the risks and urged ...": B, the object of A's first verb
        verb = _FIRST_VERB.match(view.text, subject[-1].end) if subject else None
        return paired(subject, [o for o in objects_after(view.text, view.people, verb.end()) if o.end <= match.start()]) if verb else []

    def _name_groups(self, found: list[Found]) -> list[Found]:
        """A side named only as "the militants", "the armed groups" or "the separatist council" is the article's
        named group(s) of its war."""
        groups = [code for code in self.main if code.startswith("X-") and code not in _NAMELESS]
        if not groups:
            return found
        named: list[Found] = []
        for f in found:
            if f.counterpart.code in _NAMELESS and f.actor.code not in groups:
                named += [replace(f, counterpart=replace(f.counterpart, code=code)) for code in groups]
            elif f.actor.code in _NAMELESS and f.counterpart.code not in groups:
                named += [replace(f, actor=replace(f.actor, code=code)) for code in groups]
            else:
                named.append(f)
        return named

    def _record(self, view: SentenceView, found: Found) -> DiplomaticEngagement:
        start, background = view.sentence.start, view.is_background(found.start)
        # background with a stated day keeps that day; without one, the news day would be wrong
        day = None if background and view.inferred else view.day
        after = days_after(view.text, found.start)
        if day is not None and after:  # "strikes on Thursday, a day after Trump and Putin spoke": the call was Wednesday
            day -= timedelta(days=days_counted(after))
        return DiplomaticEngagement(
            actor=found.actor.code,
            counterpart=found.counterpart.code,
            mode=found.mode,
            cameo=found.cameo,
            date=day,
            evidence=Evidence(view.text, start + found.start, start + found.end, f"diplomacy.{found.mode}.{found.rule}"),
            actor_person=found.actor.person,
            counterpart_person=found.counterpart.person,
            date_inferred=view.inferred and not background,
        )


_DOUBLE_QUOTES = str.maketrans({"“": " ", "”": " ", '"': " "})


def _unquoted(text: str) -> str:
    """The sentence with its double quotation marks blanked (offsets kept), so that a verb reads through scare quotes:
    'held a “high-level” meeting'."""
    return text.translate(_DOUBLE_QUOTES) if "“" in text or '"' in text else text


def extract_diplomatic_engagements(sentences: Sequence[Sentence], published: date) -> list[DiplomaticEngagement]:
    """Every diplomatic engagement of an article, one item per pair of actors and mode. The article's sides
    are only those it names: unnamed talks in a one-sided report are not coded."""
    if not any(_ENGAGEMENT_WORDS.may_match(sentence.text) for sentence in sentences):
        return []  # every engagement starts at one of these words: the article-wide context is not needed
    views = read_sentences(sentences, published)
    named = {p.code for view in views for p in view.people}
    main = main_belligerents(views, published)  # generic "militants" named as the group the other side fights
    if not set(main) <= named:  # a side the article never names (the usual opponent of a lone side)
        main = main_belligerents(views)
    groups = named_groups(views)
    return _Reader(views, of_record(main, groups), _home_state(views, main), groups, published=published).engagements()


def _home_state(views: Sequence[SentenceView], main: tuple[str, ...]) -> str | None:
    """The state "the government" means: the state of the article's warring pair, else the state it names most."""
    at_war = [code for code in main if not code.startswith("X-") and code not in NOT_A_SIDE]
    if len(at_war) == 1:
        return at_war[0]
    states = Counter(p.code for view in views for p in view.people if p.can_fight and not p.code.startswith("X-"))
    return states.most_common(1)[0][0] if states else None
