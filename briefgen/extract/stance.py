"""Stance: what a statement does — condemn, concern, call, support, reject, threaten, or statement.

Read from the verb of saying ("a condamné", "appelle à"), the words beside it ("se dit
profondément inquiète", "a exprimé sa vive inquiétude") and the words said ("C'est
inacceptable", "Nous exigeons …"), with the lexicon of each class in data/stance.yml, by cue type:

- verbs, nouns and adjectives, compared by lemma so one entry covers its inflections; a verb cue
  matches a verb only and a word cue anything else, so the noun "menace" is a concern and the verb
  "menacer" a threat; some verbs only as the verb of saying ("espère que la ministre entendra");
- predicates: the complement of a copula evaluates ("c'est un très bon choix" supports, "les
  réquisitions sont sévères" condemns, "les arguments ne sont pas pertinents" condemns); an
  adjective of necessity calls when impersonal ("il est essentiel de négocier") and supports a
  thing it is said of ("cet accord est essentiel");
- phrases ("tirer la sonnette d'alarme", "s'est prononcé contre", "l'appel à la cessation");
- a warning ("a prévenu que …") is a concern, and a threat when the words name force ("… ne
  signifie pas la fin de la guerre"); consequences called severe are a concern ("aurait de graves
  conséquences");
- a condition: what the speaker's side will do if something is not done threatens ("si l'accord
  n'est pas signé, nous suspendrons les livraisons");
- a denial: the speaker's own side as the subject of a negated verb ("son pays ne frappe pas de
  cibles civiles", "nous n'avons jamais …").

Where a sentence does two things the stronger wins, in the order of data/stance.yml (threaten,
condemn, reject, call, concern, support), after the event coders' classes (CAMEO). A negated cue
("ne condamne pas", "pas inquiet", "aucun signe d'acte criminel") is cancelled, or turned into the
class data/stance.yml gives it ("ne soutient pas", "ne lui convient pas": reject). A cue that
describes someone else's act does not count: in a relative clause ("certains qui dénoncent …",
"un budget qui tient compte de la menace …") or in a subordinate clause with a subject of its own
("je regrette que l'opposition dénonce …"). The rule that decided, with its confidence:

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
NOMINAL = ("NOUN", "PROPN", "ADJ", "NUM")
BESIDE_VERB = ("xcomp", "obj", "obl:arg", "acomp", "ccomp")  # "se dit inquiète", "exprime son inquiétude"
SUBORDINATE = ("ccomp", "advcl", "csubj", "acl")  # "je regrette que l'opposition dénonce …"
FRAME_WINDOW = (2, 4)  # words before and after the verb of saying a phrase may start at: "s'est prononcé contre"

Cue = tuple[str, str, bool]  # (class, rule, negated)


def stance_of(doc, statement: Statement, lex: Lexicon) -> tuple[str, str]:
    """(stance, rule) of a statement: the rule names a row of data/rules.yml, family "stance"."""
    inside = range(statement.start, statement.end)
    verb = doc[statement.verbs[0]] if statement.verbs else _frame_root(doc, statement)
    cues: list[Cue] = []
    if verb is not None and not _reports_others(verb, lex):
        cues += _frame_cues(verb, inside, lex)
        start = max(verb.i - FRAME_WINDOW[0], statement.frame[0])
        window = [t for t in doc[start : verb.i + FRAME_WINDOW[1]] if t.i not in inside]
        cues += _phrase_cues(window, lex)
    words = doc[statement.start : statement.end]
    neutral: set[int] = set()
    cues += _phrase_cues(words, lex, inside, neutral)
    for token in words:
        if (verb is None or token.i != verb.i) and token.i not in neutral:
            cues += _word_cues(token, inside, lex)
    cues += _denials(words, inside, lex)
    warns = verb is not None and _lemmas(verb) & lex.stance.warning_verbs
    if warns or any(cls == "warning" for cls, _, _ in cues):  # "a prévenu que", "met en garde contre"
        force = any(_lemmas(t) & lex.stance.force for t in words)
        cues.append(("threaten" if force else "concern", "warning", False))
    return _decide(cues, statement, lex)


def _decide(cues: list[Cue], statement: Statement, lex: Lexicon) -> tuple[str, str]:
    found: dict[str, str] = {}
    for cls, rule, negated in cues:
        if negated:
            negation = lex.stance.negated_predicate if rule == "predicate" else lex.stance_negated
            cls, rule = negation.get(cls), "negated"
        if cls and cls not in found:
            found[cls] = rule
    for cls in lex.stance_order:
        if cls in found:
            log.debug("stance %s by %s: %r", cls, found[cls], statement.text[:50])
            return cls, found[cls]
    return "statement", "negated" if cues else "none"


# --- the verb of saying and what stands beside it


def _frame_root(doc, statement: Statement):
    """Where no verb of saying was found, the main verb of the frame nearest the words: the
    sentence that introduces a quotation ("se défend de toute communication mensongère : « … »")
    or governs a fragment of it ("recommande de reconsidérer …, en « séparant … »")."""
    inside, (start, end) = range(statement.start, statement.end), statement.frame
    roots = [
        t
        for t in doc[start:end]
        if t.i not in inside and t.pos_ == "VERB" and (t.head.i == t.i or not start <= t.head.i < end)
    ]
    return min(roots, key=lambda t: abs(t.i - statement.start), default=None)


def _reports_others(verb, lex: Lexicon) -> bool:
    """A verb with a subject of its own in a sentence that cites a source reports that subject's
    act, not the source's: "selon Zataz, les pirates réclameraient …"."""
    subject = _subject(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        t.dep_ == "case" and t.lower_ in lex.stance.source_prepositions for t in verb.doc[verb.sent.start : verb.i]
    )


def _frame_cues(verb, inside: range, lex: Lexicon) -> list[Cue]:
    """The verb of saying ("a condamné", "espère que"), verbs done only negated ("a dit que la
    décision ne lui convient pas" is read in the words), and its complements outside the words
    ("se dit « profondément inquiète »", "a exprimé sa vive inquiétude"), and the nouns that do the
    act only there ("a réaffirmé son soutien à l'Ukraine")."""
    cues: list[Cue] = []
    negated = _negated(verb, lex)
    cls = _class(verb, lex, verb=True) or _listed(_lemmas(verb), lex.stance.frames, lex)
    if _lemmas(verb) & lex.stance.assertive and not any(c.dep_ == "obj" and c.i not in inside for c in verb.children):
        if verb.i not in inside:
            cls = None  # "soutient que …", "« … », soutient-il" asserts; "soutenir Kiev « coûte que coûte »" supports
    if cls:
        cues.append((cls, "verb", negated))
    cls = _listed(_lemmas(verb), lex.stance.negated_verbs, lex)
    if cls and negated:
        cues.append((cls, "negated", False))
    for child in verb.children:
        if child.dep_ not in BESIDE_VERB:
            continue
        cls = _listed(_lemmas(child), lex.stance.complements, lex)  # "a réaffirmé son soutien"
        if child.i not in inside:
            cls = _class(child, lex) or cls  # inside, the words read it
        if cls:
            cues.append((cls, "complement", _negated(child, lex) or negated))
    return cues


# --- the words said


def _word_cues(token, inside: range, lex: Lexicon) -> list[Cue]:
    """What one token of the words cues: as a verb or a word of a class, as a predicate, as a
    consequence called severe, or as a verb done only negated."""
    cues: list[Cue] = []
    cls = _class(token, lex)
    if cls and not _someone_elses(token, inside, lex):
        cues.append((cls, "words", _negated(token, lex)))
    if _conditional_threat(token, lex):
        cues.append(("threaten", "condition", False))  # "si l'accord n'est pas signé, nous suspendrons …"
    if _imperative(token, inside, lex):
        cues.append(("call", "imperative", _negated(token, lex)))  # "ramenez vos troupes en Russie !"
    predicate = _predicate(token, lex)
    if predicate:
        cues.append(predicate)
    if _lemmas(token) & lex.stance.severity_nouns and any(
        c.dep_ == "amod" and _lemmas(c) & lex.stance.severity_adjectives for c in token.children
    ):
        cues.append(("concern", "words", _negated(token, lex)))  # "de graves conséquences"
    if token.pos_ in VERBS and _negated(token, lex):
        cls = _listed(_lemmas(token), lex.stance.negated_verbs, lex)
        if cls and not _someone_elses(token, inside, lex):
            cues.append((cls, "negated", False))  # "le jugement ne me convient pas"
    return cues


def _predicate(token, lex: Lexicon) -> Cue | None:
    """A copula's complement that evaluates: the adjective ("sont sévères", "paraît raisonnable") or
    the adjective of the noun a copula predicates ("c'est un très bon choix"). An adjective of
    necessity calls when impersonal ("il est essentiel de", "c'est urgent") and supports a subject
    of its own ("poursuivre la voie bilatérale est essentiel")."""
    if token.pos_ in ("NOUN", "PROPN"):
        if not _copula_complement(token, lex):
            return None
        head, words = token, [c for c in token.children if c.dep_ == "amod"]
    elif token.pos_ in ("ADJ", "VERB") and _copula_complement(token, lex):
        head, words = token, [token]
    else:
        return None
    for word in words:
        lemmas = _lemmas(word)
        if lemmas & lex.stance.necessity:
            impersonal = any(
                c.dep_.startswith("expl") or (c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > head.i)
                for c in head.children
            )
            return ("call" if impersonal else "support"), "predicate", _negated(head, lex)
        cls = _listed(lemmas, lex.stance.predicates, lex)
        if cls:
            return cls, "predicate", _negated(head, lex)
    return None


def _conditional_threat(token, lex: Lexicon) -> bool:
    """An act the speaker's side will do if something is not done: a verb in the future or the
    conditional with a first-person subject and an object, under a negated condition ("si
    l'accord n'est pas signé, nous suspendrons les livraisons"). "Si on gagne, on sera en finale"
    promises nothing to anyone."""
    sw = lex.stance
    if token.pos_ != "VERB" or not any(c.dep_ in ("obj", "nsubj") and c.i > token.i for c in token.children):
        return False  # the object after the verb (the small model may call it a second subject)
    subject = _subject(token)
    if subject is None or subject.lower_ not in sw.denial_subjects | sw.threat_subjects:
        return False
    later = (
        "Fut" in token.morph.get("Tense")
        or "Cnd" in token.morph.get("Mood")
        or token.lower_.endswith(sw.future_endings)
    )
    return later and any(
        c.dep_ == "advcl"
        and _negated(c, lex)
        and any(m.lower_ in sw.condition_marks for m in c.children if m.dep_ == "mark")
        for c in token.children
    )


def _main(token, inside: range) -> bool:
    """A main clause of the words: its head is outside them, itself, or a quotation mark (where the
    small model hangs the clauses of a quotation)."""
    return token.head.i not in inside or token.head.i == token.i or not token.head.is_alpha


def _imperative(token, inside: range, lex: Lexicon) -> bool:
    """A verb of the words that addresses its hearer: the imperative mood, or a subjectless second
    person plural the small model tags otherwise ("ramenez vos troupes"); not an imperative that
    only marks discourse ("allez les Éléphants !", "regardez, …")."""
    if (
        token.pos_ != "VERB"
        or token.lower_ == token.lemma_.lower()
        or _lemmas(token) & lex.stance.discourse_imperatives
    ):
        return False
    if any(c.dep_.startswith(("nsubj", "expl", "aux")) and c.pos_ == "PRON" for c in token.children):
        return False  # a noun "subject" of a second person is a vocative: "Président Poutine, ramenez …"
    if any(c.dep_.startswith("aux") for c in token.children):
        return False
    if "Imp" in token.morph.get("Mood"):
        return True
    return _main(token, inside) and token.lower_.endswith(lex.stance.imperative_endings)


def _copula_complement(token, lex: Lexicon) -> bool:
    """ "c'est un choix", "sont sévères", "paraît sérieux", and "est essentiel" that the small model
    reads as a passive participle."""
    if any(c.dep_ == "cop" for c in token.children):
        return True
    if token.pos_ == "VERB" and any(c.dep_ == "aux:pass" and c.lemma_ in lex.stance.copulas for c in token.children):
        return True
    return token.dep_ == "xcomp" and token.head.lemma_ in lex.stance.copulas


def _denials(words, inside: range, lex: Lexicon) -> list[Cue]:
    """A negated main verb of the words whose subject is the speaker's own side: "son pays ne frappe
    pas de cibles civiles", "nous n'avons jamais …" ("nous n'avons pas embarqué dans leur jeu"
    only tells); or that says there is no problem claimed: "il n'y a pas de crise de l'asile"."""
    sw = lex.stance
    for token in words:
        main = _main(token, inside) or (token.dep_ == "conj" and _main(token.head, inside))
        if not (main and token.pos_ in VERBS and _negated(token, lex)):
            continue
        if any(c.dep_ == "expl:comp" and c.lower_ in sw.existential for c in token.children) and any(
            c.dep_ == "obj" and _lemmas(c) & sw.problems for c in token.children
        ):
            return [("reject", "denial", False)]  # "il n'y a pas de crise de l'asile"
        for subject in (c for c in token.children if c.dep_.startswith("nsubj")):
            own = _lemmas(subject) & sw.denial_sides and any(
                d.lower_ in sw.denial_possessives for d in subject.children if d.dep_ == "det"
            )
            emphatic = subject.lower_ in sw.denial_subjects and any(c.lower_ in sw.emphatic for c in token.children)
            if own or emphatic:
                return [("reject", "denial", False)]
    return []


# --- phrases


def _phrase_cues(tokens, lex: Lexicon, inside: range = range(0), neutral: set[int] | None = None) -> list[Cue]:
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
            matched = None if token.i in taken else _match(tokens, n, words)
            if matched and cls == "neutral":
                taken.update(t.i for t in matched)
            elif matched and not _someone_elses(token, inside, lex):
                negated = not any(t.lower_ in lex.negators for t in matched) and any(
                    c.lower_ in lex.negators and c.dep_ in ("advmod", "neg") for t in matched for c in t.children
                )  # "pas question" is negative itself: its "ne" negates nothing more
                cues.append((cls, "phrase", negated))
    return cues


def _phrases_at(token, lex: Lexicon):
    for lemma in _lemmas(token) | {token.lower_}:
        yield from lex.stance.phrases.get(lemma, ())


def _match(tokens, n: int, words: tuple[str, ...]) -> list | None:
    """The tokens of a phrase starting at tokens[n], or None; the tokens run without a gap in the
    text but for auxiliaries and adverbs."""
    matched, i = [tokens[n]], n + 1
    for word in words[1:]:
        while i < len(tokens) and tokens[i].pos_ in ("AUX", "ADV") and word not in _lemmas(tokens[i]):
            i += 1
        if i >= len(tokens) or word not in _lemmas(tokens[i]):
            return None
        if any(t.pos_ not in ("AUX", "ADV") for t in tokens[i].doc[matched[-1].i + 1 : tokens[i].i]):
            return None  # a word of the text left out (the window skips the words said)
        matched.append(tokens[i])
        i += 1
    return matched


# --- classes and scope


def _class(token, lex: Lexicon, *, verb: bool = False) -> str | None:
    """The stance class a token cues: a verb by its lemma, anything else by its lemma or form.
    A word the tagger calls a verb with nothing of a verb around it ("une menace importante",
    "une nouvelle escalade") is read as a word; the statement's verb of saying is a verb even
    where the tagger says otherwise ("s'est réjoui" tagged as an adverb)."""
    if not token.is_alpha:
        return None
    lemmas = _lemmas(token)
    if verb or (token.pos_ in VERBS and _acts_as_verb(token)):  # the verb of saying is one, whatever its tag
        if lemmas & lex.stance_present_only and not _present(token, lemmas, lex):
            return None  # "nous devons" calls; "les trains devaient rouler" narrates
        if lemmas & lex.stance_present_only and any(
            c.dep_ == "xcomp" and _lemmas(c) & lex.stance.saying for c in token.children
        ):
            return None  # "je dois vous dire que …" frames what follows
        found = next((c for c in lex.stance_order if lemmas & lex.stance_verbs[c]), None)
        if found:
            return found
    return next((c for c in lex.stance_order if lemmas & lex.stance_words[c]), None)


def _listed(lemmas: frozenset[str], table, lex: Lexicon) -> str | None:
    return next((c for c in lex.stance_order if lemmas & table[c]), None)


def _present(token, lemmas: frozenset[str], lex: Lexicon) -> bool:
    """ "nous devons", "il faut"; "il faudrait" too, but not "il devrait pleuvoir"."""
    if "Pres" in token.morph.get("Tense"):
        return True
    return "Cnd" in token.morph.get("Mood") and bool(lemmas & lex.stance.conditional_too)


def _someone_elses(token, inside: range, lex: Lexicon) -> bool:
    """A cue that describes a thing or someone else's act, not what the statement does: in a
    relative clause of the words ("un budget qui tient compte de la menace", "certains qui
    dénoncent un passage en force"), known by its relative pronoun (the small model's
    ``acl:relcl`` alone also hangs main clauses on a quotation mark); or a verb in a subordinate
    clause with a subject of its own ("je regrette que l'opposition dénonce …")."""
    if token.pos_ in VERBS and token.dep_ in SUBORDINATE and token.head.i in inside:
        subject = _subject(token) or ("Inf" in token.morph.get("VerbForm") and _subject(token.head))
        if subject and subject.pos_ in ("NOUN", "PROPN"):
            return True  # "… que l'opposition dénonce", "des enseignants ont fait grève pour dénoncer"
    if token.pos_ == "NOUN" and _by_someone(token, lex):
        return True  # "l'appel à la grève lancé par quatre organisations"
    while token.i in inside:
        if any("Rel" in c.morph.get("PronType") and c.i in inside for c in token.children):
            return not any(c.lower_ in lex.stance.denial_subjects for c in token.children if c.dep_.startswith("nsubj"))
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _subject(verb):
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


def _acts_as_verb(token) -> bool:
    if any(c.dep_.startswith(("nsubj", "aux", "expl")) for c in token.children):
        return True
    return token.dep_ == "xcomp" and "Inf" in token.morph.get("VerbForm")  # "nous devons soutenir"


def _negated(token, lex: Lexicon) -> bool:
    """ "ne condamne pas", "pas inquiet", "n'est pas acceptable": a negator on the cue or on the
    verb it is the predicate or complement of; "aucun signe d'acte criminel": a negative
    determiner on the noun the cue belongs to."""
    heads = [token]
    if token.pos_ not in VERBS and token.dep_ in ("xcomp", "obj", "acl", "amod", "ROOT"):
        heads.append(token.head)
    if any(c.lower_ in lex.negators for h in heads for c in h.children if c.dep_ in ("advmod", "neg")):
        return True
    while token.pos_ in NOMINAL:
        if any(c.dep_ == "det" and _lemmas(c) & lex.stance.negative_determiners for c in token.children):
            return True
        if token.head.i == token.i:
            break
        token = token.head
    return False


def _lemmas(token) -> frozenset[str]:
    return _forms(token.lemma_.lower(), token.lower_)


@lru_cache(maxsize=65536)
def _forms(lemma: str, word: str) -> frozenset[str]:
    """The lemma, and the lemmas the form shows where the lemmatizer missed them: the infinitive of
    a verb form ("risque" → risquer, "averti" → avertir) and the masculine singular of a noun or an
    adjective ("odieuses" → odieux, "fière" → fier, "inquiète" → inquiet). A lemma that shares no
    stem with the form is the lemmatizer's knowledge of a suppletive verb, and is trusted:
    "sommes" is être, not sommer."""
    if lemma[:2] != word[:2]:
        return frozenset({lemma, word})
    found = {lemma, word}
    for ending in ("ées", "és", "ée", "é", "ent", "ons", "ez", "es", "e"):
        if word.endswith(ending):
            found.add(word[: -len(ending)] + "er")
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
