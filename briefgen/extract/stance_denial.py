"""Denials in the words said (extract/stance.py): a negated main verb whose subject is the speaker's
own side ("son pays ne frappe pas de cibles civiles", "nous n'avons jamais …"), or that says there
is no problem claimed ("il n'y a pas de crise", "il n'y a pas de système frauduleux"): reject. A
record negated the same way is no denial ("nous n'avons jamais eu autant de visiteurs"), and a
record of harm alarms ("il n'y a jamais eu autant de tentatives d'attentats": concern).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .stance_grammar import Cue, is_main, lemmas_of, listed_class
from .stance_negation import is_negated
from .stance_verbal import VERBS


def denials(words, inside: range, lex: Lexicon) -> list[Cue]:
    """A negated main verb of the words whose subject is the speaker's own side: "son pays ne frappe
    pas de cibles civiles", "nous n'avons jamais …" ("nous n'avons pas embarqué dans leur jeu"
    only tells); or that says there is no problem claimed: "il n'y a pas de crise de l'asile"."""
    sw = lex.stance
    for token in words:
        main = is_main(token, inside) or (token.dep_ == "conj" and is_main(token.head, inside))
        if not (main and token.pos_ in VERBS and is_negated(token, lex)):
            continue
        if any(c.dep_ == "expl:comp" and c.lower_ in sw.existential for c in token.children) and any(
            lemmas_of(c) & sw.problems or _blamed_thing(c, lex) for c in _what_there_is(token, lex)
        ):
            return [("reject", "denial", False)]  # "il n'y a pas de crise de l'asile", "pas de système frauduleux"
        if _record_of_harm(token, lex):
            return [("concern", "words", False)]  # "il n'y a jamais eu autant d'attentats"
        for subject in (c for c in token.children if c.dep_.startswith("nsubj")):
            own = lemmas_of(subject) & sw.denial_sides and any(
                d.lower_ in sw.denial_possessives for d in subject.children if d.dep_ == "det"
            )
            emphatic = subject.lower_ in sw.denial_subjects and any(c.lower_ in sw.emphatic for c in token.children)
            record = any(t.lower_ in sw.records for t in token.subtree if t.i > token.i and t.i - token.i <= 3)
            if (own or emphatic) and not record:  # "nous n'avons jamais eu autant de visiteurs" tells a record
                return [("reject", "denial", False)]
    return []


def _what_there_is(verb, lex: Lexicon) -> list:
    """What "il (n')y a" says there is: its object, and the noun its "de" opens right after the verb
    and its negation, however hung: past a closing mark ("« il n'y avait pas » de défaillance") the
    small model makes it an ``obl:arg`` of the verb, the medium model of the verb of saying."""
    things = [c for c in verb.children if c.dep_ in ("obj", "obl:arg")]
    for token in verb.doc[verb.i + 1 : verb.i + 6]:
        if token.is_quote or token.pos_ == "ADV" or token.lower_ in lex.stance.partitives:
            continue
        if token.pos_ == "NOUN" and token.i > verb.i + 1 and token.doc[token.i - 1].lower_ in lex.stance.partitives:
            things.append(token)
        break
    return things


def _record_of_harm(verb, lex: Lexicon) -> bool:
    """A record of harm alarms: "il n'y a jamais eu autant de tentatives d'attentats", "jamais
    autant de morts sur les routes" ("jamais autant de visiteurs" tells a record)."""
    sw = lex.stance
    near = [t for t in verb.subtree if t.i > verb.i and t.i - verb.i <= 4]
    return (
        any(c.lower_ in sw.emphatic for c in verb.children)
        and any(t.lower_ in sw.records for t in near)
        and any(lemmas_of(t) & sw.harms for t in verb.subtree if t.i > verb.i)
    )


def _blamed_thing(noun, lex: Lexicon) -> bool:
    """A noun qualified by an adjective of blame: "un système frauduleux", "une pratique illégale"."""
    return any(
        c.dep_ == "amod"
        and "condemn" in (listed_class(lemmas_of(c), t, lex) for t in (lex.stance_words, lex.stance.predicates))
        for c in noun.children
    )
