"""A name's span trimmed of what is not the name: articles, elisions and titles before it ("L'", "le
président"), punctuation, a title or a nationality after it ("Pastef du Premier", "le Hezbollah libanais"),
a count glued to it ("les Nations unies 5.000"); an honorific ("M.", "Mme") is kept, and an article that is
the name's own ("Le Soir", "La Haye", "De Morgen") or a particle ("ben-Rachid", "M. de Villepin") stays.
"""

from __future__ import annotations

import re

from ...textfold import fold
from .. import countries

COUNT = re.compile(r"^\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+$")  # "5.000", "20 000": a number grouped in thousands


class TrimPass:
    def _particle_word(self, text: str) -> bool:
        """A name's lower-case particle, alone ("von", "de") or glued to the name by a hyphen ("al-Jaber")."""
        head, _, rest = text.partition("-")
        return text in self.words.particles or (head in self.words.particles and rest[:1].isupper())

    def _hyphened_particle(self, i: int, end: int) -> bool:
        """ "Cheikh ben-Rachid": a lower-case particle glued by a hyphen to a capitalised word opens one name,
        whatever its tag (fr_core_news_md tags "ben" an adverb, which would be dropped as a function word)."""
        return (
            i + 2 < end
            and self.lowers[i] in self.words.particles
            and not self.doc[i].whitespace_
            and self.texts[i + 1] == "-"
            and not self.doc[i + 1].whitespace_
            and self.texts[i + 2][:1].isupper()
        )

    def _article_of_a_name(self, i: int, end: int) -> bool:
        """A capitalised article inside a sentence, before a capitalised word of the same name: the title of a
        newspaper or a name that takes its article ("rapporte Le Soir", "le quotidien Le Télégramme", "La Haye")."""
        token = self.doc[i]
        before = self.doc[i - 1] if i > 0 else None
        return (
            i + 1 < end
            and before is not None
            and (before.is_alpha or before.text == ",")  # not after a dateline's dash or a quotation mark
            and token.text[:1].isupper()
            and not token.text.isupper()  # "… DE L'ONU": a heading in capitals
            and not token.is_sent_start
            and self.words.is_article(self.lowers[i])
            and self.texts[i + 1][:1].isupper()
            and not countries.lookup(self.texts[i + 1], self.lang)  # "La Belgique": a country takes its article
        )

    def _foreign_article(self, i: int) -> bool:
        """ "le quotidien De Morgen", "le journal Het Laatste Nieuws": after a kind of organization (or its plural), a short
        capitalised word before a capitalised one is the name's own article, in another language."""
        token = self.doc[i]
        return (
            0 < i < len(self.doc) - 1
            and token.text[:1].isupper()
            and token.is_alpha
            and len(token.text) <= 3
            and not token.text.isupper()
            and not token.is_sent_start
            and self.texts[i + 1][:1].isupper()
            # "les quotidiens De Morgen et Le Soir": the plural kind too
            and (self.lowers[i - 1] in self.words.kinds or self.doc[i - 1].lemma_.lower() in self.words.kinds)
        )

    def _trim(self, start: int, end: int) -> tuple[int, int, int | None]:
        """Drop articles, elisions and titles before a name ("L'", "le président"); keep an honorific."""
        doc, honorific = self.doc, None
        while start < end:
            token = doc[start]
            lower = token.lower_
            if lower in self.words.honorifics:
                honorific = start
                start += 1
                continue
            # "Le Soir", "L'Équipe" in the middle of a sentence: a capitalised article is the name's
            if (
                self._article_of_a_name(start, end)
                or self._foreign_article(start)
                or self._hyphened_particle(start, end)
            ):
                break
            if (
                end - start > 2
                and start > 0
                and doc[start - 1].pos_ == "DET"
                and token.text[:1].isupper()
                and countries.country_of_demonym(token.text, self.lang)
            ):
                # "le Tchadien Moussa Faki Mahamat": the nationality before the name is not part of it, but of its
                # mention, as an honorific is
                honorific = start
                start += 1
                continue
            # "L'", "le", "Ladite": a determiner never starts a name
            function_word = (
                token.pos_ == "DET"
                or (token.pos_ == "ADP" and (token.is_stop or token.text.islower()))
                or (token.pos_ in ("ADV", "CCONJ", "SCONJ") and end - start > 1)  # "Entre-temps Condé"
            )
            if (
                token.is_punct
                or function_word
                or lower.endswith("'")
                or lower in self.words.roles
                or lower in self.words.modifiers
                # "s'agace Marie-Amandine Stévenin": a lower-case verb the model glued to the name it introduces
                or (token.text.islower() and token.pos_ in ("VERB", "AUX") and end - start > 1)
            ):
                start += 1
                honorific = None
                continue
            break
        while (
            end > start
            and (
                doc[end - 1].is_punct
                and doc[end - 1].text != ")"
                or doc[end - 1].lower_.endswith("'")
                or (doc[end - 1].pos_ in ("DET", "ADP") and not doc[end - 1].text[:1].isupper())  # "Starmer" tagged ADP
                or (
                    (doc[end - 1].lower_ in self.words.roles or doc[end - 1].lower_ in self.words.modifiers)
                    # a title, not a surname: "Pastef du Premier", not "Jean Gardien" nor "Bruno Le Maire" (a
                    # capitalised particle after a first name)
                    and (
                        doc[end - 1].text.islower()
                        or (
                            end - 2 >= start
                            and doc[end - 2].pos_ in ("DET", "ADP")
                            and not (
                                doc[end - 2].text[:1].isupper() and end - 3 >= start and doc[end - 3].pos_ == "PROPN"
                            )
                        )
                    )
                )
            )
        ):
            end -= 1  # "Pastef du Premier [ministre…]": the title belongs to the next name
        if (
            end - start == 2
            and self.texts[end - 1].islower()
            and countries.country_of_demonym(self.texts[end - 1], self.lang)
            and fold(self.texts[start]) not in self.words.organization_heads
        ):
            end -= 1  # "le Hezbollah libanais": a proper name's nationality, not its word ("le Parlement européen" is)
        if end - start > 1 and COUNT.match(self.texts[end - 1]):
            end -= 1  # "les FARDC 20.000 hommes et les Nations unies 5.000": a count with its thousands, no name's
        if honorific is None and start > 0 and doc[start - 1].lower_ in self.words.honorifics:
            honorific = start - 1  # "M." left outside the entity
        elif (
            honorific is None
            and start > 1
            and doc[start - 1].lower_ in self.words.particles
            and doc[start - 2].lower_ in self.words.honorifics
        ):
            honorific = start - 2  # "M. de Villepin": the particle belongs to the name
        if honorific is not None:
            return honorific, end, honorific
        return start, end, None
