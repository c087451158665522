"""Headless Chromium for the HTML report's tests, and the screenshot kept in docs/.

Chromium and ChromeDriver come from Debian (packages chromium and chromium-driver); .ci/run
installs them when they are missing. Refresh the screenshot with: python -m tests.browser
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import quoteattr
from quoteattr.outputs.html import page
from quoteattr.outputs.sources_html import sources_page
from quoteattr.types import Result

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10678e0b370de962.txt"
SCREENSHOT = ROOT / "docs" / "html-report.png"
SOURCES_SCREENSHOT = ROOT / "docs" / "sources-report.png"
SOURCES = ROOT / "tests" / "data" / "sources"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
# No sandbox as root, and no background connections: the machines have no internet.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1100,1350",
)


@contextmanager
def chromium() -> Iterator[Any]:
    """A Selenium driver for headless Chromium, quit on exit."""
    from selenium import webdriver

    if CHROMIUM is None or CHROMEDRIVER is None:
        raise RuntimeError("chromium and chromedriver are needed: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def seed_page(directory: Path) -> tuple[Path, Result]:
    """The seed article's HTML page, written into ``directory``."""
    text = SEED.read_text(encoding="utf-8")
    result = Result(SEED.name, text, quoteattr.attribute(text))
    path = directory / "seed.html"
    path.write_text(page([result]), encoding="utf-8")
    return path, result


def sources_report(directory: Path) -> tuple[Path, quoteattr.Corpus]:
    """The sources report of the 30 articles in tests/data/sources, written into ``directory``."""
    texts = [(p.read_text(encoding="utf-8"), p.name) for p in sorted(SOURCES.glob("*.txt"))]
    corpus = quoteattr.Corpus().update(quoteattr.attribute_many(texts))
    rows = corpus.sources()
    path = directory / "sources.html"
    path.write_text(sources_page(rows, corpus.totals(rows)), encoding="utf-8")
    return path, corpus


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, chromium() as driver:
        path, _ = seed_page(Path(tmp))
        driver.get(path.as_uri())
        driver.save_screenshot(str(SCREENSHOT))
        path, _ = sources_report(Path(tmp))
        driver.get(path.as_uri())
        driver.save_screenshot(str(SOURCES_SCREENSHOT))
    print(f"wrote {SCREENSHOT.relative_to(ROOT)} and {SOURCES_SCREENSHOT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
