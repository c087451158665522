"""Summaries over many documents: who is quoted, how often, by kind of source and gender."""
