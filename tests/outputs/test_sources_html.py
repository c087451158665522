"""The sources report: its page from Python, and the page rendered and clicked in Chromium."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from quoteattr.corpus.sources import Corpus, Source
from quoteattr.outputs.sources import write_csv
from quoteattr.outputs.sources_html import TOP_SOURCES, sources_page
from tests.browser import chromium, sources_report
from tests.outputs.test_html import needs_browser


def test_the_page_escapes_names_and_needs_no_network() -> None:
    corpus = Corpus()
    row = Source("<script>x</script>", "person", "unknown", None, 1, 2, 1, "a</b>", "a", (), ())
    page = sources_page([row], corpus.totals([row]))
    assert "<script>x" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "src=" not in page and 'href="http' not in page and "@import" not in page


def _rows(driver: Any) -> list[list[str]]:
    script = (
        "return [...document.querySelectorAll('table.sources tbody tr')].map(r => [...r.cells].map(c => c.textContent))"
    )
    return list(driver.execute_script(script))


@needs_browser
def test_sources_report_in_headless_chromium(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    path, corpus = sources_report(tmp_path)
    rows = corpus.sources()
    out = io.StringIO()
    write_csv(rows, corpus.totals(rows), out)
    csv_rows = list(csv.DictReader(io.StringIO(out.getvalue())))[:-1]
    with chromium() as driver:
        driver.get(path.as_uri())
        # The charts are drawn, one bar per item, each bar with a width.
        top = driver.find_elements(By.CSS_SELECTOR, "#chart-top rect")
        assert len(top) == min(TOP_SOURCES, len(rows))
        assert all(float(bar.get_attribute("width")) > 0 for bar in top)
        assert driver.find_element(By.ID, "chart-top").size["height"] > 100
        totals = corpus.totals(rows)
        for chart, expected in (("chart-kind", totals.by_kind), ("chart-gender", totals.by_gender)):
            bars = driver.find_elements(By.CSS_SELECTOR, f"#{chart} rect")
            assert {b.get_attribute("data-label"): int(b.get_attribute("data-value")) for b in bars} == expected
            assert driver.find_element(By.ID, chart).size["width"] > 100
        unnamed = driver.find_element(By.CSS_SELECTOR, "#chart-unnamed rect[data-label='unnamed']")
        assert int(unnamed.get_attribute("data-value")) == totals.by_kind.get("unnamed", 0)
        # The numbers in the table are the CSV's.
        shown = _rows(driver)
        assert [(r[0], r[3], r[5]) for r in shown] == [(c["name"], c["quotes"], c["documents"]) for c in csv_rows]
        # A click on a heading sorts by it; a second click reverses.
        heading = driver.find_element(By.XPATH, "//th[text()='Quotes']")
        heading.click()
        assert heading.get_attribute("aria-sort") == "descending"
        counts = [int(r[3]) for r in _rows(driver)]
        assert counts == sorted(counts, reverse=True)
        heading.click()
        counts = [int(r[3]) for r in _rows(driver)]
        assert counts == sorted(counts) and counts[0] < counts[-1]
        driver.find_element(By.XPATH, "//th[text()='Source']").click()
        names = [r[0].lower() for r in _rows(driver)]
        assert names == sorted(names, reverse=True)
        # Each source links to its quotes.
        first = driver.find_element(By.CSS_SELECTOR, "table.sources tbody tr a")
        target = driver.find_element(By.CSS_SELECTOR, first.get_attribute("hash"))
        assert first.text in target.text and target.find_elements(By.CSS_SELECTOR, "li")
        assert driver.execute_script("return document.querySelectorAll('script[src], link[href]').length") == 0
