"""Actors: the people, organisations and countries an article names, one entry each.

spaCy's French NER gives candidate names; rules repair what it gets wrong
(elided articles read as names, split hyphenated names, capitals read as
people) and add what it cannot see: countries named by their capital or seat
of government, acronyms, government bodies named by a common-noun phrase.
Mentions of one real-world entity are then grouped into one actor, and roles
are read from appositions and titles around the name. Word lists live in
data/titles.yml, data/organizations.yml, data/countries.yml, data/demonyms.yml.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..brief import Actor
from ..data import load_data
from ..nlp import Parsed
from . import countries

# English pipelines label names PERSON and GPE where French ones say PER and LOC.
LABELS = {"PERSON": "PER", "GPE": "LOC", "NORP": "MISC"}
STOP_PUNCT = {",", ";", ":", ".", "!", "?", "«", "»", '"', "“", "”", "—", "–"}


@dataclass
class Mention:
    start: int  # token range of the whole mention (honorific included)
    end: int
    text: str  # the article's own characters, honorific included
    name: str  # the name proper
    kind: str  # person | organization | country
    key: str | None = None  # countries: the country's name; government bodies: the phrase
    country: str | None = None
    role: str | None = None
    agentive: bool = True
    capital: bool = False  # a capital or seat standing for its country
    body: bool = False  # a government body named by a common-noun phrase
    role_span: tuple[int, int] | None = None
    same_as: Mention | None = None  # "le renseignement sud-coréen, connu sous le nom de KCIA": that name


@cache
def _words(lang: str) -> dict[str, frozenset[str]]:
    titles = load_data("titles").get(lang) or {}
    orgs = load_data("organizations").get(lang) or {}
    return {
        # "l'ex-président Donald Trump": a former office is still the office
        "roles": frozenset(r for role in titles.get("roles") or [] for r in (role, "ex-" + role)),
        "modifiers": frozenset(titles.get("modifiers") or []),
        "honorifics": frozenset(titles.get("honorifics") or []),
        "bodies": frozenset(orgs.get("bodies") or []),
        "state": frozenset(orgs.get("state") or []),
        "kinds": frozenset(orgs.get("kinds") or []),
        "portfolio": frozenset(titles.get("portfolio") or []),
        "portfolio_if_domain": frozenset(titles.get("portfolio_if_domain") or []),
        "domains": frozenset(countries.key(d) for d in titles.get("domains") or []),
        "common_acronyms": frozenset(orgs.get("common_acronyms") or []),
        "documents": frozenset(orgs.get("documents") or []),
        "employer_prepositions": frozenset(orgs.get("employer_prepositions") or []),
        "naming": tuple(tuple(countries.key(p).split()) for p in orgs.get("naming") or []),
        "generic_determiners": frozenset(orgs.get("generic_determiners") or []),
        "organisation_heads": frozenset(
            countries.key(w) for group in ("bodies", "kinds", "heads") for w in orgs.get(group) or []
        ),
        "particles": frozenset(titles.get("particles") or []),
        "connectives": frozenset(titles.get("connectives") or []),
    }


def _is_acronym(text: str) -> bool:
    letters = text.replace("-", "").replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


class _Finder:
    """Finds the mentions of one parsed article."""

    def __init__(self, parsed: Parsed, lang: str) -> None:
        self.parsed = parsed
        self.doc = parsed.doc
        self.lang = lang
        self.words = _words(lang)
        self.taken: dict[int, Mention] = {}
        self.mentions: list[Mention] = []
        # one pass over the tokens: spaCy makes a Token object per access, so the scans below read these
        self.texts = [t.text for t in self.doc]
        self.lowers = [t.lower() for t in self.texts]

    def text(self, start: int, end: int) -> str:
        return self.parsed.span_text(self.doc[start:end]).strip()

    def add(self, mention: Mention) -> None:
        if any(i in self.taken for i in range(mention.start, mention.end)):
            return
        for i in range(mention.start, mention.end):
            self.taken[i] = mention
        self.mentions.append(mention)

    # ------------------------------------------------------------ countries

    def countries(self, ents_by_token: dict[int, object]) -> None:
        """Country names, capitals and seats, longest phrase first; a longer non-place entity wins."""
        doc, longest = self.doc, countries.longest_name(self.lang)
        starts = countries.first_words(self.lang)
        keys = [countries.key(t) for t in self.texts]
        i = 0
        while i < len(doc):
            found = None
            if self.texts[i][:1].isupper() and keys[i].split(" ", 1)[0] in starts:
                for n in range(min(longest, len(doc) - i), 0, -1):
                    hit = countries.lookup_key(" ".join(k for k in keys[i : i + n] if k), self.lang)
                    if hit:
                        found = (n, hit)
                        break
            if found:
                n, (country, kind) = found
                ent = ents_by_token.get(i)
                inside_longer = (
                    ent is not None and (ent.start < i or ent.end > i + n) and not countries.lookup(ent.text, self.lang)
                )
                city = kind != "name"
                if not inside_longer and not (city and self._city_in_a_name(i, i + n)):
                    mention = self._country(i, i + n, country)
                    mention.capital = city
                    self.add(mention)
                    i += n
                    continue
            i += 1
        for i, lower in enumerate(self.lowers):
            if lower not in self.words["state"] or i in self.taken:
                continue
            token = doc[i]
            in_title = (
                i > 1
                and doc[i - 1].pos_ == "ADP"
                and (self.lowers[i - 2] in self.words["roles"] or self.lowers[i - 2] in self.words["bodies"])
            )
            if not in_title:  # not "secrétaire d'État américain"
                demonym = next((c for c in token.children if c.dep_ == "amod" and c.i > token.i), None)
                country = countries.country_of_demonym(demonym.text, self.lang) if demonym is not None else None
                if country:
                    self.add(self._country(token.i, demonym.i + 1, country))

    def _city_in_a_name(self, start: int, end: int) -> bool:
        """A capital that is part of another name: a treaty's or a club's."""
        return self._names_a_text(start) or self._part_of_a_longer_name(start, end)

    def _names_a_text(self, start: int) -> bool:
        """ "l'accord de Paris", "les accords d'Oslo": the city names a treaty, not its country."""
        return start > 1 and self.doc[start - 1].pos_ == "ADP" and self.lowers[start - 2] in self.words["documents"]

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
                    and t.lower_ not in self.words["roles"]
                    and t.lower_ not in self.words["modifiers"]
                    and t.lower_ not in self.words["honorifics"]
                    and not countries.lookup(t.text, self.lang)
                ):
                    return True
        return False

    def _country(self, start: int, end: int, country: str) -> Mention:
        text = self.text(start, end)
        return Mention(
            start, end, text, text, "country", key=country, country=country, agentive=not self._locative(start)
        )

    def _locative(self, start: int) -> bool:
        """A place, not an agent: "à Moscou", "en Russie", "dans la capitale…", "vers les États-Unis"."""
        i = start - 1
        if i >= 0 and self.doc[i].pos_ == "DET":
            i -= 1
        if i < 0 or self.doc[i].lower_ not in countries.locative_words(self.lang):
            return False
        return not (i > 0 and self.doc[i - 1].lower_ in countries.dative_heads(self.lang))

    # ------------------------------------------------------------ named entities

    def entities(self) -> None:
        spans = self._merged_entities()
        for start, end, label in spans:
            end = self._cut_before_title(start, end)
            start, end, honorific = self._trim(start, end)
            if start >= end or (honorific is not None and honorific + 1 >= end):
                continue  # nothing left, or an honorific alone ("M")
            name = self.text(start if honorific is None else honorific + 1, end)
            first = self.doc[start if honorific is None else honorific + 1]
            if not first.text[:1].isupper() or len(name) < 2:
                if label == "ORG" and first.lower_ in self.words["bodies"]:
                    self._body(first, force=True)
                continue
            whole_start = start if honorific is None else honorific
            hit = countries.lookup(name, self.lang)
            people = countries.country_of_demonym(name, self.lang) if end - start == 1 else None
            if hit and hit[1] != "name" and self._city_in_a_name(whole_start, end):
                continue  # "l'accord de Paris", "le Real Madrid"
            if hit or people:
                # a country, its capital, or its people acting ("les Ukrainiens ont repris…")
                mention = self._country(whole_start, end, hit[0] if hit else people)
                mention.capital = bool(hit) and hit[1] != "name"
                self.add(mention)
                continue
            if countries.is_regional_demonym(name, self.lang):
                continue
            probe = Mention(whole_start, end, "", name, "person")
            if self._portfolio(start, name):
                continue
            body = self._body_before(start) if label in ("ORG", "MISC") else None
            if body is not None:
                self._body(body, force=True)  # "ministère marocain de l'Intérieur": the portfolio names the body
                continue
            if _is_acronym(name) and end - start == 1 and self._generic_acronym(self.doc[start]):
                continue  # "un TGV sur deux", "les ONG"
            if name.lower() in self.words["state"]:
                continue  # "le président de la République": the state inside a title, not a name
            kind_noun = self._kind_before(whole_start)
            if _is_acronym(name) or kind_noun is not None:
                kind = "organization"
            elif (
                label == "PER"
                or honorific is not None
                or (self._written_like_a_name(start, end) and (self._role_after(probe) or self._role_before(probe)))
            ):
                kind = "person"
            elif label == "ORG" and not countries.is_region(name, self.lang):
                kind = "organization"
            elif label == "LOC" and self._organisation_named(name):
                kind = "organization"  # the model reads "Union africaine", "Nations unies" as places
            else:
                # other places ("l'Afrique", "le Maghreb", "le Nord"), events, works: not actors, even as
                # subjects ("l'Afrique ne reçoit que 3 %" says where, not who)
                continue
            country = self._country_in(kind_noun, whole_start) if kind_noun is not None else None
            self.add(Mention(whole_start, end, self.text(whole_start, end), name, kind, country=country))

    def _merged_entities(self) -> list[tuple[int, int, str]]:
        """NER spans, with hyphenated name parts re-attached ("Kim Jong" + "-un") and adjacent names joined."""
        doc = self.doc
        out: list[list] = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            while (
                end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text == "-" or doc[end - 1].text == "-")
            ):
                end += 1
            if (
                out
                and out[-1][1] == start
                and (
                    out[-1][2] == LABELS.get(ent.label_, ent.label_) == "PER"
                    or self._written_like_a_name(out[-1][0], end)
                )
            ):
                # "Kamala" + "Harris": one name the model cut in two
                out[-1][1] = end
                out[-1][2] = "PER" if "PER" in (out[-1][2], LABELS.get(ent.label_, ent.label_)) else out[-1][2]
            elif out and start < out[-1][1]:
                out[-1][1] = max(out[-1][1], end)
            else:
                out.append([start, end, LABELS.get(ent.label_, ent.label_)])
        return [tuple(x) for x in out]

    def _cut_before_title(self, start: int, end: int) -> int:
        """ "Pastef du Premier ministre Ousmane Sonko" read as one name: the title starts someone else's name."""
        for i in range(start + 1, end - 1):
            lower = self.doc[i].lower_
            if (lower in self.words["roles"] or lower in self.words["modifiers"]) and self.doc[i - 1].pos_ in (
                "ADP",
                "DET",
            ):
                return i
        return end

    def _trim(self, start: int, end: int) -> tuple[int, int, int | None]:
        """Drop articles, elisions and titles before a name ("L'", "le président"); keep an honorific."""
        doc, honorific = self.doc, None
        while start < end:
            token = doc[start]
            lower = token.lower_
            if lower in self.words["honorifics"]:
                honorific = start
                start += 1
                continue
            function_word = token.pos_ in ("DET", "ADP") and (token.is_stop or not token.text[:1].isupper())
            if (
                token.is_punct
                or function_word
                or lower.endswith("'")
                or lower in self.words["roles"]
                or lower in self.words["modifiers"]
            ):
                start += 1
                honorific = None
                continue
            break
        while end > start and (
            doc[end - 1].is_punct
            and doc[end - 1].text != ")"
            or doc[end - 1].lower_.endswith("'")
            or (doc[end - 1].pos_ in ("DET", "ADP") and not doc[end - 1].text[:1].isupper())  # "Starmer" tagged ADP
            or doc[end - 1].lower_ in self.words["roles"]
            or doc[end - 1].lower_ in self.words["modifiers"]
        ):
            end -= 1  # "Pastef du Premier [ministre…]": the title belongs to the next name
        if honorific is None and start > 0 and doc[start - 1].lower_ in self.words["honorifics"]:
            honorific = start - 1  # "M." left outside the entity
        elif (
            honorific is None
            and start > 1
            and doc[start - 1].lower_ in self.words["particles"]
            and doc[start - 2].lower_ in self.words["honorifics"]
        ):
            honorific = start - 2  # "M. de Villepin": the particle belongs to the name
        if honorific is not None:
            return honorific, end, honorific
        return start, end, None

    def _written_like_a_name(self, start: int, end: int) -> bool:
        """Every word capitalised, but for name particles: "Hong Sung-pyo", not "Institut coréen des affaires"."""
        for token in self.doc[start:end]:
            if not (
                token.text[:1].isupper()
                or token.text == "-"
                or token.lower_ in self.words["particles"]
                or (token.i > start and self.doc[token.i - 1].text == "-")
            ):
                return False
        return True

    def _kind_before(self, start: int) -> int | None:
        """ "le parti Pastef", "le géant chinois Huawei", "le fabricant américain de puces Nvidia": a common
        noun naming a kind of organisation comes first, maybe with adjectives and a complement."""
        for i in range(start - 1, max(start - 6, -1), -1):
            t = self.doc[i]
            if t.lower_ in self.words["kinds"]:
                return i
            demonym = countries.country_of_demonym(t.text, self.lang)  # "danois" is tagged VERB at times
            if t.text[:1].isupper() or (t.pos_ not in ("ADJ", "ADP", "NOUN") and not demonym):
                return None
        return None

    def _portfolio(self, start: int, name: str) -> bool:
        """ "ministre marocain de l'Équipement et de l'Eau": a minister's portfolio is not an organisation;
        after "secrétaire" or "chef" only a domain is ("commissaire à la Santé", not "secrétaire général
        des Nations unies")."""
        for i in range(start - 1, max(start - 6, -1), -1):
            lower = self.doc[i].lower_
            if lower in self.words["portfolio"]:
                return True
            if lower in self.words["portfolio_if_domain"]:
                return any(countries.key(name).startswith(d) for d in self.words["domains"])
            if self.doc[i].pos_ not in ("ADP", "DET", "ADJ"):
                return False
        return False

    def _body_before(self, start: int):
        """The lower-case body noun a name complements, through articles and adjectives ("du ministère
        marocain de l'Intérieur"), or None."""
        for i in range(start - 1, max(start - 5, -1), -1):
            t = self.doc[i]
            if self.lowers[i] in self.words["bodies"] and t.text.islower():
                return t
            if t.pos_ not in ("ADP", "DET", "ADJ") and not countries.country_of_demonym(t.text, self.lang):
                return None
        return None

    def _organisation_named(self, name: str) -> bool:
        """A name headed by an organisation noun ("Union africaine") or part of a known one's expansion."""
        words = _name_words(name)
        return bool(words) and (words[0] in self.words["organisation_heads"] or _known_expansion(name, self.lang))

    def unlabelled_people(self) -> None:
        """Names the model missed: capitalised words after an honorific, with a role beside them
        ("Keir Starmer, premier ministre…"), or a name already seen ("Sybiga" after "Andriï Sybiga")."""
        doc, i = self.doc, 0
        known = {w for m in self.mentions if m.kind == "person" for w in _name_words(m.name)}
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
            honorific = start > 0 and doc[start - 1].lower_ in self.words["honorifics"] and start - 1 not in self.taken
            whole = start - 1 if honorific else start
            probe = Mention(whole, i, "", self.text(start, i), "person")
            again = set(_name_words(probe.name)) <= known  # "Sybiga a ajouté" after "Andriï Sybiga"
            if honorific or again or (i - start >= 2 and (self._role_after(probe) or self._role_before(probe))):
                self.add(Mention(whole, i, self.text(whole, i), probe.name, "person"))

    def _particle_in_name(self, i: int, start: int) -> bool:
        """ "Mme von der Leyen", "Charles de Gaulle": lower-case particles inside a name, after an
        honorific or a first name and before a capitalised word."""
        if self.lowers[i] not in self.words["particles"]:
            return False
        opened = i > start or (i > 0 and self.lowers[i - 1] in self.words["honorifics"])
        j = i
        while j < len(self.lowers) and self.lowers[j] in self.words["particles"] and j - i < 3:
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
            and not _is_acronym(token.text)
            and lower not in self.words["roles"]
            and lower not in self.words["modifiers"]
            and lower not in self.words["honorifics"]
        )

    def acronyms(self) -> None:
        known = _known_acronyms(self.lang)
        for i, text in enumerate(self.texts):
            if i in self.taken or not text[:1].isupper():
                continue
            token = self.doc[i]
            numbered = token.i + 1 < len(self.doc) and self.doc[token.i + 1].like_num  # "CAC 40", "G 7"
            acronym = _is_acronym(token.text) and token.pos_ in ("PROPN", "NOUN", "X", "ADJ") and not numbered
            # outlets that write acronyms as words ("l'Otan", "l'Unicef") still name the known body
            written_as_word = countries.key(text) in known
            if (acronym or written_as_word) and not self._generic_acronym(token):
                self.add(Mention(token.i, token.i + 1, token.text, token.text, "organization"))
        for m in list(self.mentions):
            if m.kind == "organization" and _is_acronym(m.name) and m.start > 0 and self.doc[m.start - 1].text == "(":
                self._expansion_before(m)

    def _generic_acronym(self, token) -> bool:
        """ "les ONG présentes", "le PIB": an acronym used as a common noun names a kind of thing, not one body."""
        if token.text in self.words["common_acronyms"]:
            return True
        return token.i > 0 and self.doc[token.i - 1].lower_ in self.words["generic_determiners"]

    def _expansion_before(self, acronym: Mention) -> None:
        """ "le service de renseignement sud-coréen (NIS)": the common-noun phrase an acronym abbreviates;
        "le Parquet national antiterroriste (PNAT)": the name the model cut short, whole again;
        "le règlement sur les services numériques (DSA)": a text, not an organisation."""
        paren = acronym.start - 1
        head = None
        for i in range(paren - 1, max(paren - 9, -1), -1):
            t = self.doc[i]
            if t.lower_ in self.words["documents"]:
                self._drop(acronym)
                return
            named = self.taken.get(i)
            if named is not None:
                if named.kind == "organization" and not named.body and not _is_acronym(named.name):
                    self._extend(named, paren)
                return
            if t.text in STOP_PUNCT or t.pos_ in ("VERB", "AUX", "PRON"):
                break
            if t.lower_ in self.words["bodies"]:
                head = t
        if head is not None:
            self._body(head, force=True)

    def _extend(self, m: Mention, end: int) -> None:
        for i in range(m.end, end):
            self.taken[i] = m
        m.end = end
        m.text = m.name = self.text(m.start, end) if m.text == m.name else m.name + " " + self.text(m.end, end)

    def _drop(self, m: Mention) -> None:
        self.mentions.remove(m)
        for i in range(m.start, m.end):
            self.taken.pop(i, None)

    # ------------------------------------------------------------ government bodies

    def bodies(self) -> None:
        for i, lower in enumerate(self.lowers):
            if i in self.taken or (lower not in self.words["bodies"] and not self.texts[i][:1].isupper()):
                continue
            token = self.doc[i]
            if token.lower_ in self.words["bodies"] and token.dep_ in ("nsubj", "nsubj:pass"):
                self._body(token)
            elif (
                token.text[:1].isupper()
                and not _is_acronym(token.text)
                and not token.is_sent_start
                and token.i > 0
                and self.doc[token.i - 1].pos_ == "DET"
                and countries.key(token.text) in self.words["organisation_heads"]
            ):
                # "la Fondation pour le logement des défavorisés": a capitalised organisation noun starts a
                # name the model missed
                self._body(token, force=True, proper=True)

    def _body(self, head, *, force: bool = False, proper: bool = False) -> None:
        """ "le ministère des Affaires étrangères" as an organisation, up to the next name or clause."""
        doc = self.doc
        if head.i in self.taken or not (force or any(c.dep_ == "det" for c in head.children)):
            return
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
                if place.kind == "person" and place.start == end == head.i + 1 and named_by is None:
                    named_by = (
                        place  # "l'administration Trump", "le gouvernement Barnier": the body is named after its head
                    )
                    end = place.end
                break
            if t.text in STOP_PUNCT or t.text == "(" or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
                break
            end += 1
        while end > head.i + 1 and (doc[end - 1].lower_ in self.words["connectives"] or doc[end - 1].is_punct):
            end -= 1
        if named_by is not None and named_by.end > end:
            named_by = None  # trimmed off again
        if named_by is not None:
            self._drop(named_by)
        country = (
            (named_by.country if named_by else None)
            or self._country_in(head.i, end + 2)
            or self._sentence_setting(head)
        )
        if not force and country is None and not any(doc[i].text[:1].isupper() for i in range(head.i + 1, end)):
            # a bare "le gouvernement" with no country or name is too vague to be an actor
            return
        text = self.text(head.i, end)
        if proper:
            self.add(Mention(head.i, end, text, text, "organization", country=country))
            return
        self.add(
            Mention(
                head.i,
                end,
                text,
                text,
                "organization",
                key=countries.key(text) + "|" + str(country),
                country=country,
                body=True,
            )
        )

    def namings(self) -> None:
        """ "Le renseignement sud-coréen, connu sous le nom de KCIA, …": the body is that organisation, whose
        own name it describes."""
        doc = self.doc
        for m in self.mentions:
            if not m.body or m.end >= len(doc) or doc[m.end].text != ",":
                continue
            words = [countries.key(t.text).rstrip("'") or t.text for t in doc[m.end + 1 : m.end + 8]]
            words = ["de" if w == "d" else w for w in words]
            phrase = next((p for p in self.words["naming"] if tuple(words[: len(p)]) == p), None)
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
        américain"). Word order, not the parse: the small model attaches trailing adjectives anywhere."""
        for j in range(i - 1, max(i - 3, -1), -1):
            lower = self.doc[j].lower_
            if (
                lower in self.words["roles"]
                or lower in self.words["modifiers"]
                or lower in self.words["state"]
                or countries.key(lower) in self.words["organisation_heads"]
            ):
                return True
            if self.doc[j].pos_ != "ADJ":
                return False
        return False

    def _sentence_setting(self, token) -> str | None:
        """ "En France, le ministère…": the country a sentence opens on."""
        sent = token.sent
        first = sent[0] if not sent[0].is_space else sent[1] if len(sent) > 1 else sent[0]
        if first.lower_ in countries.locative_words(self.lang):
            for i in range(first.i + 1, min(first.i + 5, sent.end)):
                m = self.taken.get(i)
                if m is not None and m.kind == "country":
                    return m.country
        return None

    # ------------------------------------------------------------ roles

    def roles(self) -> None:
        for m in self.mentions:
            if m.kind == "country":
                continue
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
            role = self._role_after(m) or (self._role_before(m) if m.kind == "person" else None)
            if role:
                m.role = self.text(*role)
                m.role_span = role
                m.country = m.country or self._country_in(*role, office=True)
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
        inside_roles = {i for m in self.mentions if m.role_span for i in range(*m.role_span)}
        # "l'Aemet, l'agence météorologique espagnole": the apposition is the role, not a second actor
        self.mentions = [m for m in self.mentions if not (m.body and m.start in inside_roles)]

    def _country_of_body_named_in(self, start: int, end: int) -> str | None:
        """ "porte-parole du ministère" after "En France, le ministère des Affaires étrangères…": that body's country."""
        heads = {self.lowers[i] for i in range(start, end) if self.lowers[i] in self.words["bodies"]}
        if not heads:
            return None
        found = {m.country for m in self.mentions if m.body and m.country and self.lowers[m.start] in heads}
        return found.pop() if len(found) == 1 else None

    def _role_after(self, m: Mention) -> tuple[int, int] | None:
        """Apposition: "Andriï Sybiga, le ministre ukrainien des Affaires étrangères, …"."""
        doc = self.doc
        if m.end >= len(doc) or doc[m.end].text not in (",", "("):
            return None
        i = m.end + 1
        if i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        start = i
        while i < len(doc) and doc[i].lower_ in self.words["modifiers"]:
            i += 1
        if i >= len(doc):
            return None
        head = doc[i]
        if m.kind == "person" and head.lower_ not in self.words["roles"]:
            return None
        if m.kind != "person" and (start == m.end + 1 or head.pos_ != "NOUN" or not head.text.islower()):
            return None  # an organisation's apposition needs an article: "CNN, la chaîne américaine"
        end = self._phrase_end(i + 1, limit=14)
        if m.kind != "person" and end < len(doc) and doc[end].text not in (",", ")", ".", ";"):
            return None  # "Selon Greenpeace, l'accord reste…" is a new clause, not an apposition
        return start, end

    def _phrase_end(self, i: int, *, limit: int) -> int:
        doc = self.doc
        stop = min(len(doc), i + limit)
        while i < stop:
            t = doc[i]
            coordinated = (
                t.pos_ == "CCONJ" and i + 1 < stop and doc[i + 1].pos_ == "ADP"
            )  # "de l'Économie et des Finances"
            if (
                t.text in STOP_PUNCT
                or t.text in (")", "(")
                or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ")
                or (t.pos_ == "CCONJ" and not coordinated)
            ):
                break
            person = self.taken.get(t.i)
            if person is not None and person.kind == "person":
                break
            i += 1
        while doc[i - 1].lower_ in self.words["connectives"]:
            i -= 1
        return i

    def _role_before(self, m: Mention) -> tuple[int, int] | None:
        """A title before the name: "le Premier ministre britannique Keir Starmer", "le directeur de l'OMS, Tedros…"."""
        doc = self.doc
        end = m.start
        if end > 0 and doc[end - 1].text == ",":
            end -= 1
        lowest = max(m.start - 16, 0)  # not the parser's sentence start: it often cuts before a name
        i = end - 1
        while i >= lowest:
            t = doc[i]
            owner = self.taken.get(i)
            if (
                t.text in STOP_PUNCT
                or t.is_space
                or t.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ")
                or (owner is not None and owner.kind == "person")
            ):
                break
            i -= 1
        if end - 1 > i and (doc[end - 1].pos_ in ("ADP", "DET") or doc[end - 1].text.endswith("'")):
            return None  # "chercheur à l'Institut…": the name is the title's complement, not its holder
        window = range(i + 1, end)
        first = next((j for j in window if doc[j].lower_ in self.words["roles"]), None)
        if first is None:
            return None
        while first - 1 > i and doc[first - 1].lower_ in self.words["modifiers"]:
            first -= 1
        if end - first > 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # "directeur général de l'Organisation mondiale de la santé (OMS)": the acronym is an alias
        return first, end

    # ------------------------------------------------------------ the whole article

    def find(self) -> list[Mention]:
        ents_by_token = {i: ent for ent in self.doc.ents for i in range(ent.start, ent.end)}
        self.countries(ents_by_token)
        self.entities()
        self.unlabelled_people()
        self.acronyms()
        self.bodies()
        self.same_names_are_people()
        self.employers()
        self.roles()
        self.namings()
        return sorted(self.mentions, key=lambda m: m.start)

    def employers(self) -> None:
        """ "conseiller chez Pictet AM": what one works at is an organisation, whatever the model says."""
        for m in self.mentions:
            if (
                m.kind == "person"
                and m.start > 0
                and self.doc[m.start - 1].lower_ in self.words["employer_prepositions"]
            ):
                m.kind = "organization"

    def same_names_are_people(self) -> None:
        """The model labels one name differently in different contexts: a full name read as a person decides."""
        known = {
            w for m in self.mentions if m.kind == "person" and len(_name_words(m.name)) > 1 for w in _name_words(m.name)
        }
        for m in self.mentions:
            if (
                m.kind == "organization"
                and not _is_acronym(m.name)
                and m.key is None
                and set(_name_words(m.name)) <= known
            ):
                m.kind = "person"
        # and a one-word name the article calls an organisation ("le cimentier Lafarge") stays one
        organisations = {countries.key(m.name) for m in self.mentions if m.kind == "organization"}
        for m in self.mentions:
            if (
                m.kind == "person"
                and m.text == m.name
                and len(_name_words(m.name)) == 1
                and countries.key(m.name) in organisations
            ):
                m.kind = "organization"


# ---------------------------------------------------------------- grouping


def _initials(name: str, connectives: frozenset[str]) -> str:
    """ "Organisation mondiale de la santé" → "OMS": first letters of the words that are not connectives."""
    words = [w for w in name.replace("'", "' ").replace("-", " ").split() if w.lower() not in connectives]
    return "".join(w[0] for w in words).upper()


def _expansion_links(mentions: list[Mention], parsed: Parsed, lang: str) -> dict[int, int]:
    """Acronym mention → expansion mention: "Organisation mondiale de la santé (OMS)", known acronyms, initials."""
    doc = parsed.doc
    known = {k: countries.key(v) for k, v in _known_acronyms(lang).items()}
    connectives = _words(lang)["connectives"]
    orgs = [m for m in mentions if m.kind == "organization"]
    # full names indexed once (first mention wins), so a long text is not names × acronyms
    full = [b for b in orgs if not _is_acronym(b.name)]
    by_key: dict[str, Mention] = {}
    by_initials: dict[str, Mention] = {}
    for b in full:
        by_key.setdefault(countries.key(b.name), b)
        by_initials.setdefault(_initials(b.name, connectives), b)
    before_bracket = {b.end + 1: b for b in full if b.end < len(doc) and doc[b.end].text == "("}
    links: dict[int, int] = {}
    for a in orgs:
        short = _is_acronym(a.name) or countries.key(a.name) in known
        written_after = before_bracket.get(a.start)
        if not short and not (
            written_after is not None and a.end - a.start == 1 and a.end < len(doc) and doc[a.end].text == ")"
        ):
            continue  # an acronym, or a one-word short name in brackets: "la Réserve fédérale (Fed)"
        found = [
            b
            for b in (
                written_after,
                by_key.get(known.get(countries.key(a.name), "")),
                by_initials.get(a.name.replace(".", "")),
            )
            if b is not None and b is not a
        ]
        target = min(found, key=lambda b: b.start) if found else None
        if target is not None:
            links[id(a)] = id(target)
    by_name = {countries.key(a.name): links[id(a)] for a in orgs if id(a) in links}
    for a in orgs:  # "la Fed" later on: the same short name, the same organisation
        if id(a) not in links and countries.key(a.name) in by_name and by_name[countries.key(a.name)] != id(a):
            links[id(a)] = by_name[countries.key(a.name)]
    return links


def _organisation_keys(mentions: list[Mention], lang: str) -> None:
    """Known acronyms take their expansion as key; a seat city ("Bruxelles") becomes the organisation seated there when the article names it."""
    table = load_data("organizations").get(lang) or {}
    known = _known_acronyms(lang)
    for m in mentions:
        if m.kind == "organization" and m.key is None:
            expansion = known.get(countries.key(m.name))
            m.key = countries.key(expansion) if expansion else countries.key(m.name)
    named = {m.key for m in mentions if m.kind == "organization"}
    for m in mentions:
        seated = (table.get("seats") or {}).get(m.text) or []
        seat = next((countries.key(s) for s in seated if countries.key(s) in named), None)
        if m.kind == "country" and m.agentive and seat:
            m.kind, m.key, m.country, m.name = "organization", seat, None, m.text


def _full_name(group: list[Mention], lang: str) -> str:
    """The full name: the longest written one, or a lone acronym's known expansion."""
    named = [m.same_as.name for m in group if m.same_as is not None]
    if named:
        return named[0]  # "connu sous le nom de KCIA": the name the article says it goes by
    known = _known_acronyms(lang)
    names = [
        m.name
        for m in group
        if not _is_acronym(m.name)
        and countries.key(m.name) not in known
        and not (m.kind == "organization" and countries.lookup(m.name, lang))
    ]
    if names:
        return max(names, key=len)
    return next((known[countries.key(m.name)] for m in group if countries.key(m.name) in known), group[0].name)


def _shorter_forms(mentions: list[Mention]) -> Callable[[Mention], Mention | None]:
    """ "la Commission" after "Commission européenne": the one longer organisation name a name shortens.
    Names are compared once per distinct name, not per mention (long texts repeat them)."""
    named: dict[str | None, tuple[set[str], Mention]] = {}
    for o in mentions:
        if o.kind == "organization" and not o.body and not _is_acronym(o.name):
            named[o.key] = (set(_name_words(o.name)), o)
    answers: dict[str, Mention | None] = {}

    def shorter_form_of(m: Mention) -> Mention | None:
        if m.body or _is_acronym(m.name):
            return None
        name = countries.key(m.name)
        if name not in answers:
            words = set(name.split())
            longer = [o for other, o in named.values() if words < other]
            answers[name] = longer[0] if len(longer) == 1 else None
        return answers[name]

    return shorter_form_of


def _name_words(name: str) -> list[str]:
    return countries.key(name).split()


@cache
def _known_acronyms(lang: str) -> dict[str, str]:
    """Known acronym's key → its expansion, as the data file writes it."""
    table = (load_data("organizations").get(lang) or {}).get("acronyms") or {}
    return {countries.key(k): v for k, v in table.items()}


@cache
def _known_expansions(lang: str) -> tuple[str, ...]:
    table = (load_data("organizations").get(lang) or {}).get("acronyms") or {}
    return tuple(countries.key(v) for v in table.values())


def _known_expansion(name: str, lang: str) -> bool:
    """ "Nations unies" is part of "Organisation des Nations unies": a known organisation's name."""
    k = countries.key(name)
    return any(k == e or (" " in k and f" {k} " in f" {e} ") for e in _known_expansions(lang))


def extract_actors(parsed: Parsed, *, lang: str = "fr") -> list[Actor]:
    mentions = _Finder(parsed, lang).find()
    _organisation_keys(mentions, lang)
    links = _expansion_links(mentions, parsed, lang)
    by_id = {id(m): m for m in mentions}
    groups: dict[int, list[Mention]] = {}  # id of the group's canonical mention → its mentions

    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: (-len(_name_words(m.name)), m.start))
    for m in people:
        words = _name_words(m.name)
        owner = next(
            (
                g
                for g, ms in groups.items()
                if by_id[g].kind == "person" and set(words) <= set(_name_words(by_id[g].name))
            ),
            None,
        )
        groups.setdefault(owner if owner is not None else id(m), []).append(m)

    keyed: dict[tuple[str, str], int] = {}
    shorter_form_of = _shorter_forms(mentions)
    for m in mentions:
        if m.kind == "person":
            continue
        target = m.same_as or by_id.get(links.get(id(m)), m)
        if target is m and m.kind == "organization":
            target = shorter_form_of(m) or m
        k = (m.kind, target.key or countries.key(target.name))
        if k not in keyed:
            keyed[k] = id(target)
        groups.setdefault(keyed[k], []).append(m)

    actors = []
    for group_id, group in groups.items():
        if all(m.kind == "country" and m.capital and not m.agentive for m in group):
            continue  # "réunis à Bruxelles": a city as a place does not make its country an actor
        group.sort(key=lambda m: m.start)
        canonical = by_id[group_id]
        name = canonical.key if canonical.kind == "country" else _full_name(group, lang)
        aliases: list[str] = []
        for m in group:
            for alias in (m.text, m.name):
                if alias != name and alias not in aliases and countries.key(alias) != countries.key(name):
                    aliases.append(alias)
                    break
        role = next((m.role for m in group if m.role), None)
        country = canonical.key if canonical.kind == "country" else next((m.country for m in group if m.country), None)
        actors.append(
            Actor(
                name=name,
                type=canonical.kind,
                role=role,
                country=country,
                aliases=aliases,
                mentions=len(group),
                sentence=parsed.sentence(parsed.doc[group[0].start : group[0].end]),
                spans=[(m.start, m.end) for m in group],
                agentive=[m.agentive for m in group],
            )
        )
    actors.sort(key=lambda a: a.spans[0][0])
    return actors
