"""Actors: the people, organisations and countries an article names, one entry each.

spaCy's small French model finds names but mislabels many (a capital as a
person, a title's "Affaires étrangères" as an organisation), so its entities
are only candidates: countries are resolved through ``countries`` (names,
capitals, seats of government), people are recognised by a title next to
them, an honorific, or the model's PER label; a name's later short forms
("Kallas", "Dr Tedros") and an organisation's acronym ("OMS") become aliases.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..brief import Actor
from ..data import load_data
from ..nlp import Parsed
from .countries import country_of_demonym, country_of_name

STOP_AT = {",", ";", ":", ".", "(", ")", "«", "»", '"', "?", "!"}


@lru_cache(maxsize=None)
def _titles(lang: str) -> dict[str, frozenset[str]]:
    table = load_data("titles").get(lang) or load_data("titles")["fr"]
    return {key: frozenset(v.lower() for v in values) for key, values in table.items()}


def _clean_name(parsed: Parsed, ent, honorifics) -> tuple[str, int, bool]:
    """The entity's name without a leading article or honorific; (name, first token, had honorific)."""
    start = ent.start
    honorific = False
    while start < ent.end - 1:
        tok = ent.doc[start]
        low = tok.lower_.rstrip(".")
        if tok.lower_ in ("l'", "le", "la", "les", "d'", "the") :
            start += 1
        elif low in honorifics or tok.lower_ in honorifics:
            start += 1
            honorific = True
            if start < ent.end and ent.doc[start].text == ".":
                start += 1
        else:
            break
    name = parsed.span_text(ent.doc[start : ent.end]).strip(" '\u2019-")
    return name, start, honorific


def _role_after(doc, end: int, titles) -> tuple[int, int] | None:
    """"Name, [le] ministre ukrainien des Affaires étrangères, …" → token range of the role."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if doc[i].lower_ in ("le", "la", "l'", "un", "une", "the", "a", "an"):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in titles:
        return None
    j = i
    while j < len(doc) and doc[j].text not in STOP_AT and doc[j].pos_ not in ("VERB", "AUX") and "\n" not in doc[j].text:
        j += 1
    return (i, j) if j > i else None


def _role_before(doc, start: int, sent_start: int, titles) -> tuple[int, int] | None:
    """"le président ukrainien Volodymyr Zelensky", "la chef de la politique étrangère de l'UE, Kaja Kallas"."""
    end = start
    if end - 1 >= sent_start and doc[end - 1].text == ",":
        end -= 1
    i = end - 1
    while i >= sent_start and i >= end - 14:
        tok = doc[i]
        if tok.text in STOP_AT or tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lower_ in titles and (i == sent_start or doc[i - 1].pos_ in ("DET", "ADP") or doc[i - 1].lower_ in titles or doc[i - 1].text in (",", ":")):
            first = i - 1 if i > sent_start and doc[i - 1].lower_ in titles else i
            return (first, end) if end > first else None
        i -= 1
    return None


def _country_of_role(doc, start: int, end: int, lang: str) -> str | None:
    for tok in doc[start:end]:
        country = country_of_demonym(tok.text, lang) or (country_of_name(tok.text, lang) if tok.pos_ == "PROPN" else None)
        if country:
            return country
    return None


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper() or len(w) > 3).upper()


def _whole_name(doc, ent):
    """Extend a name over hyphenated parts the model left out ("Kim Jong" + "-un")."""
    end = ent.end
    while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text.startswith("-") or doc[end - 1].text.endswith("-")):
        end += 1
    return ent if end == ent.end else doc[ent.start : end]


def _candidates(doc, titles):
    """The model's entities, plus capitalised runs it missed that carry a title.

    Capitals rather than PROPN tags: at the start of a paragraph the small model
    tags names as nouns or even prepositions ("Keir Starmer, premier ministre…").
    """
    taken: set[int] = set()
    found = []
    for ent in doc.ents:
        span = _whole_name(doc, ent)
        span.label_ = ent.label_
        found.append(span)
        taken.update(range(span.start, span.end))
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in taken and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_stop:
            j += 1
        if j - i >= 2 and (_role_after(doc, j, titles) or _role_before(doc, i, doc[i].sent.start, titles)):
            span = _whole_name(doc, doc[i:j])
            found.append(span)
            taken.update(range(span.start, span.end))
        i = max(j, i + 1)
    return sorted(found, key=lambda s: s.start)


def extract_actors(parsed: Parsed, *, lang: str = "fr") -> list[Actor]:
    doc = parsed.doc
    titles = _titles(lang)
    actors: list[Actor] = []
    by_key: dict[tuple[str, str], Actor] = {}
    role_tokens: set[int] = set()

    def add(kind: str, name: str, span: tuple[int, int], sentence: str, alias: str | None = None) -> Actor:
        key = (kind, name.lower())
        actor = by_key.get(key)
        if actor is None:
            actor = Actor(name=name, type=kind, sentence=sentence)
            by_key[key] = actor
            actors.append(actor)
        if alias and alias != actor.name and alias not in actor.aliases:
            actor.aliases.append(alias)
        actor.mentions += 1
        actor.spans.append(span)
        return actor

    for ent in _candidates(doc, titles["titles"]):
        name, start, honorific = _clean_name(parsed, ent, titles["honorifics"])
        if not name or not any(c.isalpha() for c in name) or len(name) < 2:
            continue
        if ent.start in role_tokens and name.lower() in titles["portfolios"]:
            continue  # "Affaires étrangères" in "ministre … des Affaires étrangères" is part of the role
        if doc[start].lower_ in titles["titles"] and (
            ent.label_ == "ORG" or not any(t.text[:1].isupper() for t in doc[start + 1 : ent.end])
        ):
            continue  # "la ministre française des Affaires étrangères", "président kényan": roles without a name
        span = (start, ent.end)
        sentence = parsed.sentence(ent)
        country = country_of_name(name, lang)
        if country:
            add("country", country, span, sentence, alias=name if name != country else None)
            continue
        sent = ent.sent
        after = _role_after(doc, ent.end, titles["titles"])
        before = _role_before(doc, ent.start, sent.start, titles["titles"])
        role_span = after or before
        label = ent.label_
        if label in ("PER", "PERSON") or honorific or (label in ("MISC", "LOC", "") and role_span):
            kind = "person"
        elif label in ("ORG",):
            kind = "organization"
        else:
            continue  # places that are not countries, events, works: not actors
        if kind == "person":
            known = next(
                (a for a in actors if a.type == "person" and set(name.split()) <= set(a.name.split())),
                None,
            )
            if known is not None:
                add("person", known.name, span, sentence, alias=name if name != known.name else None)
                continue
            longer = next(
                (a for a in actors if a.type == "person" and set(a.name.split()) < set(name.split())),
                None,
            )
            if longer is not None:  # a short form came first: the full name takes over
                longer.aliases.append(longer.name)
                longer.name = name
                actor = add("person", name, span, sentence)
                continue
        else:
            match = next(
                (a for a in actors if a.type == "organization" and (_acronym(a.name) == name or _acronym(name) == a.name)),
                None,
            )
            if match is not None:
                add("organization", match.name, span, sentence, alias=name)
                continue
        actor = add(kind, name, span, sentence)
        if role_span and actor.role is None and kind == "person":
            actor.role = parsed.span_text(doc[role_span[0] : role_span[1]]).strip()
            actor.country = _country_of_role(doc, *role_span, lang)
            role_tokens.update(range(*role_span))
    return actors
