"""What the parse says about a stance cue (extract/stance.py): the lemmas a word shows, its class
in data/stance.yml, whether it is negated, and whether it is the speaker's at all.

A cue is compared by lemma, and by the lemmas an inflected form shows where the small model's
lemmatizer missed them ("convient" → convenir, "odieuses" → odieux). A cue is negated by a negator
beside it or on the verb it completes ("ne condamne pas", "n'est pas acceptable"), or by a negative
determiner on the noun it belongs to ("aucun signe d'acte criminel"). A cue describes a thing or
someone else's act, and is not the statement's, in a relative clause ("certains qui dénoncent …",
but "ce que nous dénonçons"), in a subordinate clause with a subject of its own ("je regrette que
l'opposition dénonce …") or where a participle names another author ("l'appel à la grève lancé par
quatre organisations").
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import Lexicon
from .speech import verb_lemma
from .stance_verbal import acts_as_verb, is_verbal

NOMINAL = ("NOUN", "PROPN", "ADJ", "NUM")
CLOSED = ("CCONJ", "SCONJ", "ADP", "DET", "PRON", "PUNCT", "PART")
SUBORDINATE = ("ccomp", "advcl", "csubj", "acl")  # "je regrette que l'opposition dénonce …"

Cue = tuple[str, str, bool]  # (class, rule, negated)
LEMMAS = "briefgen.stance_lemmas"  # Doc.user_data key: lemmas_of each token, by index


def _called_for(child, lemmas: frozenset[str], lex: Lexicon) -> bool:
    """What a passive call calls for: an infinitive ("sont invités à quitter les lieux"), also one a
    quotation opens, where the small model makes the opening mark the complement and the
    infinitive hang on it ("ont été appelées à « protéger les salariés »"), or a common noun
    after the preposition data/stance.yml gives the verb under `governed` ("sont appelés à la
    vigilance"), not a place or a time ("appelés à Paris", "vers 3 heures")."""
    if child.dep_ == "xcomp":
        if child.is_quote:  # "appelées à « protéger … »": the infinitive after the mark
            child = next((c for c in child.children if c.i == child.i + 1), child)
        return "Inf" in child.morph.get("VerbForm")
    wanted = _governed(lemmas, lex)
    return (
        child.dep_ == "obl:arg"
        and child.pos_ == "NOUN"
        and not child.ent_type_
        and any(c.dep_ == "case" and _opens_with(c, wanted, lex) for c in child.children)
    )


def _governed(lemmas: frozenset[str], lex: Lexicon) -> set[str]:
    """The prepositions data/stance.yml's `governed` gives these verbs ("appeler" → "à")."""
    return {p for lemma in lemmas for p in lex.stance.governed.get(lemma, ())}


def _opens_with(preposition, wanted: set[str], lex: Lexicon) -> bool:
    """The preposition is one of ``wanted``, or a contraction of one ("au" of "à")."""
    return preposition.lemma_ in wanted or lex.stance.contractions.get(preposition.lower_) in wanted


def class_of(token, lex: Lexicon, *, verb: bool = False) -> str | None:
    """The stance class a token cues: a verb by its lemma, anything else by its lemma or form.
    A word the tagger calls a verb with nothing of a verb around it ("une menace importante",
    "une nouvelle escalade") is read as a word; the statement's verb of saying is a verb even
    where the tagger says otherwise ("s'est réjoui" tagged as an adverb). A verb is never read as
    a noun by its form ("la barre a été atteinte" is no "atteinte"); in the passive it does not do
    its act, but its participle may say the speaker's state ("l'espèce est menacée" threatens
    nobody; "je suis choqué" is a concern), save a call with what it calls for ("les habitants sont
    appelés à la vigilance": whoever calls, the words call); with an indirect question it asks ("a
    demandé si …")."""
    if not is_word(token):
        return None
    lemmas = lemmas_of(token) | _unprefixed(token, lex)
    if verb:  # the verb of saying by the lemma that made it one: "Stellantis dément" tagged as an adverb
        lemmas |= {verb_lemma(token, lex)}
    if verb or (
        is_verbal(token) and (acts_as_verb(token) or _own_intent(token, lex))
    ):  # the verb of saying, whatever its tag
        if any(c.dep_ == "aux:pass" and c.lemma_ in lex.stance.copulas for c in token.children):
            if lemmas & lex.stance_verbs["call"] and any(_called_for(c, lemmas, lex) for c in token.children):
                return "call"  # "les habitants sont appelés à la vigilance", "sont invités à quitter les lieux"
            return listed_class(lemmas, lex.stance.adjectives, lex)
        state = _state_participle(token, lemmas, lex)
        if state:
            return state  # "nous sommes soulagés", read by the small model as a past tense
        if lemmas & lex.stance_present_only and not _present(token, lemmas, lex):
            return None  # "nous devons" calls; "les trains devaient rouler" narrates
        if lemmas & lex.stance_present_only and any(
            c.dep_ == "xcomp" and lemmas_of(c) & lex.stance.saying for c in token.children
        ):
            return None  # "je dois vous dire que …" frames what follows
        if lemmas & lex.stance_present_only and any(_scheduled(c, lex) for c in token.children if c.dep_ == "xcomp"):
            return None  # "les négociations doivent reprendre lundi" schedules
        if _asks(token, lex, own=True) or any(_asks(c, lex) for c in token.children):
            return None  # "a demandé si le gouvernement …", "pour évaluer s'il faut décréter …"
        if not verb and any(c.dep_ == "cop" for c in token.children):  # a predicate, not an act:
            return listed_class(lemmas, lex.stance.adjectives, lex)  # "est de plaider"; "suis choqué"
        found = next((c for c in lex.stance_order if not lemmas.isdisjoint(lex.stance_verbs[c])), None)
        if found and not _governs(token, lemmas, lex):
            found = None  # "on a appelé les secours" phones; "appelle au calme" calls
        lemma = token.lemma_.lower()
        return found or next((c for c in lex.stance_order if lemma in lex.stance_words[c]), None)
    if (
        token.pos_ == "NOUN"
        and any(c.dep_ == "cop" for c in token.children)
        and not any(c.dep_ == "det" for c in token.children)
    ):
        return listed_class(lemmas, lex.stance.adjectives, lex)  # "a été atteinte": a participle, not the noun
    return next((c for c in lex.stance_order if not lemmas.isdisjoint(lex.stance_words[c])), None)


def is_word(token) -> bool:
    """Letters only, or a compound of letters joined by hyphens ("ras-le-bol", "contre-mesure",
    "hold-up"), which the tokenizer keeps as one word."""
    return token.is_alpha or (
        "-" in token.text and all(part.isalpha() for part in token.text.split("-")) and not token.text.startswith("-")
    )


def _unprefixed(token, lex: Lexicon) -> frozenset[str]:
    """The lemmas of a word without a prefix that turns its act on its doer: "s'est
    auto-congratulé" congratulates, "s'autofélicite" congratulates."""
    lemma, word = token.lemma_.lower(), token.lower_
    for prefix in lex.stance.prefixes:
        if word.startswith(prefix) and lemma.startswith(prefix) and len(word) > len(prefix) + 3:
            return _forms(lemma[len(prefix) :], word[len(prefix) :])
    return frozenset()


def _state_participle(verb, lemmas: frozenset[str], lex: Lexicon) -> str | None:
    """A participle of feeling after "être" says the subject's state, as its adjective does ("nous
    sommes soulagés", "je suis écœuré"), where the small model reads a compound past
    (``aux:tense``). Only a participle the lexicon lists as an adjective of a class: "elle s'est
    réjouie" is still the verb's act, and "il est tombé" no state at all."""
    if "Part" not in verb.morph.get("VerbForm"):
        return None
    if not any(c.dep_ == "aux:tense" and c.lemma_ in lex.stance.copulas for c in verb.children):
        return None
    return listed_class(lemmas, lex.stance.adjectives, lex)


def _governs(verb, lemmas: frozenset[str], lex: Lexicon) -> bool:
    """A verb data/stance.yml lists under `governed` does its act only with a complement its
    preposition opens ("appeler à", "appeler les parties à la retenue")."""
    if lemmas & lex.stance.transitive and not any(c.dep_ == "obj" for c in verb.children):
        return False  # "il voterait la motion"; "les Français votent dimanche"
    wanted = _governed(lemmas, lex)
    if not wanted:
        return True
    near = verb.doc[verb.i + 1 : verb.i + 4]  # "appelle également « à la libération … »"
    called = [t for c in verb.children if c.dep_ == "obj" for t in c.subtree]  # "appelle la communauté
    # internationale à la retenue": the small model hangs the call on the object it is made to
    marks = (
        g
        for c in (*verb.children, *near, *called)
        for g in (c, *c.children)
        if g.dep_ in ("case", "mark") or g.pos_ == "ADP"
    )
    return any(_opens_with(g, wanted, lex) for g in marks)


def _scheduled(verb, lex: Lexicon) -> bool:
    """An act a date or a time to come is given to: "doivent reprendre lundi", "doit atteindre
    Mars en février", "doit être livré prochainement"."""
    return any(t.i != verb.i and lemmas_of(t) & lex.stance.schedule for t in verb.subtree)


def _asks(clause, lex: Lexicon, *, own: bool = False) -> bool:
    """A clause opened by "si": an indirect question a verb asks ("demande si …"), or, for the
    verb's ``own`` clause, a question or a hypothesis it does not do ("s'il faut décréter …")."""
    return (own or clause.dep_ in ("ccomp", "xcomp", "obj")) and any(
        m.dep_ == "mark" and m.lower_ in lex.stance.condition_marks for m in clause.children
    )


def listed_class(lemmas: frozenset[str], table, lex: Lexicon) -> str | None:
    """The first class, in data/stance.yml's order, whose entries in ``table`` share a lemma with ``lemmas``
    (asked of most words of every statement: a disjointness test, which builds no set)."""
    return next((c for c in lex.stance_order if not lemmas.isdisjoint(table[c])), None)


def _present(token, lemmas: frozenset[str], lex: Lexicon) -> bool:
    """ "nous devons", "il faut"; "il faudrait" too, but not "il devrait pleuvoir"."""
    if "Cnd" in token.morph.get("Mood") or token.lower_.endswith(lex.stance.conditional_endings):
        return bool(lemmas & lex.stance.conditional_too)  # the small model also calls it a present
    return "Pres" in token.morph.get("Tense")


def someone_elses(token, inside: range, lex: Lexicon) -> bool:
    """A cue that describes a thing or someone else's act, not what the statement does: in a
    relative clause of the words ("un budget qui tient compte de la menace", "certains qui
    dénoncent un passage en force"), known by its relative pronoun (the small model's
    ``acl:relcl`` alone also hangs main clauses on a quotation mark), not in the complement of a
    verb, where it asks ("on se demande qui cela va toucher, ça nous inquiète"); or a verb in a subordinate
    clause with a subject of its own ("je regrette que l'opposition dénonce …")."""
    if is_verbal(token) and token.dep_ in SUBORDINATE and token.head.i in inside and token.head.is_alpha:
        subject = subject_of(token) or ("Inf" in token.morph.get("VerbForm") and subject_of(token.head))
        if subject and subject.pos_ in ("NOUN", "PROPN"):
            return True  # "… que l'opposition dénonce", "des enseignants ont fait grève pour dénoncer"
    if token.pos_ == "NOUN" and _by_someone(token, lex):
        return True  # "l'appel à la grève lancé par quatre organisations"
    if (
        token.pos_ == "VERB"
        and token.dep_ == "acl"
        and "Pres" in token.morph.get("Tense")
        and "Part" in token.morph.get("VerbForm")
        and token.head.pos_ == "NOUN"
        and token.head.i < token.i
        and not any(t.is_punct for t in token.doc[token.head.i + 1 : token.i])
    ):
        # "l'adoption d'une résolution exigeant un cessez-le-feu": what the resolution asks; detached
        # by a comma, the participle is the speaker's ("a déclaré le ministre, appelant à la retenue")
        return True
    while token.i in inside:
        if (
            token.dep_ != "ccomp"
            and any("Rel" in c.morph.get("PronType") and c.i in inside for c in token.children)
            and not _cleft(token, lex)
            and not _free_judgement(token)
        ):
            return not any(c.lower_ in lex.stance.denial_subjects for c in token.children if c.dep_.startswith("nsubj"))
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _cleft(verb, lex: Lexicon) -> bool:
    """A relative clause that "c'est" puts in focus with an obligation the speaker lays on the
    focus: "c'est toute la population qui doit faire attention" calls; "c'est un voisin qui a
    dénoncé le vol" tells what the neighbour did. An indefinite noun is a predicate that the
    relative clause describes, not a focus: "c'est un seuil qu'il ne faut pas dépasser"."""
    antecedent = verb.head
    return (
        bool(lemmas_of(verb) & lex.stance_present_only)
        and any(c.dep_ == "cop" for c in antecedent.children)
        and not any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in antecedent.children)
        and any(c.dep_.startswith(("nsubj", "expl")) and c.lemma_.lower() == "ce" for c in antecedent.children)
    )


def _free_judgement(clause) -> bool:
    """A free relative that judges is the speaker's own: "ce qui est plus inquiétant, c'est que …"
    (a copula's complement whose antecedent is "ce"); "ce qui dénonce …" is not judged."""
    relatives = [c for c in clause.children if "Rel" in c.morph.get("PronType")]
    before = clause.doc[relatives[0].i - 1] if relatives and relatives[0].i > 0 else None
    # "ce" right before the relative pronoun is its antecedent, where the medium model hangs the
    # clause elsewhere ("inquiétant" an adverb of the verb after "c'est que")
    if clause.head.lemma_.lower() != "ce" and (before is None or before.lemma_.lower() != "ce"):
        return False
    # "ce qui se passe est triste": the small model may hang the predicate on the relative verb
    return any(
        c.dep_ == "cop" for t in (clause, *(c for c in clause.children if c.dep_ == "xcomp")) for c in t.children
    )


def own_side(subject, lex: Lexicon) -> bool:
    """The speaker's side as a subject: "je", "nous", "on"."""
    return subject is not None and subject.lower_ in lex.stance.denial_subjects | lex.stance.threat_subjects


def subject_of(verb):
    return next((c for c in verb.children if c.dep_.startswith("nsubj")), None)


def _by_someone(noun, lex: Lexicon) -> bool:
    """The act a noun names is someone else's when the first verb after it in its phrase is a
    participle naming its agent: "l'appel (à la grève) lancé par quatre organisations"."""
    for token in noun.doc[noun.i + 1 : noun.sent.end]:
        if token.is_punct or token.pos_ in ("AUX", "SCONJ", "CCONJ", "PRON"):
            return False
        if token.pos_ == "VERB":
            return "Part" in token.morph.get("VerbForm") and any(
                c.lower_ in lex.stance.agent_prepositions
                for a in token.children
                for c in a.children
                if c.dep_ == "case"
            )
    return False


def _own_intent(token, lex: Lexicon) -> bool:
    """ "notre détermination à soutenir l'Ukraine", "ma volonté de condamner": an infinitive completing a noun
    the speaker's own possessive owns is the speaker's act."""
    head = token.head
    return (
        "Inf" in token.morph.get("VerbForm")
        and token.dep_ == "acl"
        and head.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in lex.stance.own_possessives for c in head.children)
    )


def is_main(token, inside: range) -> bool:
    """A main clause of the words: its head is outside them, itself, or a quotation mark (where the
    small model hangs the clauses of a quotation)."""
    return token.head.i not in inside or token.head.i == token.i or not token.head.is_alpha


def lemmas_of(token) -> frozenset[str]:
    """The lemmas of a word; a closed-class word has no inflection to undo ("mais" is no "mai").

    The stance rules ask it of the same token a dozen times (about 130,000 calls per 100 articles),
    each reading ``pos_``, ``lemma_`` and ``lower_`` anew from spaCy: the answer is kept per Doc,
    by token index, in ``Doc.user_data``."""
    known = token.doc.user_data.setdefault(LEMMAS, {})
    lemmas = known.get(token.i)
    if lemmas is None:
        if token.pos_ in CLOSED:
            lemmas = frozenset({token.lemma_.lower(), token.lower_})
        else:
            lemmas = _forms(token.lemma_.lower(), token.lower_)
        known[token.i] = lemmas
    return lemmas


@lru_cache(maxsize=65536)
def _forms(lemma: str, word: str) -> frozenset[str]:
    """The lemma, and the lemmas the form shows where the lemmatizer missed them: the infinitive of
    a verb form ("risque" → risquer, "averti" → avertir) and the masculine singular of a noun or an
    adjective ("odieuses" → odieux, "fière" → fier, "inquiète" → inquiet). A lemma that shares no
    stem with the form is the lemmatizer's knowledge of a suppletive verb, and is trusted:
    "sommes" is être, not sommer."""
    if "oe" in word or "oe" in lemma:  # "écoeurant" typed without the ligature is "écœurant"
        return _forms(lemma.replace("oe", "œ"), word.replace("oe", "œ")) | {lemma, word}
    if lemma[:2] != word[:2]:
        return frozenset({lemma, word})
    found = {lemma, word}
    for ending in ("ées", "és", "ée", "é", "ent", "ons", "ez", "es", "e"):
        if word.endswith(ending):
            found.add(word[: -len(ending)] + "er")
    for ending in ("erons", "erez", "eront", "erai", "eras", "era", "erais", "erait", "erions", "eriez", "eraient"):
        if word.endswith(ending):
            found.add(word[: -len(ending)] + "er")  # the future and the conditional: "accepterons"
    for ending, infinitive in (("ains", "aindre"), ("aint", "aindre"), ("aignons", "aindre"), ("aignez", "aindre"),
                               ("aignent", "aindre"), ("eins", "eindre"), ("eint", "eindre")):  # fmt: skip
        if word.endswith(ending):
            found.add(word[: -len(ending)] + infinitive)  # "crains" → craindre
    for ending in ("iennent", "ient"):
        if word.endswith(ending):
            found.add(word[: -len(ending)] + "enir")  # "convient" → convenir, "soutient" → soutenir
    for ending in ("issent", "issons", "it", "is", "ie", "i"):
        if word.endswith(ending):
            found.add(word[: -len(ending)] + "ir")
    singular = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
    found |= {singular, singular[:-1] if singular.endswith("e") else singular}
    for feminine, masculine in (("euse", "eux"), ("ive", "if"), ("elle", "el"), ("enne", "en"), ("ère", "er"),
                                ("ète", "et"), ("ette", "et"), ("aux", "al"), ("sse", "x")):  # fmt: skip
        for form in (word, singular):
            if form.endswith(feminine):
                found.add(form[: -len(feminine)] + masculine)
    return frozenset(found)


def others_feeling(token, lex: Lexicon) -> bool:
    """An adjective of feeling beside a noun tells that party's state, not the speaker's act: "nos
    clients, choqués", "des riverains inquiets" (data/stance.yml `feelings`); as a predicate ("je
    suis choqué", "les familles sont inquiètes") the words say it."""
    return (
        token.dep_ in ("amod", "acl", "appos")
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.is_alpha  # the small model tags a quotation mark a noun: "s'est dit « très préoccupé »"
        and not any(c.dep_ == "cop" for c in token.children)
        and bool(lemmas_of(token) & lex.stance.feelings)
    )
