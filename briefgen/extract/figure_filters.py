"""Whether a number of the text is a key figure at all (for extract/figures.py; what it counts is read in
extract/figure_reading.py).

- ``not_a_figure``: dates, years, clock times, ages, durations (unless they measure something named:
  "une trêve de quatre jours", "4 ans de prison", ``measures_a_noun``), ratios and their denominator
  ("un Français sur cinq"), list numbers and anaphora ("les deux pays");
- ``second_of_a_pair``: a score or a code ("3-1"); ``counted_year``: four digits after a qualifier of
  quantity are a count ("plus de 2000 ont manifesté"), not a year;
- ``in_name``: a number after a capitalised word belongs to a name ("France 2", "CAC 40"); ``in_url``: a
  number inside a web address.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .figure_reading import half_tokens, is_noun, number_word, words_before
from .numbers import Amount, Rules, qualifier_before

URL = re.compile(r"(?:https?://|www\.)|\w\.(?:com|org|net|fr|be|ch|ca|eu|int|gov|info|io)(?:/|$)", re.I)


def not_a_figure(doc, text: str, amount: Amount, span, what: str | None, end_tok: int, r: Rules, blocks) -> bool:
    """Dates, years, clock times, ages, durations, list numbers and anaphora are not key figures."""
    before = words_before(text, amount.start)
    months = r.words("date_words")
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    after_month = before and before[-1] in months and not amount.unit and float(amount.value).is_integer()
    if (nxt in months and not amount.unit) or after_month:
        return True  # "le 6 mars", "mai 2023"; not "en septembre 16,9 %", "3 % vendredi"
    if amount.plain_year and 1000 <= amount.value <= 2100:
        counted = span.end < len(doc) and doc[span.end].pos_ == "NOUN"
        if not counted or (before and before[-1] in r.words("year_words")):
            return True  # "la loi de 1905 reste", "en 2022 face à"
        if span.start >= 2 and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 2].pos_ == "DET":
            return True  # "le budget 2024 prévoit", "l'édition 2011 avait": a year names the noun's edition
    if denominator(doc, span, r):
        return True  # "un Français sur cinq", "six TGV sur dix": the whole a proportion is taken of
    if what is None:
        return amount.scale < 1e6  # "9 milliards" stands alone; "Boeing 737", "clade 2" count nothing
    if what.split()[0].lower() in r.words("occasion_nouns"):
        return True  # "à deux reprises", "trois fois plus"
    after = doc[end_tok : end_tok + 3]
    period = len(after) == 3 and after[2].lower_ in r.words("time_units")  # "0,9 % sur un an": over a year
    article = len(after) == 3 and after[1].lower_ in r.words("approx_articles") and is_noun(after[2])
    if len(after) >= 2 and after[0].lower_ in r.words("ratio_words") and after[1].like_num and not (period or article):
        return True  # "1 train sur 3": a ratio, not a count of trains; "130 emplois sur une société" is a count
    if amount.start in blocks and nxt in (".", ")"):
        return True  # "1. …" starts a list item
    lowered = what.lower()
    if lowered in r.words("time_units"):
        joined = " ".join(before)
        if lowered in r.words("age_units") and (
            any(joined.endswith(m) for m in r.words("age_markers")) or (before and before[-1] in (",", "("))
        ):
            return True  # "âgé de 45 ans", "Jean Dupont, 45 ans,"
        if before and before[-1] in r.words("clock_markers") and lowered.startswith(("heure", "hour", "h")):
            return True  # "à 8 heures"
        if amount.value < 100 and not measures_a_noun(doc, span, end_tok, r):
            return True  # "depuis trois ans", "six mois": a duration, not a key figure
    whole = len(before) >= 2 and before[-1] in r.words("whole_partitives") and number_word(before[-2], r)
    anaphoric = amount.value <= int(r.table.get("anaphoric_up_to") or 0)
    if amount.words and anaphoric and before and before[-1] in r.words("anaphoric_determiners") and not whole:
        return True  # "les deux pays"; not "les dix prévenus", nor "sept des huit prévenus" (a part of a whole)
    return False


def second_of_a_pair(text: str, amount: Amount) -> bool:
    """Digits joined by a hyphen to a short number before them ("3-1", "37-17") that make no range: a score or
    a code; not after a year, a dateline's separator ("15 mai 2017-17 personnes…")."""
    before = text[max(0, amount.start - 5) : amount.start]
    return not amount.words and bool(re.search(r"(?<!\d)\d{1,3}[-–]$", before))


def denominator(doc, span, r: Rules) -> bool:
    """The number after "sur" in a proportion ("un sur deux", "un Français sur cinq", "sept salariés sur dix"):
    a number, perhaps with the noun it counts, before the "sur"."""
    start = span.start
    if start < 2 or doc[start - 1].lower_ not in r.words("ratio_words"):
        return False
    return doc[start - 2].like_num or (start >= 3 and doc[start - 2].is_alpha and doc[start - 3].like_num)


def counted_year(text: str, amount: Amount, r: Rules) -> Amount:
    """Four digits after a qualifier of quantity are a count, not a year: "environ 1500 concerneront les
    collèges", "plus de 2000 ont manifesté" (not "jusqu'à 2030", "à partir de 2025", "autour de 2030")."""
    if not amount.plain_year:
        return amount
    _, length = qualifier_before(text[max(0, amount.start - 40) : amount.start], r.lang)
    phrase = text[amount.start - length : amount.start].strip().lower()
    if length and phrase in r.words("count_qualifiers"):
        return replace(amount, plain_year=False)
    return amount


def measures_a_noun(doc, span, end_tok: int, r: Rules) -> bool:
    """A duration that is the length of something named is a key figure: "une trêve de quatre jours",
    "un calendrier de cinq ans", "4 ans de prison" (the noun before its "de", or a sentence after it), a
    period someone set ("les 24 mois exigés par la Cédéao": a participle and its agent after it; "l'état
    d'urgence pour 30 jours"), the time given or needed ("15 jours pour déposer un recours", "il faudrait six
    mois", "a duré trois jours"), or the time since or before an event named after it ("seize mois après des
    élections", "trois jours avant le scrutin")."""
    noun = _measured_noun(doc, span.start, r)
    if noun is not None:
        return not noun.is_sent_start and noun.lemma_.lower() not in r.words("age_nouns")  # "un homme de 34 ans"
    gap = half_tokens(doc, span.end + 1, r)  # "deux ans et demi de prison"
    after = doc[span.end + 1 + gap : span.end + 3 + gap]
    if len(after) == 2 and "Part" in after[0].morph.get("VerbForm") and after[1].lower_ in r.words("agent_words"):
        return True  # "les 24 mois exigés par la Cédéao": a period set by someone, not "trois jours passés là"
    if len(after) == 2 and after[0].lower_ in r.words("elapsed_prepositions") and after[1].pos_ in ("DET", "NOUN"):
        return True  # "seize mois après des élections", "six ans après les attentats": the time since an event
    if (
        len(after) == 2
        and after[0].lower_ in r.words("set_period_prepositions")
        and "Inf" in after[1].morph.get("VerbForm")
    ):
        return True  # "les candidats ont 15 jours pour déposer un recours": the time given to do something
    k = span.start - 1
    while k > 0 and doc[k].pos_ == "ADV" and not doc[k].is_sent_start:
        k -= 1  # "il faudrait encore six mois"
    if k >= 0 and k < span.start and not doc[span.start].is_sent_start:
        word = doc[k]
        if word.lower_ in r.words("set_period_prepositions") and k == span.start - 1:
            return True  # "l'état d'urgence pour 30 jours", "suspendu pour six mois": a period set
        if word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in r.words("period_verbs"):
            return True  # "il faudrait encore six mois", "la grève a duré trois jours": the time a thing takes
    return (
        len(after) == 2
        and after[0].lower_ in r.words("complement_preps")
        and after[1].lower_ in r.words("sentence_nouns")
    )


def _measured_noun(doc, start: int, r: Rules):
    """The noun whose "de" a number follows, over the adjectives that qualify it: "une trêve de quatre
    jours", "un suivi socio-judiciaire de 10 ans", "une durée minimale de deux semaines"; None where
    the number follows no noun's "de"."""
    k = start - 1
    if k < 1 or doc[k].lower_ not in r.words("complement_preps"):
        return None
    k -= 1
    while k > 0 and doc[k].pos_ == "ADJ" and not doc[k].is_sent_start:
        k -= 1
    return doc[k] if doc[k].pos_ == "NOUN" else None


def in_url(text: str, start: int) -> bool:
    """Whether the whitespace-delimited chunk holding ``start`` is a web address."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(" ", start), text.find("\n", start)) if i != -1), default=len(text))
    return bool(URL.search(text, left, right))


def in_name(text: str, amount: Amount) -> bool:
    """A bare number right after a capitalised word is part of a name ("France 2", "CAC 40")."""
    if amount.unit or amount.scale != 1.0 or amount.words:
        return False
    before = re.search(r"(\w+) $", text[max(0, amount.start - 30) : amount.start])
    opening = re.search(r"(?:^|[.!?]\s+)\w+ $", text[max(0, amount.start - 30) : amount.start])
    return bool(before and before.group(1)[:1].isupper() and not opening)
