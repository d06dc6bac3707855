"""The size a count gives the noun that holds it (extract/about_size.py), on invented passages."""

from __future__ import annotations

from briefgen.extract.figures import extract_figures


def _abouts(parse, text: str) -> dict:
    return {f.value: f.about for f in extract_figures(parse(text), [], lang="fr")}


def test_a_count_of_inhabitants_places_or_staff_gives_the_size_of_its_holder(parse):
    """A complement ("une salle de 1.200 places"), an apposition ("Nantes, 320 000 habitants") and the
    object of a verb of having ("la coopérative, qui compte 85 salariés") each give the holder's size."""
    abouts = _abouts(
        parse,
        "Culture\n\nLa mairie a ouvert une salle de 1.200 places. Nantes, 320 000 habitants, organise le "
        "festival. La coopérative, qui compte 85 salariés, a été reprise.",
    )
    assert abouts[1200].startswith("capacité de la salle"), abouts
    assert abouts[320000].startswith("population de Nantes"), abouts
    assert abouts[85].startswith("effectif de la coopérative"), abouts


def test_a_count_that_names_its_own_holder_or_follows_a_locution_is_counted_for_itself(parse):
    """ "850 000 habitants de la métropole" say whose they are; "faisait état de 40 hommes" is no holder."""
    abouts = _abouts(
        parse,
        "Santé\n\nL'hôpital assure la couverture de 850 000 habitants de la métropole. Le rapport faisait "
        "état de 40 hommes blessés.",
    )
    assert "habitants de la métropole" in abouts[850000], abouts
    assert not abouts[40].startswith("effectif"), abouts
