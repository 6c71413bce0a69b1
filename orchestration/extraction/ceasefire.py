"""Ceasefire events: a truce declared, violated, called for or rejected, between which sides and by whom."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from orchestration.extraction.clauses import (
    BROKERED_BY,
    CO_NAMED,
    NAMES_BROKERING,
    UNNAMED_SIDES,
    Participant,
    SentenceView,
    clause_start,
    is_go_between,
    mediates,
    is_oblique,
    main_belligerents,
    name_generic_side,
    named_groups,
    names_both_sides,
    objects_after,
    read_sentences,
    at_war,
    ever_at_war,
    speaker,
    usual_opponent,
    war_pair,
)
from orchestration.extraction.dates import MONTHS, find_dates
from orchestration.extraction.events import CeasefireEvent, Evidence
from orchestration.extraction.gates import AnyOf, gated
from orchestration.extraction.governments import governing
from orchestration.extraction.places import find_places
from orchestration.extraction.sides import group_of_record, of_record
from orchestration.extraction.text import Sentence

_TRIGGER = gated(
    r"\b(?:cease[-\s]?fires?|truces?|armistices?|regime\s+of\s+silence|humanitarian\s+pauses?|"
    r"(?:halt|end|stop)\s+to\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:fighting|hostilities|(?:military|combat)\s+(?:action|operations|activities)|offensive)|"
    r"cessation\s+of\s+(?:hostilities|violence|fighting|clashes)|"
    r"(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|end(?:s|ed|ing)?)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:firing|fighting|hostilities|(?:military|combat)\s+(?:action|operations|activities)))\b"
    r"(?!\s+(?:talks|negotiations|line|zones?)\b)",  # a "ceasefire zone" is a place
    re.IGNORECASE,
)
_QUOTE_CLOSES = re.compile(r"[,.!?]?[\"”]")
_QUOTED_WORDS = re.compile(r"[\"“][\w-]+(?:\s[\w-]+){0,3}[\"”]")  # a few quoted words inside a clause: '"overturning"'
_NONE_REPORTED = re.compile(r"\bno\s+(?:immediate\s+|major\s+|serious\s+|new\s+)?(?:reports?\s+of\s+)?(?:alleged\s+)?(?:violations?|breach(?:es)?)\s+of\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
_BROKERING = re.compile(r"(?:helped\s+|help\s+)?(?:broker|mediat|facilitat)\w*", re.IGNORECASE)
_TRUCE_NOUN = re.compile(r"\b(?:cease[-\s]?fires?|truces?|armistices?)\b", re.IGNORECASE)
_VERB_TRIGGER = re.compile(r"(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|end(?:s|ed|ing)?)\s", re.IGNORECASE)  # not a truce noun: "stop the fighting"
# "the agreement" (or "the plan", "the offer") stands for a truce named earlier in the same sentence.
_ANAPHOR = gated(r"\bthe\s+(?:agreement|deal|accord|plan|proposal|offer|initiative)\b", re.IGNORECASE)
# In a sentence after one that names a truce, "violated the pledge" or "broke the deal" means that truce.
_LATER_ANAPHOR = gated(r"\b(?:the|this|that|its|their)\s+(?:(?:(?:ceasefire|truce|peace|new|latest|same|[\w-]+-(?:day|hour|week))\s+)?(?:pledge|agreement|deal|accord|understanding|"
                            r"commitment|arrangement|moratorium|promise))\b", re.IGNORECASE)
# In a sentence after one that names a truce: "Accusations of violations were quick to follow".
_LATER_VIOLATIONS = gated(r"\b(?:accusations?|reports?|allegations?)\s+of\s+(?:[\w-]+\s+)?(?P<it>violations|breaches)\b", re.IGNORECASE)
# "accused the army of violating it": the truce named earlier in the same sentence.
_IT = gated(r"\b(?:violat\w*|breach\w*|br(?:oke|eak|eaks|eaking|oken))\s+(?P<it>it)\b", re.IGNORECASE)
# "left without an agreement", "no deal was reached": talks about a truce, not a truce.
_NO_DEAL = re.compile(r"^[\s,]*(?:[\w’'-]+[,\s]+){0,6}?(?:without|no|failed\s+to\s+(?:reach|agree)|short\s+of|yet\s+to\s+(?:reach|agree))"
                      r"\s+(?:an?\s+|any\s+)?(?:agreement|deal|accord)\b"
                      r"|^\s+(?:was|is|were|has\s+been)\s+not\s+(?:part|included|agreed)\b", re.IGNORECASE)  # "a ceasefire was not part of the deal"
# "attacked ... with air strikes": an instrument, not the other side of the truce.
_INSTRUMENT = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:(?:air)?strikes?|bombardments?|use\s+of|firearms?|guns?|grenades?|drones?|shell\w*|"
                         r"artillery|missiles?|rockets?|attacks?|fire|gunfire|bombs?|raids?|assaults?|weapons?|mortars?|tanks?)\b", re.IGNORECASE)
# "could facilitate a truce", "if a truce takes effect", "prospects for a truce deal": no truce was declared.
_HYPOTHETICAL = re.compile(r"\bany\s+(?:[\w-]+\s+){0,2}$|\bin\s+principle\b|\b(?:if|unless|whether|could|would|might|should|prospects?\s+(?:of|for)|hopes?\s+(?:of|for)|"
                           r"chances?\s+(?:of|for)|close\s+to|path\s+to|bid\s+(?:for|to)|"
                           r"(?:efforts?|attempts?|trying|tried|tries|seek\w*|sought)\s+to|"  # "mediation efforts to end the fighting"
                           # "to deliberate on Israel's response to a ceasefire deal": a proposal weighed, not a truce made
                           r"(?:response|reply|answer)\s+to|deliberat\w*\s+(?:on|over)|"
                           # "failed to convince the group to sign a ceasefire accord", "are now required to implement a truce"
                           r"fail(?:ed|s|ing)\s+(?:\w+\s+)?to|(?:required|needed|necessary)\s+to|"
                           r"to\s+[\"“‘']?(?:reach|secure|clinch|finali[sz]e|achieve|negotiate|broker|strike|seal|get)|"  # efforts to "reach a truce"
                           # "will agree on a truce next week", "are expected to sign a truce": not yet made
                           r"(?:will|shall|expected\s+to|likely\s+to|set\s+to|hop(?:e|es|ed|ing)\s+to|aim\w*\s+to|plan\w*\s+to)\s+(?:\w+\s+)?"
                           r"(?:agree|reach|sign|announce|declare))\b", re.IGNORECASE)
_WOULD_BE_A = re.compile(r"\b(?:will|would|could|might|shall)\s+(?:\w+\s+)?be\s+(?:a|an|seen\s+as\s+a|considered\s+a)\s+(?:\w+\s+)?"
                         r"(?:violation|breach)\s+of\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MADE_RELATIVE = re.compile(r"^\s*(?:[\w-]+,?\s+){0,2}?(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                            r"(?:agreed|reached|signed|brokered|mediated|negotiated|announced|declared)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether)\s*$", re.IGNORECASE)  # the word that opened the clause
# "aid will flow once a truce is reached", "a conference convened after a ceasefire takes effect": a truce to come
_FUTURE_OPENER = re.compile(r"\b(?:once|as\s+soon\s+as)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# (not a headline's present: "a day after truce takes effect")
_TIME_OPENER = re.compile(r"\b(?:will|would|shall|set\s+to|to\s+be|is\s+to|are\s+to)\b.*\b(?:after|when|until|till|before)\s*$", re.IGNORECASE)
_PRESENT_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:is|are|takes|take|comes|come|goes|go|enters|holds)\b", re.IGNORECASE)
_FIGHTING_OR_DEATH = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|death\s+toll|wound\w*|injur\w*|casualt\w+|fight\w*|clash\w*|shell\w*|attack\w*|"
    r"skirmish\w*|strikes?|raids?|fire|firing|artillery|violence|combat|battles?)\b",
    re.IGNORECASE,
)
_GAP = r"(?:[\w’'“”\"-]+[,\s]+){{0,{n}}}"


def _before(pattern: str, words: int) -> re.Pattern[str]:
    """A cue that ends at most `words` words before the trigger."""
    return re.compile(r"\b(?:" + pattern + r")[\"”’']?[,\s]+" + _GAP.format(n=words) + r"$", re.IGNORECASE)


def _after(pattern: str, words: int) -> re.Pattern[str]:
    """A cue that starts at most `words` words after the trigger."""
    return re.compile(r"^[\s,]*" + _GAP.format(n=words) + r"(?:" + pattern + r")\b", re.IGNORECASE)


# (event, rule name, where, pattern): checked in this order; the first match decides a trigger's event.
_CUES: tuple[tuple[str, str, str, re.Pattern[str]], ...] = (
    # "urged the parties to avoid ceasefire violations": a call to keep the truce, no report of a breach
    ("called_for", "avoid-violations", "before", _before(r"(?:avoid|prevent|refrain\s+from)", 1)),
    ("violated", "violation-verb", "before", _before(r"violat\w*|breach\w*|ruptur\w*|br(?:oke|eaks?|eaking|oken)|flout\w*|shatter\w*|derail\w*|in\s+violation\s+of|"
                                                    r"(?:accusations?|reports?|allegations?)\s+of|"
                                                    r"violations?\s+by\s+(?:[\w’'-]+\s+){1,8}?of", 4)),  # "the latest violation by the junta in recent months of a truce"
    # verbs that may also govern talk about a truce ("ignoring calls for a truce"): only right before it
    ("violated", "violation-verb", "before", _before(r"overturn\w*|undermin\w*|sabotag\w*|disregard\w*|ignor(?:e|es|ed|ing)|shak(?:e|es|ing|en)|shook", 2)),
    # "a truce between A and B was shattered", "the ceasefire was repeatedly breached": the truce as the passive's subject
    ("violated", "violation-noun", "after", _after(r"(?:(?!(?:but|yet|and|though|although|which|that)\b)[\w’'-]+\s+){0,5}?(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                                                 r"(?:violated|broken|breached|shattered)", 0)),  # not a second predicate: "took effect but was broken"
    ("violated", "violation-noun", "after", _after(r"violations?|breach(?:es)?|"
                                                 r"(?:violated|broken|breached|shattered)(?=\s+(?:within|hours|days|again|on|by|in|as|after)\b)|"  # a headline's "truce violated within hours"
                                                 r"got\s+off\s+to\s+a\s+(?:rocky|shaky|bad|violent|bloody)\s+start|(?:was|were|has\s+been)\s+(?:marred|shaken)\s+by|"
                                                 # "help enforce a ceasefire that has been breached": the truce told as breached
                                                 r"(?:that|which)\s+(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:violated|broken|breached)", 2)),
    ("violated", "despite", "before", _before(r"despite|in\s+spite\s+of", 4)),
    ("violated", "after-truce", "before", _before(r"(?:hours|days|minutes|shortly|soon|just|only)\s+after|since", 1)),
    ("violated", "fighting-after", "before", _before(r"(?:fighting|clashes|attacks?|violence|shelling|killings?)\s+(?:\w+\s+)?after", 1)),
    # "soldiers killed in Houthi attacks during truce": fighting while it held
    ("violated", "during-truce", "before", _before(r"(?:fighting|clashes|attacks?|violence|shelling|strikes?|raids?|killings?)\s+(?:\w+\s+)?during", 1)),
    # "a truce pact has not stopped fighting": the truce named beside a stop that did not happen
    ("violated", "not-stopped", "before", _before(r"(?:has|have|had|did|does|do)\s+not|(?:has|have|had|did|does|do)n[’']t|failed\s+to", 0)),
    # "None of the fighting sides had agreed to the truce": no side took it up
    ("rejected", "not-agreed", "before", _before(r"\bnone\s+of\s+[^,;.]{1,40}?\s+(?:has|have|had)\s+(?:yet\s+)?(?:agreed|accepted|signed)(?:\s+(?:to|on))?", 3)),
    ("rejected", "rejection-verb", "before", _before(r"refus\w*\s+to\s+(?:accept|agree\s+to|back|sign)|reject\w*|refus\w*|dismiss\w*|rebuff\w*|abandon\w*|scrap\w*|renounc\w*|without\s+signing|"

                                                     r"pull\w*\s+out\s+of|withdr\w+\s+from|(?:firmly\s+|is\s+|was\s+)?against|"
                                                     r"end(?:ed|ing|s)?\s+(?:the|its|their|a|an)|end(?:ed|s)(?=\s+(?:\w+\s+)?$)|called\s+off|calling\s+off|"
                                                     r"(?:put|putting|puts|brought|bringing|brings)\s+an\s+end\s+to|"
                                                     r"(?:not|never|n't)\s+(?:\w+\s+)?(?:abide\s+by|respect|observe|honou?r|accept|"
                                                     r"adhere\s+to|comply\s+with|commit\s+to|agree\s+to)", 6)),
    # "a rebel coalition canceled a ceasefire", "announced the termination of its truce" (not "talks suspended as the truce falters")
    ("rejected", "rejection-verb", "before", _before(r"(?:cancell?(?:ed|ing|s)|suspend(?:ed|ing|s)|terminat(?:ed|ing|es)|revok(?:ed|ing|es)|"
                                                     r"(?:termination|suspension|cancell?ation|revocation)\s+of)"
                                                     r"(?:\s+(?!(?:as|while|after|amid|and|but)\b)[\w’'-]+){0,5}?", 0)),
    # a truce that collapsed under fighting was broken ("the Aleppo cease-fire collapses", "the truce broke down")
    ("violated", "collapse", "after", _after(r"(?:has\s+|had\s+)?(?:effectively\s+)?(?:collapse[sd]|br(?:oke|eaks)\s+down|f(?:ell|alls)\s+apart|"
                                           r"crumble[sd]|unravell?(?:ed|s)|falter(?:ed|s)|"
                                           r"(?:appears?|appeared|seems?|seemed)\s+to\s+(?:have\s+)?(?:crumbled?|collapsed?|unravell?e?d?|faltered|falter)|"
                                           # "the truce was not kept for a single day", "the ceasefire did not hold"
                                           r"(?:was|were|has\s+been|had\s+been)\s+(?:not|never)\s+(?:\w+ly\s+)?(?:kept|respected|observed|honou?red|held)|"
                                           r"(?:did|does|has|had)\s+not\s+hold|(?:didn|doesn|hasn|hadn)[’']t\s+hold|failed\s+to\s+hold|never\s+held)", 4)),
    # (not a truce "which officially ended on May 30" or "that ended last month": one that ran out)
    ("rejected", "ended", "after", _after(r"(?:is|was)\s+over|(?:has|had|have)\s+(?:now\s+)?ended|"
                                        # "the ceasefire deal was 'unilaterally terminated'"
                                        r"(?:was|were|has\s+been|had\s+been)\s+[\"“‘']?(?:\w+ly\s+)?(?:terminated|revoked|annulled|cancell?ed|suspended)|"
                                        r"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bofficially\s)"
                                        r"ended(?=\s*(?:[.,;]|$|\s+(?:on|at|in|after|when|as|last|early|late|yesterday|overnight|this)\b))", 4)),
    ("rejected", "declared-over", "after", re.compile(r"^\s+(?:to\s+be\s+)?(?:dead\b|over\b(?!\s+(?:the|a|an|easter|christmas|eid|ramadan|new|"
                                                       r"holidays?|weekend|\d+)\b))", re.IGNORECASE)),
    # "considers the three-year-long cease-fire agreement with Ankara to be over" (not "is due to be over by Friday")
    ("rejected", "declared-over", "after", re.compile(r"^(?:\s+(?!(?:due|expected|set|scheduled|likely|going|supposed)\b)[\w’'-]+){1,5}?"
                                                       r"\s+to\s+be\s+(?:over|dead|void|null|finished)\b", re.IGNORECASE)),
    ("rejected", "rejected-after", "after", _after(r"(?:something|which|an?\s+(?:idea|demand|proposal|step))\s+(?:that\s+)?(?:[\w’'-]+\s+){1,4}?"
                                                   r"(?:has\s+|have\s+|had\s+)?(?:long\s+|repeatedly\s+|always\s+)?"
                                                   r"(?:rejected|refused|opposed|dismissed|ruled\s+out)", 6)),
    ("rejected", "talks-without", "before", _before(r"(?:talks|negotiations|negotiate|negotiating)\s+without", 1)),
    # "the NPA would observe a unilateral ceasefire on Christmas Day": a side announcing its own truce
    ("declared", "will-observe", "before", _before(r"(?<!\bto\s)(?:will|would|shall)\s+[\"“‘']?observe", 3)),  # would “observe a truce”
    # "The PIJ, too, agreed to respect the truce", "announced his intention to strictly observe the ceasefire": a side's
    # own commitment to a truce, not a call for one
    ("declared", "will-observe", "before", _before(r"(?:agree[ds]?|committed|commits|pledg\w*|vow\w*|promis\w*|intention|intends?|undert(?:ook|akes?))"
                                                   r"\s+(?:\w+\s+){0,2}?to\s+(?:\w+ly\s+)?[\"“‘']?(?:respect|observe|abide\s+by|honou?r|uphold|adhere\s+to)", 3)),
    # "the parties have agreed to the UN's proposal to renew the current truce": the proposal is accepted, the truce made
    # (not "Hezbollah accepted a US proposal for a cease-fire": one side's yes to a new truce)
    ("declared", "accepted-proposal", "before", _before(r"agreed\s+to\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?(?:proposal|plan|offer|initiative)\s+to\s+"
                                                        r"(?:renew|extend|prolong)", 3)),
    # "in addition to progress on other issues, a ceasefire was also agreed upon": the truce's own passive, whatever
    # a phrase before it asked for
    ("declared", "agreed-passive", "after", _after(r"(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|finally\s+)?(?:agreed(?:\s+upon)?|reached|signed|struck)", 0)),
    # "a proposed ceasefire was due to begin": agreed, only not yet in force
    ("declared", "due-to-begin", "after", _after(r"(?:is|was|are|were)\s+(?:due|set|scheduled)\s+to\s+(?:begin|start|take\s+effect|come\s+into\s+(?:force|effect))", 2)),
    # "met to discuss a ceasefire deal", "the Taliban must seize this opportunity to reach a permanent ceasefire": asked for, not made
    ("called_for", "appeal-verb", "before", _before(r"to\s+(?:discuss|hammer\s+out|work\s+out)\s+(?:a|an)", 3)),
    ("called_for", "demand", "before", _before(r"(?:must|should|needs?\s+to|ha(?:s|ve)\s+to)\s+(?:[\w-]+\s+){0,12}?(?:reach|agree\w*|accept|declare|"
                                               r"sign|observe|respect|implement|honou?r|abide\s+by)\s+(?:a|an|the)", 3)),
    ("called_for", "appeal-verb", "before", _before(r"call\w*\s+for|need\s+for|progress\w*[’']?\s+(?:on|towards?)|(?:call\w*\s+on|urg\w*|ask\w*|press\w*|implor\w*)\s+.{1,80}?\s+to(?:\s+\w+)?|urg\w*|demand\w*|appeal\w*\s+for|"
                                                     r"push\w*\s+for|press\w*\s+for|plead\w*\s+for|seek\w*|sought|(?<![-‑])propos\w*|(?:talks|negotiations)\s+(?:on|for|over|towards?|about)|"
                                                     r"(?:plan|offer)\s+(?:for|of)|"
                                                     r"advocat\w*|insist\w*\s+on|"
                                                     # "called for an end to the fighting and the establishment of a ceasefire": the noun is asked for
                                                     r"(?:call\w*\s+for|urg\w*|demand\w*|appeal\w*\s+for|press\w*\s+for|push\w*\s+for)\s+[^.;]{1,100}?\b"
                                                     r"(?:establishment|implementation|creation|declaration|conclusion)\s+of|return\s+to(?:\s+respecting|\s+observing)?|"
                                                     r"abide\s+by|respect|observe|restore|revive|reviving|reinvigorate|salvage|rescue|resurrect|(?:to|will|would|should|must|could|might|may|not)\s+agree\s+to|want\w*|(?:ready|open|willing|prepared)\s+for|"
                                                     # "ready to participate in an immediate cessation of hostilities", "support for a ceasefire"
                                                     r"(?:ready|open|willing|prepared)\s+to\s+(?:participate\s+in|join|accept)|support\s+for(?=\s+an?\s)|"
                                                     r"conditions\s+for|condition(?:ed|s|ing)|pave\s+the\s+way\s+(?:for|to)|work\w*\s+(?:towards?|for)|"
                                                     r"efforts?\s+(?:(?:of|by)\s+[^,;]{1,40}?\s+)?(?:for|towards?|to\s+[\"“‘']?(?:reach|secure|achieve|agree|resume|restore|revive|broker|negotiate))|aim\w*\s+at\s+(?:reaching|securing|achieving|brokering)|"
                                                     r"focus\w*\s+on\s+(?:reaching|securing|achieving|agreeing)|"  # "the call should focus on reaching a ceasefire"
                                                     r"(?:support\w*|back\w*|endors\w*|favou?r\w*)\s+(?:the\s+|a\s+)?(?:idea|proposal|plan|call)s?\s+(?:of|for)", 5)),
    ("called_for", "wanted-by", "after", re.compile(r"^\s*(?:[A-Z][\w’'-]*\s+){1,3}(?:wants|wanted|demands|demanded|proposed|seeks|sought)\b")),
    ("called_for", "proposal", "after", _after(r"proposals?|plans?|calls?|appeals?|demands?|bids?|initiatives?", 0)),
    ("called_for", "needed", "after", _after(r"(?:is|was|are|were|be)\s+(?:\w+\s+)?(?:needed|necessary|required|essential|vital|imperative|important|crucial|urgent)", 2)),
    ("called_for", "needed", "before", _before(r"(?:needed|necessary|required|essential|vital|imperative|important|crucial|urgent)\s+(?:is|was)", 2)),
    ("declared", "declaration-verb", "before", _before(r"announc\w*|proclaim\w*|agreed|agrees|agree|committed\s+to|reach\w*|broker\w*|sign(?:ed|s|ing)?|declar\w*|struck|order(?:ed|s)|"
                                                        r"extend(?:ed|s|ing)?|renew(?:ed|s|ing)?|prolong(?:ed|s|ing)?|"
                                                        r"(?:agree\w*|accept\w*)\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?the\s+terms\s+of|"
                                                        r"establish\w*|implement\w*|initiat(?:e|ed|es|ing)|facilitat(?:e|ed|es|ing)|mediat(?:e|ed|es|ing|ion)|new|fresh|"
                                                        r"ended\s+(?:in|with)|amid\s+news\s+of|"
                                                        # "announce the agreement of the army and the RSF on a ceasefire"
                                                        r"agreement\s+(?:of|between)\s+[^.;]{1,120}?\s+on|"
                                                        r"(?:agreed|agree|agrees|reached|signed|struck|announced)\s+(?:[\w-]+\s+){0,3}?(?:on|to)\s+(?:a|the)\s+"
                                                        r"(?:plan|framework|deal|roadmap|arrangement)\s+(?:to|for)\s+(?:bring\s+about|establish|"
                                                        r"implement|restore|achieve)", 5)),
    ("declared", "brokered-by", "before", re.compile(r"\b[\w.]+-(?:brokered|mediated|backed|sponsored)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)),
    # "The extension of the truce between A and its rival, B, was announced by C": the passive past the sides
    ("declared", "between-agreed", "after", re.compile(r"^[\s,]*(?:[\w-]+\s+){0,2}?between\s+[^.;]{1,100}?\s+(?:was|were|has\s+been|had\s+been)\s+"
                                                      r"(?:\w+ly\s+)?(?:agreed|announced|reached|signed|declared|brokered|extended|renewed)\b", re.IGNORECASE)),
    ("declared", "took-effect", "after", _after(r"took\s+effect|takes?\s+effect|c[oa]me\s+into\s+(?:force|effect)|went\s+into\s+effect|"
                                                 r"entered\s+into\s+force|(?:is|was|remains|remained)\s+(?:now\s+|largely\s+|still\s+)?"
                                                 r"(?:in\s+(?:effect|force|place)|holding)|(?:has\s+|had\s+)?(?:began|begun|started)|"
                                                 r"(?:was|were|has\s+been|had\s+been)\s+(?:agreed|announced|reached|signed|declared|brokered)|"
                                                 r"(?:has\s+|had\s+|have\s+)?(?:largely\s+|mostly\s+|broadly\s+|so\s+far\s+|still\s+)?(?:held|holds)\b|t(?:ook|akes?|aking)\s+hold|"
                                                 r"(?:appear\w*|seem\w*)\s+to\s+(?:be\s+)?hold(?:ing)?|halt(?:s|ed)|silenc(?:es|ed)|"
                                                 r"brokered|agreed|announced|reached|signed|declared|deals?|agreements?|accords?|"
                                                 r"effective\s+(?:from|as\s+of|on|at)|(?:was\s+|were\s+|has\s+been\s+)?(?:extended|renewed|prolonged)", 5)),
)
# The words each cue needs: a cue none of whose words the sentence holds is not searched for.
_CUE_WORDS = tuple(AnyOf([pattern]) for _, _, _, pattern in _CUES)
# "took effect on Monday but was repeatedly violated", "The truce, which began on Monday, was broken": a second
# predicate of the same truce.
_LATER_VIOLATION = re.compile(
    r"[^.;]{0,80}?(?:\b(?:but|yet|though|although)|,)\s+(?:(?:it\s+)?(?:has|have|had|was|were|is)\s+(?:been\s+)?(?:\w+\s+)?"
    r"(?:violated|broken|breached|flouted)\b"
    # "declared a ceasefire, but heavy gunfire resumed near the city", "... but fighting continued"
    r"|(?:[\w-]+\s+){0,2}?(?:fighting|clashes|gunfire|shelling|firing|attacks|violence)\s+(?:\w+ly\s+)?"
    r"(?:continued|continues|resumed|resumes|went\s+on|goes\s+on|persisted|persists|raged|rages)\b)",
    re.IGNORECASE,
)
# "A urged B and C to agree to a truce": A calls for it, not the sides it asks.
_ASKING = re.compile(r"\b(?:urg\w*|ask\w*|press\w*|push\w*|call\w*\s+on|appeal\w*\s+to|told|tell\w*|encourag\w*|implor\w*)"
                     r"\s+(?=\S+.{0,80}?\bto\s+\w+)", re.IGNORECASE)
_AGREEMENT_OF = re.compile(r"agreement\s+(?:of|between)\s+", re.IGNORECASE)
# "The extension of the truce between A and B was announced in a joint statement by C and D": a third party's word.
_ANNOUNCED_BY = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:jointly\s+)?announced\b[^.;]{0,60}?\bby\s+(?:the\s+)?",
                           re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Previous truces collapsed", "a string of failed ceasefires": truces of the past, not the news.
_EARLIER = re.compile(r"\b(?:previous|earlier|past|former|prior|several|many|numerous|a\s+(?:string|series)\s+of|"
                      r"(?:last|previous)\s+year[’']s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_WARRING = re.compile(r"\b(?:(?:warring|conflicting|opposing|feuding)\s+(?:parties|sides|factions)|both\s+(?:sides|parties)|the\s+two\s+sides)\b",
                      re.IGNORECASE)
_SPANNING = re.compile(r"(?:since|so\s+far|this|during|past)\b", re.IGNORECASE)  # "this month" is news
_YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d\b")
_MADE = re.compile(r"\b(?:agreed|signed|brokered|reached|declared|announced|struck|sealed|mediated|concluded|made)\b", re.IGNORECASE)
_ACCUSE = re.compile(r"\baccus\w*\b", re.IGNORECASE)
# "a truce between A and B", "the ceasefire agreement in northeastern Syria between A and B" (a place phrase between)
_SIDES_AFTER = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:in\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?(?P<word>between|with)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Pronoun:
    """The match of "it" in "violating it", read like a trigger word."""

    found: re.Match[str]

    def start(self) -> int:
        return self.found.start("it")

    def end(self) -> int:
        return self.found.end("it")

    def group(self, index: int = 0) -> str:
        return self.found.group("it")


@dataclass(frozen=True)
class _Cue:
    event: str
    rule: str
    start: int  # where the cue word is, within the sentence
    end: int


def _cue_for(text: str, trigger: re.Match[str], skip: frozenset[str] = frozenset()) -> _Cue | None:
    """The event a trigger is part of, from the words just before and after it in its clause (cues of the
    rules in `skip` left out)."""
    opening = len(text[: trigger.start()].rstrip(" \"'“‘"))  # a quoted trigger belongs to the clause around it
    begin = clause_start(text, opening)
    quoted = _QUOTED_WORDS.search(text, max(0, begin - 50), trigger.start())
    if quoted and quoted.start() < begin <= quoted.end() + 1:
        begin = clause_start(text, quoted.start())  # 'agreed to an "immediate" ceasefire', 'of "overturning" the truce
    lead = text[:begin].rstrip()
    if lead.endswith(("“", "‘", '"')) and len(lead) > 1:
        begin = clause_start(text, len(lead) - 1)  # a quoted name around the trigger: 'violating a new “humanitarian truce”'
    before, after = text[begin:opening] + " ", text[trigger.end() :]
    no_deal = _NO_DEAL.match(after) is not None
    to_come = (_FUTURE_OPENER.search(before) or _TIME_OPENER.search(text, 0, begin)) and _PRESENT_AFTER.match(after)
    # "would withdraw under the truce, which was brokered by the US": the relative clause tells the truce was made
    made = _MADE_RELATIVE.match(after) is not None
    hypothetical = not made and (_HYPOTHETICAL.search(before) or _CONDITION.search(text, 0, begin) or to_come)
    verb = _VERB_TRIGGER.match(trigger.group(0)) is not None  # "stop the fighting which started": the fighting began
    for (event, rule, where, pattern), words in zip(_CUES, _CUE_WORDS):
        if rule in skip or not words.may_match(text) or (event == "declared" and rule != "will-observe" and (no_deal or hypothetical or (verb and where == "after"))):
            continue
        if event == "violated" and (_NONE_REPORTED.search(text, 0, trigger.start()) or _WOULD_BE_A.search(text, 0, trigger.start())):
            continue  # "there were no reports of violations of the truce": it held; "it will be a violation of": none yet
        if rule == "not-stopped" and not (verb and _TRUCE_NOUN.search(text, 0, trigger.start())):
            continue
        if where == "before" and rule in {"after-truce", "fighting-after"}:  # "after" opens a clause: look across it,
            found = pattern.search(text[:opening] + " ")  # for fighting before it
            if found and (rule == "fighting-after" or _FIGHTING_OR_DEATH.search(text, 0, found.start())):
                return _Cue(event, rule, found.start(), found.end())
        elif where == "before":
            found = pattern.search(before)
            if found and event == "violated" and rule == "violation-verb" and _NOT_BEFORE.search(before, 0, found.start()):
                continue  # "it would not derail the ceasefire": no breach
            if found and (rule != "despite" or _FIGHTING_OR_DEATH.search(text)):
                return _Cue(event, rule, begin + found.start(), begin + found.end())
        else:
            found = pattern.search(after)
            if found:
                return _Cue(event, rule, trigger.end() + found.start(), trigger.end() + found.end())
    return None


_NOT_BEFORE = re.compile(r"\b(?:not|never|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)


_NOT_DECLARED = frozenset(rule for event, rule, _, _ in _CUES if event != "declared")


def _made_on_the_other_side(view: SentenceView, trigger: re.Match[str], event: CeasefireEvent, made: CeasefireEvent) -> bool:
    """Whether `made` is a news declaration told by a word of making on the other side of the truce word than the
    rejection or violation `event` ("declared a truce, which Kyiv dismissed"; not "declared the truce over")."""
    at = view.sentence.start + trigger.start()
    words = view.text[made.evidence.start - view.sentence.start : made.evidence.end - view.sentence.start]
    before = (event.evidence.start < at, made.evidence.start < at)
    over = event.evidence.rule.endswith(".declared-over")  # "declared the truce over": one act
    return made.event == "declared" and not made.historical and not over and before[0] != before[1] and _MADE.search(words) is not None


def _brokers(view: SentenceView, trigger: re.Match[str], cue: _Cue, sides: set[str]) -> list[Participant]:
    """Who brokered a truce, first named first: "brokered by X", "X-brokered", or subjects that are not sides."""
    text, people = view.text, view.people
    passive = re.search(r"\b" + BROKERED_BY + r"\s+(?:the\s+)?", text[trigger.end() : trigger.end() + 60], re.IGNORECASE)
    if passive:
        found = [p for p in objects_after(text, people, trigger.end() + passive.end()) if p.code not in sides]
        if found:
            return found
    announcers = _ANNOUNCED_BY.search(text, trigger.end(), trigger.end() + 200)  # "the truce ... was announced by the US"
    if announcers and len(sides) >= 2:
        found = [p for p in objects_after(text, people, announcers.end()) if p.code not in sides and not p.code.startswith("X-")]
        if found:
            return found
    prefix = [i for i, p in enumerate(people) if p.end <= trigger.start() and re.match(r"-(?:brokered|mediated)", text[p.end : p.end + 12])]
    if prefix:  # "a Saudi and U.S.-brokered truce": each broker, first named first
        first = last = prefix[-1]
        while first > 0 and CO_NAMED.fullmatch(text, people[first - 1].end, people[first].start):
            first -= 1
        return people[first : last + 1]
    mediators = [p for p in people if mediates(text, p)]  # "agreed a truce after Turkish and Qatari mediation"
    if mediators:
        return mediators
    subject = view.subject(cue.start) if cue.rule != "took-effect" else []  # "since the truce began": no one brokered
    if subject and subject[0].code not in sides:
        # an armed group is a side, never a broker (unless it governs a state: "the Taliban have mediated a truce")
        return [p for p in subject if p.code not in sides and (not p.code.startswith("X-") or governing(p.code, view.day) != p.code)]
    return []


def _named_sides(view: SentenceView, trigger: re.Match[str], cue: _Cue) -> set[str] | None:
    """The sides named right after the trigger: "a truce between A and B", "X agreed a truce with B" (or in the cue:
    "the agreement of A and B on a truce");
    None when the words after "between" or "with" name no actor ("a truce with its opponents")."""
    agreement = _AGREEMENT_OF.match(view.text, cue.start)  # "the agreement of the army and the RSF on a ceasefire"
    if agreement:
        before = [p for p in objects_after(view.text, view.people, agreement.end()) if p.end <= trigger.start() and p.can_fight]
        if before:
            return {p.code for p in before}
    found = _SIDES_AFTER.search(view.text[trigger.end() :])
    if not found:
        return set()
    end = trigger.end() + found.end()
    sides = [p for p in objects_after(view.text, view.people, end) if not is_go_between(view.text, p)]
    if not sides:
        instrument = found.group("word").lower() == "with" and _INSTRUMENT.match(view.text[end:])
        state = _THE_STATE.match(view.text, end)  # "a truce agreed with the government": the group's state, told by its war
        return set() if names_both_sides(view.text, end) or instrument or state else None
    if found.group("word").lower() == "with":  # "X agreed a truce with B"; not "the US proposal for a truce with B"
        subject = view.subject(cue.start)
        attributive = [p for p in subject if not view.text[p.end : cue.start].strip()]
        sides += view.subject(attributive[0].start) if attributive else subject
    return {p.code for p in sides if p.can_fight}


def _parties(view: SentenceView, trigger: re.Match[str], cue: _Cue, third: set[str], main: tuple[str, ...],
             name: Callable[[set[str]], tuple[str, ...]]) -> tuple[str, ...]:
    """The belligerents: named after "between" or "with", else the sides the sentence names, completed
    from the article's main pair; empty when they cannot be told. `name` turns codes into sorted sides."""
    after = _named_sides(view, trigger, cue)
    if after is None:
        return ()
    named_after = name(after - third) if len(after - third) >= 2 else ()
    if len(named_after) == 2:  # "armed groups and resistance forces" may name one side twice
        return named_after
    war = _war_of_place(view, trigger, third)
    if war and (not (view.day and at_war(main, view.day)) or set(name(set(war))) == set(main)):
        return name(set(war))  # "the US and Russia agreed a truce in Syria": Syria's war, not its brokers
    main = _without_third(main, third, view.day)
    if len(main) == 2 and _WARRING.search(view.text):
        return main  # "the warring parties", "both sides"
    fighters = [p for p in view.people if p.can_fight and not is_go_between(view.text, p) and not is_oblique(view.text, p)]
    if cue.event in {"declared", "rejected"} and cue.rule != "took-effect" and not _BROKERING.match(view.text, cue.start):
        # "A and B agreed to a truce": the subject pair are the sides (not of "A and B, which mediated the truce")
        pair = name({p.code for p in view.subject(cue.start) if p in fighters} - third)
        if len(pair) == 2:
            return pair
    raw = {p.code for p in fighters} - third
    # "a Gaza truce" alone: Hamas's; "withdraw from Lebanon under the truce" in a report on Hezbollah: Hezbollah's
    named = {group_of_record(code, main, truce=True) for code in name(raw)} - third
    places = {p.code for p in view.people if p.can_fight and is_oblique(view.text, p) and p.end <= trigger.start()}
    if not named and places and not {group_of_record(code, (), truce=True) for code in places} & set(main):
        return ()  # "a truce in north-east Syria" in a report on another war (a Gaza truce is Hamas's)
    source = speaker(view.text, view.people)
    if source is not None and len(main) == 2 and source.code not in main:
        named -= {source.code}  # "China said the army and the rebels agreed to a truce": China reports, it is no side
    if len(named) == 2 and view.day and at_war(name(named), view.day) and set(name(named)) != set(main):
        return name(named)  # "urged Israel and Hamas to agree a truce" in a report on Hezbollah: the pair at war named
    if len(main) == 2 and (named <= set(main) or named >= set(main) or (named & set(main) and len(named) >= 2)):
        return main  # a sentence naming one side of the article's war (with others) speaks of that war
    states = [code for code in main if not code.startswith("X-")]
    if len(named) == 1 and next(iter(named)).startswith("X-") and len(states) == 1:
        # another armed group against the article's state ("resistance forces accused the army"); "the rebels"
        # are named by that state's war
        return name((raw if len(raw) == 1 else named) | set(states))
    return name(named) if len(named) == 2 else ()


_MILITIAS = "X-militias"  # unnamed militias (data/groups.csv)
_RIVAL_GROUPS = gated(r"\brival\s+(?:armed\s+)?(?:gangs?|groups|factions|militias|clans|gang\s+leaders|warlords)\b", re.IGNORECASE)
_THE_STATE = re.compile(r"(?:the\s+)?(?:government|govt|authorities|state|army|military)\b", re.IGNORECASE)
_ADDRESSEES = re.compile(r"\b(?:them|both\s+sides|the\s+(?:two|warring)\s+(?:sides|parties|countries|nations))\b", re.IGNORECASE)
_IN_PLACE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|across|for|covering|throughout|along)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _third_parties(callers: set[str], sides: set[str], main: tuple[str, ...], day: date | None) -> set[str]:
    """Callers who are not sides of the truce: not among the article's sides, or states in an article pair that
    is no war while the other one has its own war on ("Macron urges Putin to accept a truce": France is third)."""
    third = callers - sides
    if third or day is None or len(main) != 2 or at_war(main, day) or any(code.startswith("X-") for code in callers):
        return third
    others = [code for code in main if code not in callers]
    return callers & set(main) if len(others) == 1 and usual_opponent(others[0], day) not in {None, *callers} else third


def _without_third(main: tuple[str, ...], third: set[str], day: date | None) -> tuple[str, ...]:
    """The article's main pair, when it holds the caller or broker ("Macron urges Putin to accept a truce"):
    the other side with its usual opponent; a third party is never a side of the truce."""
    rest = [code for code in main if code not in third]
    if len(rest) == len(main) or len(rest) != 1 or day is None:
        return main
    return war_pair(rest[0], day) or main


def _war_of_place(view: SentenceView, trigger: re.Match[str], third: set[str]) -> tuple[str, ...] | None:
    """The sides of the long-running war of the state a truce is placed in ("a truce in Syria", "the Syria
    truce", "a truce in Karabakh"), when the sentence names neither of them as an actor."""
    if view.day is None:
        return None
    named = sorted([*view.people, *find_places(view.text)], key=lambda p: p.start)  # a state, or a region of one
    place = next((p for p in named if p.start >= trigger.end() and _IN_PLACE.match(view.text, trigger.end(), p.start)), None)
    place = place or next((p for p in named if p.end <= trigger.start() and not view.text[p.end : trigger.start()].strip()), None)
    if place is None or place.kind not in {"state", "capital", "place"}:
        return None
    war = war_pair(place.code, view.day)
    acting = {p.code for p in view.people if p is not place and not is_oblique(view.text, p)} - third
    named_group = any(code.startswith("X-") and code not in UNNAMED_SIDES for code in acting)
    return None if war is None or acting & set(war) or named_group else war  # "the PFLK declared a truce in Congo": its own


def _warring_pair(views: Sequence[SentenceView], main: tuple[str, ...], published: date) -> tuple[str, ...]:
    """The pair a truce in the article is between: the article's main pair when it is or was at war, else the war its
    places, and its sides whose enemy it names too (or which are not of the main pair), point to most, when told
    about at least half as often as the pair's less named member ("Germany's minister spoke to Russia's on the
    fighting in Karabakh": Armenia and Azerbaijan), a war with both sides named first."""
    if len(main) != 2 or at_war(main, published) or ever_at_war(main):
        return main  # old foes who clash again are the pair, not another war of their places
    named: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for view in views:
        named.update(p.code for p in view.people if p.can_fight and not is_go_between(view.text, p))
        places.update(place.code for place in find_places(view.text))
    wars: Counter[tuple[str, ...]] = Counter()
    for code, count in (named + places).items():
        war = war_pair(code, published)
        # a place's war; a side's own war if its enemy is named too, or if the side is not of the pair told about
        if war and (code in places or code not in main or all(side in named for side in war)):
            wars[war] += count
    if not wars:
        return main
    # a war both of whose sides the article names beats one only a side (or a place) of which it names
    war = max(wars, key=lambda pair: (all(named[side] or places[side] for side in pair), wars[pair]))
    return war if 2 * wars[war] >= min(named[code] for code in main) else main


@dataclass
class _Reader:
    """Reads one article's sentences in order, keeping the article-level context."""

    views: Sequence[SentenceView]
    main: tuple[str, ...]
    published: date
    groups: tuple[str, ...]  # the armed groups the article names, most named first

    def _sides(self, codes: Iterable[str]) -> tuple[str, ...]:
        """Sorted sides: a host state as its armed group of record, generic groups named."""
        return name_generic_side(of_record(codes, self.groups, truce=True), self.published, self.groups)

    def _completed(self, parties: tuple[str, ...], day: date | None) -> tuple[str, ...]:
        """Two sides: one side alone ("the FARC declared a unilateral truce") with the other of its war."""
        if len(parties) != 1:
            return parties
        (side,) = parties
        if side in self.main and len(self.main) == 2:
            return self.main
        pair = war_pair(side, day) if day else None
        return self._sides(pair) if pair else ()

    def events(self) -> list[CeasefireEvent]:
        found: list[CeasefireEvent] = []
        previous: list[Participant] = []
        truce_named = False
        news_truce: tuple[str, ...] | None = None  # the sides of the first truce the article reports declared
        for view in self.views:
            triggers = list(_TRIGGER.finditer(view.text))
            if triggers:
                triggers += [m for m in _ANAPHOR.finditer(view.text) if m.start() > triggers[0].end()]
            later = [] if triggers or not truce_named else list(_LATER_ANAPHOR.finditer(view.text))
            if truce_named and not triggers:  # "Accusations of violations followed", "each side accused the other of breaching it"
                later += [_Pronoun(m) for pattern in (_LATER_VIOLATIONS, _IT) for m in pattern.finditer(view.text)]
            if triggers:
                later += [_Pronoun(m) for m in _IT.finditer(view.text) if m.start() > triggers[0].end()]
            truce_named = truce_named or bool(triggers)
            named_here: tuple[str, ...] | None = None
            for trigger in triggers + later:
                event = self._event(view, trigger, previous, anaphor=trigger in later)
                if event is None:
                    continue
                if named_here and _ANAPHOR.fullmatch(trigger.group(0)):
                    event = replace(event, parties=named_here)  # "the offer": the truce just named, between its sides
                elif news_truce and event.parties == self.main and _DEFINITE.search(view.text, 0, trigger.start()):
                    event = replace(event, parties=news_truce)  # "called for the truce": the one reported declared
                if event.event == "declared" and not event.historical:
                    news_truce = news_truce or event.parties
                named_here = named_here or event.parties
                found.append(event)
                found += _proposer_call(view, trigger, event)
                if event.event in {"rejected", "violated"} and trigger not in later:
                    # "declared a truce, which Kyiv dismissed", "breaching the truce announced hours before": both
                    made = self._event(view, trigger, previous, skip=_NOT_DECLARED)
                    found += [made] if made is not None and _made_on_the_other_side(view, trigger, event, made) else []
                later_violation = _LATER_VIOLATION.match(view.text, event.evidence.end - view.sentence.start)
                if event.event == "declared" and later_violation:
                    found.append(_violated_later(event, view.sentence.start + later_violation.end()))
            previous = view.carried_subject(previous)
        return _dedupe(found)

    def _event(self, view: SentenceView, trigger: re.Match[str], previous: list[Participant], anaphor: bool = False,
               skip: frozenset[str] = frozenset()) -> CeasefireEvent | None:
        cue = _cue_for(view.text, trigger, skip)
        if cue is None or (anaphor and (cue.event != "violated" or cue.rule in {"despite", "after-truce"})):
            return None
        named = _named_sides(view, trigger, cue) or set()
        sides = named if len(named) >= 2 else set(self.main) | named  # a truce naming both its sides: they alone
        fields: dict[str, str | None] = {}
        third: set[str] = set()
        if cue.event == "violated":
            fields.update(self._blame(view, cue, previous))
        elif cue.event == "declared":
            brokers = _brokers(view, trigger, cue, sides)
            if brokers:
                fields["broker"], third = brokers[0].code, {broker.code for broker in brokers}
        else:
            callers = self._by(view, cue, previous)
            if callers:
                fields["by"] = callers[0].code
                third = _third_parties({caller.code for caller in callers}, sides, self.main, view.day)
        parties = self._completed(_parties(view, trigger, cue, third, self.main, self._sides), view.day)
        rivals = _RIVAL_GROUPS.search(view.text)
        if rivals and len(self.groups) >= 2 and not all(code.startswith("X-") for code in parties):
            parties = self._sides(self.groups[:2])  # "two rival gang leaders signed a truce": the article's two groups
        elif rivals and rivals.group(0).lower().endswith("militias"):
            parties = (_MILITIAS,)  # "the rival militias reached a truce": unnamed, both coded as the article calls them
        caller_war = war_pair(fields["by"], view.day) if fields.get("by") and view.day else None
        others = [p for p in view.people if p.can_fight and p.code != fields.get("by")]
        addressed = _ADDRESSEES.search(view.text, min(cue.start, trigger.start()), trigger.start())
        own_war = fields.get("by") in self.main or not (view.day and at_war(self.main, view.day))  # not "Turkey called for a truce" on Ukraine
        if cue.event == "called_for" and caller_war and own_war and not others and not addressed:
            # a belligerent calling for a truce naming no other side: in its own war (not when it urges others:
            # "Russia's minister urged them to abide by the truce")
            parties = self._sides(caller_war)
        if not parties:
            return None
        start, background = view.sentence.start, view.is_background(trigger.start())
        # "previous truces collapsed" is the past; "accused B of violating previous truces" is news
        background = background or ((cue.event != "violated" or cue.rule == "collapse") and bool(_EARLIER.search(view.text, 0, trigger.start())))
        background = background or _made_years_ago(view, trigger, cue)
        if background and cue.event != "declared" and _only_the_truce_is_dated(view, trigger):
            background = False  # "clashes despite a truce agreed in 2015": the violation is news, the truce is old
        evidence = Evidence(view.text, start + min(cue.start, trigger.start()), start + max(cue.end, trigger.end()), f"ceasefire.{cue.event}.{cue.rule}")
        undated = background or _made_weeks_ago(view, trigger, cue, self.published)
        return CeasefireEvent(
            event=cue.event,
            parties=parties,
            date=None if undated else view.day,
            evidence=evidence,
            historical=background,
            date_inferred=view.inferred and not undated,
            **fields,
        )

    @staticmethod
    def _blame(view: SentenceView, cue: _Cue, previous: list[Participant]) -> dict[str, str | None]:
        """accuser/accused: "X accused Y of violating", "Y violated ..., X said"."""
        if cue.rule == "despite":
            return {}
        text = view.text
        accusation = [m for m in _ACCUSE.finditer(text, 0, cue.start)]
        if accusation:
            verb = accusation[-1]
            accuser = view.subject(verb.start(), previous)
            accused = objects_after(text, view.people, verb.end())
            return {"accuser": accuser[0].code if accuser else None, "accused": accused[0].code if accused else None}
        culprit = view.subject(cue.start, previous)
        accused = culprit[0].code if culprit and culprit[0].can_fight else None
        source = speaker(text, view.people)
        accuser = source.code if source is not None and source.code != accused else None
        return {"accuser": accuser, "accused": accused}

    @staticmethod
    def _by(view: SentenceView, cue: _Cue, previous: list[Participant]) -> list[Participant]:
        """Who calls for or rejects a truce, first named first: the subject of the cue ("A and B called for"),
        or the name in "the truce X wants"."""
        if cue.rule in {"wanted-by", "rejected-after"}:
            named = [p for p in view.people if cue.start <= p.start < cue.end]
            if named:
                return named[:1]
        if cue.rule == "proposal":  # "Saudi Arabia's new ceasefire proposal", "an Egyptian truce plan": its owner
            owners = [p for p in view.people if p.end <= cue.start and (_OWNER_OF.fullmatch(view.text, p.end, cue.start)
                                                                          or (p.kind == "demonym" and _WORDS_OF.fullmatch(view.text, p.end, cue.start)))]
            if owners:
                return owners[-1:]
        source = speaker(view.text, view.people)
        if cue.rule == "demand":  # "the Taliban must reach a truce, the US envoy said": the speaker demands, not the subject
            return [source] if source is not None else []
        if source is not None and source.start > cue.start and _QUOTE_CLOSES.search(view.text, cue.start, source.start):
            return [source]  # '"We share the view on the need for a ceasefire," Zelenskyy said': the speaker calls
        asking = [m for m in _ASKING.finditer(view.text, clause_start(view.text, cue.start)) if m.start() < cue.start]
        return view.subject(asking[0].start() if asking else cue.start, previous)


# The words between a proposal's owner and the proposal: "Saudi Arabia['s new ceasefire] proposal", "an Egyptian[ truce] plan".
_OWNER_OF = re.compile(r"[’']s?(?:\s+[\w-]+){1,3}\s*")
_WORDS_OF = re.compile(r"(?:\s+[\w-]+){1,2}\s*")
# "rejected Kyiv's call for a truce": the owner of the call called for it.
_OWNED_CALL = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}?(?:call|proposal|offer|demand|plan|appeal|request)s?\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$",
                         re.IGNORECASE)


def _proposer_call(view: SentenceView, trigger: re.Match[str], rejected: CeasefireEvent) -> list[CeasefireEvent]:
    """The call for a truce inside its rejection: "Moscow rejected Kyiv's call for a ceasefire"."""
    if rejected.event != "rejected":
        return []
    owner = next((p for p in reversed(view.people) if p.end <= trigger.start() and _OWNED_CALL.match(view.text, p.end, trigger.start())), None)
    if owner is None or owner.code == rejected.by:
        return []
    evidence = replace(rejected.evidence, rule="ceasefire.called_for.owned-call")
    return [replace(rejected, event="called_for", by=owner.code, evidence=evidence)]


def _violated_later(declared: CeasefireEvent, end: int) -> CeasefireEvent:
    """The truce just declared, reported broken in the same sentence up to document offset `end`."""
    evidence = replace(declared.evidence, end=end, rule="ceasefire.violated.later-predicate")
    return replace(declared, event="violated", broker=None, evidence=evidence)


_HOW_MANY = r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+"
_AGO = re.compile(_HOW_MANY + r"(?:weeks|months?)\s+ago\b", re.IGNORECASE)
_YEARS_AGO = re.compile(r"[^.;]{0,40}?" + _HOW_MANY + r"years?\s+ago\b", re.IGNORECASE)


def _made_years_ago(view: SentenceView, trigger: re.Match[str], cue: _Cue) -> bool:
    """A truce declared a year or more ago, told right after its word ("a truce announced roughly a year ago"): the past."""
    return cue.event == "declared" and _YEARS_AGO.match(view.text, trigger.end()) is not None


def _made_weeks_ago(view: SentenceView, trigger: re.Match[str], cue: _Cue, published: date) -> bool:
    """A truce declared in a past month, right after its word or before it in its clause: "who brokered the
    ceasefire in November", "a truce that took effect five months ago", "the war ended in November with a
    Russian-brokered ceasefire". It is in force, but on no day of this news."""
    if cue.event != "declared":
        return False
    after = view.text[trigger.end() : trigger.end() + 60].split(".")[0]
    before = view.text[max(clause_start(view.text, trigger.start()), trigger.start() - 60) : trigger.start()]
    months = [m for text in (after, before) for m in find_dates(text, published)
              if m.kind == "period" and not _SPANNING.match(m.text) and _in_the_past(m.text, published)]
    return bool(months or _AGO.search(after))


def _in_the_past(period: str, published: date) -> bool:
    """Whether a month period ("in November", "last month") lies before the month of publication, not ahead
    ("goes fully into effect in August", said in June)."""
    named = [MONTHS[word] for word in re.findall(r"[a-z]+", period.lower()) if word in MONTHS]
    years = [int(year) for year in _YEAR.findall(period)]
    if years:
        return years[0] < published.year or bool(named and named[0] < published.month and years[0] == published.year)
    # a month name alone is the latest such month, unless it is a few months ahead ("in August" said in June)
    return not named or named[0] < published.month or named[0] - published.month > 3


def _only_the_truce_is_dated(view: SentenceView, trigger: re.Match[str]) -> bool:
    """True when the sentence's only past years come after the truce word and a word of its making, telling
    when the truce was made ("a ceasefire agreed in Minsk in 2015"), or name it ("the 2003 ceasefire"), not when
    it was left ("withdrew from a truce in 2022")."""
    years = [m for m in _YEAR.finditer(view.text) if int(m.group()) < view.day.year] if view.day else []
    return bool(years) and all(
        (m.start() > trigger.end() and _MADE.search(view.text, trigger.end(), m.start()))
        or _NAMING_YEAR.fullmatch(view.text, m.end(), trigger.start())  # "respect the 2003 ceasefire arrangement"
        for m in years
    )


_NAMING_YEAR = re.compile(r"(?:\s+[\w-]+){0,2}\s+")


def _dedupe(events: list[CeasefireEvent]) -> list[CeasefireEvent]:
    """One item per (event, parties, date, historical); later mentions fill fields the first left empty."""
    merged: dict[tuple, CeasefireEvent] = {}
    for event in events:
        key = (event.event, event.parties, event.date, event.historical)
        first = merged.get(key)
        if first is None:
            merged[key] = event
            continue
        missing = {name: getattr(event, name) for name in ("accuser", "accused", "broker", "by") if getattr(first, name) is None}
        told_brokered = NAMES_BROKERING.search(event.evidence.sentence) and not NAMES_BROKERING.search(first.evidence.sentence)
        evidence = {"evidence": event.evidence} if event.broker and told_brokered else {}  # the sentence telling who brokered it
        merged[key] = replace(first, **{name: value for name, value in missing.items() if value is not None}, **evidence)
    return list(merged.values())


def extract_ceasefire_events(sentences: Sequence[Sentence], published: date) -> list[CeasefireEvent]:
    """Every ceasefire event of an article, one item per distinct event."""
    if not any(_TRIGGER.search(sentence.text) for sentence in sentences):
        return []  # no truce named: every event hangs on a trigger word, so the article context is not needed
    views = read_sentences(sentences, published)
    groups = named_groups(views)
    main = of_record(_warring_pair(views, main_belligerents(views, published), published), groups, truce=True)
    return _Reader(views, main, published, groups).events()
