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
  thing it is said of ("cet accord est essentiel"); a judgement in the conditional on an act
  still to do advises ("ce serait une erreur de fermer la maternité": call);
- phrases ("tirer la sonnette d'alarme", "s'est prononcé contre", "l'appel à la cessation");
- a warning ("a prévenu que …") is a concern, and a threat when the words name force ("… ne
  signifie pas la fin de la guerre"); consequences called severe are a concern ("aurait de graves
  conséquences"), and so is a worsening foreseen or under way ("la situation va se dégrader",
  "nous sommes en train de régresser") and a hope that something will not happen ("nous espérons
  qu'il n'y aura pas d'autres victimes"); a noun of danger only as the topic of another word
  ("une cartographie des risques", "répondre à la menace") is none (stance_topics.py);
- a condition: what the speaker's side will do if something is not done threatens ("si l'accord
  n'est pas signé, nous suspendrons les livraisons");
- an accusation: violence against civilians laid at a named party's door ("les FSR ont tué plus
  de 43 enfants");
- blame by pairing (stance_blame.py): an act called horrifying ("des violences inouïes") or a
  sanction called excessive as its predicate ("c'est une peine lourde") condemns;
- a harm foreseen (stance_foreseen.py): a verb of causing under possibility ("pourrait entraîner
  des complications") is a concern; a harm as what a verb of averting acts on is a topic
  ("visant à prévenir une escalade");
- a denial: the speaker's own side as the subject of a negated verb ("son pays ne frappe pas de
  cibles civiles", "nous n'avons jamais …").

Where a sentence does two things the stronger wins, in the order of data/stance.yml (threaten,
condemn, reject, call, concern, support), after the event coders' classes (CAMEO). A negated cue
("ne condamne pas", "pas inquiet", "aucun signe d'acte criminel") is cancelled, or turned into the
class data/stance.yml gives it ("ne soutient pas", "ne lui convient pas": reject). A cue that
describes someone else's act does not count: in a relative clause ("certains qui dénoncent …",
"un budget qui tient compte de la menace …") or in a subordinate clause with a subject of its own
("je regrette que l'opposition dénonce …"). This module reads the frame and the words and
decides; stance_cues.py reads the acts beyond single words, stance_predicates.py the judgements
(predicates, attributes, verbs of judging), stance_grammar.py what the parse says
of a cue (its lemmas and scope), stance_verbal.py whether a word acts as a verb whatever its tag,
stance_negation.py whether it is denied. The rule that decided, with its confidence:

{table}
"""

from __future__ import annotations

import logging

from ..lexicon import Lexicon
from .rules import table
from .stance_blame import blamed_act, denied_adequacy, ought_never
from .stance_cues import (
    accusation,
    announced_force,
    coercion,
    conditional_threat,
    imperative,
    in_need,
    phrase_cues,
    progress_made,
    required,
    wanted,
)
from .stance_denial import denials
from .stance_foreseen import expected_harm, foreseen_harm, foreseen_worsening, severe_consequence
from .stance_grammar import (
    Cue,
    class_of,
    is_word,
    lemmas_of,
    listed_class,
    others_feeling,
    own_side,
    someone_elses,
    subject_of,
)
from .stance_negation import is_negated
from .stance_predicates import attributed, disputed, judged, predicate_cue
from .stance_topics import averted, hazard_as_topic, headline_complement, owned_complement, relative
from .stance_verbal import VERBS, is_verbal
from .statements import Statement

log = logging.getLogger(__name__)
__doc__ = __doc__.format(table=table("stance"))

BESIDE_VERB = ("xcomp", "obj", "obl:arg", "acomp", "ccomp")  # "se dit inquiète", "exprime son inquiétude"
CALLED = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "ccomp", "xcomp")  # what a call calls for
SILENT = ("PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "SPACE")  # parts of speech that cue no stance
FRAME_WINDOW = (2, 4)  # words before and after the verb of saying a phrase may start at: "s'est prononcé contre"


def stance_of(doc, statement: Statement, lex: Lexicon) -> tuple[str, str]:
    """(stance, rule) of a statement: the rule names a row of data/rules.yml, family "stance"."""
    inside = range(statement.start, statement.end)
    verb = _judging_governor(doc, statement, lex) or (
        doc[statement.verbs[0]]
        if statement.verbs
        # "X a dénoncé « … », alors que le bilan s'élève à 14 morts, selon le parquet": the phrase credits
        # words with no verb of saying, and the sentence's is another speaker's
        else (_frame_root(doc, statement) if statement.rule != "selon-clause" else None)
    )
    cues: list[Cue] = []
    if verb is not None and not _reports_others(verb, lex):
        cues += _frame_cues(verb, inside, lex)
        start = max(verb.i - FRAME_WINDOW[0], statement.frame[0])
        window = [t for t in doc[start : verb.i + FRAME_WINDOW[1]] if t.i not in inside]
        cues += phrase_cues(window, lex)
    words = doc[statement.start : statement.end]
    neutral: set[int] = set()
    cues += phrase_cues(words, lex, inside, neutral)
    for token in words:
        if (verb is None or token.i != verb.i) and token.i not in neutral:
            cues += _word_cues(token, inside, lex, quoted=statement.kind == "direct")
    cues += denials(words, inside, lex)
    naming = verb is not None and not _judges(verb, lex) and bool(lemmas_of(verb) & lex.stance.naming)
    if (
        verb is not None
        and (_judges(verb, lex) or naming)
        and not any(
            ("Fin" in t.morph.get("VerbForm") and t.head.i != verb.i and not relative(t) and t.dep_ != "amod")
            or (t.dep_ == "mark" and t.lower_ in lex.complementisers)
            for t in doc[verb.i + 1 : statement.end]
        )
    ):
        # a judgement by attribute has no verb of its own: "a jugé « encourageants »", "a parlé d'un succès"
        cues += judged(words, verb, lex, indefinite=naming)
    cues += [c for t in words if t.i not in neutral and (c := attributed(t, inside, lex))]  # "d'études insuffisantes"
    warns = verb is not None and lemmas_of(verb) & lex.stance.warning_verbs
    if warns or any(cls == "warning" for cls, _, _ in cues):  # "a prévenu que", "met en garde contre"
        force = any(lemmas_of(t) & lex.stance.force for t in words)
        cues.append(("threaten" if force else "concern", "warning", False))
    return _decide(cues, statement, lex)


def _decide(cues: list[Cue], statement: Statement, lex: Lexicon) -> tuple[str, str]:
    found: dict[str, str] = {}
    for cls, rule, negated in cues:
        if negated:
            negation = lex.stance.negated_predicate if rule in ("predicate", "attribute") else lex.stance_negated
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
    sentence that introduces a quotation ("se défend de toute communication mensongère : « … »"),
    governs a fragment of it ("recommande de reconsidérer …, en « séparant … »") or hangs on it
    ("« … », a accusé le député")."""
    inside, (start, end) = range(statement.start, statement.end), statement.frame
    roots = [
        t
        for t in doc[start:end]
        if t.i not in inside
        and t.pos_ == "VERB"
        and (t.head.i == t.i or t.head.i in inside or not start <= t.head.i < end)
    ]
    return min(roots, key=lambda t: abs(t.i - statement.start), default=None)


def _judging_governor(doc, statement: Statement, lex: Lexicon):
    """The verb of judging a quoted fragment is the attribute of ("les qualifiant de « crimes contre
    l'humanité » et appelant à l'unité"): it, not the nearest verb of saying, frames those words."""
    if statement.kind != "direct" or not statement.short:
        return None
    inside = range(statement.start, statement.end)
    roots = [t for t in doc[statement.start : statement.end] if t.head.i not in inside and not t.is_punct]
    for token in roots:
        head = token.head
        if head.i != token.i and head.pos_ in ("VERB", "NOUN") and _judges(head, lex):
            return head
    return None


def _judges(token, lex: Lexicon) -> bool:
    """A verb of judging, also as a present participle the tagger calls a noun ("les qualifiant de …")."""
    participle = token.lower_[:-3] + "er" if token.lower_.endswith("ant") else ""
    return bool((lemmas_of(token) | {participle}) & lex.stance.judging)


def _reports_others(verb, lex: Lexicon) -> bool:
    """A verb with a subject of its own in a sentence that cites a source reports that subject's
    act, not the source's: "selon Zataz, les pirates réclameraient …"."""
    subject = subject_of(verb)
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
    negated = is_negated(verb, lex)
    if _hopes_against(verb, lex) or any(c.dep_ == "xcomp" and _hopes_against(c, lex) for c in verb.children):
        return [("concern", "verb", False)]  # "a dit espérer qu'il n'y aurait pas d'autres victimes"
    cls = class_of(verb, lex, verb=True)
    if not cls and not _hopes_for_a_thing(verb, lex):
        cls = listed_class(lemmas_of(verb), lex.stance.frames, lex)
    if lemmas_of(verb) & lex.stance.assertive and not any(c.dep_ == "obj" and c.i not in inside for c in verb.children):
        if verb.i not in inside:
            cls = None  # "soutient que …", "« … », soutient-il" asserts; "soutenir Kiev « coûte que coûte »" supports
    if cls:
        cues.append((cls, "verb", negated))
    cls = listed_class(lemmas_of(verb), lex.stance.negated_verbs, lex)
    if cls and negated:
        cues.append((cls, "negated", False))
    for child in verb.children:
        if child.dep_ not in BESIDE_VERB:
            continue
        cls = listed_class(lemmas_of(child), lex.stance.complements, lex)  # "a réaffirmé son soutien"
        if child.i not in inside:
            cls = class_of(child, lex) or cls  # inside, the words read it
        if cls:
            litotes = bool(lemmas_of(verb) & lex.stance.litotes)  # "n'a pas caché son inquiétude"
            cues.append((cls, "complement", is_negated(child, lex) or (negated and not litotes)))
    return cues


def _hopes_against(verb, lex: Lexicon) -> bool:
    """A hope that something will not happen is a fear, a concern: a verb of hoping whose clause is
    negated ("nous espérons que nous ne trouverons pas d'autres victimes", "souhaite que la crise ne
    dégénère pas"). Hoping that another party will not act asks it not to, a call ("souhaite que
    Moscou ne poursuive pas son offensive"), as "espère que la ministre entendra le message" calls."""
    if not lemmas_of(verb) & lex.stance.hoping:
        return False
    clause = _hoped(verb)
    if clause is None or not any(is_verbal(t) and is_negated(t, lex, inherit=False) for t in clause.subtree):
        return False
    subject = _hoped_subject(clause)
    return subject is None or own_side(subject, lex) or not _agent(subject, lex)


def _hopes_for_a_thing(verb, lex: Lexicon) -> bool:
    """A verb that calls only as the verb of saying ("espère que la ministre entendra le message")
    hopes, and calls on nobody, when what it hopes for is done by a thing: "espère que cette trêve
    permettra un accord"."""
    clause = _hoped(verb)
    subject = _hoped_subject(clause) if clause is not None else None
    return subject is not None and not _agent(subject, lex)


def _hoped(verb):
    """The clause a verb of hoping governs ("espère que …", "a dit espérer que …")."""
    heads = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    return next((c for h in heads for c in h.children if c.dep_ == "ccomp" and c.i > verb.i), None)


def _hoped_subject(clause):
    return next((c for c in clause.children if c.dep_.startswith("nsubj") and not c.is_punct), None)


def _agent(subject, lex: Lexicon) -> bool:
    """The doer of a clause is an agent when a name, a personal pronoun, a title or an institution."""
    return (
        subject.pos_ == "PROPN"
        or (subject.pos_ == "PRON" and subject.lower_ not in lex.impersonal)
        or bool(lemmas_of(subject) & (lex.titles | lex.institutions))
        or any(c.pos_ == "PROPN" for c in subject.children if c.dep_ in ("appos", "flat:name", "nmod"))
    )


# --- the words said


def _word_cues(token, inside: range, lex: Lexicon, *, quoted: bool = False) -> list[Cue]:
    """What one token of the words cues: as a verb or a word of a class, as a predicate, as a
    consequence called severe, or as a verb done only negated. In a quotation, a verb whose subject
    is a party the words name, in a past tense, tells what that party did ("« le tribunal a rejeté
    la demande », a indiqué l'avocat"); in the present it may be the speaker's own institution
    ("« La Russie condamne les attentats »")."""
    if token.pos_ in SILENT or not is_word(token):
        return []  # punctuation and function words cue nothing: skipped first, as most tokens are
    cues: list[Cue] = []
    cls = class_of(token, lex)
    if cls == "threaten" and lemmas_of(token) & lex.stance.endangering and not _threatens_to(token):
        cls = "concern"  # "la sécheresse menace les récoltes" endangers; "menace de suspendre" threatens
    if cls in ("concern", "condemn") and (hazard_as_topic(token, lex) or averted(token, lex)):
        cls = None  # "une cartographie des risques", "répondre à la menace", "prévenir une escalade"
    if cls == "call" and token.pos_ in VERBS and not any(_called(c) for c in token.children):
        cls = None  # "notre mission est de plaider": a call calls for something
    if cls == "call" and in_need(token.head, lex):
        cls = "concern"  # "des millions de déplacés ont un besoin urgent d'aide": their need, no call
    if cls and (quoted and token.pos_ in VERBS and _narrated(token) or others_feeling(token, lex)):
        cls = None  # "« le tribunal a rejeté la demande »"; "nos clients, choqués"
    if cls and not someone_elses(token, inside, lex):
        cues.append((disputed(cls, token, lex), "words", is_negated(token, lex)))  # "ces accusations sont odieuses"
    if token.pos_ in VERBS and own_side(subject_of(token), lex) and _hopes_against(token, lex):
        cues.append(("concern", "words", False))  # "« nous espérons qu'il n'y aura pas de victimes »"
    if owned_complement(token, lex) or headline_complement(token, inside, lex):
        cues.append((listed_class(lemmas_of(token), lex.stance.complements, lex), "words", is_negated(token, lex)))
    if progress_made(token, lex) and not (is_negated(token.head, lex) or is_negated(token, lex)):
        cues.append(("support", "words", False))  # "des progrès ont été réalisés"; "aucun progrès" is no rejection
    if in_need(token, lex):
        cues.append(("concern", "words", False))  # "des milliers de familles ont besoin de nourriture"
    if foreseen_harm(token, lex):
        cues.append(("concern", "words", False))  # "susceptibles d'entraîner une vague épidémique"
    if expected_harm(token, lex):
        cues.append(("concern", "words", is_negated(token, lex)))  # "nous nous attendons à ce que … soient dévastés"
    if foreseen_worsening(token, lex):
        cues.append(("concern", "words", is_negated(token.head, lex)))  # "le bilan pourrait s'alourdir"
    if accusation(token, inside, lex):
        cues.append(("condemn", "accusation", False))  # "les FSR ont tué plus de 43 enfants"
    if conditional_threat(token, lex):
        cues.append(("threaten", "condition", False))  # "si l'accord n'est pas signé, nous suspendrons …"
    if announced_force(token, lex):
        cues.append(("threaten", "force", is_negated(token, lex)))  # "nous riposterons"
    if coercion(token, lex):
        cues.append(("threaten", "force", is_negated(token, lex)))  # "pour contraindre le gouvernement à …"
    if required(token, inside, lex):
        cues.append(("call", "words", False))  # "pas de paix durable sans justice"
    if wanted(token, lex):
        cues.append(("call", "words", is_negated(token, lex)))  # "nous voulons des réponses"
    if imperative(token, inside, lex):
        cues.append(("call", "imperative", is_negated(token, lex)))  # "ramenez vos troupes en Russie !"
    predicate = predicate_cue(token, lex) or blamed_act(token, inside, lex) or denied_adequacy(token, inside, lex)
    if predicate:
        cues.append(predicate)  # "ces réquisitions sont sévères", "des violences inouïes"
    if severe_consequence(token, lex):
        cues.append(("concern", "words", is_negated(token, lex)))  # "de graves conséquences"
    if is_verbal(token) and is_negated(token, lex, inherit=False):
        cls = listed_class(lemmas_of(token), lex.stance.negated_verbs, lex)
        if cls == "call":
            cls = ought_never(token, lex) or cls  # "personne ne devrait mourir du paludisme"
        if cls and not someone_elses(token, inside, lex):
            cues.append((cls, "negated", False))  # "le jugement ne me convient pas"
    return cues


def _called(child) -> bool:
    """What a call calls for: a complement (also one the small model reads as a second subject), or
    an infinitive the small model hangs as an adverbial clause ("celles-ci doivent, aux yeux du
    parti, être fixées …")."""
    if child.dep_ in CALLED:
        return True
    verb = child.head
    if child.dep_ == "nsubj" and child.i > verb.i and any(s.dep_ == "nsubj" and s.i < verb.i for s in verb.children):
        return True  # "je requiers la relaxe": the object, read by the small model as a second subject
    return child.dep_ == "advcl" and any(
        "Inf" in t.morph.get("VerbForm") for t in (child, *(c for c in child.children if c.dep_.startswith("aux")))
    )


def _narrated(verb) -> bool:
    """A past act of a party the words name: a nominal subject and a compound or past tense."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "aux:tense" for c in verb.children):
        return True  # "a rejeté", "avaient condamné"
    return "Fin" in verb.morph.get("VerbForm") and bool({"Past", "Imp"} & set(verb.morph.get("Tense")))


def _threatens_to(verb) -> bool:
    """ "menace de suspendre les livraisons": an act announced, an infinitive; no direct object."""
    return any("Inf" in c.morph.get("VerbForm") for c in verb.children) or not any(
        c.dep_ == "obj" for c in verb.children
    )
