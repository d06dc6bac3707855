"""Incise clauses: "<clause>, a annoncé le ministre." The part of ``statements.Finder``
(``InciseClauses``, a mixin, split from ``reported.py``) that decides when an incise after a clause
reports it (``incise-clause``), when a verb inside such a clause defers to the incise, and when the
incise only frames a quotation closing right before it ("… : « Vous êtes … », a-t-il plaisanté").
"""

from __future__ import annotations

from bisect import bisect_right

from .speech import NOMINAL, inverted_clitic, sentence_of


class InciseClauses:
    """Mixin of ``statements.Finder``: incises and the clauses they report."""

    def relative_clauses(self, start: int, end: int) -> set[int]:
        """The tokens of the relative clauses opened in [start, end) ("qui gère le navire avec MSF")."""
        inside: set[int] = set()
        for t in self.doc[start:end]:
            if any("Rel" in c.morph.get("PronType") and start <= c.i < t.i for c in t.children):
                inside.update(u.i for u in t.subtree)
        return inside

    def before_incise(self, verb) -> tuple[int, int] | None:
        """ "<clause>, a annoncé le ministre.": an incise after a clause reports it."""
        doc = self.doc
        sent = sentence_of(verb)
        if "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm"):
            return None  # "…, exprimant la solidarité de l'UE": a participle goes on, it reports nothing
        i = verb.i - 1
        while i > sent.start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].text.startswith("-")):
            i -= 1
        if doc[i].text != "," or i - sent.start < 4 or self.incise_of_quotation(verb):
            return None
        if any(c.dep_.startswith("aux") and c.i < i and not doc[c.i - 1].is_punct for c in verb.children):
            # "Le musée a, pour sa part, annoncé une hausse": its auxiliary after its subject, then an
            # aside; an incise's own auxiliary opens it ("…, a, selon nos informations, indiqué X")
            return None
        # an incise is short and closes the sentence, or the clause before another one goes on
        # ("…, estiment les syndicats, tandis que le ministère …")
        close = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text in ",;:"), sent.end)
        # "…, a indiqué lors d'un point presse le PDG X, ajoutant que …": a participle of saying after
        # the incise goes on with a statement of its own; the incise closes the clause as a stop would
        closing = close == sent.end or self.saying_participle(close) is not None
        # an incise closing the sentence may name a long title ("a indiqué le procureur de la
        # République de Niort Julien Wattebled."); one inside it is short
        relatives = self.relative_clauses(verb.i + 1, close)
        # "…, a fait savoir la source policière": the words of a light verb's phrase are the verb's own
        relatives.update(self.phrase_words(verb) or ())
        if self.words_outside_brackets(verb.i + 1, close) > (15 if closing else 9) or any(
            t.pos_ in ("VERB", "AUX")
            and t.text[:1].islower()
            and "Part" not in t.morph.get("VerbForm")
            and t.i not in relatives
            for t in doc[verb.i + 1 : close]
        ):  # a verb after the incise's verb goes on with a clause (the tagger calls "Inter" a verb); a
            # participle describes its subject ("a ajouté une source proche du dossier confirmant …"), and
            # so does a relative clause ("…, a annoncé SOS Méditerranée qui gère le navire")
            return None
        if self.apposed_name_before(i, sent.start) and not self.inverted_subject(verb, close):
            return None  # "Tout mis bout à bout, le président, Charles Demouge, a annoncé …": a subject
        if self.relative_before(i, sent.start) and not self.inverted_subject(verb, close):
            return None  # "Le président X, qui a failli être renversé, avait évoqué …": the subject's relative
        if close < sent.end and self.quotation_goes_on(close, sent.end):
            return None  # "il n'avait, précise le ministre, « jamais présenté … »": it frames the quotation
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : i]) and not (
            (self.inverted_subject(verb, close) or self.titled_subject(verb, close))
            and not any(t.text == "," for t in doc[sent.start : i])
        ):
            # "Le secrétaire général, Philippe Martinez, a répondu": a subject, not a clause; but
            # "L'UDC confond …, a critiqué quant à lui X": a clause whose verb the tagger missed,
            # closed by a name the verb can only have for subject; "Une situation « inadmissible »,
            # dénonce le dirigeant tchadien": a sentence without a verb, closed by a title
            return None
        if not any(t.pos_ in NOMINAL for t in doc[verb.i + 1 : close]) and not any(
            t.text.startswith("-") for t in doc[i : verb.i + 2]
        ):
            return None  # "…, a-t-il dit" or "…, a dit X": an incise names who speaks
        return sent.start, i

    def comparative_frame(self, verb) -> int | None:
        """ "Comme l'a rappelé le ministre", "comme le soulignent les syndicats", "ainsi qu'il l'a dit":
        the first token of a conjunction of comparison (grammar.yml, comparative_frames) that frames
        the verb of saying, past its auxiliary, its neuter object "le"/"l'" and a subject pronoun."""
        doc = self.doc
        i = verb.i - 1
        while (
            i > 0
            and verb.i - i <= 4
            and (
                doc[i].pos_ in ("AUX", "ADV")
                or doc[i].lower_.replace("\u2019", "'") in ("le", "l'")
                or doc[i].lower_ in self.lex.pronouns
            )
        ):
            i -= 1
        for words in self.lex.comparative_frames:
            opens = i - len(words) + 1
            if opens >= 0 and [t.lower_.replace("\u2019", "'") for t in doc[opens : i + 1]] == list(words):
                return opens
        return None

    def comparative_clause(self, verb) -> tuple[int, int, bool] | None:
        """ "Comme le rappellent les syndicats, les salaires stagnent.", "La loi vaut pour tous, comme
        l'a souligné la ministre.": a comparative frame of saying reports the clause it opens or
        closes, as an incise does; whether its subject comes after the verb (inverted)."""
        opens = self.comparative_frame(verb)
        if opens is None:
            return None
        doc, sent = self.doc, sentence_of(verb)
        inverted = not any(t.lower_ in self.lex.pronouns for t in doc[opens : verb.i])
        if opens == sent.start:
            close = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == "," and t.i not in self.quoted), None)
            if close is None or close - verb.i > 12:
                return None
            return close + 1, sent.end, inverted
        if doc[opens - 1].text == "," and opens - 1 - sent.start >= 3:
            return sent.start, opens - 1, inverted
        return None

    def incise_of_quotation(self, verb) -> bool:
        """ "X a joint Y : « Vous êtes … », a-t-il plaisanté": the verb is the incise of a quotation of
        words of its own closing right before its comma (one opening on a capital or after a colon,
        not a fragment quoted inside the narrator's clause); it reports the quotation, nothing else."""
        doc = self.doc
        comma = verb.i - 1
        while comma > 0 and (doc[comma].pos_ in ("AUX", "ADV") or doc[comma].text.startswith("-")):
            comma -= 1
        if comma > 1 and doc[comma].is_quote and doc[comma - 1].text == "," and comma in self.quoted:
            comma -= 1  # '"… et religion," a-t-il déclaré': the comma inside the closing mark
        if doc[comma].text != "," or comma - 1 not in self.quoted or comma - 1 in self.terms:
            return False
        piece = next((q for q in self.quotes if q.span.start < comma <= q.span.end), None)
        if piece is None:
            return False
        first = next((t for t in piece.span if t.text[:1].isalpha()), None)  # "L'", "C'" are words too
        before = piece.span.start - 1
        return (first is not None and first.text[:1].isupper()) or (before >= 0 and doc[before].text == ":")

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

    def apposed_name_before(self, comma: int, start: int) -> bool:
        """ "…, le président de l'Agglo, Charles Demouge, a annoncé", "…, le Snes-FSU, premier syndicat
        des enseignants, estime": between two commas right before the verb, a name alone or a noun
        phrase with no determiner and no verb is the subject's apposition, not the end of a clause."""
        doc = self.doc
        j = comma - 1
        while j > start and doc[j].text != "," and doc[j].i not in self.quoted:
            j -= 1
        segment = doc[j + 1 : comma]
        if (
            doc[j].text != ","
            or not len(segment)
            or any(t.pos_ in ("VERB", "AUX") and t.text[:1].islower() for t in segment)
        ):
            return False
        if all(t.text[:1].isupper() for t in segment if t.is_alpha):
            return doc[comma - 1].pos_ == "PROPN"
        return segment[0].pos_ in ("NOUN", "ADJ") and segment[0].text[:1].islower()

    def relative_before(self, comma: int, start: int) -> bool:
        """ "…, le président X, qui a lui-même failli être renversé, avait évoqué …": between two commas
        right before the verb, a relative clause describes the subject written before it; the comma
        closes it, not a clause that an incise would report."""
        doc = self.doc
        j = comma - 1
        while j > start and doc[j].text != "," and doc[j].i not in self.quoted:
            j -= 1
        return doc[j].text == "," and j + 1 < comma and "Rel" in doc[j + 1].morph.get("PronType")

    def quotation_goes_on(self, close: int, stop: int) -> bool:
        """The sentence goes on after a mid-sentence incise with a quotation before any verb of the
        narrator: the incise frames the quotation ("il n'avait, précise X, lors d'une déclaration,
        « jamais présenté … »")."""
        for token in self.doc[close + 1 : stop]:
            if token.i in self.quoted:
                return True
            if token.pos_ in ("VERB", "AUX") and token.text[:1].islower():
                return False
        return False

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

    def titled_subject(self, verb, close: int) -> bool:
        """A title right after the verb, behind its determiner ("dénonce le dirigeant tchadien", "a
        estimé la ministre"): the verb's inverted subject, who speaks."""
        words = [t for t in self.doc[verb.i + 1 : close] if t.pos_ != "ADV" and not t.text.startswith("-")]
        return (
            len(words) >= 2
            and words[0].pos_ == "DET"
            and (words[1].lemma_.lower() in self.lex.titles or words[1].lower_ in self.lex.titles)
        )

    def inverted_subject(self, verb, close: int) -> bool:
        """A name written right after the verb ("a critiqué quant à lui Nicolas Walder"), after
        adverbs and a pronoun under a preposition: its inverted subject; so is a subject clitic
        inverted on the verb or its auxiliary ("…, note-t-elle", "…, a-t-il ajouté")."""
        if any(
            inverted_clitic(t.text, self.lex.pronouns) for t in self.doc[max(0, verb.i - 2) : min(close, verb.i + 3)]
        ):
            return True
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
