"""What the verb around a figure does to what it counts (for extract/about.py).

- **action noun**: "la suppression de 1 700 postes", "l'envoi de 300 gendarmes": the things acted on,
  with the verb's participle and the body that acts ("postes supprimés par le groupe");
- **vote**: "adopté par 349 voix contre 186": the votes for or against the clause's subject;
- **change verb before**: "où le taux a diminué en janvier, de 0,1 point à 4,2 %": a value after a
  verb of change belongs to it, wherever the parse hangs it;
- **subject**: a figure with no noun of its own is about its verb's subject, with the change a verb
  of change names and the action an "à hauteur de" measures (``about_subject``).
"""

from __future__ import annotations

import logging

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_context as cx
from . import about_nouns as nn
from . import phrases as ph
from . import verb_forms as vf
from .about_nouns import qualified
from .phrases import NOUNS

log = logging.getLogger(__name__)


def action_noun(doc, number, sent, words: AboutWords):
    """ "la suppression de 1 700 postes", "l'envoi d'environ 12 000 soldats": the noun of an action done
    to what the number counts, written right before its "de" (adjectives between allowed), and the verb
    it names ("supprimer"); None when there is none. The figure counts the things acted on, so its about
    is their noun with that verb's participle ("postes supprimés"), not the verb that announces the action."""
    i = qualified(number) - 1
    if i - 1 < sent.start or doc[i].lower_ not in words.partitive:
        return None
    j = i - 1
    while j > sent.start and doc[j].pos_ == "ADJ" and doc[j].is_alpha:
        j -= 1  # "la suppression progressive de 2 000 postes"
    noun = doc[j]
    if noun.pos_ != "NOUN":
        return None
    verb = words.action_nouns.get(noun.lower_) or words.action_nouns.get(noun.lemma_.lower())
    return (noun, verb) if verb else None


def acted_on(
    parsed: Parsed, core, span: tuple[int, int], action, verb, stop: set[int], words: AboutWords, what_end: int
):
    """The counted phrase with the participle of the action done to it, and who did it when the clause
    names a body: "Renault a annoncé la suppression de 2 000 postes en France" → "postes supprimés en
    France par Renault". The announcing verb's subject is the agent of the action, not a source; a
    person is left out (the chief who announces speaks for a body the clause does not name)."""
    doc = parsed.doc
    form = vf.participle(action[1], core, words)
    if not form:
        return None
    split = max(core.i + 1, min(what_end, span[1]))  # after the noun, its adjectives and "de" complements
    while split < span[1] and (
        doc[split].pos_ in ("ADJ", "NOUN", "DET") or (doc[split].pos_ == "ADP" and doc[split].lower_ in words.partitive)
    ):
        split += 1
    rest = ph.text(parsed, (split, span[1])) if split < span[1] else ""
    text = " ".join(p for p in (ph.text(parsed, (span[0], split)), form, rest) if p)
    by = agent_of(parsed, verb, span, stop, words)
    return ph.join(text, words.agent_preposition, by[0], by[1], words) if by else text


def agent_of(parsed: Parsed, verb, span: tuple[int, int], stop: set[int], words: AboutWords):
    """The body that does what ``verb`` says, to write after a participle with "par": the determiner before
    its subject and the subject's name and adjectives ("l'entreprise française"); None for no subject, a
    person (the chief who announces speaks for a body the clause does not name) or a subject inside ``span``."""
    doc = parsed.doc
    agent = ph.subject(verb, verb.sent) if verb is not None else None
    if agent is None or agent.pos_ not in NOUNS or agent.ent_type_ == "PER" or agent.i in stop:
        return None
    if span[0] <= agent.i < span[1]:
        return None
    start = agent.i
    while start - 1 >= agent.sent.start and doc[start - 1].pos_ == "ADJ" and doc[start - 1].head.i == agent.i:
        start -= 1
    while start - 2 >= agent.sent.start and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2  # "l'état-major", parsed with "major" as the subject: a hyphen joins one word
    end = agent.i + 1  # the body's name and adjectives, not its complements: "l'entreprise française"
    while end < agent.sent.end and end not in stop:
        joined = not doc[end - 1].whitespace_ and not doc[end].is_punct or doc[end].text == "-"  # "état-major"
        if not (
            joined or ((doc[end].pos_ in ("ADJ", "PROPN") or doc[end].dep_.startswith("flat")) and doc[end].is_alpha)
        ):
            break
        end += 1
    named = end + 1 if end < agent.sent.end and doc[end].lower_ in words.partitive else None
    if named is not None and named < agent.sent.end and doc[named].pos_ == "DET":
        named += 1
    if (
        named is not None
        and named < agent.sent.end
        and (doc[named].pos_ == "PROPN" or doc[named].text[:1].isupper())  # "la Corée du Nord": "Nord" a noun
        and doc[named].head.i == agent.i
    ):
        end = named + 1  # the body its name says: "les pays de l'Opep+", not "les pays"
        while end < agent.sent.end and end not in stop and doc[end].pos_ in ("PROPN", "ADJ"):  # "Union africaine"
            end += 1
    if any(t.ent_type_ == "PER" for t in doc[start:end]):
        return None
    return ph.determiner(doc, start, agent.sent), ph.text(parsed, (start, end))


def vote(parsed: Parsed, number, counted, verb, stop: set[int], words: AboutWords) -> str | None:
    """ "Le projet de loi a été adopté par 349 voix contre 186": the votes for the text (against it after
    a verb of rejection: "rejeté par 142 voix"), read as "voix pour le projet de loi"; the value after
    "contre" is the other side (about_restated.py). None unless the votes are the agent ("par") of a verb
    of adopting or rejecting."""
    doc = parsed.doc
    sent = number.sent
    if counted is None or counted.lower_ not in words.vote_nouns | words.abstention_nouns:
        return None
    votes = None  # read linearly, such tallies parse badly: the nearest "par N voix" before, no verb between
    for i in range(qualified(number) - 1, sent.start - 1, -1):
        if doc[i].pos_ in ("VERB", "AUX"):
            break
        if doc[i].lower_ == words.agent_preposition:
            votes = next((t for t in doc[i + 1 : min(i + 5, sent.end)] if t.lower_ in words.vote_nouns), None)
            break
    if votes is None or (votes.i == counted.i and counted.lower_ in words.abstention_nouns):
        return None
    verb = ph.verb_of(votes, sent) or verb
    if verb is None:
        return None
    lemma = vf.lexical(verb, words).lemma_.lower()
    side = next((side for side, verbs in words.vote_verbs.items() if lemma in verbs), None)
    if counted.lower_ in words.abstention_nouns:
        side = side and words.abstention_preposition
    subject = ph.subject(verb, number.sent)
    if side is None or subject is None or subject.pos_ not in NOUNS or subject.i in stop:
        return None
    span = ph.phrase(doc, subject, subject.sent, stop, words, limit=words.source_tokens)
    if span is None:
        return None
    start = min([span[0], *(c.i for c in subject.children if c.dep_ == "det" and c.i < subject.i)])
    text = ph.text(parsed, (start, span[1]))
    if doc[start].is_sent_start and doc[start].pos_ != "PROPN":
        text = text[:1].lower() + text[1:]  # "Ses deux textes" → "ses deux textes"
    return f"{counted.text} {side} {text}"


def change_verb_before(doc, number, sent, words: AboutWords):
    """ "où le taux de chômage a diminué en janvier, de 0,1 point à 4,2 %": a value opened by "de" or
    "à" after a verb of change belongs to that verb, the nearest verb before it, even where the parse
    hangs the value elsewhere (here on the main clause's "canton"). None when the nearest verb before
    the value is not one of change, or the parse already gives it that verb."""
    i = qualified(number) - 1
    if i < sent.start or doc[i].lower_ not in words.partitive | words.level_prepositions:
        return None
    for j in range(i - 1, sent.start - 1, -1):
        t = doc[j]
        if t.pos_ == "VERB":
            if t.lemma_.lower() not in words.change_nouns or number.root.head.i == t.i:
                return None
            return t
        if t.pos_ in ("AUX", "SCONJ") and not t.dep_.startswith("aux"):
            return None
    return None


def _rate_antecedent(parsed: Parsed, pronoun, found, words: AboutWords):
    """A pronoun that a percentage is said of stands for a rate: "Eurostat a publié une estimation du taux
    d'inflation. Il s'élève à 6,9 %" is the rate's, not Eurostat's, though both agree with "il". The nearest
    rate noun (``rate_nouns``) agreeing with the pronoun, between the antecedent read (or, where none was, the
    start of the sentence before, in the same paragraph) and the pronoun."""
    if found is not None and found.lemma_.lower() in words.rate_nouns | words.change_heads:
        return None
    doc = parsed.doc
    start = pronoun.sent.start
    if found is not None:
        start = found.i + 1
    elif start > 0 and parsed.block_of(doc[start - 1].idx) == parsed.block_of(pronoun.idx):
        start = doc[start - 1].sent.start
    gender, number = pronoun.morph.get("Gender"), pronoun.morph.get("Number")
    for i in range(pronoun.i - 1, start - 1, -1):
        t = doc[i]
        if (
            t.pos_ == "NOUN"
            and t.lemma_.lower() in words.rate_nouns
            and (not gender or t.morph.get("Gender") in ([], gender))
            and (not number or t.morph.get("Number") in ([], number))
        ):
            return t
    return None


def about_subject(
    parsed: Parsed, number, verb, stop: set[int], words: AboutWords, *, setting: bool = True, percent: bool = False
):
    """A figure with no noun of its own is about the subject of its verb ("le taux … s'établissait à
    17 %"); a verb of change names the change ("hausse du nombre de chômeurs"). ``percent``: the value is a
    percentage, which a pronoun subject says of a rate (``_rate_antecedent``)."""
    doc = parsed.doc
    sent = number.sent
    subject = ph.subject(verb, sent)
    if subject is None:
        return None, None
    written = subject  # "Il coûtait 9 euros": the verb of price follows the pronoun
    subject, resolved = ph.resolve(parsed, subject, words)
    if resolved and written.lower_ in words.anaphoric_pronouns and percent:
        subject = _rate_antecedent(parsed, written, subject, words) or subject
    if subject is None or subject.pos_ not in NOUNS:
        return None, None
    span = ph.phrase(doc, subject, subject.sent, stop, words)
    if span is None:
        return None, None
    text = ph.text(parsed, span)
    via = "antecedent" if resolved else "subject"
    bridged = nn.bridged(parsed, subject, span, stop, words)
    if bridged:  # "la hausse atteint 7001 personnes": the rise of what the sentence before said rose
        text, via = bridged, "antecedent"
    priced = nn.priced(parsed, number, span, words, after=written.i + 1)
    if priced:
        text, via = priced, f"price+{via}"
    lexical = vf.lexical(verb, words)
    action = nn.action_amount(doc, number, lexical, words)
    if action:  # "ce déficit sera financé à hauteur de 556 milliards par des tirages" → "financement du déficit…"
        agent = nn.agent(parsed, lexical, number, stop, words)
        text = " ".join(p for p in (f"{action} {ph.definite(subject, words)}{text}", agent) if p)
        via = f"action amount+{via}"
    change_noun = words.change_nouns.get(lexical.lemma_.lower())
    if change_noun and doc[number.start - 1].lower_ not in words.level_prepositions:
        # "a perdu 46,92 points" is the fall, "à 5.493,49 points" the level it fell to
        changed = nn.changed_object(parsed, lexical, stop, words)
        if changed is not None:  # "La France a baissé ses émissions de 1,7 %": the emissions fell, the France's
            owner = ph.join("", words.owner_preposition, ph.determiner(doc, span[0], subject.sent), text, words)
            text = f"{nn.with_article(parsed, change_noun, changed, words)}{owner}"
        else:
            text = ph.join(change_noun, words.owner_preposition, ph.determiner(doc, span[0], subject.sent), text, words)
        via = f"change+{via}"
    if setting:
        taken = set(range(*span)) if subject.sent.start == sent.start else set()
        pieces = [piece for piece in cx.verb_setting(parsed, verb, sent, taken, stop, words) if piece not in text]
        text = " ".join([text, *pieces])
    log.debug("about %r: %r (%s)", number.text, text, via)
    return text, via


def impersonal(verb, words: AboutWords) -> str | None:
    """The adjective an impersonal verb gives its object ("il manque 300 enseignants" → "manquants", "il faut
    4 millions" → "nécessaire"): the verb is one of ``impersonal_verbs`` (read from its lemma, or its written
    form for a lemma the model leaves inflected: "manque") and its subject the impersonal "il"."""
    lexical = vf.lexical(verb, words)
    lemma = lexical.lemma_.lower()
    adjective = words.impersonal_verbs.get(lemma) or next(
        (a for v, a in words.impersonal_verbs.items() if v.endswith("er") and lexical.lower_.startswith(v[:-2])), None
    )
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl:subj")), None)
    if adjective is None or subject is None or subject.lower_ not in words.impersonal_subjects:
        return None
    return adjective


def spent(number, counted, verb, words: AboutWords) -> bool:
    """Whether a sum of money is what the verb acts on ("le trésorier a détourné 300 000 euros", "il manque 4
    millions d'euros"): a currency noun counted by the verb's object, a verb of action (not one that owns,
    reaches, prices or changes a value, nor a verb of saying): the figure is the sum, named by what was done."""
    if counted is None or verb is None or counted.lower_ not in words.currency_nouns:
        return False
    lemma = vf.lexical(verb, words).lemma_.lower()
    if lemma in words.light_verbs | words.level_verbs | words.price_verbs | words.source_verbs | words.auxiliaries:
        return False
    if lemma in words.change_nouns:
        return False
    before = qualified(number) - 1
    if before >= 0 and number.doc[before].lower_ in words.level_prepositions:
        return False  # "l'euro est tombé à 1,05 dollar": a level its subject reaches, not a sum acted on
    root = counted if number.root.head.i == counted.i else number.root  # "300 000 euros": the digits hang on it
    return root.head.i == verb.i and root.i > verb.i and nn.object_like(root, words, qualified(number))


def locution(verb, words: AboutWords) -> tuple[str, str] | None:
    """The verb a verb and its object mean together, and the preposition of what they act on: "ont mis la main sur
    9 kg de cocaïne" → ("saisir", "sur"); None for a verb that means itself."""
    if verb is None:
        return None
    lexical = vf.lexical(verb, words)
    objects = words.verb_locutions.get(lexical.lemma_.lower())
    if not objects:
        return None
    return next(
        (objects[c.lemma_.lower()] for c in lexical.children if c.dep_ == "obj" and c.lemma_.lower() in objects), None
    )


def locution_argument(node, verb, words: AboutWords) -> bool:
    """Whether ``node`` is what a locution acts on: "mis la main sur 9 kg de cocaïne", the preposition's noun."""
    meant = locution(verb, words)
    return bool(meant) and any(c.dep_ == "case" and c.lower_ == meant[1] for c in node.children)


def acting_lemma(verb, words: AboutWords) -> str:
    """The lemma of what ``verb`` does, read through a locution ("mettre la main sur" → "saisir")."""
    meant = locution(verb, words)
    return meant[0] if meant else vf.lexical(verb, words).lemma_.lower()


def modal(verb, words: AboutWords) -> bool:
    """Whether ``verb`` is a modal ("devaient rouler", "vont disparaître"): it takes an infinitive, never an
    object, so a counted noun the parse makes its object is its subject."""
    return vf.lexical(verb, words).lemma_.lower() in words.modals


def share_of(parsed: Parsed, number, verb, whole, stop: set[int], words: AboutWords) -> str | None:
    """ "le tourisme représente 8 % du PIB" → "part du tourisme dans le PIB": a percentage a verb of share
    (``share_verbs``) gives its subject is the subject's part of the whole the percentage complements, written
    with the whole's own article ("du PIB" → "dans le PIB", a plural "parmi les chômeurs"); "part des jeunes"
    when no whole is written."""
    doc = parsed.doc
    sent = number.sent
    subject = ph.subject(verb, sent)
    if subject is None:
        return None
    subject, _ = ph.resolve(parsed, subject, words)  # "le gazole, qui représente 80 %": the fuel
    if subject is None or subject.pos_ not in NOUNS or subject.i in stop:
        return None
    span = ph.phrase(doc, subject, subject.sent, stop, words, limit=6)
    if span is None:
        return None
    text = ph.join(
        words.share, words.owner_preposition, ph.determiner(doc, span[0], subject.sent), ph.text(parsed, span), words
    )
    part = ph.phrase(doc, whole, sent, stop, words) if whole is not None else None
    if part is not None:
        det = ph.determiner(doc, part[0], sent)
        article = ""
        if det is not None and det.pos_ == "ADP":  # "du PIB": the article "de" contracts
            article = next((a.split(" ")[-1] for a, c in words.contractions.items() if c == det.lower_), "") + " "
        elif det is not None:
            article = det.text + ("" if det.text.endswith(("'", "’")) else " ")
        among = "Plur" in whole.morph.get("Number") and words.among_preposition  # "parmi les chômeurs"
        text = f"{text} {among or words.whole_preposition} {article}{ph.text(parsed, part)}"
    taken = set(range(*span)) | (set(range(*part)) if part else set())
    pieces = [p for p in cx.verb_setting(parsed, verb, sent, taken, stop, words) if p not in text]
    return " ".join([text, *pieces])


def changed_by(parsed: Parsed, number, core, verb, stop: set[int], words: AboutWords, *, percent: bool = False):
    """A value "de" a noun that is the object of a verb of change is the change of that noun: "(décider de) hausser
    le compte de taxes de 1,9 %" → "hausse du compte de taxes", owned by the verb's subject when it has one."""
    if verb is None:
        return None
    lexical = vf.lexical(verb, words)
    change = words.change_nouns.get(lexical.lemma_.lower())
    doc = parsed.doc
    if (
        not change
        or core.dep_ != "obj"
        or core.head.i != lexical.i
        or doc[qualified(number) - 1].lower_ not in words.partitive
    ):
        return None
    found = about_subject(parsed, number, verb, stop, words, percent=percent)
    if found[0] is not None:
        return found
    span = ph.phrase(doc, core, number.sent, stop, words)
    return (nn.with_article(parsed, change, span, words), "change") if span else None
