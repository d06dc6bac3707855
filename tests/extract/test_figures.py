"""Gold passages for figures: invented news sentences, one construction each."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.figures import extract_figures, parse_digits, parse_words

# (passage, expected [(value, what, qualifier)])
GOLD = [
    ("Le séisme a fait au moins 2 300 morts dans le sud du pays.", [(2300, "morts", "at_least")]),
    ("La banque centrale a injecté 1,5 milliard d'euros dans le système.", [(1_500_000_000, "euros", "exact")]),
    ("Près de 45 000 manifestants ont défilé samedi à Lyon.", [(45000, "manifestants", "approx")]),
    ("Le chômage a reculé à 7,3 % au troisième trimestre.", [(7.3, "%", "exact")]),
    ("Jusqu'à trois mille réfugiés pourraient franchir la frontière.", [(3000, "réfugiés", "at_most")]),
    ("Une dizaine de blessés ont été transportés à l'hôpital.", [(10, "blessés", "approx")]),
    ("Les dégâts sont estimés entre deux et quatre milliards de dollars.",
     [(2_000_000_000, "dollars", "at_least"), (4_000_000_000, "dollars", "at_most")]),
    ("Environ 90.000 foyers restent privés d'électricité.", [(90000, "foyers", "approx")]),
    ("Le parti a obtenu moins de 12 000 voix au premier tour.", [(12000, "voix", "at_most")]),
    ("La flotte compte désormais plus de 300 navires de guerre.", [(300, "navires de guerre", "at_least")]),
    # not figures: dates, years, ranks, names, ages, vague plurals
    ("Le sommet du G7 s'est tenu le 6 mars 2024 à Rome.", []),
    ("Le 16e paquet de sanctions a été adopté en 2025.", []),
    ("Le variant clade 2 circule depuis 2022 selon les autorités.", []),
    ("L'homme, âgé de 45 ans, a été arrêté vers 10 heures.", []),
    ("Des milliers de personnes ont fui la ville.", []),
]


@pytest.mark.parametrize("passage, expected", GOLD, ids=[g[0][:40] for g in GOLD])
def test_gold_passages(parse, passage, expected):
    parsed = parse("Titre\n\n" + passage)
    figures = extract_figures(parsed, extract_actors(parsed, lang="fr"), lang="fr")
    assert [(f.value, f.what, f.qualifier) for f in figures] == expected
    for figure in figures:
        assert figure.text in passage and figure.sentence == passage


def test_hedged_and_claimed_by(parse):
    parsed = parse(
        "Titre\n\nSelon les services de l'OTAN, Moscou aurait mobilisé 5 000 réservistes.\n\n"
        "L'armée a perdu 200 chars. Les rebelles disposeraient de 40 blindés."
    )
    figures = {f.value: f for f in extract_figures(parsed, extract_actors(parsed, lang="fr"), lang="fr")}
    assert figures[5000].hedged and figures[5000].claimed_by == "OTAN"
    assert not figures[200].hedged and figures[200].claimed_by is None
    assert figures[40].hedged  # conditional mood


def test_one_figure_per_fact_and_salience_ranks_the_lead(parse):
    parsed = parse(
        "Titre\n\nLa crue a détruit 1 200 maisons. Les 1 200 maisons seront reconstruites.\n\n"
        "Plus loin, 3 ponts ont aussi cédé."
    )
    figures = extract_figures(parsed, [], lang="fr")
    assert [f.value for f in figures] == [1200, 3]
    assert figures[0].salience > figures[1].salience


@pytest.mark.parametrize(
    "text, lang, value",
    [("12", "fr", 12), ("1,5", "fr", 1.5), ("90.000", "fr", 90000), ("1.5", "en", 1.5), ("12,000", "en", 12000)],
)
def test_parse_digits(text, lang, value):
    assert parse_digits(text, lang) == value


def test_parse_words():
    assert parse_words("dix mille", "fr") == 10000
    assert parse_words("vingt et un", "fr") == 21
    assert parse_words("three hundred", "en") == 300
