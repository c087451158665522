"""A news-style benchmark corpus built from the project's own texts.

Articles are assembled from the seed article, the passages in tests/data, and background
paragraphs with no quotation (as real reports have), in a fixed pseudo-random order, so every run
measures the same text.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BACKGROUND = [
    "The river burst its banks for the second time this year, flooding more than 200 homes in the "
    "lower town and closing the main road to the coast for three days.",
    "Shares in the company fell 4% in early trading on Monday before recovering most of their losses "
    "by the close, as investors weighed the outlook for the rest of the year.",
    "The council is due to meet again in March, when it will review the budget and decide whether to "
    "go ahead with the second phase of the housing scheme.",
    "Engineers spent the weekend inspecting the bridge, which was built in 1962 and carries about "
    "40,000 vehicles a day between the two halves of the city.",
    "The talks, which began in Geneva in January, have stalled over the question of who would "
    "monitor a ceasefire and how any violations would be punished.",
    "Unemployment rose to 5.1% in the three months to March, the highest level in two years, with "
    "young people and part-time workers hit hardest.",
    "The hospital has been under pressure since the winter, with waiting times in its emergency "
    "department regularly exceeding twelve hours.",
    "The club finished fourth last season, its best result in a decade, and qualified for European "
    "competition for the first time since 2009.",
]


def _case_texts() -> list[str]:
    texts = [(ROOT / "seeds" / "000_10678e0b370de962.txt").read_text(encoding="utf-8")]
    for path in sorted((ROOT / "tests" / "data").glob("*_cases.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        texts += [case["text"] for case in module.CASES]
    return texts


def articles(min_words: int, seed: int = 7) -> list[str]:
    """Articles of three to eight passages, about a third of their paragraphs background."""
    rng = random.Random(seed)
    passages = _case_texts()
    found: list[str] = []
    words = 0
    while words < min_words:
        parts = []
        for _ in range(rng.randint(3, 8)):
            parts.append(rng.choice(BACKGROUND) if rng.random() < 0.35 else rng.choice(passages))
        article = "\n\n".join(parts)
        found.append(article)
        words += len(article.split())
    return found


def one_text(size: int, seed: int = 11) -> str:
    """One text of about ``size`` characters, articles joined by blank lines."""
    parts: list[str] = []
    length = 0
    for article in articles(size // 5, seed):
        parts.append(article)
        length += len(article) + 2
        if length >= size:
            break
    return "\n\n".join(parts)[:size]
