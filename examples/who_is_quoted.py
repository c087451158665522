"""Count who gets quoted in an article, and how many words each speaker has.

Run: python examples/who_is_quoted.py [FILE]   (default: the seed article)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import quoteattr

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "seeds" / "000_10678e0b370de962.txt"
text = path.read_text(encoding="utf-8")

quotes = quoteattr.attribute(text)
counts: Counter[str] = Counter()
words: Counter[str] = Counter()
for quote in quotes:
    speaker = quote.speaker.name if quote.speaker else "(unattributed)"
    counts[speaker] += 1
    words[speaker] += len(quote.content.text.split())

print(f"{len(quotes)} quotations in {path.name}")
for speaker, n in counts.most_common():
    print(f"  {speaker:<20} {n:>2} {'quote, ' if n == 1 else 'quotes,'} {words[speaker]:>3} words")
