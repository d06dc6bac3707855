"""Roles of organizations said otherwise than in apposition: what they are to another, what kind they are.

- a nationality used as a noun before the name: "le finlandais TVO" (a company of that country);
- a list after a plural kind: "les trois syndicats, FGTB, CSC et CGSLB" (each one a "syndicat"), also in
  brackets: "les partis de l'opposition (CSV, ADR et Pirates)" (each a "parti de l'opposition");
- the plural of its members before the name: "les gendarmes du C3N" (a body of "gendarmes");
- a relation to another organization before the name: "sa filiale Alcatel-Lucent" → "filiale (Nokia)",
  the possessive's owner being the organization the paragraph last named;
- a common noun restating the organization subject of the sentence before: "La Cour des comptes a publié
  son rapport. L'institution constate…" → "institution".
"""

from __future__ import annotations

import logging
from bisect import bisect_right

from ...lexicon.actors import member_nouns, organization_nouns, organization_relations
from ...textfold import fold
from .. import countries
from .mention import Mention, initials

log = logging.getLogger(__name__)


class OrganizationRolesPass:
    def _demonym_before(self, m: Mention) -> tuple[int, int] | None:
        """ "le finlandais TVO", "l'américain Boeing": a nationality adjective used as a noun before an
        organization's name says what it is (a company of that country), as "le groupe finlandais" would."""
        i = m.start - 1
        if m.kind != "organization" or i < 1 or not self._demonym(self.doc[i]):
            return None
        det = self.doc[i - 1]
        if det.pos_ != "DET" or "Def" not in det.morph.get("Definite"):
            return None
        m.country = m.country or countries.country_of_demonym(self.texts[i], self.lang)
        return i, m.start

    def _enumerated_after_kind(self, m: Mention) -> tuple[int, int] | None:
        """ "les trois syndicats, FGTB, CSC et CGSLB": organizations listed after a plural kind of organization
        are each one of that kind (the role is the noun; the span is where it is said)."""
        opening = self._bracketed_list_around(m)
        if opening is not None:
            j = self._plural_kind_before(opening - 1) if opening > 0 else None
            return None if j is None else (j, opening)
        j = m.start - 1
        listed = 0
        while j >= 0:
            owner = self.taken.get(j)
            if owner is not None and owner.kind in ("organization", "person") and owner is not m:
                j, listed = owner.start - 1, listed + 1  # a one-word "person" listed among bodies is one too
            elif self.texts[j] == "," or self.lowers[j] == "et":
                j -= 1
            elif self.doc[j].pos_ == "DET" and self.texts[j].islower() and j + 1 in self.taken:
                j -= 1  # "les associations de consommateurs, l'UFC-Que Choisir et la CLCV": each with its article
            else:
                break
        if j < 0:
            return None
        end = j + 1
        j = self._plural_kind_before(j)
        if j is None or (listed == 0 and end != m.start and not self._listed_after(m)):  # one name: an apposition
            return None
        return j, end

    def _bracketed_list_around(self, m: Mention) -> int | None:
        """ "les partis de l'opposition (CSV, Déi Lénk, ADR et Pirates)": the opening bracket of a list of names
        (capitalised words, commas, "et") that holds ``m`` and at least two items; names the model missed
        count as items too."""
        items = ","  # what may stand between the names
        j = m.start - 1
        while j >= 0 and j > m.start - 16 and self.texts[j] != "(":
            if not (self.texts[j] in items or self.lowers[j] == "et" or self.texts[j][:1].isupper()):
                return None
            j -= 1
        k = m.end
        while k < len(self.doc) and k < m.end + 16 and self.texts[k] != ")":
            if not (self.texts[k] in items or self.lowers[k] == "et" or self.texts[k][:1].isupper()):
                return None
            k += 1
        if j < 0 or k >= len(self.doc) or self.texts[j] != "(" or self.texts[k] != ")":
            return None
        if not any(self.texts[i] == "," or self.lowers[i] == "et" for i in range(j + 1, k)):
            return None  # "les syndicats (CGT)": one name in brackets, an aside
        return j

    def _plural_kind_before(self, j: int) -> int | None:
        """The plural kind of organization ending at ``j``, or heading a complement that ends there:
        "syndicats", "associations de consommateurs"."""
        for k in range(j, max(j - 4, -1), -1):
            noun = self.doc[k]
            if noun.pos_ == "NOUN" and "Plur" in noun.morph.get("Number") and noun.lemma_.lower() in self.words.kinds:
                return k
            if not self.texts[k].islower() or noun.pos_ not in ("NOUN", "ADP", "DET", "ADJ"):
                return None
        return None

    def _members_before(self, m: Mention) -> tuple[int, int] | None:
        """ "confiée aux gendarmes du C3N", "les paramilitaires des Forces de soutien rapide": a body named after
        the plural of its members (titles.yml ``member_nouns``) is a body of them."""
        i = m.start - 1
        if i > 0 and self.doc[i].pos_ == "DET" and self.texts[i].islower():
            i -= 1  # "aux policiers de l'Office central…"
        if i < 1 or self.lowers[i] not in self.words.genitives:
            return None
        noun = i - 1
        if noun in self.taken or self.lowers[noun] not in member_nouns(self.lang):
            return None
        return noun, noun + 1

    def _listed_after(self, m: Mention) -> bool:
        """Another organization follows after a comma or "et": "FGTB, CSC et CGSLB"."""
        nxt = m.end + 1
        if nxt < len(self.doc) and self.doc[nxt].pos_ == "DET" and self.texts[nxt].islower():
            nxt += 1  # "l'UFC-Que Choisir et la CLCV"
        owner = self.taken.get(nxt)
        return (
            m.end < len(self.doc)
            and (self.texts[m.end] == "," or self.lowers[m.end] == "et")
            and owner is not None
            and (owner.kind == "organization" or (owner.kind == "person" and owner.end - owner.start == 1))
        )

    def _relative_predicate(self, m: Mention) -> tuple[int, int] | None:
        """ "les Etats-Unis, qui sont les plus grands contributeurs,", "Danone, qui est le premier groupe laitier du
        monde,": a relative clause with a copula says what the organization or the country is."""
        doc, i = self.doc, m.end
        if i < len(doc) and self.texts[i] == ",":
            i += 1
        if i + 3 >= len(doc) or self.lowers[i] != "qui" or doc[i + 1].pos_ != "AUX" or doc[i + 1].lemma_ != "être":
            return None
        if doc[i + 2].pos_ != "DET":
            return None
        start = head = i + 3
        while head < min(i + 7, len(doc)) and doc[head].pos_ in ("ADV", "ADJ"):
            head += 1
        if head >= len(doc) or doc[head].pos_ != "NOUN" or not self.texts[head].islower():
            return None
        end = head + 1
        while end < len(doc) and doc[end].pos_ in ("ADJ", "NOUN") and doc[end].dep_ == "amod":
            end += 1  # "groupe laitier": the noun's adjectives
        if end < len(doc) and self.lowers[end] in self.words.genitives:
            end = self._phrase_end(end, limit=10)  # "du monde": its complement; nothing else, a verb may follow
        return start, end

    def _copula_predicate(self, m: Mention) -> tuple[int, int] | None:
        """ "Greenpeace est une ONG environnementale.": the name subject of a noun with a copula says what the
        organization or the country is."""
        for t in self.doc[m.start : m.end]:
            noun = t.head
            if t.dep_ != "nsubj" or m.start <= noun.i < m.end or noun.i < m.end or noun.pos_ != "NOUN":
                continue
            if not any(c.dep_ == "cop" for c in noun.children) or any(
                "Neg" in c.morph.get("Polarity") for c in noun.children
            ):
                return None
            start = noun.i
            while start - 1 > m.end and self.doc[start - 1].pos_ in ("ADJ", "ADV"):
                start -= 1  # "le plus grand producteur"
            if self.doc[start - 1].pos_ != "DET":
                return None
            return start, self._phrase_end(noun.i + 1, limit=10)
        return None

    def _related_before(self, m: Mention) -> tuple[int, int] | None:
        """ "sa filiale Alcatel-Lucent", "son concurrent européen Airbus": a relation noun after a possessive or
        definite determiner, its adjectives, then the name."""
        i = m.start - 1
        while i >= 0 and self.doc[i].pos_ == "ADJ" and self.texts[i].islower() and m.start - i <= 2:
            i -= 1
        if i < 1 or self.lowers[i] not in organization_relations(self.lang) or i in self.taken:
            return None
        det = self.doc[i - 1]
        if det.pos_ != "DET" or not ("Yes" in det.morph.get("Poss") or "Def" in det.morph.get("Definite")):
            return None
        return i, m.start

    def _restated_organizations(self) -> None:
        """ "La Cour des comptes a publié son rapport. L'institution constate…": a definite common noun of an
        organization, subject of a sentence, restates the one organization subject of the sentence before in
        the same paragraph; what it calls it is its role."""
        nouns = organization_nouns(self.lang) | self.words.kinds
        sents = list(self.doc.sents)
        starts = [s.start for s in sents]
        subjects: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if m.kind == "organization" and any(
                self.doc[i].dep_ in ("nsubj", "nsubj:pass") for i in range(m.start, m.end)
            ):
                subjects.setdefault(bisect_right(starts, m.start) - 1, []).append(m)
        for n, sent in enumerate(sents[1:], start=1):
            before = subjects.get(n - 1, [])
            if len(before) != 1 or before[0].role or subjects.get(n):
                continue
            org = before[0]
            if self.parsed.block_of(sent.start_char) != self.parsed.block_of(self.doc[org.start].idx):
                continue
            for t in sent:
                opening = t.i - 1 == sent.start and t.pos_ == "NOUN"  # the sentence's first noun phrase, however parsed
                if not (t.dep_ in ("nsubj", "nsubj:pass") or opening) or t.lower_ not in nouns or t.i in self.taken:
                    continue
                det = self.doc[t.i - 1] if t.i > sent.start else None
                if det is None or det.pos_ != "DET" or "Def" not in det.morph.get("Definite"):
                    break
                if "Plur" in t.morph.get("Number"):
                    break
                end = self._phrase_end(t.i + 1, limit=8)
                if t.i < t.head.i < end:
                    end = t.head.i
                if end < len(self.doc) and self.doc[end].pos_ not in ("VERB", "AUX"):
                    end = t.i + 1  # "L'institution constate «…»": no verb after the phrase, the tagger misread it
                if end < len(self.doc) and (end in self.taken or (self.texts[end] == "," and end + 1 in self.taken)):
                    break  # "le groupe, Nokia, …": a name follows, its own
                org.role, org.role_span = self.text(t.i, end), (t.i, end)
                log.debug("%r: role %r restated in the next sentence", org.text, org.role)
                break

    def _whole_glosses(self) -> None:
        """ "l'Ofpra (Office français de protection des réfugiés et apatrides)": a bracket after an organization
        spells out its full name; where the model read only its first words as a name ("Office français"), they are
        no second actor when the bracket is already the organization's role (the whole bracket read as a name is
        the same actor), and otherwise the name runs to the closing bracket when the word before it is the whole bracket's initials. A name further inside the
        bracket is another actor ("Hutchinson (filiale de Total)")."""
        doc = self.doc
        glosses = {
            m.role_span[0]: m
            for m in self.mentions
            if m.kind == "organization" and m.role_span and m.role_span[0] > 0 and self.texts[m.role_span[0] - 1] == "("
        }
        for m in list(self.mentions):
            if m.kind != "organization" or m.start < 2 or self.texts[m.start - 1] != "(" or m.role is not None:
                continue
            owner = glosses.get(m.start)
            if owner is not None and m.end >= owner.role_span[1]:
                m.same_as = m.same_as or owner  # the whole gloss: the organization's full name, one actor with it
                continue
            if owner is not None:
                self.drop(m, "the first words of another organization's bracketed gloss")
                continue
            close = next((k for k in range(m.end, min(m.end + 14, len(doc))) if self.texts[k] == ")"), None)
            if close is None or close == m.end:
                continue
            inside = range(m.end, close)
            spelled = self.text(m.start, close).replace("’", "'")
            if any(k in self.taken or (doc[k].is_punct and not self.texts[k].endswith(("'", "’"))) for k in inside):
                continue
            # "Ofii" is the initials of "Office français de l'immigration et de l'intégration", not of the words the
            # model kept
            if initials(spelled, self.words.connectives) == fold(self.texts[m.start - 2]).upper():
                self.extend(m, close)
                acronym = self.taken.get(m.start - 2)
                if acronym is not None and acronym.kind == "organization" and m.same_as is None:
                    m.same_as = acronym  # one actor, by the name the article goes on using
