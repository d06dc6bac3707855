"""Indirect open questions, read from the parse: a word of uncertainty governing an interrogative clause.

French asks without a question mark in a few constructions, each a family rather than a phrase
(words in data/questions.yml, rule names in data/rules.yml, family ``questions``):

- ``uncertainty-verb``: a verb that is a question in itself governs an interrogative or "si" clause,
  or a "sur" complement: "on ignore encore combien de personnes…", "les experts se demandent pourquoi…",
  "les juristes s'interrogent sur la portée du texte";
- ``open-knowledge``: a verb of knowing or saying governs one, negated or infinitive: "nul ne sait
  combien de temps…", "reste à savoir si…", "tout l'enjeu est de savoir si…", "difficile de dire qui…"; a verb
  of telling only negated: "les autorités n'ont pas indiqué si…";
- ``question-noun``: a noun naming an open question governs one: "la question de qui paiera…";
- ``raised-question``: a verb raises a question noun with its subject matter: "relance le débat sur
  la vidéosurveillance", "pose la question de la dette", "la question du financement se pose", "reste
  la question du calendrier";
- ``debated-subject``: a verb makes its subject the question with a bare or indefinite question noun:
  "ses chances d'aboutir font débat", "l'équilibre du budget pose question", "le tracé suscite des
  interrogations" (not "ne fait aucun doute"); read from the word order, as the small model often
  parses "fait" as a noun and "pose question" as adjectives;
- ``unknown-subject``: a definite subject said to be unknown after a copula (a concealed question): "les
  causes de l'incendie restent inconnues", "l'avenir du site demeure incertain", "le bilan n'est pas encore
  connu", or a question said to remain open ("la question du financement reste entière"); a question noun
  lingering over its subject matter is a ``raised-question``: "le doute plane sur…", "les interrogations se
  multiplient sur…";
- ``future-relative``: a free relative in the future or conditional under a word of attention:
  "tous les regards sont tournés vers ce que fera la Fed", "on attend de voir ce que décidera…";
- ``heading``: a subheading that asks without a question mark: "Pourquoi la Fed hésite", "Faut-il
  taxer les superprofits".

The question's text runs from the start of the clause holding the trigger to the end of the sentence.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from ..lexicon import QuestionWords

log = logging.getLogger(__name__)

STOPS = {":", ";"}
# a relative clause is a clause of its own: "…, pour qui, la question reste de savoir …" (the medium model's
# relative where the small model reads a conjunct)
CLAUSE_TOPS = ("ROOT", "conj", "parataxis", "acl:relcl")


class Found(NamedTuple):
    start: int  # character offset (normalised text) where the question's text starts
    rule: str
    asked: int = 0  # character offset past the word that asks: the question's clause goes on at least to there


def _lemma(token) -> str:
    """The lemma, or for a verb the tagger took for a noun ("relance" → "relancer"), the first-group infinitive."""
    return token.lemma_.lower()


def _is(token, words: frozenset[str]) -> bool:
    lemma = _lemma(token)
    # the small model leaves some first-group verbs unlemmatised ("demande" for "se demande"), or tags them
    # as nouns ("relance") or adjectives ("pose", lemma "pos"): their infinitive is the form plus "r"
    return (
        lemma in words
        or token.lower_ in words
        or (token.pos_ in ("NOUN", "VERB", "ADJ") and (lemma + "r" in words or token.lower_ + "r" in words))
    )


def _negated(token, q: QuestionWords) -> bool:
    return any(
        c.lower_ in q.negators or (c.dep_.startswith("nsubj") and c.lower_ in q.negative_subjects)
        for c in token.children
    )


def _reflexive(token) -> bool:
    return any(c.dep_.startswith("expl") or c.lemma_ == "se" for c in token.children)


def _trigger(governor, q: QuestionWords) -> str | None:
    """The rule that makes ``governor`` ask about the clause it governs, or None."""
    if governor.pos_ == "NOUN" and _locution(governor):
        return None  # "sans doute" is no "douter"
    if _is(governor, q.uncertainty_verbs):
        if _is(governor, q.reflexive_only) and not _reflexive(governor):
            return None  # "le juge a demandé si…" reports a question someone asked
        return "uncertainty-verb"
    if _is(governor, q.knowledge_verbs) and (
        _negated(governor, q) or "Inf" in governor.morph.get("VerbForm") or governor.lower_ == governor.lemma_
    ):
        return "open-knowledge"
    if _is(governor, q.negated_saying_verbs) and _negated(governor, q):
        return "open-knowledge"  # "les autorités n'ont pas indiqué si…"
    if governor.pos_ == "NOUN" and _is(governor, q.question_nouns):
        return "question-noun"
    return None


def _locution(noun) -> bool:
    """A noun after a bare preposition is part of an adverbial locution, not a question raised: "sans doute le
    dernier où…" (probably), "la personne en question"."""
    children = list(noun.children)
    return any(c.dep_ == "case" and c.i < noun.i for c in children) and not any(c.dep_ == "det" for c in children)


def _debating_verb(doc, noun, first: int, q: QuestionWords):
    """The verb right before a bare or indefinite debated noun ("font débat", "suscite des interrogations"),
    when the sentence has words before it (its subject) and nothing says certainty ("ne fait aucun doute")."""
    if not _is(noun, q.debated_nouns):
        return None

    def debating(token) -> bool:
        return _is(token, q.debating_verbs) or token.lower_ in q.debating_forms

    i = noun.i - 1
    while i > first and noun.i - i <= 2 and doc[i].pos_ in ("DET", "ADJ", "ADV") and not debating(doc[i]):
        if (
            doc[i].lower_ in q.certainty_words
            or "Def" in doc[i].morph.get("Definite")
            or "Yes" in doc[i].morph.get("Poss")
        ):
            return None  # "fait peu de doute", "pose la question de…" (a raised question, not a debated subject)
        i -= 1
    verb = doc[i]
    if i <= first or not debating(verb):
        return None
    if any(doc[j].lower_ in q.negators for j in range(max(first, i - 3), i)):
        return None  # "ne fait pas débat"
    return verb


def _clause_between(subject, verb) -> bool:
    """A comma and a coordinating conjunction between a noun and the verb it would be the subject of open a
    clause of their own: in "le flou persiste sur le calendrier, et les critiques se multiplient" the small
    model makes "flou" the subject of "multiplient"; "le flou" is what persists."""
    doc = subject.doc
    return any(doc[j].pos_ == "CCONJ" and doc[j - 1].text == "," for j in range(subject.i + 2, verb.i))


def _ancestors(token, limit: int = 4):
    while limit and token.head is not token:
        token = token.head
        yield token
        limit -= 1


def _object_taken(governor, clause_word) -> bool:
    """The verb already has a noun object before the clause: "n'avaient pas connu un tel bain de sang …, quand
    une attaque…" is a time clause, not what is not known; an interrogative clause fills the object slot."""
    if governor.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "obj" and governor.i < c.i < clause_word.i for c in governor.children):
        return True
    # a declarative clause opened by its own mark is the object ("doit comprendre qu'il n'est pas possible de
    # gouverner si on ne retire pas la réforme": "si" is that clause's condition, not what is not known)
    return any(
        c.dep_ == "ccomp"
        and any(m.dep_ == "mark" and governor.i < m.i < clause_word.i for m in c.children)
        and c.left_edge.i <= clause_word.i <= c.right_edge.i
        for c in governor.children
    )


def _clause_start(token, floor: int) -> int:
    """First token of the clause holding ``token``: up the tree to a clause top, then its left edge, past
    leading conjunctions and punctuation, and never before ``floor`` or a colon."""
    node = token
    while node.dep_ not in CLAUSE_TOPS and node.head is not node:
        node = node.head
    doc = token.doc
    start = max(node.left_edge.i, floor)
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].text in STOPS:
            start = i + 1
            break
    # a whole clause (with a subject of its own) set off by a comma before the trigger's subject is not part
    # of the question: "Ces déclarations sont brutales, on se demande qui…" asks from "on"; a fronted phrase
    # ("Après la hausse des prix, tous les regards…") stays
    # the subject is the trigger's, or for an infinitive the verb's it completes ("la question reste de savoir")
    holder = token.head if token.dep_ == "xcomp" and "Inf" in token.morph.get("VerbForm") else token
    subject = next((c for c in holder.children if c.dep_.startswith("nsubj") and start <= c.i < token.i), None)
    if subject is not None:
        comma = next((i for i in range(subject.left_edge.i - 1, start - 1, -1) if doc[i].text == ","), None)
        if comma is not None and any(doc[i].dep_.startswith("nsubj") for i in range(start, comma)):
            start = comma + 1
    while start < token.i and (doc[start].is_punct or doc[start].pos_ == "CCONJ" or doc[start].is_space):
        start += 1
    return start


def find_indirect(doc, first: int, last: int, q: QuestionWords) -> Found | None:
    """The first indirect question among tokens [first, last) of one sentence, or None."""
    for t in doc[first:last]:
        rule = None
        anchor = None
        lower = t.lower_
        if lower in q.clause_words:
            # the governor up the tree, or, where the small model attaches the clause elsewhere, a trigger at
            # most two words before it ("On ignore encore combien…" parsed with "ignore" as an adverb; "il n'a
            # pas dit si d'autres…" with "si" as the verb's adverb: then only the words right before count)
            near = (doc[j] for j in range(t.i - 1, max(first, t.i - 3) - 1, -1))
            attached = not (t.pos_ == "SCONJ" and t.dep_ != "mark")
            # "un débat qui a duré deux heures": the relative clause of the noun itself asks nothing
            relative_of = t.head.head.i if t.head.dep_ == "acl:relcl" and "Rel" in t.morph.get("PronType") else None
            anchor = next(
                (
                    g
                    for g in ((*_ancestors(t), *near) if attached else near)
                    if g.i < t.i and g.i != relative_of and not _object_taken(g, t) and (rule := _trigger(g, q))
                ),
                None,
            )
        elif lower in q.free_relative and t.i + 1 < last and doc[t.i + 1].pos_ == "PRON":
            verb = doc[t.i + 1].head
            future = "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood")
            if future:
                anchor = next((g for g in _ancestors(t) if g.i < t.i and _is(g, q.attention_words)), None)
                rule = "future-relative" if anchor is not None else None
            if anchor is None:
                # a free relative is an indirect question under a verb that asks ("on ignore ce qui s'est passé",
                # "reste de savoir ce que la Fed va faire"), as an interrogative clause is
                # or a verb right before it, past an opening mark, where the medium model hangs the relative
                # elsewhere: "reste de savoir « ce que la banque centrale va faire »"
                near = (doc[j] for j in range(t.i - 1, max(first, t.i - 3) - 1, -1))
                anchor = next(
                    (
                        g
                        for g in (*_ancestors(t, 2), *near)
                        if g.i < t.i
                        and g.pos_ in ("VERB", "AUX")
                        and (rule := _trigger(g, q)) in ("uncertainty-verb", "open-knowledge")
                    ),
                    None,
                )
        elif t.pos_ == "NOUN" and _is(t, q.question_nouns):
            # "relance le débat sur…", "pose la question de…": the raising verb governs the noun, or comes
            # right before its article where the small model parses the verb as a noun
            before = doc[t.i - 2] if t.i >= 2 and doc[t.i - 1].pos_ == "DET" else doc[t.i - 1] if t.i else t
            # the object, or the subject of a reflexive or passive raiser: "la question du financement se pose",
            # "le débat sur la fin de vie est relancé"
            raised = t.dep_ == "obj" or (
                t.dep_.startswith("nsubj")
                and (t.dep_.endswith("pass") or _reflexive(t.head))
                and not _clause_between(t, t.head)
            )
            raiser = t.head if raised and _is(t.head, q.raising_verbs) else None
            raiser = raiser or (before if before.i >= first and _is(before, q.raising_verbs) else None)
            topic = any(c.dep_ in ("nmod", "acl") for c in t.children) or (
                t.i + 1 < last and doc[t.i + 1].lower_ in q.topic_prepositions
            )
            if raiser is not None and topic:
                anchor, rule = raiser, "raised-question"
        elif t.dep_.startswith("obl") and _is(t.head, q.uncertainty_verbs):
            head = t.head
            if any(c.lower_ in q.topic_prepositions for c in t.children) and (
                not _is(head, q.reflexive_only) or _reflexive(head)
            ):
                anchor, rule = head, "uncertainty-verb"  # "s'interrogent sur la portée du texte"
        if anchor is None and (debater := _debating_verb(doc, t, first, q)) is not None:
            anchor, rule = debater, "debated-subject"  # whatever the tag: "font débat" read as the verb débattre
        if anchor is not None and rule:
            start = _clause_start(anchor, first)
            log.debug("indirect question by rule %s at %r", rule, doc[start : min(start + 6, last)].text)
            return Found(doc[start].idx, rule, _past(doc[max(t.i, anchor.i)]))
    return None


def _past(token) -> int:
    return token.idx + len(token.text)


def clause_end(doc, asked: int, end: int, q: QuestionWords) -> int:
    """Where an indirect question's clause ends, before ``end`` (the sentence's): at a comma after the word
    that asks, when a new clause opens there: an incise or a clause with its own verb or subject ("…, a
    indiqué la police", "…, ça nous inquiète") or a conjunction or attribution of ``clause_breaks`` ("…, mais
    les syndicats…", "…, alors que…", "…, selon…"); not a relative or an aside, nor the comma that closes it
    ("si les habitants, qui ont été évacués, pourront rentrer")."""
    aside = False
    for token in doc:
        if token.idx < asked or token.is_punct is False:
            continue
        if token.idx >= end:
            break
        if token.text not in q.clause_marks or token.i + 1 >= len(doc):
            continue
        nxt = doc[token.i + 1]
        if nxt.idx >= end:
            break
        finite = nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm")
        subject = nxt.pos_ == "PRON" and nxt.dep_.startswith("nsubj") and "Rel" not in nxt.morph.get("PronType")
        if aside:
            aside = False  # the aside closes: the question's clause goes on
        elif finite or subject or nxt.lower_ in q.clause_breaks:
            return token.idx
        else:
            aside = True
    return end


def _noun_phrase_start(doc, end: int, first: int) -> int | None:
    """The first token of the noun phrase ending at ``end`` (its determiner, past "de" complements), or None
    when no noun is there: "les causes de l'incendie" of "Les causes de l'incendie restent inconnues"."""
    i, noun = end, False
    while i >= first and doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM") and doc[i].text not in STOPS:
        noun = noun or doc[i].pos_ in ("NOUN", "PROPN")
        i -= 1
    start = i + 1
    while start <= end and doc[start].pos_ == "ADP":
        start += 1  # "Pour l'heure, …" stops at the comma; a leading preposition is no part of the subject
    return start if noun and start <= end else None


def _definite(token) -> bool:
    """A definite, possessive or demonstrative determiner: a concealed question names a definite thing ("les
    causes", "son avenir", "ce bilan"); "de plus amples détails ne sont pas connus" says none were given."""
    morph = token.morph
    return token.pos_ == "DET" and (
        "Def" in morph.get("Definite") or "Yes" in morph.get("Poss") or "Dem" in morph.get("PronType")
    )


def unknown_subject(doc, first: int, last: int, q: QuestionWords) -> Found | None:
    """A subject said to be unknown is an open question (rule ``unknown-subject``), read from the word order,
    as the small model parses "demeure" and "reste" as nouns: "les causes de l'incendie restent inconnues",
    "l'avenir du site demeure incertain", "le bilan n'est pas encore connu" (these only when negated); and a
    question noun lingering over its subject matter is a raised question: "l'incertitude demeure sur l'issue
    du scrutin", "le doute plane sur son avenir"."""
    for t in doc[first:last]:
        lower = t.lower_
        if lower in q.lingering_forms:
            noun = t.i - 1 - (t.i > first + 1 and doc[t.i - 1].lower_ in q.reflexive_clitics)
            after = doc[t.i + 1] if t.i + 1 < last else None
            if (
                noun >= first
                and _is(doc[noun], q.question_nouns)
                and after is not None
                and after.lower_ in q.topic_prepositions
            ):
                start = _noun_phrase_start(doc, noun, first)
                if start is not None:
                    return Found(doc[start].idx, "raised-question", _past(after))
        plain = lower in q.unknown_words
        remains = lower in q.open_words  # only of a question noun: "la question du financement reste entière"
        if not plain and not remains and lower not in q.negated_unknown_words:
            continue
        if t.i + 1 < last and doc[t.i + 1].lower_ in q.unknown_complements:
            continue  # "inconnu des services de police": unknown to someone, not an open question
        i, state, negated = t.i - 1, False, False
        while (
            i > first
            and t.i - i <= 6
            and (doc[i].lower_ in q.state_forms or doc[i].lower_ in q.negators or doc[i].pos_ in ("ADV", "AUX"))
        ):
            state = state or doc[i].lower_ in q.state_forms
            negated = negated or doc[i].lower_ in q.negators
            i -= 1
        if not state or not (plain or remains or negated) or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        start = _noun_phrase_start(doc, i, first)
        if start is not None and remains and not any(_is(doc[j], q.question_nouns) for j in range(start, i + 1)):
            continue  # "le stade reste ouvert": only a question remains open
        if start is not None and _definite(doc[start]):
            log.debug("indirect question by rule unknown-subject at %r", doc[start : t.i + 1].text)
            return Found(doc[start].idx, "unknown-subject", _past(t))
    return None


def asking_heading(doc, first: int, last: int, q: QuestionWords) -> bool:
    """A short block that asks: it opens on a question word or inverts its subject ("Faut-il taxer…")."""
    words = [t for t in doc[first:last] if t.is_alpha]
    if not words or len(words) > q.heading_max_words:
        return False
    if words[0].lower_ in q.heading_words:
        return True
    return any(
        t.text.startswith("-") and t.lower_.removeprefix("-").removeprefix("t-") in q.inversion_pronouns
        for t in doc[first:last]
    )
