"""What the verb does to a figure (extract/about_verbs.py), on invented passages."""

from __future__ import annotations


def test_a_percentage_a_verb_of_share_gives_is_its_subjects_part_of_the_whole(abouts):
    """ "L'agriculture représente 6 % du PIB": the farming's share of the GDP, not "agriculture"; a plural
    whole takes "parmi"."""
    found = abouts(
        "Économie\n\nL'agriculture représente 6 % du PIB de l'île. Les seniors constituent 21 % des électeurs.",
    )
    assert found[6].startswith("part de l'agriculture dans le PIB de l'île"), found
    assert found[21].startswith("part des seniors parmi les électeurs"), found


def test_a_value_de_the_object_of_a_verb_of_change_is_the_change_of_that_object(abouts):
    """ "décidé d'abaisser le tarif de stationnement de 15 %": the fall of the fee, not the council."""
    found = abouts(
        "Stationnement\n\nLe conseil a décidé d'abaisser le tarif de stationnement de 15 %. La dette de la "
        "commune a été réduite de 2 millions d'euros.",
    )
    assert found[15].startswith("baisse du tarif"), found
    assert found[2000000].startswith("baisse de la dette"), found


def test_a_pronoun_a_percentage_is_said_of_stands_for_the_rate(abouts):
    """ "Le ministère a publié une estimation du taux de chômage. Il s'élève à 7,4 %": "il" agrees with both
    the ministry and the rate; a percentage is said of the rate (and of it too where no subject agrees)."""
    found = abouts(
        "Emploi\n\nL'institut national a publié jeudi une estimation du taux de chômage régional. "
        "Il s'élève à 7,4 %, en baisse sur un an."
    )
    assert (found[7.4] or "").startswith("taux de chômage"), found
    found = abouts(
        "Emploi\n\nLe ministère du Travail a publié jeudi une estimation du taux de chômage régional. "
        "Il s'élève à 7,4 %, en baisse sur un an."
    )
    assert (found[7.4] or "").startswith("taux de chômage"), found


def test_a_pronoun_stands_for_a_noun_whose_elided_article_hides_its_gender(abouts):
    """ "L'indice des loyers a progressé … En mars, il avait déjà gagné 0,5 %": "l'" says no gender, so the
    model's guess for "indice" alone (feminine under md) does not keep "il" from standing for it."""
    found = abouts("Loyers\n\nL'indice des loyers a progressé de 2 % sur un an. En mars, il avait déjà gagné 0,5 %.")
    assert found[0.5].startswith("hausse de l'indice des loyers"), found
