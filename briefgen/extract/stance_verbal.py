"""Whether a word acts as a verb, whatever its tag: the stance rules read a cue as an act only on a
verb, and both French models tag some verbs otherwise (the small one "dénoncent" as an adverb, "je
crains" as an adjective; the medium one "menace" of "la section menace d'organiser" as a noun, a
finite verb it took for a modifier hung on a noun). A verb's company (a subject without a copula, an
auxiliary, an infinitive it governs) or a form only a verb has (a finite third person plural the
lemmatizer's table lists, a present participle) decides.
"""

from __future__ import annotations

from ..lexicon.common_words import is_finite_verb_form

VERBS = ("VERB", "AUX")
PLURAL_FINITE = ("ent", "aient", "eront", "eraient")  # endings no adjective or noun of the table has with a verb's stem
MISTAGGED = ("ADV", "X", "PROPN", "NUM", "ADJ", "NOUN")  # tags the small model gives a verb it does not know


def is_verbal(token) -> bool:
    """A verb, or a word the small model mistags with a subject of its own and no copula (a noun or
    an adjective has a subject only through a copula): "les conseils dénoncent" tagged as an
    adverb, "nous n'accepterons jamais cette annexion" and "je crains le pire" as adjectives."""
    if token.pos_ in VERBS:
        return True
    if plural_finite(token) or bare_before_infinitive(token):
        return True
    return (
        token.pos_ in MISTAGGED
        and any(c.dep_.startswith("nsubj") for c in token.children)
        and not any(c.dep_ == "cop" for c in token.children)
    )


def plural_finite(token) -> bool:
    """ "des records risquent d'être battus" tagged as an adjective hung on the noun: a third person plural
    form of a verb the lemmatizer's table lists is a verb, whatever the tagger says."""
    return (
        token.pos_ in MISTAGGED
        and token.lower_.endswith(PLURAL_FINITE)
        and is_finite_verb_form(token.lower_, token.lang_)
    )


def bare_before_infinitive(token) -> bool:
    """A common noun stands with a determiner or a preposition; a word tagged a noun or an adjective
    with neither, right after its subject's last word and before « de » and an infinitive, is a verb
    of the « menacer de faire » kind: « la plus importante section du syndicat socialiste menace
    d'organiser une grève » (the medium model tags « menace » a noun and hangs the infinitive on the
    subject). Not after a verb or a preposition (« a besoin de partir », « faute de pouvoir »)."""
    doc = token.doc
    if token.pos_ not in ("NOUN", "ADJ") or token.i == 0 or token.i + 2 >= len(doc):
        return False
    before, mark, infinitive = doc[token.i - 1], doc[token.i + 1], doc[token.i + 2]
    return (
        before.pos_ in ("NOUN", "ADJ", "PROPN")
        and mark.lemma_ == "de"
        and mark.dep_ == "mark"
        and "Inf" in infinitive.morph.get("VerbForm")
        and not any(c.dep_ in ("det", "case") for c in token.children)
    )


def acts_as_verb(token) -> bool:
    """A word the tagger calls a verb does a verb's act with a verb's company (a subject, an
    auxiliary, an infinitive it governs), or in a form only a verb has: a finite form, a present
    participle. The medium model hangs a finite verb it took for a modifier on a noun ("des records
    risquent d'être battus", "la branche du syndicat menace d'organiser une grève"): its mood and
    person still make it the clause's verb; a noun with a determiner is no verb ("une menace"), nor
    an adjective in "-ent" the tagger reads as a third person plural ("un gouvernement
    déliquescent"), unless the lemmatizer's table lists the form as a verb's."""
    if plural_finite(token) or bare_before_infinitive(token):
        return True
    if (
        token.pos_ == "VERB"
        and "Fin" in token.morph.get("VerbForm")
        and token.morph.get("Person")
        and not any(c.dep_ == "det" for c in token.children)
        and (not token.lower_.endswith(PLURAL_FINITE) or is_finite_verb_form(token.lower_, token.lang_))
    ):
        return True
    if any(c.dep_.startswith(("nsubj", "aux", "expl")) for c in token.children):
        return True
    if not any(c.dep_ == "det" for c in token.children) and any(
        c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") for c in token.children
    ):
        return True  # "la section menace d'organiser une grève", its subject lost by the small model
    if "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense"):
        return True  # "reprochant à Moscou d'avoir lancé …", "appelant à la prudence"
    return (
        "Inf" in token.morph.get("VerbForm") and token.dep_ in ("xcomp", "advcl", "ccomp") and token.head.pos_ in VERBS
    )  # "nous devons soutenir", "il est allé jusqu'à demander dix ans"
