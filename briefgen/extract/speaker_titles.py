"""Speaker titles: who a title alone stands for.

The resolution rules of the ``speakers`` family for a subject that is only a title (``Titles``, a
mixin of ``attribution.Attributor``): the person the article gives that role (``title``: "le patron
de l'organisation", "le chef de l'ONU"), before or in the next paragraphs ("la ministre de la Santé"
in the lead, "la ministre de la Santé, Marisol Touraine" further on); else the last speaker whose
office fits (``title speaker``); a plural title is a group (``group``); "son porte-parole" speaks
for the body last a subject (``owner``); a singular demonym ("le Danois") is one person of that
country. A title followed by a name names that person ("le Dr Tedros", "le ministre israélien de la
Défense Yoav Gallant": ``apposition``). A body that complements a title ("le leader de l'ANC") is
where its holder works, no antecedent of "il". Descriptions that restate a person named before are
in ``speaker_restated.py``.
"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import office_words
from ..textfold import fold
from .countries import country_of_demonym
from .phrases import determiner_gender
from .statements import sentence_of


class Titles:
    """Mixin of ``attribution.Attributor``: titles, offices and owners."""

    def titled_at(self, index: int, lemma: str) -> bool:
        """The title written right before a person's mention ("Le président élu, Bassirou Diomaye
        Faye, a …"), where the actor table kept no role for them."""
        for j in range(index - 1, max(sentence_of(self.doc[index]).start, index - 6) - 1, -1):
            word = self.doc[j]
            if word.lemma_.lower() == lemma or word.lower_ == lemma:
                return True
            if word.pos_ in ("VERB", "AUX", "ADP") or j in self.quoted:
                return False
        return False

    def demonym_person(self, token, country: str) -> bool:
        """ "le Danois", "la Française": a singular demonym under a definite or indefinite article
        names a person of that country ("les Danois" and "le Danemark" stay the country)."""
        if token.lower_ == country.lower() or not country_of_demonym(token.text, self.lex.lang):
            return False
        dets = [c for c in token.children if c.dep_ == "det"] or (
            [self.doc[token.i - 1]] if token.i > 0 and self.doc[token.i - 1].pos_ == "DET" else []
        )
        return bool(dets) and all(d.morph.get("Number") != ["Plur"] for d in dets)

    def title(self, token, phrase: str, country: str | None):
        """A subject that is only a title resolves to the person it names where possible."""
        lemma = token.lemma_.lower()
        if token.morph.get("Number") == ["Plur"]:  # "les ministres africains": a group, not one person
            return self.speaker(phrase, None, "group", country=country, number="Plur")
        if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in token.children):
            return self.owner(token, phrase, country)  # "son porte-parole" speaks for someone else
        country = country or next(
            (c for word in phrase.replace("'", " ").split() if (c := country_of_demonym(word, self.lex.lang))), None
        )
        holders = self.holders_before(token, country)
        office = self.office_words(token)
        if len(holders) == 1:
            return self.speaker(holders[0].name, holders[0], "title")
        if holders:
            # two people hold the office the title says: the one of them who has spoken, where only one has
            # ("a ajouté le ministre" after the health minister's quotes, the British Prime minister named
            # once), else the title is all a reader can name
            speaking = [h for h in holders if id(h) in self.speaker_ids]
            if len(speaking) == 1:
                return self.speaker(speaking[0].name, speaking[0], "title speaker")
            return self.speaker(phrase, None, "description", role=phrase, country=country)
        later = self.named_later_with(token, phrase)
        if later is not None:
            return later

        def other_office(referent, spoke: bool = False) -> bool:
            """ "le nouveau président" is not the one the article calls "ancien Premier ministre";
            "le patron de l'agence" may be its "directeur" (one family of heads); "le chef de l'État
            ukrainien" is only someone the article says is Ukrainian."""
            if country and referent.country != country and not (spoke and referent.country is None):
                # "le dirigeant tchadien" may be one who has spoken, of a country the article never says
                return True
            if self.same_office(token, referent.role):
                return False  # "le chef du gouvernement" is the one whose role says "Premier ministre"
            words = set(referent.role.lower().replace("'", " ").split()) if referent.role else set()
            if lemma in experts:
                # "l'expert", "le même analyste", "le scientifique": one quoted for what they know, an
                # expert or the head of a firm or a lab, whatever their role calls them
                return bool(words) and not words & (experts | self.lex.heads)
            if office and lemma in words and len(words) > 1 and not office & words:
                # "le ministre de la Défense" after "le ministre de l'Intérieur, X" (but "le chef de
                # l'État" may be the one whose role says "président")
                return True
            if self.rank_apart(token, referent.role) or self.of_a_body(token, referent.role, country, office):
                return True
            if not words & self.lex.titles or lemma in words:
                return False
            if spoke and not office and qualifiers & words:
                # "a lancé le leader solidaire, X" then "ajoute le député solidaire": a title that restates one
                # who has spoken by the qualifier of their role (a party, a side) is one more name of them
                return False
            if spoke and not office and not country and gender is not None and self.genders.get(id(referent)) == gender:
                # "la députée" after "a-t-elle lancé" said by the group's "présidente": a bare title of
                # the gender a pronoun already gave this speaker is one more name of her, not another office
                return False
            return not (lemma in self.lex.heads and words & self.lex.heads)

        experts = {word for word in self.lex.expert_roles if " " not in word}
        # the adjectives after the title that say which side it is of ("le député solidaire"), not an office
        # ("adjoint") nor a country ("israélien"), which other rules read
        qualifiers = {
            c.lower_
            for c in token.children
            if c.dep_ == "amod"
            and c.i > token.i
            and c.pos_ == "ADJ"
            and c.lower_ not in self.lex.titles
            and c.lemma_.lower() not in self.lex.titles
            and not country_of_demonym(c.text, self.lex.lang)
        }
        # "la députée" is no man: the title's own gender (its article's) must fit what the article says of the person
        gender = determiner_gender(token)

        def fits(referent, spoke: bool = False) -> bool:
            return (
                referent.type == "person"
                and not other_office(referent, spoke)
                and (gender is None or self.gender_fits(referent, token, gender))
            )

        for _, _, speaker in reversed(self.history):
            if speaker.referent is not None and fits(speaker.referent, spoke=True):
                return self.speaker(speaker.name, speaker.referent, "title speaker", role=speaker.role or phrase)
        for referent, _ in self.mentions_before(token.i):
            if fits(referent):
                return self.speaker(referent.name, referent, "title speaker", role=phrase)
        # nobody the article names holds it: the person the headline names and the lead restates, else the
        # title is the speaker ("le porte-parole du ministère")
        return self.headline_person(token) or self.speaker(phrase, None, "description", role=phrase, country=country)

    def holders_before(self, token, country: str | None) -> list:
        """The persons named before whose role says this title ("le chef de l'ONU": the person whose
        role names that body); two when "le président sortant X" and "le président élu Y" were."""
        lemma = token.lemma_.lower()
        bodies = {
            name.lower()
            for i in self.nominal_span(token)
            if i in self.actor_at and self.actor_at[i][0].type == "organization"
            for name in [self.actor_at[i][0].name, *getattr(self.actor_at[i][0], "aliases", [])]
        }
        office = self.office_words(token)
        holders: list = []
        for referent, i in self.mentions_before(token.i):
            if referent.type != "person" or referent in holders:
                continue
            if country is not None and referent.country not in (None, country):
                continue  # "le président tchadien" is not one of another country; a bare title is anyone's
            role = (referent.role or "").lower()
            words = set(role.replace("'", " ").replace("’", " ").split())
            if (
                office
                and lemma in words
                and len(words) > 1
                and not office & words
                and not any(b in role for b in bodies)
            ):
                continue  # "le ministre de la Défense" is not the "Premier ministre" nor the "ministre de l'Intérieur"
            if self.rank_apart(token, role) or self.of_a_body(token, role, country, office):
                continue
            if (
                # the title's word opens a word of the role ("présidente"), not inside a compound
                # ("vice-président" holds no "président" office)
                any(w.startswith(lemma) for w in words)
                or any(body in role for body in bodies)
                or self.titled_at(i, lemma)
                or self.same_office(token, referent.role)
            ):
                holders.append(referent)
        of_body = [h for h in holders if any(body in (h.role or "").lower() for body in bodies)]
        # "le président de l'UA" is the one whose role names the UA, not another "président"
        if of_body or not country:
            return of_body or holders
        # "le président français" is the "chef de l'État" named before, not the "président élu" of
        # a country the article never gives him
        return [h for h in holders if self.same_office(token, h.role)] or holders

    def rank_apart(self, token, role: str | None) -> bool:
        """An adjective after the title that is a title itself makes another office ("l'avocate générale" is
        not the "avocat" named before, "le directeur adjoint" not the "directeur"): a role without it does not
        hold it."""
        ranks = [
            c.lemma_.lower()
            for c in token.children
            if c.dep_ == "amod"
            and c.i > token.i
            and (c.lower_ in self.lex.titles or c.lemma_.lower() in self.lex.titles)
        ]
        if not ranks or not role:
            return False
        words = role.lower().replace("'", " ").replace("\u2019", " ").split()
        return not any(word.startswith(rank) for rank in ranks for word in words)

    def of_a_body(self, token, role: str | None, country: str | None, office: set[str]) -> bool:
        """ "le président tchadien" is the country's, not the Chadian "président de la Commission de l'UA": a
        title said only with its country is not a role that heads a body other than the state ("président de
        la République" is one), unless the role says the country too."""
        if not role or not country or office:
            return False
        words = office_words(role)
        lemma = token.lemma_.lower()
        if lemma not in words or any(country_of_demonym(w, self.lex.lang) == country for w in words):
            return False
        if fold(country) in fold(role):
            return False  # "président de la République de Côte d'Ivoire": the country's own office
        after = words[words.index(lemma) + 1 :]
        if not after or after[0] not in self.lex.actors.genitives:
            return False
        nouns = [w for w in after if w not in self.lex.actors.genitives and w not in self.lex.actors.connectives]
        return bool(nouns) and not all(w in self.lex.actors.state for w in nouns)

    def same_office(self, token, role: str | None) -> bool:
        """The title at ``token`` and a role are two names of one office (speech_verbs.yml,
        office_synonyms): "le chef du gouvernement" and "Premier ministre"; accents aside ("chef de
        l'Etat" is "chef de l'État"). A head's title qualified by a country's adjective is that
        country's office (national_titles): "le président français" is the "chef de l'État"."""
        if not role:
            return False
        start = token.i - 1 if token.i > 0 and self.doc[token.i - 1].lower_ in ("premier", "première") else token.i
        words = [fold(t.text) for t in self.doc[start : min(len(self.doc), start + 8)]]
        national = next((v for k, v in self.lex.national_titles.items() if fold(k) == words[0]), None)
        if national and len(words) > 1 and country_of_demonym(self.doc[start + 1].text, self.lex.lang):
            words = [fold(w) for w in office_words(national)]
        role_words = tuple(fold(w) for w in office_words(role))
        for k in range(len(words), 0, -1):
            others = self.folded_synonyms().get(tuple(words[:k]))
            if others:
                if len(role_words) == 1:
                    # "le ministre X" then "le chef de la diplomatie": a bare title is the head of the
                    # office's other name ("ministre des Affaires étrangères"), which it does not contradict
                    return any(other[0] == role_words[0] for other in others)
                return any(role_words[j : j + len(other)] == other for other in others for j in range(len(role_words)))
        return False

    def folded_synonyms(self) -> dict:
        """``office_synonyms`` with every word folded, made once per article."""
        found = self.__dict__.get("_folded_synonyms")
        if found is None:
            found = self._folded_synonyms = {
                tuple(fold(w) for w in name): tuple(tuple(fold(w) for w in other) for other in others)
                for name, others in self.lex.office_synonyms.items()
            }
        return found

    def office_words(self, token) -> set[str]:
        """The nouns of a title's complement, which say which office it is ("ministre de la Défense":
        {"défense"}); empty for a bare title ("le ministre"), a name after it, or a body that stands
        for one named before ("le patron de l'organisation")."""
        words: set[str] = set()
        after_preposition = False
        for word in self.doc[token.i + 1 : sentence_of(token).end]:
            if word.pos_ == "ADP" and word.lower_ in self.lex.title_complements:
                after_preposition = True
            elif word.pos_ == "NOUN" and word.i not in self.quoted:
                if after_preposition and word.lower_ not in self.lex.anaphoric_bodies:
                    words.add(word.lower_)  # "le patron de l'organisation" may be anyone's: no office said
            elif word.pos_ not in ("DET", "ADJ"):
                break  # a name, a comma, "lors d'un déplacement": the title ends
        return words

    def named_later_with(self, token, phrase: str):
        """ "la ministre de la Santé a déclaré …" in the lead, "la ministre de la Santé, Marisol
        Touraine" further on: the one person the next paragraphs give that very title (or another name of
        its office: "le chef de la diplomatie", "le ministre des Affaires étrangères"), of the title's
        gender where its article says it ("la ministre" is not "M. X, ministre"), not a former one ("X,
        ancien ministre")."""
        lemma = token.lemma_.lower()
        found = []
        block = self.parsed.block_of(token.idx)
        gender = determiner_gender(token)
        k = bisect_left(self.mention_starts, token.i + 1)
        for i in self.mention_starts[k:]:
            if block > 1 and self.parsed.block_of(self.doc[i].idx) - block > 3:
                break  # searched in the next few paragraphs only (linear on long texts); from the title or the
                # lead, which announce what the article tells, in all of it
            referent = self.actor_at[i][0]
            if referent.type != "person" or referent in found:
                continue
            role = (getattr(referent, "role", None) or "").lower()
            if gender is not None and self.gender_of(i) not in (None, gender):
                continue  # "la ministre" is not "M. X, ministre" named further on
            if (
                role.split()[:1]
                and role.split()[0] in self.lex.former
                and role.split()[0] not in phrase.lower().split()
            ):
                continue  # nor "X, ancien ministre": an office no longer held
            if (
                phrase.lower() in role
                or (lemma in role.split() and self.titled_at(i, lemma))
                or (self.same_office(token, role) and self.titled_at(i, role.split()[0]))
            ):
                # "le chef de la diplomatie allemande" in the lead, "le ministre X" further on: the role,
                # written right before the name, is another name of the title's office (office_synonyms)
                found.append(referent)
        if len(found) != 1:
            return None
        return self.speaker(found[0].name, found[0], "title")

    def owner(self, token, phrase: str, country: str | None):
        """ "son porte-parole": the body whose spokesperson it is, the last organisation,
        country or institution that was a subject in this paragraph or the one before."""
        for prev in self.tokens_before(token):  # Naming.tokens_before
            if not prev.dep_.startswith("nsubj") or prev.pos_ not in ("NOUN", "PROPN"):
                continue
            hit = self.actor_at.get(prev.i)
            if hit and hit[0].type in ("organization", "country"):
                return self.speaker(hit[0].name, hit[0], "owner", role=phrase)
            if prev.lemma_.lower() in self.lex.institutions:
                found = self._resolve(prev)
                if found:
                    return self.speaker(found.name, found.referent, "owner", role=phrase, country=found.country)
        return self.speaker(phrase, None, "owner", role=phrase, country=country)

    def named_after_title(self, token):
        """ "le Dr Tedros", "le sismologue Xavier Le Pichon": the name after the title is the speaker."""
        hit = self.actor_at.get(token.i + 1)
        if hit and hit[1] == token.i + 1 and hit[0].type == "organization":
            end = token.i + 1
            while end in self.actor_at and self.actor_at[end][0] is hit[0]:
                end += 1
            after = self.actor_at.get(end)
            if after and after[1] == end and after[0].type == "person":
                return self.speaker(after[0].name, after[0], "apposition")  # "le député LFI Éric Coquerel"
        if (
            hit and hit[1] == token.i + 1 and hit[0].type in ("person", "organization")
        ):  # "l'ONG Médecins sans frontières"
            return self.speaker(hit[0].name, hit[0], "apposition")
        end = self.name_end(token.i + 1, sentence_of(token).end)
        if end == token.i + 1:
            return self.name_in_phrase(token)
        known = self.person_named([t.text for t in self.doc[token.i + 1 : end]])
        if known:
            return self.speaker(known.name, known, "apposition")
        person = self.unlisted_person(token.i + 1, end)
        return self.speaker(person.name, person, "entity")

    def name_in_phrase(self, token):
        """ "le ministre de l'Agriculture Marc Fesneau": a bare name closing the title's phrase."""
        sent_end = sentence_of(token).end
        i = token.i + 1
        while i < sent_end and self.doc[i].pos_ in ("ADJ", "ADP", "DET", "NOUN", "PROPN", "X") and i not in self.quoted:
            if self.doc[i].pos_ == "ADP" and self.doc[i].lower_ not in self.lex.title_complements:
                return None  # "le dirigeant sur son compte Facebook": where, not who
            prev = self.doc[i - 1]
            if (
                self.doc[i].text[:1].isupper()
                and prev.pos_ not in ("ADP", "DET")
                and prev.whitespace_  # "Alpes-Maritimes": the second half of a word is no name
                and (not prev.text[:1].isupper() or self.department_then_name(i))
            ):
                hit = self.actor_at.get(i)
                if hit and hit[0].type == "organization" and hit[1] == i and not self.is_title_word(token):
                    # "l'office statistique belge Statbel", "le groupe chinois Huawei": a common noun of
                    # a kind of body, then the body's name: the body speaks
                    return self.speaker(hit[0].name, hit[0], "apposition")
                if hit and hit[0].type != "person":
                    return None
                end = self.name_end(i, sent_end)
                if end == i:
                    return None
                person = self.person_named([t.text for t in self.doc[i:end]]) or self.unlisted_person(i, end)
                return self.speaker(person.name, person, "apposition")
            i += 1
        return None

    def title_complement(self, referent, index: int, number: str) -> bool:
        """ "Pour le leader de l'ANC, … », affirme-t-il": a body that complements a title is where its
        holder works; "il" stands for the holder, never for the body."""
        if number != "Sing" or referent.type == "person":
            return False
        if index > 0 and self.doc[index - 1].text == "(":  # "le leader de l'Alliance … (ANC, opposition)"
            index = next((i for r, i in self.mentions_before(index - 1) if r is referent), index)
        j = index - 1
        if j > 0 and self.doc[j].lower_ in self.lex.actors.kinds:
            j -= 1  # "le fondateur du groupe Wagner": the kind of body before its name
        if j > 0 and self.lex.actors.is_article(self.doc[j].text):
            j -= 1  # "de l'ANC", "de la CGT"; "du Medef" has none
        if j < 1 or self.doc[j].lower_ not in self.lex.actors.genitives:
            return False
        title = self.doc[j - 1]  # read by word order: the model may tag "leader" a verb
        return title.lower_ in self.lex.titles or title.lemma_.lower() in self.lex.titles
