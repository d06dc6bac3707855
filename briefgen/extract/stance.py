"""Stance: what a statement does — condemn, concern, call, support, reject, threaten, or statement.

Read from the verb of saying ("a condamné", "appelle à"), the words beside it ("se dit
profondément inquiète", "a exprimé sa vive inquiétude") and the words said ("C'est
inacceptable", "Nous exigeons …"), with the lexicon of each class in data/stance.yml (verb lemmas
and cue words, per language). A verb cue matches a verb only and a word cue anything else, so the
noun "menace" is a concern and the verb "menacer" a threat. Where a sentence does two things the
stronger wins, in the order of data/stance.yml (threaten, condemn, reject, call, concern,
support), after the event coders' classes (CAMEO). A negated cue ("ne condamne pas", "pas
inquiet") is cancelled, or turned into the class data/stance.yml gives it ("ne soutient pas",
"ne lui convient pas": reject). A cue in a relative clause of the words said ("un budget qui
tient compte de la menace …", "certains qui dénoncent …") describes a thing or someone else, and
is not the statement's. The rule that decided, with its confidence:

{table}
"""

from __future__ import annotations

import logging
from functools import lru_cache

from ..lexicon import Lexicon
from .rules import table
from .statements import Statement

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
        cls = _class(verb, lex, verb=True)
        if cls:
            cues.append((cls, "verb", _negated(verb, lex)))
        for child in verb.children:
            if child.dep_ in BESIDE_VERB and child.i not in inside:
                cls = _class(child, lex)
                if cls:
                    cues.append((cls, "complement", _negated(child, lex) or _negated(verb, lex)))
    for token in doc[statement.start : statement.end]:
        cls = _class(token, lex, verb=verb is not None and token.i == verb.i)
        if cls and not (verb is not None and token.i == verb.i) and _described(token, inside):
            continue  # "un budget qui tient compte de la menace …": what the words describe, not do
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


def _class(token, lex: Lexicon, *, verb: bool = False) -> str | None:
    """The stance class a token cues: a verb by its lemma, anything else by its lemma or form.
    A word the tagger calls a verb with nothing of a verb around it ("une menace importante",
    "une nouvelle escalade") is read as a word; the statement's verb of saying is a verb even
    where the tagger says otherwise ("s'est réjoui" tagged as an adverb)."""
    if not token.is_alpha:
        return None
    if verb or (token.pos_ in VERBS and _acts_as_verb(token)):  # the verb of saying is one, whatever its tag
        lemmas = _verb_lemmas(token.lemma_.lower(), token.lower_) | {lex.irregular_forms.get(token.lower_, "")}
        if lemmas & lex.stance_present_only and "Pres" not in token.morph.get("Tense"):
            return None  # "nous devons" calls; "les trains devaient rouler" narrates
        found = next((c for c in lex.stance_order if lemmas & lex.stance_verbs[c]), None)
        if found:
            return found
    lemma, word = token.lemma_.lower(), token.lower_
    return next((c for c in lex.stance_order if lemma in lex.stance_words[c] or word in lex.stance_words[c]), None)


def _described(token, inside: range) -> bool:
    """A cue in a relative clause of the statement's own words ("un budget qui tient compte de la
    menace", "certains qui dénoncent un passage en force") describes a thing or someone else; the
    statement does not do what the word says. The clause is known by its relative pronoun (the
    small model's ``acl:relcl`` alone also hangs main clauses on a quotation mark)."""
    while token.i in inside:
        if any("Rel" in c.morph.get("PronType") and c.i in inside for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _acts_as_verb(token) -> bool:
    if any(c.dep_.startswith(("nsubj", "aux", "expl")) for c in token.children):
        return True
    return token.dep_ == "xcomp" and "Inf" in token.morph.get("VerbForm")  # "nous devons soutenir"


@lru_cache(maxsize=65536)
def _verb_lemmas(lemma: str, word: str) -> frozenset[str]:
    """The lemma and the infinitives the form shows when the lemmatizer returned the form itself
    ("risque" → risquer, "averti" → avertir)."""
    found = {lemma}
    for ending in ("ées", "és", "ée", "é", "ent", "ons", "ez", "es", "e"):
        if word.endswith(ending):
            found.add(word[: -len(ending)] + "er")
    for ending in ("issent", "issons", "it", "is", "ie", "i"):
        if word.endswith(ending):
            found.add(word[: -len(ending)] + "ir")
    return frozenset(found)


def _negated(token, lex: Lexicon) -> bool:
    """ "ne condamne pas", "pas inquiet", "n'est pas acceptable": a negator on the cue or on the
    verb it is the predicate or complement of."""
    heads = [token]
    if token.pos_ not in VERBS and token.dep_ in ("xcomp", "obj", "acl", "amod", "ROOT"):
        heads.append(token.head)
    return any(c.lower_ in lex.negators for h in heads for c in h.children if c.dep_ in ("advmod", "neg"))
