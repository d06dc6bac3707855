"""People the model missed: names read from how French writes them.

- capitalised words after an honorific, with a title beside them, or again after the full name was
  seen ("Keir Starmer, premier ministre…", "Sybiga a ajouté" after "Andriï Sybiga"), or with an age
  aside ("Dié Sokhonadu, 25 ans, attend …");
- interview labels: a first name and a surname in capitals opening a paragraph before a colon
  ("Fabien GALTHIE : « … »").

A common word opening the sentence starts no name ("Originaire du Nord, le chef de l'État"), and the
kind of organization before capitalised words makes them an organization ("l'hôpital Édouard-Herriot").
"""

from __future__ import annotations

from ...lexicon.common_words import is_common_word
from .mention import Mention, is_acronym, name_words


class PeoplePass:
    def unlabelled_people(self) -> None:
        """Names the model missed: capitalised words after an honorific, with a role beside them
        ("Keir Starmer, premier ministre…"), or a name already seen ("Sybiga" after "Andriï Sybiga")."""
        doc, i = self.doc, 0
        known = {w for m in self.mentions if m.kind == "person" for w in name_words(m.name)}
        while i < len(doc):
            start = i
            while (
                i < len(doc)
                and i not in self.taken
                and ((self.texts[i][:1].isupper() and self._name_word(doc[i])) or self._particle_in_name(i, start))
            ):
                i += 1
                while i < len(doc) and not doc[i - 1].whitespace_ and (doc[i].text == "-" or doc[i - 1].text == "-"):
                    i += 1
            if i == start:
                i += 1
                continue
            if (
                i - start > 1
                and doc[start].pos_ != "PROPN"
                and is_common_word(self.texts[start], self.lang)  # "Dié Sokhonadu": the tagger's ADP is a guess
                and self._common_word_at_sentence_start(doc[start], "")
            ):
                i = start + 1  # "Originaire du Nord, le chef de l'État": the sentence's first word is no name's
                continue
            honorific = start > 0 and doc[start - 1].lower_ in self.words.honorifics and start - 1 not in self.taken
            whole = start - 1 if honorific else start
            probe = Mention(whole, i, "", self.text(start, i), "person", "")
            again = set(name_words(probe.name)) <= known  # "Sybiga a ajouté" after "Andriï Sybiga"
            if not honorific and self._posted_on(whole):
                continue  # "sur le réseau social X": the medium a message went out on
            kind_noun = None if honorific or whole == 0 or doc[whole - 1].pos_ == "ADP" else self._kind_before(whole)
            if kind_noun is not None:
                # "l'hôpital Édouard-Herriot": a kind of organization named after someone; "le groupe armé État
                # islamique": the kind is its role, as for a name the model saw (names.py)
                mention = Mention(whole, i, self.text(whole, i), probe.name, "organization", "kind-noun")
                mention.role_span = self._kind_role(kind_noun, whole)
                mention.role = self.text(*mention.role_span)
                self.add(mention)
                continue
            rule = (
                "honorific"
                if honorific
                else "repeated-name"
                if again
                else "titled-name"
                if i - start >= 2
                and (self._role_after(probe) or (self._role_before(probe) if not self._person_next(i) else None))
                else "aged-name"
                if i - start >= 2 and self._age_after(i)
                else None
            )
            if rule:
                self.add(Mention(whole, i, self.text(whole, i), probe.name, "person", rule))

    def _age_after(self, end: int) -> bool:
        """ "Dié Sokhonadu, 25 ans, attend …": an age aside after capitalised words makes them a person's name."""
        return (
            end + 3 < len(self.texts)
            and self.texts[end] == ","
            and self.doc[end + 1].like_num
            and self.lowers[end + 2] in self.words.age_units
            and self.texts[end + 3] in (",", ")", ".")
        )

    def labelled_people(self) -> None:
        """Interview labels: a first name and a surname in capitals opening a paragraph before a colon
        ("Fabien GALTHIE : « … »", "Antoine DUPONT :"), which the model reads as an organization or not
        at all. The name is written with the surname's capital only; capitals the article also writes in its
        running text are an acronym, not a surname."""
        texts, tokens = self.texts, self.parsed.tokens
        for i in range(len(texts) - 2):
            first, surname = texts[i], texts[i + 1]
            if texts[i + 2] != ":" or not (surname.isupper() and surname.isalpha() and len(surname) > 1):
                continue  # read as strings first: a Token only for the few labels
            if not (first.istitle() and first.isalpha()):
                continue
            before = i - 1
            while before >= 0 and tokens[before].is_space:
                before -= 1
            if before >= 0 and self.parsed.block_of(tokens[before].idx) == self.parsed.block_of(tokens[i].idx):
                continue  # not the paragraph's first word
            if first.lower() in self.words.roles or first.lower() in self.words.honorifics:
                continue
            if tokens[i].is_stop or tokens[i].pos_ in ("DET", "PRON", "ADP", "CCONJ", "SCONJ"):
                continue  # "Le HCR : la crise …": an article and an acronym
            if any(t == surname and texts[k + 1 : k + 2] != [":"] for k, t in enumerate(texts) if k != i + 1):
                continue  # "Nouvelle CEI : …" beside "la CEI a …": capitals the text runs on are an acronym
            name = f"{first} {surname.title()}"
            self.add(Mention(i, i + 2, self.text(i, i + 2), name, "person", "label-name"))

    def _particle_in_name(self, i: int, start: int) -> bool:
        """ "Mme von der Leyen", "Charles de Gaulle": lower-case particles inside a name, after an
        honorific or a first name and before a capitalised word."""
        if len(self.texts[i]) == 2 and self.texts[i][0].isupper() and self.texts[i][1] in "'’":
            # "Pascal Affi N'Guessan", "Conor O'Brien": an elided capital glued to the next part
            return (
                i > start
                and not self.doc[i].whitespace_
                and i + 1 < len(self.texts)
                and self.texts[i + 1][:1].isupper()
            )
        if self.lowers[i] not in self.words.particles:
            return False
        opened = i > start or (i > 0 and self.lowers[i - 1] in self.words.honorifics)
        j = i
        while j < len(self.lowers) and self.lowers[j] in self.words.particles and j - i < 3:
            j += 1
        return (
            opened
            and j < len(self.texts)
            and j not in self.taken
            and self.texts[j][:1].isupper()
            and self._name_word(self.doc[j])
        )

    def _name_word(self, token) -> bool:
        lower = token.lower_
        return (
            token.text[:1].isupper()
            and token.is_alpha
            and not token.is_stop
            and not is_acronym(token.text)
            and lower not in self.words.roles
            and lower not in self.words.modifiers
            and lower not in self.words.honorifics
        )
