"""Numbers as written: digits, number words, scales, signs and the qualifiers around them.

Pure functions over the normalised text (plain spaces, ' apostrophes), testable without a
model: the tokeniser splits "12 000" and glues "1.2bn", so numbers are read with regular
expressions compiled once per language from data/figures.yml and data/qualifiers.yml.

- digits: "12 000", "90.000" and "153'260" group thousands; "1,5" is a decimal in French;
  a dot before one or two digits makes a label ("l'article 49.3"), not a decimal;
- number words through text2num: "dix mille", "vingt et un" ("dix et quinze" is two);
- collective nouns: "une dizaine" is 10, "une centaine de morts" 100 (approx);
- scales and units after the number: "1,5 million", "300 M€", "12 %", "45 pour cent";
- qualifiers: "près de", "jusqu'à" before the number, "au moins" after what it counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..data import load_data


@dataclass(frozen=True)
class Amount:
    """A number as written: its place in the text, its value and what its signs say."""

    start: int
    end: int
    value: float
    unit: str | None = None  # from a currency sign or "%": "euros", "%"
    scale: float = 1.0  # the multiplier written after it ("milliards"), 1 when none
    words: bool = False  # written in words ("trente")
    approx: bool = False  # "une dizaine"
    plain_year: bool = False  # four digits, no separator: may be a year


@dataclass(frozen=True)
class Rules:
    lang: str
    table: dict[str, Any]
    pattern: re.Pattern
    word_sets: dict[str, frozenset[str]]

    def words(self, key: str) -> frozenset[str]:
        return self.word_sets.get(key, frozenset())


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def rules(lang: str) -> Rules:
    """The language's number grammar, compiled once from data/figures.yml."""
    all_tables = load_data("figures")
    table = all_tables.get(lang) or all_tables["fr"]
    num_words = alternation(table["number_words"])
    joiners = alternation(table["number_joiners"])
    # "vingt et un", and in the 1990 spelling "vingt-et-un", "soixante-et-onze"
    words = rf"(?:{num_words})(?:(?:[\s-]+|[\s-]+(?:{joiners})[\s-]+)(?:{num_words}))*"
    digits = r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)*"
    if table.get("apostrophe_groups_thousands"):
        digits = r"\d{1,3}(?:'\d{3})+(?![\d'])|" + digits  # Swiss "153'260"
    currency = alternation(u for u in table["units"] if u != "%")
    percent = alternation(table["percent_words"])
    scales = alternation(table["scales"])
    approx = alternation(table["approx_nouns"])
    # a unit symbol may be glued to its number ("9kg de cocaïne", "10km"): the number ends there all the same
    glued = alternation(table.get("unit_symbols") or []) or "(?!)"
    half = alternation(table.get("half_words") or []) or "(?!)"
    # a cheap first-character test lets the engine skip most positions at once
    articles = table["approx_articles"]
    sizes = alternation(table.get("approx_sizes") or []) or "(?!)"  # "une bonne dizaine", "une petite centaine"
    firsts = {w[0].lower() for w in [*table["number_words"], *table["units"], *articles]}
    first = "".join(sorted(re.escape(c) + re.escape(c.upper()) for c in firsts))
    pattern = re.compile(
        rf"(?=[\d+\-\u2212{first}])(?<![\w.,:/])(?:(?<=\d-)|(?<!-))(?:(?P<cur1>{currency}) ?)?(?P<sign>[-+\u2212](?=\d)|(?<=\()[-+\u2212] (?=\d))?"
        rf"(?:(?P<approx>\b(?:{alternation(articles)})\s+(?:(?:{sizes})\s+)?(?P<noun>{approx})(?:\s+(?:de|d'|of)\s+(?P<nscale>{scales}))?)"
        rf"|(?P<dig>{digits})|(?P<words>{words}))"
        rf"(?:\s?(?P<scale>{scales})(?!\w)(?:\s+(?P<half>{half})(?!\w))?)?"
        rf"(?:\s?(?P<cur2>{currency}|{percent}))?(?!(?!(?-i:{glued})(?!\w))[\w\d]|[.,:]\d)",
        re.I,
    )
    word_sets = {k: frozenset(str(w).lower() for w in v) for k, v in table.items() if isinstance(v, (list, dict))}
    return Rules(lang, table, pattern, word_sets)


def parse_digits(text: str, lang: str) -> float | None:
    """The value of digits as written in ``lang``: "12 000", "90.000" (fr), "1,5" (fr), "1,200.5" (en);
    "14,000" (fr) is fourteen thousand as English-style copy writes it, no one's decimal."""
    table = rules(lang).table
    raw = text.replace(" ", "").replace("'", "")
    decimal = table["decimal_mark"]
    group = "." if decimal == "," else ","
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+(?:{re.escape(decimal)}\d+)?", raw):
        if group == "," or table.get("dot_groups_thousands"):
            raw = raw.replace(group, "")
    elif group in raw:
        return None  # "49.3" in French is a label (an article of law, a version), not a decimal
    elif table.get("zero_groups_after_decimal_mark") and re.fullmatch(rf"\d{{1,3}}(?:{re.escape(decimal)}000)+", raw):
        raw = raw.replace(decimal, "")  # "14,000 ha" copied from English: fourteen thousand
    raw = raw.replace(decimal, ".")
    try:
        return float(raw)
    except ValueError:
        return None


def parse_words(text: str, lang: str) -> float | None:
    """The value of a number in words ("dix mille", "vingt et un"), through text2num."""
    from text_to_num import text2num

    try:
        return float(text2num(text.lower(), lang))
    except ValueError:
        return None


def _word_amounts(rules_: Rules, text: str, start: int) -> list[tuple[int, int, float]]:
    """Split a run of number words into the longest phrases text2num reads ("dix et quinze" is two)."""
    pieces = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\s-]+", text)]
    out = []
    i = 0
    while i < len(pieces):
        best = None
        for j in range(len(pieces), i, -1):
            phrase = text[pieces[i][0] - start : pieces[j - 1][1] - start]
            value = parse_words(phrase, rules_.lang)
            if value is not None:
                best = (j, value)
                break
        if best is None:
            i += 1
            continue
        j, value = best
        out.append((pieces[i][0], pieces[j - 1][1], value))
        i = j
    return out


@cache
def _counting_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    r = rules(lang)
    after = alternation(r.words("counting_article_after"))
    change = alternation(r.words("change_nouns") | r.words("value_verb_forms"))
    return (
        re.compile(rf"\s+(?:{after})(?!\w)", re.I),
        re.compile(rf"(?:{change})\s+(?:{alternation(r.words('complement_preps'))})\s*$", re.I),
    )


def _counting_article(r: Rules, text: str, m: re.Match) -> bool:
    """ "un"/"une" is a count, not an article, in a sentence ("un an de prison ferme") and as the size of a
    change in points ("en recul d'un point", "a progressé d'un point")."""
    if not r.words("counting_article_after"):
        return False
    sentence, change = _counting_patterns(r.lang)
    follows = sentence.match(text, m.end())
    if follows is None:
        return False
    if follows.group(0).strip().lower().startswith(tuple(r.words("point_words"))):
        return bool(change.search(text, max(0, m.start() - 30), m.start()))
    return True


@cache
def _half_after_noun(lang: str) -> re.Pattern:
    half = alternation(rules(lang).table.get("half_words") or []) or "(?!)"
    return re.compile(rf"\s+[^\W\d]+\s+(?:{half})(?!\w)", re.I)


def _half(text: str, end: int, r: Rules) -> float:
    """0.5 where the noun a number counts is followed by "et demi(e)": "trois ans et demi", "une heure et demie"."""
    return 0.5 if _half_after_noun(r.lang).match(text, end) else 0.0


def find_amounts(text: str, lang: str = "fr") -> list[Amount]:
    """Every number written in ``text`` (normalised: plain spaces, ' apostrophes), with its signs."""
    r = rules(lang)
    units = r.table["units"]
    scales = {k.lower(): float(v) for k, v in r.table["scales"].items()}
    currency_only = r.words("currency_only_scales")
    percent_words = {w.lower() for w in r.table["percent_words"]}
    amounts: list[Amount] = []
    for m in r.pattern.finditer(text):
        cur = m.group("cur1") or m.group("cur2")
        unit = None
        if cur and cur.lower() in percent_words and cur.isalpha() and not cur.islower():
            cur = None  # "3 PC portables": a written percent word is lower case
        if cur:
            unit = "%" if cur.lower() in percent_words else units.get(cur) or units.get(cur.upper())
        scale_word = (m.group("scale") or "").lower()
        end = m.end() if cur or not m.group("cur2") else len(text[: m.start("cur2")].rstrip())
        if scale_word in currency_only and not unit:
            scale_word = ""
            end = m.end("dig") if m.group("dig") else m.end("words") if m.group("words") else m.end("approx")
        scale = scales.get(scale_word, 1.0)
        half = 0.5 if m.group("half") and scale_word else 0.0  # "deux millions et demi", "un milliard et demi"
        sign = -1.0 if (m.group("sign") or "").strip() in ("-", "\u2212") else 1.0
        if m.group("approx"):
            noun = m.group("noun").lower()
            value = float(r.table["approx_nouns"][noun]) * scales.get((m.group("nscale") or "").lower(), 1.0)
            amounts.append(Amount(m.start(), end, (value + half) * scale, unit, scale, words=True, approx=True))
        elif m.group("dig"):
            value = parse_digits(m.group("dig"), lang)
            if value is None and (scale != 1.0 or unit) and re.fullmatch(r"\d+\.\d+", m.group("dig")):
                # "3170.4 milliards", "94.27 %", "3.5 $": a scale or a unit after it makes the dot a decimal
                value = float(m.group("dig"))
            if value is None:
                continue
            plain_year = bool(re.fullmatch(r"\d{4}", m.group("dig"))) and not unit and scale == 1.0
            if not half and not unit and scale == 1.0 and float(value).is_integer():
                half = _half(text, end, r)
            amounts.append(Amount(m.start(), end, sign * (value + half) * scale, unit, scale, plain_year=plain_year))
        else:
            counting = _counting_article(r, text, m)
            if m.group("words").lower() in ("un", "une", "one", "a") and scale == 1.0 and not counting:
                continue  # an article, the commonest match by far
            if re.match(r"-[A-ZÀ-Ý]", text[end : end + 2]):
                continue  # "Deux-Sèvres", "Trois-Rivières": a name
            pieces = _word_amounts(r, m.group("words"), m.start("words"))
            if not half and not unit and scale == 1.0:
                half = _half(text, end, r)
            for k, (p_start, p_end, value) in enumerate(pieces):
                last = k == len(pieces) - 1
                lone_article = text[p_start:p_end].lower() in ("un", "une", "one", "a")
                if lone_article and not (last and (scale != 1.0 or counting)):
                    continue
                amounts.append(
                    Amount(
                        m.start() if k == 0 else p_start,
                        end if last else p_end,
                        (value + half) * scale if last else value,
                        unit if last else None,
                        scale if last else 1.0,
                        words=True,
                    )
                )
    return amounts


@cache
def _qualifier_pattern(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    """Qualifier phrases (data/qualifiers.yml) that end just before a number, longest first."""
    table = load_data("qualifiers").get(lang) or {}
    kinds: dict[str, str] = {}
    for kind, phrases in table.items():
        for phrase in phrases:
            phrase = phrase.lower()
            kinds[phrase] = kind
            if phrase.endswith(" de"):
                kinds[phrase[:-1] + "'"] = kind  # "près d'un million"
    phrases = alternation(kinds)
    return re.compile(rf"(?:^|(?<=[\s(«\"']))({phrases})\s*$", re.I), kinds


@cache
def _after_pattern(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    table = (load_data("qualifiers").get("after") or {}).get(lang) or {}
    kinds = {phrase.lower(): kind for kind, phrases in table.items() for phrase in phrases}
    # "130 morts et plus de 1.300 blessés": "et plus" opens the next figure's qualifier
    return re.compile(rf"^\s*({alternation(kinds) or '(?!)'})(?!\w)(?!\s*(?:de|d'|than|of)\s*\d)", re.I), kinds


def qualifier_after(text: str, lang: str = "fr") -> tuple[str, int]:
    """The qualifier that ``text`` starts with ("au moins" in "12 000 soldats au moins"), and its length."""
    pattern, kinds = _after_pattern(lang)
    m = pattern.match(text[:30])
    if not m:
        return "exact", 0
    return kinds[m.group(1).lower()], len(m.group(0))


def qualifier_before(text: str, lang: str = "fr") -> tuple[str, int]:
    """The qualifier that ``text`` ends with, and its length ("exact", 0 when none)."""
    pattern, kinds = _qualifier_pattern(lang)
    m = pattern.search(text[-40:])
    if not m:
        return "exact", 0
    return kinds[m.group(1).lower()], len(m.group(0))
