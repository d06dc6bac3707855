"""Quotations: where each quoted passage starts and ends in the text.

French quotes run across sentences and, by the typographic convention, across
paragraphs: each new paragraph of a long quotation reopens with « while the
previous one is left unclosed. Quotes inside quotes use “ ” or ‹ › (or « »
again), so only the outermost pair makes a quotation. Straight quotes carry no
direction and are paired by position within a paragraph. Guillemets typed the wrong way round
("…surpris.  »  Nous ne baisserons pas les bras « , a dit X", "»Au niveau orange … », a précisé
X") pair too: a » that no « opened, before words, and the next guillemet, before a comma or a stop.
"""

from __future__ import annotations

from dataclasses import dataclass

PAIRS = {"«": "»", "“": "”", "‹": "›", "„": "“"}
MARKS = frozenset({*PAIRS, *PAIRS.values(), '"'})  # every quotation mark, opening or closing
REVERSED = {"»": "«"}  # a closing guillemet typed to open a quotation, and its partner
# what follows the mark that closes a reversed quotation: the punctuation of the narrator
AFTER_REVERSED = ",.;:!?)"
# a quotation longer than this with no closing mark is a typo, not a quote
MAX_CHARS = 4000


@dataclass(frozen=True)
class Quote:
    """A quotation in the normalised text: [start, end) includes the marks, inner excludes them."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def find_quotes(text: str) -> list[Quote]:
    """Every outermost quotation of ``text`` (the normalised copy), in order."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in PAIRS:
            close = _closing(text, i, ch, PAIRS[ch])
            if close is None and ch == "«":
                close = _unclosed_end(text, i)
        elif ch == '"':
            close = _straight_closing(text, i)
        elif ch in REVERSED:
            close = _reversed_closing(text, i, REVERSED[ch])
        else:
            i += 1
            continue
        if close is None:
            i += 1
            continue
        quotes.append(_trimmed(text, i, close + 1))
        i = close + 1
    return [q for q in quotes if q.inner_end > q.inner_start]


def _closing(text: str, start: int, open_mark: str, close_mark: str) -> int | None:
    """Index of the mark closing the quote opened at ``start``, or None.

    A paragraph break inside an open quotation is allowed only when the next
    paragraph reopens it (the « that continues a long quote).
    """
    depth, i, limit = 0, start, min(len(text), start + MAX_CHARS)
    while i < limit:
        ch = text[i]
        if text.startswith("\n\n", i):
            rest = text[i:].lstrip()
            if not rest.startswith(open_mark) or depth != 1:
                return None
            i = len(text) - len(rest) + 1  # the reopening mark continues the same quote
            continue
        if ch == open_mark and open_mark != close_mark:
            depth += 1
        elif ch == close_mark:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _unclosed_end(text: str, start: int) -> int | None:
    """A « its paragraph never closes with »: "… de la justice !« , réagit X" closes at the mark typed the
    wrong way round (the narrator's punctuation after it); "qui a reconnu que « les choses se présentent
    bien. En effet, … « Donc … », a-t-il estimé" (the writer forgot the mark) quotes at least its first
    sentence, and no more is sure. The index of the closing mark or of that sentence's stop, or None when
    the paragraph ends first."""
    stop = text.find("\n\n", start)
    stop = len(text) if stop == -1 else stop
    sentence_end = None
    for i in range(start + 1, stop):
        if text[i] in "»“”":
            return None
        if text[i] == "«":
            if text[i + 1 : stop].lstrip()[:1] in tuple(AFTER_REVERSED):
                return i
            return sentence_end
        if sentence_end is None and text[i] in ".!?" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isupper():
            sentence_end = i
    return None


def _straight_closing(text: str, start: int) -> int | None:
    """Next straight quote in the same paragraph: straight quotes pair by position."""
    end = text.find('"', start + 1)
    stop = text.find("\n\n", start)
    if end == -1 or (stop != -1 and end > stop):
        return None
    return end


def _reversed_closing(text: str, start: int, close_mark: str) -> int | None:
    """ "…  »  Nous ne baisserons pas les bras « , a dit X": a » that opens words (a capital
    after it) is closed by the next « of its paragraph that punctuation follows; None otherwise."""
    rest = text[start + 1 : start + 40].lstrip()
    if not rest[:1].isupper():
        return None
    stop = text.find("\n\n", start)
    stop = min(len(text), start + MAX_CHARS) if stop == -1 else stop
    # the next guillemet of the paragraph closes it, typed either way ("»Au niveau orange … », a
    # précisé M. Béchu"), when the narrator's punctuation follows it
    ends = [
        i for i in (text.find(close_mark, start + 1, stop), text.find(PAIRS[close_mark], start + 1, stop)) if i != -1
    ]
    if not ends:
        return None
    end = min(ends)
    after = text[end + 1 : stop].lstrip()
    return end if not after or after[0] in AFTER_REVERSED else None


def _trimmed(text: str, start: int, end: int) -> Quote:
    inner_start, inner_end = start + 1, end - 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return Quote(start, end, inner_start, inner_end)


def clean_words(inner: str) -> str:
    """The quoted words, with the reopening marks of continued paragraphs removed."""
    return "\n\n".join(part.strip().lstrip("«").strip() for part in inner.split("\n\n"))
