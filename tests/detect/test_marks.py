"""Stage 1: quote detection by marks, no model needed."""

from __future__ import annotations

import pytest

from quoteattr.detect.marks import find_quotes, is_hard_wrapped, paragraphs


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Curly double,” she said.", ["Curly double,"]),
        ("‘Curly single,’ she said.", ["Curly single,"]),
        ('"Straight double," she said.', ["Straight double,"]),
        ("'Straight single,' she said.", ["Straight single,"]),
        ("« Guillemets », dit-il.", ["Guillemets"]),
        ("»Danish style« sagde han.", ["Danish style"]),
        ("„German low“, sagte er.", ["German low"]),
        ("‚German single‘, sagte er.", ["German single"]),
        ("”Swedish style” sa hon.", ["Swedish style"]),
        ('“Mixed close" she said.', ["Mixed close"]),  # a “ closed by a " when nothing better follows
        ('“Proper close,” she said, "again."', ["Proper close,", "again."]),
    ],
)
def test_each_mark_style_pairs(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It’s the voters’ choice.",
        "Jones’s dog and the Joneses’ cat.",
        "Back in the ’90s we played rock ’n’ roll till ’em all left.",
        "It's the players' union, isn't it?",
        "A 5\" pipe and a 3' plank.",
    ],
)
def test_apostrophes_are_not_quote_marks(text: str) -> None:
    assert contents(text) == []


def test_possessive_inside_single_quotes_does_not_close_them() -> None:
    text = "‘The players’ union is strong,’ he said."
    assert contents(text) == ["The players’ union is strong,"]


def test_unpunctuated_single_quotes_close_before_the_next_opening() -> None:
    text = "‘I love it’ he said, ‘and the fans’ passion.’"
    assert contents(text) == ["I love it", "and the fans’ passion."]


def test_nested_quotes_give_one_outer_quote() -> None:
    text = "“He said ‘never again,’ and left,” she said."
    assert contents(text) == ["He said ‘never again,’ and left,"]


def test_multi_paragraph_quote_gives_one_quote_per_paragraph() -> None:
    text = "Intro.\n\n“First part. Still first.\n\n“Second part.\n\n“Last part,” she said."
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["First part. Still first.", "Second part.", "Last part,"]
    assert [(q.runs_on, q.continued) for q in quotes] == [(True, False), (True, True), (False, True)]
    assert quotes[0].close is None and quotes[-1].close is not None


def test_unclosed_mark_without_continuation_is_dropped_and_later_quotes_survive() -> None:
    text = "He said “hello and went home. Then “bye” came.\nNext “para” here."
    assert contents(text) == ["bye", "para"]


def test_unclosed_mark_never_runs_past_its_paragraph() -> None:
    text = "“Unclosed at the end of a paragraph\nThe next line has no mark.\n“Closed,” she said."
    for q in find_quotes(text):
        assert "\n" not in text[q.start : q.end]


def test_a_quote_opened_twice_keeps_the_second_opening() -> None:
    text = "“A, he said. “B,” she said."
    assert contents(text) == ["B,"]


def test_empty_or_punctuation_only_quotes_are_ignored() -> None:
    assert contents("“” and “ ” and “…”") == []


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\u2029"])
def test_every_line_break_ends_a_paragraph(newline: str) -> None:
    text = f"One.{newline}{newline}Two.{newline}Three."
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["One.", "Two.", "Three."]


def test_ten_thousand_nested_marks_are_handled() -> None:
    text = "“" * 10_000 + "word" + "”" * 10_000
    quotes = find_quotes(text)
    assert len(quotes) <= 1
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)


def test_hard_wrapped_lines_stay_in_one_paragraph() -> None:
    text = "“We will not back down,” said the\nminister, speaking in\nParliament.\n\nNext paragraph."
    assert [text[p.start : p.end] for p in paragraphs(text)] == [
        "“We will not back down,” said the\nminister, speaking in\nParliament.",
        "Next paragraph.",
    ]


def test_headlines_and_bylines_keep_their_own_lines() -> None:
    text = "Minister rules out new taxes\nBy John Smith\nThe minister said on Monday."
    assert [text[p.start : p.end] for p in paragraphs(text)] == [
        "Minister rules out new taxes",
        "By John Smith",
        "The minister said on Monday.",
    ]


def test_two_apostrophes_are_one_double_mark() -> None:
    text = "''We are ready,'' Ms. White said of the plan, a ''final offer.'' It's done."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["We are ready,", "final offer."]


def test_a_single_quote_inside_typewriter_doubles_is_nested() -> None:
    text = "''He told me 'never again,' and left,'' she said."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["He told me 'never again,' and left,"]


WRAPPED = (
    "It was a cold morning, and the carriage was late again. Mrs. Hale had\n"
    "waited by the window for an hour before the sound of wheels was heard.\n"
    "\n"
    '"You are late," said she, as the door opened. "I had quite given you up.\n'
    'Mr. Hale was here at nine, and he would not wait for anybody."\n'
    "\n"
    '"The roads are very bad," replied her brother. "Nobody could have come\n'
    'faster, I assure you. Not even Mr. Hale."\n'
)


def test_a_hard_wrapped_text_has_paragraphs_only_at_blank_lines() -> None:
    assert is_hard_wrapped(WRAPPED)
    assert [WRAPPED[p.start : p.end].split()[0] for p in paragraphs(WRAPPED)] == ["It", '"You', '"The']


def test_a_quote_over_wrapped_lines_is_found_whole() -> None:
    found = [WRAPPED[q.start : q.end] for q in find_quotes(WRAPPED)]
    assert found[1] == "I had quite given you up.\nMr. Hale was here at nine, and he would not wait for anybody."
    assert found[3] == "Nobody could have come\nfaster, I assure you. Not even Mr. Hale."


def test_news_with_one_paragraph_per_line_is_not_hard_wrapped() -> None:
    news = "\n\n".join(f"Paragraph {n} says something about the council budget." for n in range(10))
    assert not is_hard_wrapped(news)
    assert not is_hard_wrapped("\n".join(f"Line {n} of a list." for n in range(10)))


def test_curly_quotes_nest_inside_straight_ones() -> None:
    text = '"The agency is not about “equal justice” any more," the senator said.'
    assert contents(text) == ["The agency is not about “equal justice” any more,"]


def test_a_multi_paragraph_straight_quote_keeps_its_curly_titles() -> None:
    text = 'Reyes wrote:\n\n"It is about the “Bathroom Bill,” which we oppose.\n\n"It must go."'
    assert contents(text) == ["It is about the “Bathroom Bill,” which we oppose.", "It must go."]


def test_a_paragraph_wrapped_in_straight_marks_keeps_the_curly_quote() -> None:
    # an excerpt set in straight marks: the curly marks are the quote, the rest is narration
    text = '"“We will win,” Reyes said before adding that the race was open."'
    assert contents(text) == ["We will win,"]


def test_an_excerpt_in_straight_marks_keeps_its_quoted_sentence() -> None:
    text = '"Reyes tried to laugh it off, “Only the mayor.” But Lee went on.\n\n“Is that fair?”"'
    assert contents(text)[0] == "Only the mayor."


def test_a_conversation_of_short_replies_at_a_fixed_width_is_hard_wrapped() -> None:
    # most paragraphs are one short line, but no line is wider than the page: the long speech's
    # capitalised second line goes on with it
    replies = "\n\n".join(f'"{word}," said Tom.' for word in ("Yes", "No", "Well", "Perhaps", "Never", "Soon"))
    text = (
        replies + "\n\nThe fire had gone out long before midnight, and nobody in the house\n"
        "had thought to bring in more wood from the shed behind the stables,\n"
        "so the room grew colder with every minute they sat there talking.\n\n"
        'Anne smiled at him. "You are very quiet tonight, Tom. It does not suit\n'
        "You at all, and Mother will say so when she comes down to supper and\n"
        'Finds the two of us sitting here in the dark like a pair of owls."\n'
    )
    assert is_hard_wrapped(text)
    assert [text[q.start : q.end] for q in find_quotes(text)][-1].startswith("You are very quiet tonight, Tom.")
    assert [text[q.start : q.end] for q in find_quotes(text)][-1].endswith("like a pair of owls.")


def test_attribute_values_in_a_markup_tag_are_no_quotations() -> None:
    text = (
        '<tweet tweet-author="@ana" tweet-date="March 9, 2016">“We won,” she wrote. <a href="x.html">More</a></tweet>'
    )
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["We won,"]


def test_a_tag_broken_over_two_lines_keeps_its_values_out_of_quotations() -> None:
    text = '<post author="@ana" date="March 9, 2016\n\n">Stadium event.\n\n“We won,” she wrote.'
    assert contents(text) == ["We won,"]


def test_a_mark_after_a_space_that_ends_the_paragraph_closes_the_line() -> None:
    # a line broken off by a dash the text lost: "No maps to show the way "
    text = '"Are there maps?" asked Ann. "No maps to show\nthe way "\n\n"Look for yourself," said Ben.'
    assert contents(text) == ["Are there maps?", "No maps to show\nthe way", "Look for yourself,"]


def test_a_mark_between_spaces_closes_an_open_line_and_opens_none_at_a_paragraph_start() -> None:
    text = '"Wait! Stop " went on Tom, loudly; "that is the boy!"\n\n"No doubt, but " Kessler laughed.'
    assert contents(text) == ["Wait! Stop", "that is the boy!", "No doubt, but"]
    assert contents('He bought a 6 " pipe.') == []
    # a story told in quotes whose inner marks were lost: its paragraphs open with a spaced mark
    assert contents('" Come in,  said he.\n\n" Thank you,  I answered.') == []
