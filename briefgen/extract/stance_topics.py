"""Stance words that do not judge where they stand: a danger or a harm that is only the topic of
other words ("une cartographie des risques", "visant à prévenir une escalade"), and the nouns of an
act ("soutien", "solidarité") that do the act only as the object of the speaker's own possessive
("vous avez tout mon soutien") or heading words with no verb, as a headline does ("Solidarité avec
les familles"). Split from stance.py, which reads the cues and decides.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .stance_grammar import lemmas_of, listed_class


def hazard_as_topic(noun, lex: Lexicon) -> bool:
    """A noun of danger is a concern where the words say the danger is there ("il y a un risque",
    "le danger est réel", "cela fait peser une menace"), not where it is only the topic of another
    noun or of a verb's prepositional complement: "une cartographie des risques", "répondre à la
    menace du terrorisme", "face à la menace"."""
    return (
        noun.pos_ == "NOUN"
        and bool(lemmas_of(noun) & lex.stance.hazards)
        and noun.dep_ in ("nmod", "obl", "obl:arg", "obl:mod")
    )


def averted(noun, lex: Lexicon) -> bool:
    """A harm or a wrong as what a verb of averting acts on is its topic, not a judgement: "visant à
    prévenir une escalade", "limiter les atteintes aux civils", "éviter tout risque"."""
    return noun.pos_ == "NOUN" and noun.dep_ == "obj" and bool(lemmas_of(noun.head) & lex.stance.averting)


def owned_complement(token, lex: Lexicon) -> bool:
    """A noun that does the act beside the verb of saying does it in the words too as the object
    of a verb with the speaker's possessive: "vous avez tout mon soutien", "nous lui renouvelons
    notre confiance"; "avec notre soutien, l'Ukraine peut …" tells."""
    return (
        token.dep_ == "obj"
        and bool(listed_class(lemmas_of(token), lex.stance.complements, lex))
        and any(c.dep_ == "det" and c.lower_ in lex.stance.own_possessives for c in token.children)
    )


def headline_complement(token, inside: range, lex: Lexicon) -> bool:
    """Such a noun heading words with no verb does the act as a headline does: "Soutien aux blessés et
    gratitude envers les cheminots", "Solidarité avec les familles"."""
    if not listed_class(lemmas_of(token) | {token.lower_}, lex.stance.complements, lex):
        return False  # asked of every word of every statement: the lexicon first, the position after
    words = token.doc[inside.start : inside.stop]
    first = next((t for t in words if t.is_alpha), None)  # the tagger reads such headlines badly: by position
    return (
        first is not None
        and first.i == token.i
        and not any("Fin" in t.morph.get("VerbForm") and not relative(t) for t in words)
    )


def relative(token) -> bool:
    """A verb of a relative clause, or its auxiliary ("les secours qui ont su réagir")."""
    verb = token.head if token.dep_.startswith("aux") else token
    return verb.dep_ == "acl:relcl"
