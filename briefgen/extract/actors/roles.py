"""Roles: the title beside a name, in apposition or before it, and the country it gives."""

from __future__ import annotations

from .. import countries
from .mention import STOP_PUNCT, Mention


class RolesPass:
    def roles(self) -> None:
        for m in self.mentions:
            if m.kind == "country":
                continue
            if m.kind == "organization" and m.country is None:
                # "la Réserve fédérale américaine", "le Hezbollah libanais": a demonym in or right after its name
                m.country = next(
                    (
                        c
                        for t in self.doc[m.start : min(m.end + 1, len(self.doc))]
                        if (c := countries.country_of_demonym(t.text, self.lang))
                    ),
                    None,
                )
            role = self._role_after(m) or (self._role_before(m) if m.kind == "person" else None)
            if role:
                m.role = self.text(*role)
                m.role_span = role
                m.country = m.country or self._country_in(*role, office=True)
        for m in self.mentions:
            if m.role_span and m.country is None:
                m.country = self._country_of_body_named_in(*m.role_span)
            if (
                m.role_span
                and m.country is None
                and m.kind == "person"
                and not any(i in self.taken for i in range(*m.role_span))
            ):
                # "En Allemagne, le chancelier Olaf Scholz…": an office naming no body of its own is the setting's
                m.country = self._sentence_setting(self.doc[m.start])
        inside_roles = {i for m in self.mentions if m.role_span for i in range(*m.role_span)}
        # "l'Aemet, l'agence météorologique espagnole": the apposition is the role, not a second actor
        self.mentions = [m for m in self.mentions if not (m.body and m.start in inside_roles)]

    def _country_of_body_named_in(self, start: int, end: int) -> str | None:
        """ "porte-parole du ministère" after "En France, le ministère des Affaires étrangères…": that body's country."""
        heads = {self.lowers[i] for i in range(start, end) if self.lowers[i] in self.words.bodies}
        if not heads:
            return None
        found = {m.country for m in self.mentions if m.body and m.country and self.lowers[m.start] in heads}
        return found.pop() if len(found) == 1 else None

    def _role_after(self, m: Mention) -> tuple[int, int] | None:
        """Apposition: "Andriï Sybiga, le ministre ukrainien des Affaires étrangères, …"."""
        doc = self.doc
        if m.end >= len(doc) or doc[m.end].text not in (",", "("):
            return None
        i = m.end + 1
        if i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        start = i
        while i < len(doc) and doc[i].lower_ in self.words.modifiers:
            i += 1
        if i >= len(doc):
            return None
        head = doc[i]
        if m.kind == "person" and head.lower_ not in self.words.roles:
            return None
        if m.kind != "person" and (start == m.end + 1 or head.pos_ != "NOUN" or not head.text.islower()):
            return None  # an organisation's apposition needs an article: "CNN, la chaîne américaine"
        end = self._phrase_end(i + 1, limit=14)
        if m.kind != "person" and end < len(doc) and doc[end].text not in (",", ")", ".", ";"):
            return None  # "Selon Greenpeace, l'accord reste…" is a new clause, not an apposition
        return start, end

    def _phrase_end(self, i: int, *, limit: int) -> int:
        doc = self.doc
        stop = min(len(doc), i + limit)
        while i < stop:
            t = doc[i]
            coordinated = (
                t.pos_ == "CCONJ" and i + 1 < stop and doc[i + 1].pos_ == "ADP"
            )  # "de l'Économie et des Finances"
            if (
                t.text in STOP_PUNCT
                or t.text in (")", "(")
                or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ")
                or (t.pos_ == "CCONJ" and not coordinated)
            ):
                break
            person = self.taken.get(t.i)
            if person is not None and person.kind == "person":
                break
            i += 1
        while doc[i - 1].lower_ in self.words.connectives:
            i -= 1
        return i

    def _role_before(self, m: Mention) -> tuple[int, int] | None:
        """A title before the name: "le Premier ministre britannique Keir Starmer", "le directeur de l'OMS, Tedros…"."""
        doc = self.doc
        end = m.start
        if end > 0 and doc[end - 1].text == ",":
            end -= 1
        lowest = max(m.start - 16, 0)  # not the parser's sentence start: it often cuts before a name
        i = end - 1
        while i >= lowest:
            t = doc[i]
            owner = self.taken.get(i)
            if (
                t.text in STOP_PUNCT
                or t.is_space
                or t.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ")
                or (owner is not None and owner.kind == "person")
            ):
                break
            i -= 1
        if end - 1 > i and (doc[end - 1].pos_ in ("ADP", "DET") or doc[end - 1].text.endswith("'")):
            return None  # "chercheur à l'Institut…": the name is the title's complement, not its holder
        window = range(i + 1, end)
        first = next((j for j in window if doc[j].lower_ in self.words.roles), None)
        if first is None:
            return None
        while first - 1 > i and doc[first - 1].lower_ in self.words.modifiers:
            first -= 1
        if end - first > 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # "directeur général de l'Organisation mondiale de la santé (OMS)": the acronym is an alias
        return first, end
