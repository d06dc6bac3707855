"""Titles with no name of their own, read as a named person's: later in the article, or in a
neighbouring sentence (a mixin of ``descriptions.DescriptionsPass``).

- a title with no name, later: "le procureur Marc Roux … a requis le procureur de la République": the
  fuller title restates the only named holder's shorter one (same words first);
- a title with no name subject of a sentence, a few sentences after the one person subject of the
  paragraph: "Paul Martin a plaisanté. « … », a ajouté le président du Parti socialiste.", or in the
  sentence right before or after: "annoncé par son Secrétaire général. … Antonio Guterres a annoncé".
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from itertools import accumulate

from ...lexicon.actors import standing_words
from ...textfold import fold
from .anaphoric_roles import SUBJECTS
from .mention import Mention, name_words

log = logging.getLogger(__name__)


class LaterTitlesPass:
    def _later_titles(self) -> None:
        """Unnamed definite titles ("le procureur de la République a requis") restating a named holder's
        shorter title ("le procureur Marc Roux"), and titles subject of a sentence soon after the one person
        subject of the paragraph ("…, a ajouté le président du Parti socialiste")."""
        people = [m for m in self.mentions if m.kind == "person"]
        if not people:
            return
        by_start = sorted(people, key=lambda m: m.start)
        roles_of: dict[str, list[Mention]] = {}
        for m in people:
            if m.role:
                roles_of.setdefault(fold(m.role).split()[0], []).append(m)
        in_roles = {i for m in self.mentions if m.role_span for i in range(*m.role_span)}
        standings = standing_words(self.lang)
        for i, lower in enumerate(self.lowers):
            if lower not in self.words.roles or i in self.taken or i in in_roles or not self.texts[i].islower():
                continue
            if lower in standings:
                continue  # "le suspect a avoué": as often someone else as the person named before
            t = self.doc[i]
            if i in self._quoted() and not self._incise_in_quote(t):
                continue  # « L'arbitre met la mise en jeu… »: a speaker's words name others, not the speaker
            span = self._unnamed_title_at(t)
            if span is None:
                continue
            phrase = fold(self.text(*span)).split()
            # a holder named after the title only when no other person comes between: "selon le gouverneur
            # du Nord-Kivu. … le gouverneur, Julien Paluku" but not "a déclaré le président en exercice de
            # l'UA. Idriss Déby a rappelé… le président Salva Kiir"; nor when the title speaks a quotation
            # ("…, s'inquiète le président de l'UA. … au président Salva Kiir"): it is the paragraph's speaker
            later = not self._inverted_subject(t) and t.i not in self._quoted()
            holders = {
                id(m): m
                for m in roles_of.get(fold(t.lower_), [])
                if m.start < i or (later and not any(i < o.start < m.start and o.name != m.name for o in people))
            }
            if len(holders) == 1:
                holder = next(iter(holders.values()))
                if (
                    len(phrase) > len(fold(holder.role).split())
                    and phrase[: len(fold(holder.role).split())] == fold(holder.role).split()
                ):
                    self._give_role(holder, span, "a fuller title later")
                continue
            if holders or not (
                t.dep_ in SUBJECTS or self._inverted_subject(t) or self._attributed(t) or self._before_its_verb(span)
            ):
                continue
            antecedent = self._subject_before(by_start, t)
            if antecedent is not None and self._unnamed_person_between(antecedent.end, span[0], in_roles):
                continue  # "Emile a frappé le gardien. … L'agent de détention a souffert": the one struck
            if antecedent is not None:
                self._give_role(antecedent, span, "the title of the paragraph's subject")

    def _unnamed_person_between(self, start: int, end: int, in_roles: set[int]) -> bool:
        """A definite title with no name of its own between ``start`` and ``end`` ("a frappé le gardien"): a
        later title may restate that person rather than the paragraph's subject."""
        return any(
            self.lowers[k] in self.words.roles
            and self.texts[k].islower()
            and k not in self.taken
            and k not in in_roles
            and k not in self._quoted()
            and self.doc[k - 1].pos_ == "DET"
            and "Def" in self.doc[k - 1].morph.get("Definite")
            for k in range(start, end)
        )

    def _unnamed_title_at(self, t) -> tuple[int, int] | None:
        """A definite title with no name after it: "le procureur de la République", "la ministre"."""
        doc, start = self.doc, t.i
        while start > 0 and self.lowers[start - 1] in self.words.modifiers:
            start -= 1
        if start == 0:
            return None
        det = doc[start - 1]
        if det.pos_ != "DET" or "Def" not in det.morph.get("Definite") or "Plur" in det.morph.get("Number"):
            return None
        end = self._phrase_end(t.i + 1, limit=14)
        if end < len(doc) and (end in self.taken or (self.texts[end] == "," and end + 1 in self.taken)):
            return None  # "le procureur, Marc Roux": a name follows, its own role
        return start, end

    def _subject_before(self, people: list[Mention], t) -> Mention | None:
        """The last person subject before ``t`` in its paragraph or the one before, at most three sentences
        back, when no other person subject comes between and none has an office of its own."""
        block = self.parsed.block_of(t.idx)
        if not hasattr(self, "_sentence_number"):
            # one pass: the sentence number of every token, so distances cost nothing
            self._sentence_number = list(accumulate(int(tok.is_sent_start or False) for tok in self.parsed.tokens))
            self._starts = [m.start for m in people]
        for k in range(bisect_left(self._starts, t.i) - 1, -1, -1):
            m = people[k]
            # "Bruno Roux a dévoilé… ¶ « … », a révélé le ministre de l'Intérieur": a paragraph opening on a
            # title with no person before it continues the previous paragraph's subject
            if self.parsed.block_of(self.doc[m.start].idx) not in (block, block - 1):
                return None
            if self._sentence_number[t.i] - self._sentence_number[m.end - 1] > 3:
                return None
            # the agent of a passive is who acts ("retenus par Philippe Saint-André"), and so is the name
            # after the verb of an incise
            before = m.role_span[0] if m.role_span and m.role_span[1] == m.start else m.start
            if any(self.doc[i].dep_ in SUBJECTS + ("obl:agent",) for i in range(m.start, m.end)) or (
                self._inverted_subject(self.doc[m.start]) or self._inverted_subject(self.doc[before])
            ):  # "a jugé le ministre Karl Hofbauer": the incise's subject is the title beside the name
                # an office of its own, not a standing ("Auteur du but égalisateur, Alexandre Carrier")
                titled = m.role and self._office(m.role)
                # a bare office before the name says less than a later title restating it with its body
                if titled and (len(m.role.split()) > 1 or m.role_span is None or m.role_span[1] != m.start):
                    return None
                if self.parsed.block_of(self.doc[m.start].idx) != block and not self._sole_subject(people, m):
                    return None  # "M. Zelensky a annoncé… Mme von der Leyen a dénoncé… ¶ …, a dit le chef": which?
                said, title = self._said_gender(m), self._title_gender(t)
                if said and title and said != title:
                    return None  # "…, a dénoncé M. Paul Ferrand. ¶ … la députée a accusé": someone else
                return m
            if self._sentence_number[m.start] == self._sentence_number[t.i]:
                return None  # "l'objectif de François Hollande, … le président a conditionné": he, not the subject
        return None

    def _roles_from_a_neighbouring_sentence(self) -> None:
        """ "Cheikh Ahmad Al-Sabah a reçu les délégués. Le ministre des Finances du Koweït a promis…": a
        title with no name, subject of the sentence right before or after in the same paragraph, is the
        title of the only person of the other sentence when that person is its subject."""
        people = [m for m in self.mentions if m.kind == "person"]
        titled = {w for m in people if m.role for w in name_words(m.name)}
        sents = list(self.doc.sents)
        index = {t: n for n, s in enumerate(sents) for t in (s.start,)}
        starts = sorted(index)
        persons_in: dict[int, int] = {}
        for m in people:
            n = index[starts[bisect_right(starts, m.start) - 1]]
            persons_in[n] = persons_in.get(n, 0) + 1
        for m in people:
            if m.role or set(name_words(m.name)) & titled:
                continue
            n = index[starts[bisect_right(starts, m.start) - 1]]
            if persons_in.get(n) != 1:
                continue
            if not any(self.doc[i].dep_ in ("nsubj", "nsubj:pass") for i in range(m.start, m.end)):
                continue  # only the subject of its sentence is the obvious antecedent
            block = self.parsed.block_of(self.doc[m.start].idx)
            for other in (n + 1, n - 1):
                if (
                    0 <= other < len(sents)
                    and not persons_in.get(other)
                    and self.parsed.block_of(sents[other].start_char) == block
                ):
                    role = self._unnamed_title(sents[other])
                    between = (m.end, role[0]) if role and other > n else None
                    if between and self._unnamed_person_between(*between, set()):
                        break  # "X a frappé le gardien. L'agent de détention a souffert": the one struck
                    if role:
                        m.role, m.role_span = self.text(*role), role
                        m.country = m.country or self._country_in(*role, office=True)
                        self._whose(m)  # "son Secrétaire général": the organization's
                        log.debug("%r: title %r from a neighbouring sentence", m.text, m.role)
                        break

    def _unnamed_title(self, sent) -> tuple[int, int] | None:
        """The definite title subject of a sentence ("Le ministre des Finances du Koweït a promis…")."""
        for t in sent:
            # "Le ministre … a promis", "annoncé par son Secrétaire général": the subject or the agent
            if (
                t.dep_ in ("nsubj", "nsubj:pass", "obl:agent")
                and t.lower_ in self.words.roles
                and t.lower_ not in standing_words(self.lang)
                and t.i not in self.taken
                and t.i not in self._quoted()
            ):
                start = t.i
                while start > sent.start and self.lowers[start - 1] in self.words.modifiers:
                    start -= 1
                if start == sent.start or self.doc[start - 1].pos_ != "DET":
                    return None
                det = self.doc[start - 1].morph
                if "Def" not in det.get("Definite") and not ("Yes" in det.get("Poss") and "Sing" in det.get("Number")):
                    return None  # "un ministre" is someone else
                return start, self._phrase_end(t.i + 1, limit=14)
        return None
