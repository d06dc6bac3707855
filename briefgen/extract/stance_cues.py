"""Stance cues of acts beyond single words (extract/stance.py): an imperative ("ramenez vos
troupes !"), what the speaker's side wants of others ("nous voulons que l'État paie"), what cannot
be done without ("pas de paix durable sans justice"), a negated condition with the speaker's act to
follow ("si l'accord n'est pas signé, nous suspendrons …"), force announced ("nous riposterons"),
an accusation ("les FSR ont tué plus de 43 enfants") and the phrases of data/stance.yml ("tirer la
sonnette d'alarme", "s'est prononcé contre"). Judgements (predicates, attributes, verbs of judging)
are read in stance_predicates.py, denials in stance_denial.py.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .quotes import MARKS as QUOTE_MARKS
from .stance_grammar import (
    Cue,
    is_main,
    lemmas_of,
    own_side,
    someone_elses,
    subject_of,
)
from .stance_negation import is_negated
from .stance_verbal import VERBS, is_verbal


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
    promises nothing to anyone, and a state is no act: "si nous n'étions pas assurés, nous en serions
    à 30 000 euros" (a copula, tagged a verb)."""
    sw = lex.stance
    if token.pos_ != "VERB" or not any(c.dep_ in ("obj", "nsubj") and c.i > token.i for c in token.children):
        return False  # the object after the verb (the small model may call it a second subject)
    if lemmas_of(token) & sw.copulas:
        return False
    subject = subject_of(token)
    if subject is None or subject.lower_ not in sw.denial_subjects | sw.threat_subjects:
        return False
    later = (
        "Fut" in token.morph.get("Tense")
        or "Cnd" in token.morph.get("Mood")
        or token.lower_.endswith(sw.future_endings)
    )
    return later and any(
        is_negated(c, lex) and any(m.lower_ in sw.condition_marks for m in c.children if m.dep_ == "mark")
        for c in _condition_clauses(token)
    )


def _condition_clauses(verb) -> list:
    """The clauses that may state a verb's condition: its adverbial clauses, and the clause before it
    that the medium model makes the head of the sentence, hanging the main clause on it as a conjunct
    ("si l'accord n'est pas signé, nous suspendrons …": "suspendrons" a conjunct of "signé")."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i:
        clauses.append(verb.head)
    return clauses


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


def coercion(token, lex: Lexicon) -> bool:
    """Coercion announced threatens: a verb of compelling ("contraindre", "forcer") with a party as its
    object and what it is made to do, in the future or the conditional or as the purpose of an act
    ("des actions fortes pour contraindre le gouvernement à revoir sa position", "des sanctions qui
    la contraindront à l'isolement", "nos sanctions contraindront le régime à négocier"). A thing that compels foresees ("la crise forcera la banque
    centrale à relever ses taux"), a thing compelled is no party ("forcer les prix à monter"), and
    the speaker's side compelled complains ("on va nous forcer à en faire"); "doit contraindre la
    Russie à la paix" calls."""
    sw = lex.stance
    if token.pos_ != "VERB" or not lemmas_of(token) & sw.coercing:
        return False
    target = next((c for c in token.children if c.dep_ == "obj"), None)
    if target is None or not _party(target, lex) or target.lower_ in sw.denial_subjects | sw.own_objects:
        return False
    made_to = any(c.dep_ in ("xcomp", "obl:arg") for c in token.children) or any(
        c.dep_ == "acl" and "Inf" in c.morph.get("VerbForm") for c in target.children
    )  # what the party is made to do, which the small model may hang on the party: "la direction à rouvrir …"
    if not made_to:
        return False
    subject = subject_of(token)
    if subject is not None and subject.pos_ == "NOUN" and not (_party(subject, lex) or lemmas_of(subject) & sw.force):
        return False  # "la crise forcera …"; "nos sanctions la contraindront …" is force
    later = (
        "Fut" in token.morph.get("Tense")
        or "Cnd" in token.morph.get("Mood")
        or token.lower_.endswith(sw.future_endings)
    )
    purpose = "Inf" in token.morph.get("VerbForm") and any(
        c.dep_ == "mark" and c.lower_ in sw.purpose_marks for c in token.children
    )
    return later or purpose


def _party(noun, lex: Lexicon) -> bool:
    """A party: a name, a personal pronoun, a title, an institution or a side ("le gouvernement")."""
    if noun.pos_ == "PROPN":
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ not in lex.impersonal
    return bool(lemmas_of(noun) & (lex.titles | lex.institutions | lex.stance.denial_sides))


def in_need(token, lex: Lexicon) -> bool:
    """People said to need relief is a concern, as the humanitarian agencies say it: a noun of need
    ("besoin") as the object of "avoir", with a noun of relief in its phrase and a subject other
    than the speaker's side ("des millions de déplacés ont un besoin urgent d'aide humanitaire",
    "des milliers de familles ont besoin de nourriture"). "Urgent" there does not call: the need is
    someone else's state. "Nous avons besoin de votre aide" asks; "l'Europe a besoin d'une réponse
    commune" names no relief."""
    sw = lex.stance
    if token.pos_ != "NOUN" or not lemmas_of(token) & sw.need_nouns or token.dep_ != "obj":
        return False
    verb = token.head
    if "avoir" not in lemmas_of(verb) or own_side(subject_of(verb), lex):
        return False
    return any(t.i != token.i and lemmas_of(t) & sw.relief for t in token.subtree)


def progress_made(token, lex: Lexicon) -> bool:
    """Progress said to be made welcomes it, a support: a noun of progress as what a verb of achieving
    makes ("beaucoup de progrès ont été réalisés lors des entretiens", "des avancées importantes ont
    été accomplies"), reached through the words the small model hangs it on ("beaucoup", a quotation
    mark). Little progress ("peu de progrès") regrets; a negated verb is read by the caller."""
    sw = lex.stance
    if token.pos_ != "NOUN" or not lemmas_of(token) & sw.progress:
        return False
    before = token.doc[max(token.i - 2, 0) : token.i]
    if len(before) == 2 and before[0].lower_ in sw.scarce and before[1].lower_ in sw.partitives:
        return False  # "peu de progrès", by its word order: the medium model hangs "peu" on the verb
    head, steps = token.head, 0
    while head.pos_ not in VERBS and head.head.i != head.i and steps < 3:
        if head.lower_ in sw.scarce:
            return False
        head, steps = head.head, steps + 1
    return head.pos_ in VERBS and bool(lemmas_of(head) & sw.achieving)


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
        or (c.dep_ == "xcomp" and _caused(c, sw))  # "on veut faire entendre nos revendications"
        for c in token.children
    ) or _cleft_predicate(token, others)


def _caused(infinitive, sw) -> bool:
    """An infinitive under a causative verb (« faire », stance.yml causatives) is an act the wanter has others do: "on veut
    faire entendre nos revendications" wants someone to hear them (both models hang « faire » on
    the infinitive after it)."""
    return "Inf" in infinitive.morph.get("VerbForm") and any(
        c.i == infinitive.i - 1 and c.lemma_ in sw.causatives and "Inf" in c.morph.get("VerbForm")
        for c in infinitive.children
    )


def _cleft_predicate(verb, others) -> bool:
    """The pseudo-cleft read by its word order: « ce qu'on veut, c'est une revalorisation »: « ce »
    and the relative pronoun before the subject, then the copula and its noun right after the verb,
    where the medium model hangs the noun elsewhere in the sentence."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 3].lower_ != "ce" or doc[verb.i - 2].lower_ not in ("qu'", "que", "qu’"):
        return False
    for token in doc[verb.i + 1 : min(verb.i + 4, len(doc))]:
        if token.dep_ == "cop" and token.lemma_ == "être":
            return token.head.i > token.i and token.head.pos_ == "NOUN" and others(token.head)
    return False


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
    """A party the words name, not the speaker's own side: "les FSR", "les milices Janjawid" (the
    name after the noun, however hung on it: the medium model makes "Janjawid" a clause, ``acl``)."""
    if agent.lower_ in lex.stance.denial_subjects or any(
        d.lower_ in lex.stance.denial_possessives for d in agent.children if d.dep_ == "det"
    ):
        return False
    # an acronym in capitals names an organisation, whatever its tag ("les FSR" tagged a noun by md)
    return (
        agent.pos_ == "PROPN"
        or (agent.text.isupper() and len(agent.text) > 1)
        or any(c.pos_ == "PROPN" for c in agent.children if c.dep_ in ("nmod", "flat:name", "appos", "acl"))
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
                if cls == "threaten" and _befalls(matched[-1], lex):
                    cls = "concern"  # "sous peine d'une crise sanitaire très grave" warns of a harm
                cues.append((cls, "phrase", negated))
    return cues


def _befalls(last, lex: Lexicon) -> bool:
    """A threat phrase whose complement is a harm that befalls, not an act anyone does, warns of it:
    "sous peine d'une crise sanitaire" is a concern where "sous peine de poursuites", "sous peine de
    publier les fichiers" threaten. The complement is the noun the phrase's last word opens, and a
    harm a word of concern (a noun, or a predicate noun: "crise", "catastrophe")."""
    noun = next((t for t in last.doc[last.i + 1 : last.i + 4] if t.pos_ in ("NOUN", "VERB")), None)
    if noun is None or noun.pos_ != "NOUN":
        return False
    lemmas = lemmas_of(noun)
    return bool(lemmas & lex.stance_words["concern"] or lemmas & lex.stance.predicates["concern"])


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
