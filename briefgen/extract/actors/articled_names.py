"""Bodies the model missed, told by French grammar: a personal name takes no article, so a capitalised word
written after a definite article that is no common word of the language ("l'Arcep publie…", "selon le
Medef", "la Fnac a annoncé") names a body, or a place, which the country and place passes took first.

A word of the kind is listed only where it speaks somewhere in the article: the subject of a verb of
saying ("l'Arcep souligne que…") or the source of a "selon". An event, an index or a brand under an
article ("le Brexit a coûté", "le Nasdaq a reculé") does not speak, and stays out.
"""

from __future__ import annotations

from ...lexicon import lexicon
from ...lexicon.common_words import is_common_word
from .. import countries
from ..speech import verb_lemma
from .mention import Mention, is_acronym

SUBJECTS = ("nsubj", "nsubj:pass")


class ArticledNamesPass:
    def articled_names(self) -> None:
        lex = lexicon(self.lang)
        found: dict[str, list[int]] = {}
        for i in range(1, len(self.texts)):
            if self._articled_name(i):
                found.setdefault(self.texts[i], []).append(i)
        for name, places in found.items():
            if not any(self._speaks(i, lex) for i in places):
                continue
            for i in places:
                self.add(Mention(i, i + 1, name, name, "organization", "articled-name"))

    def _articled_name(self, i: int) -> bool:
        """A one-word name after a definite article, not a common word, a country, a demonym or a month."""
        text = self.texts[i]
        if i in self.taken or not (text[:1].isupper() and text.isalpha()) or is_acronym(text):
            return False
        before = self.doc[i - 1]
        if before.pos_ != "DET" or "Def" not in before.morph.get("Definite") or "Plur" in before.morph.get("Number"):
            return False
        nxt = self.texts[i + 1] if i + 1 < len(self.texts) else ""
        if nxt[:1].isupper() and nxt[:1].isalpha():
            return False  # a longer name ("la Banque Mondiale"): the model's or the other passes' to read
        # the model's label is not read: it calls the same "Arcep" a place in one sentence and a thing in the next
        return not (
            self.lowers[i] in self.words.months
            or is_common_word(text, self.lang)
            or countries.lookup(text, self.lang)
            or countries.country_of_demonym(text, self.lang)
        )

    def _speaks(self, i: int, lex) -> bool:
        """The subject of a verb of saying, or the source a "selon" names."""
        token = self.doc[i]
        if token.dep_ in SUBJECTS and verb_lemma(token.head, lex) in lex.speech:
            return True
        return i >= 2 and self.lowers[i - 2] in lex.attribution
