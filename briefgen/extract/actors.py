"""Actors: the people, organisations and countries an article names, one entry each."""

from __future__ import annotations

from ..brief import Actor
from ..nlp import Parsed
from .countries import country_of_name

LABELS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "country", "GPE": "country"}


def extract_actors(parsed: Parsed, *, lang: str = "fr") -> list[Actor]:
    actors: dict[str, Actor] = {}
    for ent in parsed.doc.ents:
        kind = LABELS.get(ent.label_)
        if kind is None:
            continue
        name = parsed.span_text(ent).strip(" '\u2019")
        if kind == "country":
            country = country_of_name(name, lang)
            if country is None:
                continue
            key, alias = country, (name if name != country else None)
            name = country
        else:
            key, alias = name, None
        actor = actors.get(key)
        if actor is None:
            # a surname alone joins the full name already seen ("Sybiga" → "Andriï Sybiga")
            actor = next(
                (a for a in actors.values() if a.type == kind and name in a.name.split() and kind == "person"),
                None,
            )
            if actor is not None:
                alias = name
        if actor is None:
            actor = actors[key] = Actor(name=name, type=kind, sentence=parsed.sentence(ent))
        if alias and alias not in actor.aliases:
            actor.aliases.append(alias)
        actor.mentions += 1
        actor.spans.append((ent.start, ent.end))
    return list(actors.values())
