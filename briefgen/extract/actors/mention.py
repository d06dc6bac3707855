"""The mention: one stretch of the article that names an actor, and what the passes learnt about it."""

from __future__ import annotations

from dataclasses import dataclass

from ...textfold import fold

STOP_PUNCT = {",", ";", ":", ".", "!", "?", "«", "»", '"', "“", "”", "—", "–"}


@dataclass
class Mention:
    start: int  # token range of the whole mention (honorific included)
    end: int
    text: str  # the article's own characters, honorific included
    name: str  # the name proper
    kind: str  # person | organization | country
    rule: str  # the row of data/rules.yml (family "actors") that made it an actor
    # the identity this mention groups by, folded: a country's usual name, an organization's full name
    # (a known acronym's expansion), a government body's phrase with its country; None for people
    # (grouped by their name words) and until grouping sets it
    key: str | None = None
    country: str | None = None
    role: str | None = None
    agentive: bool = True
    capital: bool = False  # a capital or seat standing for its country
    body: bool = False  # a government body named by a common-noun phrase
    role_span: tuple[int, int] | None = None
    affiliation: bool = False  # a party or constituency in brackets after a person: part of the role
    same_as: Mention | None = None  # "le renseignement sud-coréen, connu sous le nom de KCIA": that name


def is_acronym(text: str) -> bool:
    letters = text.replace("-", "").replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def initials(name: str, connectives: frozenset[str]) -> str:
    """ "Organisation mondiale de la santé" → "OMS": first letters of the words that are not connectives,
    without their accents ("Union étudiante de Grenoble" → "UEG")."""
    words = [w for w in name.replace("'", "' ").replace("-", " ").split() if w.lower() not in connectives]
    return fold("".join(w[0] for w in words)).upper()


def name_words(name: str) -> list[str]:
    return fold(name).split()
