"""Where a title's phrase ends, read forward from its head: its complements ("de l'Économie et des Finances"),
a second title coordinated with it ("ancien ministre et actuel député"), a bracket inside it ("le maire (LR)
de Perpignan"); not a date, a medium, a verb or the next clause's noun."""

from __future__ import annotations

from ...lexicon.actors import title_participles
from ...lexicon.common_words import is_finite_verb_form
from .mention import STOP_PUNCT


class PhrasesPass:
    def _phrase_end(self, i: int, *, limit: int) -> int:
        doc = self.doc
        stop = min(len(doc), i + limit)
        while i < stop:
            t = doc[i]
            if t.text == "(":
                past = self._bracket_in_title(i)
                if past is not None:
                    i = past
                    continue
            # "de l'Économie et des Finances", "des collèges et lycées"
            coordinated = (
                t.pos_ == "CCONJ"
                and i + 1 < stop
                and (
                    doc[i + 1].pos_ == "ADP"
                    or (doc[i + 1].pos_ == "NOUN" and doc[i + 1].text.islower())
                    or self.lowers[i + 1] in self.words.roles  # "chercheuse à l'Inserm et spécialiste des virus"
                    or self._qualified_title(i + 1, stop)  # "ancien ministre et actuel député de l'Aisne"
                )
            )
            dated = (
                t.pos_ == "ADP"
                and self.lowers[i] not in self.words.genitives  # "auteur de deux buts" counts
                and i + 1 < len(doc)
                # "un", "une" are numbers to the tokenizer, but as articles ("pour un porteur") date nothing
                and ((doc[i + 1].like_num and doc[i + 1].pos_ != "DET") or self.lowers[i + 1] in self.words.months)
            )  # "présidente de la Commission depuis 2019": the date is not the title's
            medium = (
                self.lowers[i] == "sur"
                and i + 1 < len(doc)
                and (
                    "Yes" in doc[i + 1].morph.get("Poss")
                    or doc[i + 1].pos_ == "PROPN"
                    or (doc[i + 1].text[:1].isupper() and doc[i + 1].text[:1].isalpha())  # "sur TF1" tagged NOUN
                    # "sur le réseau social X", "sur le plateau de LCI"
                    or (doc[i + 1].pos_ == "DET" and i + 2 < len(doc) and self.lowers[i + 2] in self.words.media_nouns)
                )
            )  # "a révélé le ministre de l'Intérieur sur notre antenne", "sur BFMTV": where it was said
            superlative = (
                t.pos_ == "VERB"
                and i > 0
                and self.lowers[i - 1] in ("plus", "moins")
                and "Part" in t.morph.get("VerbForm")
            )  # "accusé le plus connu de ce procès": a participle after "plus" is an adjective
            adjectival = (
                "Part" in t.morph.get("VerbForm")
                and i > 0
                and doc[i - 1].pos_ in ("NOUN", "ADJ")
                and i + 1 < len(doc)
                and (doc[i + 1].pos_ == "ADJ" or self.texts[i + 1] in (",", "."))
            )  # "une société militaire privée russe,": a participle used as an adjective
            after_name = (
                t.pos_ == "NOUN"
                and t.text.islower()
                and i > 0
                and doc[i - 1].pos_ == "PROPN"
                and i - 1 not in self.taken
            ) or (t.pos_ == "NOUN" and t.text.islower() and (o := self.taken.get(i - 1)) is not None and o.end == i)
            # "la sénatrice écologiste de Paris juge la loi…": a bare noun after a name is the next clause's verb
            charged = (
                self.lowers[i] in title_participles(self.lang)
                and i + 1 < len(doc)
                and self.lowers[i + 1] in self.words.genitives
            )  # "secrétaire d'État chargé du Numérique"
            k = i + 1 if self.lowers[i] == "tout" else i
            gerund = (
                self.lowers[k] == "en"
                and k + 1 < len(doc)
                and "Part" in doc[k + 1].morph.get("VerbForm")
                and "Pres" in doc[k + 1].morph.get("Tense")
            )  # "a ajouté le ministre tout en déplorant…": the gerund is the sentence's, not the title's
            if (
                gerund
                or (t.text in STOP_PUNCT and not self._listed_portfolio(i))
                or t.text in (")", "(")
                or (
                    t.pos_ in ("VERB", "AUX", "PRON", "SCONJ")
                    and not self._demonym(t)
                    and not superlative
                    and not charged
                    and not adjectival
                    and not (self.lowers[i] in self.words.roles and doc[i - 1].pos_ == "CCONJ")  # "et spécialiste"
                    # "groupe PDCI-RDA": a name the tagger made a verb
                    and not (t.text[:1].isupper() and i in self.taken)
                )
                or (t.pos_ == "CCONJ" and not coordinated)
                or dated
                or medium
                or after_name
                or (i > 0 and is_finite_verb_form(t.text, self.lang))  # "le maire brille par son absence"
            ):
                break
            person = self.taken.get(t.i)
            if person is not None and person.kind == "person":
                if person.start == i and i > 0 and self.lowers[i - 1] in self.words.genitives and person.end <= stop:
                    i = person.end  # "avocate de M. Roux": the person the title is relative to
                    continue
                if person.start == i and person.end <= stop and self._title_of_a_complement(i):
                    i = person.end  # "parti de l'ancien président Blaise Compaoré": the titled person it is of
                    continue
                break
            i += 1
        while doc[i - 1].lower_ in self.words.connectives:
            i -= 1
        return i

    def _title_of_a_complement(self, i: int) -> bool:
        """The name at ``i`` follows a title that is itself a genitive complement: "du président",
        "de l'ancien président", "de la ministre". Past "de", the title's name belongs to the phrase."""
        j = i - 1
        if j < 1 or self.lowers[j] not in self.words.roles:
            return False
        j -= 1
        while j > 0 and (self.doc[j].pos_ in ("DET", "ADJ") and self.texts[j].islower()):
            j -= 1  # "de l'ancien", "du nouveau"
        return self.lowers[j] in self.words.genitives

    def _bracket_in_title(self, i: int) -> int | None:
        """Where a title goes on past the bracket opening at ``i``: "le maire (LR) de Perpignan" (a party or an
        acronym, then the title's complement), "directeur général de l'Ofpra (Office français de protection des
        réfugiés et apatrides)," (the expansion of the name it closes on). None: the bracket ends the title."""
        doc = self.doc
        close = next((k for k in range(i + 1, min(i + 14, len(doc))) if self.texts[k] in (")", "(")), None)
        if close is None or self.texts[close] != ")" or close == i + 1 or not self.texts[i + 1][:1].isupper():
            return None
        after = close + 1
        if close - i <= 4 and after + 1 < len(doc) and self.lowers[after] in self.words.genitives:
            return after
        named = i > 0 and self.texts[i - 1][:1].isupper() and doc[i - 1].pos_ in ("PROPN", "NOUN")
        if named and close - i > 2 and (after >= len(doc) or self.texts[after] in STOP_PUNCT):
            return after
        return None

    def _qualified_title(self, i: int, stop: int) -> bool:
        """ "actuel député", "seul membre des commandos": an adjective, then a title or a lower-case noun; after
        "et" in a title, a second title coordinated with the first."""
        doc = self.doc
        if i + 1 >= stop or not (self.lowers[i] in self.words.modifiers or doc[i].pos_ == "ADJ"):
            return False
        if not doc[i].text.islower():
            return False
        nxt = doc[i + 1]
        return self.lowers[i + 1] in self.words.roles or (nxt.pos_ == "NOUN" and nxt.text.islower())

    def _listed_portfolio(self, i: int) -> bool:
        """The comma at ``i`` lists another capitalised complement of the same title: "ministre du Travail, de la
        Santé et des Solidarités" (not "ministre de la Santé, de passage à Lyon")."""
        doc = self.doc
        if self.texts[i] != "," or i < 1 or i + 2 >= len(doc) or not self.texts[i - 1][:1].isupper():
            return False
        if self.lowers[i + 1] not in self.words.genitives:
            return False
        j = i + 2 if doc[i + 2].pos_ != "DET" else i + 3
        if j >= len(doc) or not self.texts[j][:1].isupper() or (doc[j].pos_ == "PROPN" and j in self.taken):
            return False
        # the list closes on "et" and a last complement before the next comma
        for k in range(j + 1, min(j + 8, len(doc))):
            if self.texts[k] in STOP_PUNCT:
                return False
            if self.lowers[k] == "et" and k + 1 < len(doc) and self.lowers[k + 1] in self.words.genitives:
                return True
        return False
