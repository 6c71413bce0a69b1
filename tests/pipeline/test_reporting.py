from orchestration.reporting import HighlightedSpan, render_article


def test_evidence_is_bold_and_numbered_with_its_reading():
    document = "Clashes\n\nTwo soldiers died. Talks went on."
    span = HighlightedSpan(9, 27, "casualty: UKR military killed 2", "casualty.count_before_victims")
    markdown = render_article("Clashes", document, [span])
    assert "**Two soldiers died.** [1]" in markdown
    assert "1. casualty: UKR military killed 2 — rule `casualty.count_before_victims`" in markdown


def test_two_events_from_one_sentence_share_the_highlight():
    document = "A called B and C."
    spans = [HighlightedSpan(0, 17, "call A-B", "r"), HighlightedSpan(0, 17, "call A-C", "r")]
    markdown = render_article("T", document, spans)
    assert markdown.count("**A called B and C.**") == 1
    assert "[1] [2]" in markdown


def test_article_without_events_says_so_and_markdown_is_escaped():
    markdown = render_article("A *bold* claim", "Nothing_here.", [])
    assert "A \\*bold\\* claim" in markdown and "Nothing\\_here." in markdown
    assert "_No events extracted._" in markdown
