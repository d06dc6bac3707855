"""Where, when and what for: the settings added to a figure's about (extract/about_context.py), on invented
passages."""

from __future__ import annotations

import pytest


@pytest.mark.fails_under(
    "fr_core_news_md", "md hangs « pour reconstruire les digues » on « prêt »: the purpose is not the governing verb's"
)
def test_the_purpose_of_the_governing_verb_follows_the_figure(abouts):
    """ "mobilisés pour retrouver l'enfant disparu": what the action is for says which count this is; an end
    that names no thing ("pour s'établir à 7,1 %") is left out."""
    found = abouts("Disparition\n\nQuelque 80 sauveteurs ont été mobilisés pour retrouver l'enfant disparu.")
    assert "pour retrouver l'enfant disparu" in found[80], found
    found = abouts("Climat\n\nLe fonds a débloqué un prêt de 40 millions d'euros pour reconstruire les digues du port.")
    assert "pour reconstruire les digues" in found[40000000], found
    found = abouts("Emploi\n\nLe nombre de chômeurs a reculé de 12 % sur un an pour s'établir à 2,1 millions.")
    assert "pour s'établir" not in (found[12] or ""), found


def test_a_plural_indefinite_event_sets_the_figure_but_not_a_singular_one(abouts):
    """ "tués dans des frappes aériennes": the events the dead belong to, as "dans l'attaque" is; "dans un
    communiqué" names where it was said, and is left out."""
    found = abouts("Conflit\n\nDouze civils ont été tués dans des frappes aériennes sur la province, selon l'ONU.")
    assert "dans des frappes aériennes" in found[12], found
    found = abouts("Conflit\n\nLa mairie a recensé dans un communiqué 40 maisons détruites par la crue.")
    assert "communiqué" not in (found[40] or ""), found


def test_a_short_phrase_gets_at_most_two_names_of_its_sentence(abouts):
    """ "personnes blessées (Lyon, Paul Martin)": who and where, not every name the sentence lists."""
    found = abouts(
        "Accident\n\nLors d'une conférence de presse à Lyon, le général Paul Martin et le préfet Jean Dupont ont "
        "annoncé que 14 personnes ont été blessées, selon la préfecture du Rhône."
    )
    assert "Jean Dupont" not in found[14], found
