"""Country names and their capitals, from pycountry's ISO 3166 translations plus reviewed data."""

from __future__ import annotations

import gettext
import unicodedata
from functools import lru_cache

import pycountry

from ..data import load_data


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=None)
def _names(lang: str) -> dict[str, str]:
    """Lookup key → the country's usual name in ``lang``."""
    translate = _translate(lang)
    extra = load_data("countries").get(lang, {})
    by_code: dict[str, str] = {}
    table: dict[str, str] = {}
    for country in pycountry.countries:
        official = translate(country.name)
        common = extra.get("names", {}).get(country.alpha_2, official)
        by_code[country.alpha_2] = common
        for name in {official, common, translate(getattr(country, "common_name", country.name))}:
            table[_key(name)] = common
    for code, aliases in (extra.get("aliases") or {}).items():
        for alias in aliases:
            table[_key(alias)] = by_code[code]
    return table


def country_of_name(name: str, lang: str = "fr") -> str | None:
    """The country a name, a capital or a government seat stands for, or None."""
    return _names(lang).get(_key(name))


def _inflections(word: str) -> set[str]:
    """Feminine and plural forms of a French demonym: ukrainien → ukrainienne(s), russe → russes."""
    forms = {word, word + "s"}
    if word.endswith(("ien", "een")):
        forms |= {word + "ne", word + "nes"}
    elif word.endswith("ais") or word.endswith("ois"):
        forms |= {word + "e", word + "es"}
    elif not word.endswith("e"):
        forms |= {word + "e", word + "es"}
    return forms


@lru_cache(maxsize=None)
def _demonyms(lang: str) -> dict[str, str]:
    names = {code: name for code, name in _code_names(lang).items()}
    table: dict[str, str] = {}
    for word, code in (load_data("demonyms").get(lang) or {}).items():
        for form in _inflections(_key(word)):
            table[form] = names[code]
    return table


@lru_cache(maxsize=None)
def _code_names(lang: str) -> dict[str, str]:
    names = _names(lang)
    return {c.alpha_2: names[_key(_translate(lang)(c.name))] for c in pycountry.countries}


@lru_cache(maxsize=None)
def _translate(lang: str):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:
        return str


def country_of_demonym(word: str, lang: str = "fr") -> str | None:
    """ "ukrainien", "sud-coréenne", "britanniques" → the country's name, or None."""
    return _demonyms(lang).get(_key(word))
