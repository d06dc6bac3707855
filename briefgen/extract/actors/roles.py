"""Roles: the title beside a name, in apposition or before it, and the country it gives.

The pass runs every role rule in order: appositions (appositions.py), titles before a name (here; where a
title's phrase ends: phrases.py), descriptions, predicates and titles said elsewhere (descriptions.py,
predicates.py, anaphoric_roles.py, counterparts.py), roles of organizations and countries
(organization_roles.py); role_choice.py picks an actor's role from its mentions."""

from __future__ import annotations

import logging

from ...lexicon.actors import honorific_roles, member_nouns, organization_nouns, organization_relations
from ...textfold import fold
from .. import countries
from .appositions import AppositionsPass
from .body_anaphors import BodyAnaphorsPass
from .counterparts import CounterpartsPass
from .mention import STOP_PUNCT, Mention, is_acronym
from .organization_roles import OrganizationRolesPass
from .phrases import PhrasesPass

log = logging.getLogger(__name__)


def _unknown_verb(token) -> bool:
    """A lower-case word tagged as a finite verb whose lemma is the word itself: the lemmatizer knows no
    verb of that form, so the tagger guessed ("péquiste", an adjective of party); a known verb has its
    infinitive for lemma ("reçoit" → recevoir)."""
    return (
        token.pos_ == "VERB"
        and token.text.islower()
        and token.lemma_.lower() == token.lower_
        and "Fin" in token.morph.get("VerbForm")
    )


class RolesPass(OrganizationRolesPass, AppositionsPass, CounterpartsPass, BodyAnaphorsPass, PhrasesPass):
    def roles(self) -> None:
        # one word: "Jean Dupont (groupe LR)" is a person and her parliamentary group
        glossed = {
            fold(m.name)
            for m in self.mentions
            if m.kind == "person" and " " not in m.name and self._glossed_as_organization(m.end)
        }
        for m in self.mentions:
            if m.kind == "person" and fold(m.name) in glossed:
                m.kind = "organization"  # "Hutchinson (filiale de Total)": the bracket says what the name is
        for m in self.mentions:
            if m.kind == "country":
                # "la Russie, premier fournisseur de gaz de l'Europe,": an apposition says what the country is
                # "… aux Philippines (autorités)": a headline's bracket names its source, not the country
                bracketed = m.end < len(self.doc) and self.texts[m.end] == "("
                described = (
                    None
                    if m.capital
                    else (None if bracketed else self._role_after(m))
                    or self._relative_predicate(m)
                    or self._copula_predicate(m)
                )
                if described is not None:
                    m.role, m.role_span = self.text(*described), described
                continue
            if m.kind == "person" and m.end - m.start == 1 and self._enumerated_after_kind(m) is not None:
                m.kind = "organization"  # "deux syndicats, le Spaf et Alter": one word listed after a kind of body
            if m.kind == "organization" and m.country is None:
                # "la Réserve fédérale américaine", "le Hezbollah libanais": a demonym in or right after its name
                m.country = next(
                    (
                        c
                        for t in self.doc[m.start : min(m.end + 1, len(self.doc))]
                        if (c := countries.country_of_demonym(t.text, self.lang))
                    ),
                    None,
                )
            role = (
                self._affiliation(m)
                or self._framed_by_title(m)
                or self._role_after(m)
                or (
                    (self._role_before(m) or self._predicate_role(m) or self._described_before(m))
                    if m.kind == "person"
                    else self._demonym_before(m)
                    or self._enumerated_after_kind(m)
                    or self._related_before(m)
                    or self._relative_predicate(m)
                    or self._copula_predicate(m)
                    or self._members_before(m)
                )
            )
            title = self._title_past_affiliation(m, role)
            if title is not None:
                # "Jean Dupont (LR), maire de Lyon,": the title, with the party in brackets
                m.role, m.role_span = f"{self.text(*title)} ({self.text(*role)})", (role[0], title[1])
                m.country = m.country or self._country_in(*title, office=True)
                continue
            if role is None and m.kind == "person":
                role = self._honorific_role(m)
            if role:
                m.role = self.text(*role)
                honorific = self._honorific_role(m) if m.kind == "person" else None
                if honorific is not None and role[0] >= m.end and self.doc[role[0]].pos_ == "VERB":
                    # "maître Roux qui représente la famille": the honorific's office, then what the clause says
                    m.role = f"{honorific_roles(self.lang)[self.lowers[m.start].rstrip('.')]}, {m.role}"
                if self.lowers[role[0]] in member_nouns(self.lang):
                    pass  # "les gendarmes du C3N": a body of gendarmes, said in the plural
                elif (
                    m.kind == "organization"
                    and role[1] <= m.start
                    and self.texts[role[0]].islower()
                    and "Plur" in self.doc[role[0]].morph.get("Number")
                ):
                    # "les syndicats, FGTB, CSC…": each one is a "syndicat"; "une association de consommateurs"
                    m.role = " ".join(
                        [self.doc[role[0]].lemma_]
                        + ([self.text(role[0] + 1, role[1])] if role[1] - role[0] > 1 else [])
                    )
                elif role[1] - role[0] == 1 and "Plur" in self.doc[role[0]].morph.get("Number"):
                    m.role = self.doc[role[0]].lemma_
                if role == (m.start, m.start + 1) and m.kind == "person":
                    m.role = honorific_roles(self.lang).get(self.lowers[m.start].rstrip("."), m.role)  # "Me" → avocat
                m.role_span = role
                m.country = m.country or self._country_in(*role, office=True)
                if m.kind == "person" or self.lowers[role[0]] in organization_relations(self.lang):
                    self._whose(m)  # "son président", "sa filiale": the paragraph's organization's
        self._coordinated_roles()
        self._restated_organizations()
        for m in self.mentions:
            if m.role_span and m.country is None:
                m.country = self._country_of_body_named_in(*m.role_span)
            if (
                m.role_span
                and m.country is None
                and m.kind == "person"
                and not any(i in self.taken for i in range(*m.role_span))
            ):
                # "En Allemagne, le chancelier Olaf Scholz…": an office naming no body of its own is the setting's
                m.country = self._sentence_setting(self.doc[m.start])
            if m.role_span and m.country is None and m.kind == "person":
                m.country = self._parallel_country(*m.role_span)
        self._roles_from_a_neighbouring_sentence()
        self._later_titles()
        self._titles_of_the_latter()
        self._counterparts()
        self._bodies_of_anaphoric_titles()
        self._titles_of_sole_untitled()
        inside_roles = {i for m in self.mentions if m.role_span for i in range(*m.role_span)}
        # "l'Aemet, l'agence météorologique espagnole": the apposition is the role, not a second actor;
        # "Nicolas Walder (Verts/GE)": a bracketed affiliation is the person's role, not two actors
        for m in [m for m in self.mentions if m.start in inside_roles and (m.body or m.affiliation)]:
            self.drop(m, "part of another actor's role")
        self._whole_glosses()

    def _glossed_as_organization(self, end: int) -> bool:
        """ "Hutchinson (filiale de Total)", "Lactalis (groupe laitier)": a bracket opening on a relation between
        organizations or a kind of organization, with no article, glosses the name before it as one."""
        if end + 2 >= len(self.doc) or self.texts[end] != "(":
            return False
        head = self.lowers[end + 1]
        return head in organization_relations(self.lang) or head in self.words.kinds

    def _parallel_country(self, start: int, end: int) -> str | None:
        """ "salué par l'Espagne, par le chef du gouvernement Pedro Sánchez": the same preposition repeated
        after a comma restates the country as the office holding it."""
        doc = self.doc
        i = start - 1
        if i >= 0 and doc[i].pos_ == "DET":
            i -= 1
        if i < 2 or doc[i].pos_ != "ADP" or self.texts[i - 1] != ",":
            return None
        country = self.taken.get(i - 2)
        if country is None or country.kind != "country":
            return None
        j = country.start - 1
        if j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        return country.country if j >= 0 and self.lowers[j] == self.lowers[i] else None

    def _country_of_body_named_in(self, start: int, end: int) -> str | None:
        """ "porte-parole du ministère" after "En France, le ministère des Affaires étrangères…": that body's country."""
        heads = {self.lowers[i] for i in range(start, end) if self.lowers[i] in self.words.bodies}
        if not heads:
            return None
        found = {m.country for m in self.mentions if m.body and m.country and self.lowers[m.start] in heads}
        return found.pop() if len(found) == 1 else None

    def _framed_by_title(self, m: Mention) -> tuple[int, int] | None:
        """ "Le gouverneur de la Banque centrale, Luis Ortega, juge l'inflation…": a name between commas right
        after a title with its complement is that title's apposition; what follows the second comma is the
        sentence going on (which the tagger may read as another title: "juge")."""
        if m.kind != "person" or m.start < 2 or self.texts[m.start - 1] != ",":
            return None
        if m.end >= len(self.doc) or self.texts[m.end] != ",":
            return None
        found = self._role_before(m)
        if found is None or found[1] != m.start - 1:
            return None
        return found if any(self.lowers[j] in self.words.genitives for j in range(*found)) else None

    def _role_before(self, m: Mention) -> tuple[int, int] | None:
        """A title before the name: "le Premier ministre britannique Keir Starmer", "le directeur de l'OMS, Tedros…";
        "Le ministre saoudien de l'Énergie, le prince Abdelaziz": a bare title restating a fuller one before it
        gives way to it."""
        found = self._title_before(m.start) or self._heading_before(m)
        if found is not None and self._apposed_to_name_before(found[0]):
            return None  # "Jean-Louis Costes, maire Divers Droite,": the bare title is Costes', not a next name's
        if found is not None:
            head = next((self.doc[j] for j in range(*found) if self.lowers[j] not in self.words.modifiers), None)
            coordinated = m.end < len(self.doc) and self.doc[m.end].pos_ == "CCONJ"
            if head is not None and "Plur" in head.morph.get("Number") and not coordinated:
                return None  # "au nom des avocats de la défense, Me Béavogui": a plural title needs two names
        if found is not None and found[1] - found[0] == 1 and found[0] >= 2:
            det = found[0] - 1
            if self.doc[det].pos_ == "DET" and self.texts[det - 1] == ",":
                fuller = self._title_before(det)
                if fuller is not None and fuller[1] - fuller[0] > 1:
                    return fuller
        return self._restated_title(m, found) or found

    def _heading_before(self, m: Mention) -> tuple[int, int] | None:
        """ "À la tête du syndicat depuis 2019, Laurent Escure dénonce…": leading it, fronted before the name
        and its comma, is the name's office, as after it ("Jean Dupont, à la tête de la FNSEA,")."""
        if m.start < 6 or self.texts[m.start - 1] != ",":
            return None
        for i in range(m.start - 5, max(m.start - 16, -1), -1):
            if self.texts[i] in (",", ".", ";", ":") or self.doc[i].is_space:
                return None
            if self.lowers[i : i + 3] == ["à", "la", "tête"] and (
                i == 0 or self.doc[i].is_sent_start or self.texts[i - 1] in (",", "\n")
            ):
                led = self._heading(i)
                if led is None or led[1] > m.start - 1:
                    return None
                # an organization, not a procession: "à la tête du syndicat", not "à la tête du cortège"
                organized = any(
                    (o := self.taken.get(j)) is not None
                    and o.kind == "organization"
                    or self.lowers[j] in self.words.kinds
                    or self.lowers[j] in self.words.bodies
                    or self.lowers[j] in organization_nouns(self.lang)
                    for j in range(i + 3, led[1])
                )
                return led if organized else None
        return None

    def _apposed_to_name_before(self, start: int) -> bool:
        """A title with no article right after a name and its comma is that name's apposition."""
        if start < 2 or self.texts[start - 1] != ",":
            return False
        before = self.doc[start - 2]
        owner = self.taken.get(start - 2)
        return (owner is not None and owner.kind == "person") or (before.pos_ == "PROPN" and before.ent_type_ == "PER")

    def _restated_title(self, m: Mention, found: tuple[int, int] | None) -> tuple[int, int] | None:
        """ "le porte-parole du M23, le lieutenant-colonel Vianney Kazarama,", "le ministre de l'Économie de
        l'époque, un certain Emmanuel Macron.": a name apposed to a title, with at most a grade or an adjective
        of its own, holds that title; the name must close the phrase (a comma, a full stop, a participle),
        else it is the subject of the next clause ("Après avoir vu le ministre, le général Roux a dit…")."""
        doc = self.doc
        if found is not None and any(
            self.lowers[j] in self.words.genitives or self._demonym(self.doc[j]) for j in range(*found)
        ):
            return None  # the nearer title has its own complement or country: "le président bissau-guinéen X"
        after = m.end
        if after < len(doc) and not (
            self.texts[after] in (",", ".", ";", ")") or "Part" in doc[after].morph.get("VerbForm")
        ):
            return None
        j = (found[0] if found is not None else m.start) - 1
        determined = False
        while j >= 1 and doc[j].pos_ in ("DET", "ADJ") and self.texts[j].islower():
            determined = determined or doc[j].pos_ == "DET"
            j -= 1
        if not determined or self.texts[j] != ",":
            return None
        fuller = self._title_before(j + 1)
        if fuller is None or not any(self.lowers[k] in self.words.genitives for k in range(*fuller)):
            return None
        return fuller

    def _person_complement(self, owner: Mention, lowest: int) -> bool:
        """A person named as a title's complement ("avocat de Penelope Fillon", "l'épouse de X"): "de" right
        before the name, and a title right before the "de"."""
        k = owner.start - 1
        return k - 1 >= lowest and self.lowers[k] in ("de", "d'", "d’") and self.lowers[k - 1] in self.words.roles

    def _title_before(self, start: int) -> tuple[int, int] | None:
        doc = self.doc
        end = start
        if end > 0 and doc[end - 1].text == ",":
            end -= 1
        lowest = max(start - 16, 0)  # not the parser's sentence start: it often cuts before a name
        spelled_out = (
            end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and is_acronym(doc[end - 2].text)
        )
        i = end - 1
        while i >= lowest:
            t = doc[i]
            owner = self.taken.get(i)
            if owner is not None and owner.kind == "person" and self._person_complement(owner, lowest):
                i = owner.start - 2  # "l'avocat de Penelope Fillon, Pierre Cornut-Gentille": the client is the title's
                continue
            if (
                (t.text in STOP_PUNCT and not self._listed_portfolio(i))
                or t.is_space
                or (
                    t.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ")
                    and t.lower_ not in self.words.roles
                    and not self._demonym(t)
                    and not (t.pos_ == "CCONJ" and self._demonym(doc[i + 1]))  # "égyptien et soudanais"
                    # "le ministre de l'Économie et des Finances, Bruno …": two complements of one title
                    and not (t.pos_ == "CCONJ" and i + 1 < end and self.lowers[i + 1] in self.words.genitives)
                    # "le député du Rassemblement pour la démocratie et la paix (RHDP), X": a name spelled out before
                    # its acronym
                    and not (t.pos_ == "CCONJ" and spelled_out)
                    # "le candidat indépendant Kouadio Konan Bertin": an adjective the tagger calls a participle
                    and not ("Part" in t.morph.get("VerbForm") and i > 0 and doc[i - 1].lower_ in self.words.roles)
                    # "l'entraîneur lyonnais Pierre Sage": the title's adjective, whatever the tagger calls it
                    and not (t.dep_ == "amod" and t.text.islower() and i > 0 and doc[i - 1].lower_ in self.words.roles)
                    # "le chef péquiste Paul St-Pierre Plamondon": a "verb" the lemmatizer knows no verb for
                    and not (_unknown_verb(t) and i > 0 and doc[i - 1].lower_ in self.words.roles)
                    # "le secrétaire général des Nations unies, X": a word of the complement's name, whatever its tag
                    and not (owner is not None and owner.kind == "organization")
                )
                or (owner is not None and owner.kind == "person")
            ):
                break
            i -= 1
        if end - 1 > i and (
            (doc[end - 1].pos_ in ("ADP", "DET") and self.texts[end - 1].islower())
            or doc[end - 1].text.endswith("'")
            # "le conseiller de La Baie Éric Simard": a capitalised article inside the sentence opens a place's or a
            # newspaper's name, the title's complement
            or (
                doc[end - 1].pos_ == "DET"
                and not doc[end - 1].is_sent_start
                and self.words.is_article(self.texts[end - 1])
            )
        ):  # ("LFI" tagged DET is a party: "la députée LFI Clémence Guetté")
            return None  # "chercheur à l'Institut…": the name is the title's complement, not its holder
        window = range(i + 1, end)
        # "les ministres égyptien et soudanais des Affaires étrangères, Sameh Choukry et …": a plural title too
        first = next(
            (
                j
                for j in window
                if doc[j].lower_ in self.words.roles
                or (
                    "Plur" in doc[j].morph.get("Number") and doc[j].pos_ == "NOUN" and doc[j].lemma_ in self.words.roles
                )
            ),
            None,
        )
        if first is None:
            return None
        if first > 0 and doc[first - 1].lemma_ in ("avoir", "être") and doc[first - 1].pos_ == "AUX":
            # "a prévenu Sophie Binet": the participle of a verb of saying, not "un prévenu"; a title may
            # follow it ("avait prévenu le Premier ministre Boris Johnson")
            first = next((j for j in range(first + 1, end) if doc[j].lower_ in self.words.roles), None)
            if first is None:
                return None
        before = doc[end - 1]
        if (
            end - 1 > i
            and before.pos_ == "NOUN"
            and before.text.islower()
            and before.i not in self.taken
            and not self._titled_noun(before)
            and not self._demonym(before)  # "la marathonienne kényane Ruth …": the tagger's noun is a nationality
            and doc[end - 2].lower_
            not in self.words.roles  # "l'entraîneur lyonnais Pierre Sage": the title's adjective
            and not self._complement_of(before, first)
        ):
            return None  # "sur sa page Facebook": the name complements a common noun, it holds no title
        while first - 1 > i and (
            doc[first - 1].lower_ in self.words.modifiers
            # "le jeune remplaçant Hugo Marais", "le célèbre avocat": an adjective before the title is part of it
            or (doc[first - 1].pos_ == "ADJ" and doc[first - 1].text.islower() and not self._demonym(doc[first - 1]))
        ):
            first -= 1
        while (
            first - 2 > i
            and self.texts[first - 1] == "-"
            and not doc[first - 2].whitespace_
            and self.texts[first - 2].islower()
        ):
            first -= 2  # "le quart-arrière X": the tokenizer splits the compound the title is
        if end - first > 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # "directeur général de l'Organisation mondiale de la santé (OMS)": the acronym is an alias
        return first, end

    def _demonym(self, token) -> bool:
        """ "l'envoyé russe auprès de l'ONU": the parser may tag a nationality adjective as a verb."""
        return token.text.islower() and countries.country_of_demonym(token.text, self.lang) is not None

    def _complement_of(self, token, title: int) -> bool:
        """ "le juge de ligne Jean Morin": the noun before the name is the title's own complement
        (nmod of the title, through a preposition), so the name holds that whole title."""
        seen = 0
        while seen < 4 and token.i != title:
            if token.dep_ not in ("nmod", "amod", "flat", "compound") or token.head.i == token.i:
                return False
            token, seen = token.head, seen + 1
        return token.i == title

    def _titled_noun(self, token) -> bool:
        """A common noun a name may follow as the holder of a title: a role, a body, a kind of organization."""
        lower = token.lower_
        return (
            lower in self.words.roles
            or lower in self.words.modifiers
            or lower in self.words.bodies
            or lower in self.words.kinds
            or fold(lower) in self.words.domains
        )
