"""Match scores: "(25-20)", "une victoire de 36 à 17", "battus 2 à 1".

The numbers of a score are key figures of a sports report, and the reading of amounts drops them: a
hyphen makes "3-1" no range, and a bare small number is no count. A pair is a score where a word of
a result (figures.yml ``scores``, lemmas: "victoire", "s'imposer", "battre") comes before it in its
clause; joined by "à", only right after that word ("victoire de 36 à 17", not "de 20 à 30 ans").
Left out: a pair a unit or a noun follows ("18-25 ans"), a running score with its minute ("(1-0,
29e)"), and a pair the article gave already. Each score gives its two numbers, about the result it
closes ("score (victoire du XV de France contre l'Angleterre samedi)"), in the game's unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon.common_words import table_lemmas
from ..nlp import Parsed
from .numbers import rules

PAIR = re.compile(r"(?<![\w.,])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w.,]?\d)")
PHRASE_LIMIT = 14  # tokens of the result phrase an about keeps


@dataclass(frozen=True)
class Score:
    values: tuple[int, int]
    start: int  # character offsets of the pair in the parsed text
    end: int
    text: str  # the result phrase and the pair, as the article writes them
    about: str
    what: str
    sentence: str


@cache
def _by_word(lang: str) -> re.Pattern:
    """ "36 à 17": a pair joined by a word of the language (figures.yml ``scores`` ``joiners``), compiled once."""
    joiners = "|".join(re.escape(j) for j in rules(lang).table["scores"]["joiners"])
    return re.compile(rf"(?<![\w.,])(\d{{1,3}}) (?:{joiners}) (\d{{1,3}})(?![\w.,]?\d)")


def find_scores(parsed: Parsed, *, lang: str = "fr") -> list[Score]:
    table = rules(lang).table.get("scores")
    if not table:
        return []
    doc, text = parsed.doc, parsed.norm.text
    results = frozenset(table["results"])
    by_word = _by_word(lang)
    unit = None  # read from every word of the article: only once a score is found, as most articles have none
    found: list[Score] = []
    seen: set[tuple[int, int]] = set()
    for pattern, near in ((PAIR, None), (by_word, int(table["near"]))):
        for match in pattern.finditer(text):
            pair = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if pair is None or _followed(doc, pair, table):
                continue
            result = _result_before(pair, results, near, lang)
            if result is None:
                continue
            values = (int(match.group(1)), int(match.group(2)))
            if values in seen:
                continue
            seen.add(values)
            phrase = _phrase(parsed, result, pair)
            sent = pair.sent
            if unit is None:
                unit = _unit(parsed.tokens, table)
            found.append(
                Score(
                    values=values,
                    start=match.start(),
                    end=match.end(),
                    text=_closed(parsed.span_text(doc[min(result.i, pair.start) : pair.end]).strip()),
                    about=f"{table['about']} ({phrase})" if phrase else table["about"],
                    what=unit,
                    sentence=parsed.original(sent.start_char, sent.end_char).strip(),
                )
            )
    return sorted(found, key=lambda s: s.start)


def _closed(text: str) -> str:
    """ "victoire en Lituanie jeudi (37-17": the bracket the pair sat in, closed."""
    return text + ")" if text.count("(") > text.count(")") else text


def _result_before(pair, results: frozenset[str], near: int | None, lang: str):
    """The nearest word of a result before the pair in its clause (no comma between them; within
    ``near`` tokens for "à"), by its lemma or the lemmas the lemmatizer's table gives its form
    ("s'impose" tagged an adjective)."""
    sent = pair.sent
    first = sent.start if near is None else max(sent.start, pair.start - near - 1)
    for token in reversed(pair.doc[first : pair.start]):
        if {token.lemma_.lower(), token.lower_, *table_lemmas(token.lower_, lang)} & results:
            return token
        if token.text in (",", ";", ":"):
            return None  # "sur le match, on doit mettre un but pour faire 1-1": another clause's result
    return None


def _followed(doc, pair, table) -> bool:
    """A unit or a noun after the pair makes it a range of that thing ("18-25 ans", "de 20 à 30 ans");
    a minute after a comma makes it a running score ("(1-0, 29e)")."""
    after = doc[pair.end : pair.end + 3]
    if len(after) and (after[0].pos_ in ("NOUN", "NUM", "SYM") or after[0].text == "%"):
        return True
    if len(after) < 2 or after[0].text != ",":
        return False
    word = after[1].text
    if word.isdigit() and len(after) == 3:
        word += after[2].text  # "29" "e" as two tokens
    return word[:1].isdigit() and word.lstrip("0123456789") in set(table["minute_marks"])


def _phrase(parsed: Parsed, result, pair) -> str:
    """The result's phrase, without the pair: a noun with its complements ("victoire du XV de France
    contre l'Angleterre samedi"), a verb with its subject and objects ("Le Cameroun a remporté son
    huitième de finale"). It stops at a comma, a relative clause or a bracket."""
    doc = result.doc
    start = result.i
    if result.pos_ in ("VERB", "AUX"):
        subject = next((c for c in result.children if c.dep_.startswith("nsubj")), None)
        start = subject.left_edge.i if subject is not None and subject.i < result.i else result.i
    tokens = []
    for token in doc[start : min(result.sent.end, start + PHRASE_LIMIT + len(pair) + 2)]:
        if pair.start <= token.i < pair.end:
            continue
        if token.i > result.i and (
            token.text in (",", ";", ":", ".", "(", ")") or "Rel" in token.morph.get("PronType")
        ):
            if token.text == "(" and token.i + 1 == pair.start:
                continue
            if token.text == ")" and token.i == pair.end:
                continue
            break
        if token.i + 1 == pair.start and token.pos_ == "ADP":
            continue  # "victoire de 6-5": the "de" of the pair
        tokens.append(token)
        if len(tokens) >= PHRASE_LIMIT:
            break
    runs: list[list] = []
    for token in tokens:  # the words around the pair, each run as the article writes it
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return " ".join(parsed.span_text(doc[run[0].i : run[-1].i + 1]).strip() for run in runs)


def _unit(tokens, table) -> str:
    """The game's unit, from the words the article uses ("buts" where it says "but" or "handball")."""
    words = {t.lower_ for t in tokens}
    for unit, cues in table["units"].items():
        if words & set(cues):
            return unit
    return table["default_unit"]
