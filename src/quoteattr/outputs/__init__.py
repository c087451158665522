"""Writing results out: table, JSON, JSON Lines, CSV (formats) and the HTML page (html)."""
