"""Casualty claims of an article: how many people were killed or wounded, whose people, who says so and when.

The sentence grammar is in `casualty_phrases`, the victims' side in `casualty_sides`, the claimant in
`casualty_claimants`, incident or cumulative and the day in `casualty_scope`; this module reads the article:
page furniture skipped, one claim per distinct figure, the title's figures merged with the body's.
"""

from __future__ import annotations

import re

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from orchestration.extraction import casualty_scope
from orchestration.extraction.actors import ActorMention, find_actors, names_an_affiliation
from orchestration.extraction.casualty_claimants import Source, claimant, clause_claimant, pronoun_speaker
from orchestration.extraction.casualty_phrases import Hit, names_a_disaster, names_violence, sentence_hits
from orchestration.extraction.casualty_scope import fallback_days, incident_day
from orchestration.extraction.casualty_sides import (
    ArticleSetting,
    SideContext,
    names_its_own_side,
    in_proper_name,
    in_topic_label,
    named_sides,
    victims_side,
)
from orchestration.extraction.defined_groups import article_groups
from orchestration.extraction.events import CasualtyClaim, Evidence
from orchestration.extraction.text import Sentence, page_furniture


@dataclass(frozen=True)
class _SentenceFacts:
    actors: list[ActorMention]  # without those inside a proper name ("Saudi Hospital"), see `in_proper_name`
    source: Source
    day: tuple[date, bool]
    mentions: list[ActorMention]  # every actor named, for the victim phrase itself ("Russian TV reporter")
    lead: bool = False  # in the title or the first paragraph: the news itself, not background


# "100 people, including children": people of unknown status whose side is read as civilians'.
_CIVILIAN_DETAIL = re.compile(r"\s*,?\s+(?:including|among\s+them|mostly|many\s+of\s+them)\s+(?:\w+\s+){0,2}?"
                              r"(?:children|women|babies|infants|civilians|minors|girls|boys|a\s+child|a\s+woman)\b", re.IGNORECASE)


def _claim(sentence: Sentence, hit: Hit, facts: _SentenceFacts, context: SideContext) -> CasualtyClaim:
    text = sentence.text
    position = hit.quantity.start
    civilian = hit.victims in {None, "unknown"} and _CIVILIAN_DETAIL.match(text, hit.end)
    side_hit = replace(hit, victims="civilian") if civilian else hit  # whose people: read as civilians
    scope = casualty_scope.scope(text, position, hit.quantity.count, context.published)
    may_run = not facts.lead or casualty_scope.told_as_total(text, position)  # a lead may tell one too: "A total of 1,048 ..."
    if scope == "incident" and may_run and casualty_scope.background_total(text, position, hit.quantity.count, context.published):
        scope = "cumulative"  # a running total told after the lead
    day, inferred = (
        (None, False) if scope == "cumulative" else incident_day(text, position, facts.day, context.published)
    )
    return CasualtyClaim(
        side=victims_side(text, facts.actors, side_hit, facts.source, context, facts.mentions),
        victims=hit.victims or "unknown",
        outcome=hit.outcome or "killed",
        count=hit.quantity.count,
        qualifier=hit.quantity.qualifier,
        date=day,
        scope=scope,
        claimed_by=facts.source.code,
        evidence=Evidence(text, sentence.start, sentence.end, hit.rule),
        count_high=hit.quantity.count_high,
        date_inferred=inferred,
    )


def _over_all_sides(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """A toll whose parts are of several sides is over all of them: "89 fighters died, including 52 rebels and 37
    soldiers" (a part follows its whole, the items listed with it follow the part)."""
    claims = list(claims)
    whole, parts = None, set()
    for index, claim in enumerate(claims):
        rule = claim.evidence.rule
        if rule == "casualty.part_of_toll" or (rule == "casualty.coordinated" and parts):
            parts.add(claim.side)
            if whole is not None and len(parts - {"UNK"}) >= 2:
                claims[whole] = replace(claims[whole], side="ALL")
        else:
            whole, parts = index, set()
    return claims


def _after_a_disaster(sentences: Sequence[Sentence]) -> set[int]:
    """Sentences that go on about a disaster their paragraph reports, naming no violence ("A 7.7 magnitude
    earthquake hit Myanmar. The death toll has risen to 3,085."): their tolls are no conflict's."""
    found: set[int] = set()
    paragraph, disaster = -1, False
    for index, sentence in enumerate(sentences):
        if sentence.paragraph != paragraph:
            paragraph, disaster = sentence.paragraph, False
        if not disaster:  # most sentences: one gated search
            disaster = names_a_disaster(sentence.text) and not names_violence(sentence.text)
        elif names_violence(sentence.text):
            disaster = False
        elif not names_a_disaster(sentence.text):
            found.add(index)
    return found


def _merge(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """One item per repeated claim, keeping the one with a stated day."""
    kept: dict[tuple, CasualtyClaim] = {}
    for claim in claims:
        # "at least 30 people" and "30 civilians" in another paragraph are one claim told twice
        key = (claim.side, claim.outcome, claim.count, claim.count_high, claim.scope, claim.count is None and claim.victims)
        if key not in kept or (kept[key].date_inferred and not claim.date_inferred):
            kept[key] = claim
    return list(kept.values())


def _deduplicate(body: list[CasualtyClaim], title: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Repeated paragraphs give one item; a title figure the body gives again (with its details) is dropped."""
    kept = _merge(body)
    # the body's details (whose, by whose count) beat a title's terse wording: the same figure is the same claim
    # (one death is too common a figure to tell two claims apart: then the side must agree too)
    told = {(claim.outcome, claim.count) for claim in kept if claim.count != 1}
    told |= {(claim.outcome, claim.count, claim.side) for claim in kept if claim.count == 1}
    return _merge([claim for claim in title if _title_key(claim) not in told]) + kept


def _title_key(claim: CasualtyClaim) -> tuple:
    return (claim.outcome, claim.count, claim.side) if claim.count == 1 else (claim.outcome, claim.count)


_HEDGED_AFFILIATION = re.compile(r"\b(?:suspect(?:s|ed)?|believe[sd]?|thought|likely|possibly|probably)\b[^.;]{0,60}?"
                                 r"\b(?:belong(?:s|ed|ing)?\s+to|affiliated\s+with|members\s+of|linked\s+to)\s+(?:the\s+)?$", re.IGNORECASE)


def _side_context(
    sentences: Sequence[Sentence], actors: Sequence[Sequence[ActorMention]], published: date
) -> SideContext:
    """The article-wide facts a victims' side falls back on: the sides it names, its main pair, its theatre."""
    named = named_sides([actor for found in actors for actor in found])
    # "officials suspect that the militants belong to Hizbul Mujahideen": a guessed affiliation names no group of record,
    # nor does a group others are tied to ("jihadists linked to al-Qaeda")
    acting = [actor for sentence, found in zip(sentences, actors) for actor in named_sides(found)
              if actor.kind == "group" and not _HEDGED_AFFILIATION.search(sentence.text, 0, actor.start)
              and not names_an_affiliation(sentence.text, actor)]
    return SideContext(
        published,
        sides=Counter(actor.code for actor in named),
        groups=Counter(actor.code for actor in acting),
        setting=ArticleSetting(sentences, actors, published),
    )


def extract_casualties(sentences: Sequence[Sentence], published: date) -> list[CasualtyClaim]:
    """Numeric claims of people killed or wounded in armed conflict, one per distinct claim."""
    junk = page_furniture(sentences) | _after_a_disaster(sentences)
    defined = article_groups(sentences)
    mentions = [find_actors(sentence.text, published, defined) for sentence in sentences]
    actors = [
        [actor for actor in found if not in_proper_name(sentence.text, actor) and not in_topic_label(sentence.text, actor)]
        for sentence, found in zip(sentences, mentions)
    ]
    hits = [
        [] if index in junk else sentence_hits(sentence.text, actors[index]) for index, sentence in enumerate(sentences)
    ]
    if not any(hits):
        return []  # no count of casualties: the article-wide context is not needed
    days = fallback_days(sentences, published)
    kept = [index for index in range(len(sentences)) if index not in junk]  # a sidebar's names cast no vote
    context = _side_context([sentences[index] for index in kept], [actors[index] for index in kept], published)
    has_title = any(sentence.is_title for sentence in sentences)
    lead = min((sentence.paragraph for sentence in sentences if not sentence.is_title), default=0)
    body: list[CasualtyClaim] = []
    title: list[CasualtyClaim] = []
    for index, sentence in enumerate(sentences):
        if not hits[index]:
            continue
        headline = sentence.is_title or (index == 0 and not has_title)
        source = claimant(sentence.text, mentions[index], headline)
        if source.side and not any(actor.code == source.side for actor in actors[index]):
            source = Source(source.code)  # "a doctor at the Saudi Hospital said": a source, not a side
        if source.code is None and index > 0:  # "It said ...": the group that opened the sentence before
            source = pronoun_speaker(sentence.text, sentences[index - 1].text, mentions[index - 1]) or source
        facts = _SentenceFacts(actors[index], source, days[index], mentions[index], sentence.is_title or sentence.paragraph == lead)
        claims: list[CasualtyClaim] = []
        listed: dict[tuple[int, int], str] = {}  # the side of each victim phrase, for the items that continue it
        for hit in hits[index]:
            told_by = clause_claimant(sentence.text, mentions[index], hit.begin)
            claim = _claim(sentence, hit, replace(facts, source=told_by) if told_by else facts, context)
            whole = next((c for c in reversed(claims) if c.evidence.rule != "casualty.part_of_toll"), None)
            if hit.rule == "casualty.part_of_toll" and whole and whole.side not in {"ALL", "UNK"} \
                    and not names_its_own_side(sentence.text, mentions[index], hit):
                claim = replace(claim, side=whole.side)  # "14 people including 10 policemen": the whole's people
            elif whole and hit.victims is None and not hit.phrase and whole.side not in {"ALL", "UNK"}:
                claim = replace(claim, side=whole.side)  # "killed three US soldiers in Jordan, and 34 were injured": the same people
            if hit.label in listed and claim.side in {"ALL", "UNK"}:
                claim = replace(claim, side=listed[hit.label])  # "eight Afghan soldiers ... and injuries to 16 others": the same side's
            listed[(hit.begin, hit.end)] = claim.side
            claims.append(claim)
            if claim.side not in {"ALL", "UNK"}:  # a joint total says nothing about whose the next victims are
                context = replace(context, last_side=claim.side)
        (title if sentence.is_title else body).extend(_over_all_sides(claims))
    return _deduplicate(body, title)
