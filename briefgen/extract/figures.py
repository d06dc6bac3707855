"""Key figures: numbers with what they count and how precise the article is about them.

Numbers are found with regular expressions over the normalised text (``find_amounts``,
pure and testable without a model), because the tokeniser splits "12 000" and glues
"1.2bn"; the parse then says what each number counts, whether the article asserts it,
and whether it is a figure at all (dates, years, clock times, ages, durations, numbers
in names and anaphoric "les deux pays" are not).

Choices worth knowing:
- a number must count something (a noun after it, a currency or "%"): a bare number
  ("Boeing 737", "clade 2", "le bilan est de 140") is dropped, unless it is in
  millions or more ("Paris 2024 a coûté 9 milliards": ``what`` is null);
- in French a dot before one or two digits makes a label ("l'article 49.3"), not a decimal;
- vague quantities ("des milliers de soldats", "plusieurs dizaines") are dropped: they
  state no number; "une dizaine" is 10, approx;
- a range ("de six à trente milliards d'euros", "entre 10 et 15 %") gives two figures,
  at_least and at_most, sharing the scale and the unit of the upper bound; after a
  verb of change ("passer de 5 % à 7 %") the two are exact;
- the same fact (value and what) is kept once per article: its first mention, which
  is the most prominent one; paragraphs apart, the same value about something else is
  another fact ("0,1 point" for Vaud's rate, then for Fribourg's);
- a bare number is kept where it is the value of a change or a level ("s'est accru de
  3823 pour s'établir à 153'260"), a measure named before it ("magnitude 7,4"), the
  other side of a tally ("142 voix contre 52") or a part or restatement of the value
  before it ("1.700 postes, dont 1.000 en France", "…, soit plus de 2 600");
- a duration is a key figure when it is the length of something named ("une trêve de
  quatre jours", "un calendrier de cinq ans", not "un homme de 34 ans") or a sentence
  ("4 ans de prison");
- a number right after a capitalised word is part of a name ("France 2", "CAC 40") and
  a number word joined to one by a hyphen too ("Deux-Sèvres").

Every figure says how its number was read (``rule``: digits, number words, collective,
range bound, change, value of change, named measure, tally, restated value, carried unit,
large number alone) and what it is about (``about`` and ``about_rule``, extract/about.py); the
confidences are in data/rules.yml, families ``figures`` and ``figure about``
(``briefgen.extract.rules.table("figures")`` prints them). Decisions are logged at DEBUG.
"""

from __future__ import annotations

import logging
import math
import re
from functools import cache

from ..brief import Actor, Figure
from ..lexicon import lexicon
from ..nlp import Parsed
from .about import figure_about, restated_about
from .about_context import article_place, article_topic
from .numbers import Amount, Rules, alternation, find_amounts, qualifier_after, qualifier_before, rules

URL = re.compile(r"(?:https?://|www\.)|\w\.(?:com|org|net|fr|be|ch|ca|eu|int|gov|info|io)(?:/|$)", re.I)
log = logging.getLogger(__name__)
CLOSING_QUOTES = {"»", "”", '"'}
CLAUSE_END = {",", ";", ":", "(", ")", "«", "»", '"', "-", "—", "–"}

# ---------------------------------------------------------------- reading the parse


def _what(doc, i: int, amount: Amount, r: Rules) -> tuple[str | None, int]:
    """What the number counts (the noun after it, with a bare "de" complement), and the token after."""
    if amount.unit:
        return amount.unit, i
    preps = r.words("complement_preps")
    if i + 1 < len(doc) and doc[i].is_quote and doc[i].text in CLOSING_QUOTES and not doc[i + 1].is_sent_start:
        i += 1  # "« entre 10.000 et 15.000 » agriculteurs": the quotation closes before the noun
    complement = i < len(doc) and doc[i].lower_ in preps and (amount.scale != 1.0 or amount.approx)
    if complement:
        i += 1
    skipped = 0
    while (
        i + 1 < len(doc)
        and doc[i].pos_ == "ADJ"
        and skipped < 2
        and not doc[i].is_sent_start
        and (_is_noun(doc[i + 1]) or doc[i + 1].pos_ == "ADJ")
    ):
        i, skipped = i + 1, skipped + 1
    if i >= len(doc) or doc[i].is_sent_start or not _is_noun(doc[i]):
        # the small model tags many counted nouns as adjectives or participles ("600 chars", "20 blessés")
        j = i - skipped
        if j >= len(doc) or doc[j].is_sent_start or not (doc[j].is_alpha and doc[j].is_lower):
            return None, i
        if not (doc[j].pos_ == "ADJ" or "Part" in doc[j].morph.get("VerbForm")):
            return None, i
        if amount.scale != 1.0 and not complement:
            return None, i  # "1 300 milliards réclamés": the participle says what happened to them
        i = j
    head, k = doc[i], i + 1
    what = head.text
    if (
        k + 1 < len(doc)
        and doc[k].lower_ in preps
        and _is_noun(doc[k + 1])
        and doc[k + 1].head.i == head.i
        and not doc[k + 1].is_sent_start
    ):
        what, k = f"{what} {doc[k].text}{'' if doc[k].text.endswith(chr(39)) else ' '}{doc[k + 1].text}", k + 2
    return what, k


def _is_noun(token) -> bool:
    return token.is_alpha and (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower))


def _words_after(text: str, end: int) -> set[str]:
    return set(re.findall(r"\w+", text[end : end + 20].lower())[:1])


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    return re.findall(r"[\w']+|[^\w\s]", text[max(0, start - 40) : start].lower())[-n:]


def _not_a_figure(doc, text: str, amount: Amount, span, what: str | None, end_tok: int, r: Rules, blocks) -> bool:
    """Dates, years, clock times, ages, durations, list numbers and anaphora are not key figures."""
    before = _words_before(text, amount.start)
    months = r.words("date_words")
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    after_month = before and before[-1] in months and not amount.unit and float(amount.value).is_integer()
    if (nxt in months and not amount.unit) or after_month:
        return True  # "le 6 mars", "mai 2023"; not "en septembre 16,9 %", "3 % vendredi"
    if amount.plain_year and 1000 <= amount.value <= 2100:
        counted = span.end < len(doc) and doc[span.end].pos_ == "NOUN"
        if not counted or (before and before[-1] in r.words("year_words")):
            return True  # "la loi de 1905 reste", "en 2022 face à"
    if what is None:
        return amount.scale < 1e6  # "9 milliards" stands alone; "Boeing 737", "clade 2" count nothing
    if what.split()[0].lower() in r.words("occasion_nouns"):
        return True  # "à deux reprises", "trois fois plus"
    after = doc[end_tok : end_tok + 3]
    period = len(after) == 3 and after[2].lower_ in r.words("time_units")  # "0,9 % sur un an": over a year
    if len(after) >= 2 and after[0].lower_ in r.words("ratio_words") and after[1].like_num and not period:
        return True  # "1 train sur 3": a ratio, not a count of trains
    if amount.start in blocks and nxt in (".", ")"):
        return True  # "1. …" starts a list item
    lowered = what.lower()
    if lowered in r.words("time_units"):
        joined = " ".join(before)
        if lowered in r.words("age_units") and (
            any(joined.endswith(m) for m in r.words("age_markers")) or (before and before[-1] in (",", "("))
        ):
            return True  # "âgé de 45 ans", "Jean Dupont, 45 ans,"
        if before and before[-1] in r.words("clock_markers") and lowered.startswith(("heure", "hour")):
            return True  # "à 8 heures"
        if amount.value < 100 and not _measures_a_noun(doc, span, end_tok, r):
            return True  # "depuis trois ans", "six mois": a duration, not a key figure
    if amount.words and before and before[-1] in r.words("anaphoric_determiners"):
        return True  # "les deux pays"
    return False


def _measures_a_noun(doc, span, end_tok: int, r: Rules) -> bool:
    """A duration that is the length of something named is a key figure: "une trêve de quatre jours",
    "un calendrier de cinq ans", "4 ans de prison" (the noun before its "de", or a sentence after it)."""
    before = doc[span.start - 2 : span.start] if span.start >= 2 else []
    if len(before) == 2 and before[1].lower_ in r.words("complement_preps") and before[0].pos_ == "NOUN":
        return not before[0].is_sent_start and before[0].lemma_.lower() not in r.words(
            "age_nouns"
        )  # "un homme de 34 ans"
    after = doc[span.end + 1 : span.end + 3]
    return (
        len(after) == 2
        and after[0].lower_ in r.words("complement_preps")
        and after[1].lower_ in r.words("sentence_nouns")
    )


def _mood_conditional(token, r: Rules) -> bool:
    """Whether the verb governing ``token`` (or its auxiliary) is in the conditional."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            break
        node = node.head
    candidates = [node] + [c for c in node.children if c.dep_.startswith(("aux", "cop"))]
    if node.dep_ in ("xcomp", "ccomp") and node.head.pos_ in ("VERB", "AUX"):
        head = node.head
        candidates += [head] + [c for c in head.children if c.dep_.startswith(("aux", "cop"))]
    return any(_is_conditional(t, r) for t in candidates)


def _is_conditional(token, r: Rules) -> bool:
    """The model's Mood=Cnd, else the form itself: the small model often tags "coûteraient" indicative.

    A French conditional is the future stem plus an imperfect ending: the infinitive
    ("coûter-aient", "prendr-ait") or an irregular stem ("pourr-ait") from the data;
    English hedges with a modal ("would", "could").
    """
    if "Cnd" in token.morph.get("Mood"):
        return True
    word = token.lower_
    if word in r.words("conditional_modals"):
        return True
    if token.pos_ not in ("VERB", "AUX"):
        return False
    for ending in r.words("conditional_endings"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            lemma = token.lemma_.lower()
            return stem == (lemma[:-1] if lemma.endswith("re") else lemma) or stem in r.words("conditional_stems")
    return False


@cache
def _attribution_pattern(lang: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'])(?:{alternation(rules(lang).words('attribution'))})(?!\w)", re.I)


def _attribution(parsed: Parsed, sent, r: Rules, actor_at: dict[int, str]) -> tuple[bool, str | None]:
    """Whether the sentence credits its facts to someone ("selon", "d'après"), and to whom.

    The one credited is the first actor named after the phrase in its clause, else
    the first run of proper nouns there.
    """
    m = _attribution_pattern(r.lang).search(sent.text)
    if not m:
        return False, None
    doc = parsed.doc
    after = sent.start_char + m.end()
    first_propn = None
    i = next((t.i for t in sent if t.idx >= after), sent.end)
    while i < sent.end and doc[i].text not in CLAUSE_END and doc[i].text != ".":
        if i in actor_at:
            return True, actor_at[i]
        if first_propn is None and doc[i].pos_ == "PROPN":
            first_propn = i
        i += 1
    if first_propn is None:
        return True, None
    end = first_propn
    while end < i and doc[end].pos_ == "PROPN":
        end += 1
    return True, parsed.span_text(doc[first_propn:end])


def _salience(
    start: int, length: int, block: int, value: float, what: str | None, hedged: bool, qualifier: str
) -> float:
    """A simple 0..1 score for the brief page: early, in the lead, large, named, asserted, precise.

    0.35 for position in the article (linear), 0.2 in the title or lead paragraph,
    0.15 for magnitude (log scale, a million or more scores full), 0.1 when it says
    what it counts, 0.1 when the article asserts it, 0.1 when it is exact.
    """
    position = 1.0 - start / max(length, 1)
    magnitude = min(1.0, math.log10(abs(value) + 1) / 6)
    score = (
        0.35 * position
        + 0.2 * (block <= 1)
        + 0.15 * magnitude
        + 0.1 * (what is not None)
        + 0.1 * (not hedged)
        + 0.1 * (qualifier == "exact")
    )
    return round(min(1.0, score), 3)


def _closes_range(text: str, first: Amount, second: Amount, r: Rules) -> bool:
    """Whether ``second`` closes a range opened by ``first`` ("de 6 à 30", "entre 10 et 15").

    "et" makes a range only after "entre": "10 morts et 15 blessés" is two facts.
    """
    link = r.table["range_links"].get(text[first.end : second.start].strip().lower())
    if first.value >= second.value and first.scale == 1.0 and second.scale == 1.0:
        return False  # "l'article 12 à deux reprises": a range rises
    if link == "and":
        return bool(set(_words_before(text, first.start, 1)) & r.words("between_words"))
    return link == "to"


def _in_url(text: str, start: int) -> bool:
    """Whether the whitespace-delimited chunk holding ``start`` is a web address."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(" ", start), text.find("\n", start)) if i != -1), default=len(text))
    return bool(URL.search(text, left, right))


def sent_start(span) -> int:
    return span.sent.start_char


def _in_name(text: str, amount: Amount) -> bool:
    """A bare number right after a capitalised word is part of a name ("France 2", "CAC 40")."""
    if amount.unit or amount.scale != 1.0 or amount.words:
        return False
    before = re.search(r"(\w+) $", text[max(0, amount.start - 30) : amount.start])
    opening = re.search(r"(?:^|[.!?]\s+)\w+ $", text[max(0, amount.start - 30) : amount.start])
    return bool(before and before.group(1)[:1].isupper() and not opening)


def _is_change(sent, r: Rules) -> bool:
    return any(t.lemma_.lower() in r.words("change_verbs") for t in sent if t.pos_ == "VERB")


def extract_figures(parsed: Parsed, actors: list[Actor], *, lang: str = "fr") -> list[Figure]:
    doc = parsed.doc
    text = parsed.norm.text  # the text the Doc was built from (Doc.text re-joins every token)
    r = rules(lang)
    words = lexicon(lang).about
    place, topic = article_place(parsed, words), article_topic(parsed, words)
    common = frozenset(re.findall(r"\w{4,}", f"{place or ''} {topic or ''}".lower()))
    blocks = set(parsed.block_starts)
    actor_at = {i: a.name for a in actors for s, e in a.spans for i in range(s, e)}
    amounts = [a for a in find_amounts(text, lang) if not _in_url(text, a.start)]
    attributions: dict[int, tuple[bool, str | None]] = {}
    number_tokens = frozenset(  # a phrase of `about` stops at another figure, never at a year
        t.i  # nor at a small number in words inside it: "morts dans trois grandes villes"
        for a in amounts
        if not a.plain_year
        and not (a.words and a.value < 10 and a.scale == 1.0)
        and not _in_name(text, a)
        and not (not a.unit and _words_after(text, a.end) & r.words("date_words"))  # "le 25 avril": a date
        for t in (doc.char_span(a.start, a.end, alignment_mode="expand") or ())
    )

    figures: list[Figure] = []
    seen: dict[tuple[float, str], list[tuple[str | None, int]]] = {}  # value, what -> (about, paragraph) kept
    scaled_what: tuple[int, str] | None = None  # paragraph and unit of the last "N milliards de X"
    previous: tuple[int, str | None, str | None, str | None] | None = None  # end, what, about, about rule
    k = 0
    while k < len(amounts):
        amount = amounts[k]
        group = [amount]
        if k + 1 < len(amounts) and _closes_range(text, amount, amounts[k + 1], r):
            group.append(amounts[k + 1])
        k += len(group)

        last = group[-1]
        span = doc.char_span(last.start, last.end, alignment_mode="expand")
        if span is None:
            continue
        what, end_tok = _what(doc, span.end, last, r)
        block = parsed.block_of(last.start)
        carried = False
        if what is None and last.scale != 1.0 and scaled_what and scaled_what[0] == block:
            what, carried = scaled_what[1], True  # "300 milliards de dollars …, loin des 1 300 milliards réclamés"
        elif what is not None and last.scale != 1.0:
            scaled_what = (block, what)
        first_span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if len(group) == 2:
            first = amount
            if first.scale == 1.0 and last.scale != 1.0 and first.value * last.scale <= last.value:
                first = Amount(first.start, first.end, first.value * last.scale, last.unit, last.scale, first.words)
            elif not first.unit and last.unit:
                first = Amount(first.start, first.end, first.value, last.unit, first.scale, first.words)
            group = [first, last]
        bare = versus = None
        if what is None and not last.unit and last.scale == 1.0:
            follows = doc[span.end].lower_ if span.end < len(doc) else ""
            partitive = follows in r.words("complement_preps") or (span.end < len(doc) and _is_noun(doc[span.end]))
            _, q_len = qualifier_before(text[sent_start(span) : group[0].start], lang)
            said_before = set(_words_before(text, group[0].start - q_len, 1))
            same_sentence = bool(previous and previous[0] >= sent_start(span))
            versus = same_sentence and bool(said_before & r.words("versus_words"))
            # "1.700 postes, dont 1.000 en France", "…, soit plus de 2 600": a part or a restatement
            restated = same_sentence and bool(said_before & r.words("restating_words"))
            if versus and not partitive:  # "contre sept des huit prévenus" counts something else
                what, versus, bare = previous[1], previous, "tally"  # "rejetées par 142 voix contre 52"
            elif restated and not partitive and previous[1]:
                # "19 % des postes, soit plus de 2 600" counts posts, not a percentage
                what = None if previous[1] in r.table["units"].values() else previous[1]
                versus, bare = previous, "restated value"
            else:
                versus = None
                bare, what = _bare_value(doc, first_span if len(group) == 2 and first_span else span, r)
        if not bare and _not_a_figure(doc, text, last, span, what, end_tok, r, blocks):
            continue
        if len(group) == 2 and not bare and _not_a_figure(doc, text, group[0], first_span, what, end_tok, r, blocks):
            group = [last]

        sent = span.sent
        change = False
        qualifier, q_len = qualifier_before(text[sent.start_char : group[0].start], lang)
        start_char = group[0].start - q_len
        if len(group) == 2:
            opener = re.search(
                rf"(?<!\w)(?:{alternation(r.words('range_openers'))})\s*$",
                text[sent.start_char : group[0].start],
                re.I,
            )
            if opener and not q_len:
                start_char = sent.start_char + opener.start()
            change = _is_change(sent, r)
            kinds = ["exact", "exact"] if change else ["at_least", "at_most"]
        else:
            kinds = ["approx" if qualifier == "exact" and last.approx else qualifier]
        end_char = max(last.end, doc[end_tok - 1].idx + len(doc[end_tok - 1])) if end_tok > span.end else last.end
        if kinds == ["exact"]:
            after_kind, a_len = qualifier_after(text[end_char : sent.end_char], lang)
            if a_len:
                kinds, end_char = [after_kind], end_char + a_len
        text_span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if text_span is None:
            continue
        stated = parsed.original(start_char, end_char).strip()
        head = doc[span.end] if what and not last.unit and span.end < len(doc) else span.root
        hedged = _mood_conditional(head, r)
        if sent.start not in attributions:
            attributions[sent.start] = _attribution(parsed, sent, r, actor_at)
        attributed, claimed_by = attributions[sent.start]
        hedged = hedged or attributed
        sentence = parsed.sentence(text_span)
        counted = _counted(doc, span.end, end_tok, what) if not (last.unit or carried) else None
        anchor = first_span if len(group) == 2 and first_span is not None else span
        if versus:
            # the two sides of a tally count the same thing, each in its own period ("contre 35 000 en 2022")
            about, about_rule = restated_about(parsed, span, None, versus[2], versus[3], words, number_tokens)
        else:
            about, about_rule = figure_about(
                parsed,
                anchor,
                counted,
                words=words,
                others=number_tokens,
                percent=last.unit == "%",
                place=place,
                topic=topic,
                what_end=end_tok,
            )
            after = doc[span.end : span.end + 3]
            unit_only = counted is None or counted.lower_ in words.unit_nouns  # "%", "euros", "points"
            bare_value = unit_only and not (  # "38,1 millions de 2024" is bare, "72,5 % de la profession" not
                len(after) == 3
                and after[0].lower_ in words.partitive
                and (after[1].pos_ == "NOUN" or (after[1].pos_ == "DET" and after[2].pos_ == "NOUN"))
                and after[1].lower_ not in words.unit_nouns  # "soit 500 millions de dollars" is bare
            )
            if counted is not None and counted.lower_ in words.unit_nouns:
                after = doc[counted.i + 1 : counted.i + 4]  # "500 millions de dollars d'aide" names its thing
                bare_value = not (len(after) >= 2 and after[0].lower_ in words.partitive and after[1].pos_ == "NOUN")
            bracketed = (
                bool(re.fullmatch(r"[^().,;:]{0,25}\(\s*", text[previous[0] : start_char])) if previous else False
            )
            if (
                (about is None or bare_value or bracketed)
                and previous
                and previous[2]
                and previous[0] >= sent.start_char
                and (set(_words_before(text, start_char, 2)) & words.restatements or bracketed)
            ):  # "1,99 % des voix (64 011 votes)": the same result in other words  # "12,5 % des références…, contre 6,5 % en janvier", "par rapport aux 38,1 millions de 2024"
                about, about_rule = restated_about(
                    parsed, anchor, counted, previous[2], previous[3], words, number_tokens
                )
        for amt, kind in zip(group, kinds):
            value = amt.value
            key = (round(value, 6), (what or "").lower())
            if _same_fact(seen.get(key), about, block, common):
                continue
            seen.setdefault(key, []).append((about, block))
            figures.append(
                Figure(
                    value=int(value) if float(value).is_integer() else value,
                    text=stated,
                    what=what,
                    qualifier=kind,
                    sentence=sentence,
                    hedged=hedged,
                    claimed_by=claimed_by,
                    salience=_salience(
                        text_span.start_char,
                        len(text),
                        parsed.block_of(text_span.start_char),
                        value,
                        what,
                        hedged,
                        kind,
                    ),
                    start=text_span.start_char,
                    about=about,
                    about_rule=about_rule,
                    rule=bare or _reading_rule(amt, len(group) == 2, change, carried, what),
                )
            )
            log.debug("figure %s %r: rule %s, about %r (%s)", value, stated, figures[-1].rule, about, about_rule)
        previous = (end_char, what, about, about_rule)
    return figures


def _same_fact(
    kept: list[tuple[str | None, int]] | None, about: str | None, block: int, common: frozenset[str] = frozenset()
) -> bool:
    """Whether a figure repeats one already kept (same value and ``what``): yes in the same paragraph
    or when either is in the title, which repeats the body; elsewhere only when they are about the
    same thing ("0,1 point" of Vaud's rate and of Fribourg's, paragraphs apart, are two facts). The
    ``common`` words (the article's place and kicker, added to many abouts) tell nothing apart."""
    if not kept:
        return False
    words = set(re.findall(r"\w{4,}", (about or "").lower())) - common
    for other, other_block in kept:
        if other_block == block or 0 in (block, other_block) or not words or not other:
            return True
        if words & set(re.findall(r"\w{4,}", other.lower())):
            return True
    return False


def _bare_value(doc, span, r: Rules) -> tuple[str | None, str | None]:
    """A number that counts nothing named but is still a figure, and its rule and ``what``:
    the value of a change or a level ("s'est accru de 3823", "pour s'établir à 153'260",
    "une augmentation de 5102"), or a measure named before it ("un séisme de magnitude 7,4")."""
    if span.start < 2 or doc[span.start - 1].is_sent_start:
        return None, None
    before, verb = doc[span.start - 1], doc[span.start - 2]
    if before.lower_ in r.words("measure_nouns"):
        return "named measure", before.text
    if before.lower_ in r.words("value_prepositions") and (
        verb.lemma_.lower() in r.words("value_verbs") or verb.lower_ in r.words("change_nouns")
    ):
        return "value of change", None
    return None, None


def _counted(doc, start: int, end: int, what: str | None):
    """The token of the noun the number counts (the first word of ``what``), or None."""
    if not what:
        return None
    first = what.split()[0]
    return next((doc[i] for i in range(start, end) if doc[i].text == first), None)


def _reading_rule(amount: Amount, ranged: bool, change: bool, carried: bool, what: str | None) -> str:
    """How the number was read: a row of the ``figures`` family in data/rules.yml."""
    if ranged:
        return "change" if change else "range bound"
    if carried:
        return "carried unit"
    if what is None:
        return "large number alone"
    if amount.approx:
        return "collective"
    return "number words" if amount.words else "digits"
