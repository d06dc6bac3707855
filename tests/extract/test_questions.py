"""Open questions against the gold passages in questions_passages.yml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefgen.extract.questions import _indirect_pattern, extract_questions
from tests.extract.passages import passage_params

CASES = yaml.safe_load((Path(__file__).parent / "questions_passages.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", passage_params(CASES))
def test_passage(parse, case):
    questions = extract_questions(parse(case["text"]), lang="fr")
    got = [{"text": q.text, "kind": q.kind, "in_quote": q.in_quote} for q in questions]
    assert got == [{k: v for k, v in q.items() if k != "rule"} for q in case["questions"]]
    for question, expected in zip(questions, case["questions"]):
        if "rule" in expected:
            assert question.rule == expected["rule"]
    assert all(q.rule for q in questions), "every question names its rule"


def test_text_keeps_the_article_characters_and_sentence(parse):
    parsed = parse("Bourse : la chute continue\n\nLes marchés s’affolent : jusqu’où ira la baisse ?")
    [question] = extract_questions(parsed, lang="fr")
    assert question.text == "jusqu’où ira la baisse ?"
    assert question.sentence == "Les marchés s’affolent : jusqu’où ira la baisse ?"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It remains unclear whether the truce will hold.", "It remains unclear whether"),
        ("It remains to be seen how voters react.", "It remains to be seen"),
        ("The minister said it was unclear.", None),
    ],
)
def test_english_indirect_triggers(sentence, expected):
    match = _indirect_pattern("en").search(sentence)
    assert (match.group(0) if match else None) == expected
