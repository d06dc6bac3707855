"""The words the actor passes read (briefgen/extract/actors/), from their data files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..data import load_data
from ..textfold import fold
from .tables import section

# --- actors: the words the actor passes read (briefgen/extract/actors/)


@dataclass(frozen=True, eq=False)
class ActorWords:
    """Words of titles, organizations and places, as the actor passes read them (folded where noted)."""

    roles: frozenset[str]  # "ministre", "ex-ministre", "coprésident": with the prefixes of titles.yml
    modifiers: frozenset[str]  # "ancien", "haut": before a title, part of it
    honorifics: frozenset[str]  # "m.", "mme": part of how a name is written, never a role
    particles: frozenset[str]  # "von", "de": lower-case words inside a name
    capital_articles: frozenset[str]  # "Le" of "Le Soir": capitalised inside a sentence, a name's
    connectives: frozenset[str]  # "de", "et": never end a title, no initial in an acronym
    portfolio: frozenset[str]  # "ministre": its complement is a portfolio, not a body
    portfolio_if_domain: frozenset[str]  # "commissaire": … only when the complement is a domain
    domains: frozenset[str]  # folded: "affaires etrangeres"
    domain_words: frozenset[str]  # folded words of the domains: "affaires", "etrangeres", "defense"
    bodies: frozenset[str]  # "ministère", "gouvernement": a body named by a common noun
    state: frozenset[str]  # "régime": the state itself, with a demonym ("le régime nord-coréen")
    kinds: frozenset[str]  # "parti", "géant": a kind of organization before its name
    organization_heads: frozenset[str]  # folded: the first word of an organization's name
    organization_tails: frozenset[str]  # folded: the last word of a company's name ("Partners", "Media")
    common_acronyms: frozenset[str]  # "PIB": an acronym used as a common noun
    documents: frozenset[str]  # "accord", "loi": a text a city or an acronym may name
    text_parts: frozenset[str]  # "article": "l'article 40 de la Constitution" names a text
    political_nuances: frozenset[str]  # folded: "divers droite", a candidate's political colour, no party
    employer_prepositions: frozenset[str]  # "chez": what one works at is an organization
    national_teams: frozenset[str]  # "équipe", "XV": "l'équipe de France" is the country's team
    media_nouns: frozenset[str]  # "réseau", "plateau": "sur le réseau social X" is where one posts; it ends a title
    media_prepositions: frozenset[str]  # "sur": the preposition of where one posts
    naming: tuple[tuple[str, ...], ...]  # folded: "connu sous le nom de"
    generic_determiners: frozenset[str]  # "les", "des": an acronym after them is a common noun
    place_prepositions: frozenset[str]  # "à", "en": a country after them is a place, not an agent
    place_verbs: frozenset[str]  # "regagner", "quitter": their direct object is a place
    dative_heads: frozenset[str]  # "liés": "liés à Pyongyang" is a partner, not a place
    between_prepositions: frozenset[str]  # "entre": "entre Israël et le Hamas" names parties, not places
    months: frozenset[str]  # "janvier", "lundi": dates, never names
    participle_endings: tuple[str, ...]  # "réunis", "interrogé": a participle opening a sentence
    rubric_max_words: int  # "Santé :", "Économie :" — a short label before a colon heads a paragraph
    office_verbs: frozenset[str]  # lemmas: "diriger" — "X, qui dirige Y": the clause is X's role
    leading_roles: frozenset[str]  # "directeur": "directeur de Kiplink Finances" names an organization
    street_nouns: frozenset[str]  # "boulevard": "boulevard Maréchal Joffre" is an address, not a person
    genitives: frozenset[str]  # "de", "du": the preposition of a title's complement
    # "du", "aux": a preposition and its article in one word (figures.yml, about.contractions); a noun
    # under one is a complement, not a subject ("le porte-parole du gouvernement a dit")
    contracted_articles: frozenset[str]
    local_bodies: frozenset[str]  # "parquet", "mairie": bodies named by their seat or not at all
    place_nouns: frozenset[str]  # "frontière", "destination": a name after one is a place
    object_kinds: frozenset[str]  # "instrument", "satellite": a name after one is a thing, not an actor
    age_units: frozenset[str]  # "ans" (figures.yml): "Dié Sokhonadu, 25 ans,": an age aside after a person's name
    diseases: frozenset[str]  # folded: "covid-19", "ebola": an illness or its virus, written like a name
    team_roles: frozenset[str]  # "entraîneur", "gardien": "entraîneur de Caen" names a club after its town
    body_prepositions: frozenset[str]  # "aux": besides genitives, what a body's name goes on with
    event_heads: frozenset[str]  # folded: "festival", "coupe": the head of an event's name

    def is_article(self, word: str) -> bool:
        """ "le", "l'": a definite article (``capital_articles``), its elision mark left out."""
        return word.lower().rstrip("'’") in self.capital_articles


def actor_words(lang: str) -> ActorWords:
    titles = section("titles", lang)
    orgs = section("organizations", lang)
    places = section("countries", lang)
    grammar = section("grammar", lang)
    return ActorWords(
        # "l'ex-président", "cosecrétaire général": a former or shared office is still the office
        roles=frozenset(
            prefix + role
            for role in [*(titles.get("roles") or []), *(titles.get("standings") or [])]
            for prefix in ["", *(titles.get("role_prefixes") or [])]
        ),
        # "l'ex-Premier ministre": a prefixed modifier is one too
        modifiers=frozenset(
            prefix + word
            for word in titles.get("modifiers") or []
            for prefix in ["", *(titles.get("role_prefixes") or [])]
        ),
        honorifics=frozenset(titles.get("honorifics") or []),
        particles=frozenset(titles.get("particles") or []),
        capital_articles=frozenset(titles.get("capital_articles") or []),
        connectives=frozenset(titles.get("connectives") or []),
        portfolio=frozenset(titles.get("portfolio") or []),
        portfolio_if_domain=frozenset(titles.get("portfolio_if_domain") or []),
        domains=frozenset(fold(d) for d in titles.get("domains") or []),
        domain_words=frozenset(w for d in titles.get("domains") or [] for w in fold(d).split()),
        bodies=frozenset(orgs.get("bodies") or []),
        state=frozenset(orgs.get("state") or []),
        kinds=frozenset(orgs.get("kinds") or []),
        organization_heads=frozenset(fold(w) for group in ("bodies", "kinds", "heads") for w in orgs.get(group) or []),
        organization_tails=frozenset(fold(w) for w in orgs.get("tails") or []),
        common_acronyms=frozenset(orgs.get("common_acronyms") or []),
        documents=frozenset(orgs.get("documents") or []),
        text_parts=frozenset(orgs.get("text_parts") or []),
        political_nuances=frozenset(fold(w) for w in orgs.get("political_nuances") or []),
        employer_prepositions=frozenset(orgs.get("employer_prepositions") or []),
        national_teams=frozenset(orgs.get("national_teams") or []),
        media_nouns=frozenset(orgs.get("media_nouns") or []),
        media_prepositions=frozenset(orgs.get("media_prepositions") or []),
        naming=tuple(tuple(fold(p).split()) for p in orgs.get("naming") or []),
        generic_determiners=frozenset(orgs.get("generic_determiners") or []),
        place_prepositions=frozenset(grammar["place_prepositions"]),
        place_verbs=frozenset(grammar.get("place_verbs") or []),
        dative_heads=frozenset(places.get("dative_heads") or []),
        between_prepositions=frozenset(places.get("between_prepositions") or []),
        # an English tweet's date ("February 7, 2021") inside a French article is a date all the same
        months=frozenset(
            w.lower() for table in load_data("grammar").values() for w in (table or {}).get("calendar") or []
        ),
        participle_endings=tuple(grammar.get("participle_endings") or ()),
        rubric_max_words=int(grammar.get("rubric_max_words", 3)),
        office_verbs=frozenset(titles.get("office_verbs") or []),
        leading_roles=frozenset(titles.get("leading_roles") or []),
        street_nouns=frozenset(places.get("street_nouns") or []),
        genitives=frozenset(titles.get("genitives") or []),
        contracted_articles=frozenset(
            ((section("figures", lang).get("about") or {}).get("contractions") or {}).values()
        ),
        local_bodies=frozenset(orgs.get("local_bodies") or []),
        place_nouns=frozenset(places.get("place_nouns") or []),
        object_kinds=frozenset(orgs.get("object_kinds") or []),
        age_units=frozenset(section("figures", lang).get("age_units") or []),
        diseases=frozenset(fold(w) for w in orgs.get("diseases") or []),
        team_roles=frozenset(orgs.get("team_roles") or []),
        body_prepositions=frozenset(orgs.get("body_prepositions") or []),
        event_heads=frozenset(fold(w) for w in orgs.get("event_heads") or []),
    )


# --- roles: words the role passes read apart (briefgen/extract/actors/roles.py, descriptions.py)


@cache
def other_words(lang: str) -> frozenset[str]:
    """ "autre": opens an apposition with no article ("X, autre ancienne ministre,") and is no part of the
    title (titles.yml ``others``)."""
    return frozenset(section("titles", lang).get("others") or [])


@cache
def standing_words(lang: str) -> frozenset[str]:
    """ "suspect", "victime", "mère": a standing or a kinship, a role beside a name, but no office a title
    with no name can stand for (titles.yml ``standings``)."""
    return frozenset(section("titles", lang).get("standings") or [])


@cache
def person_relations(lang: str) -> frozenset[str]:
    """ "épouse", "avocat": what one person is to another (titles.yml ``person_relations``)."""
    return frozenset(section("titles", lang).get("person_relations") or [])


@cache
def organization_relations(lang: str) -> frozenset[str]:
    """ "filiale", "concurrent": what one organization is to another (titles.yml ``organization_relations``)."""
    return frozenset(section("titles", lang).get("organization_relations") or [])


@cache
def organization_nouns(lang: str) -> frozenset[str]:
    """ "institution", "électricien": nouns that restate an organization (titles.yml ``organization_nouns``)."""
    return frozenset(section("titles", lang).get("organization_nouns") or [])


@cache
def generic_body_nouns(lang: str) -> frozenset[str]:
    """ "organisation", "institution": nouns that restate any organization (titles.yml ``generic_body_nouns``)."""
    return frozenset(section("titles", lang).get("generic_body_nouns") or [])


@cache
def member_nouns(lang: str) -> frozenset[str]:
    """ "gendarmes", "paramilitaires": the members an armed, security or militant body is made of
    (titles.yml ``member_nouns``)."""
    return frozenset(section("titles", lang).get("member_nouns") or [])


@cache
def membership_nouns(lang: str) -> frozenset[str]:
    """ "membres": a group named as members of a body speaks as that body (titles.yml ``membership_nouns``)."""
    return frozenset(section("titles", lang).get("membership_nouns") or [])


@cache
def title_participles(lang: str) -> frozenset[str]:
    """ "chargé": a participle continuing a title with its complement (titles.yml ``title_participles``)."""
    return frozenset(section("titles", lang).get("title_participles") or [])


@cache
def honorific_roles(lang: str) -> dict[str, str]:
    """ "me" → "avocat": honorifics that say the office (titles.yml ``honorific_roles``)."""
    return dict(section("titles", lang).get("honorific_roles") or {})


@cache
def appointment_verbs(lang: str) -> frozenset[str]:
    """ "nommer", "devenir": verbs of becoming an office holder (titles.yml ``appointment_verbs``)."""
    return frozenset(section("titles", lang).get("appointment_verbs") or [])
