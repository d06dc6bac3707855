"""Parse articles with spaCy: one pipeline per language, loaded once and lazily.

The model sees a normalised copy of the text (typographic apostrophes and quotes
folded, no-break spaces made plain, ligatures expanded), which is what its
training data looks like; ``Parsed.original()`` maps any span back to the
article's own characters, so every provenance sentence is the article's text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import takewhile
from typing import TYPE_CHECKING

from .errors import BriefgenError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# One character to one or more characters; every other character is kept.
FOLDS = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2011": "-",
    "\u2010": "-",
    "\u200b": " ",
    "\ufeff": " ",
    "\u00ad": " ",
    "\u2026": "...",
}
# Ligatures and compatibility forms (ﬁ, ﬂ, …) are expanded through NFKC; œ and æ are French letters and stay.
# Longer texts are parsed in pieces of about this many characters (see parse_texts).
CHUNK_CHARS = 50_000
KEEP = {"œ", "Œ", "æ", "Æ", "«", "»", "’", "€", "°", "²", "³", "½", "¼", "¾"}


@dataclass
class Normalised:
    text: str
    starts: list[int]  # starts[i] = offset in the original of normalised char i
    length: int  # length of the original text

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) range to the original text."""
        o_start = self.starts[start] if start < len(self.starts) else self.length
        o_end = self.starts[end] if end < len(self.starts) else self.length
        return o_start, o_end


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    rep = FOLDS.get(ch)
    if rep is not None:
        return rep
    if ch in KEEP:
        return ch
    rep = unicodedata.normalize("NFKC", ch)
    return ch if not rep or len(rep) > 4 else rep


NON_ASCII = re.compile(r"[^\x00-\x7f]")
# a closing quotation mark glued to the next word: the tokenizer would read one token
GLUED_CLOSING_QUOTE = re.compile(r"[”»](?=[^\W\d_])")
# an elided word glued to a quotation mark ('d\'"anomalie"'): the tokenizer reads one token
GLUED_ELISION = re.compile(r"(?<=[^\W\d_])['\u2019](?=[\"\u201c\u00ab])")
# a dateline glued to the first word by a hyphen ("(24hinfo)-Le leader de …"): the tokenizer reads one token
GLUED_DATELINE = re.compile(r"(?<=\))-(?=[A-ZÀ-Ý])")


def normalise(text: str) -> Normalised:
    """Fold typography for the model, keeping a map to the original offsets. Only the characters
    that change are visited: most of a French text is ASCII or kept as it is."""
    changed = [(m.start(), rep) for m in NON_ASCII.finditer(text) if (rep := _fold(m.group())) != m.group()]
    glued = [(m.start(), _fold(m.group()) + " ") for m in GLUED_CLOSING_QUOTE.finditer(text)]
    glued += [(m.start(), " ") for m in GLUED_DATELINE.finditer(text)]
    glued += [(m.start(), "' ") for m in GLUED_ELISION.finditer(text)]
    if glued:  # '“… d’euros”indique Inès Papin': the space a closing quote lost, or the verb joins the quote
        at = dict(changed)
        at.update(glued)
        changed = sorted(at.items())
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, rep in changed:
        out.append(text[pos:i])
        starts.extend(range(pos, i))
        out.append(rep)
        starts.extend([i] * len(rep))
        pos = i + 1
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    return Normalised("".join(out), starts, len(text))


@dataclass
class Parsed:
    """An article's plain text, its normalised copy and the spaCy Doc of that copy."""

    text: str
    norm: Normalised
    doc: Doc

    def original(self, start_char: int, end_char: int) -> str:
        start, end = self.norm.to_original(start_char, end_char)
        return self.text[start:end]

    def span_text(self, span: Span) -> str:
        """The article's own characters for a span of the Doc."""
        return self.original(span.start_char, span.end_char)

    def sentence(self, token_or_span) -> str:
        """The article's sentence holding a token or span, stripped."""
        sent = token_or_span.sent
        return self.span_text(sent).strip()

    def block_of(self, char: int) -> int:
        """Index of the paragraph (block) holding a normalised character offset."""
        return bisect_right(self.block_starts, char) - 1

    @cached_property
    def tokens(self) -> list:
        """Every token of the Doc, made once: spaCy makes a new Token object at each ``doc[i]`` and at
        each step of an iteration, so a rule that scans the whole article reads this list instead."""
        return list(self.doc)

    @cached_property
    def title_tokens(self) -> list:
        """The tokens of the title (the first block), spaces left out."""
        end = self.block_starts[1] if len(self.block_starts) > 1 else len(self.norm.text)
        return [t for t in takewhile(lambda t: t.idx < end, self.tokens) if not t.is_space]

    def is_heading(self, block: int) -> bool:
        """Whether a block is a heading (the title, a subheading): a few words with no final stop."""
        starts = self.block_starts
        end = starts[block + 1] if block + 1 < len(starts) else len(self.norm.text)
        text = self.norm.text[starts[block] : end].strip()
        bare = text.rstrip(CLOSING_MARKS_TEXT + " ")  # « Nous sommes là. » ends its sentence inside the marks
        return bool(bare) and len(text.split()) <= HEADING_WORDS and bare[-1] not in PARAGRAPH_ENDS

    @cached_property
    def block_starts(self) -> list[int]:
        starts = [0]
        text = self.norm.text  # the Doc's text: the chunks partition it (Doc.text is rebuilt from every token)
        i = text.find("\n\n")
        while i != -1:
            starts.append(i + 2)
            i = text.find("\n\n", i + 2)
        return starts


SENTENCE_FINAL = ("...", ".", "!", "?", "…")
HEADING_WORDS = 15  # a subheading is a line, not a paragraph
PARAGRAPH_ENDS = frozenset(".!?…:;")
CLOSING_MARKS = frozenset({"»", "”", ")", '"', "’"})
CLOSING_MARKS_TEXT = "".join(sorted(CLOSING_MARKS))
ALWAYS_CLOSING = frozenset({"»", "”", ")"})  # '"' and '’' also open: they close only when glued
DATELINE_DASHES = frozenset({"–", "—", "-"})


def sentence_starts(texts: list[str], spaced: list[bool]) -> list[int]:
    """For each token: 1 starts a sentence, -1 cannot, 0 leaves it to the parser.

    A blank line always ends a sentence (headings have no final stop), and only a blank line or a
    final stop does: the small parser otherwise cuts before capitalised names ("L'entraîneur
    madrilène | Carlo | Ancelotti s'est dit…"), which loses subjects and provenance."""
    starts = [0] * len(texts)
    paragraph = 0
    for i in range(1, len(texts)):
        prev, text = texts[i - 1], texts[i]
        if "\n" in prev:
            starts[i] = 1
            paragraph = i
        elif prev in DATELINE_DASHES and i >= 2 and i - paragraph <= 12 and texts[i - 2] == ")":
            starts[i] = 1  # "KIEV, 17 novembre (AFP) – La Russie…": the dateline is not the sentence
        elif text.isspace():
            continue
        elif text in ALWAYS_CLOSING or (text in CLOSING_MARKS and not spaced[i - 1]):
            starts[i] = -1  # « Nous ne céderons pas ! » — the mark closes the sentence
        else:
            j = i - 1
            while j > 0 and texts[j] in CLOSING_MARKS:
                j -= 1
            if not texts[j].endswith(SENTENCE_FINAL):
                starts[i] = -1
    return starts


def _paragraph_boundaries(doc: Doc) -> Doc:
    """Sentence boundaries set before the parser runs, which keeps them both ways. Read and written
    as arrays: a Token object per token cost more than the rule itself."""
    import numpy
    from spacy.attrs import ORTH, SENT_START, SPACY

    if len(doc) < 2:
        return doc
    strings = doc.vocab.strings
    orths, spaced = doc.to_array([ORTH, SPACY]).T.tolist()
    starts = sentence_starts([strings[o] for o in orths], spaced)
    starts[0] = 1
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


@cache
def load_pipeline(model: str) -> Language:
    """Load a spaCy pipeline once per process; a missing model is a clear error.

    spaCy's large tokenizer patterns are compiled once per machine, not once per load
    (briefgen.regex_cache: 3.3 s of a 5 s load of the French model)."""
    from .regex_cache import cached_regex_compilation

    with cached_regex_compilation():
        import spacy
        from spacy.language import Language

        if "briefgen_paragraphs" not in Language.factories:
            Language.component("briefgen_paragraphs", func=_paragraph_boundaries)
        try:
            nlp = spacy.load(model)
        except OSError:
            raise BriefgenError(
                f"spaCy model '{model}' is not installed: install its PyPI package "
                f"(pip install {model.replace('_', '-')}) or change 'models' in site_config.yml"
            ) from None
    _elisions_before_quotes(nlp)
    nlp.add_pipe("briefgen_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    nlp.max_length = max(nlp.max_length, 6_000_000)
    return nlp


def _elisions_before_quotes(nlp: Language) -> None:
    """ "d'« anomalie »": the tokenizer splits an elided word from the next word, but from a quotation mark
    it cuts "d" and "'" (a letter the tagger makes a noun); each elided word of the language's grammar
    (data/grammar.yml ``elided_words``), as written and capitalised, is one token wherever it ends."""
    from spacy.symbols import ORTH

    from .data import load_data

    for word in (load_data("grammar").get(nlp.lang) or {}).get("elided_words", []):
        for form in (word, word[:1].upper() + word[1:]):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Cut a text into pieces of at most ``size`` characters that join back to it exactly.

    Cuts fall on a paragraph break, else a line break, else a space, so only a
    pathological text (one huge word) is cut inside a sentence.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + 1, start + size)
            if cut != -1:
                cut += len(sep)
                break
        else:
            cut = start + size
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _batches(pieces: Iterable[str], budget: int) -> Iterable[list[str]]:
    """Group pieces into batches of at most ``budget`` characters (one piece may exceed it alone)."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece) > budget:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece)
    if batch:
        yield batch


def parse_texts(texts: Iterable[str], model: str, *, batch_chars: int = CHUNK_CHARS) -> Iterable[Parsed]:
    """Parse many texts with one pipeline in batches (nlp.pipe).

    The parser's memory grows with what one batch holds (about 1.7 GB for 500 kB
    in one piece), so a long text is parsed in chunks joined back into one Doc,
    and batches are bounded in characters rather than in documents. Batches of about
    16 articles (50,000 characters) parse 6-8% faster than batches twice that size
    (CPU time, 100 articles, five interleaved runs), as ``nlp.pipe(batch_size=16)`` does.
    """
    from spacy.tokens import Doc

    nlp = load_pipeline(model)
    texts = list(texts)
    norms = [normalise(t) for t in texts]
    pieces = [chunks(n.text) for n in norms]
    docs = (
        doc
        for batch in _batches((piece for group in pieces for piece in group), batch_chars)
        for doc in nlp.pipe(batch, batch_size=len(batch))
    )
    for text, norm, group in zip(texts, norms, pieces):
        parts = [next(docs) for _ in group]
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        yield Parsed(text=text, norm=norm, doc=indexed_sentences(doc))


def indexed_sentences(doc):
    """The Doc, with ``Token.sent`` and ``Span.sent`` answered from an index of sentence starts.

    spaCy's own look-up first asks ``Doc.has_annotation("SENT_START")``, which scans the whole Doc, so
    each rule that asks a token's sentence costs the article's length: asked once per figure, that
    made extraction quadratic (117 s for a 0.5 MB article against 30 s for 0.25 MB). The index is
    built once, from the parser's boundaries, and answers in O(log n). Each sentence's Span is made
    at its first look-up and kept: the rules ask ``token.sent`` about 35,000 times per 100 articles,
    and a new Span costs more than the look-up."""
    starts = [sent.start for sent in doc.sents] if len(doc) else []
    ends = starts[1:] + [len(doc)]
    spans: list = [None] * len(starts)

    def sentence(i: int):
        k = bisect_right(starts, i) - 1
        span = spans[k]
        if span is None:
            span = spans[k] = doc[starts[k] : ends[k]]
        return span

    doc.user_token_hooks["sent"] = lambda token: sentence(token.i)
    doc.user_span_hooks["sent"] = lambda span: sentence(span.start)
    return doc


def parse_text(text: str, model: str) -> Parsed:
    return next(iter(parse_texts([text], model)))
