"""A title with no name, given to the only named person it can be (a mixin of ``descriptions.DescriptionsPass``).

"Anne Roux a présenté le plan. … Le président tchadien s'est exprimé" is handled by the paragraph rules
(later_titles.py) when the two are close; an article often names its person once and calls him by his
office alone paragraphs later: "Emmanuel Macron a condamné le coup d'État. … Le chef de l'État présidera un
conseil de défense". The title is that person's when, of the people named before it, he is the only one the
article gives no title at all, and nothing disagrees: the title's article says the same gender as his
honorific, its demonym the same country as his, and it does not restate the title of someone else
("le président" after "Paul Roux, président du club").
"""

from __future__ import annotations

import logging

from ...lexicon.actors import standing_words
from ...textfold import fold
from .anaphoric_roles import ATTRIBUTIONS, SUBJECTS
from .mention import Mention, name_words

log = logging.getLogger(__name__)


class SoleHoldersPass:
    def _titles_of_sole_untitled(self) -> None:
        """Each unnamed definite title, subject of its clause, goes to the only untitled person named before it."""
        people = sorted((m for m in self.mentions if m.kind == "person"), key=lambda m: m.start)
        if not people:
            return
        in_roles = {i for m in self.mentions if m.role_span for i in range(*m.role_span)}
        standings = standing_words(self.lang)
        given: set[str] = set()
        for i, lower in enumerate(self.lowers):
            if lower not in self.words.roles or lower in standings or i in self.taken or i in in_roles:
                continue
            t = self.doc[i]
            if not self.texts[i].islower() or (i in self._quoted() and not self._incise_in_quote(t)):
                continue
            span = self._unnamed_title_at(t)
            if span is None:
                continue
            if not (
                t.dep_ in SUBJECTS or self._inverted_subject(t) or self._attributed(t) or self._before_its_verb(span)
            ):
                continue  # "appelant le ministre à répondre": an object is as often someone not yet named
            if t.head.i in self.taken and self.taken[t.head.i].kind == "person":
                continue  # "le procureur était Marc Roux": the title's holder is named right there
            holder = self._sole_untitled_before(people, span)
            if holder is None or holder.name in given:
                continue
            last = max(
                m.end for m in people if m.end <= span[0] and name_words(m.name)[-1] == name_words(holder.name)[-1]
            )
            if self._unnamed_person_between(last, span[0], in_roles):
                continue  # "X a frappé le gardien. L'agent de détention a souffert": the one struck
            self._give_role(holder, span, "the title only an untitled person named before can hold")
            given.add(holder.name)
            in_roles.update(range(*span))

    def _sole_untitled_before(self, people: list[Mention], span: tuple[int, int]) -> Mention | None:
        """The one person named before ``span`` whom no mention gives a title, when the title agrees with him."""
        words = {w for w in fold(self.text(*span)).split() if not self.words.is_article(w)}
        head = self.doc[self._title_head(span)]
        title = self._title_gender(head)
        titled: set[str] = set()
        for m in people:
            if m.role:
                titled.update(name_words(m.name))
                if words <= set(fold(m.role).split()):
                    return None  # "le président" restates "Paul Roux, président du club"
                if m.start < span[0] and title == "Fem" and self._feminine(m):
                    return None  # "la députée" may be "la présidente du groupe" named before: the marked gender
        untitled: dict[str, Mention] = {}
        for m in people:
            if m.start >= span[0]:
                break
            if not m.role and not set(name_words(m.name)) & titled:
                untitled[name_words(m.name)[-1]] = m
        if len(untitled) != 1:
            return None
        holder = next(iter(untitled.values()))
        if not any(self._mention_acts(m) for m in people if name_words(m.name)[-1] == name_words(holder.name)[-1]):
            return None  # named only as a complement or a signature ("le pouvoir de X", "— X (@X)"): not who acts
        said = self._said_gender(holder)
        if said and title and said != title:
            return None
        country = self._country_in(*span, office=True)
        if country and holder.country and country != holder.country:
            return None
        return holder

    def _feminine(self, m: Mention) -> bool:
        """A person the article marks as a woman: her honorific ("Mme") or her title's gender ("la présidente")."""
        if self._said_gender(m) == "Fem":
            return True
        return bool(m.role_span) and self._title_gender(self.doc[self._title_head(m.role_span)]) == "Fem"

    def _mention_acts(self, m: Mention) -> bool:
        """The mention is who acts in its sentence: its subject (before or after the verb), the source words
        are attributed to ("selon le Dr X"), or the root of a sentence with a verb the parser left unattached
        ("X de son côté condamné le coup d'État")."""
        for j in range(m.start, m.end):
            t = self.doc[j]
            if t.dep_ in SUBJECTS or self._inverted_subject(t):
                return True
            if any(c.dep_ == "case" and c.lower_ in ATTRIBUTIONS for c in t.children):
                return True
            if t.dep_ == "ROOT" and t.sent.start == m.start and any(w.pos_ in ("VERB", "AUX") for w in t.sent):
                return True
        return False

    def _title_head(self, span: tuple[int, int]) -> int:
        """The title noun of a span: its first word of a role."""
        return next((j for j in range(*span) if self.lowers[j] in self.words.roles), span[0])
