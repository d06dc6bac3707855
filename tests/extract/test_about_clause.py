"""What the clause says of a figure (extract/about_clause.py), on invented passages."""

from __future__ import annotations

from briefgen.extract.figures import extract_figures


def _abouts(parse, text: str) -> dict:
    return {f.value: f.about for f in extract_figures(parse(text), [], lang="fr")}


def test_a_number_subject_with_no_noun_is_about_what_its_clause_says_of_it(parse):
    """ "Au total, 31 sont décédées de la grippe": the number's predicate as written, not nothing."""
    abouts = _abouts(parse, "Grippe\n\nAu total, 31 sont décédées de la grippe depuis octobre.")
    assert abouts[31].startswith("décédées de la grippe depuis octobre"), abouts


def test_a_quoted_predicate_and_the_agent_of_a_passive_are_read(parse):
    """ "sont « portées disparues » par les secours": the model takes the quotation mark for the verb; the
    participle inside the quotes is the predicate, as written ("présumés", agreed with its subject), and the
    passive's agent says by whom."""
    abouts = _abouts(parse, "Crue\n\nQuatre randonneurs sont « portés disparus » depuis lundi.")
    assert abouts[4].startswith("randonneurs portés disparus"), abouts
    abouts = _abouts(parse, "Montagne\n\nDeux autres alpinistes sont « présumés morts » par les gendarmes.")
    assert abouts[2].startswith("autres alpinistes présumés morts"), abouts
    abouts = _abouts(parse, "Montagne\n\nCinq chalets ont été endommagés par l'avalanche.")
    assert abouts[5].startswith("chalets endommagés par l'avalanche"), abouts


def test_an_amount_en_a_plural_noun_is_an_amount_of_that_noun(parse):
    """ "1,2 million d'euros en subventions": the subsidies; "en moyenne" is a mode, no noun of the amount."""
    abouts = _abouts(parse, "Sport\n\nLa région versera 1,2 million d'euros en subventions aux clubs amateurs.")
    assert abouts[1200000].startswith("subventions"), abouts
