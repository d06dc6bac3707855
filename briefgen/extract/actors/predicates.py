"""Predicates: the title a clause says of a name rather than a phrase beside it.

- a copula: "Marie Durand est la présidente du conseil régional" (a title of titles.yml, the name its subject);
- a verb of becoming: "Jean Dupont a été nommé préfet de la Gironde" (titles.yml ``appointment_verbs``);
- a relative clause on the name: "Paul Martin, qui est aussi ministre de la Santé, …", "Jean Dupont, qui
  dirige l'Institut Pasteur de Lille, …" (a verb of office, titles.yml ``office_verbs``), wherever the parser
  hangs the clause when "qui" follows the name's comma.
"""

from __future__ import annotations

from ...lexicon.actors import appointment_verbs, standing_words
from .anaphoric_roles import SUBJECTS
from .mention import Mention


class PredicatesPass:
    def _predicate_role(self, m: Mention) -> tuple[int, int] | None:
        """ "Marie Durand est la présidente du conseil régional", "Paul Martin, qui est ministre de la Santé",
        "Jean Dupont, qui dirige l'Institut Pasteur de Lille"."""
        doc = self.doc
        inside = range(m.start, m.end)
        for t in doc[m.start : m.end]:
            if t.head.i in inside:
                continue
            # the name as the subject of a title with a copula
            if t.dep_ in SUBJECTS and self._title_predicate(t.head):
                return self._predicate_span(t.head)
            if t.dep_ in SUBJECTS and t.head.i >= m.end and (appointed := self._appointed_title(t.head)):
                return appointed  # "Jean Dupont a été nommé préfet de la Gironde"
            # a relative clause on the name
            for c in t.children:
                if c.dep_ != "acl:relcl" or c.i < m.end:
                    continue
                if not any(g.dep_ in SUBJECTS and g.pos_ == "PRON" for g in c.children):
                    continue
                return self._relative_title(c)
        return self._relative_after_comma(m)

    def _relative_title(self, c) -> tuple[int, int] | None:
        """The title a relative clause gives its antecedent: "qui est ministre de la Santé", "qui a été élu maire",
        "qui dirige l'Institut Pasteur"."""
        if self._title_predicate(c):
            return self._predicate_span(c)
        if appointed := self._appointed_title(c):
            return appointed  # "Jean Dupont, qui a été élu maire en 2020,"
        if c.pos_ == "VERB" and self._office_verb(c):
            end = self._phrase_end(c.i + 1, limit=12)
            return (c.i, end) if end > c.i + 1 else None
        return None

    def _relative_after_comma(self, m: Mention) -> tuple[int, int] | None:
        """ "…, note Martin Friede, qui dirige le département…": "qui" right after the name and its comma opens a
        relative clause on the name, wherever the parser attaches the clause; right after the name too ("indique
        maître Roux qui représente la famille"): a proper name takes no restrictive relative, the clause is said of
        the person."""
        i = m.end
        if i < len(self.doc) and self.texts[i] == ",":
            i += 1
        if i + 1 >= len(self.doc) or self.lowers[i] != "qui":
            return None
        rel = self.doc[i]
        if rel.dep_ not in SUBJECTS or rel.head.i <= rel.i:
            return None
        return self._relative_title(rel.head)

    def _office_verb(self, verb) -> bool:
        """A verb of holding an office, by its lemma or, where the lemmatiser missed it ("préside"), by its
        present or imperfect form."""
        if verb.lemma_ in self.words.office_verbs:
            return True
        word = verb.lower_
        for v in self.words.office_verbs:
            if v.endswith("er"):
                stem = v[:-2] + ("e" if v[-3] == "g" else "")  # "dirigeait"
                if word in (v[:-2] + "e", v[:-2] + "ent", stem + "ait", stem + "aient"):
                    return True
        return False

    def _appointed_title(self, verb) -> tuple[int, int] | None:
        """The title right after a verb of becoming ("nommé préfet de la Gironde", "devenu le maire de Lyon")."""
        if verb.pos_ != "VERB" or verb.lemma_ not in appointment_verbs(self.lang):
            return None
        i = verb.i + 1
        if i < len(self.doc) and self.doc[i].pos_ == "DET" and "Def" in self.doc[i].morph.get("Definite"):
            i += 1
        start = i
        while i < len(self.doc) and self.lowers[i] in self.words.modifiers:
            i += 1
        if i >= len(self.doc) or self.lowers[i] not in self.words.roles or self.lowers[i] in standing_words(self.lang):
            return None
        return start, self._phrase_end(i + 1, limit=14)

    def _title_predicate(self, token) -> bool:
        return (
            token.pos_ == "NOUN"
            and token.lower_ in self.words.roles
            and any(c.dep_ == "cop" for c in token.children)
            and "Neg" not in {c.morph.get("Polarity", [""])[0] for c in token.children}
        )

    def _predicate_span(self, noun) -> tuple[int, int]:
        start = noun.i
        while start - 1 >= 0 and self.lowers[start - 1] in self.words.modifiers:
            start -= 1
        return start, self._phrase_end(noun.i + 1, limit=14)
