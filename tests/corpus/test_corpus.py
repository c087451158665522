"""quoteattr.Corpus: sources counted across documents, merged by name, combined from parts."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

import quoteattr
from quoteattr import Corpus, Quote, QuoteKind, SourceKind, Speaker, TextSpan
from quoteattr.corpus.names import merge_groups, person_parts
from quoteattr.types import Gender, GenderSource
from tests.conftest import ROOT

SOURCES = ROOT / "tests" / "data" / "sources"


def quote(
    name: str | None, kind: SourceKind = SourceKind.PERSON, words: str = "one two three", **speaker: object
) -> Quote:
    who = None if name is None else Speaker(name, None, kind, **speaker)  # type: ignore[arg-type]
    return Quote(TextSpan(0, len(words), words), QuoteKind.DIRECT, who)


def test_people_merge_across_documents_by_name() -> None:
    corpus = Corpus()
    corpus.add([quote("Donald Trump"), quote("Donald Trump")], "a")
    corpus.add([quote("Trump")], "b")
    corpus.add([quote("Donald J. Trump")], "c")
    corpus.add([quote("Donald Trump Jr.")], "d")
    rows = {r.name: r for r in corpus.sources()}
    assert set(rows) == {"Donald Trump", "Donald Trump Jr."}
    trump = rows["Donald Trump"]
    assert (trump.quotes, trump.documents, trump.first_document, trump.last_document) == (4, 3, "a", "c")
    assert trump.names == ("Donald J. Trump", "Donald Trump", "Trump")
    assert trump.words == 12


def test_a_bare_surname_stays_apart_when_two_people_share_it() -> None:
    corpus = Corpus()
    for name in ("Hillary Clinton", "Bill Clinton", "Clinton"):
        corpus.add([quote(name)])
    assert sorted(r.name for r in corpus.sources()) == ["Bill Clinton", "Clinton", "Hillary Clinton"]


def test_name_parts() -> None:
    assert person_parts("President Donald J. Trump") == ("donald", "trump", "")
    assert person_parts("Robert Vance Jr.") == ("robert", "vance", "jr")
    assert person_parts("Mr. Trump") == (None, "trump", "")
    assert merge_groups(["The Washington Post", "Washington Post's", "Reuters"], person=False) == [[0, 1], [2]]


def test_unnamed_sources_and_phrases_are_never_merged() -> None:
    corpus = Corpus()
    corpus.add([quote("a senior official", SourceKind.UNNAMED), quote("the report", SourceKind.DOCUMENT)], "a")
    corpus.add([quote("a senior official", SourceKind.UNNAMED), quote("the report", SourceKind.DOCUMENT)], "b")
    corpus.add([quote("Protesters", SourceKind.GROUP)], "c")
    corpus.add([quote("Protesters", SourceKind.GROUP)], "d")
    rows = corpus.sources()
    assert len(rows) == 6 and all(r.documents == 1 for r in rows)
    assert corpus.totals(rows).unnamed_share == round(2 / 6, 4)


def test_kinds_and_genders_are_totalled() -> None:
    corpus = Corpus()
    female = {"gender": Gender.FEMALE, "gender_source": GenderSource.TITLE}
    corpus.add([quote("Ana Ruiz", **female), quote("Acme", SourceKind.ORGANISATION), quote(None)])
    totals = corpus.totals()
    assert (totals.documents, totals.quotes, totals.attributed) == (1, 3, 2)
    assert totals.by_kind == {"person": 1, "organisation": 1} and totals.by_gender == {"female": 1}


def test_gender_follows_the_strongest_evidence_across_documents() -> None:
    corpus = Corpus()
    corpus.add([quote("Ana Ruiz", gender=Gender.MALE, gender_source=GenderSource.GIVEN_NAME)] * 3)
    corpus.add([quote("Ana Ruiz", gender=Gender.FEMALE, gender_source=GenderSource.TITLE)])
    (row,) = corpus.sources()
    assert (row.gender, row.gender_source) == ("female", "title")


def test_parts_combine_into_the_whole() -> None:
    documents = [[quote("Donald Trump")], [quote("Trump"), quote("an aide", SourceKind.UNNAMED)], [quote("Ana Ruiz")]]
    whole = Corpus()
    for n, quotes in enumerate(documents):
        whole.add(quotes, f"d{n}")
    left, right = Corpus(), Corpus()
    left.add(documents[0], "d0")
    right.add(documents[1], "d1")
    right.add(documents[2], "d2")
    assert (left + right).sources() == whole.sources()
    assert Corpus.combine([left, right]).totals() == whole.totals()


def test_memory_grows_with_sources_not_quotes() -> None:
    corpus = Corpus()
    for n in range(2_000):
        corpus.add([quote("Donald Trump"), quote("Ana Ruiz"), quote("Acme", SourceKind.ORGANISATION)], str(n))
    assert len(corpus._tallies) == 3
    assert all(len(row.examples) <= 3 for row in corpus.sources())


def test_it_takes_attribute_many_output(nlp: Language) -> None:
    texts = ["“We won,” said Ana Ruiz.", "“We lost,” Ms. Ruiz said later."]
    by_list = Corpus().update(quoteattr.attribute_many(texts, nlp=nlp))
    by_pair = Corpus().update(quoteattr.attribute_many([(t, f"t{n}") for n, t in enumerate(texts)], nlp=nlp))
    assert [(r.name, r.quotes, r.documents) for r in by_list.sources()] == [("Ana Ruiz", 2, 2)]
    assert by_pair.sources()[0].last_document == "t1"
    with pytest.raises(TypeError, match="list of quotes"):
        Corpus().update(["not quotes"])


def test_every_source_row_of_our_own_corpus(nlp: Language) -> None:
    """30 articles with known sources: named, unnamed, organisations, outlets, documents and
    groups, people named differently from article to article."""
    expected = json.loads((SOURCES / "expected.json").read_text(encoding="utf-8"))
    paths = sorted(SOURCES.glob("*.txt"))
    texts = [(p.read_text(encoding="utf-8"), p.name) for p in paths]
    corpus = Corpus().update(quoteattr.attribute_many(texts, nlp=nlp))
    fields = ("name", "kind", "gender", "gender_source", "quotes", "documents")
    rows = [{f: getattr(r, f) for f in fields} for r in corpus.sources()]
    assert rows == expected["sources"]
    totals = corpus.totals()
    assert (totals.documents, totals.quotes) == (expected["totals"]["documents"], expected["totals"]["quotes"])
    assert len(paths) >= 30
