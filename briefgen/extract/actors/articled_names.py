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
        titled: dict[str, list[int]] = {}
        for i in range(1, len(self.texts)):
            if self._articled_name(i):
                found.setdefault(self.texts[i], []).append(i)
            elif self._titled_name(i):
                titled.setdefault(f"{self.texts[i - 1]} {self.texts[i]}", []).append(i)
        for name, places in found.items():
            if not any(self._speaks(i, lex) for i in places):
                continue
            for i in places:
                self.add(Mention(i, i + 1, name, name, "organization", "articled-name"))
        for name, places in titled.items():  # "rapporte Le Soir": a newspaper's title, its article capitalised
            if not any(self._speaks(i, lex) for i in places):
                continue
            for i in places:
                self.add(Mention(i - 1, i + 1, name, name, "organization", "articled-name"))

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

    def _titled_name(self, i: int) -> bool:
        """A capitalised word after an article capitalised inside a sentence ("Le Soir", "La Croix"): a title,
        common word or not."""
        if (
            i < 2
            or i in self.taken
            or i - 1 in self.taken
            or not (self.texts[i][:1].isupper() and self.texts[i].isalpha())
        ):
            return False
        nxt = self.texts[i + 1] if i + 1 < len(self.texts) else ""
        return (
            self._article_of_a_name(i - 1, i + 1)
            and not (nxt[:1].isupper() and nxt[:1].isalpha())
            and not countries.lookup(f"{self.texts[i - 1]} {self.texts[i]}", self.lang)
        )

    def _speaks(self, i: int, lex) -> bool:
        """The subject of a verb of saying, inverted after it ("rapporte Le Soir"), or the source a "selon"
        names."""
        token = self.doc[i]
        if token.dep_ in SUBJECTS and verb_lemma(token.head, lex) in lex.speech:
            return True
        nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
        if nxt is not None and nxt.text.islower() and verb_lemma(nxt, lex) in lex.saying:
            return True  # "L'Arcep parle d'une chute", the verb tagged an adjective of the name
        first = i - 1 if self.doc[i - 1].pos_ == "DET" or self._article_of_a_name(i - 1, i + 1) else i
        if (
            first > 0
            and self.doc[first - 1].pos_ in ("VERB", "AUX")
            and verb_lemma(self.doc[first - 1], lex) in lex.speech
        ):
            return True
        return first >= 1 and self.lowers[first - 1] in lex.attribution
