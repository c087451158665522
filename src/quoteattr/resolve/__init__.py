"""Stage 4, resolve: group a document's mentions into entities and turn each speaker mention into
the canonical name a careful reader would give."""
