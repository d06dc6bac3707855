"""Joined verb phrases: one reported statement for a verb phrase and the gerund that carries it on.

French reports one act of speech in one sentence by a verb phrase and the gerund that says how,
with the same subject: "L'institution constate l'échec du projet, en soulignant des conséquences
graves", "L'élue est montée au créneau en demandant une baisse des taux et reprochant la
suspension du fonds". A gerund is an adverbial of the verb before it, not an act of its own: the
reader reads one statement there, not a verb phrase and a second one cut from it. This is the part
of ``statements.Finder`` that joins them (a mixin).

Only reported words join (a quotation stays its own statement, whoever frames it), only in one
sentence, and only where nothing but a comma, "en" / "tout en", adverbs and auxiliaries stands
between the first phrase and the gerund (data/grammar.yml, gerund_markers), or "et" between two
participles of one gerund (verb_coordinators). Finite verbs coordinated by "et" report two acts
("a annoncé la fermeture de l'espace aérien et accusé Moscou …"), and a bare participle after a
comma ("a dénoncé …, reprochant à Moscou …") as often as not: those stay apart.
"""

from __future__ import annotations

from dataclasses import replace

from .speech import Statement

# the statements a verb phrase joins: its own kind of words, reported by a verb of the same subject
JOINABLE = frozenset({"verb-phrase", "que-clause", "infinitive"})


def present_participle(verb) -> bool:
    """The form of a gerund ("soulignant" of "en soulignant")."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


class JoinedPhrases:
    """Mixin of ``statements.Finder``: a verb phrase and the reported words that carry it on."""

    def joined(self, found: list[Statement]) -> list[Statement]:
        """The statements, each verb phrase joined with the reported statements that carry it on."""
        out: list[Statement] = []
        for statement in found:
            last = out[-1] if out else None
            if last is not None and self.carries_on(last, statement):
                out[-1] = self.join(last, statement)
                continue
            out.append(statement)
        return out

    def carries_on(self, first: Statement, nxt: Statement) -> bool:
        """ "constate …, en soulignant …", "en demandant … et reprochant …": ``nxt`` is said by a gerund
        right after ``first``'s phrase, or by a participle coordinated with ``first``'s."""
        if first.kind != "reported" or nxt.kind != "reported" or first.rule != "verb-phrase":
            return False
        if nxt.rule not in JOINABLE or first.frame != nxt.frame or not (first.verbs and nxt.verbs):
            return False
        if nxt.start < first.end:
            return False
        doc = self.doc
        verb = doc[nxt.verbs[0]]
        if verb.i < first.end:
            return False
        between = doc[first.end : min(nxt.start, verb.i)]
        if any(t.i in self.quoted for t in between):
            return False
        # a gerund ("en soulignant", "tout en appelant"), not a bare participle: "a dénoncé …, reprochant
        # à Moscou …" may report a second act (the press splits it as often as not)
        gerund = present_participle(verb) and any(t.lower_ in self.lex.gerund_markers for t in between)
        # a second participle of one gerund ("en demandant … et reprochant …"); finite verbs coordinated
        # by "et" are two acts ("a annoncé la fermeture … et accusé Moscou …"): two statements
        coordinated = (
            present_participle(verb)
            and present_participle(doc[first.verbs[0]])
            and any(t.pos_ == "CCONJ" and t.lower_ in self.lex.verb_coordinators for t in between)
        )
        if not (coordinated or gerund):
            return False
        return all(
            t.text == ","
            or t.pos_ in ("ADV", "AUX")
            or t.lower_ in self.lex.verb_coordinators
            or (gerund and t.lower_ in self.lex.gerund_markers)
            for t in between
        )

    def join(self, first: Statement, nxt: Statement) -> Statement:
        """``first``'s words run on to the end of ``nxt``'s; the verb and frame stay ``first``'s."""
        doc = self.doc
        last = doc[first.end - 1]
        tail = self.parsed.original(last.idx + len(last.text), doc[nxt.end - 1].idx + len(doc[nxt.end - 1].text))
        return replace(first, end=nxt.end, text=(first.text + tail).strip())
