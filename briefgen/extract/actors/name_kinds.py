"""What a capitalised name names when it names no actor, read from the words around it: a group ("les
Lyonnaises"), a nationality ("l'Américaine X"), a place named by a cardinal point, an event, a text, a thing
or a work ("le film X"), a medium one posts on ("sur le réseau social X"), or a club named by its town. Mixed into the names pass, whose state it reads."""

from __future__ import annotations

import re

from ...lexicon import lexicon
from ...textfold import fold
from .mention import name_words

EDITION = re.compile(r"^[A-Z]{2,}\d{1,4}$")  # "COP24", "JO2024": an event and its edition
RANKING = re.compile(r"^(\d{1,2})(?:e|er|ère|ème)$")  # "16e", "1er": a place in a table
TABLE_SIZE = 24  # the most clubs a league table holds: "(62e)" after a name is a scorer's minute, not a rank


class NameKinds:
    def _after_a_plural_article(self, start: int) -> bool:
        """ "les Lyonnaises", "des Verts", "aux Bleus", "ces mêmes Lyonnaises": a plural article (past a plural
        adjective) before one capitalised word makes it a group's name (players by their town, a team by its colour), which no person bears."""
        if start == 0:
            return False
        before = self.doc[start - 1]
        if before.pos_ == "ADJ" and before.text.islower() and "Plur" in before.morph.get("Number") and start > 1:
            before = self.doc[start - 2]  # "ces mêmes Lyonnaises"
        return (
            before.pos_ in ("DET", "ADP")
            and "Plur" in before.morph.get("Number")
            and self.lowers[start].endswith(("s", "x"))
        )

    def _counted_people(self, start: int) -> bool:
        """A demonym after a number or an indefinite determiner counts some people of that country ("des
        Autrichiens", "deux Érythréens", "plusieurs Français"); "les Ukrainiens ont repris …" is the
        people acting, for its country."""
        if start == 0:
            return False
        before = self.doc[start - 1]
        if before.like_num or (before.pos_ == "DET" and "Ind" in before.morph.get("Definite")):
            return True
        # "dont des Allemands sont portés disparus": "des" heading a subject or an object is the indefinite
        # article, though the model reads it as "de" + "les" (a preposition cannot head a core argument)
        return (
            before.pos_ == "ADP"
            and "Art" in before.morph.get("PronType")
            and "Plur" in before.morph.get("Number")
            and self.doc[start].dep_ in ("nsubj", "nsubj:pass", "obj")
        )

    def _nationality_of_a_name(self, start: int, end: int) -> bool:
        """A singular demonym noun right before a capitalised name is that person's nationality ("la Roumaine
        Alina Grigore", "l'Américaine Jessica Chastain"), not the country acting."""
        return (
            "Plur" not in self.doc[start].morph.get("Number")
            and not self.lowers[start].endswith(("s", "x"))
            and end < len(self.doc)
            and self.texts[end][:1].isupper()
            and self.doc[end].is_alpha
        )

    def _compass_place(self, name: str) -> bool:
        """ "l'axe Sud-Est", "l'Afrique de l'Ouest": a place named by a cardinal point, though the words also
        appear in an organization's name (ASEAN's "Asie du Sud-Est"); not a name headed by an organization
        noun, unless such words make the whole name ("Centre-Est")."""
        words = fold(name).replace("-", " ").split()
        compass = [w in self.words.place_nouns or w == "est" for w in words]
        # "Centre-Est", "le Centre": a name made of such words alone is a region, though "centre" heads names too
        return bool(words) and (all(compass) or (words[0] not in self.words.organization_heads and any(compass)))

    def _names_an_event(self, start: int, end: int, name: str) -> bool:
        """An event's name: headed by an event noun ("Festival international du film", "la Mostra", "Coupe du
        monde") or an acronym glued to its edition's number ("COP24"); it is no actor unless it speaks ("le
        Festival de Cannes a annoncé sa sélection")."""
        words = name_words(name)
        if not words or not (words[0] in self.words.event_heads or EDITION.match(name)):
            return False
        speech = lexicon(self.lang).speech
        return not any(self.doc[i].dep_ == "nsubj" and self.doc[i].head.lemma_ in speech for i in range(start, end))

    def _headed_by_a_document(self, name: str) -> bool:
        """A name whose first word is a kind of text ("Plan", "Loi", "Charte") names that text, unless the word
        also heads organizations' names ("Programme alimentaire mondial")."""
        if not hasattr(self, "_documents_folded"):
            self._documents_folded = frozenset(fold(d) for d in self.words.documents) - self.words.organization_heads
        words = name_words(name)
        return len(words) > 1 and words[0] in self._documents_folded

    def _numbered_part_of(self, start: int) -> bool:
        """ "l'article 40 de la Constitution", "l'alinéa 3 du Code pénal": a name complementing a numbered part of a
        text is that text."""
        i = start - 1
        if i >= 0 and self.doc[i].pos_ == "DET":
            i -= 1
        return (
            i >= 2
            and self.lowers[i] in self.words.genitives
            and self.doc[i - 1].like_num
            and self.lowers[i - 2] in self.words.text_parts
        )

    def _team_named_by_its_town(self, start: int, end: int, label: str) -> bool:
        """Sport news names a club by its town: after a sport staff title or position ("entraîneur de Caen",
        "le gardien de Nantes", whatever the model reads the town as) or, a name the model reads as a place,
        before its ranking in brackets ("Metz (16e) jouait sa place"; "Lucas (32e)" is a scorer's minute)."""
        if end - start > 3:
            return False
        i = start - 1
        if i > 0 and self.lowers[i] in self.words.genitives and self.lowers[i - 1] in self.words.team_roles:
            return end - start == 1 or label == "LOC"
        return (
            label == "LOC"
            and end + 2 < len(self.doc)
            and self.texts[end] == "("
            and self.texts[end + 2] == ")"
            and (rank := RANKING.match(self.texts[end + 1])) is not None
            and int(rank.group(1)) <= TABLE_SIZE
        )

    def _posted_on(self, start: int) -> bool:
        """ "sur le réseau social X", "sur sa page Facebook", "sur son compte Telegram": a name after a noun of
        where one posts (past its lower-case adjectives), that noun governed by "sur", is the medium a message
        went out on, not an actor (a channel one speaks on, "sur RTL", has no such noun and stays one)."""
        i = start - 1
        # "social" of "réseau social" is at times tagged a noun, but hung on the noun as its adjective
        while (
            i >= 0
            and (self.doc[i].pos_ == "ADJ" or self.doc[i].dep_ == "amod")
            and self.texts[i].islower()
            and start - i <= 2
        ):
            i -= 1
        if i < 1 or self.lowers[i] not in self.words.media_nouns:
            return False
        i -= 1
        if self.doc[i].pos_ == "DET":
            i -= 1
        return i >= 0 and self.lowers[i] in self.words.media_prepositions

    def _thing_before(self, start: int) -> bool:
        """A kind of thing before the name, maybe past adjectives: "l'instrument NIRCam", "le télescope spatial
        James Webb"."""
        i = start - 1
        while (
            i >= 0
            and self.lowers[i] not in self.words.object_kinds  # "documentaire" is tagged an adjective too
            and self.doc[i].pos_ == "ADJ"
            and self.texts[i].islower()
            and start - i <= 3
        ):
            i -= 1
        return i >= 0 and self.lowers[i] in self.words.object_kinds and self.doc[i].pos_ not in ("VERB", "AUX")
