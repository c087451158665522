"""Stage 4: entities and the resolver, on small parsed texts (resolve/entities.py, resolve/resolver.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.resolve.entities import EntityTable
from quoteattr.resolve.proper_names import proper_name
from quoteattr.resolve.resolver import Resolver
from quoteattr.types import EntityKind, Gender, Resolution
from tests.conftest import read


def resolver_for(text: str, nlp: Language) -> Resolver:
    document, _ = read(text, nlp)
    return Resolver(document, EntityTable.build(document))


def test_a_name_loses_its_titles(nlp: Language) -> None:
    doc = nlp("Port Captain Elif Demir spoke.")
    name = proper_name(doc[0:4])
    assert name is not None and name.text == "Elif Demir"


def test_a_surname_resolves_to_the_full_name(nlp: Language) -> None:
    resolver = resolver_for("Striker Owen Blake scored twice. Later Blake said he was tired.", nlp)
    doc = resolver.doc
    blake = next(t for t in doc if t.text == "Blake" and t.i > 5)
    assert resolver.resolve(doc[blake.i : blake.i + 1]) == ("Owen Blake", Resolution.NAME)


def test_a_pronoun_resolves_to_the_person_of_its_gender(nlp: Language) -> None:
    resolver = resolver_for("Ana Ruiz met Tom Lind. He said the deal was done.", nlp)
    he = next(t for t in resolver.doc if t.lower_ == "he")
    assert resolver.resolve(resolver.doc[he.i : he.i + 1]) == ("Tom Lind", Resolution.PRONOUN)


def test_what_resolution_learns_is_kept_apart_from_the_entity_table(nlp: Language) -> None:
    resolver = resolver_for("Kestrel Vane arrived late. He said the trains had stopped.", nlp)
    (entity,) = [e for e in resolver.table.entities if e.name == "Kestrel Vane"]
    assert (entity.kind, entity.gender) == (EntityKind.PERSON, None)
    he = next(t for t in resolver.doc if t.lower_ == "he")
    assert resolver.resolve(resolver.doc[he.i : he.i + 1])[0] == "Kestrel Vane"
    assert resolver.current(entity).gender is Gender.MALE
    assert entity.gender is None  # the table is as it was built


def test_an_unnamed_speaker_keeps_its_noun_phrase(nlp: Language) -> None:
    resolver = resolver_for("A spokesperson for the ministry said the talks would resume.", nlp)
    doc = resolver.doc
    assert resolver.resolve(doc[0:5]) == ("a spokesperson for the ministry", Resolution.NOUN_PHRASE)


def test_a_sentence_adverb_or_a_weekday_is_no_part_of_the_name_after_it(nlp: Language) -> None:
    import quoteattr

    for text in (
        "Meanwhile Rihanna, who won an award, spoke. “Love yourself,” she said.",
        "On Friday Rihanna called at the house. “Love yourself,” she said.",
    ):
        (quote,) = quoteattr.attribute(text, nlp=nlp)
        assert quote.speaker is not None and quote.speaker.name == "Rihanna"


def test_a_word_that_opens_sentences_opens_no_name_tagged_as_one(nlp: Language) -> None:
    from spacy.tokens import Doc

    words = ["Neither", "Benedetta", "nor", "Piero", "was", "in", "."]
    tags = ["NNP", "NNP", "CC", "NNP", "VBD", "IN", "."]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "AUX", "ADP", "PUNCT"]
    heads = [1, 4, 1, 1, 4, 4, 4]
    deps = ["compound", "nsubj", "cc", "conj", "ROOT", "prep", "punct"]
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)
    name = proper_name(doc[0:2])
    assert name is not None and name.text == "Benedetta"


def test_the_district_of_columbia_is_a_place(nlp: Language) -> None:
    resolver = resolver_for("Ruiz spoke in Washington, D.C., on Monday.", nlp)
    kinds = {e.name: e.kind for e in resolver.table.entities}
    assert kinds.get("D.C.", EntityKind.PLACE) is EntityKind.PLACE


def test_no_name_opens_with_a_hyphen(nlp: Language) -> None:
    resolver = resolver_for("There would likely be a US-UK trade agreement down the line, Hale said.", nlp)
    assert not any(e.name.startswith("-") for e in resolver.table.entities)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Senate Challenger Dana Reyes Calls For Change.", slice(0, 4), "Dana Reyes"),  # a headline's role
        ("Old Mike came in at last.", slice(0, 2), "Mike"),  # an epithet, not a given name
    ],
)
def test_a_role_or_an_epithet_before_a_name_is_no_part_of_it(
    nlp: Language, text: str, words: slice, expected: str
) -> None:
    doc = nlp(text)
    name = proper_name(doc[words])
    assert name is not None and name.text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Vane kept the farm. Robert Vane came in. “Late,” he said.",  # a son, by his given name
        "Mrs. Vane kept the farm. Kestrel Vane came in. “Late,” he said.",  # a given name of no gender
        "Kestrel Vane came in. Mrs. Vane kept the farm. “Late,” he said.",  # … named first
    ],
)
def test_a_married_title_and_a_full_name_of_another_gender_are_two_people(text: str, nlp: Language) -> None:
    resolver = resolver_for(text, nlp)
    assert len([e for e in resolver.table.entities if e.words[-1] == "vane"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz met Eva Lind. She took Ana's hand and said it was done.",  # the owner of the object
        "Ana Ruiz met Eva Lind. She was with Ana for an hour and said it was done.",  # a preposition's object
    ],
)
def test_a_pronoun_is_no_one_its_own_clause_names(text: str, nlp: Language) -> None:
    resolver = resolver_for(text, nlp)
    she = next(t for t in resolver.doc if t.lower_ == "she")
    assert resolver.resolve(resolver.doc[she.i : she.i + 1]) == ("Eva Lind", Resolution.PRONOUN)


def test_a_pronoun_may_be_someone_a_clause_hung_on_its_verb_names(nlp: Language) -> None:
    resolver = resolver_for("Ana Ruiz met Eva Lind. She said that Ana would stay.", nlp)
    she = next(t for t in resolver.doc if t.lower_ == "she")
    assert resolver.resolve(resolver.doc[she.i : she.i + 1]) == ("Ana Ruiz", Resolution.PRONOUN)
