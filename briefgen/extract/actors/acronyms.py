"""Acronyms: the ones the model missed, hyphenated branches ("CGT-Cheminots"), clubs named after their town
("le RC Lens"), acronyms used as common nouns ("les ONG", "six TGV"), and the expansion an acronym
abbreviates ("le Parquet national antiterroriste (PNAT)"), a text's ("des plans de sauvegarde (PSE)")."""

from __future__ import annotations

import re

from ...textfold import fold
from .. import countries
from .mention import STOP_PUNCT, Mention, initials, is_acronym
from .organizations import known_acronyms

NUMBERED_ACRONYM = re.compile(r"^[A-Z]+[0-9]+[A-Z0-9]*$")  # "M23", "G5": capitals then digits


class AcronymsPass:
    def acronyms(self) -> None:
        known = known_acronyms(self.lang)
        for i, text in enumerate(self.texts):
            if i in self.taken or not text[:1].isupper():
                continue
            token = self.doc[i]
            numbered = token.i + 1 < len(self.doc) and self.doc[token.i + 1].like_num  # "CAC 40", "G 7"
            acronym = is_acronym(token.text) and token.pos_ in ("PROPN", "NOUN", "X", "ADJ") and not numbered
            # outlets that write acronyms as words ("l'Otan", "l'Unicef") still name the known body
            written_as_word = fold(text) in known
            if is_acronym(token.text) and not numbered and self._heads_a_name(i):
                # "SOS Méditerranée", "SOS Racisme": a name, whatever "SOS" is alone
                start, end = self._hyphenated(i)
                rest = self._rest_of_name(end)
                if rest is not None:  # the model's "Humanité" of "SOS Humanité"
                    self.drop(rest, f"the rest of the name {token.text} heads")
                    end = rest.end
                else:
                    end = self._named_after_a_place(end)
                self.add(
                    self._with_kind(
                        Mention(start, end, self.text(start, end), self.text(start, end), "organization", "acronym")
                    )
                )
                continue
            if (acronym or written_as_word) and not self._generic_acronym(token) and not self.not_a_name(i, i + 1):
                rule = "known-acronym" if written_as_word else "acronym"
                start, end = self._hyphenated(i)
                end = self._named_after_a_place(end)
                if start > 0 and (self.lowers[start - 1] in self.words.documents or self._thing_before(start)):
                    continue  # "l'accord UE-Turquie": a text; "le satellite CSO": a thing
                text = self.text(start, end)
                self.add(self._with_kind(Mention(start, end, text, text, "organization", rule)))
        for m in list(self.mentions):
            if m.kind == "organization" and is_acronym(m.name) and m.start > 0 and self.doc[m.start - 1].text == "(":
                self._expansion_before(m)
            elif m.kind == "organization" and is_acronym(m.name) and m.end < len(self.doc) and self.texts[m.end] == "(":
                self._expansion_after(m)

    def _with_kind(self, mention: Mention) -> Mention:
        """ "la télévision d'État CCTV", "l'ONG SOS Méditerranée": the kind of organization before the acronym
        is its role."""
        kind_noun = self._kind_before(mention.start)
        if kind_noun is not None:
            mention.role_span = self._kind_role(kind_noun, mention.start)
            mention.role = self.text(*mention.role_span)
            mention.country = self._country_in(kind_noun, mention.start)
        return mention

    def numbered_acronyms(self) -> None:
        """ "le Mouvement du 23 mars (M23)": capitals and digits alone in brackets right after an organization's
        name are its short name, which the article goes on using ("le M23 a repris…"); grouping links the two.
        Run once the bodies are found, since such a name is often one ("Mouvement" heads it)."""
        for m in list(self.mentions):
            if m.kind == "organization" and not is_acronym(m.name):
                self._numbered_acronym_after(m)

    def _numbered_acronym_after(self, named: Mention) -> None:
        i = named.end
        if i + 2 >= len(self.doc) or self.texts[i] != "(" or self.texts[i + 2] != ")" or i + 1 in self.taken:
            return
        short = self.texts[i + 1]
        if NUMBERED_ACRONYM.match(short):
            self.add(Mention(i + 1, i + 2, short, short, "organization", "acronym"))

    def _rest_of_name(self, end: int) -> Mention | None:
        """The organization the model read in the words after an acronym and its space ("Humanité" of "SOS
        Humanité"), which the acronym heads."""
        named = self.taken.get(end)
        if named is not None and named.start == end and named.kind == "organization" and self.doc[end - 1].whitespace_:
            return named
        return None

    def _heads_a_name(self, i: int) -> bool:
        """An acronym that alone is a common word or a currency code ("un SOS", "1 000 SOS") but is written with
        no determiner before it and a capitalised word after it is the head of a name ("SOS Méditerranée a
        indiqué", "a réagi SOS Racisme"); with a determiner it stays a common noun ("le TGV Paris-Lyon")."""
        if self._rest_of_name(i + 1) is None and self._named_after_a_place(i + 1) == i + 1:
            return False
        before = self.doc[i - 1] if i > 0 else None
        return before is None or not (before.pos_ in ("DET", "NUM") or before.like_num)

    def _named_after_a_place(self, end: int) -> int:
        """ "le RC Lens", "l'OGC Nice", "la CGT Renault": an acronym and the capitalised word after it (a place
        or a firm, never a person the model saw) are one name."""
        doc = self.doc
        if (
            end < len(doc)
            and doc[end - 1].whitespace_
            and end not in self.taken
            and self.texts[end][:1].isupper()
            and self.texts[end].isalpha()
            and not is_acronym(self.texts[end])
            and doc[end].ent_type_ in ("LOC", "ORG", "MISC", "")
            and not countries.lookup(self.texts[end], self.lang)
            and self.lowers[end] not in self.words.months
            and not doc[end].is_sent_start
        ):
            return end + 1
        return end

    def _hyphenated(self, i: int) -> tuple[int, int]:
        """ "CGT-Cheminots", "SUD-rail", "Snes-FSU": an acronym glued by hyphens to the words of one name."""
        doc, start, end = self.doc, i, i + 1

        def glued(a: int, b: int) -> bool:  # tokens a, a+1 (= b) written without a space
            return not doc[a].whitespace_ and 0 <= a < b < len(doc)

        while start >= 2 and self.texts[start - 1] == "-" and glued(start - 2, start - 1) and glued(start - 1, start):
            if not doc[start - 2].is_alpha or start - 2 in self.taken:
                break
            start -= 2
        while end + 1 < len(doc) and self.texts[end] == "-" and glued(end - 1, end) and glued(end, end + 1):
            if not doc[end + 1].is_alpha or end + 1 in self.taken:
                break
            end += 2
        return start, end

    def _generic_acronym(self, token) -> bool:
        """ "les ONG présentes", "le PIB": an acronym used as a common noun names a kind of thing, not one body."""
        if token.text in self.words.common_acronyms:
            return True
        if any(
            c.dep_ == "nummod" and c.i < token.i and all(t.pos_ == "ADJ" for t in self.doc[c.i + 1 : token.i])
            for c in token.children
        ) or (token.i > 0 and self.doc[token.i - 1].like_num):
            # "six TGV sur dix", "six nouveaux EPR": counted, so a kind of thing (not "de 1,1 à 1,5, selon l'OMS":
            # a number the parser hung on a name further on counts nothing of it)
            return True
        if token.i > 0 and self.doc[token.i - 1].whitespace_ and any(ch.isdigit() for ch in self.texts[token.i - 1]):
            return True  # "21H45 GMT", "12h UTC": a unit after a measure written with digits
        return token.i > 0 and self.doc[token.i - 1].lower_ in self.words.generic_determiners

    def _expansion_after(self, acronym: Mention) -> None:
        """ "Le syndicat étudiant UEG (Union étudiante de Grenoble)": the name in brackets after an acronym,
        when its initials spell it, is the organization's full name, whatever the model read in its words
        (here "Union" as a person); grouping then links the two by their initials."""
        close = next(
            (j for j in range(acronym.end + 1, min(acronym.end + 12, len(self.doc))) if self.texts[j] == ")"), None
        )
        if close is None or close == acronym.end + 1 or not self.texts[acronym.end + 1][:1].isupper():
            return
        name = self.text(acronym.end + 1, close)
        if initials(name, self.words.connectives) != acronym.name.replace(".", "").replace("-", "").upper():
            return
        for other in [o for o in self.mentions if o.start < close and o.end > acronym.end + 1]:
            self.drop(other, f"words of the expansion of {acronym.name}")
        self.add(Mention(acronym.end + 1, close, name, name, "organization", "acronym"))

    def _expansion_before(self, acronym: Mention) -> None:
        """ "le service de renseignement sud-coréen (NIS)": the common-noun phrase an acronym abbreviates;
        "le Parquet national antiterroriste (PNAT)": the name the model cut short, whole again;
        "le règlement sur les services numériques (DSA)": a text, not an organization."""
        paren = acronym.start - 1
        head = None
        for i in range(paren - 1, max(paren - 9, -1), -1):
            t = self.doc[i]
            if t.lower_ in self.words.documents or (t.text.islower() and t.lemma_ in self.words.documents):
                # "des plans de sauvegarde de l'emploi (PSE)": a text, here and wherever the article names it
                for other in [o for o in self.mentions if o.name == acronym.name]:
                    self.drop(other, "an acronym of a text")
                return
            named = self.taken.get(i)
            if named is not None:
                if named.kind == "organization" and not named.body and not is_acronym(named.name):
                    self.extend(named, paren)
                return
            if t.text in STOP_PUNCT or t.pos_ in ("VERB", "AUX", "PRON"):
                break
            if t.lower_ in self.words.bodies:
                head = t
        if head is not None:
            self._body(head, force=True)
        elif self._term(acronym):
            # "la fibre optique de bout en bout (FTTH)": lower-case words with no noun of a body or a kind of
            # organization abbreviate a thing, here and wherever the article names it
            for other in [o for o in self.mentions if o.name == acronym.name]:
                self.drop(other, "an acronym of a term")

    def _term(self, acronym: Mention) -> bool:
        """Whether the acronym abbreviates a common noun phrase of a thing: the noun its bracket hangs on, with
        its article and complements, all lower-case words and none a body's or an organization kind's noun."""
        noun = self.doc[acronym.start].head
        while noun.pos_ != "NOUN" and noun.dep_ == "nmod" and noun.head.i < noun.i:
            noun = noun.head  # "la fibre optique jusqu'à l'abonné (FTTH)", "abonné" tagged a verb
        paren = acronym.start - 1
        if noun.pos_ != "NOUN" or not noun.i < paren or fold(acronym.name) in known_acronyms(self.lang):
            return False
        start = noun.left_edge.i
        while start < noun.i and self.doc[start].pos_ == "ADP":
            start += 1  # "à la fibre optique": its preposition is not the phrase's
        phrase = self.doc[start:paren]
        return (
            len(phrase) >= 2
            and phrase[0].pos_ == "DET"
            and all(t.text.islower() for t in phrase)
            and not any(
                fold(t.lemma_) in self.words.organization_heads or fold(t.text) in self.words.organization_heads
                for t in phrase
            )
        )
