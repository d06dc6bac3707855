"""Titles said of a person already named, through an anaphor or an attribution rather than beside the name.

- "ce dernier, président de la FNSEA depuis 2020, …": the apposition to "ce dernier" / "cette dernière" is the
  title of the person named last, in that sentence or the one before;
- "Selon l'ancienne ministre de la Culture, …", "Pour la sénatrice écologiste, …": a title opening an
  attribution counts as a subject for the later-titles rule (descriptions.py), which gives it to the
  paragraph's subject; so do a title right before its finite verb ("… et le sélectionneur tricolore a
  expliqué") and one inverted after an incise's verb, inside the quotation marks too ("« …, a dit le
  défenseur. Mais … »"), when its article's gender fits the honorific of that subject.
"""

from __future__ import annotations

import logging
from bisect import bisect_left

from ...lexicon import lexicon
from ...lexicon.actors import standing_words
from ..phrases import determiner_gender
from .mention import Mention

log = logging.getLogger(__name__)

SUBJECTS = ("nsubj", "nsubj:pass")

# the anaphor "ce dernier" in its two genders
LATTER = {("ce", "dernier"), ("cette", "dernière")}
# prepositions opening an attribution ("selon X, …", "pour X, …", "d'après X, …")
ATTRIBUTIONS = ("selon", "pour", "d'après", "d’après")


class AnaphoricRolesPass:
    def _attributed(self, t) -> bool:
        """ "Selon l'ancienne ministre de la Culture, la décision…": a definite title after a preposition of
        attribution opening the sentence or a clause, closed by a comma."""
        start = t.i
        while start > 0 and self.lowers[start - 1] in self.words.modifiers:
            start -= 1
        if start < 2 or self.doc[start - 1].pos_ != "DET" or self.lowers[start - 2] not in ATTRIBUTIONS:
            return False
        opening = start - 2
        if opening > 0 and not (self.doc[opening].is_sent_start or self.texts[opening - 1] == ","):
            return False
        end = self._phrase_end(t.i + 1, limit=14)
        return end < len(self.doc) and self.texts[end] == ","

    def _titles_of_the_latter(self) -> None:
        """ "Jean Dupont a réagi. Ce dernier, président de la FNSEA, dénonce…": the apposition is the title of the
        person named last before the anaphor, at most a sentence back."""
        people = sorted((m for m in self.mentions if m.kind == "person"), key=lambda m: m.start)
        if not people:
            return
        starts = [m.start for m in people]
        for i in range(1, len(self.lowers) - 2):
            if (self.lowers[i - 1], self.lowers[i]) not in LATTER or self.texts[i + 1] != ",":
                continue
            span = self._apposed_title(i + 2)
            k = bisect_left(starts, i - 1) - 1
            if span is None or k < 0:
                continue
            holder = people[k]
            if self._sentence_of(i) - self._sentence_of(holder.end - 1) > 1:
                continue
            self._give_role(holder, span, "the apposition to 'ce dernier'")

    def _apposed_title(self, i: int) -> tuple[int, int] | None:
        """A title from ``i`` closed by a comma: "(le) président de la FNSEA depuis 2020,"."""
        doc = self.doc
        if i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        start = i
        while i < len(doc) and self.lowers[i] in self.words.modifiers:
            i += 1
        if i >= len(doc) or self.lowers[i] not in self.words.roles or self.lowers[i] in standing_words(self.lang):
            return None
        end = self._phrase_end(i + 1, limit=14)
        # the apposition closes at a comma, maybe after a date ("président de la FNSEA depuis 2020,")
        if not any(self.texts[j] in (",", ")") for j in range(end, min(end + 4, len(doc)))):
            return None
        return start, end

    def _incise_in_quote(self, t) -> bool:
        """ "« C'est un bon sentiment, a dit le défenseur. Mais … »": the inverted subject of a verb of saying
        inside the quotation marks is the writer's incise, not the speaker's words."""
        j = self._word_before_the_title(t.i)
        return j >= 0 and self.doc[j].lemma_.lower() in lexicon(self.lang).speech and self._inverted_subject(t)

    def _word_before_the_title(self, i: int) -> int:
        """The first word before token ``i`` that is not its article, an adverb or a modifier of a title
        ("a ajouté plus sérieusement le président"): the verb of an incise, if any; -1 at the start."""
        j = i - 1
        while j >= 0 and (self.doc[j].pos_ in ("DET", "ADV") or self.lowers[j] in self.words.modifiers):
            j -= 1
        return j

    def _before_its_verb(self, span: tuple[int, int]) -> bool:
        """ "… et le sélectionneur tricolore a expliqué ses choix": a title phrase right before a finite verb is
        its subject, by French word order, however the parser hung it."""
        end = span[1]
        if end < len(self.doc) and self.lowers[end] in ("ne", "n'", "n’"):
            end += 1
        return (
            end < len(self.doc)
            and self.doc[end].pos_ in ("AUX", "VERB")
            and "Fin" in self.doc[end].morph.get("VerbForm")
        )

    def _said_gender(self, m: Mention) -> str | None:
        """The gender an honorific at or right before a person's mention says ("M. Paul Ferrand", "Mme X")."""
        cues = lexicon(self.lang).gender_cues
        return next((cues[self.lowers[j]] for j in (m.start - 1, m.start) if j >= 0 and self.lowers[j] in cues), None)

    def _title_gender(self, t) -> str | None:
        """A title's gender, from its determiner ("la députée") or else the noun's own form."""
        said = determiner_gender(t)
        if said:
            return said
        if t.i > 0 and self.doc[t.i - 1].pos_ == "DET" and self.doc[t.i - 1].morph.get("Gender"):
            return self.doc[t.i - 1].morph.get("Gender")[0]
        return (t.morph.get("Gender") or [None])[0]

    def _sentence_of(self, i: int) -> int:
        if not hasattr(self, "_sentence_starts"):
            self._sentence_starts = [s.start for s in self.doc.sents]
        return bisect_left(self._sentence_starts, i + 1) - 1

    def _quoted(self) -> frozenset[int]:
        """The tokens inside quotation marks (« … », " … ", » … «), in one pass over the article; a paragraph
        closes any quotation left open."""
        if not hasattr(self, "_quoted_tokens"):
            inside, opened = set(), False
            for i, text in enumerate(self.texts):
                if "\n" in text:
                    opened = False
                elif text in ("«", "»", '"'):
                    opened = not opened  # each mark toggles: some outlets print them the wrong way round (» … «)
                elif opened:
                    inside.add(i)
            self._quoted_tokens = frozenset(inside)
        return self._quoted_tokens

    def _inverted_subject(self, t) -> bool:
        """ "« … », a ajouté plus sérieusement le président du parti": the title right after the verb of an
        incise is its subject, whatever the parser calls it."""
        verb = t.head
        if verb.pos_ != "VERB" or verb.i > t.i or t.dep_ not in ("obj", "nsubj", "nsubj:pass"):
            # "», a ajouté Starmer qui a souligné…": the parser may hang the name anywhere; the word order
            # of the incise says it all
            j = self._word_before_the_title(t.i)
            if j < 0 or self.doc[j].pos_ != "VERB":
                return False
            verb = self.doc[j]
        if self._word_before_the_title(t.i) != verb.i:
            return False  # only the title's article, adverbs and modifiers between the verb and the title
        i = verb.i - 1
        while i >= 0 and self.doc[i].pos_ in ("AUX", "PRON") or (i >= 0 and self.texts[i] == "-"):
            i -= 1
        if i == verb.i - 1 and "Part" in verb.morph.get("VerbForm"):
            return False  # "…, appelant le Premier ministre à répondre": a participle with no auxiliary is no incise
        return i >= 0 and (self.texts[i] == "," or self.texts[i] in ("»", "”", '"'))

    def _sole_subject(self, people: list[Mention], m: Mention) -> bool:
        """No other person than ``m`` is a subject in ``m``'s paragraph."""
        block = self.parsed.block_of(self.doc[m.start].idx)
        return not any(
            o.name != m.name and self.parsed.block_of(self.doc[o.start].idx) == block and self._a_subject(o)
            for o in people
        )

    def _a_subject(self, m: Mention) -> bool:
        """A word of the name is a subject, or the name is apposed to the title noun that is one ("le socialiste
        Olivier Faure a expliqué": the parse makes "socialiste" the subject)."""
        doc = self.doc
        return any(
            doc[i].dep_ in SUBJECTS
            or (doc[i].head.i == m.start - 1 and doc[i].head.dep_ in SUBJECTS)  # appos, flat:name, even amod
            for i in range(m.start, m.end)
        )
