"""Who: the holder, agent and source a figure's ``about`` names, and its sentence's context
(extract/about.py). Split from about_context.py, which reads where and when.

- **holder**: who a value introduced by "avec" belongs to ("Alassane Ouattara réélu avec 94,27 %");
- **agent**: the named person the figure's clause is about ("François Fillon a été condamné à cinq ans");
- **source**: the named body whose verb of saying or estimating gives the figure ("La Commission a
  estimé que…", "…, estiment les syndicats"), never a person and never a "selon";
- **sentence context**: for a short ``about``, the subject of the sentence's main clause and the people,
  bodies and places it names; a label before a colon ("Chômage : 7,4 %").
"""

from __future__ import annotations

import re

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_nouns as nn
from . import countries
from . import phrases as ph
from . import verb_forms as vf
from .about_context import is_period
from .phrases import NOUNS, SUBJECTS

CONTEXT_ENTITIES = ("PER", "ORG", "LOC", "GPE")  # the model's people, organisations and places


def holder(parsed: Parsed, number, words: AboutWords) -> str | None:
    """Who a value introduced by "avec" belongs to: the nearest person or organisation named before it
    in its sentence ("Alassane Ouattara réélu avec 94,27 % des voix", "l'ancien président Henri Konan
    Bédié termine 3e avec 1,66 %"), read linearly because such sentences often parse badly."""
    doc = parsed.doc
    sent = number.sent
    before = nn.qualified(number) - 1
    if before < sent.start or doc[before].lower_ not in words.owning_prepositions:
        return None
    names = [e for e in sent.ents if e.label_ in ("PER", "ORG") and e.end <= before]  # the sentence's own
    if not names:
        return None
    return parsed.span_text(names[-1])


def named_agent(parsed: Parsed, number, words: AboutWords) -> str | None:
    """The person the figure's clause is about: the named subject of the verb that governs it ("François
    Fillon a été condamné à cinq ans de prison", "Kylian Mbappé a marqué 12 buts"), a figure of theirs.
    Not a speaker's or an estimator's figure ("X a annoncé 10 milliards"): that one is a source."""
    sent = number.sent
    verb = ph.verb_of(number.root, sent)
    if verb is None:
        return None
    lexical = vf.lexical(verb, words)
    if lexical.lemma_.lower() in words.source_verbs or verb.lemma_.lower() in words.source_verbs:
        return None
    subject = ph.subject(verb, sent)
    if subject is None and verb.dep_ == "acl":
        # "L'ex-Premier ministre François Fillon condamné à cinq ans de prison": the participle's noun, or
        # the name in apposition to it
        subject = next((t for t in (verb.head, *verb.head.children) if t.ent_type_ == "PER" and t.i < verb.i), None)
    if subject is None or subject.ent_type_ != "PER":
        return None
    entity = next((e for e in sent.ents if e.start <= subject.i < e.end and e.label_ == "PER"), None)
    return parsed.span_text(entity) if entity is not None else None


def sentence_context(parsed: Parsed, number, text: str, stop: set[int], words: AboutWords) -> str | None:
    """Who and where a short ``about`` leaves out: the subject of the sentence's main clause and the people,
    organisations and places the sentence names, in its order, each only if most of its words are new ("personnes
    tuées" in "Un bombardement de la Russie sur Kiev a tué 14 personnes" → "bombardement de la Russie sur
    Kiev"). A figure taken out of its article needs them; a long phrase has said them already."""
    doc, sent = parsed.doc, number.sent
    taken = set(range(number.start, number.end)) | stop
    spans = []
    for subject in sent.root.children:
        if (
            subject.dep_ in SUBJECTS
            and subject.pos_ in NOUNS
            and subject.i not in taken
            and not is_period(subject, words)
        ):
            span = ph.phrase(doc, subject, sent, taken, words, limit=6)
            if span and span[1] < len(doc) and doc[span[1]].pos_ == "SCONJ" and span[1] - span[0] > 1:
                span = (span[0], span[1] - 1)  # "Une étude montre que …": the verb the parse read as a noun
            # "Ses statistiques confirmaient…" with the verb read as an adjective of the subject, "les départements
            # où la grève est suivie": who or what is named ends before the verb or the relative clause
            cut = (
                next(
                    (
                        j
                        for j in range(subject.i + 1, span[1])
                        if j == sent.root.i or "Rel" in doc[j].morph.get("PronType")
                    ),
                    None,
                )
                if span
                else None
            )
            if cut is not None:
                span = (span[0], cut) if cut > span[0] else None
            if span:
                spans.append(span)
    for ent in sent.ents:
        inside = any(a <= ent.start and ent.end <= b for a, b in spans)
        if _anothers(ent, number, stop, words):
            continue
        if (
            ent.label_ in CONTEXT_ENTITIES
            and not inside
            and not any(i in taken for i in range(ent.start, ent.end))
            and not (len(ent) == 1 and is_period(ent[0], words))
            and not all(t.lower_ in words.unit_nouns or (len(t) == 1 and t.text.isupper()) for t in ent)
        ):  # "Jeudi", "FCFA", "F CFA": a day or a currency the model read as a name
            spans.append((ent.start, ent.end))
    have = set(re.findall(r"\w+", text.casefold()))
    pieces = []
    for span in sorted(spans):
        piece = ph.text(parsed, span).strip(" ,;:")
        content = [w for w in re.findall(r"\w+", piece.casefold()) if w not in words.function_words]
        if len(content) < 2 and not any(w[:1].isupper() for w in piece.split()):
            continue  # "le pays", "les secours": a bare common noun says no more than the figure
        if content and 2 * sum(w not in have for w in content) > len(content):  # mostly new words
            pieces.append(piece)
            have |= set(content)
    return ", ".join(pieces[: words.context_pieces]) or None  # a context, not a list of every département


def _anothers(ent, number, stop: set[int], words: AboutWords) -> bool:
    """A name that is another figure's: the subject of a gapped clause, right before its number ("25,3 %
    des voix, le Rassemblement national 30,1 %"), or in the purpose of another amount ("300 milliards pour
    la transition et 90 milliards pour l'Ukraine": Ukraine is what the 90 are for), its phrase hanging,
    through "pour", on a noun another number counts. A place after coordinated counts is theirs alike
    ("12 morts et 30 blessés à Gaza")."""
    if ent.start >= number.end and any(k in stop for k in (ent.end, ent.end + 1)):
        return True
    root = ent.root
    if root.head.i == root.i or not any(
        c.dep_ == "case" and c.lower_ in words.purpose_prepositions for c in root.children
    ):
        return False
    counts = [c for c in root.head.children if c.dep_ == "nummod"]
    return bool(counts) and not any(number.start <= c.i < number.end for c in counts)


def names_country(text: str, piece: str, lang: str) -> bool:
    """Whether ``text`` already says ``piece`` (a place or a title's kicker): as written, or, when the
    piece is a country, by its name or its demonym ("soldats de l'armée malienne" says "au Mali")."""

    def folded(x: str) -> str:
        return x.casefold().replace("’", "'")

    if folded(piece) in folded(text):
        return True
    name = piece.split(" ", 1)
    place = countries.lookup(piece, lang) or (countries.lookup(name[1], lang) if len(name) == 2 else None)
    if place is None or place.kind != "name":
        return False
    return folded(place.country) in folded(text) or any(
        countries.country_of_demonym(w, lang) == place.country for w in re.findall(r"[\w-]+", text)
    )


def shares_words(piece: str, text: str) -> bool:
    """Whether ``piece`` repeats a capitalised word or a long word of ``text`` ("selon l'Insee" after "… de l'Insee")."""
    mine = {w.casefold() for w in piece.replace("'", " ").split()[1:] if len(w) > 3 or w[:1].isupper()}
    return bool(mine & {w.casefold() for w in text.replace("'", " ").split()})


def source(parsed: Parsed, number, stop: set[int], words: AboutWords) -> str | None:
    """Who gives the figure, as "selon …": the named subject of a verb of saying or estimating that the
    figure depends on ("La Commission a estimé que 100 personnes…", "…, estiment les syndicats"). Sources
    that disagree make a figure's source part of what it is: the unions' strike rate is not the ministry's.
    A "selon" phrase is left alone: it mostly credits a routine count ("selon le dernier bilan")."""
    doc = parsed.doc
    sent = number.sent
    incises = [  # "…ont fait grève, estiment les syndicats": an inverted verb of saying after the figure
        c
        for c in sent.root.children
        if c.dep_ in ("conj", "parataxis") and c.i > number.start and doc[c.i - 1].text == ","
    ]
    for verb in [*number.root.ancestors, *incises]:
        lemma = verb.lemma_.lower()
        locution = any(
            c.dep_ in ("obj", "xcomp") and c.lower_ in words.source_locutions.get(lemma, ()) for c in verb.children
        )
        if verb.pos_ != "VERB" or (lemma not in words.source_verbs and not locution):
            continue  # "le bilan faisait état de 25 soldats tués": "faire état" says like "indiquer"
        speakers = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in NOUNS]
        if not speakers and verb.i > number.start:  # "…, estiment les syndicats": the subject after the verb
            speakers = [c for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "nsubj") and c.pos_ in NOUNS]
        if not speakers and verb.dep_ == "acl" and verb.head.pos_ in NOUNS and verb.head.i < verb.i:
            speakers = [verb.head]  # "Le bilan … faisait état de…" parsed with the verb under its subject
        if not speakers:
            return None
        speaker = speakers[0]
        if speaker.ent_type_ == "PER" or any(c.ent_type_ == "PER" for c in speaker.children):
            return None  # a person's word is a reaction; a body's figure is a source
        span = ph.phrase(doc, speaker, sent, stop, words, limit=words.source_tokens)
        if span is None:
            return None
        start = min([span[0], *(c.i for c in speaker.children if c.dep_ == "det" and c.i < speaker.i)])
        return f"{words.source_word} {ph.text(parsed, (start, span[1]))}"
    return None


def repeats(piece: str, text: str, words: AboutWords) -> bool:
    """Whether every content word of ``piece`` is already in ``text`` ("par une envolée des prix du gaz"
    after "hausse des prix du gaz" adds only "envolée")."""
    mine = [w for w in re.findall(r"\w+", piece.casefold()) if w not in words.function_words]
    have = set(re.findall(r"\w+", text.casefold()))
    return sum(w not in have for w in mine) <= len(mine) // 3


def after_colon(doc, number) -> bool:
    """Whether the figure opens what a colon introduces ("… : « 300 morts", "… : 2,5 millions d'euros")."""
    i = nn.qualified(number) - 1
    while i > number.sent.start and doc[i].is_quote:
        i -= 1
    return i > number.sent.start and doc[i].text == ":"


def before_colon(parsed: Parsed, number, stop: set[int], words: AboutWords) -> tuple[str, bool] | None:
    """The noun phrase a colon introduces the figure with ("le lourd bilan des derniers affrontements : « plus
    de 300 morts", "l'effort demandé par l'État : 2,5 millions d'euros"): the leftmost noun whose phrase ends
    at the colon, read linearly up to ``predicate_tokens`` words; for a noun that only carries an amount
    ("bilan", "total") its complement alone. The text and whether it is such a complement; None when the
    figure does not follow a colon."""
    doc = parsed.doc
    sent = number.sent
    i = nn.qualified(number) - 1
    while i > sent.start and doc[i].is_quote:
        i -= 1
    if i <= sent.start or doc[i].text != ":":
        return None
    colon = i
    for t in doc[sent.start : colon]:
        # the phrase, not the copula or the subject (with its own words) the parse hangs on a predicate noun
        aside = {x.i for c in t.children if c.dep_ in ("cop", "nsubj", "mark", "cc") for x in c.subtree}
        words_of = [x.i for x in t.subtree if not x.is_punct and x.i < colon and x.i not in aside]
        if t.pos_ != "NOUN" or t.i in stop or max(words_of) != colon - 1 or any(j in stop for j in words_of):
            continue
        if any(c.dep_ == "case" for c in t.children):
            continue  # "… par l'État :" is a complement of the phrase, not its head
        clause = any(  # a noun phrase, not a clause: "Le plus gros problème, …, est l'effort demandé…"
            x.text == "," or (x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm"))
            for x in doc[min(words_of) : colon]
        )
        if clause:
            continue
        transparent = t.lower_ in words.transparent_nouns
        start = t.i + 1 if transparent else min(words_of)
        while not transparent and start < t.i and doc[start].pos_ in ("DET", "ADP"):
            start += 1  # "l'effort demandé" → "effort demandé"
        end = min(colon, start + words.predicate_tokens)
        while end > start + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
            end -= 1
        if end <= start or (transparent and doc[start].lower_ not in words.partitive):
            return None
        return ph.text(parsed, (start, end)), transparent
    return None
