"""Reading a data file's section for one language: the helpers every lexicon section uses."""

from __future__ import annotations

from ..data import load_data


class UnsupportedLanguage(LookupError):
    """No reviewed word lists for this language: its extraction rules cannot run."""


def words_of(table: dict, key: str) -> frozenset[str]:
    """A data file's list, lower-cased: the words a rule compares token texts with."""
    return frozenset(str(w).lower() for w in table.get(key) or [])


def section(name: str, lang: str) -> dict:
    table = load_data(name)
    if lang not in table:
        raise UnsupportedLanguage(f"briefgen/data/{name}.yml has no '{lang}' section")
    return table[lang] or {}
