"""Key figures: numbers with what they count and how precise the article is about them.

Numbers are found with regular expressions over the normalised text (``find_amounts``,
pure and testable without a model), because the tokeniser splits "12 000" and glues
"1.2bn"; the parse then says what each number counts, whether the article asserts it,
and whether it is a figure at all (dates, years, clock times, ages, durations, numbers
in names and anaphoric "les deux pays" are not).

Choices worth knowing:
- a number must count something (a noun after it, a currency or "%"): a bare number
  ("Boeing 737", "clade 2") is dropped, unless it is in millions or more ("Paris 2024 a
  coûté 9 milliards": ``what`` is null) or a level below;
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
  3823 pour s'établir à 153'260", "le bilan est de 140"), a measure named before it ("magnitude 7,4"), the
  other side of a tally ("142 voix contre 52"), a part or restatement of the value
  before it ("1.700 postes, dont 1.000 en France", "…, soit plus de 2 600") or where it
  stands for a noun ("six ont été blessées", "deux d'entre elles", "et deux dans la capitale");
- a duration is a key figure when it is the length of something named ("une trêve de
  quatre jours", "un calendrier de cinq ans", not "un homme de 34 ans") or a sentence
  ("4 ans de prison");
- a number right after a capitalised word is part of a name ("France 2", "CAC 40") and
  a number word joined to one by a hyphen too ("Deux-Sèvres").

What a number counts is read in extract/figure_reading.py, whether it is a figure at all in
extract/figure_filters.py, how sure the article is of it (the conditional, "selon X") in extract/figure_hedging.py;
this module walks the amounts, pairs ranges, qualifies and dedups them.

Every figure says how its number was read (``rule``: digits, number words, collective,
range bound, change, value of change, named measure, tally, restated value, carried unit,
elided noun, large number alone) and what it is about (``about`` and ``about_rule``, extract/about.py); the
confidences are in data/rules.yml, families ``figures`` and ``figure about``
(``briefgen.extract.rules.table("figures")`` prints them). Decisions are logged at DEBUG.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re

from ..brief import Actor, Figure
from ..lexicon import lexicon
from ..nlp import Parsed
from . import figure_filters as ff
from . import figure_reading as rd
from .about import figure_about
from .about_article import article_period, article_place, article_story, article_topic
from .about_restated import gapped_about, part_of_whole, restated_about
from .figure_hedging import attribution, mood_conditional
from .numbers import Amount, alternation, find_amounts, qualifier_after, qualifier_before, rules
from .scores import find_scores

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- reading the parse


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


def extract_figures(parsed: Parsed, actors: list[Actor], *, lang: str = "fr") -> list[Figure]:
    doc = parsed.doc
    text = parsed.norm.text  # the text the Doc was built from (Doc.text re-joins every token)
    r = rules(lang)
    words = lexicon(lang).about
    place, kicker = article_place(parsed, words), article_topic(parsed, words)
    topic = article_story(parsed, words, kicker)  # the kicker, with the event the title names
    period = article_period(parsed, words)
    # the words every about of a kind starts with ("durée de …") tell two facts apart no more than the place does
    common = frozenset(re.findall(r"\w{4,}", f"{place or ''} {topic or ''} {words.time_dimension}".lower()))
    blocks = set(parsed.block_starts)
    actor_at = {i: a.name for a in actors for s, e in a.spans for i in range(s, e)}
    amounts = [ff.counted_year(text, a, r) for a in find_amounts(text, lang) if not ff.in_url(text, a.start)]
    attributions: dict[int, tuple[bool, str | None]] = {}
    number_tokens = frozenset(  # a phrase of `about` stops at another figure, never at a year
        t.i  # nor at a small number in words inside it: "morts dans trois grandes villes"
        for a in amounts
        if not a.plain_year
        and not (a.words and a.value < 10 and a.scale == 1.0)
        and not ff.in_name(text, a)
        and not (not a.unit and rd.words_after(text, a.end) & r.words("date_words"))  # "le 25 avril": a date
        for t in (doc.char_span(a.start, a.end, alignment_mode="expand") or ())
    )

    figures: list[Figure] = []
    seen: dict[tuple[float, str], list[tuple[str | None, int]]] = {}  # value, what -> (about, paragraph) kept
    scaled_what: tuple[int, str] | None = None  # paragraph and unit of the last "N milliards de X"
    previous: tuple[int, str | None, str | None, str | None] | None = None  # end, what, about, about rule
    in_sentence: list[tuple] = []  # this sentence's figures: span, end, about, unit or what, rule
    k = 0
    while k < len(amounts):
        amount = amounts[k]
        group = [amount]
        if k + 1 < len(amounts) and rd.closes_range(text, amount, amounts[k + 1], r):
            group.append(amounts[k + 1])
        k += len(group)

        last = group[-1]
        span = doc.char_span(last.start, last.end, alignment_mode="expand")
        if span is None:
            continue
        what, end_tok = rd.what_counted(doc, span.end, last, r)
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
            partitive = follows in r.words("complement_preps") or (span.end < len(doc) and rd.is_noun(doc[span.end]))
            _, q_len = qualifier_before(text[rd.sent_start(span) : group[0].start], lang)
            said_before = set(rd.words_before(text, group[0].start - q_len, 1))
            same_sentence = bool(previous and previous[0] >= rd.sent_start(span))
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
                bare, what = rd.bare_value_rule(doc, first_span if len(group) == 2 and first_span else span, r)
                if bare is None and len(group) == 1 and not ff.in_name(text, last):
                    antecedent = previous[1] if previous and parsed.block_of(previous[0]) == block else None
                    if antecedent in r.table["units"].values() or antecedent == "%":
                        antecedent = None
                    bare, what = rd.elided_count(doc, span, last, r, antecedent, same_sentence)
                    scale = r.table["scales"].get(what.lower()) if bare and what else None
                    if scale:  # "100 des 200 millions": a part of a sum in millions is in millions
                        last = dataclasses.replace(last, value=last.value * scale, scale=scale)
                        group = [last]
        if not bare and ff.not_a_figure(doc, text, last, span, what, end_tok, r, blocks):
            continue
        if len(group) == 1 and ff.second_of_a_pair(text, last):
            continue  # "s'est imposé 3-1 face à Nantes": a score, "A-12": a code; "18-25 ans" was a range
        if len(group) == 2 and not bare and ff.not_a_figure(doc, text, group[0], first_span, what, end_tok, r, blocks):
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
            change = rd.is_change(sent, r)
            if rd.range_link(text, group[0], last, r) == "or":
                change, kinds = False, ["approx", "approx"]  # "cinq ou six blessés"
            else:
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
        hedged = mood_conditional(head, r)
        if sent.start not in attributions:
            attributions[sent.start] = attribution(parsed, sent, r, actor_at)
        attributed, claimed_by = attributions[sent.start]
        hedged = hedged or attributed
        sentence = parsed.sentence(text_span)
        counted = rd.counted_token(doc, span.end, end_tok, what) if not (last.unit or carried) else None
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
                kicker=kicker,
                period=period,
                what_end=end_tok,
                elided=what if bare == "elided noun" else None,
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
                and (set(rd.words_before(text, start_char, 2)) & words.restatements or bracketed)
            ):  # "1,99 % des voix (64 011 votes)": the same result in other words  # "12,5 % des références…, contre 6,5 % en janvier", "par rapport aux 38,1 millions de 2024"
                about, about_rule = restated_about(
                    parsed, anchor, counted, previous[2], previous[3], words, number_tokens
                )
            elif unit_only and (about_rule or "subject").split("+")[0] in ("subject", "opening noun", "antecedent"):
                # "France 2 a enregistré 16,9 % d'audience, et France 3 13,3 %": no verb of its own, so the
                # subject read for it is the earlier clause's
                like = [
                    f[:3]
                    for f in in_sentence
                    if f[0].sent.start == sent.start and f[3] == (last.unit or what) and f[4] != "gapped"
                ]
                gapped = gapped_about(parsed, anchor, counted, like, words)
                if gapped[0]:
                    about, about_rule = gapped
            if about and "+part" in (about_rule or ""):  # "86 morts dont 27 enfants": the dead of what
                whole = part_of_whole(
                    about, [(f[2], f[3]) for f in in_sentence if f[0].sent.start == sent.start], words
                )
                if whole:
                    about, about_rule = whole, f"{about_rule}+whole"
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
                    rule=bare or rd.reading_rule(amt, len(group) == 2, change, carried, what),
                )
            )
            log.debug("figure %s %r: rule %s, about %r (%s)", value, stated, figures[-1].rule, about, about_rule)
        previous = (end_char, what, about, about_rule)
        in_sentence = [f for f in in_sentence if f[0].sent.start == sent.start]
        in_sentence.append((span, end_char, about, last.unit or what, about_rule))
    return figures + _score_figures(parsed, figures, lang)


def _score_figures(parsed: Parsed, figures: list[Figure], lang: str) -> list[Figure]:
    """The two numbers of each match score (scores.py), where no figure was read at that place."""
    taken = {f.start for f in figures}
    found = []
    for score in find_scores(parsed, lang=lang):
        if score.start in taken:
            continue
        block = parsed.block_of(score.start)
        for value in dict.fromkeys(v for v in score.values if v):  # "(4-0)": a zero counts nothing; "1-1" is one value
            found.append(
                Figure(
                    value=value,
                    text=score.text,
                    what=score.what,
                    qualifier="exact",
                    sentence=score.sentence,
                    salience=_salience(score.start, len(parsed.norm.text), block, value, score.what, False, "exact"),
                    start=score.start,
                    about=score.about,
                    about_rule="score",
                    rule="score",
                )
            )
    return found


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
