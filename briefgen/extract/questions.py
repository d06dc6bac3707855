"""Open questions: the interrogative sentences an article leaves with its reader."""

from __future__ import annotations

from ..brief import Question
from ..nlp import Parsed


def extract_questions(parsed: Parsed, *, lang: str = "fr") -> list[Question]:
    questions: list[Question] = []
    for sent in parsed.doc.sents:
        sentence = parsed.span_text(sent).strip()
        if not sentence.endswith("?"):
            continue
        text = sentence
        # "soulève plusieurs questions : pourquoi … ?": the question is after the colon
        head, colon, tail = sentence.rpartition(":")
        if colon and tail.strip() and len(tail.split()) >= 2:
            text = tail.strip()
        questions.append(Question(text=text, sentence=sentence))
    return questions
