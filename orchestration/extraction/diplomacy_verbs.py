"""The verbs that report a diplomatic engagement: each with its mode, CAMEO code and the shape of its participants."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestration.extraction.clauses import BROKERED_BY
from orchestration.extraction.gates import GatedPattern, gated


@dataclass(frozen=True)
class Verb:
    """A trigger: its mode, CAMEO code and how its participants are found."""

    name: str
    mode: str
    cameo: str
    pattern: GatedPattern
    shape: str  # "transitive" (subject -> objects) | "mutual" (subject run, or objects) | "offer" (mediator -> sides)


def _verb(name: str, mode: str, cameo: str, pattern: str, shape: str = "transitive") -> Verb:
    return Verb(name, mode, cameo, gated(r"\b(?:" + pattern + r")\b", re.IGNORECASE), shape)


# One character of the same clause: no full stop or semicolon, but the stops of "Mr.", "Dr." or "U.S.".
IN_SENTENCE = r"(?:[^.;]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bMrs)\.|(?<=\bSt)\.|(?<=\b[A-Z])\.)"
_TALKS_WORDS = (
    r"(?:a|an|the|their|its|his|her|first|second|third|fourth|fifth|new|direct|further|fresh|more|several|separate|"
    r"rounds?|of|peace|bilateral|trilateral|face-to-face|high-level|in-person|private|closed-door|lengthy|long|"
    r"extraordinary|urgent|emergency|special|secret|informal|formal|technical|exploratory|preliminary|extensive|intensive|"
    r"marathon|indirect|key|crucial|landmark|historic|rare|surprise|productive|constructive|frank|brief|extended|final|another|"
    r"two|three|four|five|\d+)"
)
_PHONE = r"(?:by\s+(?:phone|telephone|video(?:\s+link)?|hotline)|(?:on|over|via)\s+(?:the\s+|a\s+)?(?:phone|telephone|hotline))"
VERBS: tuple[Verb, ...] = (
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
          # "the AU has named three envoys to mediate", "appointed a special envoy to facilitate talks"
          r"(?:nam|appoint|dispatch|design)\w*\s+(?:[\w-]+\s+){0,4}?(?:envoys?|mediators?|facilitators?|representatives?|delegation|team)"
          r"\s+to\s+(?:help\s+)?(?:mediate|facilitate|broker)|"
          # "Charles Michel, who initiated the meeting": the one who brought the sides together
          r"(?:initiat|organi[sz])(?:ed|es|ing)\s+(?:the|this|these)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|negotiations)\b|"
          r"offer\w*\s+(?:its|his|her|their|the\s+[\w.]+[’']s)\s+(?:full\s+|continued\s+)?(?:support|help)\s+for\s+"
          r"(?:a\s+|the\s+)?(?:dialogue|talks|negotiations|mediation|peace\s+talks|a\s+settlement)|"
          # a verb, not an adjective: not "under a newly brokered deal" nor "a UN-brokered accord" (see `LED`)
          r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!ly\s)(?<![-‑])(?:mediat|broker)(?:ed|es|ing)\s+(?:the\s+|a\s+|peace\s+|direct\s+|new\s+)*"
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
          r"(?:reached\s+out|turned|wrote|went)\s+to(?=" + IN_SENTENCE + r"{0,80}\bwith\s+(?:a|an|its|his|her)\s+(?:[\w-]+\s+)?(?:propos\w*|offer|plan)\b)|"
          # "presented Israel and Hamas with a bridging proposal", "submitted a truce plan to both sides"
          r"(?:presented|presents|submitted|submits|handed|hands)(?=" + IN_SENTENCE + r"{1,60}?\bwith\s+(?:a|an|the|what|its|their)\b"
          + IN_SENTENCE + r"{0,50}?\b(?:propos\w*|plan|draft)\b)|"
          r"(?:presented|presents|submitted|submits|handed|hands)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:proposal|plan|draft)\s+to"),
    _verb("mediated-by", "mediation_offer", "045",
          r"(?:talks|negotiations|discussions|consultations|dialogue|meetings?|process|deal|agreement|accord)\b[\w,\s]{0,80}?\b(?:(?:co-)?(?:hosted|convened|chaired)\s+by|"
          + BROKERED_BY + ")", "offer"),
    _verb("phone-call", "call", "041",
          r"(?:held|had|holds|has)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:phone|telephone|telephonic|video)\s+(?:calls?|conversations?|talks|discussions?)(?:\s+with)?|"
          r"(?:phone|telephone|video)\s+(?:call|conversation|chat)\s+with|(?:held|had|holds|has|made|makes)\s+(?:\w+\s+)?calls?\s+with|"
          r"(?:spoke|spoken|speaks|speaking|talked|talking|chatted)(?:\s+" + _PHONE + r")?(?:\s+(?:yesterday|today|earlier|later|again|separately|"
          r"late|overnight|(?:on|this|last)\s+\w+day|\w+ly))?\s+(?:with|to)|"
          r"(?:spoke|spoken|talked)(?:\s+" + _PHONE + r")?|(?:speak|talk)\s+" + _PHONE + r"|"
          r"(?:discussed|discusses|discussing)\s+" + IN_SENTENCE + r"{1,60}?\s+with(?=\s+" + IN_SENTENCE + r"{1,60}?\s+" + _PHONE + r")",
          "mutual"),
    # "A, B discuss Syria in phone call", "A and B said during a telephone conversation that ...": the subjects'
    # own call; what they discuss is no counterpart
    _verb("discussed-in-call", "call", "041",
          r"(?:discuss(?:ed|es|ing)?|talk(?:ed|s)?|said|say|agreed|agree|stressed|emphasi[sz]ed|noted|expressed|exchanged|"
          r"reviewed|reaffirmed|underlined|affirmed|resolve[sd]?)(?=(?:\s+" + IN_SENTENCE + r"{1,60}?)?\s+(?:(?:in|during|over)\s+(?:a\s+|their\s+)?"
          r"['‘\"“]?(?:[\w-]+\s+)?(?:phone|telephone|video|hotline)\s+(?:call|conversation|talks|contact)|"  # "in 'third hotline contact'"
          r"(?:over\s+(?:the\s+)?|by\s+)(?:phone|telephone)\b))", "mutual"),
    _verb("call-from", "call", "041", r"(?:received|receives|got|had|took)\s+(?:a\s+)?(?:phone\s+|telephone\s+)?call(?:\s+(?:on|late|early|last|this)(?:\s+\w+){1,2}?)?\s+from"),
    _verb("told-by-phone", "call", "041", r"(?:told|tells|assured|informed|briefed|urged|urges|asked|asks)(?=\s+" + IN_SENTENCE
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
          r"(?:talks|summit)(?:\s+(?:in|at)\s+(?-i:[A-Z][\w-]+))?\s+with|(?:in|held|holding|had|hold|entered\s+into)\s+(?:\w+\s+){0,2}(?:discussions?|consultations?|dialogue|negotiations)\s+with|"
          # "the government and the EMC have been conducting a peace negotiation", "engaged in talks with"
          r"(?:conduct(?:s|ed|ing)?|engag(?:ed|es|ing)\s+in)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:negotiations?|talks|dialogue)(?:\s+with)?|"
          r"(?:are|were|is|was|remain|remained)\s+in\s+(?:direct\s+|peace\s+)?(?:talks|negotiations)(?:\s+with)?|"
          r"(?:sat|sit|sitting)\s+down\s+together|(?:met|meet)\s+(?:together|face\s+to\s+face)|(?:had\s+)?gathered(?=\s+(?:in|at|on)\b)|"
          r"(?<=\s)(?:at|during)\s+(?:a|their)\s+(?:[\w-]+\s+)?meeting(?!\s+(?:of|between|with)\b)|"  # "A and B agreed at a meeting in Moscow"
          r"(?:held|hold|holds|gave|give)\s+a\s+joint\s+(?:news|press)\s+conference(?:\s+with)?|"
          r"(?:signed|signs)\s+(?:a|an|the)\s+(?:(?:text|final\s+version|draft)\s+of\s+(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?"
          r"(?:agreement|deal|accord|pact|treaty|declaration|memorandum)(?:\s+with)?",
          "mutual"),
    # "The government, the opposition and the UN envoy attended the meeting": those who attended met
    _verb("attended", "meeting", "042", r"(?:attended|attend|attends|took\s+part\s+in|participated\s+in)\s+(?:the|a|an|this)\s+"
                                        r"(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit|negotiations|conference|round\s+of\s+talks)", "mutual"),
    # "The meeting, mediated by Qatar, was attended by A and B": A and B met
    _verb("attended-by", "meeting", "042", r"(?:(?<=\bwas\s)|(?<=\bwere\s))attended\s+by", "attendees"),
    # "the deal was signed in Rome between A and B", "an agreement was reached on Tuesday between A and B", "the signing
    # of a peace deal last Friday between A and B"
    # (not "the truce signed between A and B in 2020" nor "the deal that was reached between A and B": they name a deal)
    _verb("signed-between", "meeting", "042", r"(?:(?<!\bthat\s)(?<!\bwhich\s)(?:was|were|been)\s+(?:signed|reached|struck|concluded)|signing\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
          r"(?:agreement|deal|accord|treaty|truce|ceasefire|cease-fire))\b" + IN_SENTENCE + r"{0,60}?\bbetween", "attendees"),
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
          r"(?:(?:put(?:s|ting)?|pil(?:ed|es|ing))\s+(?:\w+\s+)?pressure\s+on|pressur(?:ed|es|ing))(?=" + IN_SENTENCE + r"{1,60}?\b(?:to|into)\s+\w)"),
    _verb("appeal-for", "appeal", "020", r"call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?(?!\s+by)"),
    _verb("help", "appeal", "023", r"appeal\w*\s+(?:\w+\s+)?for\s+(?:\w+\s+)?(?:help|aid|assistance|support)|"
                                    r"s(?:eeks?|ought|eeking)\s+(?:\w+\s+)?(?:help|aid|assistance|support)"),
)
