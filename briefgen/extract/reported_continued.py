"""Continued speech: a sentence that goes on with the words an incise has just reported.

"L'accord confond souveraineté et isolement, a critiqué X. Il est un facteur de paix pour les
entreprises." The second sentence has no frame of its own, yet it is X's: free indirect speech,
the way news style strings a speaker's points after one verb of saying. The part of
``statements.Finder`` (``ContinuedSpeech``, a mixin) that reads it, the ``continued`` rule of the
statements family: right after a statement an incise closes ("…, a critiqué X." or "« … », a
complété X."), in the same paragraph, a sentence in the present or the future (the narrator tells
what happened in the past tenses) with no quotation, no verb of saying, no source phrase and no
name of its own as subject goes on with that speaker's words.
"""

from __future__ import annotations

from .speech import Statement, sentence_of


class ContinuedSpeech:
    """Mixin of ``statements.Finder``: sentences continuing an incise's reported words."""

    def with_continuations(self, found: list[Statement]) -> list[Statement]:
        out: list[Statement] = []
        for k, statement in enumerate(found):
            out.append(statement)
            nxt = self.continuation(statement, found[k + 1] if k + 1 < len(found) else None)
            if nxt is not None:
                out.append(nxt)
        return out

    def continuation(self, statement: Statement, following: Statement | None) -> Statement | None:
        doc = self.doc
        if not statement.verbs or not self.closed_by_incise(statement):
            return None
        last = sentence_of(doc[statement.frame[1] - 1])
        if last.end >= len(doc):
            return None
        sent = sentence_of(doc[last.end])
        while sent.start < len(doc) and not sent.text.strip():
            if sent.end >= len(doc):
                return None
            sent = sentence_of(doc[sent.end])
        if self.parsed.block_of(doc[sent.start].idx) != self.parsed.block_of(doc[statement.verbs[0]].idx):
            return None  # a new paragraph: a new frame
        if following is not None and following.start < sent.end:
            return None  # the sentence holds a statement of its own
        words = [t for t in sent if not t.is_space]
        if not 4 <= len(words) <= 40 or words[-1].text not in (".", "!"):
            return None
        if any(
            t.i in self.quoted or t.i in self.verb_set or t.text in ":«»\"“”" or t.lower_ in self.lex.source_phrases
            for t in words
        ):
            return None
        root = sent.root
        if any(c.dep_ == "aux:tense" for c in root.children):
            return None  # "a été", "avait décidé": the narrator's past tenses tell what happened
        # the tenses of finite forms only: a present participle the parse made the root ("Un autre journaliste
        # se trouvant dans le véhicule … a été blessé") is no present of speech
        finite = [
            t
            for t in (root, *(c for c in root.children if c.dep_ in ("cop", "aux", "aux:pass")))
            if "Fin" in t.morph.get("VerbForm")
        ]
        tenses = [t for v in finite for t in v.morph.get("Tense")]
        if not any(t in ("Pres", "Fut") for t in tenses) or any(t in ("Past", "Imp") for t in tenses):
            return None
        if any(c.dep_.startswith("nsubj") and (c.pos_ == "PROPN" or c.ent_type_) for c in root.children) or any(
            t.lower_ in self.lex.impersonal and t.pos_ == "PRON" for t in words
        ):
            return None  # a subject named anew, or "on trouve", "cela": the narrator's sentence
        return self.reported(words[0].i, words[-1].i, sent, "continued", verbs=statement.verbs[:1], after=True)

    def closed_by_incise(self, statement: Statement) -> bool:
        """ "…, a critiqué X." and "« … », a complété X.": the statement's incise ends its sentence."""
        if statement.kind == "reported":
            return statement.after and statement.rule == "incise-clause"
        verb = statement.verbs[0]
        return statement.end <= verb and verb - statement.end <= 4
