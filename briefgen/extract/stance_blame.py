"""Blame by the words that qualify an act (extract/stance.py): an act of violence called horrifying
("des violences inouïes", "ces actes de terreur effroyables", "l'attaque était atroce") and a
sanction called excessive ("c'est une peine lourde", "l'amende est trop lourde") condemn them.

The adjective alone does not judge: "un succès inouï" praises, "un lourd bilan" and "une lourde
valise" describe. It is the pairing, listed in data/stance.yml `blame`, that a newsroom reads as a
condemnation: an adjective of horror on a noun of a violent or wrongful act, beside its noun or as
its predicate; an adjective of excess on a noun of sanction, only as its predicate ("il encourt
une lourde peine" tells what he risks, "c'est une peine lourde" judges it).

A duty denied for everyone in the conditional ("personne ne devrait mourir du paludisme", "aucune
mission diplomatique ne devrait être une cible") laments or blames what happens, where a duty
denied to a named party asks it ("le gouvernement ne devrait pas reculer": a call).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .phrases import has_definite_article
from .stance_grammar import Cue, lemmas_of, someone_elses, subject_of
from .stance_negation import is_negated
from .stance_predicates import copula_complement

QUALIFYING = ("ADJ", "VERB", "NOUN")  # the small model tags some adjectives as participles or nouns


def blamed_act(token, inside: range, lex: Lexicon) -> Cue | None:
    """ "des violences inouïes" (attribute), "c'est une peine lourde", "la peine est lourde"
    (predicate): condemn, unless negated ("ce n'est pas une peine lourde")."""
    sw = lex.stance
    if token.pos_ not in QUALIFYING:
        return None
    lemmas = lemmas_of(token)
    horror, excess = bool(lemmas & sw.horror), bool(lemmas & sw.excess)
    if not (horror or excess):
        return None
    if copula_complement(token, lex):  # also "sont inouïes" read as a passive
        noun, predicative = subject_of(token), True
    elif token.dep_ == "amod" or (token.pos_ == "ADJ" and token.dep_ == "nmod"):  # the small model's nmod
        noun, predicative = token.head, copula_complement(token.head, lex)
    else:
        return None
    if noun is None or noun.i not in inside or someone_elses(noun, inside, lex) or _hypothetical(noun, inside, lex):
        return None
    acts = lemmas_of(noun)
    if (horror and acts & sw.blamed_acts) or (excess and predicative and acts & sw.sanctions):
        return "condemn", "predicate" if predicative else "attribute", is_negated(token, lex)
    return None


def denied_adequacy(token, inside: range, lex: Lexicon) -> Cue | None:
    """An adequacy denied blames what falls short: "ne saurait constituer une réponse sérieuse",
    "aucune mesure adaptée", "ce n'est pas suffisant", and the measure an act is denied ("le
    logement n'est pas pris en compte à la hauteur des enjeux"). Affirmed, these only describe ("une
    réponse adaptée", "un nombre suffisant", "à la hauteur de 15 %"), so they cue nothing."""
    if token.pos_ == "NOUN" and _measure(token, lex):  # "n'est pas pris en compte à la hauteur des enjeux"
        if token.i in inside and (is_negated(token, lex) or is_negated(token.head, lex)):
            return "condemn", "predicate", False
        return None
    if token.pos_ not in QUALIFYING or not lemmas_of(token) & lex.stance.adequacy:
        return None
    if token.dep_ == "amod" or (token.dep_ == "acl" and "Part" in token.morph.get("VerbForm")):
        noun, rule = token.head, "attribute"  # "aucune mesure adaptée": a participle, to the small model
    elif copula_complement(token, lex):
        noun, rule = token, "predicate"
    else:
        return None
    if noun.i not in inside or someone_elses(noun, inside, lex) or _hypothetical(noun, inside, lex):
        return None
    if is_negated(token, lex) or (rule == "attribute" and is_negated(noun, lex)):
        return "condemn", rule, False
    return None


def _hypothetical(token, inside: range, lex: Lexicon) -> bool:
    """A judgement in a clause of condition or of time is not asserted: "le parquet fait appel
    lorsqu'on estime que les peines ne sont pas suffisantes" says when, not that they are not."""
    while token.i in inside:
        if any(m.dep_ == "mark" and m.lower_ in lex.stance.hypothesis_marks for m in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _measure(noun, lex: Lexicon) -> bool:
    """ "à la hauteur (de)": the measure an act or an answer is held to."""
    return (
        bool(lemmas_of(noun) & lex.stance.adequacy_measures)
        and any(c.dep_ == "case" and c.lower_ in lex.stance.adequacy_prepositions for c in noun.children)
        and has_definite_article(noun)
    )


def ought_never(verb, lex: Lexicon) -> str | None:
    """A duty denied for everyone in the conditional laments what does happen, it asks no one:
    "personne ne devrait mourir du paludisme" is a concern; with the subject the patient of the act
    (a passive or a copula), the act is condemned: "aucune mission diplomatique ne devrait être une
    cible". None where the modal is not such ("il ne faut pas céder" calls)."""
    sw = lex.stance
    if not lemmas_of(verb) & lex.stance_present_only:
        return None
    if not ("Cnd" in verb.morph.get("Mood") or verb.lower_.endswith(sw.conditional_endings)):
        return None
    subject = subject_of(verb)
    negative = subject is not None and (
        subject.lower_ in sw.restriction.negative_words
        or any(c.dep_ == "det" and lemmas_of(c) & sw.negative_determiners for c in subject.children)
    )
    # the small model may tag "personne" a noun's adjective: the word right before the verb's "ne"
    before = [verb.doc[c.i - 1] for c in verb.children if c.lower_ in sw.restriction.ne and c.i > 0]
    if not (negative or any(t.lower_ in sw.restriction.negative_words for t in before)):
        return None
    done_to = any(g.dep_ in ("cop", "aux:pass") for c in verb.children if c.dep_ == "xcomp" for g in c.children)
    return "condemn" if done_to else "concern"
