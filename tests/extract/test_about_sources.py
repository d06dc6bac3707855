"""Who gives a figure and what introduces it (extract/about_sources.py), on invented passages."""

from __future__ import annotations

import pytest


def test_a_figure_after_a_colon_hangs_on_no_verb_before_it(abouts):
    """ "Le préfet a rappelé le lourd bilan de la tempête : « 12 morts »": the dead of the storm, the phrase the
    colon introduces them with, not "morts rappelés" (md hangs the number on the verb across the colon)."""
    found = abouts(
        "Intempéries\n\nLe préfet a rappelé le lourd bilan de la tempête : « 12 morts et des centaines de sinistrés »."
    )
    assert found[12].startswith("morts de la tempête"), found


@pytest.mark.fails_under(
    "fr_core_news_sm",
    "sm reads the participle after the figure first (« somme prélevée sur les recettes »), a phrase the colon's "
    "does not replace",
)
def test_the_phrase_before_a_colon_leaves_out_the_subject_of_its_copula(abouts):
    """ "Le principal souci de la mairie, …, est la contribution exigée par l'État : 1,2 million d'euros": the
    predicate noun's phrase, without the subject (and its own words) the parse hangs on it."""
    found = abouts(
        "Budget\n\nLe principal souci de la mairie, pour boucler son budget, est la contribution exigée par l'État : "
        "1,2 million d'euros prélevés sur les recettes de la commune."
    )
    assert found[1200000].startswith("contribution exigée par l'État"), found
