"""Selon-clauses: what a source phrase credits ("Selon X, …", "…, d'après X", "Celles-ci doivent,
aux yeux de l'UDC, être …", a framing "Pour X, …"), the ``selon-clause`` rule of the statements
family. The part of ``statements.Finder`` (``SourceClauses``, a mixin, split from ``reported.py``)
that reads the words a phrase of data/speech_verbs.yml source_phrases frames; who the phrase names
is ``speaker_sources.py``'s part.
"""

from __future__ import annotations

from .phrases import is_finite_clause
from .speech import NOMINAL, Statement, author_of_source, loose_mark, sentence_of, source_of_facts, source_phrase


class SourceClauses:
    """Mixin of ``statements.Finder``: the words a source phrase credits."""

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
        if head is not None and head.i == token.i + 1 and "Rel" in head.morph.get("PronType"):
            return self.relative_source(token, opens, framing)
        if head is None or (framing and not self.may_name_someone(head)):
            return None  # "Pour le quatrième trimestre, Air France annonce …": when, not who
        comma = next((t.i for t in doc[head.i : sent.end] if t.text == ","), None)
        before = doc[opens - 1] if opens > sent.start else None
        if opens - sent.start <= 1 or (before is not None and before.text in ",»\""):
            # a phrase opening the sentence may name its source at length ("Selon la communication
            # faite par la ministre au Conseil des ministres, …"); one inside it is short
            if comma is None or comma - token.i > (16 if opens - sent.start <= 1 else 10):
                if framing or before is None or sent.end - token.i > 20 or self.verb_after(token.i, sent.end):
                    return None
                # "…, selon les chiffres du SECO."; "X a dénoncé « … », alors que le bilan s'élève à 14 morts,
                # selon le parquet": past a verb of saying of its own, only the clause the phrase ends
                start, end, phrase_end = self.own_clause(sent.start, opens), opens, sent.end
            elif opens - sent.start <= 1:  # "Selon lui, …", "Pour X, de la FDSEA, …"
                phrase_end = self.apposition_end(comma, sent.end)
                start, end = phrase_end + 1, sent.end
            elif framing:
                return None
            elif self.apposition_end(comma, sent.end) + 2 >= sent.end:
                # "« … », selon le secrétaire général, X.": the name in apposition closes the sentence,
                # the phrase credits the words before it
                start, end, phrase_end = sent.start, opens, sent.end
            else:  # "Celles-ci doivent, aux yeux de l'UDC, être fixées …": the sentence it interrupts
                start, end, phrase_end = sent.start, sent.end, comma
        elif framing or sent.end - token.i > 20 or self.verb_after(token.i, sent.end):
            return None
        else:
            # "…, faisant 113 morts dans les rangs rebelles selon le gouverneur": with no comma before
            # it, the phrase credits the nearest predicate, the words since the last comma
            start, end, phrase_end = self.last_comma(sent.start, opens) + 1, opens, sent.end
        if source_of_facts(head, self.lex):
            if author_of_source(doc, head, phrase_end, self.lex) is None:
                return None  # "selon les informations du renseignement": a source of facts, not speech
        while end > start and loose_mark(doc[end - 1]):
            end -= 1
        if end - start < 3 or self.mostly_quoted(start, end):
            return None  # the words are a quotation: its speaker is read from the same phrase
        if framing and any(t.i in self.verb_set and not self.bare_participle(t) for t in doc[start:end]):
            return None  # "Pour sa part, X a dit que …": the verb of saying reports it
        return self.reported(start, end, sent, "selon-clause", cue=token.i)

    def relative_source(self, token, opens: int, framing: bool) -> Statement | None:
        """ "X, pour qui la hausse est injuste, …", "un rapport selon lequel le déficit atteindra …":
        a source phrase whose nominal is a relative pronoun credits the relative clause to its
        antecedent ("selon lui" said of the noun before); the words run from after the pronoun to
        the comma closing the relative, or to the end of the sentence. A framing "pour qui" follows
        its antecedent after a comma ("un atelier pour qui le souhaite" is for whom, not whose view);
        a pronoun that is the clause's own subject ("selon qui veut l'entendre") credits nothing."""
        doc = self.doc
        sent = sentence_of(token)
        if framing and (opens == sent.start or doc[opens - 1].text != ","):
            return None
        start = token.i + 2
        if start < sent.end and doc[start].text == ",":
            start += 1  # "pour qui, la question cruciale reste …"
        first = next((t for t in doc[start : sent.end] if not t.is_quote), None)  # the tagger may call "«" a verb
        if first is None or first.pos_ in ("VERB", "AUX"):
            return None
        end = next((t.i for t in doc[start + 1 : sent.end] if self.closes_relative(t, sent.end)), sent.end)
        while end > start and loose_mark(doc[end - 1]) and end - 1 not in self.quoted:
            end -= 1
        if end - start < 3 or self.mostly_quoted(start, end):
            return None  # the words are a quotation: its speaker is read from the same phrase
        if not any(t.pos_ in ("VERB", "AUX") or t.dep_.startswith("nsubj") for t in doc[start:end]):
            return None  # a clause has a verb or a subject (the tagger reads "atteindra" as a noun)
        return self.reported(start, end, sent, "selon-clause", cue=token.i)

    def closes_relative(self, token, stop: int) -> bool:
        """A semicolon or colon, or a comma before the antecedent's own verb ("La CGT, pour qui …,
        prépare …"); a comma before an infinitive or another phrase goes on with the relative."""
        if token.i in self.quoted or token.text not in ",;:":
            return False
        if token.text != ",":
            return True
        nxt = next((t for t in self.doc[token.i + 1 : stop] if t.pos_ not in ("ADV", "PRON")), None)
        return nxt is not None and nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm")

    def titled_name(self, segment, comma: int, stop: int) -> bool:
        """ "le commandant Éric Lavaud" between commas: a title and a name, followed by a clause with
        a subject of its own (not a relative on it, "…, qui rentre de Bruxelles, va …")."""
        doc = self.doc
        second = segment[1]
        if second.lemma_.lower() not in self.lex.titles and second.lower_ not in self.lex.titles:
            return False
        after = doc[comma + 1] if comma + 1 < stop else None
        if after is None or "Rel" in after.morph.get("PronType") or after.pos_ in ("VERB", "AUX"):
            return False
        return any(t.dep_.startswith("nsubj") for t in doc[comma + 1 : stop])

    def own_clause(self, start: int, stop: int) -> int:
        """Where the clause a closing "selon" credits starts: the sentence, or, when a verb of saying
        before ``stop`` reports words of its own, the last subordinating conjunction after that verb
        ("alors que", "tandis que")."""
        said = [i for i in range(start, stop) if i in self.verb_set and i not in self.quoted]
        if not said:
            return start
        marks = [
            t.i
            for t in self.doc[said[-1] + 1 : stop]
            if t.dep_ == "mark" and t.i not in self.quoted and is_finite_clause(t.head)  # "alors" (que), "tandis" (que)
        ]
        return marks[-1] if marks else start

    def last_comma(self, start: int, stop: int) -> int:
        """The last comma before ``stop`` outside quotations and brackets, or ``start - 1``."""
        depth = 0
        for token in reversed(self.doc[start:stop]):
            if token.text == ")":
                depth += 1
            elif token.text == "(":
                depth = max(0, depth - 1)
            elif token.text == "," and not depth and token.i not in self.quoted:
                return token.i
        return start - 1

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
        ("selon les chiffres communiqués par la direction" holds only a participle; "selon la SNCF
        qui a détourné la circulation" only a relative clause on the source)."""
        for t in self.doc[start + 1 : stop]:
            if t.i in self.quoted:
                continue
            if "Rel" in t.morph.get("PronType"):
                return False  # what follows describes the source
            if (
                t.pos_ in ("VERB", "AUX")
                and "Part" not in t.morph.get("VerbForm")
                and "Inf" not in t.morph.get("VerbForm")
            ):
                return True
        return False

    def apposition_end(self, comma: int, stop: int) -> int:
        """ "Pour Ludovic Blin, de la FDSEA de la Manche, le prix …", "Selon les estimations du
        SNUipp-FSU, principal syndicat des écoles, 24 % …": a complement or a noun phrase with no
        determiner between commas after the source still describes it; the clause starts after it."""
        doc = self.doc
        first = doc[comma + 1] if comma + 1 < stop else None
        if first is not None and "Rel" in first.morph.get("PronType") and first.lower_ in ("qui", "dont"):
            # "Pour le maire, qui a porté plainte, hors de question de …": a relative on the source
            return next((t.i for t in doc[comma + 2 : stop] if t.text == ","), comma)
        if first is not None and first.text[:1].isupper() and first.is_alpha:
            # "D'après le ministre du Travail, Olivier Marchal, la réforme …": the source's name, two
            # words or more (the tagger may call a first name anything)
            # (or closing the sentence: "« … », selon le porte-parole, Paul Girard.")
            nxt = next((t.i for t in doc[comma + 1 : stop] if t.text in (",", ".", "!", "?")), None)
            if (
                nxt is not None
                and 3 <= nxt - comma <= 5
                and all(t.text[:1].isupper() or t.lower_ in self.lex.name_particles for t in doc[comma + 1 : nxt])
            ):
                return nxt
        if first is not None and first.pos_ == "DET":
            # "Selon le porte-parole de l'armée, le lieutenant-colonel X, un commandant a été tué": a
            # title and a name the parse hangs on the source, no verb, is the source's apposition
            nxt = next((t.i for t in doc[comma + 1 : stop] if t.text == ","), None)
            segment = doc[comma + 1 : nxt] if nxt is not None else None
            if (
                segment is not None
                and 2 <= len(segment) <= 8
                and segment[-1].text[:1].isupper()
                and not any(t.pos_ in ("VERB", "AUX") for t in segment)
                and (segment.root.head.i < comma or self.titled_name(segment, nxt, stop))
            ):
                return nxt
        if first is not None and (first.pos_ == "ADP" or (first.pos_ in ("NOUN", "ADJ") and first.text[:1].islower())):
            nxt = next((t.i for t in doc[comma + 1 : stop] if t.text == ","), None)
            if nxt is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1 : nxt]):
                return nxt
        return comma
