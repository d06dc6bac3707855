"""Known organizations (organizations.yml): acronyms and their expansions, seats standing for a body."""

from __future__ import annotations

from functools import cache, lru_cache

from ...data import load_data
from ...textfold import fold


def _table(lang: str) -> dict:
    return load_data("organizations").get(lang) or {}


@cache
def known_acronyms(lang: str) -> dict[str, str]:
    """Known acronym, folded → its expansion, as the data file writes it ("otan" → "Organisation du traité…")."""
    return {fold(k): v for k, v in (_table(lang).get("acronyms") or {}).items()}


@cache
def _known_expansions(lang: str) -> tuple[str, ...]:
    return tuple(fold(v) for v in known_acronyms(lang).values())


@lru_cache(maxsize=16384)  # asked of every name of every article, each a scan of the whole table
def known_expansion(name: str, lang: str) -> bool:
    """ "Nations unies" is part of "Organisation des Nations unies": a known organization's name."""
    k = fold(name)
    return any(k == e or (" " in k and f" {k} " in f" {e} ") for e in _known_expansions(lang))


@cache
def seated(lang: str) -> dict[str, tuple[str, ...]]:
    """A seat city as written ("Bruxelles") → the folded names of the organizations seated there."""
    return {city: tuple(fold(s) for s in names) for city, names in (_table(lang).get("seats") or {}).items()}
