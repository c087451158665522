"""The HTML report: its structure from Python, and the seed article's page rendered in Chromium.

The browser test runs wherever Chromium and ChromeDriver are installed. CI installs them and sets
QUOTEATTR_BROWSER=required, so there a missing browser fails the run instead of skipping it.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.outputs.html import NO_SPEAKER, NO_SPEAKER_COLOUR, page, summary
from quoteattr.types import Result
from tests.browser import CHROMEDRIVER, CHROMIUM, chromium, seed_page

BROWSER_REQUIRED = os.environ.get("QUOTEATTR_BROWSER") == "required"
needs_browser = pytest.mark.skipif(
    (CHROMIUM is None or CHROMEDRIVER is None) and not BROWSER_REQUIRED,
    reason="Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)",
)


def test_text_is_escaped_and_kept_whole(nlp: Language) -> None:
    text = "<b>Bold</b> & co. “Prices <will> rise,” said Ana Ruiz."
    html = page([Result("a<b>.txt", text, quoteattr.attribute(text, nlp=nlp))])
    assert "<b>Bold" not in html and "&lt;b&gt;Bold&lt;/b&gt; &amp; co." in html
    assert "Prices &lt;will&gt; rise," in html and "a&lt;b&gt;.txt" in html


def test_summary_counts_quotes_and_words_per_speaker(nlp: Language) -> None:
    text = "“One two three,” said Ana Ruiz. “Four five,” she added.\n\n“Six,” said Bo Lind. “Seven eight.”"
    rows = summary(quoteattr.attribute(text, nlp=nlp))
    assert [(r.name, r.quotes, r.words) for r in rows] == [("Ana Ruiz", 2, 5), ("Bo Lind", 2, 3)]
    assert rows[0].colour != rows[1].colour


def test_quotes_without_a_speaker_are_grey_and_listed_last() -> None:
    named = quoteattr.Quote(quoteattr.TextSpan(0, 3, "abc"), quoteattr.QuoteKind.DIRECT, quoteattr.Speaker("Ana"))
    unnamed = quoteattr.Quote(quoteattr.TextSpan(4, 7, "def"), quoteattr.QuoteKind.DIRECT)
    rows = summary([unnamed, named, unnamed])
    assert [(r.name, r.quotes) for r in rows] == [("Ana", 1), (NO_SPEAKER, 2)]
    assert rows[1].colour == NO_SPEAKER_COLOUR


def _script(driver: Any, code: str) -> Any:
    return driver.execute_script(code)


@needs_browser
def test_seed_page_in_headless_chromium(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    path, result = seed_page(tmp_path)
    quotes = result.quotes
    with chromium() as driver:
        driver.get(path.as_uri())
        marks = driver.find_elements(By.CSS_SELECTOR, "mark.quote")
        # Every quote is highlighted, with exactly its words, and shown on the page.
        assert len(marks) == len(quotes) == 20  # five reports each hold a partial quote
        for mark, quote in zip(marks, quotes, strict=True):
            assert mark.get_attribute("textContent") == quote.content.text
            assert int(mark.get_attribute("data-start")) == quote.content.start
            assert mark.is_displayed() and mark.size["width"] > 0
        # Each quote is coloured by its speaker: one colour per speaker, a different one for each.
        painted = _script(
            driver,
            "return [...document.querySelectorAll('mark.quote')].map(m => [m.dataset.speaker, "
            "getComputedStyle(m).backgroundColor, getComputedStyle(m).borderBottomColor, "
            "m.classList.contains('indirect')])",
        )
        colour_of: dict[str, set[str]] = {}
        for speaker, background, border, indirect in painted:
            colour = border if indirect else background
            assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
            colour_of.setdefault(speaker, set()).add(colour)
        assert all(len(c) == 1 for c in colour_of.values())
        assert len({next(iter(c)) for c in colour_of.values()}) == len(colour_of)
        # The speaker is named beside each quote; a partial quote within a report shares its label.
        labels = _script(
            driver,
            "return [...document.querySelectorAll('.article > mark.quote')].map(m => m.nextElementSibling.textContent)",
        )
        reports = [q.content for q in quotes if q.kind.value == "indirect"]
        outer = [
            q
            for q in quotes
            if not any(r.start <= q.content.start and q.content.end <= r.end and r != q.content for r in reports)
        ]
        assert labels == [q.speaker.name if q.speaker else NO_SPEAKER for q in outer]
        # The summary lists every speaker with their number of quotes.
        rows = driver.find_elements(By.CSS_SELECTOR, "table.speakers tr.speaker")
        listed = {
            row.get_attribute("data-speaker"): int(row.find_element(By.CSS_SELECTOR, "td.quotes").text) for row in rows
        }
        assert listed == dict(Counter(q.speaker.name if q.speaker else NO_SPEAKER for q in outer))
        assert {"Donald Trump", "Sergei Lavrov", "Marco Rubio"} <= set(listed)
        # No text is lost: the article reads as the input, labels aside.
        shown = _script(
            driver,
            "const a = document.querySelector('.article').cloneNode(true);"
            "a.querySelectorAll('.who').forEach(e => e.remove()); return a.textContent",
        )
        assert shown == result.text
        shot = tmp_path / "seed.png"
        driver.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
