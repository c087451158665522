"""Stage 2, parse: load the spaCy model and parse the text in bounded chunks into one Doc."""
