"""Stance cues of judgement (extract/stance.py): what the predicate of a copula says ("c'est un
très bon choix", "les réquisitions sont sévères", "il est essentiel de", "il est important de
négocier", "ce serait une erreur de …"), an adjective of blame beside its noun ("sur la base
d'études insuffisantes", an adjective quoted alone: "un accord « équilibré »"), and the words a verb
of judging says of its object ("a jugé « encourageants » les résultats"). The acts beyond single
words (imperatives, threats, accusations, phrases) are read in stance_cues.py.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .phrases import has_definite_article
from .quotes import MARKS as QUOTE_MARKS
from .stance_grammar import Cue, lemmas_of, listed_class, someone_elses
from .stance_negation import is_negated
from .stance_verbal import VERBS


def predicate_cue(token, lex: Lexicon) -> Cue | None:
    """A copula's complement that evaluates: the adjective ("sont sévères", "paraît raisonnable"), the
    noun ("c'est dommage") or the adjective of the noun a copula predicates ("c'est un très bon
    choix"), also through a partitive pronoun ("c'est l'un des jours les plus sanglants"); or the
    definite subject noun of a copula ("le problème, c'est que …"). An adjective of
    necessity calls when impersonal ("il est essentiel de", "c'est urgent") or in the future ("des
    mesures seront nécessaires"), supports a subject of its own ("poursuivre la voie bilatérale est
    essentiel"), and only describes the noun it qualifies ("un élément essentiel de …")."""
    laid = False  # "le problème avec Lactalis, c'est que …": the problem is that party's
    if token.pos_ in ("NOUN", "PROPN") and copula_complement(token, lex):
        head, words = token, [token, *(c for c in token.children if c.dep_ == "amod")]  # "c'est dommage"
    elif token.pos_ == "NOUN" and _identified(token, lex):
        head, words, laid = token.head, [token], _laid_on_a_party(token, lex)  # "le problème, c'est que …"
    elif token.pos_ == "NOUN" and (copula := _dislocated(token, lex)) is not None:
        head, words, laid = copula, [token], _laid_on_a_party(token, lex)  # the same, by its word order
    elif token.pos_ == "PRON" and token.lemma_.lower() in lex.stance.partitive_pronouns:
        if not copula_complement(token, lex):  # "c'est l'un des jours les plus sanglants"
            return None
        nouns = [c for c in token.children if c.dep_ == "nmod"]
        head, words = token, [*nouns, *(a for n in nouns for a in n.children if a.dep_ == "amod")]
    elif token.pos_ in ("ADJ", "VERB") and copula_complement(token, lex):
        head, words = token, [token]
    else:
        return None
    if lemmas_of(head) & lex.stance.collectives:
        return None  # "nous sommes une bonne vingtaine": the adjective of a collective sizes the count (figures.yml)
    if _supposed(head, lex):
        return None  # "la question de savoir si l'épidémie constitue une urgence", "si c'est une erreur, …"
    for word in words:
        lemmas = lemmas_of(word)
        if lemmas & lex.stance.necessity:
            if word.i != head.i:
                continue  # "un élément essentiel de la qualité de vie" describes the noun
            impersonal = any(
                c.dep_.startswith("expl") or (c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > head.i)
                for c in head.children
            )
            to_come = any(c.dep_ == "cop" and "Fut" in c.morph.get("Tense") for c in head.children)
            # "de nouvelles mesures seront nécessaires": what will be needed is asked for
            return ("call" if impersonal or to_come else "support"), "predicate", is_negated(head, lex)
        if lemmas & lex.stance.importance:
            if word.i == head.i and _deontic(head, lex):
                return "call", "predicate", is_negated(head, lex)  # "il est important de maintenir le dialogue"
            continue  # "c'est un moment important" describes
        cls = listed_class(lemmas, lex.stance.predicates, lex)
        if cls and _advice(head, lex):
            return "call", "predicate", is_negated(head, lex)  # "ce serait une faute d'abdiquer"
        if cls:
            negated = is_negated(head, lex) and not _to_be_done(head, lex)
            if laid and cls == "concern":
                cls = "condemn"  # "le problème avec Lactalis, c'est que le partage n'est pas dans son ADN"
            return disputed(cls, head, lex), "predicate", negated
    return None


def _laid_on_a_party(noun, lex: Lexicon) -> bool:
    """A problem named with the party it comes from ("le problème avec Lactalis", "le souci avec ce
    gouvernement") lays it at that party's door: blame, where "le problème, c'est que …" alone
    worries. The party is a name, an institution or a title ("le problème avec la pluie" names none)."""
    return any(
        c.dep_ == "nmod"
        and any(g.dep_ == "case" and g.lower_ in lex.stance.party_prepositions for g in c.children)
        and (c.pos_ == "PROPN" or bool(lemmas_of(c) & (lex.institutions | lex.titles)))
        for c in noun.children
    )


def _deontic(head, lex: Lexicon) -> bool:
    """An adjective of importance whose subject is a clause after it says what is to be done, a
    call: "il est important de maintenir le dialogue", "il est fondamental que les parties
    reprennent les négociations"; "il est important de rappeler que …" only frames what follows. The
    small model hangs the infinitive as a clause of the adjective too ("aussi décisif d'arriver à …"),
    the medium model as a bare ``dep``: an infinitive opened by its preposition is the clause whatever
    its label."""
    return any(
        (
            c.dep_ in ("xcomp", "ccomp", "csubj")
            or (
                "Inf" in c.morph.get("VerbForm")
                and (c.dep_ == "acl" or any(m.dep_ == "mark" and m.i < c.i for m in c.children))
            )
        )
        and c.i > head.i
        and not lemmas_of(c) & lex.stance.saying
        for c in head.children
    )


def attributed(token, inside: range, lex: Lexicon) -> Cue | None:
    """An adjective of judgement attached to the noun it judges judges it as its predicate would: "sur
    la base d'études insuffisantes" as "les études sont insuffisantes", "une détention arbitraire",
    "une décision absurde". Only the classes data/stance.yml lists under `attributive`: the
    adjectives that blame keep their sense beside a noun, where those of size, quality or gravity
    mostly describe ("un grand nombre", "une bonne première période", "des blessés graves"), and
    less those of the class that also describe (`descriptive`: "une chute brutale", "l'immigration
    illégale"). Praise denied blames, as a denied predicate does: "ne saurait constituer une
    solution raisonnable", "aucune réponse crédible" (data/stance.yml negated_predicate). An adjective
    quoted alone is the speaker's own word for the noun, a judgement of any class: "évoque un accord
    « équilibré »", "des réquisitions « sévères »"."""
    doc = token.doc
    quoted_alone = (
        0 < token.i < len(doc) - 1
        and doc[token.i - 1].text in QUOTE_MARKS
        and doc[token.i + 1].text in QUOTE_MARKS
        and token.head.text not in QUOTE_MARKS  # "a jugé « bon » de rappeler": hung on its own quotation mark
    )
    # quoted alone, the adjective is sometimes tagged a name: "un accord « équilibré »"
    tags = ("ADJ", "VERB", "NOUN", *(("PROPN",) if quoted_alone else ()))
    if token.dep_ != "amod" or token.pos_ not in tags or token.head.i not in inside:
        return None  # tagged a noun, or hung on a participle by the small model: "d'études détaillées insuffisantes"
    if lemmas_of(token) & lex.stance.descriptive and not quoted_alone:
        return None  # "une chute brutale", "une sévère défaite" describe
    cls = listed_class(lemmas_of(token), lex.stance.predicates, lex)
    if not cls or someone_elses(token.head, inside, lex):
        return None
    negated = is_negated(token, lex) or is_negated(token.head, lex)
    judging_only = bool(lemmas_of(token) & lex.stance.judging_only)
    if (
        cls in lex.stance.attributive
        or judging_only
        or quoted_alone
        or (negated and cls in lex.stance.negated_predicate)
    ):
        return cls, "attribute", negated  # "ne saurait constituer une solution raisonnable" condemns
    return None


def _to_be_done(noun, lex: Lexicon) -> bool:
    """A noun with an infinitive of what is (not) to be done with it ("à prendre à la légère", "à
    négliger"): negated, the infinitive is denied, not the noun ("ce n'est pas un problème à
    prendre à la légère" says there is a problem)."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "acl"
        and "Inf" in c.morph.get("VerbForm")
        and any(m.dep_ == "mark" and m.lower_ in lex.stance.modal_infinitive for m in c.children)
        for c in noun.children
    )


def _supposed(head, lex: Lexicon) -> bool:
    """A predicate in a clause opened by "si", an indirect question or a hypothesis, is not
    asserted: "savoir si l'épidémie constitue une urgence", "si c'est une erreur, nous la
    corrigerons". The mark hangs on the predicate, or on the verb whose object it is."""
    clause = (head, head.head) if head.dep_ == "obj" else (head,)
    return any(m.dep_ == "mark" and m.lower_ in lex.stance.condition_marks for h in clause for m in h.children)


def disputed(cls: str, head, lex: Lexicon) -> str:
    """A judgement against what others claim rejects the claim: "ces accusations sont absurdes",
    "ces allégations sont scandaleuses" deny, where "ces déclarations sont brutales" condemns."""
    if cls != "condemn" or not copula_complement(head, lex):
        return cls
    subject = next((c for c in head.children if c.dep_.startswith("nsubj")), None)
    return "reject" if subject is not None and lemmas_of(subject) & lex.stance.claims else cls


def judged(words, verb, lex: Lexicon, *, indefinite: bool = False) -> list[Cue]:
    """The words a verb of judging says of its object are its predicate, without a copula: "a jugé
    « encourageants » les premiers résultats", "considère ces frappes comme une grave erreur", "a
    qualifié le bombardement de « crime de guerre »". A predicate word counts when nothing but
    nouns and quotation marks stands between it and the verb; "a jugé bon de rappeler que …" only
    saw fit to. With ``indefinite``, only a noun under an indefinite article predicates: "a parlé d'un
    succès" judges, "a parlé de l'échec des négociations" tells what was talked about."""
    cues: list[Cue] = []
    for token in words:
        if indefinite and not any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in token.children):
            continue
        cls = listed_class(lemmas_of(token), lex.stance.predicates, lex)
        if not cls or any("Inf" in t.morph.get("VerbForm") for t in token.doc[token.i + 1 : token.i + 4]):
            continue  # "juger bon de", "estimer utile d'ajouter"
        head, steps = token.head, 0
        while head.i != verb.i and head.i != head.head.i and steps < 4 and head.pos_ not in VERBS:
            head, steps = head.head, steps + 1
        if head.i == verb.i:
            cues.append((cls, "predicate", is_negated(token, lex)))
    return cues


def _identified(noun, lex: Lexicon) -> bool:
    """An evaluating noun, definite, as the subject of a copula names what it judges in the
    predicate: "le problème, c'est que les salaires ne suivent pas", "le plus gros problème est
    l'effort demandé par l'État", "le drame, c'est …". Only the noun judges: "le grand défi est …"
    is no praise. With incises between the subject and its copula ("le plus gros problème, selon la
    collectivité, pour constituer le budget, est l'effort …") the small model makes the predicate a
    conjunct of the noun: a conjunct after it with a copula and no subject of its own."""
    head = noun.head
    if not has_definite_article(noun):
        return False
    if noun.dep_ == "ROOT":
        return any(
            c.dep_ == "conj"
            and c.i > noun.i
            and any(g.dep_ == "cop" for g in c.children)
            and not any(g.dep_.startswith("nsubj") for g in c.children)
            for c in noun.children
        )
    return noun.dep_.startswith("nsubj") and (
        any(c.dep_ == "cop" for c in head.children)
        or (head.lemma_ in lex.stance.copulas and any(c.dep_.startswith("expl") for c in head.children))
    )


def _dislocated(noun, lex: Lexicon):
    """The copula of an evaluating noun set before "c'est" and named again by "ce": "le problème,
    c'est que les salaires ne suivent pas", "le problème avec la préfecture, c'est qu'elle …", read
    by its word order (the noun's phrase, a comma, "c'est"), where the medium model makes "c'est" a
    fixed adverb and the noun a stray word of the quotation."""
    doc = noun.doc
    if not has_definite_article(noun) or any(c.dep_ == "case" and c.i < noun.i for c in noun.children):
        return None  # "dans le problème, …" is no subject; its label varies (md: "le problème avec X" obl:mod)
    end = noun.right_edge.i
    if end + 3 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lemma_.lower() != "ce":
        return None
    copula = doc[end + 3]
    return copula if copula.lemma_ in lex.stance.copulas else None


def _advice(head, lex: Lexicon) -> bool:
    """A judgement in the conditional on an act still to do advises: "cela serait une faute
    professionnelle d'abdiquer", "ce serait une erreur de fermer la maternité"."""
    conditional = any(
        c.dep_ == "cop" and ("Cnd" in c.morph.get("Mood") or c.lower_.endswith(lex.stance.conditional_endings))
        for c in head.children
    )
    return conditional and any(t.i > head.i and "Inf" in t.morph.get("VerbForm") for t in head.subtree)


def copula_complement(token, lex: Lexicon) -> bool:
    """ "c'est un choix", "sont sévères", "paraît sérieux", "demeure une erreur", the object of a verb that identifies as a
    copula does ("constitue un crime de guerre"), and "est essentiel" that the small model
    reads as a passive participle; a predicate quoted after its copula, whose copula the small model
    hangs on the quotation mark ("estime que c'était « une erreur historique »")."""
    if any(c.dep_ == "cop" for c in token.children):
        return True
    head = token.head
    # the medium model calls that copula a tense auxiliary ("était « une erreur historique »"): a
    # noun or an adjective has no compound tense, so before its quotation it is the copula
    hung = ("cop", "aux:pass") if token.pos_ in VERBS else ("cop", "aux:pass", "aux:tense")
    if not head.is_alpha and any(c.dep_ in hung and c.lemma_ in lex.stance.copulas for c in head.children):
        return True  # "c'est « la bonne décision »": the small model gives the copula to the quotation mark
    if token.pos_ == "VERB" and any(c.dep_ == "aux:pass" and c.lemma_ in lex.stance.copulas for c in token.children):
        return True
    if token.dep_ == "obj" and token.head.pos_ in VERBS and lemmas_of(token.head) & lex.stance.identifying:
        return True  # "cette frappe constitue un crime de guerre", "l'accord représente une avancée"
    if (
        token.dep_.startswith("obl")
        and lemmas_of(token.head) & lex.stance.presenting
        and any(c.dep_ == "expl:comp" for c in token.head.children)  # its reflexive clitic
    ):
        return True  # "il s'agit d'une décision historique"
    if token.dep_ == "obj" and lemmas_of(head) & lex.stance.copulas:
        # a copula takes no direct object: what the medium model calls its object is its predicate
        # ("cette réforme demeure une erreur", "il demeure le seul président légitime"), but for the
        # indefinite a verb of remaining presents, impersonal ("il reste des problèmes à régler")
        return not (any(c.dep_.startswith("expl") for c in head.children) and not has_definite_article(token))
    return token.dep_ == "xcomp" and bool(lemmas_of(head) & lex.stance.copulas)  # "reste tendue"
