"""Figures written as a reader writes them: "413 milliards €", "33,7 %", "12 000".

The brief stores the number as a JSON number (413000000000) and the unit as the article's word
("euros"); a table of figures should read like the article did. Babel (CLDR) knows each locale's
grouping, decimal mark and the long names of large numbers, so none of that is written here.
"""

from __future__ import annotations

from typing import Any

from babel.numbers import format_compact_decimal, format_decimal

from ..data import load_data

COMPACT_FROM = 1_000_000  # "1,5 million"; below it the digits read fine ("12 000")


def _symbols(lang: str) -> dict[str, str]:
    """The article's unit word → its sign ("euros" → "€"), from data/figures.yml's ``units``."""
    units = (load_data("figures").get(lang) or {}).get("units") or {}
    return {word: sign for sign, word in units.items() if sign != "US$"}


def figure_value(value: Any, what: str | None = None, lang: str = "fr") -> str:
    """The value with its unit sign when the unit has one ("33,7 %", "413 milliards €"); the bare
    number otherwise, the count noun (`what`) being shown beside it."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return str(value)
    locale = "fr_FR" if lang == "fr" else "en_US"
    number = None
    if abs(value) >= COMPACT_FROM:
        for digits in (0, 1, 2):  # compact only where it loses nothing: "1,25 million", not "1,3 million"
            compact = format_compact_decimal(value, format_type="long", locale=locale, fraction_digits=digits)
            scale = 10 ** (3 * ((len(str(int(abs(value)))) - 1) // 3))
            if round(value / scale, digits) * scale == value:
                number = compact
                break
    if number is None:
        number = format_decimal(value, locale=locale)
    number = number.replace(" ", "\u00a0")  # "413 milliards" never wraps between the two
    sign = _symbols(lang).get((what or "").lower())
    if not sign:
        return number
    if lang == "en" and sign != "%" and sign[0] not in "°":
        return f"{sign}{number}"
    return f"{number}\u202f{sign}" if lang == "fr" else f"{number}{sign}"
