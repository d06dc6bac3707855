"""Roles said otherwise than by a title beside the name: a description, a predicate, a relative clause,
a fuller title later in the article (later_titles.py).

- a definite description right before the name, whatever its noun: "le nouvel entrant Franck Kessie",
  "la chanteuse Aya Diallo" (the titles data need not list the noun: the construction says it);
- a predicate or a relative clause (predicates.py): "Marie Durand est la présidente du conseil régional",
  "Jean Dupont, qui dirige l'Institut Pasteur de Lille, …";
- a kind of organization before its name: "l'office statistique belge Statbel" (its role);
- a possessive title, held in the organization the paragraph last named (or, in a paragraph naming none
  before it, the previous paragraph's subject organization): "La CGSLB a validé l'accord. Son président,
  Mario Coppens, …" → "président (CGSLB)";
- a plural title shared by coordinated people: "les ministres égyptien et soudanais des Affaires
  étrangères, Sameh Choukry et Ibrahim Gandour".
"""

from __future__ import annotations

import logging

from ...lexicon import lexicon
from ...lexicon.actors import person_relations, standing_words
from ...textfold import fold
from .. import countries
from .anaphoric_roles import SUBJECTS, AnaphoricRolesPass
from .later_titles import LaterTitlesPass
from .mention import STOP_PUNCT, Mention, is_acronym
from .organizations import known_acronyms
from .predicates import PredicatesPass
from .sole_holders import SoleHoldersPass

log = logging.getLogger(__name__)


def _definite_or_possessive(det) -> bool:
    """ "le", "la", "sa", "leur": the determiner of a noun phrase that can stand for one known person."""
    return det.pos_ == "DET" and ("Def" in det.morph.get("Definite") or "Yes" in det.morph.get("Poss"))


class DescriptionsPass(AnaphoricRolesPass, PredicatesPass, LaterTitlesPass, SoleHoldersPass):
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
        saying is who the statement is made to, the medium or the listener, not the speaker's side (whether the
        parser reads it as the verb's argument or as a modifier)."""
        for t in self.doc[o.start : o.end]:
            head = t.head
            if (
                t.dep_ in ("obl", "obl:arg", "obl:mod", "iobj")
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
