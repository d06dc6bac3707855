"""Government bodies named by a common-noun phrase ("le ministère des Affaires étrangères")."""

from __future__ import annotations

from collections import Counter

from ...lexicon import lexicon
from ...textfold import fold
from .. import countries
from ..phrases import has_definite_article
from .mention import STOP_PUNCT, Mention, is_acronym

AGENTS = ("nsubj", "nsubj:pass", "obl:agent")  # a body acts as the subject or the agent of a passive


class BodiesPass:
    def bodies(self) -> None:
        for i, lower in enumerate(self.lowers):
            if i in self.taken or (lower not in self.words.bodies and not self.texts[i][:1].isupper()):
                continue
            token = self.doc[i]
            if self._the_state_acting(token):
                # "l'effort demandé par l'État", "l'État va verser…": the state of the country the article is about
                self._body(token, force=True, proper=True)
                continue
            if token.lower_ in self.words.bodies and (self._acts(token) or self._demonym_after(token)):
                # "l'armée malienne a perdu", "ouverte par le parquet de Paris", "selon le gouvernement malien"
                # "le parquet a fait appel": a court, a prosecutor, a town hall is named by its seat or not at
                # all, so one acting needs no country (a bare "le gouvernement" does)
                self._body(
                    token, force=lower in self.words.local_bodies and self._acts(token) and has_definite_article(token)
                )
            elif (
                token.text[:1].isupper()
                and not is_acronym(token.text)
                and not token.is_sent_start
                and token.i > 0
                and (self.doc[token.i - 1].pos_ == "DET" or "Def" in self.doc[token.i - 1].morph.get("Definite"))
                and fold(token.text) in self.words.organization_heads
                and not self._portfolio(token.i, self.text(token.i, token.i + 1))
                and not self._region(token)
            ):
                # "la Fondation pour le logement des défavorisés": a capitalised organization noun starts a
                # name the model missed (not a minister's portfolio: "ministre de l'Administration territoriale")
                self._body(token, force=True, proper=True)

    def _region(self, token) -> bool:
        """ "du Sud-Ouest, du Centre et Centre-Est": a compass word heading nothing (a punctuation mark, a
        conjunction or a hyphen follows it, not "national de…") is a region, though "Centre" heads names too."""
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return self._compass_place(token.text) and (nxt is None or nxt.is_punct or nxt.pos_ == "CCONJ")

    def _the_state_acting(self, token) -> bool:
        """ "l'État" capitalised, with its article, as a subject or an agent, and no adjective or name after it
        ("l'État islamique" is a group, "l'État malien" goes by its country)."""
        if not (token.text[:1].isupper() and fold(token.text) in {fold(w) for w in self.words.state}):
            return False
        if token.i in self.taken:
            return False
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return (
            token.dep_ in AGENTS
            and has_definite_article(token)
            and not (nxt is not None and ((nxt.head == token and nxt.dep_ == "amod") or nxt.text[:1].isupper()))
        )

    def _acts(self, token) -> bool:
        """The body is a subject, the agent of a passive, or the speaker of an incise."""
        return token.dep_ in AGENTS or self._speaker_after_its_verb(token) or self._subject_by_word_order(token)

    def _subject_by_word_order(self, token) -> bool:
        """ "… et le gouvernement a appelé au calme": a body's noun under a bare definite article (not a complement:
        "le porte-parole du gouvernement a dit") right before a finite verb is its subject, however the parser hung
        it (it may read a coordination with the noun before)."""
        i, nxt = token.i, token.i + 1
        return (
            i >= 1
            and nxt < len(self.doc)
            and self.doc[i - 1].pos_ == "DET"
            and "Def" in self.doc[i - 1].morph.get("Definite")
            and self.lowers[i - 1] not in self.words.contracted_articles
            and (i < 2 or self.lowers[i - 2] not in self.words.genitives)
            and self.doc[nxt].pos_ in ("AUX", "VERB")
            and "Fin" in self.doc[nxt].morph.get("VerbForm")
        )

    def _speaker_after_its_verb(self, token) -> bool:
        """ "…, a précisé la mairie": a body after a verb of saying that has no subject of its own is that verb's
        subject, inverted in an incise (the parse reads it as the object)."""
        head = token.head
        return (
            token.dep_ == "obj"
            and head.i < token.i
            and head.lemma_ in lexicon(self.lang).speech
            and has_definite_article(token)
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in head.children)
            # "rapporte l'agence mauritanienne Saharamedias": the name after the noun is the speaker
            and not any(t.text[:1].isupper() for t in token.subtree if t.i > token.i)
        )

    def _demonym_after(self, token) -> bool:
        i = token.i + 1
        return (
            i < len(self.doc)
            and self.texts[i].islower()
            and countries.country_of_demonym(self.texts[i], self.lang) is not None
            and has_definite_article(token)
        )

    def _namesake(self, head: int, person: int) -> bool:
        """A person right after the body's noun names it ("l'administration Trump"), also after the person's
        capitalised title ("la Fondation Abbé Pierre", "l'hôpital Maréchal Joffre"): the body bears the name,
        the person does not act."""
        between = range(head + 1, person)
        return all(self.texts[i][:1].isupper() and self.lowers[i] in self.words.roles for i in between)

    def _body(self, head, *, force: bool = False, proper: bool = False) -> None:
        """ "le ministère des Affaires étrangères" as an organization, up to the next name or clause."""
        doc = self.doc
        if head.i in self.taken or not (force or any(c.dep_ == "det" for c in head.children)):
            return
        if any(m.role_span and m.role_span[0] == head.i and m.rule == "kind-noun" for m in self.mentions):
            return  # "l'agence Belga": the kind of an organization named right after it
        end = head.i + 1
        right = head.right_edge.i + 1
        named_by = None
        while end < right:
            t = doc[end]
            place = self.taken.get(end)
            if place is not None:
                if place.capital and place.start == end and doc[end - 1].pos_ == "ADP" and named_by is None:
                    named_by = place  # "le tribunal correctionnel de Paris": the city names the court, it does not act
                    end = place.end
                    continue
                if place.kind == "person" and place.start == end and named_by is None and self._namesake(head.i, end):
                    named_by = (
                        place  # "l'administration Trump", "le gouvernement Barnier": the body is named after its head
                    )
                    end = place.end
                if (
                    place.kind == "organization"
                    and place.start == end
                    and head.text[:1].isupper()
                    and doc[end - 2].pos_ == "CCONJ"
                    and self.lowers[end - 1] in self.words.genitives
                    and self.texts[end][:1].isupper()
                ):
                    # "le Conseil de Paix et de Sécurité de l'Union africaine": the model's second half
                    self.drop(place, "the rest of a coordinated name")
                    end = place.end
                    continue
                break
            if t.text in STOP_PUNCT or t.text == "(" or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
                break
            if t.pos_ == "ADV" and t.text.islower():
                break  # "la diplomatie allemande tout en déplorant", "le gouvernement aussi": an adverb ends the noun phrase
            if (
                t.pos_ == "ADP"
                and head.text.islower()
                and self.lowers[end] not in self.words.genitives
                and self.lowers[end] not in self.words.body_prepositions
            ):
                break  # "le gouvernement pour la Commission européenne": a body's complement is a genitive
            if t.pos_ == "DET" and doc[end - 1].pos_ != "ADP":
                break  # "la présidence du Conseil ce mois-ci": a determiner after no preposition opens another phrase
            if self.lowers[end] in self.words.months or (
                t.pos_ == "NOUN"
                and t.text.islower()
                and doc[end - 1].pos_ not in ("ADP", "DET")
                # "le Tribunal de première instance": a complement's adjective comes before its noun
                and not (doc[end - 1].pos_ == "ADJ" and end - 2 > head.i and doc[end - 2].pos_ == "ADP")
            ):
                break  # "l'armée malienne lundi et mardi": a common noun after no preposition is another phrase
            end += 1
        if (
            end + 2 < len(doc)
            and doc[end - 1].like_num
            and self.lowers[end] in self.words.months
            and self.texts[end + 1] == "("
            and self.texts[end + 2][:1].isupper()
            and self.texts[end + 2].isupper()  # "M23": capitals and digits
        ):
            end += 1  # "le Mouvement du 23 mars (M23)": a date that is part of the name its acronym closes
        while end > head.i + 1 and (doc[end - 1].lower_ in self.words.connectives or doc[end - 1].is_punct):
            end -= 1
        if end == head.i + 1 and self._demonym_after(head):
            end += 1  # "l'armée malienne": the parser hung the demonym elsewhere
        if named_by is not None and named_by.end > end:
            named_by = None  # trimmed off again
        if named_by is not None:
            self.drop(named_by)
        owner = self._country_complement(end)
        country = (
            (named_by.country if named_by else None)
            or (owner.country if owner is not None else None)
            or self._country_in(head.i, end + 2)
            or self._sentence_setting(head)
            or (self._article_country() if self._acts(head) and has_definite_article(head) else None)
        )
        if end == head.i + 1 and head.lower_ in self.words.local_bodies and head.dep_ == "obl:agent":
            # "abattu par la police", "fichés par la gendarmerie": a bare local body as the agent of a passive is
            # the institution at work in the background, not a party to the story ("la police a indiqué",
            # "le parquet a ouvert une enquête", "ouverte par le parquet de Paris" are)
            return
        if not force and country is None and not any(doc[i].text[:1].isupper() for i in range(head.i + 1, end)):
            # a bare "le gouvernement" with no country or name is too vague to be an actor
            return
        # "le gouvernement du Mali": the body is named with its country, which stays a mention of its own
        text = self.text(head.i, owner.end if owner is not None else end)
        if proper or head.text[:1].isupper():  # "la Cour des comptes a publié": a name, not a description
            self.add(Mention(head.i, end, text, text, "organization", "proper-body", country=country))
            return
        self.add(
            Mention(
                head.i,
                end,
                text,
                text,
                "organization",
                "body",
                key=fold(text) + "|" + str(country),
                country=country,
                body=True,
                agentive=not self._undergoes(head),
            )
        )

    def _undergoes(self, head) -> bool:
        """ "sanctionner les autorités tchadiennes", "assure la présidence du Conseil": a body named by a common
        noun as the direct object of a verb other than one of saying (whose object, inverted, is its speaker:
        "a précisé la mairie"), or of one with a subject of its own before the body, undergoes the act; a body that only ever undergoes one is no actor (grouping drops it)."""
        verb = head.head
        # a verb of saying with a subject of its own in its clause ("La Russie assure la présidence du Conseil")
        # has no inverted speaker: its object undergoes it too (not a quote the parser makes the subject of an
        # incise: "« … », précise le ministère")
        subject = any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and not any(t.is_punct for t in self.doc[c.i : verb.i])
            for c in verb.children
        )
        return (
            head.dep_ == "obj"
            and verb.pos_ == "VERB"
            and (verb.lemma_ not in lexicon(self.lang).speech or (subject and verb.i < head.i))
        )

    def _article_country(self) -> str | None:
        """The one country an article is about: named (or its adjective written) more often than any other, and
        at least twice. A bare
        national body that acts ("l'opposition conteste", "le gouvernement a annoncé") is that country's, as a
        reader takes it; with no such country the body stays too vague to be an actor."""
        if not hasattr(self, "_main_country"):
            counts = Counter(m.country for m in self.mentions if m.kind == "country" and m.country)
            counts.update(  # and its adjective: "le président ivoirien", "les autorités maliennes"
                c for t in self.texts if t.islower() and (c := countries.country_of_demonym(t, self.lang))
            )
            ranked = counts.most_common(2)
            clear = ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
            self._main_country = ranked[0][0] if clear else None
        return self._main_country

    def _country_complement(self, end: int):
        """The country mention a body's name ends on, past a genitive and an article ("l'armée de la RCA",
        "le gouvernement du Mali"), or None."""
        i = end
        if i < len(self.doc) and self.lowers[i] in self.words.genitives:
            i += 1
            if i < len(self.doc) and self.doc[i].pos_ == "DET":
                i += 1
            m = self.taken.get(i)
            if m is not None and m.kind == "country" and not m.capital and m.start == i:
                return m
        return None

    def namings(self) -> None:
        """ "Le renseignement sud-coréen, connu sous le nom de KCIA, …": the body is that organization, whose
        own name it describes; so is "L'Office statistique de l'Union européenne, Eurostat, a publié …"."""
        doc = self.doc
        for m in self.mentions:
            named = self._name_apposed_to_description(m)
            if named is not None:
                m.same_as = named
                named.role = named.role or m.name
                named.country = named.country or m.country
                continue
            if not m.body or m.end >= len(doc) or doc[m.end].text != ",":
                continue
            words = [fold(t.text).rstrip("'") or t.text for t in doc[m.end + 1 : m.end + 8]]
            words = ["de" if w == "d" else w for w in words]
            phrase = next((p for p in self.words.naming if tuple(words[: len(p)]) == p), None)
            named = self.taken.get(m.end + 1 + len(phrase)) if phrase else None
            if named is not None and named.kind == "organization" and not named.body:
                m.same_as = named
                named.role = named.role or m.text
                named.country = named.country or m.country

    def _country_in(self, start: int, end: int, *, office: bool = False) -> str | None:
        """A country named in a phrase: a demonym on a title or a body ("ministre ukrainien", "porte-parole du
        ministère français") or a country mention ("de la Pologne"); not a demonym on anyone else ("avocate
        de salariés syriens" says nothing of the lawyer's country)."""
        for i in range(start, min(end, len(self.doc))):
            m = self.taken.get(i)
            if m is not None and m.kind == "country":
                return m.country
            country = countries.country_of_demonym(self.doc[i].text, self.lang)
            if country and (not office or self._qualifies_an_office(i)):
                return country
        return None

    def _qualifies_an_office(self, i: int) -> bool:
        """The demonym at ``i`` follows a title or a body, maybe past another adjective ("secrétaire général
        américain") or the office's portfolio ("ministre de la Défense italien": a capitalised domain after
        "de", as French writes portfolios; "avocate de salariés syriens" qualifies the employees).
        Word order, not the parse: the small model attaches trailing adjectives anywhere."""
        portfolio = False
        for j in range(i - 1, max(i - 7, -1), -1):
            t = self.doc[j]
            lower = t.lower_
            if (
                lower in self.words.roles
                or lower in self.words.modifiers
                or lower in self.words.state
                or fold(lower) in self.words.organization_heads
            ):
                return True
            if t.text[:1].isupper() and fold(lower) in self.words.domain_words:
                portfolio = True
            elif not (t.pos_ == "ADJ" or (portfolio and t.pos_ in ("ADP", "DET"))):
                return False
        return False

    def _sentence_setting(self, token) -> str | None:
        """ "En France, le ministère…": the country a sentence opens on."""
        sent = token.sent
        first = sent[0] if not sent[0].is_space else sent[1] if len(sent) > 1 else sent[0]
        if first.lower_ in self.words.place_prepositions:
            for i in range(first.i + 1, min(first.i + 5, sent.end)):
                m = self.taken.get(i)
                if m is not None and m.kind == "country":
                    return m.country
        return None

    def _name_apposed_to_description(self, m: Mention) -> Mention | None:
        """ "L'Office statistique de l'Union européenne, Eurostat, a publié …": a definite organization's name
        that is a description (a common noun heads it, capitalised as a name) followed by a shorter name
        between commas, then the verb, calls one organization by both: the name is what it goes by, the
        description what it is. A list ("l'Office …, Eurostat, la BCE et …") goes on with another name, not a verb."""
        doc, end = self.doc, m.end
        if m.kind != "organization" or m.body or m.end - m.start < 3 or end + 2 >= len(doc) or self.texts[end] != ",":
            return None
        common = doc[m.start].pos_ == "NOUN" or fold(self.lowers[m.start]) in self.words.organization_heads
        if not common or m.start == 0 or "Def" not in doc[m.start - 1].morph.get("Definite"):
            return None
        named = self.taken.get(end + 1)
        if named is None or named.kind != "organization" or named.start != end + 1 or named.end - named.start >= 3:
            return None
        after = named.end + 1 if named.end < len(doc) and self.texts[named.end] == "," else named.end
        if after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX"):
            return None
        return named
