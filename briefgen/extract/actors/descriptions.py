"""Roles said otherwise than by a title beside the name: a description, a predicate, a relative clause,
a fuller title later in the article.

- a definite description right before the name, whatever its noun: "le nouvel entrant Franck Kessie",
  "la chanteuse Aya Diallo" (the titles data need not list the noun: the construction says it);
- a predicate or a relative clause (predicates.py): "Marie Durand est la présidente du conseil régional",
  "Jean Dupont, qui dirige l'Institut Pasteur de Lille, …";
- a kind of organization before its name: "l'office statistique belge Statbel" (its role);
- a title with no name, later: "le procureur Marc Roux … a requis le procureur de la République": the
  fuller title restates the only named holder's shorter one (same words first);
- a title with no name subject of a sentence, a few sentences after the one person subject of the
  paragraph: "Paul Martin a plaisanté. « … », a ajouté le président du Parti socialiste.", or in the
  sentence right before or after: "annoncé par son Secrétaire général. … Antonio Guterres a annoncé";
- a possessive title, held in the organization the paragraph last named (or, in a paragraph naming none
  before it, the previous paragraph's subject organization): "La CGSLB a validé l'accord. Son président,
  Mario Coppens, …" → "président (CGSLB)";
- a plural title shared by coordinated people: "les ministres égyptien et soudanais des Affaires
  étrangères, Sameh Choukry et Ibrahim Gandour".
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from itertools import accumulate

from ...lexicon import lexicon
from ...lexicon.actors import person_relations, standing_words
from ...textfold import fold
from .. import countries
from .anaphoric_roles import SUBJECTS, AnaphoricRolesPass
from .mention import STOP_PUNCT, Mention, is_acronym, name_words
from .organizations import known_acronyms
from .predicates import PredicatesPass

log = logging.getLogger(__name__)


def _definite_or_possessive(det) -> bool:
    """ "le", "la", "sa", "leur": the determiner of a noun phrase that can stand for one known person."""
    return det.pos_ == "DET" and ("Def" in det.morph.get("Definite") or "Yes" in det.morph.get("Poss"))


class DescriptionsPass(AnaphoricRolesPass, PredicatesPass):
    def _described_before(self, m: Mention) -> tuple[int, int] | None:
        """ "le nouvel entrant Franck Kessie": determiner, adjectives, a lower-case noun (or a participle the
        tagger calls a verb), adjectives, then the name."""
        doc, i = self.doc, m.start - 1
        if i >= 0 and self.texts[i] == ",":
            return self._restated_before(m)
        while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower() and m.start - i <= 2:
            i -= 1
        if i < 1:
            return None
        head = doc[i]
        participle = head.pos_ == "VERB" and "Part" in head.morph.get("VerbForm")
        if not head.text.islower() or not head.is_alpha or not (head.pos_ == "NOUN" or participle):
            return None
        if self._names_a_thing(head):
            return None  # "l'administration Trump", "l'hôpital Édouard-Herriot": named after the person
        if i in self.taken:
            return None
        start = i
        while i - 1 >= 0 and doc[i - 1].pos_ == "ADJ" and doc[i - 1].text.islower() and start - i < 2:
            i -= 1
        if not _definite_or_possessive(doc[i - 1]):
            return None
        return i, m.start

    def _names_a_thing(self, noun) -> bool:
        """A body, a kind or a document noun: what follows it is the name of that thing, not a person's title."""
        return (
            noun.lower_ in self.words.bodies or noun.lower_ in self.words.kinds or noun.lower_ in self.words.documents
        )

    def _restated_before(self, m: Mention) -> tuple[int, int] | None:
        """ "explique sa collègue de l'UNSA du Cher, Élodie Vieuille.": a definite noun phrase, an argument of
        the verb, restated by the name that closes the clause; not "Après la réunion, Jean Dupont a dit"."""
        doc = self.doc
        if m.end < len(doc) and self.texts[m.end] not in (",", ".", ")", ";", "!", "?"):
            return None
        j = m.start - 2
        while j >= max(m.start - 12, 1):
            t = doc[j]
            if t.text in STOP_PUNCT or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                return None
            owner = self.taken.get(j)
            if owner is not None and owner.kind == "person":
                return None
            if (
                t.pos_ == "NOUN"
                and t.text.islower()
                and "Plur" not in t.morph.get("Number")  # one person restates one noun
                and (
                    t.dep_ in SUBJECTS + ("obj", "appos")
                    or any(doc[k].dep_ == "appos" and doc[k].head.i == j for k in range(m.start, m.end))
                )
                and _definite_or_possessive(doc[j - 1])
                and not self._names_a_thing(t)
            ):
                return j, m.start - 1
            j -= 1
        return None

    def _last_named_before(self, i: int, block: int, kinds: tuple[str, ...], but: Mention | None = None):
        """The last mention of one of ``kinds`` before token ``i`` in paragraph ``block`` (other than ``but``),
        not one a statement is made to ("a déclaré à l'AFP son directeur": the director is not the AFP's)."""
        return max(
            (
                o
                for o in self.mentions
                if o is not but
                and o.kind in kinds
                and o.start < i
                and self.parsed.block_of(self.doc[o.start].idx) == block
                and not self._addressee(o)
            ),
            key=lambda o: o.start,
            default=None,
        )

    def _addressee(self, o: Mention) -> bool:
        """ "a précisé à l'AFP", "a déclaré au Monde": a name introduced by "à" as the argument of a verb of
        saying is who the statement is made to, the medium or the listener, not the speaker's side."""
        for t in self.doc[o.start : o.end]:
            head = t.head
            if (
                t.dep_ in ("obl", "obl:arg", "iobj")
                and head.pos_ == "VERB"
                and head.lemma_.lower() in lexicon(self.lang).speech
                and any(c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in t.children)
            ):
                return True
        return False

    def _whose(self, m: Mention) -> None:
        """ "La CGSLB a validé l'accord. Son président, Mario Coppens, …": a title after a possessive is held in
        the organization the paragraph last named, when the title names none itself."""
        start, end = m.role_span
        det = start - 1
        while det >= 0 and self.lowers[det] in self.words.modifiers:
            det -= 1
        if det < 0 or "Yes" not in self.doc[det].morph.get("Poss") or "Sing" not in self.doc[det].morph.get("Number"):
            return
        if any((o := self.taken.get(i)) is not None and o.kind != "person" for i in range(start, end)):
            return  # "sa collègue de l'UNSA": the title names its organization
        block = self.parsed.block_of(self.doc[m.start].idx)
        if end - start == 1 and self.lowers[start] in person_relations(self.lang):
            last = self._last_named_before(det, block, ("person", "organization"), but=m)
            if last is not None and last.kind == "person":
                m.role = f"{m.role} ({last.name})"  # "François Fillon … Son épouse Penelope": his wife
                return
        owner = self._last_named_before(det, block, ("organization",))
        if owner is None:
            # "La FNSEA a listé ses doléances. ¶ « … », a reconnu son président Arnaud Rousseau": a paragraph
            # naming no organization before the possessive continues the previous one's subject organization
            owner = max(
                (
                    o
                    for o in self.mentions
                    if o.kind == "organization"
                    and self.parsed.block_of(self.doc[o.start].idx) == block - 1
                    and any(self.doc[i].dep_ in SUBJECTS for i in range(o.start, o.end))
                ),
                key=lambda o: o.start,
                default=None,
            )
        if owner is not None and any(
            o.kind == "person" and owner.start < o.start < det and o is not m for o in self.mentions
        ):
            return  # "le député Éric Coquerel … Son collègue": the possessive is the person's
        if owner is not None:
            m.role = f"{m.role} ({self._full_name_of(owner)})"
            m.country = m.country or owner.country
            log.debug("%r: %r, the paragraph's organization", m.text, m.role)

    def _full_name_of(self, org: Mention) -> str:
        """An acronym's expansion, written before it in brackets or known: "Organisation des Nations unies"."""
        if not is_acronym(org.name):
            return org.name
        before = self.taken.get(org.start - 2) if org.start >= 2 and self.texts[org.start - 1] == "(" else None
        if before is not None and before.kind == "organization" and not is_acronym(before.name):
            return before.name
        return known_acronyms(self.lang).get(fold(org.name), org.name)

    def _kind_role(self, kind_noun: int, name_start: int) -> tuple[int, int] | None:
        """ "l'office statistique belge Statbel": the kind and its adjectives are the organization's role."""
        end = name_start
        while end > kind_noun + 1 and self.doc[end - 1].is_punct:
            end -= 1  # the quotation mark of « la coalition "Vivaldi" »
        start = kind_noun
        while start > 0 and start > kind_noun - 2 and self.lowers[start - 1] in self.words.kinds:
            start -= 1  # "le groupe pétrolier TotalEnergies": the kind before the kind is the head
        return start, end

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

    def _office(self, role: str) -> bool:
        """A role naming an office or a trade, not only a standing in an event ("auteur du but")."""
        standings = standing_words(self.lang)
        return any(w in self.words.roles and w not in standings for w in role.lower().split())

    def _give_role(self, m: Mention, span: tuple[int, int], why: str) -> None:
        text = self.text(*span)
        if (
            m.role
            and len(text.split()) <= len(m.role.split())
            and not (self._office(text) and not self._office(m.role))
        ):
            return  # the fullest title, but an office before a standing ("défenseur" over "auteur du but")
        m.role, m.role_span = text, span
        m.country = m.country or self._country_in(*span, office=True)
        log.debug("%r: role %r from %s", m.text, text, why)

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

    def _coordinated_roles(self) -> None:
        """ "les ministres … des Affaires étrangères, Sameh Choukry et Ibrahim Gandour": the second of two
        coordinated people shares the plural title before the first."""
        people = sorted((m for m in self.mentions if m.kind == "person"), key=lambda m: m.start)
        for first, second in zip(people, people[1:]):
            if (
                second.role is None
                and first.role_span is not None
                and first.role_span[1] <= first.start
                and second.start == first.end + 1
                and self.doc[first.end].pos_ == "CCONJ"
                and "Plur"
                in self.doc[
                    next(j for j in range(*first.role_span) if self.lowers[j] not in self.words.modifiers)
                ].morph.get("Number")
            ):
                second.role, second.role_span = first.role, first.role_span
                # "les ministres égyptien et soudanais": each his own country, in order
                found = [
                    c for j in range(*first.role_span) if (c := countries.country_of_demonym(self.texts[j], self.lang))
                ]
                if len(found) == 2:
                    first.country, second.country = found
                else:
                    second.country = second.country or first.country

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
