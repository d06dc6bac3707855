"""Stance: what a statement does — condemn, concern, call, support, reject, threaten, or statement.

Read from the verb of saying ("a condamné", "appelle à"), the words beside it ("se dit
profondément inquiète", "a exprimé sa vive inquiétude") and the words said ("C'est
inacceptable", "Nous exigeons …"), with the lexicon of each class in data/stance.yml (verb lemmas
and cue words, per language). A verb cue matches a verb only and a word cue anything else, so the
noun "menace" is a concern and the verb "menacer" a threat. Where a sentence does two things the
stronger wins, in the order of data/stance.yml (threaten, condemn, reject, call, concern,
support), after the event coders' classes (CAMEO). A negated cue ("ne condamne pas", "pas
inquiet") is cancelled, or turned into the class data/stance.yml gives it ("ne soutient pas",
"ne lui convient pas": reject). The rule that decided, with its confidence:

{table}
"""

from __future__ import annotations

import logging

from ..lexicon import Lexicon
from .rules import table
from .statements import Statement, verb_lemma

log = logging.getLogger(__name__)
__doc__ = __doc__.format(table=table("stance"))

VERBS = ("VERB", "AUX")
BESIDE_VERB = ("xcomp", "obj", "obl:arg", "acomp", "ccomp")  # "se dit inquiète", "exprime son inquiétude"


def stance_of(doc, statement: Statement, lex: Lexicon) -> tuple[str, str]:
    """(stance, rule) of a statement: the rule names a row of data/rules.yml, family "stance"."""
    cues: list[tuple[str, str, bool]] = []  # (class, rule, negated)
    verb = doc[statement.verbs[0]] if statement.verbs else None
    inside = range(statement.start, statement.end)
    if verb is not None and verb.i not in inside:
        cls = _class(verb, lex)
        if cls:
            cues.append((cls, "verb", _negated(verb, lex)))
        for child in verb.children:
            if child.dep_ in BESIDE_VERB and child.i not in inside:
                cls = _class(child, lex)
                if cls:
                    cues.append((cls, "complement", _negated(child, lex) or _negated(verb, lex)))
    for token in doc[statement.start : statement.end]:
        cls = _class(token, lex)
        if cls:
            rule = "verb" if verb is not None and token.i == verb.i else "words"
            cues.append((cls, rule, _negated(token, lex)))
    found: dict[str, str] = {}
    for cls, rule, negated in cues:
        if negated:
            cls, rule = lex.stance_negated.get(cls), "negated"
        if cls and cls not in found:
            found[cls] = rule
    for cls in lex.stance_order:
        if cls in found:
            log.debug("stance %s by %s: %r", cls, found[cls], statement.text[:50])
            return cls, found[cls]
    return "statement", "negated" if cues else "none"


def _class(token, lex: Lexicon) -> str | None:
    """The stance class a token cues: a verb by its lemma, anything else by its lemma or form."""
    if token.pos_ in VERBS:
        lemma = verb_lemma(token, lex)
        return next((c for c in lex.stance_order if lemma in lex.stance_verbs[c]), None)
    if not token.is_alpha:
        return None
    lemma, word = token.lemma_.lower(), token.lower_
    return next((c for c in lex.stance_order if lemma in lex.stance_words[c] or word in lex.stance_words[c]), None)


def _negated(token, lex: Lexicon) -> bool:
    """ "ne condamne pas", "pas inquiet", "n'est pas acceptable": a negator on the cue or on the
    verb it is the predicate or complement of."""
    heads = [token]
    if token.pos_ not in VERBS and token.dep_ in ("xcomp", "obj", "acl", "amod", "ROOT"):
        heads.append(token.head)
    return any(c.lower_ in lex.negators for h in heads for c in h.children if c.dep_ in ("advmod", "neg"))
