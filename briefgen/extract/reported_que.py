"""Que-clauses: where the clause a verb of saying reports with "que" starts and ends.

The part of ``statements.Finder`` (``QueClauses``, a mixin, split from ``reported.py``) that bounds
a que-clause: the parse's own clause, or a que the parse hung elsewhere (after the verb's indirect
object: "a assuré aux éleveurs qu'ils …"); the clause runs on to the end of its sentence when the
parse ends it early, through the quotations that continue it, and stops at a colon, a semicolon, a
participle of saying after a comma (", soulignant que …": a statement of its own) or an incise.
"""

from __future__ import annotations

from .speech import CLAUSE_DEPS, sentence_of, speech_phrase_words


class QueClauses:
    """Mixin of ``statements.Finder``: the bounds of a que-clause."""

    def through_quotations(self, start: int, end: int, sent_end: int) -> int:
        """The end of a reported clause that a quotation continues: from a quotation that the
        parse left out of the clause, or cut, or coordinated to it, on through the quotation and the words after it to the end
        of the sentence, unless a colon, a semicolon or another verb of saying comes first."""
        doc = self.doc
        k = end
        while k > start and doc[k - 1].is_punct and k - 1 not in self.quoted:
            k -= 1
        if k + 1 < sent_end and doc[k].pos_ == "CCONJ" and k + 1 in self.quoted:
            k += 1  # "disant souhaiter une reprise et « créer les conditions … »": a coordinated quotation
        elif k + 2 < sent_end and doc[k].text == "," and k + 1 in self.quoted and not doc[k + 2].text[:1].isupper():
            k += 1  # "qu'à sa connaissance, « il n'y avait pas » de …": the clause goes on in the quotation
        if k >= sent_end or k not in self.quoted or k in self.terms:
            return end
        for token in doc[k:sent_end]:
            if token.i in self.quoted:
                continue
            if token.text in (":", ";") or (
                token.i in self.verb_set and not self.is_infinitive(token) and not self.inside_clause(token)
            ):
                return token.i  # "… pour défendre les prix": an infinitive goes on with the clause
        return sent_end

    def que_clause(self, verb) -> tuple[int, int] | None:
        for child in verb.children:
            if child.dep_ not in CLAUSE_DEPS or child.i < verb.i:
                continue
            tokens = sorted(t.i for t in child.subtree)
            first = self.doc[tokens[0]]
            if first.lower_ in self.lex.complementisers and first.dep_ == "mark" and first.i > verb.i:
                return first.i + 1, self.cut(first.i + 1, self.clause_end(tokens[-1] + 1, sentence_of(verb).end))
        # "a fait savoir que", "a fait valoir que": the light verb's own words come before the que
        phrase_words = speech_phrase_words(verb, self.lex) if self.speech_phrase(verb) else frozenset()
        nxt = next(
            (t for t in self.doc[verb.i + 1 : verb.i + 4] if t.pos_ != "ADV" and t.lower_ not in phrase_words), None
        )
        if nxt is not None and nxt.lower_ in self.lex.complementisers and nxt.dep_ == "mark":
            # "a prescrit que les autorités examinent …" where the parse hung the clause elsewhere
            return nxt.i + 1, self.clause_end(self.own_verb(nxt.i), sentence_of(verb).end, strict=True)
        que = self.que_after_complements(verb)
        if que is not None:
            return que + 1, self.clause_end(self.own_verb(que), sentence_of(verb).end, strict=True)
        return None

    def own_verb(self, que: int) -> int:
        """The token after a que-clause's own first verb ("pour que la maire précise …": a verb of
        saying there is the clause's predicate, not an incise), or the token after its first word."""
        stop = sentence_of(self.doc[que]).end
        verb = next((t.i for t in self.doc[que + 1 : min(stop, que + 8)] if t.pos_ in ("VERB", "AUX")), None)
        return verb + 1 if verb is not None else que + 2

    def que_after_complements(self, verb) -> int | None:
        """ "a assuré jeudi aux éleveurs mobilisés à Lyon qu'ils allaient …", "assurant à l'AFP qu'ils
        les présenteraient …": a que after the verb's indirect object and adverbs, with no direct
        object before it, opens what the verb reports (the parse may read it as a relative pronoun;
        "a annoncé les mesures qu'il a prises" has an object, whose relative it is)."""
        doc, stop = self.doc, sentence_of(verb).end
        in_pp = False
        for token in doc[verb.i + 1 : min(stop, verb.i + 16)]:
            if token.lower_ in self.lex.complementisers:
                nxt = doc[token.i + 1] if token.i + 1 < stop else None
                # right after the verb and its adverbs, a que has no antecedent: it opens the clause
                first = all(t.pos_ == "ADV" for t in doc[verb.i + 1 : token.i])
                return (
                    token.i
                    if (in_pp or first) and nxt is not None and nxt.pos_ in ("PRON", "DET", "PROPN", "ADP")
                    else None
                )
            if token.i in self.quoted or token.text in ",;:.!?" or token.i in self.verb_set:
                return None
            if token.pos_ == "ADP":
                in_pp = True
            elif token.pos_ == "DET" and not in_pp:
                return None  # a direct object: "qu'" after it is its relative
            elif token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm"):
                return None
        return None

    def clause_end(self, end: int, stop: int, *, strict: bool = False) -> int:
        """ "Il a estimé qu'il s'agissait du début, et non de la fin, d'un cycle.": the parse may end a
        que-clause early; it runs on to the end of the sentence unless a colon, a semicolon, a
        quotation or another verb of saying (an incise) comes first; an infinitive is one only where
        it reports a clause of its own ("a refusé d'admettre qu'il soit …", but "que le ministre vienne
        s'expliquer devant le Parlement")."""
        for token in self.doc[end:stop]:
            if (
                token.text in (":", ";")
                or (token.i in self.verb_set and self._says_here(token) and not self.inside_clause(token))
                or token.i in self.quoted
                and token.i not in self.terms
            ):
                return token.i if strict else end
        return stop

    def _says_here(self, verb) -> bool:
        """A verb of saying that opens a statement in the clause: finite, or an infinitive with a
        que after it."""
        if not self.is_infinitive(verb):
            return True
        nxt = next((t for t in self.doc[verb.i + 1 : verb.i + 4] if t.pos_ != "ADV"), None)
        return nxt is not None and nxt.lower_ in self.lex.complementisers

    def cut(self, start: int, end: int) -> int:
        """ "a déclaré que des millions de Soudanais ont besoin d'aide, soulignant que les civils …",
        "en affirmant que ces valeurs étaient partagées : « … »": a participle of saying after a comma
        reports a clause of its own, and a colon opens other words; the parse's clause ends there."""
        for token in self.doc[start:end]:
            if token.i not in self.quoted and (token.text in (":", ";") or self.saying_participle(token.i) is not None):
                return token.i
        return end

    def inside_clause(self, verb) -> bool:
        """ "que le maire explique et justifie le déficit", "les passagers du TER qui assurait la
        liaison", "les mesures qu'elle a demandées": a verb of saying coordinated right after "et" or in
        a relative clause belongs to the clause it is in; it opens no statement of its own."""
        if verb.dep_ == "acl:relcl":
            return True
        i = verb.i - 1
        while i > 0 and (self.doc[i].pos_ in ("AUX", "ADV") or self.doc[i].lower_ in self.lex.pronouns):
            i -= 1  # "qu'elle a", "qui n'a pas"
        before = self.doc[i]
        return before.pos_ == "CCONJ" and i == verb.i - 1 or "Rel" in before.morph.get("PronType")

    def saying_participle(self, comma: int):
        """The verb of saying in the present participle right after a comma (", soulignant …", ", en
        précisant …", ", tout en appelant …"), or None."""
        doc = self.doc
        if doc[comma].text != "," or comma + 2 >= len(doc):
            return None
        i = comma + 1
        while i + 1 < len(doc) and i - comma <= 2 and (doc[i].lower_ == "en" or doc[i].pos_ == "ADV"):
            i += 1  # ", tout en appelant …", ", en précisant …", ", notamment soulignant …"
        part = doc[i]
        if part.i in self.verb_set and "Part" in part.morph.get("VerbForm") and "Pres" in part.morph.get("Tense"):
            return part
        return None
