"""Statements: where an article reports speech, found in one pass over the parsed article.

A statement is the words someone is reported to have said, with the frame that reports them;
who said them is decided afterwards, in one pass too, by ``attribution.py``. This module decides
only *what* is reported, and finds the quotations itself:

- a quotation (``quote``, marks paired by ``quotes.py``, guillemets typed the wrong way round
  included), unless it names something rather than reports speech: one word ("la « flotte de
  l'ombre »"), a quote right after a determiner or a naming word ("l'opération « … »", "la
  devise « … »"). A quote of two to four words is marked ``short``: it is speech only when a
  speaker says it in its own sentence ("coûte que coûte"), a term otherwise ("clade 1b"); a
  one-word quote is speech when it is the predicate of a copula or of "se dire" ("L'Élysée
  est « consterné »"); an incise inside the marks cuts a quotation in two statements;
- an embedded post, a paragraph signed "— Name (@account) date" (a tweet as pages keep it), is
  a quotation of its author's;
- the reported clauses (``que-clause``, ``colon-clause``, ``incise-clause``, ``infinitive``,
  ``verb-phrase``, ``selon-clause``) are ``reported.py``'s part; a quotation inside one that it
  does not fill is a fragment of it, not a statement of its own; a gerund that carries a verb phrase
  on ("constate …, en soulignant …") is part of it (``reported_joined.py``);
- a verb of saying is a lemma of data/speech_verbs.yml, whatever the tagger calls it where the
  form or the lemmatizer says it is a verb ("« … » commente X", "Les conseils dénoncent");
- words already inside a quotation or another reported clause never yield a second statement,
  and "a été condamné", "a condamné X à six ans de prison" are done to someone, not said.

The statement rules, with the confidence the table gives them:

{table}
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from ..lexicon import Lexicon
from ..nlp import Parsed
from .quotes import clean_words, find_quotes
from .reported import ReportedClauses
from .reported_continued import ContinuedSpeech
from .reported_incises import InciseClauses
from .reported_joined import JoinedPhrases
from .reported_sources import SourceClauses
from .rules import table
from .saying import SayingVerbs
from .speech import NOMINAL, Piece, Statement, author_of_source, sentence_of, source_phrase, verb_lemma

__all__ = ["Finder", "Statement", "author_of_source", "find_statements", "sentence_of", "source_phrase", "verb_lemma"]

log = logging.getLogger(__name__)
__doc__ = __doc__.format(table=table("statements"))

MARKS = str.maketrans("", "", "«»“”‹›„\"")  # quotation marks, left out of joined fragments
# a paragraph signed "— Name (@account) date": an embedded post (a tweet's text as pages keep it)
EMBEDDED_POST = re.compile(r"(?m)^(?P<words>[^\n]{12,}?)\s+[—–]\s+[^\n()]{2,60}?\s+\(@\w+\)[^\n]{0,40}$")


class Finder(SayingVerbs, ReportedClauses, InciseClauses, SourceClauses, ContinuedSpeech, JoinedPhrases):
    """The statements of one article, in text order."""

    def __init__(self, parsed: Parsed, lex: Lexicon):
        self.parsed, self.doc, self.lex = parsed, parsed.doc, lex
        self.quotes: list[Piece] = []
        self.incise_verbs: set[int] = set()  # verbs of incises inside the marks: verbs by position
        self.quoted: set[int] = set()
        self.text = parsed.norm.text  # the Doc's text (spaCy rebuilds Doc.text from every token at each access)
        for quote in find_quotes(self.text):
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None:
                self.quotes.extend(self.split_at_incise(Piece(quote.inner_start, quote.inner_end, span)))
        self.quotes.extend(self.embedded_posts())
        self.quotes.sort(key=lambda q: q.span.start)
        for piece in self.quotes:
            self.quoted.update(range(piece.span.start, piece.span.end))
        # tokens of quotations that name something ("une « campagne de désinformation »"): a
        # reported clause may hold them, as it may not hold speech already quoted
        self.terms = {i for q in self.quotes if self.is_name(q.span.start) for i in range(q.span.start, q.span.end)}
        self.speech_verbs, self.cues = [], []  # one pass over the tokens for both
        self.speech_nouns: set[int] = set()  # nouns of a speech act a colon closes ("son constat : …")
        # Asked of every token, the five tests below answer no for nearly all of them, each after
        # reading the token again: a token can pass one only if it is an incise's verb, is tagged a
        # verb (support verbs, incises), its lemma heads a verb of saying, a phrase or a judgement,
        # or its form is a source phrase's last word or a noun of speech, so the others are skipped.
        heads = lex.speech | lex.judgement_verbs | lex.speech_phrases.keys()
        forms = lex.speech_nouns | lex.source_phrases.keys()
        for token in parsed.tokens:
            if not (
                token.pos_ == "VERB"
                or token.lower_ in forms
                or token.i in self.incise_verbs
                or verb_lemma(token, lex) in heads
            ):
                continue
            if token.lower_ in lex.source_phrases and source_phrase(self.doc, token, lex) is not None:
                self.cues.append(token)
            elif self.is_speech_verb(token) or self.support_verb(token) or self.judgement(token):
                self.speech_verbs.append(token)
            elif self.nominal_frame(token):
                self.speech_verbs.append(token)
                self.speech_nouns.add(token.i)

    def find(self) -> list[Statement]:
        self.verb_set = {t.i for t in self.speech_verbs}
        self.verb_starts = [t.i for t in self.speech_verbs]
        events = [(piece.span.start, "direct", piece) for piece in self.quotes]
        events += [(token.i, "verb", token) for token in self.speech_verbs]
        events += [(token.i, "selon", token) for token in self.cues]
        events.sort(key=lambda e: e[0])
        found: list[Statement] = []
        seen: set[str] = set()
        claimed: set[int] = set()  # tokens already inside a reported clause
        last_direct: tuple[int, int] | None = None  # (index in found, first character of its words)
        for _, kind, item in events:
            if kind == "direct":
                if last_direct is not None and self.continues_fragment(found[last_direct[0]], item):
                    index, first_char = last_direct
                    merged = self.merged(found[index], first_char, item)
                    seen.discard(found[index].text)
                    seen.add(merged.text)
                    found[index] = merged
                    log.debug("quotation fragment joined at token %d: %r", item.span.start, merged.text[:60])
                    continue
                if item.span.start in claimed:
                    continue  # a fragment of the reported clause that holds it
                statement = self.quotation(item)
                if statement is not None and statement.text not in seen:
                    last_direct = (len(found), item.inner_start)
            elif item.i in claimed or item.i in self.quoted:
                continue
            elif kind == "verb":
                statement = self.reported_clause(item)
            else:
                statement = self.selon_clause(item)
            if statement is None or statement.text in seen:
                continue
            if statement.kind == "reported":
                claimed.update(range(statement.start, statement.end))
                if statement.after:  # the incise itself, its subject's participles included
                    verb = statement.verbs[0]
                    close = next(
                        (t.i for t in self.doc[verb : statement.frame[1]] if t.text in ",;:"), statement.frame[1]
                    )
                    claimed.update(range(verb, close))
                # "… « étaient compliquées par l'état du bâtiment », a indiqué X": a quotation
                # inside a reported clause is a fragment of it, not a statement of its own
                k = len(found)
                while k > 0 and found[k - 1].start >= statement.start:  # text order: only the tail
                    k -= 1
                kept = [f for f in found[k:] if not (f.kind == "direct" and f.end <= statement.end + 1)]
                if len(kept) < len(found) - k:
                    found[k:] = kept
                    last_direct = None
            seen.add(statement.text)
            found.append(statement)
            log.debug("statement %s at token %d: %r", statement.rule, statement.start, statement.text[:60])
        return found

    # ------------------------------------------------------------------ quotations

    def embedded_posts(self) -> list[Piece]:
        """ "Oui je voterai la motion de censure. — Ian Boucard (@IanBoucard) March 16, 2023": a post
        embedded in the page, a paragraph signed with a dash, a name and an account, is its author's
        words, as a quotation is (the signature frames it)."""
        pieces = []
        for match in EMBEDDED_POST.finditer(self.text):
            if any(q.inner_start <= match.start("words") < q.inner_end for q in self.quotes):
                continue
            span = self.doc.char_span(match.start("words"), match.end("words"), alignment_mode="expand")
            if span is not None:
                pieces.append(Piece(match.start("words"), match.end("words"), span))
        return pieces

    def split_at_incise(self, piece: Piece) -> list[Piece]:
        """ "« Nous n'avons pas cédé, précise X, auteur de deux buts. Nous voulons … »": an incise
        inside the marks is the narrator's, and cuts the quotation in two statements of X."""
        doc, span = self.doc, piece.span
        for comma in range(span.start + 3, span.end - 3):
            if doc[comma].text != ",":
                continue
            # "…, a-t-il déclaré. …": up to three clitics (the auxiliary, "-t", "-il") before the verb
            verb = next((t for t in doc[comma + 1 : comma + 5] if not self.verb_clitic(t)), None)
            if (
                verb is None
                or verb_lemma(verb, self.lex) not in self.lex.speech
                or verb.pos_ not in ("VERB", "NOUN", "X", "ADJ")
            ):
                continue
            if any(not self.verb_clitic(t) for t in doc[comma + 1 : verb.i]):
                continue
            end = self.incise_end(verb, span.end - 1)
            if end is None:
                continue
            self.incise_verbs.add(verb.i)
            before = Piece(piece.inner_start, doc[comma].idx, doc[span.start : comma], verb.i)
            rest = Piece(doc[end].idx + len(doc[end].text), piece.inner_end, doc[end + 1 : span.end], verb.i)
            log.debug("incise inside a quotation at token %d", verb.i)
            return [before, *self.split_at_incise(rest)] if end + 3 < span.end else [before]
        return [piece]

    def verb_clitic(self, token) -> bool:
        """What may stand between the comma of an incise and its verb: an auxiliary, an inverted
        clitic, an object pronoun ("…, nous dit Tony Gallopin", "…, m'a confié X")."""
        return (
            token.pos_ == "AUX"
            or token.text.startswith("-")
            or (token.pos_ == "PRON" and token.text[:1].islower())  # the subject comes after the verb
        )

    def incise_end(self, verb, stop: int) -> int | None:
        """The comma or stop closing an incise: after its subject (a name, a title, "-t-il") and an
        apposition to it ("précise X, auteur de deux buts."); None if no subject stands there."""
        doc = self.doc
        clitic = any(t.text.startswith("-") for t in doc[verb.i - 2 : verb.i + 2])
        i = verb.i + 1
        named = clitic
        phrase = False
        while i < stop and i - verb.i <= 12:
            token = doc[i]
            if token.text in (".", "!", "?", ";"):
                return i if named else None
            if token.text == ",":
                if not named:
                    return None
                after = doc[i + 1 : stop]
                stop_at = next((t.i for t in after if t.text in (".", "!", "?", ",")), stop)
                apposition = (
                    i + 1 < stop
                    and doc[i + 1].text[:1].islower()
                    and not any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1 : stop_at])
                    and stop_at < stop
                    and doc[stop_at].text != ","
                )
                name = (  # "a lancé le leader solidaire, Gabriel Nadeau-Dubois.": the name apposed to a description
                    phrase
                    and stop_at < stop
                    and doc[stop_at].text != ","
                    and all(t.text[:1].isupper() or t.text == "-" for t in doc[i + 1 : stop_at])
                    and stop_at - i <= 6
                )
                return stop_at if apposition or name else i
            if self.lex.actors.is_article(doc[i - 1].lower_):
                phrase = True  # "a lancé le leader solidaire": after an article a noun phrase, whatever the tagger says
            if token.pos_ in NOMINAL or token.text[:1].isupper() or (phrase and token.text.islower()):
                named = True
            elif token.pos_ in ("VERB", "AUX", "SCONJ"):
                return None  # a clause goes on: "…, dit-on qu'il …" is no incise
            i += 1
        return None

    def reported(self, start: int, end: int, sent, rule: str, shown: int | None = None, **more) -> Statement:
        """The reported statement of tokens [start, end) of sentence ``sent``, framed by it: what
        every reported-speech rule (verb phrase, selon-clause, relative source, continuation) makes.
        ``shown``: where its text starts when a reader needs more than the words said (a verb
        phrase's subject); the words stay [start, end), and the subject part of the frame."""
        return Statement(
            start=start,
            end=end,
            kind="reported",
            rule=rule,
            text=self.parsed.span_text(self.doc[start if shown is None else shown : end]).strip(),
            sentence=self.parsed.original(sent.start_char, sent.end_char).strip(),
            frame=(sent.start, sent.end),
            **more,
        )

    def quotation(self, piece: Piece) -> Statement | None:
        doc, span, quote = self.doc, piece.span, piece
        count = sum(1 for t in doc[span.start : span.end] if t.is_alpha or t.like_num)
        if self.is_name(span.start) or (count < 2 and not self.is_predicate(span.start)):
            return None
        if self.is_headline(span):
            return None  # the title's or a subheading's quotation repeats or sums up the article's
        first, last = sentence_of(doc[span.start]), sentence_of(doc[span.end - 1])
        frame_start = first.start
        before = span.start - 1
        while before > 0 and doc[before].is_space:
            before -= 1
        if before > 0 and doc[before].text == ":" and before < first.start:
            # "X a réagi après le match :" then the quotation on the next line: that sentence
            # frames it (a rubric "Santé :" frames nothing, having no verb of saying)
            frame_start = sentence_of(doc[before]).start
        verbs = [t for t in self.speech_verbs if frame_start <= t.i < last.end or t.i == piece.incise]
        verbs.sort(key=lambda t: (t.i != piece.incise, min(abs(t.i - span.start), abs(t.i - span.end))))
        return Statement(
            start=span.start,
            end=span.end,
            kind="direct",
            rule="quote",
            text=clean_words(self.parsed.original(quote.inner_start, quote.inner_end)),
            sentence=self.parsed.original(first.start_char, last.end_char).strip(),
            frame=(frame_start, last.end),
            verbs=tuple(t.i for t in verbs),
            opens=first.start,
            incise=piece.incise,
            # a short quote in a sentence of other words needs a speaker there; alone, it is speech
            short=count <= 4 and any(t.is_alpha and t.i not in self.quoted for t in doc[first.start : last.end]),
        )

    def is_headline(self, span) -> bool:
        """ "Crise de l'élevage : « On va maintenir la pression » (JA)" (the title, the first block),
        "## «Voie bilatérale essentielle»" (a block of the quotation alone, no final stop)."""
        block = self.parsed.block_of(self.doc[span.start].idx)
        if block == 0:
            return True
        starts = self.parsed.block_starts
        end_char = starts[block + 1] if block + 1 < len(starts) else len(self.text)
        rest = self.text[starts[block] : end_char].strip()
        quote = self.text[span.start_char : span.end_char]
        return rest == quote and not quote.rstrip("»”\"").rstrip().endswith((".", "!", "?", "…"))

    def continues_fragment(self, previous: Statement, piece: Piece) -> bool:
        """ "a condamné « toute prise de pouvoir » en Guinée « par la force du fusil »": a fragment
        that goes on with the clause of the quotation before it, in the same sentence, with only a
        few words of the narrator between (no verb of saying, no end of sentence), is one statement."""
        doc, start = self.doc, piece.span.start
        if previous.kind != "direct" or previous.end > start or start - previous.end > 8:
            return False
        if sentence_of(doc[previous.end - 1]).start != sentence_of(doc[start]).start:
            return False
        words = [t for t in doc[start : piece.span.end] if t.is_alpha]
        if not words or not words[0].text[:1].islower() or self.is_name(start):
            return False
        gap = doc[previous.end : start]
        return not any(t.i in self.verb_set or t.text in ".!?;:" for t in gap)

    def merged(self, previous: Statement, first_char: int, piece: Piece) -> Statement:
        """The statement running from the first fragment to this one, the marks left out."""
        raw = self.parsed.original(first_char, piece.inner_end)
        text = " ".join(raw.translate(MARKS).split())
        count = sum(1 for t in self.doc[previous.start : piece.span.end] if t.is_alpha or t.like_num)
        return replace(previous, end=piece.span.end, text=text, short=previous.short and count <= 4)

    def is_name(self, start: int) -> bool:
        """A quote right after a determiner or a naming word names something ("l'opération « … »")."""
        opens = sentence_of(self.doc[start]).start
        prev = start - 1
        while prev > opens and self.doc[prev].is_space:
            prev -= 1
        if prev >= opens and self.doc[prev].text == ":":
            return False  # "en ces termes : « … »": a colon introduces words said, it names nothing
        before = [t for t in self.doc[max(opens, start - 2) : start] if not t.is_punct]
        if not before:
            return False
        last = before[-1]
        if self.conjugated(last) or (last.pos_ in ("VERB", "AUX") and "Fin" in last.morph.get("VerbForm")):
            return False  # "s'est dit « fier »", "se dit « inquiète »": a verb said it, nothing is named
        if last.pos_ == "DET" and self.long_clause(start):
            return False  # "met en garde contre un « épisode caniculaire intense et durable, … »": speech
        if last.pos_ == "DET" or last.lower_ in self.lex.naming:
            return True
        if last.lower_ == "pour" and any(
            t.lemma_.lower() in self.lex.charges or t.lower_ in self.lex.charges
            for t in self.doc[max(opens, last.i - 4) : last.i]
        ):
            return True  # "mis en examen pour « association de malfaiteurs »": the charge's name
        return any(t.lemma_.lower() in self.lex.naming and t.pos_ in ("NOUN", "VERB", "ADJ") for t in before)

    def long_clause(self, start: int) -> bool:
        """A quotation of more than eight words with a comma inside: a title is shorter than that."""
        quote = next((q for q in self.quotes if q.span.start == start), None)
        if quote is None:
            return False
        words = [t for t in quote.span if t.is_alpha]
        return len(words) > 8 and any(t.text == "," for t in quote.span)

    @staticmethod
    def conjugated(token) -> bool:
        return token.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("aux") for c in token.children)

    def is_predicate(self, start: int) -> bool:
        """ "L'Élysée est « consterné »", "se dit « fier »": a one-word quote a copula predicates."""
        before = [t for t in self.doc[max(0, start - 3) : start] if not t.is_punct and t.pos_ != "ADV"]
        if not before:
            return False
        last = before[-1]
        if last.pos_ not in ("AUX", "VERB"):
            return False
        return last.dep_ == "cop" or last.lemma_.lower() == "être" or self.is_speech_verb(last)


def find_statements(parsed: Parsed, lex: Lexicon) -> tuple[list[Statement], set[int]]:
    """The article's statements in text order, and the tokens inside quotations."""
    finder = Finder(parsed, lex)
    return finder.with_continuations(finder.joined(finder.find())), finder.quoted
