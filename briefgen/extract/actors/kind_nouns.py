"""Kind nouns before a name: what the words before a capitalised name say it is.

- a kind of organization, maybe with adjectives, a participle and a complement ("le parti Pastef", "le
  géant américain de l'informatique Microsoft", "l'agence en ligne privée mauritanienne X"): an
  organization, its kind the role;
- a kind of thing ("l'instrument NIRCam", "le télescope spatial James Webb"): no actor.
"""

from __future__ import annotations

from ...textfold import fold
from .. import countries
from .spans import QUOTE_MARKS


class KindNounsPass:
    def _kind_before(self, start: int) -> int | None:
        """ "le parti Pastef", "le géant chinois Huawei", "le fabricant américain de puces Nvidia": a common
        noun naming a kind of organization comes first, maybe with adjectives and a complement."""
        if start > 0 and self.doc[start - 1].pos_ == "ADP" and self.texts[start - 1].islower():
            return None  # "le site de production de Sochaux", "un groupe de rebelles du Darfour": a complement
        if start > 1 and self.doc[start - 1].pos_ == "DET" and self.lowers[start - 2] in self.words.genitives:
            return None  # "les entreprises de la Silicon Valley": where the kind is, not its name
        for i in range(start - 1, max(start - 8, -1), -1):
            t = self.doc[i]
            if t.lower_ in self.words.kinds and t.text.istitle() and i > 0 and self.texts[i - 1][:1].isupper():
                return None  # "le PDG de SNCF Réseau Patrick Jeantet": the kind word is part of a name
            if t.lower_ in self.words.kinds or (t.text.islower() and t.lemma_.lower() in self.words.kinds):
                return i  # "le quotidien Le Télégramme", "les quotidiens De Morgen et …": the plural too
            if (
                t.lower_ in self.words.bodies
                and t.text.islower()
                and i < start - 1
                and all(self.doc[j].pos_ == "ADJ" and self.texts[j].islower() for j in range(i + 1, start))
            ):
                if self._complements_a_title(i):
                    return None  # "la cheffe de la diplomatie européenne Kaja Kallas": the body is her title's
                return i  # "l'office statistique belge Statbel" (not "l'administration Trump": named after him)
            if (t.text in QUOTE_MARKS and i == start - 1) or (
                fold(self.lowers[i]) in self._folded_state() and i > 0 and self.doc[i - 1].pos_ == "ADP"
            ):
                continue  # « la coalition "Vivaldi" », "la télévision d'État CCTV"
            demonym = countries.country_of_demonym(t.text, self.lang)  # "danois" is tagged VERB at times
            # "l'agence en ligne privée mauritanienne X", "le géant américain de l'informatique X": a participle
            # used as an adjective, the article of the kind's complement
            inside = "Part" in t.morph.get("VerbForm") or (
                t.pos_ == "DET" and i > 0 and self.lowers[i - 1] in self.words.genitives
            )
            # "la compagnie aérienne Ryanair": an adjective the tagger calls a verb, with a lemma no infinitive
            # ends like ("aérien")
            misread = t.pos_ == "VERB" and t.text.islower() and not t.lemma_.endswith(("r", "re"))
            if t.text[:1].isupper() or (
                t.pos_ not in ("ADJ", "ADP", "NOUN") and not demonym and not inside and not misread
            ):
                return None
            if t.lower_ in self.words.roles and t.pos_ == "NOUN":
                return None  # "en compagnie du ministre de l'Intérieur": the name complements a title
        return None

    def _names_a_kind(self, start: int, end: int) -> bool:
        """The head of a description is a kind of organization ("syndicat", "chaîne"), not an office."""
        for i in range(start, min(end, start + 3)):
            if self.lowers[i] in self.words.kinds:
                return True
            if self.lowers[i] in self.words.roles:
                return False
        return False

    def _complements_a_title(self, i: int) -> bool:
        """The noun at ``i`` is the complement of a title before it: "porte-parole de la diplomatie russe"."""
        j = i - 1
        if j >= 0 and self.doc[j].pos_ == "DET":
            j -= 1
        if j < 1 or self.lowers[j] not in self.words.genitives:
            return False
        k = j - 1
        while k >= 0 and self.doc[k].pos_ == "ADJ" and j - k <= 2:
            k -= 1
        return k >= 0 and self.lowers[k] in self.words.roles
