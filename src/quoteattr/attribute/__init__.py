"""Stage 3, attribute: each quote's cue verb and speaker mention from the parse (cues, nearby
sentences, reported speech), then speakers lent between quotes (propagate)."""
