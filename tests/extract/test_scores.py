"""Match scores (extract/scores.py): both numbers of a result, and the pairs that are no score."""

from __future__ import annotations

import pytest

from briefgen.extract.figures import extract_figures
from briefgen.extract.scores import find_scores


def scores(parse, text: str):
    return [(s.values, s.what) for s in find_scores(parse(f"Sport\n\n{text}"))]


@pytest.mark.parametrize(
    "text, found",
    [
        # a bracketed pair after a noun of a result
        (
            "Après la victoire du XV de France contre l'Angleterre samedi (25-20), le groupe se sépare.",
            [((25, 20), "points")],
        ),
        # after a verb of a result, the game's unit read from the article's words
        ("Le Cameroun s'impose de justesse (2-1) face aux Comores, qui ont joué sans gardien.", [((2, 1), "buts")]),
        # "à" right after the word of the result
        (
            "Le Rouge et Or a signé une victoire convaincante de 36 à 17 sur les Redbirds de McGill.",
            [((36, 17), "points")],
        ),
        ("Battus 2 à 1 la veille, les joueurs ont réagi.", [((2, 1), "points")]),
    ],
)
def test_a_pair_after_a_word_of_a_result_is_a_score(parse, text, found):
    assert scores(parse, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Les jeunes de 18-25 ans ont perdu leur emploi après la défaite du projet.",  # a range of ages
        "Après la défaite, les peines vont de 20 à 30 ans de prison.",  # a range, "à" far from the result
        "Le Cameroun a gagné, mais Aboubakar a marqué (2-0, 70e) avant la pause.",  # a running score, its minute
        "Sur ce match, on doit pouvoir mettre un petit but pour faire 1-1.",  # another clause's result
        "La ligne 12-14 du tableau a été corrigée lundi.",  # no result at all
    ],
)
def test_a_pair_that_is_no_score(parse, text):
    assert scores(parse, text) == []


def test_a_score_the_article_repeats_is_found_once(parse):
    text = "Le Cameroun s'impose (2-1) face aux Comores. La victoire (2-1) reste courte pour le gardien."
    assert scores(parse, text) == [((2, 1), "buts")]


def test_each_number_of_a_score_is_a_figure_about_its_result_a_zero_none(parse):
    parsed = parse(
        "Sport\n\nLa France a remporté une victoire éclatante contre la Suède (4-0) samedi. Le nul (1-1) de la veille est oublié."
    )
    figures = [(f.value, f.rule) for f in extract_figures(parsed, [])]
    assert (4, "score") in figures and (1, "score") in figures
    assert all(value != 0 for value, _ in figures)
    assert [v for v, rule in figures if rule == "score"].count(1) == 1  # a draw is one value
    four = next(f for f in extract_figures(parsed, []) if f.value == 4)
    assert four.about.startswith("score (") and "Suède" in four.about
