"""Countries: their names, capitals, seats of government and demonyms, in the article's language.

Names come from CLDR through babel (the short names newspapers print: "Corée du
Sud", not ISO's "Corée, République de") with pycountry's ISO 3166 names as
extra spellings. Neither library knows capitals, seats of government or
demonyms, so those come from reviewed data files (countries.yml, demonyms.yml).
"""

from __future__ import annotations

import gettext
from functools import cache
from typing import NamedTuple

import pycountry
from babel import Locale, UnknownLocaleError

from ..data import load_data
from ..textfold import fold


def _territories(lang: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


@cache
def _usual(lang: str) -> dict[str, str]:
    """ISO alpha-2 code → the name a newspaper in ``lang`` prints."""
    cldr = _territories(lang)
    overrides = load_data("countries").get(lang, {}).get("names") or {}
    translate = _iso_translation(lang)
    return {
        c.alpha_2: overrides.get(c.alpha_2) or cldr.get(c.alpha_2) or translate(c.name) for c in pycountry.countries
    }


def _iso_translation(lang: str):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:
        return str


class Place(NamedTuple):
    """What a phrase names: a country (its usual name) and how — by its name, its capital or its seat."""

    country: str
    kind: str  # name | capital | seat

    @property
    def is_city(self) -> bool:
        return self.kind != "name"


@cache
def _table(lang: str) -> dict[str, Place]:
    """Lookup key → (the country's usual name in ``lang``, what the phrase is: name | capital | seat)."""
    translate = _iso_translation(lang)
    cldr = _territories(lang)
    usual = _usual(lang)
    table: dict[str, Place] = {}
    for country in pycountry.countries:
        name = usual[country.alpha_2]
        spellings = {translate(country.name), translate(getattr(country, "common_name", country.name))}
        spellings.add(cldr.get(country.alpha_2, name))
        for spelling in spellings:
            table.setdefault(fold(spelling), Place(name, "name"))
        table[fold(name)] = Place(name, "name")
    extra = load_data("countries").get(lang, {})
    for kind, field in (("name", "aliases"), ("capital", "capitals"), ("seat", "seats")):
        for code, phrases in (extra.get(field) or {}).items():
            for phrase in phrases:
                table[fold(phrase)] = Place(usual[code], kind)
    return table


def country_of_name(name: str, lang: str = "fr") -> str | None:
    """The country a name, a capital or a government seat stands for, or None."""
    found = _table(lang).get(fold(name))
    return found.country if found else None


def lookup(name: str, lang: str = "fr") -> Place | None:
    """The country a name, capital or seat stands for, and which of the three it is."""
    return _table(lang).get(fold(name))


def lookup_folded(phrase: str, lang: str = "fr") -> Place | None:
    """``lookup`` for a phrase already passed through ``fold``."""
    return _table(lang).get(phrase)


@cache
def first_words(lang: str) -> frozenset[str]:
    """First words of every phrase of the table: most tokens can be skipped at once."""
    return frozenset(k.split()[0] for k in _table(lang) if k)


@cache
def longest_name(lang: str) -> int:
    """Number of words in the longest phrase of the table, to bound the search."""
    return max(len(k.split()) for k in _table(lang))


def _inflections(masculine: str) -> set[str]:
    """Regular French adjective forms: -ien/-éen → -ienne/-éenne, -e stays, else +e; plurals in -s."""
    if masculine.endswith("e"):
        feminine = masculine
    elif masculine.endswith("en"):
        feminine = masculine + "ne"
    else:
        feminine = masculine + "e"
    forms = {masculine, feminine, feminine + "s"}
    forms.add(masculine if masculine.endswith(("s", "x")) else masculine + "s")
    return forms


@cache
def _demonyms(lang: str) -> dict[str, str]:
    usual = _usual(lang)
    out: dict[str, str] = {}
    for code, words in (load_data("demonyms").get(lang) or {}).items():
        for word in words:
            for form in _inflections(word) if lang == "fr" else {word}:
                out[fold(form)] = usual[code]
    return out


@cache
def _regional(lang: str) -> frozenset[str]:
    words = (load_data("demonyms").get("regional") or {}).get(lang) or []
    return frozenset(
        fold(form) for word in words for form in (_inflections(word) if lang == "fr" else {word, word + "s"})
    )


def is_regional_demonym(word: str, lang: str = "fr") -> bool:
    """ "Européens", "Occidentaux": peoples of a region, not of a country."""
    return fold(word) in _regional(lang)


def country_of_demonym(word: str, lang: str = "fr") -> str | None:
    """The country a demonym adjective names ("sud-coréenne" → Corée du Sud), or None."""
    return _demonyms(lang).get(fold(word))


@cache
def _regions(lang: str) -> frozenset[str]:
    """Continents and world regions (CLDR's numeric territory codes): places, not actors."""
    return frozenset(fold(name) for code, name in _territories(lang).items() if code.isdigit())


def is_region(name: str, lang: str = "fr") -> bool:
    return fold(name) in _regions(lang)
