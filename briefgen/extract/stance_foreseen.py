"""A harm foreseen (extract/stance.py): a verb of causing under a verb or an adjective of possibility,
or in the future or the conditional, with the speaker's side not its subject, warns of what it
may cause: "ces variants sont susceptibles d'entraîner une vague épidémique", "cela pourrait
induire une mortalité plus élevée", "une rupture peut entraîner des complications" (concern).

What a thing may cause is foreseen as a risk: the verbs of data/stance.yml `foreseen_harm`
cause, their object the effect; "nous allons provoquer un débat" is the speaker's own act, and
"la grève a entraîné des retards" tells a cause done (a past tense, no modal).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .stance_grammar import is_negated, lemmas_of, subject_of


def foreseen_harm(token, lex: Lexicon) -> bool:
    sw = lex.stance
    if token.pos_ != "VERB" or not lemmas_of(token) & sw.causing:
        return False
    if not any(c.dep_ == "obj" for c in token.children) or is_negated(token, lex):
        return False
    governor = token.head if token.dep_ == "xcomp" and token.head.i != token.i else token
    subject = subject_of(token) or subject_of(governor)
    if subject is not None and subject.lower_ in sw.denial_subjects | sw.threat_subjects:
        return False  # "nous pourrions provoquer un sursaut": the speaker's own act
    if "Cnd" in token.morph.get("Mood") or "Fut" in token.morph.get("Tense"):
        return True
    return governor.i != token.i and bool(lemmas_of(governor) & sw.possibility)
