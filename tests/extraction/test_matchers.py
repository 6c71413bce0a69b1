"""The speed-ups give the answers of the plain regular expressions: the actors gazetteer matched with
Aho-Corasick, and the literal pre-filters in front of sentence-wide patterns."""

import re

import pytest

from orchestration.extraction import actors
from orchestration.extraction.gates import DIGIT, AnyOf, GatedPattern, Literal, gated, leading_words, required_literals

SENTENCES = [
    "Russian and Ukrainian officials met in Istanbul on Monday.",
    "The West Bank saw clashes as the West weighed sanctions on Iran.",
    "Iranian-backed Houthis fired at a US-flagged ship; US$5 million was pledged.",
    "The Democratic Republic of the Congo and Rwanda signed a deal in Washington.",
    "Pro-Russian separatists in Donetsk said Kyiv broke the truce.",
    "NATO's chief spoke with Turkey's president Recep Tayyip Erdogan and the UN.",
    "Ukraine’s army said Ukrainians in Kharkiv were evacuated.",
    "UKRAINE AND RUSSIA AGREE TO TALKS",
    "Israelis and Palestinians, Hamas and Hezbollah: a list without full stops",
    "Sudan's army and the RSF fought near Khartoum and in South Sudan.",
]


def _regex_surfaces(text: str) -> dict[int, int]:
    """The matcher this replaced: one regex from the gazetteer's character trie, longest form at every start."""
    pattern = re.compile(f"(?=(?P<s>{actors._LEFT}(?:{actors._trie_pattern(actors._gazetteer())}){actors._RIGHT}))")
    return {match.start("s"): match.end("s") for match in pattern.finditer(text)}


@pytest.mark.parametrize("text", SENTENCES)
def test_aho_corasick_finds_what_the_trie_regex_found(text):
    assert actors._surfaces_in(text) == _regex_surfaces(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Iranian drones", "Iran"),  # a longer word holds the name
        ("Omanis protested", "Oman"),
        ("US$5 million", "US"),  # a currency sign after it
        ("NigerDelta", "Niger"),
        ("xIsrael", "Israel"),
    ],
)
def test_names_inside_longer_words_are_not_actors(text, absent):
    assert absent not in [mention.text for mention in actors.find_actors(text)]


def test_a_name_inside_a_longer_name_is_left_to_the_longer_one():
    assert "INTL" not in [m.code for m in actors.find_actors("Clashes in the West Bank.")]
    assert [m.code for m in actors.find_actors("the West and Russia")] == ["INTL", "RUS"]


def test_required_literals_read_the_pattern():
    assert required_literals(re.compile(r"\b(?:cease[-\s]?fires?|truces?)\b", re.I)) == {
        Literal(word, word_start=True, word_end=True)  # a blank or hyphen is one edge: " " (see gates._marked)
        for word in ("ceasefire", "ceasefires", "cease fire", "cease fires", "truce", "truces")}
    assert required_literals(re.compile(r"(?<!\w)man\b")) == {Literal("man", word_start=True, word_end=True)}
    assert required_literals(re.compile(r"\d{4}")) == {Literal(DIGIT)}
    assert required_literals(re.compile(r"[A-Z]\w+")) is None  # no literal: never skipped
    # an alternation of fixed words is read whole, and a blank before a word is a word edge
    assert {lit.text for lit in required_literals(re.compile(r"\b(?:met|meets|meet)(?:\s+with)?\b"))} == {
        "met", "meets", "meet", "met with", "meets with", "meet with"}
    assert required_literals(re.compile(r"for\s+(?:\w+\s+)?(?:help|aid)\b")) == {
        Literal("help", word_start=True, word_end=True), Literal("aid", word_start=True, word_end=True)}
    assert required_literals(re.compile(r"(?:sat|sit)\s+with")) == {Literal("sat with"), Literal("sit with")}
    assert required_literals(re.compile(r"(?:sat|sit)\s+(?:\w+\s+)?with")) == {  # "with" is in nearly every sentence
        Literal("sat", word_end=True), Literal("sit", word_end=True)}
    assert required_literals(re.compile(r"killed (\d+)")) == {Literal("killed", word_end=True)}


def test_any_of_reads_plain_patterns_on_parts_of_a_text():
    """A plain pattern may be run on a slice ("-led talks" after a name): its literals count without word edges."""
    led = AnyOf([re.compile(r"^-(?:led|brokered)\b")])
    assert led.may_match("Saudi-led talks") and led.may_match("a Qatar-brokered truce")
    assert not led.may_match("Talks were held.")


PATTERNS = [
    r"\b(?:cease[-\s]?fires?|truces?|armistices?)\b",
    r"(?P<n>\d+)\s+(?:killed|dead)",
    r"\b(?:met|meets|meet)(?:\s+with)?\b",
    r"(?i:pro)-[A-Z]\w+",
    r"\bSTRIKE\b",
    r"\b(?:man|men|boy)\b|(?<!\w)kid(?![\w$])",
    r"(?:the\s+)?\b(?:west|east)(?:ern)?\b",
    r"for\s+(?:\w+\s+)?(?:help|aid)\b",
    r"\b(?:sat|sit)\s+with\b|[Pp]ro-\w+",
]
TEXTS = [
    *SENTENCES,
    "A CEASEFIRE was agreed; 12 killed.",
    "Ceasefıre with a dotless i, ſtrike with a long s, and a KELVIN sign: \u212a.",
    "In İSTANBUL the truce held",
    "They meet with 3 dead",
    "Germany's manager and a human kidney: no man; a boy, MEN, kid$ and kid. Western and eastern, westerly",
    "man",
    "He said aid for some aid, for help, forhelp; they sat with, sat\twith, sit-with and pro-Kyiv PRO-war",
    "éman and kidé: no Unicode word edge, yet ASCII ones",
    "",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.ASCII])
def test_a_gated_pattern_answers_as_the_plain_one(pattern, flags):
    plain, fast = re.compile(pattern, flags), gated(pattern, flags)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert bool(fast.search(text)) == bool(plain.search(text))
        assert fast.findall(text) == plain.findall(text)
        assert bool(fast.match(text, 0)) == bool(plain.match(text, 0))


def test_a_gate_skips_a_text_without_its_literals():
    trigger = gated(r"\btruce\b", re.IGNORECASE)
    assert isinstance(trigger, GatedPattern)
    assert trigger.search("Nothing of the kind here.") is None
    assert trigger.search("The TRUCE held.").group() == "TRUCE"
    assert trigger.pattern == r"\btruce\b"


def test_a_pattern_with_a_core_answers_as_the_plain_one():
    core = r"(?:talks|visits?)\s+(?:with|(?<=visit\s)to)\s+"
    pattern = r"(?:\b(?:his|her)\s+)?(?:[\w-]+\s+){0,2}?" + core
    plain, fast = re.compile(pattern, re.IGNORECASE), gated(pattern, re.IGNORECASE, core=core)
    texts = [*TEXTS, "He held talks in Geneva and his long TALKS\nwith Kyiv; her visit to Doha, visits to", "his visit  to"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert bool(fast.search(text)) == bool(plain.search(text))
    assert fast.search("They held talks on Monday.") is None



LEADING = [
    (r"\b(?:soldier|aid\s+worker|kid|man)\b(?!['’]s\b)", {"soldier", "aid", "kid", "man"}),
    (r"(?P<a>\b(?:strike|s)\b)|(?P<b>\bstrikes?)", {"strike", "strikes", "s"}),
    (r"\b(?P<last>last\s+)?(?P<day>monday|tuesday)(?:'s)?\b", {"last", "monday", "tuesday"}),
    (r"\b(?:fight\w*|fought|war)\b", {"fight", "fought", "war"}),
    (r"(?<![\w-])(?:since\s+)?(?:(?:early|mid)[\s-]+)?(?:19|20)\d\d", {"since", "early", "mid", "19", "20"}),
    (r"\b(?:\d+|one)\s+killed", None),
    (r"\((?:photo|afp)\)", None),
]


# Patterns whose matches may begin with a digit: tried at every digit and at their leading words.
DIGIT_LEADING = [
    r"\b(?:\d+|one)\s+killed",
    r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d+)(?!\w)|\b(?:an?\s+dozen|twelve)\b",
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>may|june)\b",
    r"\d\d",
]


def _assert_same_matches(plain: re.Pattern[str], fast, texts: list[str]) -> None:
    """`fast` (a gated pattern) finds and searches exactly as `plain` does, over whole texts and parts of them."""
    for text in texts:
        for span in [(), (3,), (3, 40), (0, len(text) - 2)]:
            assert [(m.span(), m.groups(), m.lastgroup) for m in fast.finditer(text, *span)] == [
                (m.span(), m.groups(), m.lastgroup) for m in plain.finditer(text, *span)
            ]
            found, expected = fast.search(text, *span), plain.search(text, *span)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("pattern", DIGIT_LEADING)
def test_a_pattern_tried_only_at_digits_and_its_leading_words_answers_as_the_plain_one(pattern):
    plain, fast = re.compile(pattern, re.IGNORECASE), gated(pattern, re.IGNORECASE)
    texts = [*TEXTS, "12345 ONE KILLED, 1,200 killed and 7 killed; A dozen, an  DOZEN, twelve and 31st of May, 4 June",
             "x1 2 killed-3,4 killed 1\u0663\u0664 killed", "no count here", "99"]
    _assert_same_matches(plain, fast, texts)


@pytest.mark.parametrize(("pattern", "words"), LEADING)
def test_leading_words_read_the_pattern(pattern, words):
    assert leading_words(re.compile(pattern, re.IGNORECASE)) == words


@pytest.mark.parametrize("pattern", [pattern for pattern, words in LEADING if words])
def test_a_pattern_tried_only_at_its_leading_words_answers_as_the_plain_one(pattern):
    plain, fast = re.compile(pattern, re.IGNORECASE), gated(pattern, re.IGNORECASE)
    texts = [*TEXTS, "a man's aid  worker AID\nWORKER soldiers soldier manifold kidman man-made", "strikes s strike-s",
             "Last Monday's fight, fought in the mid-1990s since 2014, LAST  TUESDAY; warring wars WAR"]
    _assert_same_matches(plain, fast, texts)


CAPITAL_STARTS = [  # a match may begin with a capital (case minded there) or with one of the words
    r"\b(?:offer\w*\s+to\s+mediate|(?-i:[A-Z][\w.]+)['’]s\s+(?:readiness|willingness)\s+to\s+mediate)",
    r"(?P<name>(?-i:(?!(?:The|In)\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)),\s+(?:the\s+)?envoy",
]


@pytest.mark.parametrize("pattern", CAPITAL_STARTS)
def test_a_pattern_opening_with_a_capital_answers_as_the_plain_one(pattern):
    plain, fast = re.compile(pattern, re.IGNORECASE), gated(pattern, re.IGNORECASE)
    assert leading_words(plain) is None  # not one of a few words: its capitals are where it is tried
    texts = [*TEXTS, "Qatar's readiness to mediate; OFFERED TO MEDIATE, and qatar's willingness to mediate",
             "In Doha, Steve Witkoff, the envoy, met Omani officials; the envoy  Ali Bakr, envoy, x.Y's readiness to mediate"]
    _assert_same_matches(plain, fast, texts)
