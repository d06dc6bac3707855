"""Negation of a stance cue: what "ne … pas" denies and what it only restricts.

"ne condamne pas", "pas inquiet", "aucun signe d'acte criminel" deny the cue; "ne … que" ("nous ne
demandons que le respect") and "pas seulement" restrict or add, and deny nothing. Split from
stance_grammar.py, whose word classes and clause tests it reads.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .stance_grammar import NOMINAL, lemmas_of
from .stance_verbal import VERBS


def is_negated(token, lex: Lexicon, *, inherit: bool = True) -> bool:
    """ "ne condamne pas", "pas inquiet", "n'est pas acceptable": a negator on the cue or on the
    verb it is the predicate or complement of; "aucun signe d'acte criminel": a negative
    determiner on the noun the cue belongs to; an infinitive by the verb that governs it, unless not
    ``inherit`` ("il ne faut pas céder" cancels céder, but does not refuse). A negated verb of hiding affirms what it does not
    hide ("ne cache pas son inquiétude"), as a negated verb of stopping or holding back affirms
    the act it governs ("n'a cessé de dénoncer", "n'hésite pas à condamner")."""
    heads = [token]
    if (
        inherit
        and "Inf" in token.morph.get("VerbForm")
        and token.head.pos_ in VERBS
        and token.head.i != token.i
        and not lemmas_of(token.head) & lex.stance.litotes  # "n'a cessé de dénoncer", "n'hésite pas à"
    ):
        heads.append(token.head)  # "je n'ai rien à me reprocher", "il ne faut pas condamner"
    if token.pos_ not in VERBS and token.dep_ in ("xcomp", "obj", "acl", "amod", "ROOT"):
        if not lemmas_of(token.head) & lex.stance.litotes:
            heads.append(token.head)
    last = heads[-1]
    if inherit and "Inf" in last.morph.get("VerbForm") and lemmas_of(last.head) & lex.stance.modals:
        heads.append(last.head)  # "ne saurait constituer une réponse", "ne peut être qualifié de succès"
    negators = [c for h in heads for c in h.children if c.lower_ in lex.negators and c.dep_ in ("advmod", "neg")]
    if negators and not _restricts(heads, negators, lex):
        return True
    while token.pos_ in NOMINAL:
        if any(c.dep_ == "det" and lemmas_of(c) & lex.stance.negative_determiners for c in token.children):
            return True
        if token.head.i == token.i:
            break
        token = token.head
    return False


def _restricts(heads, negators, lex: Lexicon) -> bool:
    """A negator that restricts or adds, not denies: "ne … que" ("nous ne demandons que le respect",
    "on ne peut que saluer", "ce n'est qu'un début") and "pas seulement" ("ne sont pas seulement
    une attaque contre Paris, mais …"). "Ne … que" is "ne" with "que" before any other negator,
    punctuation or a second verb."""
    rs = lex.stance.restriction
    if any(c.lower_ in rs.additive for h in (*heads, *negators) for c in h.children):
        return True  # "pas seulement", "non seulement", "pas uniquement"
    ne = [n for n in negators if n.lower_ in rs.ne]
    if len(ne) != len(negators):
        return False
    for n in ne:
        verbs = 0
        for token in n.doc[n.i + 1 : n.i + 9]:
            if token.lower_ in rs.only:
                return True
            if token.is_punct or token.lower_ in rs.negative_words or token.lower_ in lex.negators:
                break
            verbs += token.pos_ == "VERB"
            if verbs > 1:
                break
    return False
