import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.extraction.text import _last_word, build_document, is_caption, page_furniture, split_sentences


def test_document_puts_title_before_body():
    assert build_document(" Clashes resume ", "Body text.") == "Clashes resume\n\nBody text."
    assert build_document("", "Body text.") == "Body text."


def test_sentences_keep_document_offsets():
    document = build_document("Shelling resumes", "Two soldiers died. Officials said so.\n\nTalks stalled.")
    sentences = split_sentences(document, has_title=True)
    assert [s.text for s in sentences] == ["Shelling resumes", "Two soldiers died.", "Officials said so.", "Talks stalled."]
    assert all(document[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    assert [s.is_title for s in sentences] == [True, False, False, False]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Mr. Lavrov met U.S. envoy J. Smith on Jan. 5 in Geneva. They spoke for an hour."
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Lavrov met U.S. envoy J. Smith on Jan. 5 in Geneva.",
        "They spoke for an hour.",
    ]


def test_quoted_sentence_ends_after_the_closing_quote():
    text = 'The ministry said, "Three soldiers were wounded." Fighting went on.'
    assert [s.text for s in split_sentences(text)] == ['The ministry said, "Three soldiers were wounded."', "Fighting went on."]


def test_body_paragraphs_are_numbered_from_one_without_a_title():
    sentences = split_sentences("First.\nSecond paragraph.")
    assert [(s.paragraph, s.is_title) for s in sentences] == [(1, False), (2, False)]


def test_captions_and_credits_are_page_furniture():
    from orchestration.extraction.text import is_caption, page_furniture

    assert is_caption("Pictured: rescuers search the rubble in Velm after the strike.")
    assert is_caption("Residents inspect a crater in Velm on Monday. (Photo by Jane Roe/AFP via Getty Images)")
    assert not is_caption("Three soldiers were killed in Velm, the army said.")
    document = build_document(
        "Strike hits Velm",
        "Five people were killed.\n\nRelated\n\nOther story headline without stop\n\nImage: a burnt car in Velm.",
    )
    sentences = split_sentences(document, has_title=True)
    assert {sentences[index].text for index in page_furniture(sentences)} == {
        "Related", "Other story headline without stop", "Image: a burnt car in Velm."
    }


def test_an_inline_teaser_and_a_menu_line_are_page_furniture():
    body = "Five people were killed in Velm.\n\nRead more: Why the talks on a truce in Velm stalled.\n\n- [World](/world)"
    sentences = split_sentences(build_document("Strike hits Velm", body), has_title=True)
    assert {sentences[index].text for index in page_furniture(sentences)} == {
        "Read more: Why the talks on a truce in Velm stalled.", "- [World](/world)"
    }


def test_a_quote_closed_without_its_full_stop_and_a_cut_off_last_sentence_are_no_furniture():
    body = ("Gunmen attacked Velm on Monday.\n\n\"They overpowered our guards and wounded 9 persons\"\n\n"
            "Iran says strikes were a crime\n\n"
            "On Sunday night, gunmen also attacked a community in the hills above Velm and burnt to death 13 people, including a")
    sentences = split_sentences(build_document("Attack on Velm", body), has_title=True)
    assert {sentences[index].text for index in page_furniture(sentences)} == {"Iran says strikes were a crime"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab.(\"' \t\n\u00a0\u2028\u3000\x1c")), max_size=12))
def test_the_last_word_is_the_one_the_regex_finds(text):
    found = re.search(r"(\S+)$", text)
    assert _last_word(text) == (found.group(1) if found else None)


@pytest.mark.parametrize(
    "text",
    ["Pictured: the damaged school.", "The mosque after the strike (Photo by Jane Doe/AFP via Getty Images).",
     "Residents fled the town. Photograph: Jane Doe", "Talks resumed (and stalled) on Monday.", "Credit to the mediators."],
)
def test_a_caption_is_told_as_by_one_pattern(text):
    one_pattern = re.compile(
        r"\((?=[^()]*\b(?:photo|photos|photograph|getty|images|afp|reuters|ap|epa|anadolu|aa|via|shutterstock)\b)"
        r"[^()]{2,80}\)\s*\.?$|\b(?:photograph|photo|credit)\s*:\s*[^.]{2,60}$|"
        r"^(?:pictured|image(?:\s+caption)?|photo(?:graph)?|picture|caption|video|watch|listen|file\s+photo"
        r"|illustrative\s+(?:photo|image))\b\s*[:.,-]?",
        re.IGNORECASE,
    )
    assert is_caption(text) == bool(one_pattern.search(text))


def test_a_line_wrapped_inside_a_sentence_is_joined_but_short_lines_stay_apart():
    body = ("It raised the death toll in days of clashes to 311 -- 183 from\nHTS fighters, 100 soldiers and\n"
            "pro-government forces, as well as 28 civilians.\nShort line\nThe army said so.")
    texts = [sentence.text for sentence in split_sentences(build_document("", body), has_title=False)]
    assert len(texts) == 3 and texts[0].endswith("28 civilians.") and texts[1:] == ["Short line", "The army said so."]


def test_a_full_stop_without_its_blank_still_ends_a_sentence():
    texts = [s.text for s in split_sentences("Four soldiers were killed in Diyala.The attack began at night. Gov.Smith met envoys at 9 a.m.Later they left.")]
    assert texts == ["Four soldiers were killed in Diyala.", "The attack began at night.", "Gov.Smith met envoys at 9 a.m.Later they left."]


def test_a_last_line_in_sentence_case_without_its_full_stop_is_read_but_a_bulleted_teaser_is_not():
    body = "Troops clashed near Gao on Sunday.\n\nOn Saturday, a mine exploded in central Mali, killing one and injuring four peacekeepers"
    assert page_furniture(split_sentences(body)) == frozenset()
    teaser = "Troops clashed near Gao on Sunday.\n\n- Israeli forces demolish a mosque in the West Bank as the talks deadline passes"
    assert page_furniture(split_sentences(teaser)) == frozenset({1})
