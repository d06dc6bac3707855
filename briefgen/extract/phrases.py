"""Noun phrases read from a spaCy parse, for the figures' ``about`` (extract/about.py).

A phrase is the article's own words, contiguous: a head noun with the adjectives before it and
its complements after it ("cas de mpox signalés en RDC"), cut where a clause would begin. These
helpers also find what a phrase hangs on: the predicate of a clause, its subject (through
broken parses: "Les pompiers ont évacué…" with "ont" as root), and the antecedent of "il" or of
"ce taux". The verb forms a phrase is written with are extract/verb_forms.py.
"""

from __future__ import annotations

import re

from ..lexicon import AboutWords, lexicon
from ..nlp import Parsed

MAX_TOKENS = 9  # a phrase, not a clause: "cas de mpox signalés en RDC depuis début 2024"
SUBJECTS = ("nsubj", "nsubj:pass")
RELATIVE_EXTRA = 4  # a relative clause may run this much past the limit: "tracteurs qui bloquaient les accès à Lyon"
VOWELS = frozenset("aeiouyhàâäéèêëîïôöûüAEIOUYHÀÂÉÈÊÎÔÛ")
NOUNS = ("NOUN", "PROPN")
PLACES = ("LOC", "GPE")


def verb_of(token, sent):
    """The predicate that governs ``token`` in its clause: a verb, or a noun with a subject of its
    own ("l'inflation des services est en diminution de 3,35 %"); None when there is none."""
    node = token
    for _ in range(6):
        if any((c.dep_ in SUBJECTS or c.dep_ == "expl:subj") and not c.like_num for c in node.children):
            return node  # a verb, or a noun predicate: "ce prix était de 340 euros" (not "-0,01" in "(-0,01 %)")
        if node.i != token.i and node.pos_ == "VERB" or (node.pos_ == "AUX" and not node.dep_.startswith("aux")):
            return node
        if node.head.i == node.i or not (sent.start <= node.head.i < sent.end):
            return None
        node = node.head
    return None


def phrase(doc, head, sent, stop: set[int], words: AboutWords, limit: int = MAX_TOKENS) -> tuple[int, int] | None:
    """The contiguous phrase of ``head``: its adjectives before it, its complements after it.

    It ends at a comma, a conjunction, an attribution ("selon"), the figure's own number or
    the end of the head's subtree; dangling function words at its end are dropped.
    """
    if head.i in stop:
        return None
    start = head.i
    while (
        start - 1 >= sent.start
        and doc[start - 1].pos_ == "ADJ"
        and doc[start - 1].is_alpha
        and doc[start - 1].head.i == head.i
        and start - 1 not in stop
    ):
        start -= 1
    before = doc[start - 1] if start - 1 >= sent.start else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.head.i == head.i
        and before.text.islower()
        and before.i not in stop
        and before.i - 1 >= sent.start
        and doc[before.i - 1].pos_ == "DET"
    ):
        start -= 1  # "La valeur marchande totale" parsed with "marchande" as the noun: the noun its article opens
    end = head.i + 1
    subtree = {t.i for t in head.subtree}
    if head.head.pos_ == "ADJ" and head.head.i == head.i + 1:
        subtree.add(head.i + 1)  # "L'armée malienne" parsed with the adjective as the head
    follow = doc[head.i + 1] if head.i + 1 < sent.end else None
    if head.pos_ == "NOUN" and follow is not None and follow.ent_iob_ == "B" and follow.i not in subtree:
        # "la région Pays de la Loire": a name right after its kind noun, hung elsewhere (md tags "Pays" ADJ
        # on the verb), is the noun's apposition all the same: the entity's span says where the name goes
        name_end = next((j for j in range(follow.i + 1, sent.end) if doc[j].ent_iob_ != "I"), sent.end)
        subtree |= set(range(follow.i, name_end))
    while end < sent.end and end in subtree and end not in stop and end - start < limit:
        t = doc[end]
        if t.is_punct or t.dep_ in ("conj", "cc", "appos", "parataxis") or t.lower_ in words.stop_words:
            break
        if t.lower_ in words.transparent_nouns:
            break  # "une réduction de son budget à hauteur de 15 %": the amount, not the phrase
        if head.pos_ == "PROPN" and head.ent_type_ in ("PER", "ORG") and not _in_name(doc, end):
            break  # "Antonio Guterres dans deux lettres…": a name ends where its words do
        if "Rel" in t.morph.get("PronType"):
            clause_end = max(c.i for c in t.head.subtree) + 1
            if (
                t.head.dep_ != "acl:relcl"
                or clause_end > min(start + limit + RELATIVE_EXTRA, sent.end)
                or any(i in stop for i in range(end, clause_end))
            ):
                break  # "les autres départements où la grève est suivie…": no relative clause cut in two
            end = clause_end  # "les 19 personnes qui ont péri", "les 75 districts que compte le pays"
            continue
        if t.dep_ == "mark" and is_finite_clause(t.head):
            break  # "morts mercredi après que leur véhicule a heurté…": another clause with its own subject
        nominal = t.dep_ == "nmod" and any(c.dep_ == "case" for c in t.children)  # "d'approvisionnement" tagged VERB
        infinitive = _infinitive_complement(t, head)  # "ont déclaré être insatisfaites du gouvernement"
        # "48 pays ayant participé au sommet": the auxiliary of a participle clause on the noun opens it
        clause = t.head if t.dep_.startswith("aux") and t.head.i > t.i else t
        if (
            t.pos_ in ("VERB", "AUX")
            and not nominal
            and not infinitive
            and (clause.dep_ not in ("acl", "amod") or "Fin" in t.morph.get("VerbForm"))
        ):
            break  # "le taux de grévistes grimpe": the phrase ends at its verb
        end += 1
    while (
        end - 1 > head.i
        and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "ADV")
        and not doc[end - 1].is_digit  # "l'indice CAC 40", its number tagged as a pronoun: a name's word
    ):
        end -= 1
    return start, end


def _infinitive_complement(token, head) -> bool:
    """Whether ``token`` is (or is the auxiliary of) the infinitive complement of the verb ``head``: "ont
    décidé de fermer l'usine", "ont déclaré être insatisfaites", "affirment avoir reçu des menaces" say what
    the verb does only with it, as "sont décédées dans l'incendie" does with its complement."""
    if head.pos_ != "VERB":
        return False
    complement = token.head if token.dep_ in ("cop", "aux:pass", "aux:tense") else token
    if complement.dep_ != "xcomp" or complement.head.i != head.i:
        return False
    return "Inf" in complement.morph.get("VerbForm") or any(
        c.dep_ in ("cop", "aux:pass", "aux:tense") and "Inf" in c.morph.get("VerbForm") for c in complement.children
    )


def determiner_gender(token) -> str | None:
    """The gender its determiner gives a noun ("la députée"), or None."""
    return next((c.morph.get("Gender")[0] for c in token.children if c.dep_ == "det" and c.morph.get("Gender")), None)


def is_finite_clause(verb) -> bool:
    """A verb conjugated itself or through its auxiliary ("a heurté"), not an infinitive or a participle alone."""
    return any(
        "Fin" in t.morph.get("VerbForm") for t in (verb, *(c for c in verb.children if c.dep_.startswith("aux")))
    )


def _in_name(doc, i: int) -> bool:
    """Whether token ``i`` continues a proper name: a name word, an adjective ("Parti socialiste") or a
    function word before one ("Banque de France", "Organisation mondiale de la Santé")."""
    t = doc[i]
    if t.pos_ in ("PROPN", "ADJ") or (t.ent_iob_ == "I"):
        return True
    if t.pos_ in ("ADP", "DET"):
        nxt = next((u for u in doc[i + 1 : i + 3] if u.pos_ not in ("ADP", "DET")), None)
        return nxt is not None and (nxt.pos_ == "PROPN" or nxt.ent_iob_ == "I")
    return False


def join(word: str, prep: str, det, text: str, words: AboutWords) -> str:
    """ "voix" + "de" + "le" + "Labour" → "voix du Labour"; "morts" + "de" + "l'" + "épidémie" → "morts de l'épidémie"."""
    if det is not None and (det.pos_ == "ADP" or contracted_article(det)):  # "des", "aux": its article joins "de"
        det_word = next((a for a, c in words.contractions.items() if c == det.lower_), "").split(" ")[-1]
        merged = words.contractions.get(f"{prep} {det_word}")
        return f"{word} {merged or prep} {text}"
    if det is not None:
        merged = words.contractions.get(f"{prep} {det.lower_}")
        if merged:
            return f"{word} {merged} {text}"
        glue = "" if det.text.endswith(("'", "’")) else " "
        return f"{word} {prep} {det.lower_ if det.is_sent_start else det.text}{glue}{text}"
    if prep.endswith("e") and text[:1] in VOWELS and prep[:-1] + "'" in words.complement_prepositions:
        return f"{word} {prep[:-1]}'{text}"
    return f"{word} {prep} {text}"


def has_definite_article(noun) -> bool:
    """ "le syndicat", "la direction", "l'institut": a determiner the morphology marks definite."""
    return any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in noun.children)


def definite(noun, words: AboutWords) -> str:
    """ "de" and the definite article ``noun`` takes, as written before it: "du ", "de la ", "de l'", "des "."""
    article = words.definite_articles
    if noun.lower_[:1] in VOWELS and "Plur" not in noun.morph.get("Number"):
        key = "elided"
    elif "Plur" in noun.morph.get("Number"):
        key = "Plur"
    else:
        key = "Fem" if "Fem" in noun.morph.get("Gender") else "Masc"
    det = article.get(key, "")
    merged = words.contractions.get(f"{words.owner_preposition} {det}")
    if merged:
        return f"{merged} "
    return f"{words.owner_preposition} {det}" + ("" if det.endswith("'") else " ")


def determiner(doc, start: int, sent):
    """The definite determiner right before a phrase, if any ("le", "l'", "les"), or the article a
    preposition contracts ("des" of "des services", read as "de les")."""
    if start - 1 >= sent.start and "Def" in doc[start - 1].morph.get("Definite"):
        if doc[start - 1].pos_ in ("DET", "ADP"):
            return doc[start - 1]
    if start - 1 >= sent.start and contracted_article(doc[start - 1]):
        return doc[start - 1]
    return None


def contracted_article(det) -> bool:
    """A plural article tagged indefinite that opens a noun's complement with no preposition of its own
    ("une envolée des prix du gaz", where a tagger reads "des" as "un"): French drops the indefinite "des"
    after "de" ("une envolée de prix"), so this one is "de" and "les" contracted."""
    noun = det.head
    return (
        det.pos_ == "DET"
        and det.dep_ == "det"
        and "Ind" in det.morph.get("Definite")
        and "Plur" in det.morph.get("Number")
        and noun.dep_ == "nmod"
        and noun.head.i < det.i
        and not any(c.dep_ == "case" for c in noun.children)
    )


def subject(verb, sent):
    """The verb's subject, else (for an infinitive or a participle) the subject of the verb it depends on."""
    non_finite = verb.morph.get("VerbForm") in (["Inf"], ["Part"]) and not any(
        c.dep_.startswith("aux") for c in verb.children
    )
    governor = None
    if non_finite:  # "pour s'établir à 153'260": the subject of the verb the clause hangs from
        governor = next(
            (a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJECTS for c in a.children)),
            None,
        )
    for node in (verb, governor):
        if node is None:
            continue
        subjects = [c for c in node.children if c.dep_ in SUBJECTS and sent.start <= c.i < sent.end]
        # "L'armée malienne a perdu…" parsed with the adjective as the subject and the noun under it
        subjects = [
            next((g for g in c.children if g.pos_ in NOUNS and g.i == c.i - 1), c) if c.pos_ == "ADJ" else c
            for c in subjects
        ]
        # "« ce déficit sera financé…" parsed with the quotation mark as the subject
        subjects = [
            next((g for g in c.children if g.pos_ in NOUNS and g.i > c.i), c) if c.is_quote else c for c in subjects
        ]
        nouns = [c for c in subjects if c.pos_ in NOUNS]
        if nouns:
            return _named(nouns[0])
        if subjects:
            return subjects[0]
        # "Il était de 363 euros": the small model takes a personal "il" for an impersonal one
        expletive = [c for c in node.children if c.dep_ == "expl:subj" and c.i < node.i and c.i >= sent.start]
        if expletive and expletive[0].i == sent.start:
            return expletive[0]
    return None


def _named(noun):
    """ "Autre indicateur, l'inflation sous-jacente, …": a subject without a definite article, set
    beside a definite noun between commas, is named by it."""
    if has_definite_article(noun):
        return noun
    for c in noun.children:
        if c.dep_ in ("appos", "conj") and c.pos_ == "NOUN" and c.i > noun.i and noun.doc[c.i - 1].pos_ != "CCONJ":
            det = [d for d in c.children if d.dep_ == "det" and "Def" in d.morph.get("Definite")]
            between = noun.doc[noun.i + 1 : (det[0].i if det else c.i)]
            if det and len(between) == 1 and between[0].text == ",":
                return c
    return noun


def antecedent(parsed: Parsed, pronoun, sent, words: AboutWords):
    """The noun subject before ``pronoun`` in its sentence or an earlier one of its paragraph that
    agrees with it in gender and number ("mars 1983, mois durant lequel elle s'élevait à 8,92 %")."""
    if pronoun.lower_ not in words.anaphoric_pronouns:
        return None  # "on", "cela": no antecedent to read
    doc = parsed.doc
    block = parsed.block_of(sent.start_char)
    gender, number = pronoun.morph.get("Gender"), pronoun.morph.get("Number")

    def agrees(t) -> bool:
        if t.lower_ in words.period_nouns:
            return False  # "Mardi l'Allemagne avait fait état …": a day the parse made the subject is nobody
        return (not gender or _gender(t) in ([], gender)) and (not number or t.morph.get("Number") in ([], number))

    first = sent.start
    for _ in range(3):
        if parsed.block_of(doc[first].idx) != block:
            return None
        end = pronoun.i if first == sent.start else doc[first].sent.end
        for i in range(end - 1, first - 1, -1):
            t = doc[i]
            if t.dep_ in SUBJECTS and t.pos_ == "NOUN" and agrees(t):
                return t
        opening = next((t for t in doc[first:end] if t.pos_ in NOUNS), None)
        if first != sent.start:  # the noun an earlier sentence opens with, when the parse gave it no role
            if opening is not None and opening.pos_ == "NOUN" and opening.dep_ == "ROOT" and agrees(opening):
                return opening
        elif opening is not None and opening.pos_ == "NOUN" and agrees(opening) and _topic(opening, words):
            return opening  # "Quant à l'indice des prix, il a progressé": the topic set before the pronoun
        if first == 0:
            return None
        first = doc[first - 1].sent.start
    return None


def _gender(noun) -> list[str]:
    """The gender a noun shows: its determiner's ("la hausse"), none behind an elided article ("l'indice",
    "l'inflation": the article hides it, and the model's guess for the noun alone is often wrong), else the
    model's."""
    said = determiner_gender(noun)
    if said:
        return [said]
    if any(c.dep_ == "det" and c.text.endswith(("'", "’")) for c in noun.children):
        return []
    return noun.morph.get("Gender")


def earlier_subject(parsed: Parsed, token, words: AboutWords):
    """The noun subject of the nearest earlier sentence of ``token``'s paragraph (at most three back),
    not itself a change: what "la hausse" of the next sentence is the rise of. The main clause's subject
    first, as what that sentence is about, and the noun its parse made the root where it gave the main verb
    no subject ("L'effectif de demandeurs d'emploi, qui inclut … les personnes en formation, a progressé…"
    is the count's, not the people's of the relative clause); else the first noun subject in it."""
    doc = parsed.doc
    block = parsed.block_of(token.sent.start_char)
    sent = token.sent
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if parsed.block_of(sent.start_char) != block:
            return None
        root = sent.root
        main = [c for c in root.children if c.dep_ in SUBJECTS] or ([root] if root.pos_ == "NOUN" else [])
        for t in [*main, *sent]:
            if t.dep_ in (*SUBJECTS, "ROOT") and t.pos_ == "NOUN" and t.lower_ not in words.change_heads:
                if t.dep_ == "ROOT" and t not in main:
                    continue
                return t
    return None


def _topic(noun, words: AboutWords) -> bool:
    """A noun set out as the topic before a clause: "Quant à l'indice, …", "Le prix, il …"."""
    cases = [c for c in noun.children if c.dep_ in ("case", "fixed") and c.i < noun.i]
    if not cases:
        return noun.dep_ in ("dislocated", "obl:mod", "ROOT") and noun.lower_ not in words.period_nouns
    return cases[0].lower_ in words.topic_markers


def resolve(parsed: Parsed, head, words: AboutWords):
    """An anaphoric head read from an earlier sentence of its paragraph: "il" → the subject that
    agrees with it; "ce taux" → the last "taux" written with its complements ("taux de grévistes")."""
    if head.pos_ == "PRON" and "Rel" in head.morph.get("PronType"):
        clause = head.head  # "les attentats qui ont fait 130 morts": the noun the clause modifies
        if not clause.dep_.startswith("acl"):
            return None, False
        noun = clause.head
        for _ in range(3):  # "les attentats du 13 novembre 2015, qui ont fait…": hung on the date
            if noun.pos_ in NOUNS and not noun.like_num and noun.lower_ not in words.period_nouns:
                break
            noun = noun.head
        if noun.pos_ not in NOUNS:
            return None, False
        while noun.dep_ == "conj" and noun.head.pos_ in NOUNS and noun.head.i < noun.i:
            noun = noun.head  # "des produits manufacturés et des services, qui ont progressé": the first of them
        return noun, True
    if head.pos_ == "PRON":
        return antecedent(parsed, head, head.sent, words), True
    det = [c for c in head.children if c.dep_ == "det" and "Dem" in c.morph.get("PronType")]
    if not det or any(c.dep_ in ("nmod", "amod", "acl") for c in head.children):
        return head, False
    doc = parsed.doc
    lemma = head.lemma_.lower()
    for i in range(head.i - 1, max(-1, head.i - 200), -1):
        t = doc[i]  # "ce déficit" → "un déficit budgétaire de 817 milliards", "ce taux" → "le taux de grévistes"
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and any(c.dep_ in ("nmod", "amod") for c in t.children):
            return t, True
    return head, False


def text(parsed: Parsed, span: tuple[int, int]) -> str:
    """The article's words of a phrase, on one line; a capital that only opened a sentence goes
    ("Depuis octobre" inside a phrase reads "depuis octobre"), a month's or a weekday's too whatever
    its tag: a calendar word is never a name ("Samedi, l'artillerie a tiré…", md tags Samedi PROPN)."""
    first = parsed.doc[span[0]]
    text = " ".join(parsed.span_text(parsed.doc[span[0] : span[1]]).split())
    before = parsed.doc[first.i - 1] if first.i > 0 else None
    opening = first.i == 0 or first.is_sent_start or (before.is_punct and before.is_sent_start)  # « "Depuis… »
    hyphenated = re.match(r"\w+-[A-ZÀ-Ý]", text)  # "Deux-Sèvres" is a name
    common = first.pos_ != "PROPN" or first.lower_ in lexicon(parsed.doc.lang_).actors.months
    if opening and common and text[:2].istitle() and len(first.text) > 1 and not hyphenated:
        text = text[0].lower() + text[1:]
    return text
