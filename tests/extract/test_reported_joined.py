"""Joined verb phrases (extract/reported_joined.py): a verb phrase and the gerund that carries it on
are one statement (invented French passages)."""

from __future__ import annotations

from briefgen.extract.statements import find_statements
from briefgen.lexicon import lexicon


def texts(parse, text: str) -> list[str]:
    statements, _ = find_statements(parse(f"Crue de la Somme\n\n{text}"), lexicon("fr"))
    return [s.text for s in statements]


def test_two_participles_of_one_gerund_are_one_statement(parse):
    text = (
        "Le conseiller Paul Riou est intervenu en séance, en demandant une baisse des taxes et reprochant"
        " le report des travaux sur les digues."
    )
    assert texts(parse, text) == ["demandant une baisse des taxes et reprochant le report des travaux sur les digues"]


def test_finite_verbs_coordinated_by_et_stay_two_statements(parse):
    text = "La préfecture a dénoncé des retards inacceptables et a réclamé des renforts pour les digues."
    assert len(texts(parse, text)) == 2


def test_a_gerund_carries_the_phrase_on(parse):
    text = "L'association a critiqué des travaux trop lents, tout en soulignant des risques graves pour les maisons."
    assert texts(parse, text) == [
        "L'association a critiqué des travaux trop lents, tout en soulignant des risques graves pour les maisons"
    ]


def test_a_bare_participle_stays_a_statement_of_its_own(parse):
    text = "La maire a dénoncé des retards inacceptables, réclamant des renforts pour les digues."
    assert len(texts(parse, text)) == 2
