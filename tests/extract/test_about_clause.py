"""What the clause says of a figure (extract/about_clause.py), on invented passages."""

from __future__ import annotations

import pytest


def test_a_number_subject_with_no_noun_is_about_what_its_clause_says_of_it(abouts):
    """ "Au total, 31 sont décédées de la grippe": the number's predicate as written, not nothing."""
    found = abouts("Grippe\n\nAu total, 31 sont décédées de la grippe depuis octobre.")
    assert found[31].startswith("décédées de la grippe depuis octobre"), found


def test_a_quoted_predicate_and_the_agent_of_a_passive_are_read(abouts):
    """ "sont « portées disparues » par les secours": the model takes the quotation mark for the verb; the
    participle inside the quotes is the predicate, as written ("présumés", agreed with its subject), and the
    passive's agent says by whom."""
    found = abouts("Crue\n\nQuatre randonneurs sont « portés disparus » depuis lundi.")
    assert found[4].startswith("randonneurs portés disparus"), found
    found = abouts("Montagne\n\nDeux autres alpinistes sont « présumés morts » par les gendarmes.")
    assert found[2].startswith("autres alpinistes présumés morts"), found
    found = abouts("Montagne\n\nCinq chalets ont été endommagés par l'avalanche.")
    assert found[5].startswith("chalets endommagés par l'avalanche"), found


def test_an_amount_en_a_plural_noun_is_an_amount_of_that_noun(abouts):
    """ "1,2 million d'euros en subventions": the subsidies; "en moyenne" is a mode, no noun of the amount."""
    found = abouts("Sport\n\nLa région versera 1,2 million d'euros en subventions aux clubs amateurs.")
    assert found[1200000].startswith("subventions"), found


@pytest.mark.fails_under(
    "fr_core_news_md", "md tags « interrogés » as a verb with an object: « part des salariés ayant interrogé »"
)
def test_a_predicate_goes_on_with_the_infinitive_complement_of_its_verb(abouts):
    """ "ont déclaré être satisfaits de l'accord": what the people declared is the predicate, not "déclaré" alone."""
    found = abouts(
        "Sondage\n\nPrès de 60 % des salariés interrogés ont déclaré être satisfaits de leur nouvel horaire."
    )
    assert "être satisfaits de leur nouvel horaire" in found[60], found


def test_a_length_set_with_pour_is_the_length_of_the_verbs_object(abouts):
    """ "a fermé le parc municipal pour trois mois": the length of what the verb set, with its participle;
    "pour" before a bare complement ("parti en vacances pour deux semaines") sets no object."""
    found = abouts("Travaux\n\nLa préfecture a fermé le parc municipal pour trois mois.")
    assert found[3].startswith("durée du parc municipal fermé"), found
    found = abouts("Santé\n\nLe gouvernement a instauré le couvre-feu pour quinze jours dans la capitale.")
    assert found[15].startswith("durée du couvre-feu instauré"), found
