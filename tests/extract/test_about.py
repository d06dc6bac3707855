"""What a figure is about (extract/about.py), on invented passages."""

from __future__ import annotations


def test_years_that_measure_a_person_are_an_age(abouts):
    """ "un gendarme de 34 ans": the years measure a person, an age; "un contrat de cinq ans" stays a length."""
    found = abouts(
        "Interpellation\n\nUn gendarme de 34 ans a été blessé lors d'une interpellation à Lille. "
        "Le suspect avait signé un contrat de cinq ans avec une société de sécurité."
    )
    assert (found[34] or "").startswith("âge du gendarme"), found
    assert (found[5] or "").startswith("durée du contrat"), found
