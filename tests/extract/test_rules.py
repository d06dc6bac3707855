"""The rules table: well formed, and distinct confidences per family so a number names its rule."""

import pytest

from briefgen.data import load_data
from briefgen.extract.rules import confidence, rule, table

FAMILIES = sorted(load_data("rules"))


@pytest.mark.parametrize("family", FAMILIES)
def test_confidences_are_distinct_and_in_range(family):
    values = [row["confidence"] for row in load_data("rules")[family].values()]
    assert all(0 < v <= 1 for v in values)
    assert len(values) == len(set(values)), f"{family}: two rules share a confidence"


def test_unknown_rule_names_its_family():
    with pytest.raises(KeyError, match="speakers"):
        rule("speakers", "no such rule")


def test_table_lists_strongest_first():
    text = table("speakers")
    names = [line.split("  ")[0] for line in text.splitlines()[3:-1]]
    values = [confidence("speakers", n.strip()) for n in names]
    assert values == sorted(values, reverse=True)
    assert "incise" in text


def test_every_actor_and_question_names_a_rule_of_its_family(parse):
    from briefgen.extract.actors import extract_actors
    from briefgen.extract.questions import extract_questions

    parsed = parse(
        "Sommet\n\nLe président ukrainien Volodymyr Zelensky a rencontré l’OTAN à Bruxelles. Moscou a protesté. "
        "Le ministère français des Affaires étrangères se demande si la trêve tiendra. Qui paiera ?"
    )
    actors, questions = extract_actors(parsed), extract_questions(parsed)
    assert actors and questions
    for item, family in [*((a, "actors") for a in actors), *((q, "questions") for q in questions)]:
        assert rule(family, item.rule).name == item.rule
