"""The words the open-question rules read (extract/questions.py, open_questions.py), from data/questions.yml."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .tables import section, words_of

# --- questions: the words the open-question rules read (briefgen/extract/questions.py)


@dataclass(frozen=True, eq=False)
class QuestionWords:
    """Lemmas and words that make a clause an open question (questions.yml)."""

    uncertainty_verbs: frozenset[str]  # "ignorer", "demander": a question with any interrogative clause
    reflexive_only: frozenset[str]  # "demander": only as "se demander"
    knowledge_verbs: frozenset[str]  # "savoir", "dire": a question when negated or infinitive
    negated_saying_verbs: frozenset[str]  # "indiquer", "révéler": a question only when negated
    unknown_words: frozenset[str]  # "inconnu", "flou": their subject is in question ("les causes restent inconnues")
    clause_marks: frozenset[str]  # ",": where an indirect question's clause may end
    clause_breaks: frozenset[str]  # "mais", "selon": a new clause or an attribution after the mark
    statement_links: frozenset[str]  # "mais": "…, mais pourra-t-il… ?" asks after it
    reflexive_clitics: frozenset[str]  # "se" of "les interrogations se multiplient sur…"
    open_words: frozenset[str]  # "entière", "ouverte": a question noun said to remain open
    negated_unknown_words: frozenset[str]  # "connu", "élucidé": the same when negated ("n'est pas encore connu")
    unknown_complements: frozenset[str]  # "de", "pour": "inconnu des services de police" asks nothing
    state_forms: frozenset[str]  # "reste", "demeure", "est", "été": the copulas before those, as written
    lingering_forms: frozenset[str]  # "demeure", "plane", "subsiste": a question noun that lingers "sur" something
    question_nouns: frozenset[str]  # "question", "enjeu", "débat"
    raising_verbs: frozenset[str]  # "relancer", "poser": raise a question noun
    debating_verbs: frozenset[str]  # "faire" of "fait débat": its subject is in question
    debated_nouns: frozenset[str]  # "débat", "question": bare objects of those verbs
    debating_forms: frozenset[str]  # "fait", "font": forms of those verbs tagged as nouns
    certainty_words: frozenset[str]  # "aucun", "peu": "ne fait aucun doute" asks nothing
    attention_words: frozenset[str]  # "regard", "attendre": a future free relative under them asks
    topic_prepositions: frozenset[str]  # "sur": what a question is about
    negators: frozenset[str]  # "ne", "pas"
    negative_subjects: frozenset[str]  # "nul", "personne"
    clause_words: frozenset[str]  # "si", "combien": open an interrogative clause
    free_relative: frozenset[str]  # "ce" (of "ce que", "ce qui")
    heading_words: frozenset[str]  # "comment", "faut-il": a heading that asks
    heading_max_words: int
    inversion_pronouns: frozenset[str]  # "il" of "Faut-il"
    quoted_rules: frozenset[str]  # "uncertainty-verb": the indirect questions kept inside a quotation


def question_words(lang: str) -> QuestionWords:
    table = section("questions", lang)

    words = functools.partial(words_of, table)
    return QuestionWords(
        uncertainty_verbs=words("uncertainty_verbs"),
        reflexive_only=words("reflexive_only"),
        knowledge_verbs=words("knowledge_verbs"),
        negated_saying_verbs=words("negated_saying_verbs"),
        unknown_words=words("unknown_words"),
        clause_marks=words("clause_marks"),
        clause_breaks=words("clause_breaks"),
        statement_links=words("statement_links"),
        reflexive_clitics=words("reflexive_clitics"),
        open_words=words("open_words"),
        negated_unknown_words=words("negated_unknown_words"),
        unknown_complements=words("unknown_complements"),
        state_forms=words("state_forms"),
        lingering_forms=words("lingering_forms"),
        question_nouns=words("question_nouns"),
        raising_verbs=words("raising_verbs"),
        debating_verbs=words("debating_verbs"),
        debated_nouns=words("debated_nouns"),
        debating_forms=words("debating_forms"),
        certainty_words=words("certainty_words"),
        attention_words=words("attention_words"),
        topic_prepositions=words("topic_prepositions"),
        negators=words("negators"),
        negative_subjects=words("negative_subjects"),
        clause_words=words("clause_words"),
        free_relative=words("free_relative"),
        heading_words=words("heading_words"),
        heading_max_words=int(table.get("heading_max_words", 0)),
        inversion_pronouns=words("inversion_pronouns"),
        quoted_rules=words("quoted_rules"),
    )
