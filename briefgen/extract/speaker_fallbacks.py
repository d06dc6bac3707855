"""Speaker fallbacks: who a quotation belongs to when its own sentence names nobody.

The rules of the ``speakers`` family that read around the sentence (``Fallbacks``, a mixin of
``attribution.Attributor``): the quotation a new paragraph reopens (``continued``), the last
speaker of this paragraph or the one before (``paragraph``, ``previous paragraph``), a person named
as a subject after that speaker (``named subject``, ``subject before``), the person a subheading
names above the quotation's paragraph (``heading``: "Le plus heureux : X (entraîneur d'Angers)"),
the person the next sentence has for subject ("« … ». X, co-secrétaire du syndicat, ne
s'embarrasse pas": ``next subject``). A sentence that names a voice no rule resolved ("« … », a
répondu la direction" with no body of that name) is nobody's rather than the last speaker's.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import takewhile

from ..textfold import fold
from .speaker_names import Speaker
from .statements import Statement, sentence_of


class Fallbacks:
    """Mixin of ``attribution.Attributor``: no evidence in the sentence."""

    def fallback(self, statement: Statement) -> Speaker | None:
        """No evidence in the sentence: the speaker of the quotation this one continues, the last
        speaker of this paragraph or the one before; failing that, or when a person or body was
        named as a subject there after that speaker, that subject (a weaker guess). A quotation
        that opens its paragraph and is followed there by a sentence whose subject is a person
        named ("« C'est bien simple ». Matthieu Pichard, co-secrétaire du syndicat, ne s'embarrasse
        pas …") is that person's (``next subject``), unless it reopens the last quotation."""
        index = statement.start
        block = self.parsed.block_of(self.doc[index].idx)
        last_start, last_end, last = self.history[-1] if self.history else (-1, -1, None)
        if not (last is not None and last_start in self.quoted and self.continues(last_end, index)):
            introduced = self.headed(statement, block) or self.next_subject(statement, block)
            if introduced is not None:
                return introduced
        near = takewhile(lambda m: block - self.parsed.block_of(self.doc[m[1]].idx) <= 1, self.mentions_before(index))
        subject = next(
            (
                (referent, i)
                for referent, i in near
                if referent.type in ("person", "organization")
                and not self.in_reported(i)
                and not self.named_inside(statement, referent)
                and (
                    self.doc[i].dep_.startswith("nsubj")
                    or self.is_sentence_subject(i)
                    or (referent.type == "person" and self.is_subject_mention(i))
                )
            ),
            None,
        )
        # a subject named after the last speaker's sentence, not inside it ("«…» Fernand Etgen, tempête la
        # cheffe de fraction Martine Hansen. «…»": he is named in her sentence, she still speaks)
        after = sentence_of(self.doc[last_end - 1]).end if last is not None and last_end > 0 else last_start + 1
        if subject and subject[1] >= after:
            gap = block - self.parsed.block_of(self.doc[subject[1]].idx)
            rule = {0: "named subject", 1: "subject before"}.get(gap)
            return self.speaker(subject[0].name, subject[0], rule) if rule else None
        if last is None:
            return self.sole_person(statement, block)
        gap = block - self.parsed.block_of(self.doc[last_start].idx)
        if gap <= 1 and self.continues(last_end, index):
            return last.only("continued")
        if gap == 0:
            return last.only("paragraph")
        if gap == 1:
            return last.only("previous paragraph")
        return self.sole_person(statement, block)

    def named_inside(self, statement: Statement, referent) -> bool:
        """ "« … Yan Genty a commencé la partie : il a de l'expérience … »": a quotation that names a
        person by surname speaks of them, and is not their own words."""
        if referent.type != "person" or not referent.name.split():
            return False
        surname = fold(referent.name.split()[-1])
        return any(fold(self.doc[i].text) == surname for i in range(statement.start, statement.end))

    def sole_person(self, statement: Statement, block: int) -> Speaker | None:
        """ "« Si Visma s'intéresse à un de mes jeunes coureurs, je ne sais pas … » … l'aspect économique place
        Marc Madiot dans l'incertitude.": a quotation in the first person, with no speaker in reach, in a
        paragraph that names one person and no one else, is that person's (``sole person``, a guess)."""
        if statement.kind != "direct" or not any(
            self.doc[i].lower_ in self.lex.first_person for i in range(statement.start, statement.end)
        ):
            return None
        starts = self.mention_starts  # outside quotations, in text order: only this paragraph's are read
        k = bisect_left(starts, statement.start)
        lo = next((j + 1 for j in range(k - 1, -1, -1) if self.parsed.block_of(self.doc[starts[j]].idx) != block), 0)
        hi = next(
            (j for j in range(k, len(starts)) if self.parsed.block_of(self.doc[starts[j]].idx) != block), len(starts)
        )
        people = {id(r): r for i in starts[lo:hi] if (r := self.actor_at[i][0]).type == "person"}
        if len(people) != 1:
            return None
        (person,) = people.values()
        return self.speaker(person.name, person, "sole person")

    def tokens_back(self, index: int, start_char: int) -> list:
        """The tokens before ``index`` from the character ``start_char`` on, walked back (linear in
        the paragraph, not the article)."""
        i = index
        while i > 0 and self.doc[i - 1].idx >= start_char:
            i -= 1
        return list(self.doc[i:index])

    def opens_block(self, statement: Statement, block: int) -> bool:
        before = self.tokens_back(statement.start, self.parsed.block_starts[block])
        return not any(t.is_alpha and t.i not in self.quoted for t in before)

    def headed(self, statement: Statement, block: int) -> Speaker | None:
        """ "Le plus heureux : Stéphane Moulin (entraîneur d'Angers)" as a subheading, then the
        quotation as its paragraph: the person the heading names (``heading``)."""
        if block == 0 or not self.opens_block(statement, block):
            return None
        starts = self.parsed.block_starts
        head_tokens = [t for t in self.tokens_back(statement.start, starts[block - 1]) if t.idx < starts[block]]
        words = [t for t in head_tokens if t.is_alpha]
        if not words or len(words) > 15 or any(t.text in (".", "!", "?", "…") for t in head_tokens[-2:]):
            return None  # a paragraph of the narrator, not a heading
        for token in head_tokens:
            hit = self.actor_at.get(token.i)
            if hit and hit[1] == token.i and hit[0].type == "person" and token.i not in self.quoted:
                return self.speaker(hit[0].name, hit[0], "heading")
        return None

    def next_subject(self, statement: Statement, block: int) -> Speaker | None:
        """The person named as the subject of the sentence right after a quotation opening its
        paragraph (data: nothing; the parse's subject or the sentence's first words)."""
        if not self.opens_block(statement, block):
            return None  # words of the narrator before the quotation in its paragraph
        end = statement.frame[1]
        if end >= len(self.doc) or self.parsed.block_of(self.doc[end].idx) != block:
            return None
        nxt = sentence_of(self.doc[end])
        for token in nxt:
            if token.i in self.quoted or token.pos_ in ("VERB", "AUX"):
                return None
            hit = self.actor_at.get(token.i)
            if hit and hit[0].type == "person" and hit[1] == token.i and self.is_subject_mention(token.i):
                return self.speaker(hit[0].name, hit[0], "next subject")
            if token.pos_ in ("NOUN", "PRON") and not hit:
                return None  # another subject opens the sentence
        return None

    def voiced(self, statement: Statement) -> bool:
        """The quotation's own sentence names a voice the evidence could not resolve: then no
        earlier speaker may stand in for it. An incise whose clitic or inverted subject is written
        ("« … », a-t-il rétorqué" with no "il" in reach, "« … », a répondu la direction"), or a
        subject of the sentence that is a nominal and no speaker ("Le rapport pointe « … »",
        "Les manifestants scandaient « … »"): the quote is theirs, not the last speaker's."""
        for i in statement.verbs:
            verb = self.doc[i]
            sent = sentence_of(verb)
            window = self.doc[max(sent.start, i - 3) : min(sent.end, i + 3)]
            if any(t.text.startswith("-") and self.pronoun_of(t) and t.i not in self.quoted for t in window):
                return True
            if (i >= statement.end or i == statement.incise) and self.inverted_nominal(verb, sent.end):
                return True
        sent = sentence_of(self.doc[statement.start])
        before = [t for t in self.doc[sent.start : statement.start] if t.i not in self.quoted]
        nouns = [t for t in before if t.pos_ == "NOUN" and not self.after_preposition(t)]
        if nouns and nouns[0].lemma_.lower() in self.lex.not_speakers:
            return True  # "Le rapport pointe « … »" (the small model may not call it a subject)
        return any(t.dep_.startswith("nsubj") and self._resolve(t) is None for t in nouns)

    def inverted_nominal(self, verb, stop: int) -> bool:
        """A determined noun or a name right after an incise verb: its inverted subject."""
        for token in self.doc[verb.i + 1 : stop]:
            if token.i in self.quoted or token.is_punct or token.pos_ == "ADP":
                return False
            if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children)):
                return True
            if token.pos_ not in ("DET", "ADV", "ADJ", "AUX"):
                return False
        return False

    def continues(self, last_end: int, index: int) -> bool:
        """A quotation right after the sentence of the last attributed one, nothing but spaces and
        marks between: the same voice goes on ("« … », a-t-elle dit.\\n\\n« … »")."""
        return all(t.is_space or t.is_punct or t.i in self.quoted for t in self.doc[last_end:index])

    def is_sentence_subject(self, index: int) -> bool:
        """A mention opening its sentence, before any verb: the small model often labels it ROOT. Not
        one after a preposition ("Le directeur des relations publiques de Teamster ne mâche pas ses
        mots": the body where the subject works)."""
        if self.after_preposition(self.doc[index]):
            return False
        sent = sentence_of(self.doc[index])
        return all(t.pos_ in ("DET", "NOUN", "ADJ", "PUNCT", "ADP", "PROPN") for t in self.doc[sent.start : index])
