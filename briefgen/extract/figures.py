"""Key figures: numbers with what they count, how precise the article is, and who claims them.

A figure is read in three steps over the tokens of one sentence: the number
itself (digits in French or English grouping, number words through text2num,
collective nouns like "une dizaine"), then its scale and unit ("1,5 million de",
"%", "€", "milliards d'euros"), then the noun it counts. Numbers that are dates,
years, times, ages, ranks or parts of names have no countable noun after them
or are excluded by the surrounding words listed in ``data/figures.yml``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..brief import Actor, Figure
from ..data import load_data
from ..nlp import Parsed
from .attribution import claimant, is_conditional

FR_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
EN_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
PLAIN = re.compile(r"^\d+(?:[.,]\d+)?$")
WITH_SUFFIX = re.compile(r"^(\d+(?:[.,]\d+)?)([a-zA-Z]{1,2})$")  # "1.2bn", "300m"
FUNCTION_POS = {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PUNCT", "ADV", "NUM", "PART"}
RANGE_LINKS = {"fr": {"à", "et", "-"}, "en": {"to", "and", "-"}}
RANGE_OPENERS = {"fr": {"de", "d'", "entre"}, "en": {"from", "between"}}


@dataclass
class _Number:
    value: float
    start: int  # token index where the number (or its currency sign) starts
    end: int  # token index after the number, scale and unit
    what: str | None = None
    qualifier: str | None = None
    text_start: int | None = None  # token index where the figure's text starts


@lru_cache(maxsize=None)
def _table(lang: str) -> dict:
    data = load_data("figures")
    table = dict(data.get(lang) or data["fr"])
    table["months"] = set(table["months"])
    table["not_counts"] = set(table["not_counts"])
    table["not_after"] = set(table["not_after"])
    table["vague"] = set(table["vague"])
    table["percent"] = sorted((p.split() for p in table["percent"]), key=len, reverse=True)
    quals = load_data("qualifiers").get(lang) or load_data("qualifiers")["fr"]
    table["qualifiers"] = sorted(
        ((phrase.lower(), kind) for kind, phrases in quals.items() for phrase in phrases),
        key=lambda p: -len(p[0]),
    )
    return table


def parse_digits(text: str, lang: str) -> float | None:
    """A number written in digits, in the article's conventions: "12 000" is joined before."""
    if lang == "fr" and FR_DOT_THOUSANDS.match(text):
        return float(text.replace(".", ""))
    if lang != "fr" and EN_COMMA_THOUSANDS.match(text):
        return float(text.replace(",", ""))
    if PLAIN.match(text):
        return float(text.replace(",", ".") if lang == "fr" else text)
    return None


def parse_words(words: str, lang: str) -> float | None:
    """Number words through text2num ("dix mille" → 10000); None when they are not one number."""
    from text_to_num import text2num

    try:
        return float(text2num(words, lang))
    except (ValueError, KeyError):
        return None


def _read_number(doc, i: int, end: int, lang: str, table: dict) -> _Number | None:
    """The bare number starting at token i (before its scale), or None."""
    tok = doc[i]
    text = tok.text
    start = i
    value = parse_digits(text, lang)
    if value is not None:
        j = i + 1
        # "12 000", "1 500 000": groups of three digits after a short head
        if len(text) <= 3 and text.isdigit():
            while j < end and len(doc[j].text) == 3 and doc[j].text.isdigit() and doc[j - 1].whitespace_ == " ":
                value = value * 1000 + float(doc[j].text)
                j += 1
        return _Number(value, start, j)
    suffixed = WITH_SUFFIX.match(text)
    if suffixed and suffixed.group(2).lower() in table["scales"]:
        value = parse_digits(suffixed.group(1), lang)
        if value is not None:
            return _Number(value * table["scales"][suffixed.group(2).lower()], start, i + 1)
    lower = tok.lower_
    if lower in table["collectives"]:
        text_start = i - 1 if i > 0 and doc[i - 1].lower_ in ("une", "un", "a") else i
        return _Number(float(table["collectives"][lower]), i, i + 1, qualifier="approx", text_start=text_start)
    if tok.is_alpha and tok.like_num and lower not in ("un", "une", "one", "a"):
        j = i
        while j < end and (
            (doc[j].is_alpha and doc[j].like_num and doc[j].lower_ not in table["scales"])
            or (doc[j].lower_ in ("et", "and") and j + 1 < end and doc[j + 1].lower_ in ("un", "une", "onze"))
            or doc[j].lower_ == "mille"
        ):
            j += 1
        value = parse_words(" ".join(t.lower_ for t in doc[i:j]), lang)
        if value is not None:
            return _Number(value, i, j)
    return None


def _unit_and_what(doc, number: _Number, end: int, table: dict) -> None:
    """Extend a number over its scale, percent sign or currency and the noun it counts."""
    j = number.end
    if j < end and doc[j].lower_ in table["scales"] and doc[j].lower_ not in ("m", "k"):
        number.value *= table["scales"][doc[j].lower_]
        j += 1
    for words in table["percent"]:
        if [t.lower_ for t in doc[j : j + len(words)]] == words:
            number.what, number.end = "%", j + len(words)
            return
    if number.start > 0 and doc[number.start - 1].text in table["units"]:
        number.what = table["units"][doc[number.start - 1].text]
        number.text_start = number.start - 1
    if j < end and doc[j].text in table["units"]:
        number.what, number.end = table["units"][doc[j].text], j + 1
        return
    if number.what:
        number.end = j
        return
    k = j
    if k < end and doc[k].lower_ in ("de", "d'", "of") and (k > number.end or number.qualifier):
        k += 1  # "1,5 million de munitions", "une dizaine de blessés"
    if k < end and doc[k].lower_ in table["currencies"]:
        number.what, number.end = table["currencies"][doc[k].lower_], k + 1
        return
    # the word after a number is the thing counted, whatever tag the small model gives it
    # ("200 chars" as ADJ, "mille réfugiés" as VERB), unless it is a function word
    if (
        k < end
        and doc[k].is_alpha
        and not doc[k].is_stop
        and doc[k].pos_ not in FUNCTION_POS
        and doc[k].lower_ not in table["not_counts"]
    ):
        what_end = k + 1
        # a complement that names the thing counted: "conteneurs de munitions"
        if (
            what_end + 1 < end
            and doc[what_end].lower_ in ("de", "d'")
            and doc[what_end + 1].pos_ == "NOUN"
            and doc[what_end + 1].lower_ not in table["not_counts"]
        ):
            what_end += 2
        number.what = doc[k:what_end].text
        number.end = what_end


def _qualifier(parsed: Parsed, sent, number: _Number, table: dict) -> None:
    """Read "près de", "plus de", "jusqu'à"… just before the number; the figure's text starts there."""
    if number.qualifier:
        return
    doc = parsed.doc
    start_tok = number.text_start if number.text_start is not None else number.start
    before = doc.text[sent.start_char : doc[start_tok].idx].rstrip()
    lowered = before.lower()
    for phrase, kind in table["qualifiers"]:
        if lowered.endswith(phrase) and (len(lowered) == len(phrase) or not lowered[-len(phrase) - 1].isalnum()):
            number.qualifier = kind
            cut = sent.start_char + len(before) - len(phrase)
            span = doc.char_span(cut, doc[start_tok].idx, alignment_mode="expand")
            number.text_start = span.start if span is not None and len(span) else start_tok
            return
    number.qualifier = "exact"


def _excluded(doc, number: _Number, sent_start: int, end: int, table: dict) -> bool:
    prev = doc[number.start - 1] if number.start > sent_start else None
    after = doc[number.end] if number.end < end else None
    if prev is not None and (prev.lower_ in table["months"] or prev.lower_ in table["not_after"]):
        return True
    if prev is not None and prev.text in ("-", "n°", "#") and not prev.whitespace_:
        return True  # "Covid-19"
    if number.what is None or number.what.lower() in table["not_counts"]:
        return True
    if after is not None and after.lower_ in table["months"]:
        return True
    if doc[number.start].like_url:
        return True
    return False


def _ranges(doc, numbers: list[_Number], lang: str) -> None:
    """"de six à trente milliards d'euros": both bounds take the scale and noun of the second."""
    for low, high in zip(numbers, numbers[1:]):
        between = doc[low.end : high.start]
        if len(between) != 1 or between[0].lower_ not in RANGE_LINKS.get(lang, RANGE_LINKS["fr"]):
            continue
        opener = doc[low.start - 1].lower_ if low.start > 0 else ""
        if opener not in RANGE_OPENERS.get(lang, RANGE_OPENERS["fr"]) or low.what is not None:
            continue
        if high.what is None:
            continue
        high_number_end = high.start + 1
        scale = 1.0
        for tok in doc[high_number_end : high.end]:
            scale *= _table(lang)["scales"].get(tok.lower_, 1)
        low.value *= scale if low.value < high.value / max(scale, 1) or scale > 1 else 1
        low.what, low.qualifier, low.end = high.what, "at_least", high.end
        low.text_start = low.start - 1
        high.qualifier = high.qualifier if high.qualifier not in (None, "exact") else "at_most"
        high.text_start = low.start - 1


def _salience(index: int, total: int, figure: Figure, block: int) -> float:
    """Headline numbers first: early in the article, in the lead, asserted, counting things."""
    position = 1.0 - index / max(total, 1)
    score = 0.45 * position
    score += 0.2 if block <= 1 else 0.0  # title or first paragraph
    score += 0.15 if not figure.hedged else 0.05
    score += 0.1 if figure.what not in (None, "%") else 0.05
    score += 0.1 * min(1.0, math.log10(max(abs(figure.value), 1)) / 6)
    return round(score, 3)


def extract_figures(parsed: Parsed, actors: list[Actor], *, lang: str = "fr") -> list[Figure]:
    doc = parsed.doc
    table = _table(lang)
    figures: list[Figure] = []
    seen: set[tuple[float, str]] = set()
    sentences = list(doc.sents)
    for sent in sentences:
        numbers: list[_Number] = []
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            if tok.lower_ in table["vague"] and i > sent.start and doc[i - 1].lower_ in ("des", "de", "d'"):
                i += 1
                continue
            number = _read_number(doc, i, sent.end, lang, table) if (tok.like_num or tok.text[:1].isdigit() or tok.lower_ in table["collectives"]) else None
            if number is None:
                i += 1
                continue
            _unit_and_what(doc, number, sent.end, table)
            numbers.append(number)
            i = max(number.end, i + 1)
        _ranges(doc, numbers, lang)
        source, by_attribution = claimant(sent, actors, lang)
        for number in numbers:
            if _excluded(doc, number, sent.start, sent.end, table) or not math.isfinite(number.value):
                continue
            _qualifier(parsed, sent, number, table)
            key = (number.value, (number.what or "").lower())
            if key in seen:
                continue
            seen.add(key)
            start = number.text_start if number.text_start is not None else number.start
            span = doc[start : number.end]
            value = number.value
            figure = Figure(
                value=int(value) if float(value).is_integer() else value,
                text=parsed.span_text(span).strip(),
                what=number.what,
                qualifier=number.qualifier or "exact",
                sentence=parsed.sentence(span),
                hedged=by_attribution or is_conditional(doc[number.start], lang),
                claimed_by=source.name if source else None,
                start=span.start_char,
            )
            figures.append(figure)
    for index, figure in enumerate(figures):
        figure.salience = _salience(index, len(figures), figure, parsed.block_of(figure.start))
    return figures
