"""The noun a figure measures (extract/about_nouns.py), on invented passages."""

from __future__ import annotations

from briefgen.extract.figures import extract_figures


def test_a_value_after_a_compound_noun_measures_the_compound(parse):
    """ "un chiffre d'affaires de 4,1 milliards d'euros": the turnover, whose head the amount hangs on, not
    the firm that made it alone."""
    parsed = parse("Résultats\n\nLa coopérative a réalisé un chiffre d'affaires de 4,1 milliards d'euros en 2022.")
    about = next(f.about for f in extract_figures(parsed, [], lang="fr") if abs(f.value - 4.1e9) < 1)
    assert about.startswith("chiffre d'affaires de la coopérative"), about
