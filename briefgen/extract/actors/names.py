"""Named entities: the model's spans repaired, and the people and acronyms it missed."""

from __future__ import annotations

import logging

from ...lexicon.actors import organization_relations
from ...textfold import fold
from .. import countries
from .kind_nouns import KindNounsPass
from .mention import Mention, is_acronym, name_words
from .name_kinds import NameKinds
from .organizations import known_acronyms, known_expansion
from .places import is_place

log = logging.getLogger(__name__)


class NamesPass(NameKinds, KindNounsPass):
    def entities(self) -> None:
        spans = self._merged_entities()
        for start, end, label in spans:
            end = self._cut_before_title(start, self._cut_at_a_new_clause(start, end))
            if start > 0 and self._foreign_article(start - 1):
                start -= 1  # "le quotidien De Morgen": the model left the article out
            if (
                end - start >= 2
                and start > 1
                and "ADP" in (self.doc[start - 1].pos_, self.doc[start - 2].pos_)
                and fold(self.lowers[start]) in self._folded_state()
                and self.texts[start + 1][:1].isupper()
            ):
                # "la télévision d'État CCTV", "le secrétaire d'État Paul Martin": "d'État" complements the
                # kind or the title, the name comes after
                start += 1
            start, end, honorific = self._trim(start, end)
            if start >= end or (honorific is not None and honorific + 1 >= end):
                continue  # nothing left, or an honorific alone ("M")
            name = self.text(start if honorific is None else honorific + 1, end)
            first = self.doc[start if honorific is None else honorific + 1]
            if (
                label == "ORG"
                and honorific is None
                and first.text.islower()
                and first.lower_ in self.words.kinds
                and first.i + 1 < end
                and self.texts[first.i + 1][:1].isupper()
                and self.lowers[first.i + 1] not in self.words.kinds  # "le syndicat Alliance": another path
            ):
                # "à l'agence Belga": the model took the kind into the name; the name is what follows it (and
                # not the day after it: "à l'agence Belga lundi")
                start = first.i + 1
                while end > start + 1 and self.lowers[end - 1] in self.words.months:
                    end -= 1
                name, first = self.text(start, end), self.doc[start]
            if (not first.text[:1].isupper() and not self._particle_word(first.text)) or len(name) < 2:
                named = first.i + 1 < end and self.texts[first.i + 1][:1].isupper()
                if (
                    label == "ORG"
                    and first.lower_ in self.words.bodies
                    and not (named and first.lower_ in self.words.kinds)
                ):
                    self._body(first, force=True)  # not "l'agence Belga": a kind before its name, which acts
                continue
            whole_start = start if honorific is None else honorific
            if (
                end - start == 1
                and fold(name) in self.words.organization_heads
                and end < len(self.doc)
                and self.doc[end].pos_ == "ADP"
                and not self._sentence_start(first)
            ):
                self._body(first, force=True, proper=True)  # "la Cour de comptes" cut to "Cour" by the model
                continue
            why = self.not_a_name(start if honorific is None else honorific + 1, end, label)
            if why and honorific is None:
                log.debug("%r is no actor: %s", name, why)
                continue
            hit = countries.lookup(name, self.lang)
            people = countries.country_of_demonym(name, self.lang) if end - start == 1 else None
            if people and self._nationality_of_a_name(start, end):
                continue  # "l'Américaine Jessica Chastain": one person's nationality, not a people acting
            if people and self._counted_people(start):
                continue  # "dont des Allemands et des Autrichiens", "deux Érythréens": some of them, not a people acting
            if hit and hit.is_city and self._city_in_a_name(whole_start, end):
                continue  # "l'accord de Paris", "le Real Madrid"
            if hit and hit.kind == "capital" and self._after_an_article(whole_start):
                continue  # "de la Vienne": a département, not Vienna
            if hit and hit.is_city and self._town_of_an_area(end):
                continue  # "pour Vienne (Isère)": the town of that area, not the capital
            if self._area_of_a_town(start, end):
                continue  # "le maire de Valence (Drôme)": where the town lies, no one
            if hit or people:
                # a country, its capital, or its people acting ("les Ukrainiens ont repris…")
                rule = ("capital" if hit.is_city else "country-name") if hit else "demonym"
                mention = self._country(whole_start, end, hit.country if hit else people, rule)
                mention.capital = bool(hit) and hit.is_city
                if people and not hit and not self.doc[start].dep_.startswith("nsubj"):
                    mention.agentive = False  # "protéger les Français": people affected, not their country acting
                self.add(mention)
                continue
            if countries.is_regional_demonym(name, self.lang):
                continue
            probe = Mention(whole_start, end, "", name, "person", "")
            if self._portfolio(start, name):
                continue
            # "le ministère marocain de l'Intérieur": the portfolio names the body; "la diplomatie de l'UE": an
            # acronym or a known organization names one of its own, whose department the noun is
            named_on_its_own = (
                is_acronym(name) or known_expansion(name, self.lang) or fold(name) in known_acronyms(self.lang)
            )
            body = self._body_before(start) if label in ("ORG", "MISC") and not named_on_its_own else None
            if body is not None:
                self._body(body, force=True)  # "ministère marocain de l'Intérieur": the portfolio names the body
                continue
            if len(name.split()) > 1 and fold(name) in self.words.domains:
                continue  # "Élisabeth Borne garde l'Éducation nationale": a portfolio held, not a body
            if is_acronym(name) and end - start == 1 and self._generic_acronym(self.doc[start]):
                continue  # "un TGV sur deux", "les ONG"
            if whole_start > 0 and self.lowers[whole_start - 1] in self.words.documents:
                continue  # "l'accord UE-Turquie", "le plan Marshall": the name names a text
            if self._headed_by_a_document(name):
                continue  # "le Plan de départs volontaires", "la Charte des Nations unies": a text
            if self._numbered_part_of(whole_start):
                continue  # "l'article 40 de la Constitution": a text
            if fold(name) in self.words.political_nuances:
                continue  # "maire Divers Droite": a political colour, no party
            if self._names_an_event(start, end, name):
                continue  # "la Mostra", "la COP24 se tiendra à Katowice": where things happen
            if fold(name) in self.words.diseases:
                continue  # "sous l'impact du Covid-19", "la grippe H5N1": an illness, not an actor
            if self._thing_before(whole_start):
                continue  # "l'instrument NIRCam", "le satellite Cheops": a thing, not an actor
            if self._posted_on(whole_start):
                continue  # "sur le réseau social X", "sur sa page Facebook": where a message went out
            if end - start == 1 and end < len(self.doc) and self._state_named(start, end + 1):
                end += 1  # the model saw "État" of "l'État islamique"
                name = self.text(start, end)
            elif fold(name) in self._folded_state():
                continue  # "le président de la République": the state inside a title, not a name
            kind_noun = self._kind_before(whole_start)
            if (
                kind_noun is not None
                and label == "PER"
                and len(name_words(name)) > 1
                and self._complements_a_title(kind_noun)
            ):
                kind_noun = None  # "le secrétaire général de la centrale Robert Vertenueil": the title's holder
            if kind_noun is None and label in ("LOC", "PER") and self._team_named_by_its_town(whole_start, end, label):
                kind, rule = "organization", "team"
            elif kind_noun is not None:
                kind, rule = "organization", "kind-noun"
            elif is_acronym(name) or fold(name) in known_acronyms(self.lang):
                # "la Cédéao", "l'Otan": a known acronym written as a word is the organization, whatever the
                # model reads it as
                kind, rule = "organization", "known-acronym" if fold(name) in known_acronyms(self.lang) else "acronym"
            elif honorific is not None:
                kind, rule = "person", "honorific"
            elif label == "PER" and len(name_words(name)) > 1 and self._organization_named(name, person_label=True):
                kind, rule = "organization", "organization-head"  # "la Fondation Abbé-Pierre" read as a person
            elif (
                label in ("PER", "MISC")
                and len(name_words(name)) > 1
                and self._written_like_a_name(start, end)
                and fold(name.split()[-1]) in self.words.organization_tails
            ):
                # "Lightspeed Venture Partners" read as a person or a miscellany: a company's last word ends it
                kind, rule = "organization", "organization-head"
            elif (
                label == "PER"
                or (
                    label == "LOC"
                    and whole_start > 0
                    and self.doc[whole_start - 1].pos_ != "DET"
                    and not countries.is_region(name, self.lang)
                )
            ) and self._led(whole_start):
                # "directeur général de Kiplink Finances", "le PDG de Total" (read as a place; a region takes an
                # article: "le président de la Catalogne")
                kind, rule = "organization", "led-body"
            elif label == "PER" and end - start == 1 and self._after_a_plural_article(whole_start):
                continue  # "les Lyonnaises ont dominé", "aux Bleus": a plural names a group, not a person
            elif label == "PER" and self._organization_already(name):
                kind, rule = "organization", "entity"
            elif label == "PER":
                kind, rule = "person", "entity"
            elif (
                self._written_like_a_name(start, end)
                and "Plur" not in self.doc[start].morph.get("Number")  # "les Lions de la Teranga": a group
                # "à Goma, le lieutenant-colonel X": a place the model saw as one, said as one, has no title
                and not (label == "LOC" and is_place(self.doc, whole_start, self.words))
                and not (end - start == 1 and self._compass_place(name))  # "Originaire du Nord, le chef de l'État"
                and (
                    titled := self._role_after(probe)
                    or (self._role_before(probe) if not self._person_next(end) else None)
                )
            ):
                # "le Snalc-FO, deuxième syndicat des professeurs": a kind of organization is no person's title
                kind, rule = ("organization", "kind-noun") if self._names_a_kind(*titled) else ("person", "titled-name")
            elif (
                label == "ORG"
                and self._written_like_a_name(start, end)
                and (kinded := self._role_after(Mention(whole_start, end, "", name, "organization", "")))
                and self._names_a_kind(*kinded)
            ):
                # "Le Snalc-FO, deuxième syndicat des professeurs,": the kind of organization in apposition names
                # it, as it does a name read as a place, whether the parser reads the apposition as one or as a
                # coordination
                kind, rule = "organization", "kind-noun"
            elif label == "ORG" and not countries.is_region(name, self.lang):
                kind, rule = "organization", "entity"
            elif label == "LOC" and self._organization_named(name) and not self._compass_place(name):
                kind, rule = "organization", "organization-head"  # the model reads "Union africaine" as a place
            elif label == "LOC" and self._described_as_a_body(end):
                kind, rule = "organization", "described"  # "Transavia (la filiale low-cost d'Air France)"
            elif label == "LOC" and self._written_like_a_name(start, end) and self._particle_inside(start, end):
                kind, rule = "person", "entity"  # "Marine Le Pen" read as a place
            elif label == "LOC" and self._state_named(start, end):
                kind, rule = "organization", "organization-head"  # "l'État islamique": a group named as a state
            else:
                # other places ("l'Afrique", "le Maghreb", "le Nord"), events, works: not actors, even as
                # subjects ("l'Afrique ne reçoit que 3 %" says where, not who)
                continue
            country = self._country_in(kind_noun, whole_start) if kind_noun is not None else None
            if honorific is not None and kind == "person":  # "le Tchadien Moussa Faki Mahamat"
                country = countries.country_of_demonym(self.texts[honorific], self.lang) or country
            mention = Mention(whole_start, end, self.text(whole_start, end), name, kind, rule, country=country)
            if kind_noun is not None:
                mention.role_span = self._kind_role(kind_noun, whole_start)
                mention.role = self.text(*mention.role_span)
            self.add(mention)

    def _folded_state(self) -> frozenset[str]:
        if not hasattr(self, "_state_folded"):
            self._state_folded = frozenset(fold(w) for w in self.words.state)
        return self._state_folded

    def _organization_already(self, name: str) -> bool:
        """ "l'agence sanitaire Santé publique France … a souligné Santé publique France": a name the article
        already gave as an organization (its kind noun said so) is that organization again where the model
        reads it as a person."""
        key = fold(name)
        return any(m.kind == "organization" and fold(m.name) == key for m in self.mentions)

    def _written_like_a_name(self, start: int, end: int) -> bool:
        """Every word capitalised, but for name particles: "Hong Sung-pyo", not "Institut coréen des affaires"."""
        for token in self.doc[start:end]:
            if not (
                token.text[:1].isupper()
                or token.text == "-"
                or token.lower_ in self.words.particles
                or (token.i > start and self.doc[token.i - 1].text == "-")
            ):
                return False
        return True

    def _person_next(self, end: int) -> bool:
        """A person's name the model saw follows, maybe after a comma: "le sénateur LR de la Manche Philippe Bas",
        where the title before is that person's, not the words' between."""
        if end < len(self.doc) and self.texts[end] == ",":
            end += 1
        return end < len(self.doc) and self.doc[end].ent_type_ == "PER" and self.doc[end].ent_iob_ == "B"

    def _particle_inside(self, start: int, end: int) -> bool:
        """ "Marine Le Pen", "Charles De Gaulle": a capitalised name particle between two name words."""
        return end - start >= 3 and any(
            self.texts[i][:1].isupper() and self.lowers[i] in self.words.particles for i in range(start + 1, end - 1)
        )

    def _state_named(self, start: int, end: int) -> bool:
        """ "l'État islamique": a state noun and an adjective that is no demonym name a group, not a country; not
        the complement of a noun through a bare "d'" ("un coup d'État militaire", "un chef d'État africain")."""
        return (
            end - start == 2
            and not (start > 0 and self.lowers[start - 1] in self.words.genitives)
            and fold(self.lowers[start]) in self._folded_state()
            and self.texts[start][:1].isupper()
            and self.doc[start + 1].pos_ == "ADJ"
            and self.texts[start + 1].islower()
            and countries.country_of_demonym(self.texts[start + 1], self.lang) is None
        )

    def _led(self, start: int) -> bool:
        """The name complements a title that heads an organization: "directeur général de Kiplink Finances"."""
        i = start - 1
        if i >= 0 and self.doc[i].pos_ == "DET":
            i -= 1
        if i < 1 or self.doc[i].pos_ != "ADP" or self.lowers[i] not in self.words.genitives:
            return False
        for j in range(i - 1, max(i - 4, -1), -1):
            if self.lowers[j] in self.words.leading_roles:
                return True
            if self.doc[j].pos_ != "ADJ" and self.lowers[j] not in self.words.roles:
                return False
        return False

    def _portfolio(self, start: int, name: str) -> bool:
        """ "ministre marocain de l'Équipement et de l'Eau": a minister's portfolio is not an organization;
        after "secrétaire" or "chef" only a domain is ("commissaire à la Santé", not "secrétaire général
        des Nations unies")."""
        if (
            start > 1
            and fold(name) in self.words.domains
            and self.doc[start - 1].pos_ == "DET"
            and self.lowers[start - 2] in self.words.body_prepositions
        ):
            return True  # "le successeur de Macron à l'Economie": one domain under its article after "à", the office
        for i in range(start - 1, max(start - 8, -1), -1):
            lower = self.doc[i].lower_
            if lower in self.words.portfolio:
                return True
            if lower in self.words.portfolio_if_domain:
                # a whole word: "Mer" is a portfolio, "Mercosur" is not
                return any(f"{fold(name)} ".startswith(f"{d} ") for d in self.words.domains)
            # "les ministres égyptien et soudanais des Affaires étrangères"; "ministre de l'Economie et des Finances":
            # a portfolio coordinated with another, whatever the model calls the first
            if (
                self.doc[i].pos_ not in ("ADP", "DET", "ADJ", "CCONJ")
                and not countries.country_of_demonym(self.texts[i], self.lang)
                and not (fold(self.texts[i]) in self.words.domains and fold(name) in self.words.domains)
            ):
                return False
        return False

    def _body_before(self, start: int):
        """The lower-case body noun a name complements, through articles and adjectives ("du ministère
        marocain de l'Intérieur"), or None."""
        for i in range(start - 1, max(start - 5, -1), -1):
            t = self.doc[i]
            if self.lowers[i] in self.words.bodies and t.text.islower():
                # a portfolio complements the body through a genitive; after a noun that also names a kind of
                # organization with none between, the name is the organization's own ("l'agence syrienne Sana")
                genitive = any(self.lowers[j] in self.words.genitives for j in range(i + 1, start))
                return t if genitive or self.lowers[i] not in self.words.kinds else None
            if t.pos_ not in ("ADP", "DET", "ADJ") and not countries.country_of_demonym(t.text, self.lang):
                return None
        return None

    def _described_as_a_body(self, end: int) -> bool:
        """ "chez Transavia (la filiale low-cost d'Air France)", "Total, le groupe pétrolier,": a name the model
        reads as a place, described right after it as a kind of organization or as what one is to another."""
        i = end
        if i + 2 >= len(self.doc) or self.texts[i] not in (",", "("):
            return False
        det = self.doc[i + 1]
        if det.pos_ != "DET" or not det.text.islower():
            return False
        noun = self.lowers[i + 2]
        return noun in self.words.kinds or noun in organization_relations(self.lang)

    def _organization_named(self, name: str, person_label: bool = False) -> bool:
        """A name headed by an organization noun ("Union africaine") or part of a known one's expansion; a
        name the model reads as a person's and headed by a body noun needs a connective to be one ("Cour de
        cassation"; "Marine Le Pen" is a woman)."""
        words = name_words(name)
        if words and words[0] in self.words.bodies:
            if person_label and not set(words) & self.words.connectives:
                return False
            if any(w[:1].isupper() and w.lower() in self.words.particles for w in name.split()[1:-1]):
                return False  # "Marine Le Pen": a capitalised particle inside is a person's name
        return bool(words) and (words[0] in self.words.organization_heads or known_expansion(name, self.lang))
