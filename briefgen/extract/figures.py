"""Key figures: numbers with what they count and how precise the article is about them."""

from __future__ import annotations

import re
from functools import lru_cache

from ..brief import Actor, Figure
from ..data import load_data
from ..nlp import Parsed

SCALES = {"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
          "billion": 1e9, "billions": 1e9, "mille": 1e3, "thousand": 1e3}
DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")


@lru_cache(maxsize=None)
def _qualifiers(lang: str) -> list[tuple[list[str], str]]:
    table = load_data("qualifiers").get(lang, {})
    pairs = [(phrase.lower().split(), kind) for kind, phrases in table.items() for phrase in phrases]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _number_value(tokens, lang: str) -> float | None:
    digits = [t.text for t in tokens if t.text[0].isdigit()]
    if digits:
        raw = "".join(digits)
        if len(digits) > 1 and not all(len(d) == 3 for d in digits[1:]):
            return None
        raw = raw.replace(",", ".") if lang == "fr" else raw.replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            return None
    else:
        from text_to_num import text2num

        words = " ".join(t.text.lower() for t in tokens if t.text.lower() not in SCALES or t.text.lower() == "mille")
        try:
            value = float(text2num(words, lang))
        except ValueError:
            return None
        return value
    for t in tokens:
        value *= SCALES.get(t.text.lower(), 1) if not t.text[0].isdigit() else 1
    return value


def extract_figures(parsed: Parsed, actors: list[Actor], *, lang: str = "fr") -> list[Figure]:
    doc = parsed.doc
    figures: list[Figure] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not (tok.like_num and (tok.text[0].isdigit() or tok.is_alpha)):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and (
            (doc[j].text.isdigit() and len(doc[j].text) == 3 and doc[j - 1].text[0].isdigit())
            or doc[j].text.lower() in SCALES
            or (doc[j].like_num and doc[j].is_alpha and tok.is_alpha)
        ):
            j += 1
        span = doc[i:j]
        i = j
        if tok.is_alpha and span[-1].text.lower() in ("un", "une", "one"):
            continue
        value = _number_value(span, lang)
        if value is None or (1900 <= value <= 2100 and len(span) == 1):
            continue
        end = span.end
        what = None
        if end < len(doc) and doc[end].text == "%":
            what, end = "%", end + 1
        else:
            k = end
            if k < len(doc) and doc[k].lower_ in ("de", "d'", "of") and span[-1].lower_ in SCALES:
                k += 1
            if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN"):
                what, end = doc[k].text, k + 1
        if what is None:
            continue
        qualifier, start = "exact", span.start
        words = [t.lower_ for t in doc[max(0, span.start - 4) : span.start]]
        for phrase, kind in _qualifiers(lang):
            if words[-len(phrase) :] == phrase:
                qualifier, start = kind, span.start - len(phrase)
                break
        text_span = doc[start:end]
        figures.append(
            Figure(
                value=int(value) if float(value).is_integer() else value,
                text=parsed.span_text(text_span),
                what=what,
                qualifier=qualifier,
                sentence=parsed.sentence(text_span),
                start=text_span.start_char,
            )
        )
    return figures
