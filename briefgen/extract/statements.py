"""Statements: where an article reports speech, found in one pass over the parsed article.

A statement is the words someone is reported to have said, with the frame that reports them;
who said them is decided afterwards, in one pass too, by ``attribution.py``. This module decides
only *what* is reported:

- a quotation (``quote``, marks paired by ``quotes.py``), unless it names something rather than
  reports speech: one word ("la « flotte de l'ombre »"), a quote right after a determiner or a
  naming word ("l'opération « … »", "intitulé « … »"). A quote of two to four words is marked
  ``short``: it is speech only when a speaker says it in its own sentence ("coûte que coûte"),
  a term otherwise ("clade 1b"); a one-word quote is speech when it is the predicate of a
  copula or of "se dire" ("L'Élysée est « consterné »");
- a speech verb with a que-clause (``que-clause``: "X a déclaré que …");
- a stance verb with its complement (``verb-phrase``: "a appelé à …", "a exprimé sa vive
  inquiétude …");
- a clause closed by a short incise (``incise-clause``: "La situation est grave, a annoncé le
  ministre.");
- a "Selon X, …" / "…, d'après X" clause (``selon-clause``);
- words already inside a quotation or another reported clause never yield a second statement,
  and "a été condamné", "a condamné X à six ans de prison" are done to someone, not said.

The statement rules, with the confidence the table gives them:

{table}
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import Lexicon
from ..nlp import Parsed
from .quotes import clean_words, find_quotes
from .rules import table

log = logging.getLogger(__name__)
__doc__ = __doc__.format(table=table("statements"))

CLAUSE_DEPS = ("ccomp", "obj", "advcl", "xcomp", "parataxis", "acl")
COMPLEMENT_DEPS = ("obj", "obl:arg", "obl", "obl:mod", "xcomp", "iobj")
NOMINAL = ("NOUN", "PROPN", "PRON")
MARKS = str.maketrans("", "", "«»“”‹›„\"")  # quotation marks, left out of joined fragments


@dataclass(frozen=True)
class Piece:
    """A quotation, or the part of one on one side of an incise: its words' characters and tokens."""

    inner_start: int
    inner_end: int
    span: object  # the Doc span, marks included
    incise: int | None = None  # the verb of an incise inside the marks that cuts it


@dataclass(frozen=True)
class Statement:
    """Reported words and the frame that reports them (token offsets in the parsed Doc)."""

    start: int  # first token of the words (a quotation: its opening mark)
    end: int
    kind: str  # direct | reported
    rule: str  # a row of data/rules.yml, family "statements"
    text: str  # the words, as the article writes them
    sentence: str  # the sentence(s) they were read from
    frame: tuple[int, int]  # the sentence(s) around the words: where a speaker may be written
    verbs: tuple[int, ...] = ()  # the verbs of saying of the frame, nearest first
    cue: int | None = None  # "selon", "pour", "après" of a selon-clause
    after: bool = False  # a reported clause whose verb follows it (an incise)
    short: bool = False  # a quotation of two to four words: speech only if its sentence says who
    opens: int = -1  # first token of the quotation's own sentence (the frame may start before it)
    incise: int | None = None  # the verb of an incise inside the quotation's marks


def sentence_of(token):
    """The sentence around a token, without trailing blank lines. Boundaries are briefgen's own
    (``nlp._paragraph_boundaries``: a final stop, a blank line or a dateline), not the parser's
    guesses, so a sentence here is what a reader calls one."""
    doc, sent = token.doc, token.sent
    start, end = sent.start, sent.end
    while end - 1 > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


@lru_cache(maxsize=65536)
def _verb_lemma(lemma: str, word: str, lex: Lexicon) -> str:
    """Asked for every token of every article: cached per (lemma, form)."""
    lemma = lemma.lower()
    if lemma in lex.speech:
        return lemma
    if word in lex.irregular_forms:
        return lex.irregular_forms[word]
    for ending in ("ées", "és", "ée", "é", "ent", "es", "e"):
        if word.endswith(ending) and word[: -len(ending)] + "er" in lex.speech:
            return word[: -len(ending)] + "er"
    for ending in ("ies", "is", "ie", "i", "it"):  # "a réagi", "a averti": second group
        if word.endswith(ending) and word[: -len(ending)] + "ir" in lex.speech:
            return word[: -len(ending)] + "ir"
    return lemma


def verb_lemma(token, lex: Lexicon) -> str:
    """The lemma, or the first-group infinitive that the form shows when the lemmatizer
    returned the form itself ("estime" → estimer, "souligné" → souligner)."""
    return _verb_lemma(token.lemma_, token.lower_, lex)


def author_of_source(doc, head, stop: int, lex: Lexicon):
    """ "selon les chiffres du Secrétariat d'État", "selon les estimations du SNUipp-FSU": the name
    source an author publishes is "of" (a proper noun right after de/du/des), which speaks; so does
    the agent of a participle ("selon les chiffres communiqués par la direction"); None for "selon
    des informations du KCIA" (data: speech_verbs.yml, authored_sources)."""
    if head.lemma_.lower() not in lex.authored_sources and head.lower_ not in lex.authored_sources:
        return None
    for token in doc[head.i + 1 : min(stop, head.i + 5)]:
        if token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper():  # "du SNUipp-FSU" tagged a noun
            before = doc[token.i - 1]
            if before.pos_ == "DET" and token.i - 2 > head.i:
                before = doc[token.i - 2]
            return token if before.lower_ in lex.title_complements else None
        if "Part" in token.morph.get("VerbForm") and token.i + 1 < stop and doc[token.i + 1].dep_ == "case":
            agent = next((t for t in doc[token.i + 2 : min(stop, token.i + 5)] if t.pos_ in ("NOUN", "PROPN")), None)
            return agent if agent is not None and agent.head.i == token.i else None
        if token.pos_ not in ("ADP", "DET", "ADJ"):
            return None
    return None


class Finder:
    """The statements of one article, in text order."""

    def __init__(self, parsed: Parsed, lex: Lexicon):
        self.parsed, self.doc, self.lex = parsed, parsed.doc, lex
        self.quotes: list[Piece] = []
        self.incise_verbs: set[int] = set()  # verbs of incises inside the marks: verbs by position
        self.quoted: set[int] = set()
        for quote in find_quotes(self.doc.text):
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None:
                self.quotes.extend(self.split_at_incise(Piece(quote.inner_start, quote.inner_end, span)))
        for piece in self.quotes:
            self.quoted.update(range(piece.span.start, piece.span.end))
        # tokens of quotations that name something ("une « campagne de désinformation »"): a
        # reported clause may hold them, as it may not hold speech already quoted
        self.terms = {i for q in self.quotes if self.is_name(q.span.start) for i in range(q.span.start, q.span.end)}
        self.speech_verbs, self.cues = [], []  # one pass over the tokens for both
        for token in self.doc:
            if token.lower_ in lex.source_phrases and source_phrase(self.doc, token, lex) is not None:
                self.cues.append(token)
            elif self.is_speech_verb(token):
                self.speech_verbs.append(token)

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

    # ------------------------------------------------------------------ the verb of saying

    def is_speech_verb(self, token) -> bool:
        if token.i in self.incise_verbs:
            return True
        if token.i in self.quoted or token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "ADV", "PROPN"):
            return False
        if token.pos_ == "PROPN" and not token.text.islower():
            return False  # a name; a lower-case "PROPN" is a verb the tagger misread ("a réagi")
        lemma = verb_lemma(token, self.lex)
        if lemma not in self.lex.speech:
            return False
        if lemma in self.lex.reflexive and not any(c.lower_ in self.lex.reflexive_pronouns for c in token.children):
            return False  # "s'engager à" takes a stance; "engager sa responsabilité" does not
        if token.pos_ in ("VERB", "AUX"):
            return True
        if token.lemma_.lower() == lemma != token.lower_ and (
            token.dep_ == "ROOT" or any(c.dep_.startswith("nsubj") for c in token.children)
        ):
            return True  # "Les conseils dénoncent …" read as an adverb: the lemmatizer knew the verb
        # the tagger reads "note", "souligné" as a noun: take it for a verb only where a verb
        # must be (after an auxiliary or inverted clitic, or before que or a colon)
        prev = [t for t in self.doc[max(0, token.i - 3) : token.i] if not t.text.startswith("-")]
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        incise = (len(prev) >= 2 and prev[-1].text == "," and prev[-2].text in ("»", "”", '"')) or (
            bool(prev) and prev[-1].text in ("»", "”", '"') and prev[-1].i in self.quoted
        )  # "« … », commente X" and "« … » commente X", the comma forgotten
        return (
            incise
            or bool(prev and prev[-1].pos_ == "AUX")
            or (nxt is not None and (nxt.lower_ in self.lex.complementisers or nxt.text == ":"))
        )

    # ------------------------------------------------------------------ quotations

    def split_at_incise(self, piece: Piece) -> list[Piece]:
        """ "« Nous n'avons pas cédé, précise X, auteur de deux buts. Nous voulons … »": an incise
        inside the marks is the narrator's, and cuts the quotation in two statements of X."""
        doc, span = self.doc, piece.span
        for comma in range(span.start + 3, span.end - 3):
            if doc[comma].text != ",":
                continue
            verb = next(
                (t for t in doc[comma + 1 : comma + 4] if t.pos_ not in ("AUX",) and not t.text.startswith("-")), None
            )
            if (
                verb is None
                or verb_lemma(verb, self.lex) not in self.lex.speech
                or verb.pos_ not in ("VERB", "NOUN", "X", "ADJ")
            ):
                continue
            if any(t.pos_ not in ("AUX",) and not t.text.startswith("-") for t in doc[comma + 1 : verb.i]):
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

    def incise_end(self, verb, stop: int) -> int | None:
        """The comma or stop closing an incise: after its subject (a name, a title, "-t-il") and an
        apposition to it ("précise X, auteur de deux buts."); None if no subject stands there."""
        doc = self.doc
        clitic = any(t.text.startswith("-") for t in doc[verb.i - 2 : verb.i + 2])
        i = verb.i + 1
        named = clitic
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
                return stop_at if apposition else i
            if token.pos_ in NOMINAL or token.text[:1].isupper():
                named = True
            elif token.pos_ in ("VERB", "AUX", "SCONJ"):
                return None  # a clause goes on: "…, dit-on qu'il …" is no incise
            i += 1
        return None

    def quotation(self, piece: Piece) -> Statement | None:
        doc, span, quote = self.doc, piece.span, piece
        count = sum(1 for t in doc[span.start : span.end] if t.is_alpha or t.like_num)
        if self.is_name(span.start) or (count < 2 and not self.is_predicate(span.start)):
            return None
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
        before = [t for t in self.doc[max(opens, start - 2) : start] if not t.is_punct]
        if not before:
            return False
        last = before[-1]
        if self.conjugated(last) or (last.pos_ in ("VERB", "AUX") and "Fin" in last.morph.get("VerbForm")):
            return False  # "s'est dit « fier »", "se dit « inquiète »": a verb said it, nothing is named
        if last.pos_ == "DET" or last.lower_ in self.lex.naming:
            return True
        return any(t.lemma_.lower() in self.lex.naming and t.pos_ in ("NOUN", "VERB", "ADJ") for t in before)

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

    # ------------------------------------------------------------------ reported clauses

    def reported_clause(self, verb) -> Statement | None:
        """Speech verb + que-clause (the clause), stance verb + complement (the verb phrase), or
        a clause closed by an incise (the clause)."""
        doc, lex = self.doc, self.lex
        passive = any(c.dep_ == "aux:pass" and c.lemma_.lower() == "être" for c in verb.children)
        if passive or self.sentence_passed(verb):  # "a prescrit" the parse may call passive too
            return None  # "a été condamné", "a condamné Lafarge à une amende": done to someone, not said
        span, rule, after = self.que_clause(verb), "que-clause", False
        if span is None:
            # "L'UDC confond souveraineté et isolement, a critiqué X.": an incise closing the
            # sentence reports the clause before it, even when its verb takes a stance
            span, rule, after = self.before_incise(verb), "incise-clause", True
        if span is None:
            span, rule, after = self.after_colon(verb), "colon-clause", False
        if span is None and self.inside_incise_clause(verb):
            return None  # "La Russie condamne …, a déclaré le porte-parole": the incise reports it all
        if span is None:
            span, rule, after = self.infinitive(verb), "infinitive", False
        if span is None and (verb.lemma_.lower() in lex.verb_phrase or self.reflexive_phrase(verb)):
            span, rule, after = self.verb_phrase(verb), "verb-phrase", False
        if span is None:
            return None
        start, end = span
        while end > start and doc[end - 1].is_punct and (end - 1 not in self.quoted or end - 1 in self.terms):
            end -= 1  # a closing mark of a quotation inside the clause stays with it
        while end < len(doc) and end in self.quoted and end - 1 in self.quoted and doc[end].is_punct:
            end += 1  # a quotation closing the phrase keeps its closing mark (the parse may hang it elsewhere)
        after_verb = start <= verb.i < end and self.all_quoted(verb.i + 1, end)
        if end - start < 3 or self.mostly_quoted(start, end) or after_verb:
            # the words are a quotation already ("s'est dit « consterné »"): a direct reaction
            return None
        if end < len(doc) and end in self.quoted and end not in self.terms:
            return None  # "a dénoncé un prix « … »": the quotation that follows carries the reaction
        sent = sentence_of(verb)
        return Statement(
            start=start,
            end=end,
            kind="reported",
            rule=rule,
            text=self.parsed.original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)).strip(),
            sentence=self.parsed.original(sent.start_char, sent.end_char).strip(),
            frame=(sent.start, sent.end),
            verbs=(verb.i,),
            after=after,
        )

    def after_colon(self, verb) -> tuple[int, int] | None:
        """ "Charles Demouge a annoncé la couleur : il manque 4 millions d'euros": the clause after
        a colon that closes the verb's own clause is what it reports (a quotation there is direct)."""
        sent = sentence_of(verb)
        for token in self.doc[verb.i + 1 : sent.end]:
            if token.i in self.quoted:
                return None
            if token.text == ":":
                start = token.i + 1
                while start < sent.end and self.doc[start].is_space:
                    start += 1
                if start >= sent.end or start in self.quoted:
                    return None
                return start, sent.end
            if token.pos_ in ("VERB", "AUX") and token.text[:1].islower() and "Fin" in token.morph.get("VerbForm"):
                return None  # another clause before the colon: the colon is not this verb's
        return None

    def inside_incise_clause(self, verb) -> bool:
        """A verb inside the clause that a later incise of its sentence reports."""
        sent = sentence_of(verb)
        k = bisect_right(self.verb_starts, verb.i)  # the verbs after this one, searched not scanned
        for other in self.speech_verbs[k:]:
            if other.i >= sent.end:
                break
            if other.i in self.quoted:
                continue
            span = self.before_incise(other)
            if span is not None and span[0] <= verb.i < span[1]:
                return True
        return False

    def infinitive(self, verb) -> tuple[int, int] | None:
        """ "a dit ne pas être surpris", "ont affirmé avoir capturé le président", "en précisant
        suivre la situation": a verb of saying whose complement is an infinitive reports it."""
        for child in verb.children:
            if child.dep_ not in CLAUSE_DEPS or child.i < verb.i:
                continue
            if not self.is_infinitive(child) and not any(
                c.dep_.startswith("aux") and self.is_infinitive(c) for c in child.children
            ):
                continue  # "a dit ne pas être surpris", "affirment avoir capturé": the auxiliary says it
            if any(c.dep_ == "mark" or c.dep_ == "case" for c in child.children if c.i < child.i):
                return None  # "appelé à …", "menacé de …": the verb phrase of a stance verb
            return self.verb_group_start(verb), max(t.i for t in child.subtree) + 1
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if nxt is not None and self.is_infinitive(nxt) and nxt.head.i != verb.i and nxt.i not in self.quoted:
            # "en précisant suivre la situation": the parse made the verb of saying the infinitive's auxiliary
            return self.verb_group_start(verb), max(t.i for t in nxt.subtree if t.i >= nxt.i) + 1
        return None

    @staticmethod
    def is_infinitive(token) -> bool:
        """A verb in the infinitive: the tagger's word, in lower case (it reads "Inter", "Salifou"
        of a name as infinitives)."""
        return token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm") and token.text[:1].islower()

    def sentence_passed(self, verb) -> bool:
        """ "condamner X à une amende / à six ans": the legal sense of a stance verb."""
        if verb.lemma_.lower() not in self.lex.verb_phrase:
            return False
        for token in verb.subtree:
            if token.i > verb.i and token.lower_ in self.lex.penalty_prepositions:
                after = self.doc[token.i + 1 : token.i + 4]
                if any(t.lower_ in self.lex.penalties for t in after):
                    return True
        return False

    def que_clause(self, verb) -> tuple[int, int] | None:
        for child in verb.children:
            if child.dep_ not in CLAUSE_DEPS or child.i < verb.i:
                continue
            tokens = sorted(t.i for t in child.subtree)
            first = self.doc[tokens[0]]
            if first.lower_ in self.lex.complementisers and first.dep_ == "mark" and first.i > verb.i:
                return first.i + 1, self.clause_end(tokens[-1] + 1, sentence_of(verb).end)
        nxt = next((t for t in self.doc[verb.i + 1 : verb.i + 4] if t.pos_ != "ADV"), None)
        if nxt is not None and nxt.lower_ in self.lex.complementisers and nxt.dep_ == "mark":
            # "a prescrit que les autorités examinent …" where the parse hung the clause elsewhere
            return nxt.i + 1, self.clause_end(nxt.i + 2, sentence_of(verb).end, strict=True)
        return None

    def clause_end(self, end: int, stop: int, *, strict: bool = False) -> int:
        """ "Il a estimé qu'il s'agissait du début, et non de la fin, d'un cycle.": the parse may end a
        que-clause early; it runs on to the end of the sentence unless a colon, a semicolon, a
        quotation or another verb of saying (an incise) comes first."""
        for token in self.doc[end:stop]:
            if (
                token.text in (":", ";")
                or token.i in self.verb_set
                or token.i in self.quoted
                and token.i not in self.terms
            ):
                return token.i if strict else end
        return stop

    def before_incise(self, verb) -> tuple[int, int] | None:
        """ "<clause>, a annoncé le ministre.": an incise after a clause reports it."""
        doc = self.doc
        sent = sentence_of(verb)
        if "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm"):
            return None  # "…, exprimant la solidarité de l'UE": a participle goes on, it reports nothing
        i = verb.i - 1
        while i > sent.start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].text.startswith("-")):
            i -= 1
        if doc[i].text != "," or i - sent.start < 4:
            return None
        # an incise is short and closes the sentence, or the clause before another one goes on
        # ("…, estiment les syndicats, tandis que le ministère …")
        close = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text in ",;:"), sent.end)
        # an incise closing the sentence may name a long title ("a indiqué le procureur de la
        # République de Niort Julien Wattebled."); one inside it is short
        if self.words_outside_brackets(verb.i + 1, close) > (15 if close == sent.end else 9) or any(
            t.pos_ in ("VERB", "AUX") and t.text[:1].islower() for t in doc[verb.i + 1 : close]
        ):  # a verb after the incise's verb goes on with a clause (the tagger calls "Inter" a verb)
            return None
        if self.apposed_name_before(i, sent.start) and not self.inverted_subject(verb, close):
            return None  # "Tout mis bout à bout, le président, Charles Demouge, a annoncé …": a subject
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : i]) and not (
            self.inverted_subject(verb, close) and not any(t.text == "," for t in doc[sent.start : i])
        ):
            # "Le secrétaire général, Philippe Martinez, a répondu": a subject, not a clause; but
            # "L'UDC confond …, a critiqué quant à lui X": a clause whose verb the tagger missed,
            # closed by a name the verb can only have for subject
            return None
        if not any(t.pos_ in NOMINAL for t in doc[verb.i + 1 : close]) and not any(
            t.text.startswith("-") for t in doc[i : verb.i + 2]
        ):
            return None  # "…, a-t-il dit" or "…, a dit X": an incise names who speaks
        return sent.start, i

    def apposed_name_before(self, comma: int, start: int) -> bool:
        """ "…, le président de l'Agglo, Charles Demouge, a annoncé": between two commas right before
        the verb, a name alone is the subject's apposition, not the end of a clause."""
        doc = self.doc
        j = comma - 1
        while j > start and doc[j].text != "," and doc[j].text[:1].isupper() and doc[j].i not in self.quoted:
            j -= 1
        return j < comma - 1 and doc[j].text == "," and doc[comma - 1].pos_ == "PROPN"

    def words_outside_brackets(self, start: int, stop: int) -> int:
        """Tokens of a stretch, a bracketed aside left out ("Nicolas Walder (Verts/GE)")."""
        depth = count = 0
        for token in self.doc[start:stop]:
            if token.text == "(":
                depth += 1
            elif token.text == ")":
                depth = max(0, depth - 1)
            elif not depth:
                count += 1
        return count

    def inverted_subject(self, verb, close: int) -> bool:
        """A name written right after the verb ("a critiqué quant à lui Nicolas Walder"), after
        adverbs and a pronoun under a preposition: its inverted subject."""
        i = verb.i + 1
        while i < close:
            token = self.doc[i]
            if token.pos_ == "ADV" or token.text.startswith("-"):
                i += 1
            elif token.pos_ == "ADP" and i + 1 < close and self.doc[i + 1].pos_ == "PRON":
                i += 2  # "quant à lui", "pour sa part" is no subject
            else:
                return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.is_alpha)
        return False

    def verb_phrase(self, verb) -> tuple[int, int] | None:
        complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.i > verb.i and c.pos_ != "PRON"]
        unsure = verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dep" and c.i > verb.i for c in verb.children)
        if not complements and unsure and verb.dep_ == "ROOT":
            # "Les conseils dénoncent des méthodes …" read as an adverb, or its object left unlabelled
            # ("dep"): its words run to the boundary
            return verb.i, self.clause_end(verb.i + 1, sentence_of(verb).end, strict=True)
        if not complements:
            return None
        start = self.verb_group_start(verb)
        end = max(t.i for c in complements for t in c.subtree) + 1
        for token in self.doc[verb.i + 1 : end - 1]:
            nxt = self.doc[token.i + 1]
            if token.text == "," and "Part" in nxt.morph.get("VerbForm") and "Pres" in nxt.morph.get("Tense"):
                return start, token.i  # "…, reprochant à Moscou …": a participle starts a predicate of its own
            if token.pos_ == "CCONJ" and nxt.pos_ == "VERB" and nxt.head.i == verb.i and nxt.dep_ == "conj":
                return start, token.i  # "a annoncé la rupture … et accusé la Russie …": one verb, one phrase
        return start, end

    @staticmethod
    def verb_group_start(verb) -> int:
        """First token of the verb group: its auxiliaries and reflexive clitic ("s'est prononcé")."""
        before = [
            c.i for c in verb.children if c.i < verb.i and (c.dep_.startswith("aux") or "Yes" in c.morph.get("Reflex"))
        ]
        return min(before + [verb.i])

    def selon_clause(self, token) -> Statement | None:
        """ "Selon lui, …", "D'après la ministre, …", "Pour X, …": the words after the phrase;
        "…, selon un analyste basé à Londres.": the words before it; "Celles-ci doivent, aux yeux
        de l'UDC, être fixées …": the sentence around it (phrases: speech_verbs.yml, source_phrases)."""
        doc = self.doc
        found = source_phrase(doc, token, self.lex)
        if found is None:
            return None
        opens, framing = found
        sent = sentence_of(token)
        head = next((t for t in doc[token.i + 1 : min(sent.end, token.i + 5)] if t.pos_ in NOMINAL), None)
        if head is None or (framing and not self.may_name_someone(head)):
            return None  # "Pour le quatrième trimestre, Air France annonce …": when, not who
        comma = next((t.i for t in doc[head.i : sent.end] if t.text == ","), None)
        before = doc[opens - 1] if opens > sent.start else None
        if opens - sent.start <= 1 or (before is not None and before.text in ",»\""):
            if comma is None or comma - token.i > 10:
                if framing or before is None or sent.end - token.i > 20 or self.verb_after(token.i, sent.end):
                    return None
                start, end, phrase_end = sent.start, opens, sent.end  # "…, selon les chiffres du SECO."
            elif opens - sent.start <= 1:  # "Selon lui, …", "Pour X, de la FDSEA, …"
                phrase_end = self.apposition_end(comma, sent.end)
                start, end = phrase_end + 1, sent.end
            elif framing:
                return None
            else:  # "Celles-ci doivent, aux yeux de l'UDC, être fixées …": the sentence it interrupts
                start, end, phrase_end = sent.start, sent.end, comma
        elif framing or sent.end - token.i > 20 or self.verb_after(token.i, sent.end):
            return None
        else:  # "…, selon un analyste basé à Londres.": the words before
            start, end, phrase_end = sent.start, opens, sent.end
        if head.lemma_.lower() in self.lex.not_speakers or head.lower_ in self.lex.not_speakers:
            if author_of_source(doc, head, phrase_end, self.lex) is None:
                return None  # "selon les informations du renseignement": a source of facts, not speech
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if end - start < 3 or self.mostly_quoted(start, end):
            return None  # the words are a quotation: its speaker is read from the same phrase
        if framing and any(t.i in self.verb_set and not self.bare_participle(t) for t in doc[start:end]):
            return None  # "Pour sa part, X a dit que …": the verb of saying reports it
        return Statement(
            start=start,
            end=end,
            kind="reported",
            rule="selon-clause",
            text=self.parsed.original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)).strip(),
            sentence=self.parsed.original(sent.start_char, sent.end_char).strip(),
            frame=(sent.start, sent.end),
            cue=token.i,
        )

    def reflexive_phrase(self, verb) -> bool:
        """ "s'est dit profondément choqué", "s'est félicité du succès" (speech_verbs.yml, reflexive_phrases)."""
        return verb_lemma(verb, self.lex) in self.lex.reflexive_phrases and any(
            "Yes" in c.morph.get("Reflex") for c in verb.children if c.i < verb.i
        )

    @staticmethod
    def bare_participle(token) -> bool:
        """ "objectif annoncé par Laura Flessel": a participle with no auxiliary reports nothing itself."""
        return "Part" in token.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in token.children)

    def may_name_someone(self, head) -> bool:
        """The head of a framing "Pour X," may be someone: a name, a pronoun, a title, a body."""
        lemma = head.lemma_.lower()
        return (
            head.pos_ in ("PROPN", "PRON")
            or head.text[:1].isupper()
            or any(lemma in words or head.lower_ in words for words in (self.lex.titles, self.lex.institutions))
        )

    def verb_after(self, start: int, stop: int) -> bool:
        """A conjugated verb after a source phrase: a clause goes on, the phrase does not close it
        ("selon les chiffres communiqués par la direction" holds only a participle)."""
        return any(
            t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm") and "Inf" not in t.morph.get("VerbForm")
            for t in self.doc[start + 1 : stop]
            if t.i not in self.quoted
        )

    def apposition_end(self, comma: int, stop: int) -> int:
        """ "Pour Ludovic Blin, de la FDSEA de la Manche, le prix …": a complement between commas
        after the source still describes it; the clause starts after it."""
        doc = self.doc
        if comma + 1 < stop and doc[comma + 1].pos_ == "ADP":
            nxt = next((t.i for t in doc[comma + 1 : stop] if t.text == ","), None)
            if nxt is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1 : nxt]):
                return nxt
        return comma

    def all_quoted(self, start: int, end: int) -> bool:
        """Every word is quoted speech: "s'est dit « consterné »" is the quotation's frame."""
        words = [t.i for t in self.doc[start:end] if t.is_alpha or t.like_num]
        return bool(words) and all(i in self.quoted and i not in self.terms for i in words)

    def mostly_quoted(self, start: int, end: int) -> bool:
        """Half the words or more are quoted speech (named terms aside; marks are no words)."""
        words = [t.i for t in self.doc[start:end] if t.is_alpha or t.like_num]
        quoted = sum(1 for i in words if i in self.quoted and i not in self.terms)
        return quoted * 2 >= len(words)


def source_phrase(doc, token, lex: Lexicon) -> tuple[int, bool] | None:
    """ "selon", "d'après", "aux yeux de", "Pour" ending at ``token`` (speech_verbs.yml,
    source_phrases): the phrase's first token, and whether it credits only as a sentence's frame
    ("Pour X, …", framing_sources), or None."""
    for words in lex.source_phrases.get(token.lower_.replace("\u2019", "'"), ()):
        opens = token.i - len(words) + 1
        if opens < 0 or any(doc[opens + k].lower_.replace("\u2019", "'") != w for k, w in enumerate(words)):
            continue
        return opens, " ".join(words) in lex.framing_sources
    return None


def find_statements(parsed: Parsed, lex: Lexicon) -> tuple[list[Statement], set[int]]:
    """The article's statements in text order, and the tokens inside quotations."""
    finder = Finder(parsed, lex)
    return finder.find(), finder.quoted
