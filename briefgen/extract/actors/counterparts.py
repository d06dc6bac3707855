"""Counterparts: "son homologue turc Recep Erdogan" holds the office of the person it is the counterpart of.

"Le ministre français des Affaires étrangères a reçu son homologue allemande Annalena Baerbock": "homologue"
says the same office in another country, so the role is the possessor's title with the counterpart's own
words: "ministre allemande des Affaires étrangères". The possessor is the nearest titled person before, in
the same sentence or the one before.
"""

from __future__ import annotations

import logging

from .. import countries
from .mention import Mention

log = logging.getLogger(__name__)

# the relational noun of one office held elsewhere
COUNTERPART = ("homologue", "homologues")


class CounterpartsPass:
    def _counterparts(self) -> None:
        people = sorted((m for m in self.mentions if m.kind == "person"), key=lambda m: m.start)
        for m in people:
            if not m.role_span or self.lowers[m.role_span[0]] not in COUNTERPART:
                continue
            office = self._office_of_the_possessor(people, m)
            if office is None:
                continue
            prefix, complement = office
            own = self.text(m.role_span[0] + 1, m.role_span[1]) if m.role_span[1] > m.role_span[0] + 1 else ""
            m.role = " ".join(part for part in (prefix, own, complement) if part)
            log.debug("%r: counterpart's office %r", m.text, m.role)

    def _office_of_the_possessor(self, people: list[Mention], m: Mention) -> tuple[str, str] | None:
        """The title of the nearest titled person before ``m`` (same or previous sentence), as the title word
        with what comes before it ("Premier ministre") and its complement without nationality ("des Affaires
        étrangères")."""
        sentence = self._sentence_of(m.start)
        for o in reversed([p for p in people if p.start < m.start]):
            if sentence - self._sentence_of(o.start) > 1:
                return None
            if not o.role_span or self.lowers[o.role_span[0]] in COUNTERPART or o.name == m.name:
                continue
            start, end = o.role_span
            head = next((j for j in range(start, end) if self.lowers[j] in self.words.roles), None)
            if head is None:
                continue
            j = head + 1
            while j < end and (self.doc[j].pos_ == "ADJ" or countries.country_of_demonym(self.texts[j], self.lang)):
                j += 1
            complement = ""
            if j < end and self.lowers[j] in self.words.genitives:
                k = j
                while k < end and not countries.country_of_demonym(self.texts[k], self.lang):
                    k += 1
                complement = self.text(j, k)
            return self.text(start, head + 1), complement
        return None
