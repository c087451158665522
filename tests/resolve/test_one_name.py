"""Stage 4d: one name for each speaker in a document (resolve/one_name.py)."""

from __future__ import annotations

import attrs

from quoteattr.resolve.one_name import one_name_each
from quoteattr.types import Gender, Quote, QuoteKind, Rule, SourceKind, Speaker, TextSpan


def said_by(*speakers: tuple[str, Gender | None] | tuple[str, Gender | None, SourceKind]) -> list[Quote]:
    quotes = []
    for n, (name, gender, *kind) in enumerate(speakers):
        speaker = Speaker(name, kind=kind[0] if kind else SourceKind.PERSON, gender=gender)
        quotes.append(Quote(TextSpan(n, n + 1, "x"), QuoteKind.DIRECT, speaker, None, Rule.TURN_TAKING))
    return quotes


def names(quotes: list[Quote]) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_a_shorter_form_becomes_the_one_fuller_name() -> None:
    quotes = said_by(("Kemble", Gender.MALE), ("Ada Price", Gender.FEMALE), ("Tom Kemble", None), ("Ada", None))
    assert names(one_name_each(quotes)) == ["Tom Kemble", "Ada Price", "Tom Kemble", "Ada Price"]


def test_names_that_tell_their_people_apart_stay_apart() -> None:
    # a title or a known gender of the other kind: Mrs. Pell is not Mr. Tom Pell
    assert names(one_name_each(said_by(("Mrs. Pell", None), ("Tom Pell", Gender.MALE)))) == ["Mrs. Pell", "Tom Pell"]
    assert names(one_name_each(said_by(("Pell", Gender.FEMALE), ("Mr. Tom Pell", None)))) == ["Pell", "Mr. Tom Pell"]
    # two fuller names fit: no telling which
    both = said_by(("Clay", None), ("Ann Clay", None), ("Bob Clay", None))
    assert names(one_name_each(both)) == ["Clay", "Ann Clay", "Bob Clay"]


def test_only_peoples_names_are_joined() -> None:
    quotes = said_by(("Heron", None), ("Heron in his grand manner", None), ("Verizon", None, SourceKind.ORGANISATION))
    quotes += said_by(("Verizon executives", None, SourceKind.GROUP), ("Ahmed and Karim", None))
    assert names(one_name_each(quotes)) == [
        "Heron",
        "Heron in his grand manner",
        "Verizon",
        "Verizon executives",
        "Ahmed and Karim",
    ]


def test_a_family_name_said_with_a_title_is_not_the_given_named_one() -> None:
    # “said Mrs. Hale” names Kitty Hale's mother, not Kitty
    quotes = said_by(("Hale", Gender.FEMALE), ("Kitty Hale", Gender.FEMALE))
    mother = quotes[0].speaker
    assert mother is not None
    quotes[0] = attrs.evolve(quotes[0], speaker=attrs.evolve(mother, mention=TextSpan(0, 9, "Mrs. Hale")))
    assert names(one_name_each(quotes)) == ["Hale", "Kitty Hale"]
