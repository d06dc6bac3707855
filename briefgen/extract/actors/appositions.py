"""Appositions: the title beside a name, after a comma or in brackets.

"Andriï Sybiga, le ministre ukrainien des Affaires étrangères,", "Nicolas Walder (Verts/GE)", "Jean Dupont
(LR), maire de Lyon,", "Pour Ludovic Blin, de la FDSEA de la Manche,", "Jean Dupont, à la tête de la FNSEA,",
"Luc Garnier, l'un des porte-parole du collectif,", "Marie Roux, autre ancienne ministre,", and the office an honorific says ("Me Karine Petit").
"""

from __future__ import annotations

from ...lexicon.actors import honorific_roles, organization_relations, other_words, standing_words
from ...textfold import fold
from .. import countries
from .mention import Mention, is_acronym

CLOSERS = (",", ")", ".", ";")  # what closes an apposition: "le M23, une rébellion, …", "(groupe LR)"


class AppositionsPass:
    def _affiliation(self, m: Mention) -> tuple[int, int] | None:
        """ "Nicolas Walder (Verts/GE)", "Jean Dupont (LR)": a person's party and constituency in brackets,
        capitalised words and acronyms joined by slashes or hyphens."""
        doc, i = self.doc, m.end
        if m.kind != "person" or i >= len(doc) or self.texts[i] != "(":
            return None
        j = i + 1
        while j < min(i + 7, len(doc)) and (
            (doc[j].is_alpha and self.texts[j][:1].isupper()) or self.texts[j] in ("/", "-")
        ):
            j += 1
        if j == i + 1 or j >= len(doc) or self.texts[j] != ")":
            return None
        for k in range(i + 1, j):
            owner = self.taken.get(k)
            if owner is not None and owner.kind == "person":
                return None
            if owner is not None:
                owner.affiliation = True
        return i + 1, j

    def _title_past_affiliation(self, m: Mention, role: tuple[int, int] | None) -> tuple[int, int] | None:
        close = role[1] if role is not None else -1
        if m.kind != "person" or close < 0 or close + 1 >= len(self.doc) or self.texts[close] != ")":
            return None
        if self.texts[close + 1] != "," or role[0] != m.end + 1:
            return None
        return self._role_after(m, after=close + 1)

    def _honorific_role(self, m: Mention) -> tuple[int, int] | None:
        """ "Me Karine Petit a annoncé une plainte": the honorific says the office, as its own span."""
        first = self.lowers[m.start].rstrip(".")
        return (m.start, m.start + 1) if first in honorific_roles(self.lang) else None

    def _role_after(self, m: Mention, after: int | None = None) -> tuple[int, int] | None:
        """Apposition: "Andriï Sybiga, le ministre ukrainien des Affaires étrangères, …" (``after``: the comma,
        when something stands between the name and it)."""
        doc = self.doc
        after = m.end if after is None else after
        if (
            m.kind == "person"
            and after + 3 < len(doc)
            and self.texts[after] == ","
            and doc[after + 1].like_num
            and doc[after + 1].pos_ == "NUM"  # not the ordinal of "X, Premier ministre, a annoncé…"
            and doc[after + 2].pos_ == "NOUN"
            and self.texts[after + 3] == ","
        ):
            after += 3  # "Jean Morel, 54 ans, maire de Cavaillon": the age is an aside before the title
        if (
            m.kind != "person"
            and after + 3 < len(doc)
            and self.texts[after] == "("
            and self.texts[after + 2] == ")"
            and self.texts[after + 3] == ","
        ):
            after += 3  # "Le Rassemblement national (RN), parti d'extrême droite,": past the acronym
        if m.kind == "person" and after < len(doc) and self.lowers[after] in self.words.genitives:
            return self._affiliated(m, after, named_only=True)  # "Zephyrin Diabré de l'UPC prend la troisième place"
        if after >= len(doc) or doc[after].text not in (",", "("):
            return None
        i = after + 1
        affiliated = self._affiliated(m, i)
        if affiliated is not None:
            return affiliated
        if m.kind == "person":
            led = self._heading(i)
            if led is not None:
                return led
        one_of = self._one_of(i)  # "Luc Garnier, l'un des porte-parole du collectif,", "La CGT, l'une des centrales"
        if one_of > i and one_of + 1 < len(doc) and doc[one_of].like_num and doc[one_of + 1].pos_ in ("ADJ", "NOUN"):
            one_of += 1  # "l'une des deux principales centrales syndicales"
        i = one_of
        if m.kind == "person":
            while (
                i + 1 < len(doc)
                and doc[i].pos_ == "ADV"
                and self.texts[i].islower()
                and i - after <= 2
                and self.lowers[i + 1] not in self.words.genitives
            ):
                i += 1  # "Jean Dupont, aujourd'hui directeur de l'Institut Pasteur,": the adverb dates the title
        if i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        elif i == after + 1 and i + 1 < len(doc) and self.lowers[i] in other_words(self.lang):
            i += 1  # "Marie Roux, autre ancienne ministre du Logement,": one more holder of that title
        start = i
        if start < len(doc) and self.lowers[start] in self.words.months:
            return None  # "défait la Belgique, lundi soir, à l'occasion …": a date, not what it is
        if (
            i + 2 < len(doc)
            and self.lowers[i] in ("plus", "moins")
            and self.texts[i + 1].islower()
            and doc[i + 1].pos_ in ("ADJ", "NOUN")  # the tagger makes a noun of "haute" at times
            and (doc[i + 1].pos_ == "ADJ" or (doc[i + 2].pos_ == "NOUN" and self.texts[i + 2].islower()))
        ):
            i += 2  # "le Conseil d'État, la plus haute juridiction administrative,": a superlative
        while i < len(doc) and doc[i].lower_ in self.words.modifiers:
            i += 1
        while (
            i + 1 < len(doc)
            and i - start < 2
            and doc[i].pos_ == "ADJ"
            and doc[i].text.islower()
            and doc[i + 1].pos_ == "NOUN"
        ):
            i += 1  # "principal syndicat des professeurs des écoles"
        if i >= len(doc):
            return None
        head = doc[i]
        apposed = m.kind == "person" and head.lower_ not in self.words.roles
        if apposed and (self.texts[after] == "(" or not (self._apposed_noun(head, m) or self._works_at(head))):
            return None  # "au Darfour (ouest)": a bracketed gloss is no title
        # "la FNSEA, syndicat majoritaire,": with no article, only a kind of organization or an office describes it
        described = (
            head.lower_ in self.words.roles
            or fold(head.lower_) in self.words.organization_heads
            or head.lower_ in organization_relations(self.lang)  # "le Hezbollah, allié de l'Iran,"
        )
        # "l'Allemagne, première économie européenne,": a rank says what it is, as an article would
        ranked = "Ord" in doc[start].morph.get("NumType") and doc[start].text.islower() and head.i > start
        bare = start == after + 1 and not self._apposed_noun(head, m) and not described and not ranked
        # "opposant" as VERB; "l'institut national de la statistique" read as a name (PROPN)
        nominal = head.pos_ == "NOUN" or (described and ("Part" in head.morph.get("VerbForm") or m.kind != "person"))
        kind_acronym = head.lower_ in self.words.kinds  # "Amnesty International, l'ONG de défense…"
        if m.kind != "person" and (bare or not nominal or not (head.text.islower() or kind_acronym)):
            return None  # an organization's apposition needs an article: "CNN, la chaîne américaine"
        # an apposition closes at its own comma: a long one ("président de la section laitière de la Fédération
        # régionale des syndicats agricoles (FRSEA) du grand Ouest") runs past the limit of a title before a name
        end = self._phrase_end(i + 1, limit=20)
        infinitive = (
            end + 1 < len(doc)
            and doc[end].pos_ == "ADP"
            and self.lowers[end] == "à"
            and "Inf" in doc[end + 1].morph.get("VerbForm")
        )
        if infinitive and head.pos_ == "NOUN" and "Part" not in head.morph.get("VerbForm"):
            # "La CGSLB, premier syndicat à officialiser sa position, a validé…": the infinitive is the noun's
            end = next((j for j in range(end + 2, min(end + 12, len(doc))) if self.texts[j] in CLOSERS), end)
        elif (
            end == i + 1
            and end + 1 < len(doc)
            and doc[end].pos_ == "ADP"
            and "Inf" in doc[end + 1].morph.get("VerbForm")
        ):
            return None  # "le gouvernement de Sophie Wilmès, chargé d'expédier les affaires courantes": a clause
        cut = self._aside_cut(start, i, end) if m.kind != "person" and described else None
        if cut is not None:
            return start, cut
        if (m.kind != "person" or apposed) and end < len(doc) and doc[end].text not in CLOSERS:
            return None  # "Selon Greenpeace, l'accord reste…" is a new clause, not an apposition
        if (
            end < len(doc)
            and doc[end].pos_ in ("VERB", "AUX")
            and start > after + 1
            and m.start > 0
            and (doc[m.start - 1].pos_ == "ADP" or head.lower_ in standing_words(self.lang))
        ):
            return None  # "Selon Bruno Roux, le suspect a avoué": after a fronted "selon X", a new clause's subject
        if end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and start > after + 1 and not m.rule:
            # "Le 17 mars sur BFM TV, le député de la Marne a évoqué…": the title is the verb's subject, so
            # the name before is no titled person (a known person keeps it: "Barack Obama, le président
            # américain a réagi")
            return None
        past = end + 3 if end + 3 < len(doc) and self.texts[end] == "(" and self.texts[end + 2] == ")" else end
        if (
            past < len(doc)
            and doc[past].pos_ in ("VERB", "AUX")
            and start > after + 1
            and "Ind" in doc[start - 1].morph.get("Definite")
        ):
            return None  # "X, un commandant des Forces armées (FARDC) a été tué": someone else, the verb's subject
        if m.kind != "person" and not described and end < len(doc) and doc[end].text != ",":
            return None  # "Selon Greenpeace, la forêt recule.": a clause the tagger read as a noun phrase
        if m.kind == "person" and any(self._titled_name_at(k) for k in range(i + 1, min(end + 1, len(doc)))):
            return None  # "de la police de Lyon, le commandant Hervé Bastien": the title of the next name
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PER":
            return None  # "Interrogé par RMC Sport, le président de l'OM, Pablo Longoria": his title
        if apposed and not any(t.pos_ in ("VERB", "AUX") and not start <= t.i < end for t in head.sent):
            return None  # an apposition is an aside: with no verb left, the "noun" was the sentence's verb
        return start, end

    def _aside_cut(self, start: int, head: int, end: int) -> int | None:
        """ "le M23, une rébellion pourtant battue en 2013, …", "la CFDT, un syndicat fondé en 1964, …": after an
        indefinite description, an adverb or a past participle opens a reduced relative, an aside of its own that
        closes at the next comma with no finite verb; what the organization is, is the noun and its adjectives
        before it. Returns where the description ends, or None."""
        doc = self.doc
        if start == 0 or "Ind" not in doc[start - 1].morph.get("Definite"):
            return None  # only the indefinite article of a description: "une rébellion", "un syndicat"
        if end < len(doc) and self.texts[end] in CLOSERS:
            return None  # the apposition closes by itself
        cut = next(
            (
                j
                for j in range(head + 1, min(end + 1, len(doc)))
                if doc[j].pos_ == "ADV"
                or (
                    doc[j].pos_ == "VERB"
                    and "Part" in doc[j].morph.get("VerbForm")
                    and "Past" in doc[j].morph.get("Tense")
                )
            ),
            None,
        )
        if cut is None:
            return None
        for j in range(cut + 1, min(cut + 12, len(doc))):
            if self.texts[j] in CLOSERS:
                return cut
            if doc[j].pos_ in ("VERB", "AUX") and "Fin" in doc[j].morph.get("VerbForm"):
                return None
        return None

    def _titled_name_at(self, k: int) -> bool:
        """A person's name starts at ``k`` with no preposition before it: "le commandant Hervé Bastien" is a
        titled name, not a title; "avocate de M. Roux" is a title relative to a person."""
        doc = self.doc
        if doc[k].ent_type_ != "PER" or doc[k].ent_iob_ != "B" or not self.texts[k][:1].isupper():
            return False
        before = k - 1
        if before > 0 and self.lowers[before] in self.words.honorifics:
            before -= 1
        return doc[before].pos_ not in ("ADP", "DET")

    def _heading(self, i: int) -> tuple[int, int] | None:
        """ "Jean Dupont, à la tête de la FNSEA depuis 2020,": leading it is his office."""
        if i + 4 >= len(self.doc) or self.lowers[i : i + 3] != ["à", "la", "tête"]:
            return None
        if self.lowers[i + 3] not in self.words.genitives:
            return None
        end = self._phrase_end(i + 4, limit=10)
        return (i, end) if end > i + 4 else None

    def _one_of(self, i: int) -> int:
        """ "Jean Dupont, l'un des porte-parole du mouvement,": the title after "l'un des", "l'une de ses"."""
        words = self.lowers[i : i + 4]
        if len(words) >= 3 and words[0] in ("l'", "l’") and words[1] in ("un", "une"):
            if words[2] == "des":
                return i + 3
            if words[2] == "de" and len(words) == 4 and self.doc[i + 3].pos_ == "DET":
                return i + 4
        return i

    def _works_at(self, head) -> bool:
        """ "Christine Dufour, prévisionniste à Météo-France,": a lower-case noun whose complement names an
        organization describes the person, listed title or not."""
        if head.pos_ not in ("NOUN", "ADJ") or not head.text.islower():  # the tagger calls some nouns ADJ
            return False
        end = self._phrase_end(head.i + 1, limit=10)
        if end >= len(self.doc) or self.texts[end] not in (",", ".", ")", ";"):
            return False
        # an organization mention, or a capitalised name the passes left to others ("à Météo-France")
        return any(
            (owner := self.taken.get(j)) is not None
            and owner.kind == "organization"
            or (owner is None and self.texts[j][:1].isupper() and self.doc[j].pos_ in ("PROPN", "NOUN"))
            for j in range(head.i + 1, end)
        )

    def _affiliated(self, m: Mention, i: int, *, named_only: bool = False) -> tuple[int, int] | None:
        """ "Pour Ludovic Blin, de la FDSEA de la Manche, le prix…": a person's organization, introduced by
        "de", in apposition. With no comma (``named_only``: "Zephyrin Diabré de l'UPC prend…"), only an
        organization right after its article, the phrase ending with it, and the clause going on or
        ending there."""
        doc = self.doc
        if m.kind != "person" or i + 1 >= len(doc) or self.lowers[i] not in self.words.genitives:
            return None
        near = range(i + 1, min(i + 3, len(doc)))
        owner = next((self.taken[j] for j in near if j in self.taken), None)
        end = self._phrase_end(i + 1, limit=12)
        if owner is None and not named_only:
            # "David Fyfe, du groupe de recherche sur l'industrie pétrolière Argus Media, …": the kind of
            # body first, its name closing the phrase
            owner = next((o for j in range(i + 3, end) if (o := self.taken.get(j)) is not None and o.end == end), None)
        if owner is None and not named_only and self._proper_after_article(i + 1, end):
            # "explique Kate Dourian, de l'Energy Institute.": a name the passes left to others, right after
            # its article and closing the apposition, is the body the person speaks for
            return (i, end) if end >= len(doc) or self.texts[end] in (",", ".", ")", ";") else None
        if owner is None or owner.kind == "person":
            return None
        if (
            not named_only
            and end + 3 < len(doc)
            and self.texts[end] == "("
            and self.texts[end + 2] == ")"
            and (is_acronym(self.texts[end + 1]) or self.doc[end + 1].pos_ == "PROPN")  # "(OFCE)", "(Ined)"
            and self.texts[end + 3] in (",", ".", ";")
        ):
            # "Pour Mathieu Plane, de l'Observatoire français des conjonctures économiques (OFCE), on est…":
            # the acronym is the body's alias; the apposition closes after it
            return i, end
        if named_only and (owner.kind != "organization" or owner.start not in near):
            return None
        if named_only:  # the organization ends the phrase, and the clause goes on or ends
            closes = (
                end == owner.end
                and end < len(doc)
                and (self.texts[end] in (",", ".", ";") or doc[end].pos_ in ("VERB", "AUX"))
            )
        else:
            closes = end >= len(doc) or self.texts[end] in (",", ".", ")", ";")
        return (i, end) if closes else None

    def _proper_after_article(self, start: int, end: int) -> bool:
        """ "de l'Energy Institute", "du Pew Research Center": capitalised words no pass took, right after the
        article of "de" and running to the phrase's end, name a body (not a country or a region: "de la Bretagne")."""
        doc = self.doc
        k = start if self.lowers[start - 1] in ("du", "des") else start + 1
        if k == start + 1 and doc[start].pos_ != "DET":
            return False
        if k >= end or end - k > 6 or not self.texts[k][:1].isupper() or not self.texts[end - 1][:1].isupper():
            return False
        name = doc[k:end].text
        if countries.lookup(name, self.lang) is not None or countries.is_region(name, self.lang):
            return False
        return all(
            j not in self.taken and (self.texts[j][:1].isupper() or self.lowers[j] in self.words.connectives)
            for j in range(k, end)
        )

    def _apposed_noun(self, head, m: Mention) -> bool:
        """ "Max Pacioretty, auteur de deux buts.", "Léa Roux, responsable du dossier au syndicat,": a common
        noun the parser attaches to the name as its apposition describes the person even when the titles
        data does not list it; the phrase must close (comma, bracket, full stop) to be an apposition."""
        return head.pos_ == "NOUN" and head.text.islower() and head.dep_ == "appos" and m.start <= head.head.i < m.end
