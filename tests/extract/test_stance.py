"""Stance on invented French passages (stance_passages.yml): each class, from the verb, the words
beside it and the words said, and negation that cancels or flips."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefgen.extract.actors import extract_actors
from briefgen.extract.reactions import extract_reactions
from briefgen.extract.rules import rules
from briefgen.lexicon import lexicon
from tests.extract.passages import passage_params

CASES = yaml.safe_load((Path(__file__).parent / "stance_passages.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", passage_params(CASES))
def test_stance_passage(parse, name):
    case = CASES[name]
    parsed = parse(f"Actualité\n\n{case['text']}")
    (reaction,) = extract_reactions(parsed, extract_actors(parsed, lang="fr"), lang="fr")
    assert (reaction.stance, reaction.stance_rule) == (case["stance"], case["stance_rule"]), reaction.quote


def test_every_class_and_negation_is_exercised():
    classes = {case["stance"] for case in CASES.values()}
    assert classes == {*lexicon("fr").stance_order, "statement"}
    assert {case["stance_rule"] for case in CASES.values()} <= set(rules("stance"))
    assert any(case["stance_rule"] == "negated" and case["stance"] != "statement" for case in CASES.values())


def test_the_lexicon_has_every_class_in_both_languages():
    for lang in ("fr", "en"):
        lex = lexicon(lang)
        assert all(lex.stance_verbs[c] and lex.stance_words[c] for c in lex.stance_order)


def reactions_of(parse, text: str) -> list:
    parsed = parse(text)
    return extract_reactions(parsed, extract_actors(parsed, lang="fr"), lang="fr")


def test_a_quoted_fragment_takes_the_stance_of_the_verb_of_judging_it_is_the_attribute_of(parse):
    """ "les qualifiant de « crimes contre l'humanité » et appelant à l'unité": the fragment is what the
    attacks are called (condemn), whatever the nearest verb of saying does (call)."""
    text = (
        "Attentats\n\nA Téhéran, le président Hassan Rohani a condamné les attaques, les qualifiant de "
        "\"crimes contre l'humanité\" et appelant à l'unité \"face aux groupes terroristes\"."
    )
    reactions = {r.quote: r for r in reactions_of(parse, text)}
    assert reactions["crimes contre l'humanité"].stance == "condemn"
    assert reactions["face aux groupes terroristes"].stance == "call"


@pytest.mark.fails_under(
    "fr_core_news_md",
    "md runs Zelensky's verb phrase to the closing « selon », so the prosecutor has no statement of its own",
)
def test_a_closing_selon_takes_no_stance_from_the_verb_of_saying_of_another_speaker(parse):
    """ "X a dénoncé « … », alors que le bilan s'élève à 14 morts, selon le parquet": the prosecutor
    states a toll; the denouncing is Zelensky's."""
    text = (
        "Frappes sur Kiev\n\nVolodymyr Zelensky a dénoncé sur X « un massacre de civils horrible et délibéré », "
        "alors que le bilan des dernières frappes russes s’élève à 14 morts, dont trois enfants, selon le parquet ukrainien."
    )
    reactions = {r.speaker: r for r in reactions_of(parse, text)}
    assert reactions["Volodymyr Zelensky"].stance == "condemn"
    assert (reactions["parquet ukrainien"].stance, reactions["parquet ukrainien"].stance_rule) == ("statement", "none")
