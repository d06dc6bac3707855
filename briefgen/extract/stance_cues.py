"""Stance cues beyond single words (extract/stance.py): the predicate of a copula ("c'est un très
bon choix", "les réquisitions sont sévères", "il est essentiel de", "ce serait une erreur de …")
and an adjective of blame beside its noun ("sur la base d'études insuffisantes"), the words a verb
of judging says of its object ("a jugé « encourageants » les résultats"), an imperative ("ramenez
vos troupes !"), what cannot be done without ("pas de paix durable sans justice"), a negated
condition with the speaker's act to follow ("si l'accord n'est pas signé, nous suspendrons …"),
force announced ("nous riposterons"), an accusation ("les FSR ont tué plus de 43 enfants") and
the phrases of data/stance.yml ("tirer la sonnette d'alarme", "s'est prononcé contre"); denials
are read in stance_denial.py.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .phrases import has_definite_article
from .quotes import MARKS as QUOTE_MARKS
from .stance_grammar import (
    VERBS,
    Cue,
    is_main,
    is_verbal,
    lemmas_of,
    listed_class,
    someone_elses,
    subject_of,
)
from .stance_negation import is_negated


def predicate_cue(token, lex: Lexicon) -> Cue | None:
    """A copula's complement that evaluates: the adjective ("sont sévères", "paraît raisonnable"), the
    noun ("c'est dommage") or the adjective of the noun a copula predicates ("c'est un très bon
    choix"), also through a partitive pronoun ("c'est l'un des jours les plus sanglants"); or the
    definite subject noun of a copula ("le problème, c'est que …"). An adjective of
    necessity calls when impersonal ("il est essentiel de", "c'est urgent") or in the future ("des
    mesures seront nécessaires"), supports a subject of its own ("poursuivre la voie bilatérale est
    essentiel"), and only describes the noun it qualifies ("un élément essentiel de …")."""
    if token.pos_ in ("NOUN", "PROPN") and copula_complement(token, lex):
        head, words = token, [token, *(c for c in token.children if c.dep_ == "amod")]  # "c'est dommage"
    elif token.pos_ == "NOUN" and _identified(token, lex):
        head, words = token.head, [token]  # "le problème, c'est que …"
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
            return disputed(cls, head, lex), "predicate", negated
    return None


def _deontic(head, lex: Lexicon) -> bool:
    """An adjective of importance whose subject is a clause after it says what is to be done, a
    call: "il est important de maintenir le dialogue", "il est fondamental que les parties
    reprennent les négociations"; "il est important de rappeler que …" only frames what follows. The
    small model hangs the infinitive as a clause of the adjective too ("aussi décisif d'arriver à …")."""
    return any(
        (c.dep_ in ("xcomp", "ccomp", "csubj") or (c.dep_ == "acl" and "Inf" in c.morph.get("VerbForm")))
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


def _advice(head, lex: Lexicon) -> bool:
    """A judgement in the conditional on an act still to do advises: "cela serait une faute
    professionnelle d'abdiquer", "ce serait une erreur de fermer la maternité"."""
    conditional = any(
        c.dep_ == "cop" and ("Cnd" in c.morph.get("Mood") or c.lower_.endswith(lex.stance.conditional_endings))
        for c in head.children
    )
    return conditional and any(t.i > head.i and "Inf" in t.morph.get("VerbForm") for t in head.subtree)


def copula_complement(token, lex: Lexicon) -> bool:
    """ "c'est un choix", "sont sévères", "paraît sérieux", the object of a verb that identifies as a
    copula does ("constitue un crime de guerre"), and "est essentiel" that the small model
    reads as a passive participle; a predicate quoted after its copula, whose copula the small model
    hangs on the quotation mark ("estime que c'était « une erreur historique »")."""
    if any(c.dep_ == "cop" for c in token.children):
        return True
    head = token.head
    if not head.is_alpha and any(
        c.dep_ in ("cop", "aux:pass") and c.lemma_ in lex.stance.copulas for c in head.children
    ):
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
    return token.dep_ == "xcomp" and bool(lemmas_of(token.head) & lex.stance.copulas)  # "reste tendue"


def imperative(token, inside: range, lex: Lexicon) -> bool:
    """A verb of the words that addresses its hearer: the imperative mood, or a subjectless second
    person plural the small model tags otherwise ("ramenez vos troupes"); not an imperative that
    only marks discourse ("allez les Éléphants !", "regardez, …")."""
    if (
        token.pos_ != "VERB"
        or token.lower_ == token.lemma_.lower()
        or lemmas_of(token) & lex.stance.discourse_imperatives
    ):
        return False
    if any(c.dep_.startswith(("nsubj", "expl", "aux")) and c.pos_ == "PRON" for c in token.children):
        return False  # a noun "subject" of a second person is a vocative: "Président Poutine, ramenez …"
    if any(c.dep_.startswith("aux") for c in token.children):
        return False
    if "Imp" in token.morph.get("Mood"):
        return True
    return is_main(token, inside) and token.lower_.endswith(lex.stance.imperative_endings)


def conditional_threat(token, lex: Lexicon) -> bool:
    """An act the speaker's side will do if something is not done: a verb in the future or the
    conditional with a first-person subject and an object, under a negated condition ("si
    l'accord n'est pas signé, nous suspendrons les livraisons"). "Si on gagne, on sera en finale"
    promises nothing to anyone."""
    sw = lex.stance
    if token.pos_ != "VERB" or not any(c.dep_ in ("obj", "nsubj") and c.i > token.i for c in token.children):
        return False  # the object after the verb (the small model may call it a second subject)
    subject = subject_of(token)
    if subject is None or subject.lower_ not in sw.denial_subjects | sw.threat_subjects:
        return False
    later = (
        "Fut" in token.morph.get("Tense")
        or "Cnd" in token.morph.get("Mood")
        or token.lower_.endswith(sw.future_endings)
    )
    return later and any(
        c.dep_ == "advcl"
        and is_negated(c, lex)
        and any(m.lower_ in sw.condition_marks for m in c.children if m.dep_ == "mark")
        for c in token.children
    )


def announced_force(token, lex: Lexicon) -> bool:
    """Force the speaker's side announces threatens: a verb of force in the future or the
    conditional, or under "aller" or "prêt à", with the speaker's side as its subject ("si Kiev
    frappe notre territoire, nous riposterons", "notre armée frappera", "nous sommes prêts à
    sanctionner"); "les insurgés ont frappé" tells."""
    sw = lex.stance
    if token.pos_ != "VERB" or not lemmas_of(token) & sw.force_acts:
        return False
    governor = token.head if "Inf" in token.morph.get("VerbForm") and token.head.i != token.i else token
    subject = subject_of(token) or subject_of(governor)
    if subject is None:
        return False
    own = subject.lower_ in sw.denial_subjects | sw.threat_subjects or any(
        d.dep_ == "det" and d.lower_ in sw.own_possessives for d in subject.children
    )
    later = (
        "Fut" in token.morph.get("Tense")
        or "Cnd" in token.morph.get("Mood")
        or token.lower_.endswith(sw.future_endings)
        or (governor.i != token.i and bool(lemmas_of(governor) & sw.announcing))
    )
    return own and later


def wanted(token, lex: Lexicon) -> bool:
    """What the speaker's side says it wants of others it asks for, a call: a verb of wanting in the
    present with a first-person subject ("je", "nous", "on") and a thing or another's act as its
    complement: "nous voulons des réponses claires", "nous voulons que l'État paie", and the
    pseudo-cleft "ce qu'on veut, c'est une revalorisation de nos prix". Wanting to do something
    oneself says an intention ("nous voulons gagner ce match"), and so does wanting one's own people
    somewhere ("nous voulons nos joueurs sur la glace"); "voulait" narrates."""
    sw = lex.stance
    if token.pos_ != "VERB" or not lemmas_of(token) & sw.wanting:
        return False
    if "Pres" not in token.morph.get("Tense") or "Ind" not in token.morph.get("Mood"):
        return False
    own = sw.denial_subjects | sw.threat_subjects
    subject = subject_of(token)
    if subject is None or subject.lower_ not in own:
        return False

    def others(thing) -> bool:
        return thing.lower_ not in own and not any(
            d.dep_ == "det" and d.lower_ in sw.own_possessives for d in thing.children
        )

    return any(
        (c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and others(c))
        or (
            c.dep_ == "ccomp"
            and not lemmas_of(c) & sw.saying  # "je veux que vous sachiez que …" frames what follows
            and any(g.dep_.startswith("nsubj") and others(g) for g in c.children)
        )
        or (c.dep_ == "xcomp" and c.pos_ == "NOUN" and any(g.dep_ == "cop" for g in c.children))  # "c'est une …"
        for c in token.children
    )


def accusation(token, inside: range, lex: Lexicon) -> bool:
    """Violence against civilians laid at a named party's door accuses it: a verb of violence whose
    agent is named (the subject, or "par" the agent of a passive) and whose victims or targets are
    protected ("les FSR ont tué plus de 43 enfants", "70 roquettes ont été tirées par les milices
    Janjawid sur les hôpitaux"). A bombing reported with no agent, or a fire that killed, accuses
    nobody; the speaker's own side as the agent is no accusation either. A wrong that needs no
    victim accuses whoever does it ("le gouvernement a trahi les agriculteurs")."""
    sw = lex.stance
    if is_verbal(token) and lemmas_of(token) & sw.wrongs and not is_negated(token, lex):
        return _blamed(token, lex)  # "le gouvernement a trahi les agriculteurs", "ils ont menti"
    if not (is_verbal(token) and lemmas_of(token) & sw.violence) or is_negated(token, lex):
        return False
    passive = any(c.dep_ == "aux:pass" for c in token.children)
    if passive:  # "par les milices", wherever the small model hangs it
        agents = [
            t for t in token.subtree if any(c.dep_ == "case" and c.lower_ in sw.agent_prepositions for c in t.children)
        ]
    else:
        agents = [c for c in token.children if c.dep_ == "nsubj"]
    if not any(_named(a, lex) for a in agents):
        return False
    return any(t.i in inside and lemmas_of(t) & sw.victims for t in token.subtree)


def _blamed(verb, lex: Lexicon) -> bool:
    """A wrong needs no victim to accuse its doer: anyone but the speaker's side ("je", "nous",
    "notre gouvernement") as the subject of "trahir", "mentir", "bafouer", also of the verb that
    governs it ("on va bafouer notre parole": "on" is mostly someone else, "on nous a menti")."""
    sw = lex.stance
    governed = "Inf" in verb.morph.get("VerbForm") and verb.dep_ == "xcomp" and verb.head.pos_ in VERBS
    subject = subject_of(verb) or (subject_of(verb.head) if governed else None)
    if subject is None or subject.lower_ in sw.denial_subjects:
        return False
    if (
        "Fin" not in verb.morph.get("VerbForm")
        and not governed
        and not any(c.dep_ == "aux:tense" for c in verb.children)
    ):
        return False  # "un joueur humilié" says how he felt
    if any("Yes" in c.morph.get("Reflex") for c in verb.children):
        return False  # "il s'est senti humilié", "ils se sont trompés"
    return not any(d.dep_ == "det" and d.lower_ in sw.own_possessives for d in subject.children)


def _named(agent, lex: Lexicon) -> bool:
    """A party the words name, not the speaker's own side: "les FSR", "les milices Janjawid"."""
    if agent.lower_ in lex.stance.denial_subjects or any(
        d.lower_ in lex.stance.denial_possessives for d in agent.children if d.dep_ == "det"
    ):
        return False
    return agent.pos_ == "PROPN" or any(
        c.pos_ == "PROPN" for c in agent.children if c.dep_ in ("nmod", "flat:name", "appos")
    )


def phrase_cues(tokens, lex: Lexicon, inside: range = range(0), neutral: set[int] | None = None) -> list[Cue]:
    """Multiword cues of data/stance.yml in a run of tokens, by the lemma or the form of each word;
    an auxiliary or an adverb may stand between two words ("s'est toujours prononcé contre").
    Negated when a word of it has a negator that is not a word of the phrase ("il n'est pas
    question de" does not call; "pas question" rejects). A neutral phrase takes its words from
    every other cue ("faire appel à des contractuels", "on se demande"): their ids go to
    ``neutral``."""
    tokens = list(tokens)
    cues: list[Cue] = []
    taken = neutral if neutral is not None else set()
    for n, token in enumerate(tokens):
        for words, cls in _phrases_at(token, lex):
            matched = None if token.i in taken else _match(tokens, n, words, lex)
            if matched and cls == "neutral":
                taken.update(t.i for t in matched)
            elif matched and not someone_elses(token, inside, lex):
                negated = not any(t.lower_ in lex.negators for t in matched) and any(
                    c.lower_ in lex.negators and c.dep_ in ("advmod", "neg") for t in matched for c in t.children
                )  # "pas question" is negative itself: its "ne" negates nothing more
                cues.append((cls, "phrase", negated))
    return cues


def _phrases_at(token, lex: Lexicon):
    for lemma in lemmas_of(token) | {token.lower_}:
        yield from lex.stance.phrases.get(lemma, ())


def _match(tokens, n: int, words: tuple[str, ...], lex: Lexicon) -> list | None:
    """The tokens of a phrase starting at tokens[n], or None; the tokens run without a gap in the
    text but for auxiliaries, adverbs and quotation marks ("nous avons voté « non »"). A contracted
    article stands for its preposition ("appel au calme" is "appel à")."""
    matched, i = [tokens[n]], n + 1

    def reads(token, word: str) -> bool:
        return word in lemmas_of(token) or lex.stance.contractions.get(token.lower_) == word

    def between(token) -> bool:
        return token.pos_ in ("AUX", "ADV") or token.text in QUOTE_MARKS

    for word in words[1:]:
        while i < len(tokens) and between(tokens[i]) and not reads(tokens[i], word):
            i += 1
        if i >= len(tokens) or not reads(tokens[i], word):
            return None
        if not all(between(t) for t in tokens[i].doc[matched[-1].i + 1 : tokens[i].i]):
            return None  # a word of the text left out (the window skips the words said)
        matched.append(tokens[i])
        i += 1
    return matched


def required(token, inside: range, lex: Lexicon) -> bool:
    """What a denied act or thing cannot be without is asked for: a complement opened by "sans"
    under a negation of its clause ("il n'y aura pas de paix durable sans justice", "on ne peut pas
    fermer la maternité sans consulter les habitants", "ne saurait être envisagée sans réponses
    claires"): the necessary condition of French argument. The negation is the one "ne" marks ("le
    plus sévère jamais mis en œuvre" denies nothing), and the adverbial idioms of "sans" are
    neutral phrases ("sans doute", "sans précédent"). A clause in the past conditional is the unreal
    of the past, what would not have happened, which asks nothing: "sans la vidéo, ce procès
    n'aurait pas eu lieu"."""
    if not any(c.dep_ in ("case", "mark") and c.lower_ in lex.stance.without for c in token.children):
        return False
    head, steps = token.head, 0
    while head.i in inside and steps < 3:
        if any(c.lower_ in lex.stance.restriction.ne and c.dep_ in ("advmod", "neg") for c in head.children):
            return not _unreal_past(head)
        if head.head.i == head.i:
            break
        head, steps = head.head, steps + 1
    return False


def _unreal_past(verb) -> bool:
    """A compound tense whose auxiliary is conditional: "n'aurait pas eu lieu", "ne serait pas venu"
    (the participle is sometimes tagged an adjective: "n'aurait pas abouti")."""
    return any(c.dep_ == "aux:tense" and "Cnd" in c.morph.get("Mood") for c in verb.children)
