"""What the speaker foresees (extract/stance.py), a concern: a worsening foreseen or under way ("le
bilan pourrait s'alourdir", "nous sommes en train de régresser"), consequences called severe ("de
graves conséquences", "un impact important"), and a harm foreseen: a verb of causing under a verb
or an adjective of possibility, or in the future or the conditional, with the speaker's side not
its subject, warns of what it may cause: "ces variants sont susceptibles d'entraîner une vague
épidémique", "cela pourrait induire une mortalité plus élevée", "une rupture peut entraîner des
complications".

What a thing may cause is foreseen as a risk: the verbs of data/stance.yml `foreseen_harm`
cause, their object the effect; "nous allons provoquer un débat" is the speaker's own act, and
"la grève a entraîné des retards" tells a cause done (a past tense, no modal).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .stance_grammar import lemmas_of, own_side, subject_of
from .stance_negation import is_negated
from .stance_verbal import VERBS


def foreseen_harm(token, lex: Lexicon) -> bool:
    sw = lex.stance
    if token.pos_ != "VERB" or not lemmas_of(token) & sw.causing:
        return False
    if not any(c.dep_ == "obj" for c in token.children) or is_negated(token, lex):
        return False
    governor = token.head if token.dep_ == "xcomp" and token.head.i != token.i else token
    subject = subject_of(token) or subject_of(governor)
    if own_side(subject, lex):
        return False  # "nous pourrions provoquer un sursaut": the speaker's own act
    if "Cnd" in token.morph.get("Mood") or "Fut" in token.morph.get("Tense"):
        return True
    return governor.i != token.i and bool(lemmas_of(governor) & sw.possibility)


def foreseen_worsening(token, lex: Lexicon) -> bool:
    """A worsening the speaker foresees or sees under way is a concern: a verb of worsening in the
    future or the conditional, or under a verb that foresees ("le bilan pourrait encore s'alourdir",
    "la situation va se dégrader", "les cours vont s'effondrer"), in the progressive ("nous
    sommes en train de régresser") or in a simple present or imperfect ("la situation se
    dégrade", "a affirmé que les conditions se durcissaient": the imperfect of reported speech);
    a worsening done, in a compound past, tells: "le bilan s'est alourdi à 50 morts"."""
    if not lemmas_of(token) & lex.stance.worsening:
        return False
    if own_side(subject_of(token), lex) and any(c.dep_ == "obj" for c in token.children):
        return False  # "nous allons durcir les contrôles" is the speaker's own act, not a worsening
    if "Cnd" in token.morph.get("Mood") or "Fut" in token.morph.get("Tense"):
        return True
    if _in_progress(token, lex):
        return True  # "nous sommes en train de régresser"
    if (
        "Fin" in token.morph.get("VerbForm")
        and {"Pres", "Imp"} & set(token.morph.get("Tense"))
        and not any(c.dep_.startswith("aux") for c in token.children)
    ):
        return True  # under way: "la situation se dégrade", "a affirmé que les conditions se durcissaient"
    if token.dep_ == "xcomp" and lemmas_of(token.head) & lex.stance.foreseeing:
        return True
    before = _words_before(token, lex, 1)  # "vont s'effondrer": the small model may parse it as a noun
    return bool(before) and before[0].pos_ in VERBS and bool(lemmas_of(before[0]) & lex.stance.foreseeing)


def _in_progress(token, lex: Lexicon) -> bool:
    """The progressive periphrasis ("être en train de" + infinitive) says a process under way; the
    small model parses it as a noun "train", so it is read from the words before the infinitive."""
    words = tuple(t.lower_ for t in _words_before(token, lex, len(lex.stance.progressive)))
    return tuple(lex.stance.elisions.get(w, w) for w in words) == lex.stance.progressive


def _words_before(token, lex: Lexicon, n: int) -> list:
    """The n words before a verb, past its clitic pronouns and adverbs ("va encore s'aggraver")."""
    i = token.i - 1
    while i >= 0 and (token.doc[i].pos_ == "ADV" or "Yes" in token.doc[i].morph.get("Reflex")):
        i -= 1
    return list(token.doc[max(i - n + 1, 0) : i + 1]) if i >= 0 else []


def severe_consequence(noun, lex: Lexicon) -> bool:
    """Consequences called severe or large are foreseen as a harm ("de graves conséquences", "un
    impact important"), unless called good too ("un effet positif important")."""
    if not lemmas_of(noun) & lex.stance.severity_nouns:
        return False
    qualifiers = [lemmas_of(c) for c in noun.children if c.dep_ == "amod"]
    return any(q & lex.stance.severity_adjectives for q in qualifiers) and not any(
        q & lex.stance.predicates["support"] for q in qualifiers
    )


def expected_harm(token, lex: Lexicon) -> bool:
    """A harm or a worsening the speaker expects is a concern: a verb of devastation or worsening in
    the clause of "s'attendre à ce que" ("nous nous attendons à ce que certains villages soient
    complètement dévastés", "on s'attend à ce que la situation se dégrade")."""
    sw = lex.stance
    if token.pos_ not in VERBS or not lemmas_of(token) & (sw.worsening | sw.devastating):
        return False
    head = token.head
    if head.pos_ == "PRON" and head.dep_.startswith("obl"):
        head = head.head  # "à ce que …": the small model hangs the clause on "ce"
    return head.i != token.i and head.pos_ in VERBS and bool(lemmas_of(head) & sw.expecting)
