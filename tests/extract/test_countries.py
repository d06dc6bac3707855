"""Country names, capitals, seats and demonyms resolve to one name in the article's language."""

from __future__ import annotations

import pytest

from briefgen.extract.countries import country_of_demonym, country_of_name, is_region, lookup


@pytest.mark.parametrize(
    "phrase, country, kind",
    [
        ("Corée du Sud", "Corée du Sud", "name"),
        ("Etats-Unis", "États-Unis", "name"),
        ("Moscou", "Russie", "capital"),
        ("Kyiv", "Ukraine", "capital"),
        ("Kiev", "Ukraine", "capital"),
        ("Pékin", "Chine", "capital"),
        ("Kremlin", "Russie", "seat"),
        ("Maison Blanche", "États-Unis", "seat"),
        ("RDC", "République démocratique du Congo", "name"),
        ("RD Congo", "République démocratique du Congo", "name"),
        ("Norvège", "Norvège", "name"),
    ],
)
def test_lookup(phrase, country, kind):
    assert lookup(phrase, "fr") == (country, kind)


@pytest.mark.parametrize(
    "word, country",
    [
        ("sud-coréen", "Corée du Sud"),
        ("nord-coréennes", "Corée du Nord"),
        ("ukrainienne", "Ukraine"),
        ("polonais", "Pologne"),
        ("françaises", "France"),
        ("britanniques", "Royaume-Uni"),
        ("turque", "Turquie"),
    ],
)
def test_demonyms_in_every_inflection(word, country):
    assert country_of_demonym(word, "fr") == country


def test_regions_are_not_countries():
    assert is_region("Afrique") and is_region("Europe") and is_region("Asie")
    assert country_of_name("Afrique") is None and not is_region("Union européenne")


def test_english_names():
    assert country_of_name("Moscow", "en") == "Russia"
    assert country_of_demonym("Ukrainian", "en") == "Ukraine"


def test_one_folding_for_every_lookup():
    from briefgen.textfold import fold

    assert fold("Corée-du-Sud") == fold("corée du sud") == fold("COREE  DU SUD") == "coree du sud"
    assert fold("l’OMS") == fold("l'OMS")
    assert lookup("COREE-DU-SUD", "fr") == ("Corée du Sud", "name")


@pytest.mark.parametrize(
    "sentence, name, place",
    [
        ("Les ministres se sont réunis à Moscou.", "Moscou", True),
        ("Les troupes avancent vers les États-Unis.", "États-Unis", True),
        ("Des pirates liés à Pyongyang ont volé des fonds.", "Pyongyang", False),
        ("Moscou a démenti.", "Moscou", False),
    ],
)
def test_is_place_is_decided_once(parse, sentence, name, place):
    """The speakers ask actors.is_place instead of re-deciding from their own list."""
    from briefgen.extract.actors import is_place
    from briefgen.lexicon import lexicon

    parsed = parse("Titre\n\n" + sentence)
    start = next(t.i for t in parsed.doc if t.text == name)
    assert is_place(parsed.doc, start, lexicon("fr").actors) is place
