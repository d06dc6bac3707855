"""Where a figure is set (extract/about_where.py), on invented passages."""

from __future__ import annotations


def test_a_value_in_brackets_after_a_place_is_the_rate_its_sentence_names(abouts):
    """ "ce sont la Grèce (31 %) et l'Italie (24 %) qui ont les taux les plus forts": each place's rate,
    the superlative left out; where the sentence names no rate, the sentence before it does."""
    found = abouts(
        "Chômage des jeunes\n\nLe chômage des jeunes reste élevé en Europe. Ce sont la Grèce (31 %), l'Italie (24 %) "
        "et la Suède (22 %) qui ont les taux de chômage les plus forts."
    )
    assert (found[31] or "").startswith("taux de chômage de la Grèce"), found
    assert "l'Italie" in (found[24] or "") and "plus forts" not in (found[24] or ""), found
    found = abouts(
        "Emploi\n\nC'est l'Autriche qui affiche le taux de chômage le plus bas de l'Union en mai. "
        "Juste après, on trouve la Pologne (2,9 %) et le Portugal (3,3 %)."
    )
    assert (found[2.9] or "").startswith("taux de chômage de la Pologne"), found
    assert "du Portugal" in (found[3.3] or ""), found
