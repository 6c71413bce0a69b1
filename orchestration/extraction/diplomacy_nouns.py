"""Engagements named as nouns: "talks between A and B", "A-B talks", "his visit to", "their meeting", bare talks."""

from __future__ import annotations

import re
from itertools import combinations

from orchestration.extraction.clauses import NOT_A_SIDE, Participant, SentenceView, names_both_sides, objects_after
from orchestration.extraction.diplomacy_mediation import MediationReader
from orchestration.extraction.engagement_parts import (
    CALLED_OFF_AFTER,
    Found,
    LED,
    did_not_happen,
    distinct,
    listed_objects,
    paired,
    third_parties,
    war_sides,
)
from orchestration.extraction.gates import gated


# A bare "talks" or "negotiations" that the text says took place, with no actors named: the main pair met.
TALKS = gated(
    r"\b(?:(?:rounds?\s+of|held|hold|took\s+place|there\s+(?:were|was|have\s+been|has\s+been)|ongoing|latest|previous|"
    r"direct|peace|ceasefire|trilateral|bilateral)\s+(?:(?!phone\b|telephone\b|video\b)[\w-]+\s+){0,3}?(?:talks|negotiations)|"
    r"(?:talks|negotiations)\s+(?:[\w-]+\s+){0,4}?(?:ended|broke\s+down|took\s+place|resumed|began|stalled|collapsed|"
    r"continued|were\s+held|(?<!\bbe\s)held\s+(?=in\b|at\b)|remain\w*|are\s+(?:under\s*way|ongoing)|failed))\b",
    re.IGNORECASE,
)
# A partner named after the talks, unless it is the article's own state ("peace negotiations with the government").
_PARTNER_AFTER = re.compile(r"(?:\s+(?:in|at|on)\s+[\w-]+)?\s+with\b(?!\s+(?:the\s+)?(?:government|authorities|regime|state)\b)", re.IGNORECASE)
_VISIT_BY = gated(r"\b(?P<words>(?:[\w-]+\s+){0,2}?)visits?\s+(?:(?:last|this)\s+\w+\s+)?by\s+", re.IGNORECASE)
_VISITED_PLACE = re.compile(r"\s+to\s+(?:the\s+)?", re.IGNORECASE)
_COUNTERPARTS = re.compile(r"\s+and\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?counterparts\b", re.IGNORECASE)
# "talks in the Belarusian capital between A and B", "a call had taken place on Wednesday between"
BETWEEN = gated(r"\b(?:talks|negotiations|meetings?|summit|calls?|conversations?|dialogue)(?:\s+(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+|\s+(?:in|on)\s+(?:a|the)\s+(?:week|day|month)|\s+on\s+\w+day)?"
                r"(?:\s+(?:had\s+|has\s+)?(?:taken|took)\s+place(?:\s+(?:(?:on|in|at)\s+)?[\w-]+(?:\s+\d{1,2})?)?)?(?:\s+between|,?\s+(?:involving|among)|,\s*including)\s+", re.IGNORECASE)
_PAIR_NOUN = re.compile(r"^\s*[-–]\s*$")
PAIR_TALKS = re.compile(r"^\s*(?:talks|negotiations|meeting|summit|call)\b", re.IGNORECASE)
# "<owner> ... meetings with": an engagement noun whose owner is a possessive actor, a pronoun or the sentence's subject.
_ENGAGEMENT_WITH = (
    r"(?P<noun>(?:phone\s+|telephone\s+|video\s+)?calls?|conversations?|meetings?|talks|visits?|hotline\s+contacts?|"
    r"negotiations|discussions|summit|(?:news|press)\s+conferences?)(?:\s+(?:in|at)\s+(?-i:[A-Z][\w-]+))?"  # "talks in Geneva with"
    r"\s+(?:with|(?<=visit\s)to|(?<=visits\s)to)\s+"
)
OWNED = gated(
    r"(?:\b(?:in|during|at|after|on|through|via)\s+)?(?:\b(?P<pronoun>his|her|their|its)\s+|(?<=[’'])s?\s+|\b(?:a|an|the)\s+)?"
    r"(?P<words>(?:(?!(?:his|her|their|its|a|an|the|in|during|at|after|on|through|via)\b)[\w-]+\s+){0,2}?)" + _ENGAGEMENT_WITH,
    re.IGNORECASE,
    core=_ENGAGEMENT_WITH,
)
_NAMED_CALL = gated(r"\b(?:after|following|in|during)\s+(?:a\s+)?(?P<name>(?-i:[A-Z][\w’'-]+))\s+(?:phone\s+|telephone\s+)?call\b(?!\s+(?:for|on|to)\b)",
                    re.IGNORECASE)
# "A and B ... during their meeting in Prague": the subject's own engagement.
THEIR_MEETING = gated(r"\btheir\s+(?:[\w-]+\s+){0,2}?(?P<noun>meetings?|talks|summit|(?:phone\s+|telephone\s+)?calls?|conversation)\b(?!\s+with\b)",
                   re.IGNORECASE)
# "In a telephone conversation on Sunday, ...", "During their meeting in Prague, ...".
_OPENING_ENGAGEMENT = re.compile(
    r"(?:in|during|at|after)\s+(?:a|an|the|their|another)\s+(?:[\w-]+\s+){0,3}?(?P<noun>(?:phone|telephone|video)\s+(?:call|conversation)|"
    r"meeting|talks|negotiations|summit)\b[^,]{0,60}(?:,\s*(?:also\s+)?(?:mediated|brokered|hosted|facilitated|sponsored|attended)\s+by\s+[^,]{1,80})?,\s*",
    re.IGNORECASE,
)
ATTENDED_ENGAGEMENT = gated(r"\b(?:summit|talks|meeting|conference)\b[^.;]{0,60}?\battended\s+by\s+", re.IGNORECASE)
_TALKS_OR_NEGOTIATIONS = re.compile(r"talks|negotiations", re.IGNORECASE)
_WITH = re.compile(r"\bwith\b", re.IGNORECASE)
_CALL_NOUN = re.compile(r"(?:phone|telephon|video|hotline|calls?\b|conversation)", re.IGNORECASE)
_PHONE_WORD = re.compile(r"\b(?:phone|telephone|telephonic|video|hotline)\b", re.IGNORECASE)
_NOT_YET_HELD = re.compile(r"\b(?:planned|proposed|upcoming|possible|potential|future|next|expected|scheduled|likely|first-ever)\b", re.IGNORECASE)
_PREPOSITION = re.compile(r"(?:in|during|at|after|on|through|via)\b", re.IGNORECASE)
# "start peace talks", "resume negotiations": talks to come, not held.
_BASE_VERB = re.compile(r"\b(?:start|begin|launch|open|resume|restart|hold|enter|join|pursue|hold)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


class NounReader(MediationReader):
    """Reads engagements named as nouns."""

    def _owned_engagements(self, view: SentenceView, previous: list[Participant]) -> list[Found]:
        """Engagements named as a noun with their owner: "the SDF's negotiations with Damascus", "his visits with
        A and B", "In calls with A, B said". "his" is the first person the sentence names, else its subject,
        else the previous sentence's; an opening phrase belongs to the sentence's subject."""
        text, found = view.text, []
        for match in OWNED.finditer(text):
            objects = listed_objects(view, match.end())
            if not objects and names_both_sides(text, match.end()) and len(self.main) == 2:
                objects = war_sides(self.main)  # "after talks with both sides"
            if not objects or _NOT_YET_HELD.search(match.group("words") or "") or CALLED_OFF_AFTER.match(text, objects[-1].end):
                continue
            before = text[: match.start()]
            owner = [p for p in view.people if p.possessive and p.end <= match.start() and not text[p.end : match.start()].strip(" ’'s")]
            if not owner and match.group("pronoun"):
                persons = [p for p in view.people if p.person and p.end <= match.start()]
                subject = view.sentence_subject()
                # "Following his conversation with Rubio, Fidan held ...": an opening phrase's "his" is the subject's
                opening = bool(subject) and match.end() <= text.find(",", match.end()) < subject[0].start
                owner = persons[:1] or (subject if subject and (subject[0].end <= match.start() or opening) else previous)
            elif not owner and _PREPOSITION.match(match.group(0)):  # "In calls with A, B said", "B, speaking at a news conference with A"
                owner = view.sentence_subject() if not before.strip(" \"“‘'") else view.subject(match.start(), previous)
                if {o.code for o in owner} & {o.code for o in objects}:
                    continue  # a partner read as the caller ('... urged both sides "..." in calls with A and B'): no owner found
            by_phone = _CALL_NOUN.match(match.group("noun")) or _PHONE_WORD.search(match.group("words") or "")  # "telephone talks with"
            mode, cameo = ("call", "041") if by_phone else ("meeting", "042")
            found += [Found(a, c, mode, cameo, "owned-" + mode, match.start(), match.end()) for a, c in paired(owner[:1], objects)]
        for match in THEIR_MEETING.finditer(text):
            subject = [p for p in distinct(view.subject(match.start(), previous)) if p.code not in NOT_A_SIDE]
            mode, cameo = ("call", "041") if _CALL_NOUN.match(match.group("noun")) else ("meeting", "042")
            found += [Found(a, b, mode, cameo, "their-" + mode, match.start(), match.end()) for a, b in combinations(subject, 2)]
        for match in _NAMED_CALL.finditer(text):  # a headline's "Trump upbeat after Zelenskyy call": the subject called him
            called = [p for p in view.people if match.start("name") <= p.start < match.end("name")]
            found += [Found(a, c, "call", "041", "named-call", match.start(), match.end()) for a, c in paired(view.sentence_subject()[:1], called)]
        return found

    def _nominal(self, view: SentenceView, taken: list[tuple[int, int]]) -> list[Found]:
        """Talks named as a noun: "talks between A and B", "A-B talks", "A-led talks", or bare talks held by the main pair."""
        text, found = view.text, []
        for match in BETWEEN.finditer(text):
            if did_not_happen(text, match.start()):
                continue
            sides = distinct(self._sides_named(view, match.end()))
            if len(sides) < 2 and names_both_sides(text, match.end()) and (self.previous_pair or len(self.main) == 2):
                # "a phone conversation between the two presidents": the two of the sentence before, else the pair at war
                sides = self.previous_pair or war_sides(self.main)
            mode, cameo = ("call", "041") if _CALL_NOUN.search(match.group(0)) else ("meeting", "046")
            if len(sides) == 1 and _COUNTERPARTS.match(text, sides[0].end) and len(self.main) == 2:
                # "phone calls between Russia's Lavrov and his counterparts": with each side of the article's pair
                found += [Found(sides[0], side, mode, cameo, "talks-between", match.start(), match.end())
                          for side in war_sides(self.main) if side.code != sides[0].code]
                continue
            found += [Found(a, b, mode, cameo, "talks-between", match.start(), match.end()) for a, b in combinations(sides, 2)]
        people = view.people
        for left, right in zip(people, people[1:]):
            if _PAIR_NOUN.match(text[left.end : right.start]) and PAIR_TALKS.match(text[right.end :]):
                found.append(Found(left, right, "meeting", "046", "pair-talks", left.start, right.end))
        for person in people:
            led = LED.match(text[person.end :])
            if led:
                found += self._led_talks(view, person, led)
        found += self._opening_engagement(view)
        found += self._attended(view)
        found += self._visits_by(view)
        found += self._mediators(view)
        found += self._reporting_go_between(view)
        if not found and not any(start <= m.start() < end for m in TALKS.finditer(text) for start, end in taken):
            talks = TALKS.search(text)
            if (talks and len(self.main) == 2 and not did_not_happen(text, talks.start()) and not _BASE_VERB.search(text, 0, talks.start())
                    and not _NOT_YET_HELD.search(talks.group(0))  # "a deal in upcoming talks": talks to come
                    and not _PARTNER_AFTER.match(text, talks.end())):  # "held talks with a top Tigray official": not the pair's
                a, b = war_sides(self.main)
                found.append(Found(a, b, "meeting", "046", "bare-talks", talks.start(), talks.end()))
        return found

    def _opening_engagement(self, view: SentenceView) -> list[Found]:
        """"In a phone call on Sunday, A and B discussed ...": the subjects after an opening call or meeting; "In
        another round of talks last week, A offered ...": one side of the war in talks with the other."""
        opening = _OPENING_ENGAGEMENT.match(view.text)
        if opening is None:
            return []
        subjects = distinct(objects_after(view.text, view.people, opening.end()))
        partnerless = _TALKS_OR_NEGOTIATIONS.fullmatch(opening.group("noun")) and not _WITH.search(opening.group(0))  # not "In talks with the EU"
        if len(subjects) == 1 and len(self.main) == 2 and subjects[0].code in self.main and partnerless:
            subjects = war_sides(self.main)
        mode, cameo = ("call", "041") if _CALL_NOUN.search(opening.group("noun")) else ("meeting", "042")
        return [*(Found(a, b, mode, cameo, "opening-engagement", opening.start("noun"), opening.end("noun"))
                  for a, b in combinations(subjects, 2)),
                *third_parties(view, opening.start("noun"), opening.end(), subjects)]

    @staticmethod
    def _attended(view: SentenceView) -> list[Found]:
        """"A and B agreed ... during a summit also attended by C": A and B met, and C met each of them."""
        found = []
        for match in ATTENDED_ENGAGEMENT.finditer(view.text):
            subjects = [p for p in distinct(view.sentence_subject()) if p.end <= match.start()]
            if not subjects or did_not_happen(view.text, match.start()) or _NOT_YET_HELD.search(match.group(0)):
                continue
            found += [Found(a, b, "meeting", "042", "attended", match.start(), match.end()) for a, b in combinations(subjects, 2)]
            found += third_parties(view, match.start(), len(view.text), subjects)
        return found

    @staticmethod
    def _visits_by(view: SentenceView) -> list[Found]:
        """"Following a visit by Tshisekedi to Luanda": the visitor met the host (not a planned or possible visit)."""
        found = []
        for match in _VISIT_BY.finditer(view.text):
            visitors = objects_after(view.text, view.people, match.end())
            to = _VISITED_PLACE.match(view.text, visitors[-1].end) if visitors else None
            if to and not _NOT_YET_HELD.search(match.group("words")) and not did_not_happen(view.text, match.start()):
                hosts = objects_after(view.text, view.people, to.end())
                found += [Found(a, c, "meeting", "042", "visit-by", match.start(), match.end()) for a, c in paired(visitors, hosts)]
        return found
