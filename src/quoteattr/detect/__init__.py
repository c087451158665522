"""Stage 1, detect: quotations found by their marks (regex, no parse), what kind each one is, and
which paragraphs the later stages read."""
