"""Open questions: the interrogative sentences an article leaves with its reader.

Direct questions are read off the question marks: each one's text runs back to the
nearest clause opening (sentence start, colon, semicolon, a parenthesis still open,
another question, the opening quotation mark), so "soulève plusieurs questions :
pourquoi … ?" gives the part after the colon. spaCy sometimes splits a sentence where the article did not
(a headline question with a comma): a sentence that ends without final punctuation
is joined to the next one of the same paragraph.

Indirect questions ("reste à savoir si…", "nul ne sait encore combien…", "relance le débat
sur…") are read from the parse by open_questions.py: a word of uncertainty governing an
interrogative clause; a few set phrases the parse cannot see ("la grande inconnue") and
languages with no parse rules use the phrases of data/questions.yml (rule ``phrase``). A
subheading that asks without a question mark is a question too (``heading``). A direct question
inside a quotation is kept with ``in_quote``; an indirect one inside a quotation only when a verb that is
a question in itself asks it (``uncertainty-verb``: "on se demande qui cela va toucher", "on ignore
combien…"), as the speaker voices the question the story leaves open; a knowledge verb or a noun there is
the speaker's own deliberation or task ("pour me conseiller sur la question de savoir si…"). Every question carries its ``rule`` (data/rules.yml, family
``questions``).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import takewhile

from spacy.attrs import IDX

from ..brief import Question
from ..data import load_data
from ..lexicon import lexicon
from ..nlp import Parsed
from .open_questions import Found, asking_heading, clause_end, find_indirect, unknown_subject

log = logging.getLogger(__name__)

TERMINAL = re.compile(r"[.!?…]['\"»”)\]]*\s*$")
QUOTES = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"\n]*\"?")
CLAUSE_OPENERS = ":;?!("
# ". " before a capital ends a sentence spaCy missed, unless the word before is a short title ("M.", "Dr.")
HIDDEN_STOP = re.compile(r"(?<=\w{3})[.!]\s+(?=[A-ZÀ-Ý«\"])")


@cache
def _indirect_pattern(lang: str) -> re.Pattern:
    table = load_data("questions").get(lang) or {}

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    wh = alt(table.get("wh", []))
    parts = []
    if table.get("triggers"):
        parts.append(rf"(?:{alt(table['triggers'])})(?!\w)")
    if table.get("before_wh"):
        parts.append(rf"(?:{alt(table['before_wh'])})(?:\s+[\w-]+){{0,2}}?\s+(?:{wh})(?=[\s'])")
    if not parts:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w'])(?:{'|'.join(parts)})", re.I)


def _sentence_ranges(doc, length: int) -> list[tuple[int, int]]:
    """Character ranges of the Doc's sentences, read from arrays (iterating tokens is slow)."""
    from spacy.attrs import IDX, SENT_START

    array = doc.to_array([IDX, SENT_START])
    starts = array[array[:, 1] == 1, 0].tolist() or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [length]))


def _units(parsed: Parsed, doc_text: str) -> list[tuple[int, int]]:
    """Sentences as the article wrote them: a sentence cut without final punctuation joins the next."""
    units: list[tuple[int, int]] = []
    previous_open = False
    for s_start, s_end in _sentence_ranges(parsed.doc, len(doc_text)):
        text = doc_text[s_start:s_end]
        if not text.strip():
            continue
        start, end = s_start, s_start + len(text.rstrip())
        if previous_open and units and parsed.block_of(units[-1][0]) == parsed.block_of(start):
            units[-1] = (units[-1][0], end)
        else:
            units.append((start, end))
        previous_open = not TERMINAL.search(text)
    return units


def _clause_opening(text: str, floor: int, end: int) -> int:
    """Where the question ending at ``end`` opens: after the nearest clause opener before it, not counting a
    parenthesis closed before the question mark ("La motion du groupe Liot (centre) peut-elle…" asks from
    "La motion")."""
    closed = 0
    for i in range(end - 1, floor - 1, -1):
        if text[i] == ")":
            closed += 1
        elif text[i] == "(" and closed:
            closed -= 1
        elif text[i] in CLAUSE_OPENERS and not closed:
            return i + 1
    return floor


def _after_statement(doc, token_starts: list[int], start: int, q: int, words) -> int:
    """Where a direct question opens after a statement it is coordinated to: "Le gouvernement a présenté sa
    réforme mardi, mais pourra-t-il la faire voter ?" asks from "pourra-t-il". The statement has its own finite
    verb before a comma and a coordinating conjunction (questions.yml ``statement_links``)."""
    first, last = bisect_left(token_starts, start), bisect_left(token_starts, q)
    for i in range(last - 2, first, -1):
        if doc[i - 1].text == "," and doc[i].lower_ in words.statement_links:
            before = doc[first : i - 1]
            asks = any(  # "Les Français sont-ils prêts, et l'État peut-il payer ?" asks twice
                t.text.startswith("-") and t.lower_.removeprefix("-").removeprefix("t-") in words.inversion_pronouns
                for t in before
            ) or (len(before) and before[0].lower_ in words.heading_words)
            if not asks and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in before):
                return doc[i + 1].idx
            break
    return start


PAIRS = {"«": "»", "“": "”"}


def _unpaired_quotes_stripped(text: str) -> str:
    """The question without the quotation marks at its edges that belong to a quotation around it; a mark
    whose partner is inside the question stays ("savoir « ce que la Fed va faire »")."""
    text = text.strip()
    while text:
        first, last = text[0], text[-1]
        if first in "'\"" or (first in PAIRS and PAIRS[first] not in text):
            text = text[1:].strip()
        elif last in "'\"" or (last in PAIRS.values() and not any(o in text for o, c in PAIRS.items() if c == last)):
            text = text[:-1].strip()
        else:
            break
    return text


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTES.finditer(text)]


def extract_questions(parsed: Parsed, *, lang: str = "fr") -> list[Question]:
    text = parsed.norm.text  # the text the Doc was built from (Doc.text re-joins every token)
    indirect = _indirect_pattern(lang)
    words = lexicon(lang).questions
    doc = parsed.doc
    token_starts = doc.to_array(IDX).tolist()  # read from an array: iterating tokens is slow
    quotes = _quote_ranges(text)  # in text order, not overlapping
    quote_ends = [e for _, e in quotes]
    questions: list[Question] = []
    seen: set[str] = set()

    def add(start: int, end: int, unit: tuple[int, int], kind: str, in_quote: bool, rule: str) -> None:
        question = _unpaired_quotes_stripped(parsed.original(start, end))
        if len(re.findall(r"\w+", question)) < 2 and kind == "direct":
            return  # "… : oui ?", "Lamerat ?" (an interview's topic): too short to stand alone as a question
        if question.lower() in seen:
            return
        seen.add(question.lower())
        log.debug("question by rule %s: %r", rule, question)
        questions.append(
            Question(text=question, sentence=parsed.original(*unit).strip(), kind=kind, in_quote=in_quote, rule=rule)
        )

    units = _units(parsed, text)
    for n, unit in enumerate(units):
        u_start, u_end = unit
        first = bisect_right(quote_ends, u_start)  # quotes are searched, not scanned: long texts hold thousands
        inner_quotes = list(takewhile(lambda q: q[0] < u_end, (quotes[k] for k in range(first, len(quotes)))))  # noqa: B023 - consumed on this line
        for m in re.finditer(r"\?(?!\w)", text[u_start:u_end]):  # "page?id=3" is a web address
            q = u_start + m.start()
            quote = next(((s, e) for s, e in inner_quotes if s < q < e or (s < q and e == q + 1)), None)
            floor = max(u_start, quote[0] + 1) if quote else u_start
            start = _clause_opening(text, floor, q)
            hidden = list(HIDDEN_STOP.finditer(text, start, q))
            if hidden:
                start = hidden[-1].end()
            start = _after_statement(doc, token_starts, start, q, words)
            add(start, q + 1, unit, "direct", quote is not None, "question-mark")
        if text[u_start:u_end].rstrip().endswith("?"):
            continue
        first, last = bisect_left(token_starts, u_start), bisect_left(token_starts, u_end)
        block = parsed.block_of(u_start)
        alone = (n == 0 or parsed.block_of(units[n - 1][0]) != block) and (
            n + 1 == len(units) or parsed.block_of(units[n + 1][0]) != block
        )
        if alone and not TERMINAL.search(text[u_start:u_end]) and asking_heading(doc, first, last, words):
            add(u_start, u_end, unit, "direct", False, "heading")  # "Pourquoi la Fed hésite"
            continue
        found = find_indirect(doc, first, last, words) or unknown_subject(doc, first, last, words)
        if found is None:
            match = next(
                (
                    m
                    for m in indirect.finditer(text, u_start, u_end)
                    if not any(s < m.start() < e for s, e in inner_quotes)
                ),
                None,
            )
            found = Found(match.start(), "phrase", match.end()) if match else None
        if found is None:
            continue
        quote = next(((s, e) for s, e in inner_quotes if s < found.start < e), None)
        if quote is not None and found.rule not in words.quoted_rules:
            continue  # "pour me conseiller sur la question de savoir si…": the speaker's own task
        end = clause_end(doc, found.asked, min(u_end, quote[1]) if quote else u_end, words)
        trailing = ".!… " + ("»”\"_*" if quote else "")  # inside a quotation, its closing mark and emphasis too
        while end > found.start and text[end - 1] in trailing:
            end -= 1
        add(found.start, end, unit, "indirect", quote is not None, found.rule)
    return questions
