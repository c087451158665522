"""How long a 100,000-word novel takes: a hard-wrapped text of dialogue and narration, built from
a chapter of our own repeated with its names varied, through ``attribute`` on one core.

Run: python benchmarks/bench_novel.py [--words N]
"""

from __future__ import annotations

import argparse
import textwrap
import time

import quoteattr

CHAPTER = [
    "The rain had not stopped since noon, and the lamps in the parlour were lit early. {a} sat "
    "by the window with a book she was not reading, while {b} walked up and down the room.",
    "“Will you come to the fair tomorrow?” asked {a}, without looking up.",
    "“Perhaps.”",
    "“Only perhaps? You promised our aunt a week ago that you would.”",
    "“I promised nothing of the kind, {a}. I said I would think of it, and I have thought of it.”",
    "“Then I shall go alone,” said {a}, closing the book at last. “And I shall tell everybody that "
    "you preferred to stay at home with your letters.”",
    "{b} laughed, stopped by the fire, and turned round. “You will do nothing of the sort. Mr. "
    "{c} is to be there, and you would not miss him for the world.”",
    "She coloured, but said nothing for a while. The clock struck six; somewhere below a door "
    "opened and shut, and the sound of the rain grew louder for a moment.",
    "“Mr. {c} has nothing to do with it,” she replied at last.",
]
NAMES = [("Elinor", "Marianne", "Ferrars"), ("Anne", "Louisa", "Wentworth"), ("Emma", "Harriet", "Knightley")]


def novel(words: int) -> str:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        a, b, c = NAMES[len(paragraphs) // len(CHAPTER) % len(NAMES)]
        for paragraph in CHAPTER:
            text = paragraph.format(a=a, b=b, c=c)
            paragraphs.append(textwrap.fill(text, 70))
            count += len(text.split())
    return "\n\n".join(paragraphs) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()
    text = novel(args.words)
    nlp = quoteattr.load_model()
    quoteattr.attribute(novel(500), nlp=nlp)  # warm up
    start = time.perf_counter()
    quotes = quoteattr.attribute(text, nlp=nlp)
    seconds = time.perf_counter() - start
    words = len(text.split())
    turns = sum(q.rule.value == "turn-taking" for q in quotes)
    print(
        f"a novel of {words:,} words: {seconds:.1f} s on one process, {words / seconds:,.0f} words/s, "
        f"{len(quotes):,} quotes ({turns:,} by turn-taking)"
    )


if __name__ == "__main__":
    main()
