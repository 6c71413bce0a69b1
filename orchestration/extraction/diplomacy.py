"""Diplomatic engagements between two actors: calls, meetings, appeals and mediation offers (CAMEO 02x/04x)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from collections import Counter
from itertools import combinations

from orchestration.extraction.clauses import (
    BROKERED_BY,
    NAMES_BROKERING,
    GENERIC_GROUPS,
    IN_THE_ROLE_OF,
    NAME_LIST,
    NOT_A_SIDE,
    SIDE_TITLES,
    Participant,
    SentenceView,
    clause_start,
    is_go_between,
    is_oblique,
    main_belligerents,
    mediates,
    named_groups,
    names_both_sides,
    objects_after,
    participants,
    read_sentences,
    subject_before,
)
from orchestration.extraction.actors import data_rows
from orchestration.extraction.events import CeasefireEvent, DiplomaticEngagement, Evidence
from orchestration.extraction.sides import group_of_record, of_record
from orchestration.extraction.gates import AnyOf, GatedPattern, gated, present
from orchestration.extraction.text import Sentence


@dataclass(frozen=True)
class _Verb:
    """A trigger: its mode, CAMEO code and how its participants are found."""

    name: str
    mode: str
    cameo: str
    pattern: GatedPattern
    shape: str  # "transitive" (subject -> objects) | "mutual" (subject run, or objects) | "offer" (mediator -> sides)
    #             | "attendees" (the objects with each other)


def _verb(name: str, mode: str, cameo: str, pattern: str, shape: str = "transitive") -> _Verb:
    return _Verb(name, mode, cameo, gated(r"\b(?:" + pattern + r")\b", re.IGNORECASE), shape)


# One character of the same clause: no full stop or semicolon, but the stops of "Mr.", "Dr." or "U.S.".
_IN_SENTENCE = r"(?:[^.;]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bMrs)\.|(?<=\bSt)\.|(?<=\b[A-Z])\.)"
_TALKS_WORDS = (
    r"(?:a|an|the|their|its|his|her|first|second|third|fourth|fifth|new|direct|further|fresh|more|several|"
    r"rounds?|of|peace|bilateral|trilateral|face-to-face|high-level|in-person|private|closed-door|lengthy|long|"
    r"two|three|four|five|\d+)"
)
_PHONE = r"(?:by\s+(?:phone|telephone|video(?:\s+link)?|hotline)|(?:on|over|via)\s+(?:the\s+|a\s+)?(?:phone|telephone|hotline))"
_VERBS: tuple[_Verb, ...] = (
    _verb("offer", "mediation_offer", "045",
          r"(?:offer\w*|ready|willing|prepared|stands?\s+ready)\s+(?:(?:on|last|this)\s+\w+day\s+|again\s+|also\s+|publicly\s+)?"  # "offered on Friday to"
          r"(?:to\s+do\s+(?:what|all|everything|whatever)\s+\w+\s+(?:can|could)\s+)?"  # "ready to do what it could to broker"
          r"to\s+(?:mediate|host|facilitate|broker|contribute|resume|reconvene|"
          r"help\s+(?:to\s+)?(?:bring|broker|mediate|resolve|settle|end|facilitate|host))|"
          # the mediator's own step: "has stepped in to mediate between", "agreed to facilitate the talks"
          # "wants to act as a mediator between Iran and the US", "had acted as a mediator for a cease-fire"
          r"(?:act\w*|serv\w*)\s+as\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:mediators?|intermediar(?:y|ies)|go-betweens?|facilitators?|brokers?|guarantors?)\b|"
          r"(?:attempt\w*|efforts?|bids?|tried|trie?s|trying|sought|seeks?|seeking|work\w*|stepp?(?:ed|ing|s)?\s+in|agree[ds]?|agreeing|"
          r"pledg\w*|promis\w*|vow\w*|volunteer\w*)\s+to\s+(?:broker|mediate|facilitate)|offer\w*\s+(?:its|his|her)\s+good\s+offices|"
          # "reaffirmed Nairobi's commitment to mediate peace between", "Kenya's commitment to facilitating dialogue"
          r"(?-i:[A-Z][\w.]+)[’']s\s+(?:\w+\s+)?(?:commitment|readiness|willingness|determination)\s+to\s+(?:mediat|facilitat|broker)\w*|"
          r"(?:will|would|to|can|could)\s+help\s+(?:to\s+)?facilitate\s+(?:the\s+|a\s+|peace\s+|direct\s+|new\s+)*(?:talks|negotiations|dialogue|process)|"
          r"push\s+for\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\s+between|"
          r"(?<=\bto\s)help\s+(?:to\s+)?(?:mediate|broker)|"  # "travelled to Ethiopia to help mediate an end to the conflict"  # "made a renewed push for truce talks between"
          # "arrived in Beirut in a bid to secure a cease-fire deal between Israel and Hezbollah"
          r"(?:in\s+a\s+bid|in\s+an\s+(?:effort|attempt)|push\w*)\s+to\s+(?:secure|broker|clinch|seal)\s+(?:a\s+|the\s+|an\s+)?"
          r"(?:[\w-]+\s+){0,2}?(?:deal|truce|ceasefire|cease-fire|agreement)(?=\s+between\b)|"
          r"host(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|(?:peace|international)\s+conference|summit|signing\s+ceremony)|"
          r"(?:launch(?:es|ed|ing)?|(?:re)?conven(?:e|es|ed|ing)|chair(?:s|ed|ing)?)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
          r"(?:talks|negotiations|peace\s+conference)(?!\s+with\b)|"
          # "Charles Michel, who initiated the meeting": the one who brought the sides together
          r"(?:initiat|organi[sz])(?:ed|es|ing)\s+(?:the|this|these)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|negotiations)\b|"
          r"offer\w*\s+(?:its|his|her|their|the\s+[\w.]+[’']s)\s+(?:full\s+|continued\s+)?(?:support|help)\s+for\s+"
          r"(?:a\s+|the\s+)?(?:dialogue|talks|negotiations|mediation|peace\s+talks|a\s+settlement)|"
          # a verb, not an adjective: not "under a newly brokered deal"
          r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!ly\s)(?:mediat|broker)(?:ed|es|ing)\s+(?:the\s+|a\s+|peace\s+|direct\s+|new\s+)*"
          r"(?:talks|negotiations|peace|deal|dialogue)|"
          r"(?:mediat|broker)(?:ed|es|ing)\s+between|(?<=\bto\s)(?:mediate|broker)\s+(?:the\s+|a\s+|new\s+)?(?:peace\s+)?(?:talks|negotiations)\s+between|"
          r"(?:are|is|were|was|been)\s+(?:also\s+|jointly\s+)?mediating(?=\s*(?:[,.;]|$))|"  # "Kenya and Norway were mediating"
          r"offer\w*\s+(?-i:[A-Z][\w.]+)[’']s\s+(?:full\s+|continued\s+)?(?:support|help)\s+in\s+(?:facilitating|mediating|brokering|hosting)|"
          r"(?:joint|their|its|his|her|(?-i:[A-Z][\w.]+)[’']s)\s+(?:(?-i:[a-z]+)\s+)?mediation(?:\s+efforts?)?|"  # "the success of joint mediation efforts"
          # a third party's plan for a settlement: "have put forward a proposal for a three-month humanitarian truce",
          # "presents new Gaza ceasefire proposal"
          r"(?:put(?:s|ting)?\s+forward|tabled|floated|unveil(?:s|ed)|present(?:s|ed)?|submit(?:s|ted)?)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
          r"(?:[\w-]+\s+){0,3}?(?:(?:truce|ceasefire|cease-fire|peace)\s+(?:proposal|plan|initiative|roadmap)|"
          r"(?:proposal|plan|initiative|roadmap)\s+(?:for|on|to)\s+(?:[\w-]+\s+){0,4}?(?:truce|ceasefire|cease-fire|peace|settlement|deal))",
          "offer"),
    # "the meeting was held on the initiative of the Russian side": the one who called it mediated
    # "top diplomats had gathered in Luanda on the invitation of their host Angola" (not "invited by the US" to a war)
    _verb("initiative-of", "mediation_offer", "045", r"(?:(?<=\bheld\s)|(?<=\bmet\s)|(?<=\bgathered\s))(?:[\w,]+\s+){0,4}?(?:on|at)\s+the\s+"
                                                     r"(?:initiative|invitation)\s+of(?:\s+(?:their|the)\s+hosts?)?", "offer"),
    # "thanked Norway for facilitating the talks": the one thanked mediated
    _verb("thanked-for", "mediation_offer", "045", r"thank\w*\s+(?-i:[A-Z][\w.]+)\s+for\s+(?:facilitating|mediating|brokering|hosting)", "offer"),
    _verb("proposed-to", "mediation_offer", "045",
          r"(?:reached\s+out|turned|wrote|went)\s+to(?=" + _IN_SENTENCE + r"{0,80}\bwith\s+(?:a|an|its|his|her)\s+(?:[\w-]+\s+)?(?:propos\w*|offer|plan)\b)|"
          # "presented Israel and Hamas with a bridging proposal", "submitted a truce plan to both sides"
          r"(?:presented|presents|submitted|submits|handed|hands)(?=" + _IN_SENTENCE + r"{1,60}?\bwith\s+(?:a|an|the|what|its|their)\b"
          + _IN_SENTENCE + r"{0,50}?\b(?:propos\w*|plan|draft)\b)|"
          r"(?:presented|presents|submitted|submits|handed|hands)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:proposal|plan|draft)\s+to"),
    _verb("mediated-by", "mediation_offer", "045",
          r"(?:talks|negotiations|dialogue|meetings?|process|deal|agreement|accord)\b[\w,\s]{0,80}?\b(?:(?:co-)?(?:hosted|convened|chaired)\s+by|"
          + BROKERED_BY + ")", "offer"),
    _verb("phone-call", "call", "041",
          r"(?:held|had|holds|has)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:phone|telephone|telephonic|video)\s+(?:calls?|conversations?|talks|discussions?)(?:\s+with)?|"
          r"(?:phone|telephone|video)\s+(?:call|conversation|chat)\s+with|(?:held|had|holds|has|made|makes)\s+(?:\w+\s+)?calls?\s+with|"
          r"(?:spoke|spoken|speaks|speaking|talked|talking|chatted)(?:\s+" + _PHONE + r")?(?:\s+(?:yesterday|today|earlier|later|again|separately|"
          r"late|overnight|(?:on|this|last)\s+\w+day|\w+ly))?\s+(?:with|to)|"
          r"(?:spoke|spoken|talked)(?:\s+" + _PHONE + r")?|(?:speak|talk)\s+" + _PHONE + r"|"
          r"(?:discussed|discusses|discussing)\s+" + _IN_SENTENCE + r"{1,60}?\s+with(?=\s+" + _IN_SENTENCE + r"{1,60}?\s+" + _PHONE + r")",
          "mutual"),
    # "A, B discuss Syria in phone call", "A and B said during a telephone conversation that ...": the subjects'
    # own call; what they discuss is no counterpart
    _verb("discussed-in-call", "call", "041",
          r"(?:discuss(?:ed|es|ing)?|talk(?:ed|s)?|said|say|agreed|agree|stressed|emphasi[sz]ed|noted|expressed|exchanged|"
          r"reviewed|reaffirmed|underlined|affirmed|resolve[sd]?)(?=(?:\s+" + _IN_SENTENCE + r"{1,60}?)?\s+(?:(?:in|during|over)\s+(?:a\s+|their\s+)?"
          r"['‘\"“]?(?:[\w-]+\s+)?(?:phone|telephone|video|hotline)\s+(?:call|conversation|talks|contact)|"  # "in 'third hotline contact'"
          r"(?:over\s+(?:the\s+)?|by\s+)(?:phone|telephone)\b))", "mutual"),
    _verb("call-from", "call", "041", r"(?:received|receives|got|had|took)\s+(?:a\s+)?(?:phone\s+|telephone\s+)?call(?:\s+(?:on|late|early|last|this)(?:\s+\w+){1,2}?)?\s+from"),
    _verb("told-by-phone", "call", "041", r"(?:told|tells|assured|informed|briefed|urged|urges|asked|asks)(?=\s+" + _IN_SENTENCE
                                          + r"{1,60}?\s+(?:in|during|by|over)\s+(?:a\s+|the\s+|their\s+|his\s+|her\s+)?"
                                          r"(?:first\s+|second\s+|latest\s+|\w+-minute\s+)?(?:phone|telephone|call\b))"),  # "in first call since 2022"
    _verb("called", "call", "041", r"(?:called|calls|calling|phoned|phones|rang|telephoned)(?!\s+(?:for|on|off|up|out|it|in)\b)"),
    _verb("hosted", "meeting", "043", r"hosted|hosts|hosting|received|receives|welcomed|welcomes|convened|convenes"),
    _verb("visited", "meeting", "042", r"visited|visits|visiting|(?:made|paid)\s+(?:a\s+)?(?:\w+\s+)?visit\s+to|visit\s+to"),
    _verb("travelled-to", "meeting", "042", r"(?:travel(?:l)?(?:ed|s)|flew|flies|went|came|head(?:ed|s))\s+to|(?:arriv(?:ed|es|e)|land(?:ed|s)|touch(?:ed|es)\s+down)\s+in"),
    _verb("delegation-to", "meeting", "042", r"delegations?\s+(?:to|visiting)"),
    # "to negotiate a permanent ceasefire deal with Houthi officials"
    _verb("negotiated", "meeting", "046", r"negotiat(?:e|ed|es|ing)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:deal|ceasefire|cease-fire|truce|agreement|settlement)\s+)?with"
                                          r"|negotiations\s+with"),
    # "Pakistan summoned India's deputy high commissioner": the envoy was received in person
    _verb("summoned", "meeting", "042", r"summon(?:ed|s|ing)"),
    _verb("met", "meeting", "042",
          r"(?:met|meets|meet)(?:\s+with)?|(?:meeting|sat\s+(?:down\s+)?)\s+with|"
          r"(?:held|hold|holds|holding|had)\s+(?:" + _TALKS_WORDS + r"\s+){0,4}(?:talks|meetings?|negotiations|summit)(?:\s+with)?|"
          # "A and B began negotiations in Almaty", "resumed talks", "concluded two days of talks with"
          r"(?:began|begun|begin|begins|started|starts|opened|opens|resumed|resumes|launched|launches|concluded|concludes|"
          r"wrapped\s+up|completed|completes)\s+(?:(?:days?|weeks?)\s+|" + _TALKS_WORDS + r"\s+){0,4}(?:talks|negotiations)(?:\s+with)?|"
          r"(?:talks|summit)(?:\s+(?:in|at)\s+(?-i:[A-Z][\w-]+))?\s+with|(?:in|held|holding|had|hold|entered\s+into)\s+(?:\w+\s+){0,2}(?:discussions?|consultations?|dialogue)\s+with|"
          # "the government and the EMC have been conducting a peace negotiation", "engaged in talks with"
          r"(?:conduct(?:s|ed|ing)?|engag(?:ed|es|ing)\s+in)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:negotiations?|talks|dialogue)(?:\s+with)?|"
          r"(?:are|were|is|was|remain|remained)\s+in\s+(?:direct\s+|peace\s+)?(?:talks|negotiations)(?:\s+with)?|"
          r"(?:sat|sit|sitting)\s+down\s+together|(?:met|meet)\s+(?:together|face\s+to\s+face)|(?:had\s+)?gathered(?=\s+(?:in|at|on)\b)|"
          r"(?<=\s)(?:at|during)\s+(?:a|their)\s+(?:[\w-]+\s+)?meeting(?!\s+(?:of|between|with)\b)|"  # "A and B agreed at a meeting in Moscow"
          r"(?:held|hold|holds|gave|give)\s+a\s+joint\s+(?:news|press)\s+conference(?:\s+with)?|"
          r"(?:signed|signs)\s+(?:a|an|the)\s+(?:(?:text|final\s+version|draft)\s+of\s+(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?"
          r"(?:agreement|deal|accord|pact|treaty|declaration|memorandum)(?:\s+with)?",
          "mutual"),
    # "The meeting, mediated by Qatar, was attended by A and B": A and B met
    _verb("attended-by", "meeting", "042", r"(?:(?<=\bwas\s)|(?<=\bwere\s))attended\s+by", "attendees"),
    # "the deal was signed in Rome between A and B", "an agreement was reached on Tuesday between A and B", "the signing
    # of a peace deal last Friday between A and B"
    # (not "the truce signed between A and B in 2020" nor "the deal that was reached between A and B": they name a deal)
    _verb("signed-between", "meeting", "042", r"(?:(?<!\bthat\s)(?<!\bwhich\s)(?:was|were|been)\s+(?:signed|reached|struck|concluded)|signing\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
          r"(?:agreement|deal|accord|treaty|truce|ceasefire|cease-fire))\b" + _IN_SENTENCE + r"{0,60}?\bbetween", "attendees"),
    _verb("brought-together", "meeting", "042", r"br(?:ought|ings?|inging)\s+together", "attendees"),  # "the retreat brought together A and B"
    _verb("meeting", "meeting", "042", r"meeting(?=\s+(?:with\s+)?(?:the\s+)?(?-i:[A-Z]))|"
                                       r"meeting(?=(?:\s+(?:in|at|on)\s+(?:the\s+)?[\w’'-]+,?)+\s+with\s)|"  # "meeting on Monday in Luanda with"
                                       r"(?:flanked|joined|accompanied)\s+(?:in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+)?by|"  # "were joined in the UAE by"
                                       r"(?:st(?:ood|ands|anding)|s(?:at|its|itting))\s+(?:beside|alongside|next\s+to)"),
    _verb("appeal", "appeal", "020",
          r"(?:request\w*|sought|seek\w*|ask\w*\s+for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call)\s+with|"  # "requested a meeting with the US"
          r"appeal\w*\s+(?:\w+ly\s+)?to|urg(?:ed|es|ing|e)|ask(?:ed|s|ing)?|press(?:ed|es|ing)|"
          # "called on", "called in a statement on", "called on Tuesday on" all parties
          r"call(?:ed|s|ing)?\s+(?:(?:in\s+a\s+(?:\w+\s+)?statement|on\s+\w+day|again|also)\s+)?(?:up)?on|"
          r"implor\w+|beg(?:s|ged|ging)?\b|plead\w*\s+with|request\w*|(?<!the\s)(?<!\ba\s)demand(?:ed|s|ing)?\s+that|encourag\w*|"
          r"lodg(?:ed|es|ing)\s+(?:a\s+)?(?:\w+\s+)?protests?\s+with|"  # "lodged a strong protest with India": a demand made to it
          # "putting pressure on Ethiopia to negotiate" (not "pressuring Afghan forces stretched on many fronts")
          r"(?:(?:put(?:s|ting)?|pil(?:ed|es|ing))\s+(?:\w+\s+)?pressure\s+on|pressur(?:ed|es|ing))(?=" + _IN_SENTENCE + r"{1,60}?\b(?:to|into)\s+\w)"),
    _verb("appeal-for", "appeal", "020", r"call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?(?!\s+by)"),
    _verb("help", "appeal", "023", r"appeal\w*\s+(?:\w+\s+)?for\s+(?:\w+\s+)?(?:help|aid|assistance|support)|"
                                    r"s(?:eeks?|ought|eeking)\s+(?:\w+\s+)?(?:help|aid|assistance|support)"),
)
# A bare "talks" or "negotiations" that the text says took place, with no actors named: the main pair met.
_TALKS = gated(
    r"\b(?:(?:rounds?\s+of|held|hold|took\s+place|there\s+(?:were|was|have\s+been|has\s+been)|ongoing|latest|previous|"
    r"direct|peace|ceasefire|trilateral|bilateral)\s+(?:(?!phone\b|telephone\b|video\b)[\w-]+\s+){0,3}?(?:talks|negotiations)|"
    r"(?:talks|negotiations)\s+(?:[\w-]+\s+){0,4}?(?:ended|broke\s+down|took\s+place|resumed|began|stalled|collapsed|"
    r"continued|were\s+held|(?<!\bbe\s)held\s+(?=in\b|at\b)|remain\w*|are\s+(?:under\s*way|ongoing)|failed))\b",
    re.IGNORECASE,
)
# An objectless appeal tied to the call or meeting just before it: "called B to urge ...", "met B and urged ...".
_LINKED_APPEAL = re.compile(r"(?:\bto|\band)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s+$")  # "..., urging them to": a participle on the call before it
# A call or meeting made to appeal: "called B on Sunday to urge ...", "visited B to ask ...".
_CONTACT_THEN_TO = re.compile(r"\b(?:called|phoned|rang|telephoned|met|spoke|talked|visited|(?:dialogue|discussions?|consultations?)\s+with)\b" + _IN_SENTENCE + r"*\bto\s+$", re.IGNORECASE)
_WHERE_BORDERS = re.compile(r"\bwhere\s+(?:the\s+)?(?:(?:borders?|frontiers?)\s+of\s+)?(?:(?:the\s+)?[A-Z][\w-]*,?\s+(?:and\s+)?){1,6}$")
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_TALKS_AFTER = re.compile(r"\s+(?:the\s+)?(?:(?:resumption|start)\s+of\s+)?(?:(?:immediate|direct|new|peace|fresh|urgent)\s+)*"
                          r"(?:talks|dialogue|negotiations)\b(?!\s+(?:with|between|among)\b)", re.IGNORECASE)
_DIALOGUE_WITH = re.compile(r"\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:dialogue|talks|negotiations)\s+with\s+", re.IGNORECASE)
# A partner named after the talks, unless it is the article's own state ("peace negotiations with the government").
_PARTNER_AFTER = re.compile(r"(?:\s+(?:in|at|on)\s+[\w-]+)?\s+with\b(?!\s+(?:the\s+)?(?:government|authorities|regime|state)\b)", re.IGNORECASE)
_VISIT_BY = gated(r"\b(?P<words>(?:[\w-]+\s+){0,2}?)visits?\s+(?:(?:last|this)\s+\w+\s+)?by\s+", re.IGNORECASE)
_VISITED_PLACE = re.compile(r"\s+to\s+(?:the\s+)?", re.IGNORECASE)
_DEED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:offer|proposal|decision|plan|move|initiative|statement|efforts?|announcement|readiness|"
                         r"willingness|remarks|role|mediation)\b", re.IGNORECASE)
_URGED = re.compile(r"urg|ask", re.IGNORECASE)
_ONLY_OFFERED = re.compile(r"(?:offer|ready|willing|prepared|stands?\s+ready)", re.IGNORECASE)
_HOSTED_TALKS = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:talks|negotiations|delegations|negotiators|envoys|representatives)\b", re.IGNORECASE)
_COUNTERPARTS = re.compile(r"\s+and\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?counterparts\b", re.IGNORECASE)
_JOINTLY = re.compile(r"^[^,;]*?\band\b", re.IGNORECASE)  # a subject of two joined by "and" ("A and B met with C")
_TOPIC_AFTER = re.compile(r"\s+(?:on|about|over|regarding|concerning)\s+(?!(?:the\s+)?(?:phone|telephone|video|sidelines)\b)", re.IGNORECASE)
_TALKS_NOUN = re.compile(r"\b(?:talks|negotiations|dialogue|summit)\b", re.IGNORECASE)
_BETWEEN = gated(r"\b(?:talks|negotiations|meetings?|summit|calls?|conversations?|dialogue)(?:\s+(?:in|at)\s+[A-Z][\w-]+|\s+(?:in|on)\s+(?:a|the)\s+(?:week|day|month)|\s+on\s+\w+day)?"
                 # "a call had taken place on Wednesday between", "a telephone conversation took place May 16 between"
                 r"(?:\s+(?:had\s+|has\s+)?(?:taken|took)\s+place(?:\s+(?:(?:on|in|at)\s+)?[\w-]+(?:\s+\d{1,2})?)?)?(?:\s+between|,?\s+(?:involving|among)|,\s*including)\s+", re.IGNORECASE)
_LED = re.compile(r"^-(?P<role>led|brokered|mediated|facilitated|hosted|sponsored|backed)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|process|meetings?|consultations|dialogue)\b",
                  re.IGNORECASE)
_PAIR_NOUN = re.compile(r"^\s*[-–]\s*$")
_PAIR_TALKS = re.compile(r"^\s*(?:talks|negotiations|meeting|summit|call)\b", re.IGNORECASE)
_COLLECTIVE = re.compile(
    r"^\s*(?:the\s+)?(?:international\s+community|world\s+(?:leaders|powers|community)|(?:western\s+)?allies|"
    r"foreign\s+(?:leaders|partners)|(?:global|western)\s+leaders|partners|the\s+world)\b",
    re.IGNORECASE,
)
_NOT_HAPPENED = re.compile(
    r"\b(?:will|would|could|should|might|(?-i:may)|must|shall|won’t|won't|can't|cannot|not|never|no|ready|willing|wants?|"
    r"wanted|hopes?|hoped|plans?(?=\s+(?:to|for)\b)|planned|planning|expects?|expected|set|due|promised|intends?|going|refused|declined|any|"
    r"proposed|invited|prepare\w*|potential|possible|possibility|organi[sz]\w*|arrang\w*|future|next|upcoming|call\w*\s+for|urg\w*|push\w*\s+for|"
    r"demand\w*|ahead\s+of|before|encourag\w*|back\w*|support\w*|welcom\w*|press\w*\s+for|seek\w*|sought|request\w*|resumption)"
    r"\s+(?:(?!and\s)[\w’'-]+\s+){0,3}$",  # "... and urged": a new predicate
    re.IGNORECASE,
)
# "ruled out talks with", "cancelled a meeting with": an engagement called off, right before its noun.
_CALLED_OFF = re.compile(r"\b(?:rul(?:ed|es|ing)\s+out|reject\w*|boycott\w*|snubb?\w*|cancel\w*|postpon\w*|call\w*\s+off|"
                         r"pull\w*\s+out\s+of)\s+(?:(?:a|an|the|any|further|planned|direct)\s+){0,2}$", re.IGNORECASE)
_SPECULATION = re.compile(r"\b(?:perhaps|possibly|maybe|probably)\s+(?:a\s+|an\s+)?(?:sign|signal|indication|hint)\s+that\b[^.;]{0,80}$", re.IGNORECASE)
_CALLED_OFF_AFTER = re.compile(r"[^.;]{0,60}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:cancel\w*|called\s+off|postponed|scrapped|"
                               r"put\s+off|shelved)\b", re.IGNORECASE)
_TO_OPEN = re.compile(r"\bto\s+(?:open|start|begin|launch|resume|hold|enter|pursue|seek|restart|facilitate|host|mediate|broker|arrange|organi[sz]e)"
                      r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)  # "offered to facilitate talks between the two sides": none held
_MOTION = re.compile(r"\b(?:travel\w*|flew|fly|went|go|came|come|arriv\w*|head\w*|journey\w*|trip|(?:was|were|is|are)\s+in|sent|dispatched)\b" + _IN_SENTENCE + r"{0,60}\bto\s+$",
                     re.IGNORECASE)
_NAMED_AS = re.compile(r"(?:\bwhat\s+(?:[\w’'-]+\s+){1,2}|\bso-)$", re.IGNORECASE)  # "what he called Thai aggression", "so-called"
# "the AU's chief mediator", "Egyptian and Qatari mediators": a go-between of the article's two sides.
_MEDIATOR_AFTER = re.compile(r"^(?:[’']s)?" + NAME_LIST + IN_THE_ROLE_OF + r"(?:mediators?|brokers?|facilitators?|intermediar(?:y|ies)|go-betweens?)\b",
                             re.IGNORECASE)
_MEDIATORS_FROM = re.compile(r"\b(?:mediators?|negotiators?|brokers?)\s+(?:(?:in|from|of)\s+|(?=(?-i:[A-Z])))", re.IGNORECASE)  # "Mediator Qatar"
_DEPLOYED_BEFORE = re.compile(r"\b(?:troops|forces|soldiers|peacekeepers|contingents?|battalions?|brigades?|personnel|fighters|mercenaries)"
                              r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "a United Nations proposal for a two-month truce", "a ceasefire proposal put forward by US Secretary of State John Kerry"
# (not "a new Gaza ceasefire proposal": the place the truce is for)
_PROPOSAL_AFTER = re.compile(r"(?:['’]s?)?(?:\s+(?:new|fresh|latest|revised|draft|joint|bridging|formal|\d+-point))?\s+(?:proposal|plan|initiative|roadmap)\b"
                             r"|[-‑](?:proposed|drafted|authored)\b", re.IGNORECASE)  # "a US-proposed ceasefire plan"
_PROPOSED_BY_BEFORE = re.compile(r"\b(?:proposal|plan|initiative|roadmap)s?\s+(?:[\w-]+\s+){0,3}?(?:put\s+forward|presented|drafted|tabled|"
                                 r"submitted|floated)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
_SETTLEMENT_WORD = gated(r"\b(?:truce|ceasefire|cease-fire|peace|settlement)\b", re.IGNORECASE)
_WILL_BEFORE = re.compile(r"\b(?:will|is\s+(?:set|due|scheduled)\s+to)\s+(?:also\s+)?$", re.IGNORECASE)
_EFFORTS_BY = re.compile(r"\b(?:efforts?|attempts?|bids?|push|initiatives?)\s+(?:by|of)\s+(?:the\s+)?", re.IGNORECASE)
_MEDIATOR_WORDS, _EFFORT_WORDS = AnyOf([_MEDIATORS_FROM]), AnyOf([_EFFORTS_BY])  # a sentence without their words is not searched
# "... to bring the two countries to the table", "... in reaching this agreement"
_TO_BRING_TOGETHER = re.compile(r"\s+(?:to|in)\s+(?:bring(?:ing)?|get(?:ting)?|coax(?:ing)?|persuad(?:e|ing)|broker(?:ing)?|mediat(?:e|ing)|"
                                r"facilitat(?:e|ing)|reach(?:ing)?|secur(?:e|ing))\b[^.;]{0,60}?"
                                r"\b(?:table|talks|negotiations|dialogue|together|truce|ceasefire|cease-fire|deal|agreement|peace)\b", re.IGNORECASE)
_THE_MEDIATORS = re.compile(r"\b(?:the\s+)?(?:[\w-]+\s+)?(?:mediators|facilitators)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_APPOINTED_BY = re.compile(r",?\s*(?:designated|appointed|named|chosen|mandated|tasked)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_ITS_TALKS_AFTER = re.compile(r"\s+(?:peace\s+)?(?:talks|negotiations|process|conflict|crisis|war|dialogue)\b", re.IGNORECASE)
_MEDIATOR_INSIDE = re.compile(r"\b(?:mediators?|brokers?|facilitators?)\b", re.IGNORECASE)
# What may stand before "meeting" used as a verb: a name ("Haniyeh meeting ..."), a conjunction or an auxiliary.
_PARTICIPLE_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*|\b(?:after|before|while|when|and|also|then|was|were|is|are|been|by|since)|,)\s+$")
# "<owner> ... meetings with": an engagement noun whose owner is a possessive actor, a pronoun or the sentence's subject.
_ENGAGEMENT_WITH = (
    r"(?P<noun>(?:phone\s+|telephone\s+|video\s+)?calls?|conversations?|meetings?|talks|visits?|hotline\s+contacts?|"
    r"negotiations|discussions|summit|(?:news|press)\s+conferences?)(?:\s+(?:in|at)\s+(?-i:[A-Z][\w-]+))?"  # "talks in Geneva with"
    r"\s+(?:with|(?<=visit\s)to|(?<=visits\s)to)\s+"
)
_OWNED = gated(
    r"(?:\b(?:in|during|at|after|on|through|via)\s+)?(?:\b(?P<pronoun>his|her|their|its)\s+|(?<=[’'])s?\s+|\b(?:a|an|the)\s+)?"
    r"(?P<words>(?:(?!(?:his|her|their|its|a|an|the|in|during|at|after|on|through|via)\b)[\w-]+\s+){0,2}?)" + _ENGAGEMENT_WITH,
    re.IGNORECASE,
    core=_ENGAGEMENT_WITH,
)
# "A and B ... during their meeting in Prague": the subject's own engagement.
_DEAL_WORD = re.compile(r"(?:deal|agreement|accord)\b", re.IGNORECASE)
_NAMED_CALL = gated(r"\b(?:after|following|in|during)\s+(?:a\s+)?(?P<name>(?-i:[A-Z][\w’'-]+))\s+(?:phone\s+|telephone\s+)?call\b(?!\s+(?:for|on|to)\b)",
                    re.IGNORECASE)
_THEIR_MEETING = gated(r"\btheir\s+(?:[\w-]+\s+){0,2}?(?P<noun>meetings?|talks|summit|(?:phone\s+|telephone\s+)?calls?|conversation)\b(?!\s+with\b)",
                   re.IGNORECASE)
# "held talks in Brussels on Monday with", "met over the weekend with", "spoke again last week with"
_WITH_AFTER_ADJUNCTS = re.compile(r"(?:\s+(?:in|at|on)\s+(?:the\s+)?[\w’'-]+(?:\s+\d{1,2})?,?|\s+(?:over|during)\s+the\s+(?:weekend|week|holidays?)"
                                  r"|\s+(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|weekend|month|\w+day)"
                                  r"|\s+(?:yesterday|today|tonight|again|separately|twice|also|earlier|later|late|early|overnight|privately|briefly)"
                                  r"|\s+for\s+(?:the\s+first\s+time|(?:about\s+|nearly\s+|over\s+)?(?:an|one|two|three|several|\d+)\s+hours?))+\s+with\s+",
                                  re.IGNORECASE)
_GOVERNMENT_SIDE = re.compile(r"(?:the\s+)?((?:\w+-led\s+)?(?:government|regime|authorities|junta)(?:\s+forces)?)\b", re.IGNORECASE)
_AND = re.compile(r"\s*,?\s+and\s+")
_THE_TWO = re.compile(r"\bthe\s+two\s+(?:leaders|presidents|prime\s+ministers|foreign\s+ministers|ministers|men)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_WHERE_BEFORE = re.compile(r",\s+(?:where|when)\s+$", re.IGNORECASE)
_BOTH_AS_SUBJECT = re.compile(r"\b(?:the\s+two\s+(?:sides|parties|leaders|presidents|prime\s+ministers|foreign\s+ministers|men)|both\s+sides|the\s+warring\s+(?:parties|sides)|delegations\s+(?:from|of)\s+both\s+sides"
                              r"|" + SIDE_TITLES + r"\)?(?:\s+\([\w\s]+\))?\s+of\s+(?:both|the\s+two)"  # "the army chiefs (DGMOs) of the two armies"
                              r"(?:\s+(?-i:[A-Z][\w-]*))*\s+(?:countries|nations|neighbou?rs|states|republics|armies|militaries|governments))"
                              r"(?:\s+\w+){0,3}\s+$", re.IGNORECASE)
# "In a telephone conversation on Sunday, ...", "During their meeting in Prague, ...".
_OPENING_ENGAGEMENT = re.compile(
    r"(?:in|during|at|after)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>(?:phone|telephone|video)\s+(?:call|conversation)|"
    r"meeting|talks|summit)\b[^,]{0,60}(?:,\s*(?:also\s+)?(?:mediated|brokered|hosted|facilitated|sponsored|attended)\s+by\s+[^,]{1,80})?,\s*",
    re.IGNORECASE,
)
# A third party of a summit or talks: "mediated by France and Germany" (mediators), "also attended by Macron" (attendees).
_THIRD_PARTY = re.compile(r"\b(?P<role>mediated|brokered|hosted|facilitated|sponsored|attended)\s+by\s+", re.IGNORECASE)
_ATTENDED_ENGAGEMENT = gated(r"\b(?:summit|talks|meeting|conference)\b[^.;]{0,60}?\battended\s+by\s+", re.IGNORECASE)
_NAMELESS = GENERIC_GROUPS | {"X-separatists"}  # sides named by a common noun only
_CO_NAMED = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)  # "Norway and the US", not "Alongside Lavrov, Kerry"
_NEWS_WEEK = timedelta(days=7)
# "The UN envoy said the two sides agreed to extend the truce", "..., said the AU's mediator": a go-between telling
# what the sides did in their talks or deal is the one who brought them together
_REPORTED = re.compile(r"\b(?:said|says|announced|announces|told|tells|confirmed|confirms|stated)\b", re.IGNORECASE)
_SIDES_SETTLED = gated(r"\b(?:agreed|agrees|reached|signed|signing|ended|concluded|progress(?:ed|ing)|resum(?:e|ed|ing)|"
                       r"honou?red|accepted|extend(?:ed|ing)|resulted|yielded)\b", re.IGNORECASE)
_SETTLEMENT_TALK = re.compile(r"\b(?:talks|negotiations|dialogue|agreement|deal|truce|ceasefire|cease-fire|accord)\b", re.IGNORECASE)
_THE_PARTIES = re.compile(r"\b(?:parties|sides|factions|belligerents)\b", re.IGNORECASE)
_OBSERVERS = frozenset(row["code"] for row in data_rows("observers.csv"))
_MEETING_OF = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|round\s+of\s+talks|gathering)\s+(?:of|between)\s+",
                         re.IGNORECASE)  # "hosted a meeting of Libya's rival leaders"
_SEPARATELY = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
_CALL_NOUN = re.compile(r"(?:phone|telephon|video|hotline|calls?\b|conversation)", re.IGNORECASE)
_UNNAMED_SUBJECT = re.compile(r",?\s+(?:and|but|while)\s+(?:the\s+|some\s+|local\s+)?(?-i:[a-z][a-z-]+\s+){1,2}(?:have\s+|has\s+|had\s+)?$",
                              re.IGNORECASE)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|two|three|four|five|\d+|some|several|many)\s+$", re.IGNORECASE)
_MEDIATE_FOR = re.compile(r"\s+(?:for|with)\s+(?=(?-i:[A-Z]))", re.IGNORECASE)  # "ready to mediate for Iran, US"
_TALKS_WITH = re.compile(r"\b(?:(?:talks|negotiations|dialogue|meetings?)\s+with|negotiate\s+(?:[\w-]+\s+){0,5}?with|to\s+meet\s+with)\s+", re.IGNORECASE)
_THEM = re.compile(r"\s+them\b", re.IGNORECASE)
_PHONE_WORD = re.compile(r"\b(?:phone|telephone|telephonic|video|hotline)\b", re.IGNORECASE)
_NOT_YET_HELD = re.compile(r"\b(?:planned|proposed|upcoming|possible|potential|future|next|expected|scheduled|likely|first-ever)\b", re.IGNORECASE)
_PREPOSITION = re.compile(r"(?:in|during|at|after|on|through|via)\b", re.IGNORECASE)
# Between two objects: place or time phrases, then "and" ("in Moscow on July 5 and").
_ADJUNCT_LIST = re.compile(r"(?:\s+(?:in|at|on|during)\s+(?:the\s+)?[\w’'-]+(?:\s+\d{1,2})?,?)+\s+and\s+(?:the\s+)?", re.IGNORECASE)
# "start peace talks", "resume negotiations": talks to come, not held.
_BASE_VERB = re.compile(r"\b(?:start|begin|launch|open|resume|restart|hold|enter|join|pursue|hold)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SIDES_INTRO = re.compile(r"\b(?:between|involving|among|summit\s+of|attended\s+by)\s+", re.IGNORECASE)
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


# Every engagement a sentence yields starts at a match of one of these: a sentence without any of their
# words yields none (see `_Reader._sentence`; a new way to find engagements adds its patterns here).
_ENGAGEMENT_WORDS = AnyOf([
    *(verb.pattern for verb in _VERBS), _OWNED, _THEIR_MEETING, _BETWEEN, _PAIR_TALKS, _LED, _MEDIATORS_FROM,
    _MEDIATOR_AFTER, _MEDIATOR_INSIDE, _TALKS, _EFFORTS_BY, _PROPOSAL_AFTER, _ATTENDED_ENGAGEMENT, _SIDES_SETTLED,
])


@dataclass(frozen=True)
class _Found:
    actor: Participant
    counterpart: Participant
    mode: str
    cameo: str
    rule: str
    start: int
    end: int


@lru_cache(maxsize=4096)  # asked again for each verb and noun of a sentence
def _did_not_happen(text: str, start: int) -> bool:
    """A plan, wish, refusal or negation before the verb ("ready to meet", "did not call")."""
    before = text[clause_start(text, start) : start]
    if re.search(r"\bto\s+$", before) and not _MOTION.search(before):
        return True
    if _TO_OPEN.search(before):  # "urged the EU to open direct talks with Moscow"
        return True
    if _SPECULATION.search(text, max(0, start - 120), start):  # "perhaps a sign that China put pressure on Putin to"
        return True
    return _NOT_HAPPENED.search(before) is not None or _CALLED_OFF.search(before) is not None


def _objects(view: SentenceView, position: int) -> list[Participant]:
    """The objects after `position`, also when place and time phrases split their list ("met A in Moscow on
    Monday and B in Beijing"): a later actor after "and" is one more object if only such phrases came between."""
    text, people = view.text, view.people
    found = objects_after(text, people, position)
    if not found:
        return found
    for person in people:
        if person.start < found[-1].end or is_oblique(text, person):
            continue
        gap = text[found[-1].end : person.start]
        if not _ADJUNCT_LIST.fullmatch(gap):
            break
        found.append(person)
    return found


def _is_a_people(text: str, participant: Participant) -> bool:
    """"Palestinians", "Ukrainians": a people addressed as a whole, not a state's government."""
    surface = text[participant.start : participant.end]
    return participant.kind == "demonym" and participant.person is None and surface.endswith("s") and not re.match(r"\s+(?:officials|leaders|authorities|government)\b", text[participant.end :])


def _pairs(actors: Sequence[Participant], counterparts: Sequence[Participant], world_acts: bool = False) -> list[tuple[Participant, Participant]]:
    """Each known actor with each known counterpart (or the international community) of another code; for an appeal
    (`world_acts`), no caller is an addressee and the international community may be an actor too ("World leaders
    urged Iran and Israel ...")."""
    actors = [a for a in _distinct(actors) if a.code not in NOT_A_SIDE or (world_acts and a.code == "INTL")]
    # an appeal's callers are none of its addressees: "Egypt, the UN and the US urged the warring parties" urges no Egypt
    callers = {a.code for a in actors} if world_acts else set()
    counterparts = [c for c in _distinct(counterparts) if (c.code == "INTL" or c.code not in NOT_A_SIDE) and c.code not in callers]
    return [(a, c) for a in actors for c in counterparts if a.code != c.code]


def _distinct(people: Sequence[Participant]) -> list[Participant]:
    seen: dict[str, Participant] = {}
    for person in people:
        if person.code not in seen or (seen[person.code].person is None and person.person):
            seen[person.code] = person
    return list(seen.values())


def _sides(main: tuple[str, ...]) -> list[Participant]:
    return [Participant(code, 0, 0, "state") for code in main]


@dataclass
class _Reader:
    """Reads one article's sentences in order, keeping the article-level context."""

    views: Sequence[SentenceView]
    main: tuple[str, ...]
    home: str | None = None  # the state the article names most: "the government" it urges
    groups: tuple[str, ...] = ()  # the armed groups the article names, most named first
    mediators: list[Participant] = field(default_factory=list)  # who "the mediators" are, once the article named them
    last_pair: list[Participant] = field(default_factory=list)  # the two sides of the latest meeting: "the two ministers"
    previous_pair: list[Participant] = field(default_factory=list)  # the two of the sentence before's last engagement
    published: date | None = None  # the article's day: a meeting it says "will" happen that day is under way

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
            self.mediators = self.mediators or _distinct([f.actor for f in found if f.mode == "mediation_offer" and f.actor.code not in NOT_A_SIDE])
            met = [f for f in found if f.mode == "meeting"]
            self.last_pair = [met[-1].actor, met[-1].counterpart] if met else self.last_pair
            self.previous_pair = [found[-1].actor, found[-1].counterpart] if found else []
            previous = view.carried_subject(previous)
        return _dedupe(items)

    def _sentence(self, view: SentenceView, previous: list[Participant], context: dict[str, list[Participant]]) -> list[_Found]:
        if not _ENGAGEMENT_WORDS.may_match(view.text):
            return []
        found = self._owned_engagements(view, previous)
        taken: list[tuple[int, int]] = [(f.start, f.end) for f in found]
        found_literals = present(view.text)
        for verb in _VERBS:
            if not verb.pattern.passes(found_literals):
                continue
            for match in verb.pattern.finditer(view.text):
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
                sides = _distinct([c for _, c in pairs])
                if verb.name == "hosted" and len(sides) >= 2 and _HOSTED_TALKS.match(view.text[max(c.end for c in sides) :]):
                    # "A hosted B-C talks": B and C met, A offered its good offices
                    found += [_Found(a, c, "mediation_offer", "045", "hosted-talks", match.start(), match.end()) for a, c in pairs]
                    found += [_Found(b, c, "meeting", "046", "hosted-talks", match.start(), match.end()) for b, c in combinations(sides, 2)]
                    continue
                found += [_Found(a, c, verb.mode, verb.cameo, verb.name, match.start(), match.end()) for a, c in pairs]
                if verb.name == "hosted" and self._both_sides(sides) and not set(self.main) & {a.code for a, _ in pairs}:
                    # "A hosted B and C", the two sides of the war: A brought them together, and they met
                    found += [_Found(a, c, "mediation_offer", "045", "hosted-sides", match.start(), match.end()) for a, c in pairs]
                    a, b = _sides(self.main)
                    found.append(_Found(a, b, "meeting", "046", "hosted-sides", match.start(), match.end()))
                if verb.name == "told-by-phone" and _URGED.match(match.group(0)):  # "urged B in a call to ...": a call and an appeal
                    found += [_Found(a, c, "appeal", "020", verb.name, match.start(), match.end()) for a, c in pairs]
                offered = _ONLY_OFFERED.match(match.group(0)) or _did_not_happen(view.text, match.start())  # no talks held yet
                if verb.shape == "offer" and _TALKS_NOUN.search(match.group(0)) and not offered:  # mediated talks: the sides met
                    sides = _distinct([c for _, c in pairs])
                    found += [_Found(a, b, "meeting", "046", f"{verb.name}-talks", match.start(), match.end()) for a, b in combinations(sides, 2)]
        found += self._nominal(view, taken)
        return found

    def _participants(self, view: SentenceView, verb: _Verb, match: re.Match[str], previous: list[Participant],
                      context: dict[str, list[Participant]]) -> list[tuple[Participant, Participant]]:
        text = view.text
        purpose = verb.name == "appeal" and _CONTACT_THEN_TO.search(text, 0, match.start())
        if verb.shape != "offer" and not purpose and _did_not_happen(text, match.start()) and not self._held_today(view, verb, match):
            return []
        if verb.mode == "meeting" and _CALLED_OFF_AFTER.match(text, match.end()):
            return []  # "days after talks with Pakistan were cancelled"
        if verb.name == "meeting" and match.group(0).lower() == "meeting" and not _PARTICIPLE_BEFORE.search(text, 0, match.start()):
            return []  # "a meeting", "their recent meeting": a noun, read by `_owned_engagements`
        if match.group(0).lower().startswith("demand") and _NOUN_BEFORE.search(text, 0, match.start()):
            return []  # "demands that Israel has rejected": the noun
        # "held talks on Syria", "talks about the Syrian crisis": the subject of the talks, not a partner
        objects = [] if verb.shape == "mutual" and _TOPIC_AFTER.match(text, match.end()) else _objects(view, match.end())
        if not objects and verb.mode in {"meeting", "call"}:  # "held talks in Brussels on Monday with EU leaders"
            later = _WITH_AFTER_ADJUNCTS.match(text, match.end())
            objects = _objects(view, later.end()) if later else []
        if verb.name == "discussed-in-call":
            objects = []
        # "welcomed Israel's decision": praise of a deed, no engagement; "urged Hadi's government": the state
        objects = [o for o in objects if not o.possessive or _STATE_BODY_AFTER.match(text, o.end)
                   or (verb.name == "visited" and _CAPITAL_AFTER.match(text, o.end))]  # "visited Eritrea's capital, Asmara"
        if verb.name == "hosted" and objects and _DEED_AFTER.match(text, objects[-1].end):
            return []  # "welcomes Erdogan offer to mediate": praise of a deed, no visit
        if match.group(0).lower() == "welcomed" and _BY_AFTER.match(text, match.end()):
            return []  # "a step welcomed by Egypt": praise of news (a guest is "received by" or "hosted by")
        if verb.mode == "appeal":
            objects = [o for o in objects if not _is_a_people(text, o)]
        if verb.name == "appeal-for":  # "called for Israel to withdraw" asks Israel; "calling for Palestinian statehood" asks no one
            objects = [o for o in objects if not _MODIFIES_NOUN.match(text[o.end :]) or _ACTION_NOUN.match(text[o.end :])]
        if verb.name == "called" and (_NAMING.match(text[objects[-1].end if objects else match.end() :])
                                      or (not objects and _UNKNOWN_NAME.match(text, match.end()))  # "a unit called Danab"
                                      or _NAMED_AS.search(text, 0, match.start())):
            return []
        if verb.name == "mediated-by" and _DEAL_WORD.match(match.group(0)) and not _TALKS_NOUN.search(match.group(0)):
            return self._deal_brokers(view, match, objects)
        if verb.name == "mediated-by":
            return self._mediation(view, match, objects)
        if verb.shape == "attendees":  # the mediator named in the sentence is no attendee of its talks
            hosts = {p.code for hosted in _MEDIATED_BY.finditer(text) for p in objects_after(text, view.people, hosted.end())}
            attendees = _distinct([o for o in objects if o.code not in NOT_A_SIDE and o.code not in hosts])
            if verb.name == "signed-between" and len(attendees) != 2:
                return []  # a deal is signed by its two sides; a list of more is no one signing
            return list(combinations(attendees, 2))
        participle = _COMMA_BEFORE.search(text, 0, match.start()) and _THEM.match(text, match.end())
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
        if any(p in view.people and (led := _LED.match(text[p.end :])) and match.start() < p.end + led.end() for p in subject):
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
        if not objects:
            objects = self._implicit_objects(view, verb, match, subject)
        known = [p for p in _distinct(subject) if p.code not in NOT_A_SIDE]
        if not objects and verb.shape == "mutual" and len(known) >= 2:
            return list(combinations(known, 2))
        named_two = _THE_TWO.search(text, 0, match.start()) if not objects and verb.shape == "mutual" else None
        guests = _distinct([p for p in view.people if named_two and p.end <= named_two.start() and p.code not in NOT_A_SIDE])
        if named_two and len(guests) >= 3 and _WHERE_BEFORE.search(text, 0, named_two.start()):
            # "A hosted B and C at the White House, where the two leaders signed": the two guests named last
            return [(guests[-2], guests[-1])]
        both = not objects and verb.shape == "mutual" and len(self.main) == 2 and _BOTH_AS_SUBJECT.search(text, 0, match.start())
        if both and all(p not in view.people or both.start() <= p.start or not text[p.end : both.start()].strip() for p in subject):
            # "the two sides met", "the army chiefs of the two countries spoke"
            return list(combinations(_sides(self.main), 2))
        if verb.mode != "appeal":
            objects = [o for o in objects if o.code != "INTL"]
        if verb.name in {"travelled-to", "delegation-to"}:  # a trip to a warring side's land meets that side, a visit with no other partner
            # named its host ("Pakistan's foreign minister arrives in Beijing"); else the land is only a venue
            # a trip made to talk with someone named meets them, not the land ("arrived in Sanaa to negotiate with the Houthis")
            alone = _TALKS_WITH.search(text) is None
            objects = [o for o in objects if alone and (o.code in self.main or o.kind in {"state", "capital"})]
            subject = [p for p in subject if p in view.people and p.start < match.start()]
        pairs = _pairs(subject, objects, world_acts=verb.mode == "appeal")
        if verb.name == "met" and pairs and _JOINTLY.search(text, 0, match.start()):
            # "Erdogan and the UN chief, Antonio Guterres, met with Zelensky": the two who came together met too
            pairs += list(combinations(known, 2))
        named = [o for o in objects if o in view.people]
        if (verb.name == "met" and len(self.main) == 2 and {o.code for o in named} == set(self.main) == {o.code for o in objects}
                and not set(self.main) & {p.code for p in subject} and not _SEPARATELY.search(text)):
            pairs.append(tuple(_sides(self.main)))  # "Michel and Macron met with Pashinyan and Aliyev": the two sides met too
        return pairs

    def _hosted_both_sides(self, view: SentenceView, match: re.Match[str]) -> list[_Found]:
        """"A hosted a meeting of Libya's rival leaders", "A hosted both sides": A mediates, and the war's two sides met."""
        if len(self.main) != 2 or _did_not_happen(view.text, match.start()):
            return []
        meeting = _MEETING_OF.match(view.text, match.end())
        if not names_both_sides(view.text, meeting.end() if meeting else match.end()):
            return []
        hosts = [p for p in view.subject(match.start()) if p.code not in self.main and p.code not in NOT_A_SIDE]
        a, b = _sides(self.main)
        return [*(_Found(host, side, "mediation_offer", "045", "hosted-sides", match.start(), match.end()) for host in hosts for side in (a, b)),
                *([_Found(a, b, "meeting", "046", "hosted-sides", match.start(), match.end())] if hosts else [])]

    def _both_sides(self, guests: Sequence[Participant]) -> bool:
        """The guests include the article's two warring sides."""
        return len(self.main) == 2 and {g.code for g in guests} >= set(self.main)

    def _held_today(self, view: SentenceView, verb: _Verb, match: re.Match[str]) -> bool:
        """"Vucic will meet Tuesday with the ambassadors" in a report of that Tuesday: the meeting is that day's."""
        return (
            verb.mode in {"meeting", "call"} and view.day is not None and not view.inferred and view.day == self.published
            and _WILL_BEFORE.search(view.text, 0, match.start()) is not None
        )

    def _owned_engagements(self, view: SentenceView, previous: list[Participant]) -> list[_Found]:
        """Engagements named as a noun with their owner: "the SDF's negotiations with Damascus", "his visits with
        A and B", "In calls with A, B said". "his" is the first person the sentence names, else its subject,
        else the previous sentence's; an opening phrase belongs to the sentence's subject."""
        text, found = view.text, []
        for match in _OWNED.finditer(text):
            objects = _objects(view, match.end())
            if not objects and names_both_sides(text, match.end()) and len(self.main) == 2:
                objects = _sides(self.main)  # "after talks with both sides"
            if not objects or _NOT_YET_HELD.search(match.group("words") or "") or _CALLED_OFF_AFTER.match(text, objects[-1].end):
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
            by_phone = _CALL_NOUN.match(match.group("noun")) or _PHONE_WORD.search(match.group("words") or "")  # "telephone talks with"
            mode, cameo = ("call", "041") if by_phone else ("meeting", "042")
            found += [_Found(a, c, mode, cameo, "owned-" + mode, match.start(), match.end()) for a, c in _pairs(owner[:1], objects)]
        for match in _THEIR_MEETING.finditer(text):
            subject = [p for p in _distinct(view.subject(match.start(), previous)) if p.code not in NOT_A_SIDE]
            mode, cameo = ("call", "041") if _CALL_NOUN.match(match.group("noun")) else ("meeting", "042")
            found += [_Found(a, b, mode, cameo, "their-" + mode, match.start(), match.end()) for a, b in combinations(subject, 2)]
        for match in _NAMED_CALL.finditer(text):  # a headline's "Trump upbeat after Zelenskyy call": the subject called him
            called = [p for p in view.people if match.start("name") <= p.start < match.end("name")]
            found += [_Found(a, c, "call", "041", "named-call", match.start(), match.end()) for a, c in _pairs(view.sentence_subject()[:1], called)]
        return found

    def _implicit_objects(self, view: SentenceView, verb: _Verb, match: re.Match[str], subject: list[Participant]) -> list[Participant]:
        """Counterparts not named as actors: "both sides", "world leaders", an actor inside "calls for US sanctions"."""
        text = view.text
        if names_both_sides(text, match.end()) and len(self.main) == 2:
            return _sides(self.main)
        if verb.name == "help":  # "sought Indian support": the one whose help is sought, else the world
            inside = [p for p in view.people if match.start() < p.start < match.end()]
            return inside[:1] or [Participant("INTL", match.end(), match.end(), "collective")]
        if verb.mode == "appeal" and _COLLECTIVE.match(text[match.end() :]):
            return [Participant("INTL", match.end(), match.end(), "collective")]
        if verb.mode == "appeal" and self.home and _THE_GOVERNMENT.match(text[match.end() :]) and self.home not in {p.code for p in subject}:
            after = text[match.end() :]
            return self._sides_named(view, match.end() + len(after) - len(after.lstrip()))  # "called on the government and all armed opposition movements to"
        dialogue = _DIALOGUE_WITH.match(text, match.end()) if verb.name == "appeal-for" else None
        if dialogue:  # "Pakistan calls for dialogue with Afghanistan": an appeal to the partner it wants to talk to
            return objects_after(text, view.people, dialogue.end())
        own = {p.code for p in subject}
        if verb.name == "appeal-for" and _TALKS_AFTER.match(text, match.end()) and len(own) == 1 and own < set(self.main) and len(self.main) == 2:
            return [side for side in _sides(self.main) if side.code not in own]  # "Pakistan called for talks": with its enemy
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
        for verb in _VERBS:
            if verb.mode not in {"call", "meeting"}:
                continue
            for earlier in verb.pattern.finditer(view.text, 0, match.start()):
                objects = [o for o in objects_after(view.text, view.people, earlier.end()) if o.end <= match.start()]
                if not objects and names_both_sides(view.text, earlier.end()) and len(self.main) == 2:
                    objects = _sides(self.main)  # "spoke with his counterparts in both countries, urging them to ..."
                pairs = _pairs(view.subject(earlier.start(), previous), objects)
                if pairs:
                    return pairs
        subject = view.sentence_subject()  # "A warned B of the risks and urged ...": B, the object of A's first verb
        verb = _FIRST_VERB.match(view.text, subject[-1].end) if subject else None
        return _pairs(subject, [o for o in objects_after(view.text, view.people, verb.end()) if o.end <= match.start()]) if verb else []

    def _sides_named(self, view: SentenceView, position: int) -> list[Participant]:
        """The sides listed at `position` ("between A and B"); "the government" (or army, regime) is the article's
        own state: "talks between the government and the rebels"."""
        text = view.text
        government = _GOVERNMENT_SIDE.match(text, position)
        if government is None or not self.home:
            return objects_after(text, view.people, position)
        home = Participant(self.home, government.start(1), government.end(1), "state")
        rest = _AND.match(text, government.end())
        return [home, *objects_after(text, view.people, rest.end())] if rest else [home]

    def _deal_brokers(self, view: SentenceView, match: re.Match[str], brokers: list[Participant]) -> list[tuple[Participant, Participant]]:
        """The brokers of a deal the sentence's subjects made, with each of them ("Saudi Arabia and Iran agreed a deal
        brokered by China"; "the two ministers signed the deal brokered by Qatar": the article's pair); no deal of the
        past ("the 2015 agreement signed under the auspices of the UN")."""
        if view.is_background(match.start()):
            return []
        broker_codes = {b.code for b in brokers}
        signers = [p for p in _distinct(view.sentence_subject()) if p.code not in broker_codes and p.end <= match.start()]
        if len(signers) < 2 and _BOTH_AS_SUBJECT.search(view.text, 0, match.start()):
            signers = self.last_pair or (_sides(self.main) if len(self.main) == 2 else [])  # "the two ministers": the pair who just met
        return _pairs(brokers, signers) if len(signers) >= 2 else []

    def _mediation(self, view: SentenceView, match: re.Match[str], mediators: list[Participant],
                   context: dict[str, list[Participant]] | None = None) -> list[tuple[Participant, Participant]]:
        """A mediator with each side: named after "between" or "involving" (also inside "talks between A and B
        hosted by C"), else the sides of the previous engagement, else the main pair."""
        between = _SIDES_INTRO.search(view.text, match.start(), match.end() + 80) or _MEDIATE_FOR.match(view.text, match.end())
        sides = self._sides_named(view, between.end()) if between else []
        partner = _TALKS_WITH.search(view.text, match.start(), match.end())
        if len(_distinct(sides)) < 2 and partner:  # "Israel's envoys flew to Doha for talks with Hamas mediated by Qatar"
            named = [p for p in objects_after(view.text, view.people, partner.end()) if p.end <= match.end()]
            owner = [p for p in view.people if p.end <= match.start() and not is_oblique(view.text, p)][:1]
            sides = owner + named if named else sides
            if not owner and len(_distinct(named)) == 1 and len(self.main) == 2 and named[0].code in self.main:
                sides = _sides(self.main)  # "negotiations with the TTP, mediated by Afghanistan": in a Pakistan-TTP war
        if len(_distinct(sides)) < 2 and mediators and context and mediators[0].code in context:
            # the mediator's earlier partners who are at war ("A called B and outlined A's mediation": B is no side)
            sides = [side for side in context[mediators[0].code] if side.code in self.main] or sides
        if len(_distinct(sides)) < 1 and self.main:  # the pair, or the one side a headline names
            sides = _sides(self.main)
        sides = [replace(side, code=group_of_record(side.code, self.groups)) for side in sides]
        named_mediators = {m.code for m in mediators if m.start >= match.start()}  # "mediated by Qatar, attended by A, B and Qatar"
        sides = [side for side in sides if side.code not in named_mediators]
        mediators = [m for m in mediators if m.code not in {s.code for s in sides}]
        return _pairs(mediators, sides)

    def _nominal(self, view: SentenceView, taken: list[tuple[int, int]]) -> list[_Found]:
        """Talks named as a noun: "talks between A and B", "A-B talks", "A-led talks", or bare talks held by the main pair."""
        text, found = view.text, []
        for match in _BETWEEN.finditer(text):
            if _did_not_happen(text, match.start()):
                continue
            sides = _distinct(self._sides_named(view, match.end()))
            if len(sides) < 2 and names_both_sides(text, match.end()) and (self.previous_pair or len(self.main) == 2):
                # "a phone conversation between the two presidents": the two of the sentence before, else the pair at war
                sides = self.previous_pair or _sides(self.main)
            mode, cameo = ("call", "041") if _CALL_NOUN.search(match.group(0)) else ("meeting", "046")
            if len(sides) == 1 and _COUNTERPARTS.match(text, sides[0].end) and len(self.main) == 2:
                # "phone calls between Russia's Lavrov and his counterparts": with each side of the article's pair
                found += [_Found(sides[0], side, mode, cameo, "talks-between", match.start(), match.end())
                          for side in _sides(self.main) if side.code != sides[0].code]
                continue
            found += [_Found(a, b, mode, cameo, "talks-between", match.start(), match.end()) for a, b in combinations(sides, 2)]
        people = view.people
        for left, right in zip(people, people[1:]):
            if _PAIR_NOUN.match(text[left.end : right.start]) and _PAIR_TALKS.match(text[right.end :]):
                found.append(_Found(left, right, "meeting", "046", "pair-talks", left.start, right.end))
        for person in people:
            led = _LED.match(text[person.end :])
            if led:
                found += self._led_talks(view, person, led)
        found += self._opening_engagement(view)
        found += self._attended(view)
        found += self._visits_by(view)
        found += self._mediators(view)
        found += self._reporting_go_between(view)
        if not found and not any(start <= m.start() < end for m in _TALKS.finditer(text) for start, end in taken):
            talks = _TALKS.search(text)
            if (talks and len(self.main) == 2 and not _did_not_happen(text, talks.start()) and not _BASE_VERB.search(text, 0, talks.start())
                    and not _NOT_YET_HELD.search(talks.group(0))  # "a deal in upcoming talks": talks to come
                    and not _PARTNER_AFTER.match(text, talks.end())):  # "held talks with a top Tigray official": not the pair's
                a, b = _sides(self.main)
                found.append(_Found(a, b, "meeting", "046", "bare-talks", talks.start(), talks.end()))
        return found

    @staticmethod
    def _opening_engagement(view: SentenceView) -> list[_Found]:
        """"In a phone call on Sunday, A and B discussed ...": the subjects after an opening call or meeting."""
        opening = _OPENING_ENGAGEMENT.match(view.text)
        if opening is None:
            return []
        subjects = _distinct(objects_after(view.text, view.people, opening.end()))
        mode, cameo = ("call", "041") if _CALL_NOUN.search(opening.group("noun")) else ("meeting", "042")
        return [*(_Found(a, b, mode, cameo, "opening-engagement", opening.start("noun"), opening.end("noun"))
                  for a, b in combinations(subjects, 2)),
                *_third_parties(view, opening.start("noun"), opening.end(), subjects)]

    @staticmethod
    def _attended(view: SentenceView) -> list[_Found]:
        """"A and B agreed ... during a summit also attended by C": A and B met, and C met each of them."""
        found = []
        for match in _ATTENDED_ENGAGEMENT.finditer(view.text):
            subjects = [p for p in _distinct(view.sentence_subject()) if p.end <= match.start()]
            if not subjects or _did_not_happen(view.text, match.start()) or _NOT_YET_HELD.search(match.group(0)):
                continue
            found += [_Found(a, b, "meeting", "042", "attended", match.start(), match.end()) for a, b in combinations(subjects, 2)]
            found += _third_parties(view, match.start(), len(view.text), subjects)
        return found

    @staticmethod
    def _visits_by(view: SentenceView) -> list[_Found]:
        """"Following a visit by Tshisekedi to Luanda": the visitor met the host (not a planned or possible visit)."""
        found = []
        for match in _VISIT_BY.finditer(view.text):
            visitors = objects_after(view.text, view.people, match.end())
            to = _VISITED_PLACE.match(view.text, visitors[-1].end) if visitors else None
            if to and not _NOT_YET_HELD.search(match.group("words")) and not _did_not_happen(view.text, match.start()):
                hosts = objects_after(view.text, view.people, to.end())
                found += [_Found(a, c, "meeting", "042", "visit-by", match.start(), match.end()) for a, c in _pairs(visitors, hosts)]
        return found

    def _mediators(self, view: SentenceView) -> list[_Found]:
        """An actor named as mediator ("the AU's chief mediator", "Qatari mediators") offers mediation to each of
        the article's two sides."""
        if len(self.main) != 2 or not view.people:
            return []
        text, found = view.text, []
        named_after = {p for m in _MEDIATORS_FROM.finditer(text) for p in objects_after(text, view.people, m.end())  # "mediators in Qatar and Egypt"
                       if not _ITS_TALKS_AFTER.match(text, p.end)} if _MEDIATOR_WORDS.may_match(text) else set()  # not "a mediator in Chad peace talks"
        efforts = _EFFORTS_BY.finditer(text) if _EFFORT_WORDS.may_match(text) else ()
        for effort in efforts:  # "efforts by Malaysia, China and the US to bring the two countries to the table"
            makers = objects_after(text, view.people, effort.end())
            if makers and _TO_BRING_TOGETHER.match(text, makers[-1].end):
                named_after.update(makers)
        for person in view.people:
            tail = _MEDIATOR_AFTER.match(text[person.end : person.end + 80])
            if person in named_after and person.code not in self.main and person.code not in NOT_A_SIDE:
                found += [_Found(person, side, "mediation_offer", "045", "mediators-from", person.start, person.end) for side in _sides(self.main)]
                continue
            named_mediator = tail or _MEDIATOR_INSIDE.search(text, person.start, person.end) or mediates(text, person)  # "mediation by Qatar"
            named_mediator = named_mediator or (_SETTLEMENT_WORD.search(text) and (  # "a fresh US proposal for a ceasefire"
                _PROPOSAL_AFTER.match(text, person.end) or _PROPOSED_BY_BEFORE.search(text, max(0, person.start - 80), person.start)))
            if person.code in self.main or person.code in NOT_A_SIDE or not named_mediator:
                continue
            appointer = _APPOINTED_BY.search(text, 0, person.start)
            if tail and appointer:  # "Angola, designated by the AU as mediator": the one designated mediates
                person = next((p for p in reversed(view.people) if p.end <= appointer.start()), None)
                if person is None or person.code in self.main or person.code in NOT_A_SIDE:
                    continue
            end = person.end + tail.end() if tail else person.end
            found += [_Found(person, side, "mediation_offer", "045", "mediator-noun", person.start, end) for side in _sides(self.main)]
        return found

    def _reporting_go_between(self, view: SentenceView) -> list[_Found]:
        """A third party in a go-between's role (an envoy, a mediator) or an organisation that tells what the two
        sides did in their talks or deal ("UNSMIL announced that the warring parties had agreed to resume talks")
        mediates between them."""
        text = view.text
        if len(self.main) != 2 or not _SIDES_SETTLED.search(text) or not _SETTLEMENT_TALK.search(text):
            return []
        for verb in _REPORTED.finditer(text):
            inverted = _COMMA_BEFORE.search(text, 0, verb.start())  # "..., said Martin Griffiths, the UN envoy"
            speakers = [p for p in view.people if p.start >= verb.end()][:1] if inverted else view.subject(verb.start(), [])
            speakers = [p for p in speakers if p in view.people and p.code not in self.main and p.code not in NOT_A_SIDE
                        and ((p.kind == "organisation" and p.code not in _OBSERVERS) or is_go_between(text, p))]
            told = (0, verb.start()) if inverted else (verb.end(), len(text))
            named = {p.code for p in view.people if told[0] <= p.start < told[1]}
            said = text[told[0] : told[1]]
            if speakers and _SIDES_SETTLED.search(said) and _SETTLEMENT_TALK.search(said) and (named & set(self.main) or _THE_PARTIES.search(said)):
                return [_Found(speaker, side, "mediation_offer", "045", "go-between-report", verb.start(), verb.end())
                        for speaker in _distinct(speakers) for side in _sides(self.main)]
        return []

    def _led_talks(self, view: SentenceView, leader: Participant, led: re.Match[str]) -> list[_Found]:
        """"A-led talks with B": A meets B. Without a partner named, a third party's talks are with both
        sides, who also meet each other (unless the talks are still to come); "A-brokered", "A-mediated",
        "A-facilitated", "A-sponsored" or "A-hosted" talks make A a mediator."""
        role = led.group("role").lower()
        # "AU-led peace talks": an organisation leading talks mediates them
        mediating = role in {"brokered", "mediated", "facilitated", "sponsored", "hosted"} or (role == "led" and leader.kind == "organisation")
        modes = [("mediation_offer", "045")] if mediating else [("meeting", "046")]
        start, end = leader.start, leader.end + led.end()
        partner = re.match(r"\s+with\s+", view.text[end:])
        between = re.match(r"\s+between\s+", view.text[end:])  # "Oman-mediated consultations between Riyadh and Sanaa"
        named = [replace(side, code=group_of_record(side.code, self.groups)) for side in self._sides_named(view, end + between.end())] if between else []
        sides = (objects_after(view.text, view.people, end + partner.end()) if partner
                 else named if len(_distinct(named)) >= 2 else _sides(self.main) if len(self.main) == 2 else [])
        if role == "backed":
            modes = []  # "the UN-backed meeting in Berlin": a backer is no party to the talks
        if partner and mediating:  # "Tigrayan forces accept AU-led talks with Ethiopia": the subject is the other side
            sides = [*view.subject(leader.start), *sides]
        sides = [side for side in _distinct(sides) if side.code != leader.code]
        found = [_Found(leader, side, mode, cameo, "led-talks", start, end) for side in sides for mode, cameo in modes]
        if not partner and not _did_not_happen(view.text, start):  # not "days ahead of EU-hosted talks"
            found += [_Found(a, b, "meeting", "046", "led-talks", start, end) for a, b in combinations(sides, 2)]
        return found

    def _name_groups(self, found: list[_Found]) -> list[_Found]:
        """A side named only as "the militants", "the armed groups" or "the separatist council" is the article's
        named group(s) of its war."""
        groups = [code for code in self.main if code.startswith("X-") and code not in _NAMELESS]
        if not groups:
            return found
        named: list[_Found] = []
        for f in found:
            if f.counterpart.code in _NAMELESS and f.actor.code not in groups:
                named += [replace(f, counterpart=replace(f.counterpart, code=code)) for code in groups]
            elif f.actor.code in _NAMELESS and f.counterpart.code not in groups:
                named += [replace(f, actor=replace(f.actor, code=code)) for code in groups]
            else:
                named.append(f)
        return named

    def _record(self, view: SentenceView, found: _Found) -> DiplomaticEngagement:
        start, background = view.sentence.start, view.is_background(found.start)
        # background with a stated day keeps that day; without one, the news day would be wrong
        day = None if background and view.inferred else view.day
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


def _third_parties(view: SentenceView, start: int, end: int, sides: Sequence[Participant]) -> list[_Found]:
    """The third parties named between `start` and `end` of a summit's or talks' phrase with each of its sides:
    mediators and hosts ("mediated by France and Germany") offer mediation, attendees ("attended by Macron") meet."""
    found = []
    for role in _THIRD_PARTY.finditer(view.text, start, end):
        third = [p for p in objects_after(view.text, view.people, role.end()) if p.end <= end]
        mode, cameo = ("meeting", "042") if role.group("role").lower() == "attended" else ("mediation_offer", "045")
        found += [_Found(a, c, mode, cameo, "third-party", role.start(), role.end()) for a, c in _pairs(third, sides)]
    return found


def with_truce_brokers(engagements: list[DiplomaticEngagement], truces: Sequence[CeasefireEvent],
                       published: date) -> list[DiplomaticEngagement]:
    """The engagements plus a mediation offer from the broker of each truce the article reports made in the past
    week, "brokered" or "mediated" in so many words, to each of its sides ("Qatar brokered a truce between Congo and
    Rwanda on Wednesday": Qatar mediated with both)."""
    brokered = [
        DiplomaticEngagement(broker, side, "mediation_offer", "045", truce.date,
                             replace(truce.evidence, rule="diplomacy.mediation_offer.truce-broker"), date_inferred=truce.date_inferred)
        for truce in truces
        if truce.event == "declared" and truce.broker and truce.broker not in NOT_A_SIDE and NAMES_BROKERING.search(truce.evidence.sentence)
        and truce.date is not None and timedelta(0) <= published - truce.date <= _NEWS_WEEK
        for broker in _brokers_of(truce, published)
        for side in truce.parties
        if side != broker
    ]
    return _dedupe([*engagements, *brokered]) if brokered else engagements


def _brokers_of(truce: CeasefireEvent, published: date) -> list[str]:
    """The broker of a truce, those named with it ("Norway and Kenya announced the truce") and the other go-betweens
    its sentence names ("mediated by Qatar and Turkey")."""
    text = truce.evidence.sentence
    people = participants(text, published)
    spans = [(p.start, p.end) for p in people if p.code == truce.broker]
    others = [p.code for p in people if p.code not in truce.parties
              and (is_go_between(text, p) or any(_CO_NAMED.fullmatch(text, min(end, p.end), max(start, p.start)) for start, end in spans))]
    return list(dict.fromkeys([truce.broker, *others]))


def _dedupe(items: list[DiplomaticEngagement]) -> list[DiplomaticEngagement]:
    """One item per pair and mode: the first report keeps its direction, later ones fill names and the latest day."""
    merged: dict[tuple[frozenset[str], str], DiplomaticEngagement] = {}
    for item in items:
        key = (frozenset({item.actor, item.counterpart}), item.mode)
        first = merged.get(key)
        if first is None:
            merged[key] = item
            continue
        names = {item.actor: item.actor_person, item.counterpart: item.counterpart_person}
        merged[key] = replace(
            first,
            actor_person=first.actor_person or names[first.actor],
            counterpart_person=first.counterpart_person or names[first.counterpart],
            **_later_day(first, item),
        )
    return list(merged.values())


def _later_day(first: DiplomaticEngagement, other: DiplomaticEngagement) -> dict:
    """The most recent day a text states for an engagement; an inferred day only when none is stated."""
    stated = [item.date for item in (first, other) if item.date is not None and not item.date_inferred]
    if stated:
        return {"date": max(stated), "date_inferred": False}
    return {"date": first.date or other.date, "date_inferred": first.date_inferred and other.date_inferred}


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
