"""The organization a title's closing common noun stands for: "le président de la Commission de
l'organisation Moussa Faki" after "l'Union africaine", "le secrétaire général de la centrale" after "la
Centrale générale de la FGTB", "Michel Nalet, porte-parole du groupe" after "Lactalis a appelé…".

A title may close on a definite kind of organization ("de l'organisation", "du syndicat", "du groupe") and
no name: French restates the body the text already named rather than naming it again. The role then gets
that body's name in brackets, as a possessive title does ("président (CGSLB)"): the title alone does not say
which body it is. The body is the last organization named before the title, in its paragraph or the one
before, whose name or own role holds that noun ("centrale" → "la Centrale générale"); for a noun that
restates any body ("l'organisation", "l'institution"), failing that, the only one the paragraph names.
"""

from __future__ import annotations

import logging

from ...lexicon.actors import generic_body_nouns, organization_nouns
from ...textfold import fold
from .mention import Mention

log = logging.getLogger(__name__)


class BodyAnaphorsPass:
    def _bodies_of_anaphoric_titles(self) -> None:
        nouns = organization_nouns(self.lang) | self.words.kinds
        for m in self.mentions:
            if not m.role or m.role_span is None or "(" in m.role:
                continue
            start, end = m.role_span
            if m.kind != "person" and self.lowers[start] not in self.words.roles:
                continue  # "président de l'organisation Moussa Faki": the parse may make a body of the name
            k = end - 1
            if k - start < 2 or self.lowers[k] not in nouns:
                continue
            owner = self.taken.get(k)
            if owner is not None and not (owner.kind == "organization" and owner.start < k - 2):
                continue  # "la Commission de l'organisation" may be read as a name: the noun is still its complement
            det = self.doc[k - 1]
            definite = (
                det.pos_ == "DET" and "Def" in det.morph.get("Definite") and self.lowers[k - 2] in self.words.genitives
            )
            if not (definite or (self.lowers[k - 1] == "du" and k - 1 > start)):
                continue  # "de l'organisation", "du syndicat": the article says the body is known already
            if "Plur" in self.doc[k].morph.get("Number"):
                continue
            body = self._body_restated(self.lowers[k], min(start, m.start))
            if body is not None:
                m.role = f"{m.role} ({self._fullest_name_of(body)})"
                m.country = m.country or body.country
                log.debug("%r: %r, the body its title's noun restates", m.text, m.role)

    def _body_restated(self, noun: str, before: int) -> Mention | None:
        block = self.parsed.block_of(self.doc[before].idx)
        quoted = self._quoted()
        named = {
            wanted: [
                o
                for o in sorted(self.mentions, key=lambda o: o.start)
                if o.kind == "organization"
                and o.end <= before
                and o.start not in quoted  # "« au sein de la FGTB »": the speaker's words, not the writer's
                and self.parsed.block_of(self.doc[o.start].idx) == wanted
            ]
            for wanted in (block, block - 1)
        }
        for bodies in named.values():
            said = [o for o in bodies if fold(noun) in fold(f"{o.name} {o.role or ''}").split()]
            if said:
                return said[-1]
        if noun not in generic_body_nouns(self.lang):
            return None  # "directeur de l'hôpital": only a body called a hospital is the hospital
        bodies = named[block] or named[block - 1]
        return bodies[0] if bodies and len({o.name for o in bodies}) == 1 else None

    def _fullest_name_of(self, body: Mention) -> str:
        """ "Centrale" said again as "la Centrale générale de la FGTB": the longest name holding it."""
        short = self._full_name_of(body)
        return max(
            (o.name for o in self.mentions if o.kind == "organization" and f" {fold(short)} " in f" {fold(o.name)} "),
            key=len,
            default=short,
        )
