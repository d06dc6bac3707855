"""What the clause says of a figure (extract/about_clause.py), on invented passages."""

from __future__ import annotations

from briefgen.extract.figures import extract_figures


def _abouts(parse, text: str) -> dict:
    return {f.value: f.about for f in extract_figures(parse(text), [], lang="fr")}


def test_a_number_subject_with_no_noun_is_about_what_its_clause_says_of_it(parse):
    """ "Au total, 31 sont décédées de la grippe": the number's predicate as written, not nothing."""
    abouts = _abouts(parse, "Grippe\n\nAu total, 31 sont décédées de la grippe depuis octobre.")
    assert abouts[31].startswith("décédées de la grippe depuis octobre"), abouts
