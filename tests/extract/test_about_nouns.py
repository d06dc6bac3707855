"""The noun a figure measures (extract/about_nouns.py), on invented passages."""

from __future__ import annotations

from briefgen.extract.figures import extract_figures


def test_a_value_after_a_compound_noun_measures_the_compound(parse):
    """ "un chiffre d'affaires de 4,1 milliards d'euros": the turnover, whose head the amount hangs on, not
    the firm that made it alone."""
    parsed = parse("Résultats\n\nLa coopérative a réalisé un chiffre d'affaires de 4,1 milliards d'euros en 2022.")
    about = next(f.about for f in extract_figures(parsed, [], lang="fr") if abs(f.value - 4.1e9) < 1)
    assert about.startswith("chiffre d'affaires de la coopérative"), about


def test_a_bare_change_is_the_change_of_the_main_subject_before_not_of_its_relative_clause(abouts):
    """ "L'effectif …, qui inclut … les personnes en voyage d'affaires, a progressé … la hausse atteint 12 000
    personnes": the rise of what the sentence before is about, its main clause's subject (md makes it the root),
    not of the people its relative clause lists."""
    found = abouts(
        "Tourisme\n\nL'effectif des visiteurs étrangers, qui inclut outre les touristes, les personnes en voyage "
        "d'affaires, a quant à lui progressé de 3000 en juillet. Sur un an, la hausse atteint 12 000 personnes."
    )
    assert found[12000].startswith("hausse de l'effectif des visiteurs étrangers"), found
