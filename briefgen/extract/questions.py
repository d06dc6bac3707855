"""Open questions: the interrogative sentences an article leaves with its reader.

spaCy may cut a question at a comma ("Des soldats en Russie, un tournant
inquiétant ?"), so a question runs back to the end of the previous full
sentence in the same paragraph. After a colon, only the part after it is the
question ("soulève plusieurs questions : pourquoi … ?"). Indirect questions
("reste à savoir si…") come from phrases in ``data/questions.yml``; inside a
quotation such a phrase states the speaker's agenda, so it is left out, while a
direct question in a quotation is kept with ``in_quote``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..brief import Question
from ..data import load_data
from ..nlp import Parsed

ENDS = (".", "!", "?", "…", ":", ";", "»", '"', "”")
QUOTE_MARKS = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


@lru_cache(maxsize=None)
def _indirect(lang: str) -> tuple[str, ...]:
    phrases = load_data("questions").get(lang) or []
    return tuple(sorted((p.lower() for p in phrases), key=len, reverse=True))


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTE_MARKS.finditer(text)]


def _sentences(parsed: Parsed):
    """(start, end) character ranges of full sentences: fragments cut at a comma are rejoined."""
    doc = parsed.doc
    start = None
    block = None
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        here = parsed.block_of(sent.start_char)
        if start is None or here != block:
            start, block = sent.start_char, here
        if text.endswith(ENDS) or sent.end == len(doc) or "\n" in doc[sent.end - 1].text_with_ws:
            yield start, sent.end_char
            start = None


def extract_questions(parsed: Parsed, *, lang: str = "fr") -> list[Question]:
    text = parsed.doc.text
    quoted = _quoted_ranges(text)
    questions: list[Question] = []
    seen: set[str] = set()
    for start, end in _sentences(parsed):
        sentence = parsed.original(start, end).strip()
        norm = text[start:end].rstrip()
        in_quote = any(a <= start + len(norm) - 1 < b for a, b in quoted)
        if norm.endswith("?") or (norm.endswith(("»", '"', "”")) and norm[:-1].rstrip().endswith("?")):
            offset = 0
            colon = norm.rfind(":", 0, len(norm) - 1)
            if colon != -1 and len(norm[colon + 1 :].split()) >= 2:
                offset = colon + 1
            question = parsed.original(start + offset, end).strip().strip("«»“”\" ").strip()
            kind = "direct"
        else:
            lowered = norm.lower()
            hits = [lowered.find(p) for p in _indirect(lang) if lowered.find(p) != -1]
            if not hits:
                continue
            at = min(hits)
            if any(a <= start + at < b for a, b in quoted):
                continue  # inside a quote it states the speaker's agenda, not a question the article leaves open
            question = parsed.original(start + at, end).strip().rstrip(".")
            question = question[:1].upper() + question[1:] if at == 0 else question
            kind = "indirect"
        if len(question.split()) < 2 or question in seen:
            continue
        seen.add(question)
        questions.append(Question(text=question, sentence=sentence, kind=kind, in_quote=in_quote))
    return questions
