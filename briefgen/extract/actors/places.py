"""Places: countries named by their name, capital or seat, and whether a name is said as a place.

"Moscou a accusé Washington" names two countries by their capitals (rule ``capital``); "la Russie"
by its name (``country-name``); "le régime nord-coréen" by a state noun and its demonym
(``state-noun``). "Réunis à Moscou" names a place, not an agent: :func:`is_place` decides that once,
for the actors and for the speakers, from one list of place prepositions (countries.yml
``locative``), and "liés à Pyongyang" stays an agent (``dative_heads``).
"""

from __future__ import annotations

from typing import NamedTuple

from ...lexicon import ActorWords
from ...textfold import fold
from .. import countries
from .mention import Mention

LIST_ITEMS = 6  # how far back a list of places is followed


def is_place(doc, start: int, words: ActorWords) -> bool:
    """The name starting at token ``start`` is said as a place: "à Moscou", "en Russie", "vers les
    États-Unis", "dans la capitale", "destination Bruxelles", "la frontière du Burkina Faso" — not "liés à
    Pyongyang", where it is a partner; the object of a verb of going ("a regagné Amman") too."""
    token = doc[start]
    if token.dep_ == "obj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in words.place_verbs:
        return True
    i = start - 1
    if i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i >= 0 and doc[i].lower_ in words.place_nouns:
        return True  # "destination Bruxelles puis Berlin"
    if i > 0 and doc[i].lower_ in words.genitives and doc[i - 1].lower_ in words.place_nouns:
        return True  # "la frontière du Burkina Faso", "la deuxième agglomération de France"
    if i > 0 and doc[i].lower_ in words.genitives and doc[i - 1].lower_ in words.place_prepositions:
        return True  # "près de Goma", "loin de Kiev": a place preposition's complement
    if i > 0 and doc[i].text == "(":
        # "agriculteur à Marquise (Pas-de-Calais)", "Bressuire (Deux-Sèvres)": a name in brackets after a name
        # said as a place is its region or country
        named = _item_before(doc, i)
        return named is not None and (
            is_place(doc, named, words) or bool(countries.lookup(doc[named:i].text, doc.lang_))
        )  # "… de la France (Charente, Charente-Maritime et Gironde)": a country's regions
    if i < 0 or doc[i].lower_ not in words.place_prepositions:
        return False
    if doc[i].lower_ in words.between_prepositions and _country_by_its_name(doc, start):
        return False  # "des négociations entre Israël et le Hamas": parties (a city's name is a route's end)
    return not (i > 0 and doc[i - 1].lower_ in words.dative_heads)


def _country_by_its_name(doc, start: int) -> bool:
    """The name at ``start`` is a country's own name, not its capital's or seat's."""
    end = start
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "-"):
        end += 1
    place = countries.lookup(doc[start:end].text, doc.lang_) if end > start else None
    return place is not None and not place.is_city


def listed_with_a_place(doc, start: int, words: ActorWords, listed: int = 0) -> bool:
    """The name at ``start`` is an item of a list of places: after a country or a place the model labels one
    and a comma or a conjunction ("en Gironde, Charente-Maritime et Charente"), or before such a place
    ("Charente-Maritime, la Gironde, les Landes"). The model's label is trusted here, on a neighbour, where a
    preposition is not: "à Apple et Meta" are two firms fined."""
    i = start - 1
    if listed < LIST_ITEMS and i > 0 and (doc[i].text == "," or doc[i].pos_ == "CCONJ"):
        item = _item_before(doc, i)
        if item is not None and (
            countries.lookup(doc[item:i].text, doc.lang_)
            or doc[item].ent_type_ == "LOC"
            or listed_with_a_place(doc, item, words, listed + 1)
        ):
            return True
    return listed == 0 and _place_listed_after(doc, start)


def coordinated_with_a_place(doc, start: int, words: ActorWords, listed: int = 0) -> bool:
    """ "des stages à Capbreton, Monaco ou encore Nice": a name listed after an item said as a place shares its
    preposition, so it is a place too. The list is read from the parse (a conjunct of a place) or, where the
    small model hangs the conjunct on the verb, from word order (a comma or a conjunction, maybe "ou encore",
    after the place's name) — never for a subject: "En France, la Russie a …" is a new clause."""
    token = doc[start]
    head = token.head
    if token.dep_ == "conj" and head.i < start and head.text[:1].isupper():
        between = doc[head.i + 1 : start]
        if all(t.is_punct or t.pos_ in ("CCONJ", "ADV", "DET") or t.text[:1].isupper() for t in between):
            first = head.i
            while first > 0 and doc[first].ent_iob_ == "I":
                first -= 1
            if is_place(doc, first, words):
                return True
    if token.dep_.startswith("nsubj") or listed >= LIST_ITEMS:
        return False
    sep = start - 1
    while sep > 0 and doc[sep].pos_ == "ADV" and doc[sep].text.islower():
        sep -= 1  # "ou encore", "et même"
    if sep > 0 and doc[sep].pos_ == "CCONJ":
        sep -= 1 if doc[sep - 1].text == "," else 0
    if sep <= 0 or not (doc[sep].text == "," or doc[sep].pos_ == "CCONJ"):
        return False
    item = _item_before(doc, sep)
    return item is not None and (is_place(doc, item, words) or coordinated_with_a_place(doc, item, words, listed + 1))


def _item_before(doc, sep: int) -> int | None:
    """The first token of the capitalised name a list separator or a bracket follows ("Gironde" of "la Gironde,
    …", its article left out; "Marquise" of "à Marquise (Pas-de-Calais)"); None when no name is there."""
    j = sep - 1
    while j > 0 and (doc[j - 1].text[:1].isupper() or doc[j - 1].text == "-" or doc[j].text == "-"):
        j -= 1
    if j >= sep or not doc[j].text[:1].isupper():
        return None
    return j


def _place_listed_after(doc, start: int) -> bool:
    """ "Charente-Maritime, la Gironde, les Landes": a name listed before a place the model labels one."""
    end = start
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "-"):
        end += 1
    if end >= len(doc) - 1 or not (doc[end].text == "," or doc[end].pos_ == "CCONJ"):
        return False
    k = end + 1
    if doc[k].pos_ == "DET":
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].ent_type_ == "LOC"


class Found(NamedTuple):
    words: int  # tokens the phrase spans
    place: countries.Place


class PlacesPass:
    def countries(self, ents_by_token: dict[int, object]) -> None:
        """Country names, capitals and seats, longest phrase first; a longer non-place entity wins."""
        doc, longest = self.doc, countries.longest_name(self.lang)
        starts = countries.first_words(self.lang)
        keys = [fold(t) for t in self.texts]
        i = 0
        while i < len(doc):
            found = None
            if self.texts[i][:1].isupper() and keys[i].split(" ", 1)[0] in starts:
                for n in range(min(longest, len(doc) - i), 0, -1):
                    if not keys[i + n - 1]:
                        continue  # "PARIS - Serait-ce…": a name ends on a word, not on the dash after it
                    hit = countries.lookup_folded(" ".join(k for k in keys[i : i + n] if k), self.lang)
                    if hit and self._written_as_a_name(i, i + n):
                        found = Found(n, hit)
                        break
            if found:
                n, (country, kind) = found.words, found.place
                named = self._name_after_a_country(i, i + n) if kind == "name" else None
                if named is not None:
                    # "La France insoumise": a party named by its country and an adjective, its article capitalised
                    text = self.text(i - 1, named)
                    self.add(Mention(i - 1, named, text, text, "organization", "articled-name"))
                    i = named
                    continue
                team = self._national_team(i) if kind == "name" else None
                if team is not None:
                    # "l'équipe de France", "le XV de France": the country's team, an organization
                    text = self.text(team, i + n)
                    key = "national team|" + fold(country)
                    self.add(
                        Mention(team, i + n, text, text, "organization", "national-team", key=key, country=country)
                    )
                    i += n
                    continue
                ent = ents_by_token.get(i)
                inside_longer = (
                    ent is not None and (ent.start < i or ent.end > i + n) and not countries.lookup(ent.text, self.lang)
                )
                city = kind != "name"
                if (
                    not inside_longer
                    and not (city and self._city_in_a_name(i, i + n))
                    and not (kind == "capital" and self._after_an_article(i))
                    and not (city and self._town_of_an_area(i + n))
                    and not self._fills_its_block(i, i + n)
                ):
                    mention = self._country(i, i + n, country, "capital" if city else "country-name")
                    mention.capital = city
                    if city and self._dateline(i, i + n):
                        mention.agentive = False  # "PARIS, 12 mars (Reuters) -": where the dispatch comes from
                    if city and self._listed_among_towns(i, i + n):
                        mention.agentive = False  # "Vendée, Vienne, Haute-Vienne": a place among places
                    previous = self.taken.get(i - 2) if i >= 2 and doc[i - 1].pos_ in ("CCONJ", "ADV") else None
                    if previous is not None and previous.kind == "country" and not previous.agentive:
                        mention.agentive = False  # "à Bruxelles puis Berlin", "en France et en Italie"
                    self.add(mention)
                    i += n
                    continue
            i += 1
        for i, lower in enumerate(self.lowers):
            if lower not in self.words.state or i in self.taken:
                continue
            token = doc[i]
            in_title = (
                i > 1
                and doc[i - 1].pos_ == "ADP"
                and (self.lowers[i - 2] in self.words.roles or self.lowers[i - 2] in self.words.bodies)
            )
            if not in_title:  # not "secrétaire d'État américain"
                demonym = next((c for c in token.children if c.dep_ == "amod" and c.i > token.i), None)
                country = countries.country_of_demonym(demonym.text, self.lang) if demonym is not None else None
                if country:
                    self.add(self._country(token.i, demonym.i + 1, country, "state-noun"))

    def _listed_among_towns(self, start: int, end: int) -> bool:
        """ "Vendée, Vienne, Haute-Vienne", "Paris, Lyon et Marseille": a capital's name listed right beside a place
        the model labels one that is no country nor capital is a town or a region of that list (a homonym, or
        the city itself), not its country acting ("Moscou, Pékin et Washington" list capitals: countries)."""
        doc = self.doc
        neighbours = []
        if start > 1 and (self.texts[start - 1] == "," or doc[start - 1].pos_ == "CCONJ"):
            neighbours.append(_item_before(doc, start - 1))
        k = end + 1
        if end < len(doc) and (self.texts[end] == "," or doc[end].pos_ == "CCONJ"):
            neighbours.append(k if k < len(doc) and self.texts[k][:1].isupper() else None)
        for item in neighbours:
            if item is None or doc[item].ent_type_ != "LOC":
                continue
            last = item
            while last + 1 < len(doc) and (self.texts[last + 1][:1].isupper() or self.texts[last + 1] == "-"):
                last += 1
            if not countries.lookup(doc[item : last + 1].text, self.lang):
                return True
        return False

    def _name_after_a_country(self, start: int, end: int) -> int | None:
        """ "la motion de La France insoumise": a capitalised article inside a sentence before a country's name
        and a lower-case adjective makes one name of the three, a party's or a movement's (a country takes a
        lower-case article there: "la France"); returns where that name ends, or None."""
        doc = self.doc
        if start < 2 or not self.texts[start - 1][:1].isupper() or not self.words.is_article(self.lowers[start - 1]):
            return None
        article, before = doc[start - 1], doc[start - 2]
        if article.is_sent_start or article.text.isupper() or not (before.is_alpha or before.text == ","):
            return None
        j = end
        while j < len(doc) and self.texts[j].isalpha() and self.texts[j].islower() and doc[j].pos_ in ("ADJ", "VERB"):
            j += 1
        return j if j > end else None

    def _national_team(self, start: int) -> int | None:
        """The first token of "équipe (nationale) de", "XV de", "sélection du" before the country name at
        ``start``: the country's national team (organizations.yml ``national_teams``), or None."""
        i = start - 1
        if i >= 0 and self.doc[i].pos_ == "DET" and self.texts[i].islower():
            i -= 1  # "l'équipe du Sénégal" is one token "du"; "l'équipe de la Côte d'Ivoire"
        if i < 1 or self.lowers[i] not in self.words.genitives:
            return None
        i -= 1
        while i > 0 and self.doc[i].pos_ == "ADJ" and self.texts[i].islower():
            i -= 1  # "la sélection nationale du Maroc"
        return i if self.lowers[i] in self.words.national_teams else None

    def national_teams(self) -> None:
        """Where the article names a country's national team, the country's bare name is that team too, as sport
        news writes it ("la France s'est qualifiée" beside "l'équipe de France"): its mentions join the team's."""
        teams: dict[str | None, Mention] = {}
        for m in self.mentions:
            if m.rule == "national-team":
                teams.setdefault(m.country, m)
        for m in self.mentions:
            if m.kind == "country" and not m.capital and m.country in teams:
                # the team's, not a longer name's the bare name is part of ("France TV Info")
                m.kind, m.key, m.same_as = "organization", teams[m.country].key, teams[m.country]

    def _dateline(self, start: int, end: int) -> bool:
        """A city opening a paragraph as a dispatch's dateline: in capitals before a comma or a dash, past more
        words in capitals ("PARIS LA DÉFENSE -"), or written as a name before a comma and the date
        ("Bruxelles, 3 déc. (LaPresse) –") or before the agency's name in brackets and a dash ("Paris (AFP) -")."""
        doc = self.doc
        if end >= len(doc) or not self._new_block(self._previous_word(start, set()), start):
            return False
        if self.texts[start].isupper():
            j = end
            while j < len(doc) and self.texts[j].isupper() and self.texts[j].isalpha():
                j += 1
            return j < len(doc) and self.texts[j] in (",", ":", "(", "-", "–", "—")
        nxt = end + 1
        if self.texts[end] == "(":
            # "Paris (AFP) -", "Genève (awp/afp) -": the agency in brackets, then the dash opening the dispatch
            close = next((k for k in range(nxt, min(nxt + 6, len(doc))) if self.texts[k] == ")"), None)
            return close is not None and close + 1 < len(doc) and self.texts[close + 1] in ("-", "–", "—")
        return (
            self.texts[end] == "," and nxt < len(doc) and (doc[nxt].like_num or self.lowers[nxt] in self.words.months)
        )

    def _town_of_an_area(self, end: int) -> bool:
        """ "comme le 11H24 pour Vienne (Isère)": a town's name with the area it lies in, in brackets, is that
        town, not the capital of the same name (a dispatch's agency in brackets is no place: "Paris (AFP)")."""
        doc = self.doc
        if end + 2 >= len(doc) or self.texts[end] != "(":
            return False
        close = next((k for k in range(end + 2, min(end + 6, len(doc))) if self.texts[k] == ")"), None)
        inside = doc[end + 1 : close] if close is not None else []
        return bool(inside) and inside[0].ent_type_ == "LOC" and not any(t.text.isupper() for t in inside)

    def _area_of_a_town(self, start: int, end: int) -> bool:
        """ "Valence (Drôme)", "Vienne (Isère)": a place in brackets right after a place's name says where
        that place lies."""
        doc = self.doc
        return (
            start >= 2
            and end < len(doc)
            and self.texts[start - 1] == "("
            and self.texts[end] == ")"
            and doc[start].ent_type_ == "LOC"
            and doc[start - 2].ent_type_ == "LOC"
        )

    def _written_as_a_name(self, start: int, end: int) -> bool:
        """The first word past an article is capitalised: "la République démocratique du Congo", not "La
        réunion s'est tenue" (a sentence's capital on the article, the territory's name on the noun)."""
        for i in range(start, end):
            if self.doc[i].is_alpha and self.lowers[i] not in self.words.connectives:
                return self.texts[i][:1].isupper()
        return True

    def _city_in_a_name(self, start: int, end: int) -> bool:
        """A capital that is part of another name: a treaty's or a club's."""
        return self._names_a_text(start) or self._part_of_a_longer_name(start, end)

    def _after_an_article(self, start: int) -> bool:
        """A city takes no article in French, so a capital's name after a lower-case definite article names
        something else (a département, a river: "sous-préfecture de la Vienne"); capitals that carry theirs
        ("La Haye", "Le Caire") are looked up with it, and seats take one ("la Maison-Blanche", "l'Élysée")."""
        if start == 0:
            return False
        before = self.doc[start - 1]
        return before.pos_ == "DET" and before.text.islower() and "Def" in before.morph.get("Definite")

    def _names_a_text(self, start: int) -> bool:
        """ "l'accord de Paris", "les accords d'Oslo": the city names a treaty, not its country."""
        return start > 1 and self.doc[start - 1].pos_ == "ADP" and self.lowers[start - 2] in self.words.documents

    def _part_of_a_longer_name(self, start: int, end: int) -> bool:
        """ "le Real Madrid", "le Paris Saint-Germain": a capital beside another capitalised word is part of a
        name the model did not see whole."""
        doc = self.doc
        for i in (start - 1, end):
            if 0 <= i < len(doc):
                t = doc[i]
                if (
                    t.is_alpha
                    and t.text[:1].isupper()
                    and not t.is_sent_start
                    and not t.is_stop
                    and t.lower_ not in self.words.roles
                    and t.lower_ not in self.words.modifiers
                    and t.lower_ not in self.words.honorifics
                    and not countries.lookup(t.text, self.lang)
                ):
                    return True
        return False

    def _country(self, start: int, end: int, country: str, rule: str) -> Mention:
        text = self.text(start, end)
        return Mention(
            start,
            end,
            text,
            text,
            "country",
            rule,
            key=fold(country),
            country=country,
            agentive=not (
                is_place(self.doc, start, self.words) or coordinated_with_a_place(self.doc, start, self.words)
            ),
        )
