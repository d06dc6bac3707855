"""The size a count gives the noun that holds it (extract/about_size.py), on invented passages."""

from __future__ import annotations


def test_a_count_of_inhabitants_places_or_staff_gives_the_size_of_its_holder(abouts):
    """A complement ("une salle de 1.200 places"), an apposition ("Nantes, 320 000 habitants") and the
    object of a verb of having ("la coopérative, qui compte 85 salariés") each give the holder's size."""
    found = abouts(
        "Culture\n\nLa mairie a ouvert une salle de 1.200 places. Nantes, 320 000 habitants, organise le "
        "festival. La coopérative, qui compte 85 salariés, a été reprise.",
    )
    assert found[1200].startswith("capacité de la salle"), found
    assert found[320000].startswith("population de Nantes"), found
    assert found[85].startswith("effectif de la coopérative"), found


def test_a_count_that_names_its_own_holder_or_follows_a_locution_is_counted_for_itself(abouts):
    """ "850 000 habitants de la métropole" say whose they are; "faisait état de 40 hommes" is no holder."""
    found = abouts(
        "Santé\n\nL'hôpital assure la couverture de 850 000 habitants de la métropole. Le rapport faisait "
        "état de 40 hommes blessés.",
    )
    assert "habitants de la métropole" in found[850000], found
    assert not found[40].startswith("effectif"), found
