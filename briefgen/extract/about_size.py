"""The size a count gives the noun that holds it, for a figure's ``about`` (extract/about.py).

Some count nouns are counted for the size of something else: "une ville de 20 000 habitants" gives the
town's population, "un stade de 43 000 places" the stadium's capacity, "une société de 400 salariés"
the firm's workforce. A table of figures from many articles needs the holder ("population de la ville"),
not the bare noun ("habitants"), which says nothing of whose inhabitants they are. French writes the
holder in three ways, each read here:

- **complement**: "un stade de 43 000 places", "des classes à plus de 35 élèves": the noun the count
  complements with "de" or "à";
- **apposition**: "Marseille, 870 000 habitants, vote dimanche": the name the count stands beside;
- **having**: "Goma, qui compte 300 000 habitants", "les FARDC comptent 20 000 hommes": the subject of a
  verb of having (data/figures.yml ``having_verbs``), a relative pronoun read as its antecedent.

The count nouns and the dimension each gives are data/figures.yml ``size_dimensions``.
"""

from __future__ import annotations

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_context as cx
from . import about_nouns as nn
from . import phrases as ph
from .phrases import NOUNS, SUBJECTS


def size_holder(parsed: Parsed, number, counted, words: AboutWords):
    """The noun whose size ``counted`` gives, or None (the count is then counted for its own sake)."""
    if counted is None or counted.lower_ not in words.size_dimensions:
        return None
    doc = parsed.doc
    if counted.i + 1 < number.sent.end and doc[counted.i + 1].lower_ in words.partitive:
        return None  # "700 000 habitants de la grande couronne": the count says whose they are itself
    sent = number.sent
    i = nn.qualified(number) - 1
    if i - 1 < sent.start:
        return None
    before = doc[i]
    if before.lower_ in words.partitive | words.level_prepositions:  # "un stade de 43 000 places"
        j = i - 1
        while j > sent.start and doc[j].pos_ == "ADJ":
            j -= 1
        noun = doc[j]
        article = doc[j - 1]  # "un stade", "du stade" (the article a preposition contracts)
        determined = any(c.dep_ == "det" for c in noun.children) or article.pos_ == "DET"
        determined = determined or article.lower_ in words.contractions.values()
        if noun.pos_ == "NOUN" and determined and not _measures_itself(noun, words):
            return noun  # a noun without its article makes a locution with its verb: "faisait état de 25 soldats"
        return None
    name = doc[i - 1]
    if before.text == "," and (name.pos_ == "PROPN" or name.ent_type_) and _apposed(doc, counted, sent):
        return name  # "Marseille, 870 000 habitants, vote": the name, whatever the parse hung it on
    if _infinitive(before) in words.having_verbs:  # the count right after the verb is its object, however parsed
        subject = next((c for c in before.children if c.dep_ in SUBJECTS), None)
        if subject is None and before.dep_.startswith("acl") and before.head.i < before.i:
            subject = before.head  # "Les villes comptent 200 habitants", the verb read as the noun's modifier
        if subject is None:
            return None
        k = subject.i - 2 if subject.i - 1 >= sent.start and doc[subject.i - 1].is_punct else subject.i - 1
        relative = "Rel" in subject.morph.get("PronType")
        subject, _ = ph.resolve(parsed, subject, words)  # "Goma, qui compte…": the town
        if subject is None and relative:  # the clause hung elsewhere by the parse: the noun written before "qui"
            subject = doc[k] if k >= sent.start and doc[k].pos_ in NOUNS else None
        if subject is not None and subject.pos_ in NOUNS and subject.i < before.i:
            return subject
    return None


def _infinitive(token) -> str:
    """The infinitive of a verb of the first group, from its form when the small model lemmatises it as a noun
    ("compte" → "compter", "comptent" → "compter")."""
    lemma = token.lemma_.lower()
    if lemma.endswith(("er", "ir", "re", "oir")) or not token.is_alpha:
        return lemma
    form = token.lower_
    for ending in ("aient", "ait", "ent", "es", "e"):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[: -len(ending)] + "er"
    return lemma


def size_about(parsed: Parsed, holder, counted, stop: set[int], words: AboutWords) -> str | None:
    """ "population de Goma", "capacité du stade": the dimension of ``counted`` and the holder's phrase
    (its own article if definite, else the one its gender takes); the holder alone when its noun is
    that dimension already ("des effectifs de 30 élèves")."""
    doc = parsed.doc
    sent = holder.sent
    named = next((e for e in doc.ents if e.start <= holder.i < e.end), None) if holder.ent_type_ else None
    span = (
        (named.start, named.end)
        if named is not None
        else ph.phrase(doc, holder, sent, stop | {counted.i}, words, limit=6)
    )
    if span is None:
        return None
    end = min(span[1], counted.i - 1) if span[0] < counted.i else span[1]
    while end - 1 > holder.i and doc[end - 1].pos_ in ("ADP", "DET", "PUNCT", "NUM"):
        end -= 1
    if end <= span[0] or any(i in stop for i in range(span[0], end)):
        return None
    text = doc[span[0] : end].text if named is not None else ph.text(parsed, (span[0], end))
    dimension = words.size_dimensions[counted.lower_]
    own = ph.phrase(doc, counted, counted.sent, stop, words, limit=5)  # "20 000 hommes sur place", "au lycée"
    rest = f" {ph.text(parsed, (counted.i + 1, own[1]))}" if own and own[1] > counted.i + 1 else ""
    if own and any(doc[k].lower_ in words.locution_nouns for k in range(counted.i + 1, own[1])):
        rest = ""  # "sur place", "au total": a locution, no setting
    if holder.lemma_.lower() == dimension or holder.lower_.startswith(dimension):
        return text + rest
    det = ph.determiner(doc, span[0], sent)
    if det is not None or holder.pos_ == "PROPN" or named is not None:
        return ph.join(dimension, words.owner_preposition, det, text, words) + rest
    return f"{dimension} {ph.definite(holder, words)}{text}{rest}"


def _measures_itself(noun, words: AboutWords) -> bool:
    """A noun a count complements without being its holder: a change ("une hausse de 3 000 habitants"), an
    action ("l'embauche de 400 salariés"), an amount ("un total de 300 places") or a period ("l'an de 400…")."""
    return (
        noun.lower_ in words.change_heads
        or noun.lower_ in words.action_nouns
        or noun.lower_ in words.transparent_nouns
        or noun.lower_ in words.unit_nouns
        or cx.is_period(noun, words)
    )


def _apposed(doc, counted, sent) -> bool:
    """The count closes its apposition: a comma, a bracket or the sentence's end after the noun and its adjectives."""
    k = counted.i + 1
    while k < sent.end and doc[k].pos_ == "ADJ":
        k += 1
    return k >= sent.end or doc[k].is_punct
