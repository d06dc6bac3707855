"""The lexicon: every word the extraction rules read, per article language, from ``briefgen/data``.

As spaCy keeps a language's stop words and tokenizer exceptions in its language defaults, briefgen
keeps its linguistic knowledge in reviewed YAML files and builds one typed, frozen ``Lexicon`` per
language from them. A rule asks for a class of words (``lex.actors.place_prepositions``), never spells a
word. A language with no data has no lexicon: ``lexicon("de")`` raises ``UnsupportedLanguage``
rather than running French rules on German text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from .data import load_data


class UnsupportedLanguage(LookupError):
    """No reviewed word lists for this language: its extraction rules cannot run."""


@dataclass(frozen=True, eq=False)
class AboutWords:
    """The words extract/about.py reads (data/figures.yml, ``about``)."""

    complement_prepositions: frozenset[str]  # "morts du séisme", "cas en RDC"
    transitive: frozenset[str]  # "voter": only with an object
    governed: Mapping[str, frozenset[str]]  # "appeler" -> {"à"}: "appeler les secours" phones
    contractions: Mapping[str, str]  # "de le" -> "du"
    owner_preposition: str  # "voix" + "de" + "le Labour"
    unit_nouns: frozenset[str]  # "point", "euros": the figure is about something else in the clause
    light_verbs: frozenset[str]  # "faire", "obtenir": their subject owns what the object counts
    change_nouns: Mapping[str, str]  # "augmenter" -> "hausse"
    stop_words: frozenset[str]  # "selon": ends a phrase
    period_nouns: frozenset[str]  # "janvier", "mois": a complement that dates the figure
    partitive: frozenset[str]  # "de", "des": "12 % des voix", "une hausse de 3 %"
    share: str  # "part": "40 % des Transiliens" is a share of them
    anaphoric_pronouns: frozenset[str]  # "il", "elle" (grammar.yml): read from an earlier subject
    place_prepositions: frozenset[str]  # "en", "au": the article's place is written after one
    kicker_words: int  # a title's kicker ("Séisme : …") is at most this many words
    measure_nouns: frozenset[str]  # "magnitude": a measure named before its number
    auxiliaries: frozenset[str]  # "avoir", "être": the participle after them carries the meaning
    purpose_prepositions: frozenset[str]  # "300 milliards pour la défense"
    setting_prepositions: frozenset[str]  # "8,04 % en février", "17 victimes en Inde"
    level_verbs: frozenset[str]  # "atteindre": its subject is what reaches the level
    place_nouns: frozenset[str]  # "monde", "pays", "région": a place the model does not label
    level_prepositions: frozenset[str]  # "à": "estime le taux à 32 %"
    participles: Mapping[str, str]  # irregular past participles: "prendre" -> "pris"
    participle_endings: Mapping[str, str]  # "er" -> "é"
    # --- about3
    topic_markers: frozenset[str]  # "quant" (à): a noun set out as the topic a later pronoun takes up
    passive_auxiliary: str  # "être": "sont décédées" reads as the participle "décédées"
    having: str  # "ayant": "ont défilé" reads as "ayant défilé" after the noun
    predicate_tokens: int  # at most this many words of a predicate follow a counted subject
    modals: Mapping[str, str]  # "devoir" -> "devant": "devaient rouler" reads "devant rouler"
    sign_changes: Mapping[str, str]  # "+" -> "hausse": a signed value with no verb is a change
    change_heads: frozenset[str]  # "hausse", "croissance": nouns that already name a change
    bracket_tokens: int  # a value at most this many words into brackets is about the phrase before them
    circumstance_prepositions: frozenset[str]  # "dans", "lors": "dans l'attaque de deux camps" sets the scene
    source_word: str  # "selon": how a source read from a verb's subject is introduced
    source_verbs: frozenset[str]  # "estimer", "préciser": their subject gives the figure
    source_tokens: int  # at most this many words of a source
    price_verbs: frozenset[str]  # "coûter": "l'électricité coûte 72,8 % de plus" is about its price
    price_noun: str  # "prix"
    comparatives: Mapping[str, str]  # "plus" -> "hausse": "N % de plus" is a rise
    sentence_nouns: frozenset[str]  # "prison": "6 ans de prison" measure a sentence…
    sentence_head: str  # … written "peine de prison"
    sentence_agreement: tuple[str, str]  # ("Fem", "Sing"): the participle after it agrees with "peine"
    restatements: frozenset[str]  # "contre", "soit": a value set against the one before it is about the same
    function_words: frozenset[str]  # "de", "la": not counted when an about is too short to stand alone
    transparent_nouns: frozenset[str]  # "hauteur": "à hauteur de 556 milliards" measures nothing of its own
    time_units: frozenset[str]  # "jours", "ans" (figures.yml): "une trêve de quatre jours" is about the truce
    format_kickers: frozenset[str]  # "vidéo", "exclusif": a title kicker that names a format, not a story
    share_agreement: tuple[str, str]  # ("Fem", "Sing"): "part de l'objectif sécurisée" agrees with "part"
    unit_dimensions: Mapping[str, str]  # "kilos" -> "masse": "un satellite de 250 kilos" gives its mass
    definite_articles: Mapping[str, str]  # "Masc" -> "le", "elided" -> "l'": "masse du satellite"
    owning_prepositions: frozenset[str]  # "avec": "X termine 3e avec 1,66 %" gives X's value


@dataclass(frozen=True, eq=False)  # one per language (lexicon() is cached): hashed by identity
class Lexicon:
    lang: str
    # --- grammar.yml: closed-class words
    pronouns: Mapping[str, tuple[str, str]]  # "elle" -> ("Fem", "Sing")
    name_particles: frozenset[str]
    gender_cues: Mapping[str, str]  # "mme" -> "Fem"
    attribution: frozenset[str]  # "selon", "après" (of "d'après")
    complementisers: frozenset[str]
    # --- speech_verbs.yml and titles.yml: who speaks, and how
    reflexive: frozenset[str]  # listed as "s'engager": speech only with the reflexive pronoun
    reflexive_pronouns: frozenset[str]
    speech: frozenset[str]
    verb_phrase: frozenset[str]
    not_speakers: frozenset[str]
    naming: frozenset[str]
    titles: frozenset[str]
    institutions: frozenset[str]
    penalties: frozenset[str]
    heads: frozenset[str]
    title_complements: frozenset[str]
    penalty_prepositions: frozenset[str]
    expert_roles: tuple[str, ...]
    # --- figures.yml `about`: what a figure is about (extract/about.py)
    about: AboutWords
    # --- actors (titles.yml, organizations.yml, countries.yml, stopwords.yml, grammar.yml)
    actors: ActorWords
    # --- questions (questions.yml)
    questions: QuestionWords
    # --- statements, speakers, stance (extract/statements.py, speaker_*.py, attribution.py, stance.py)
    stance_verbs: Mapping[str, frozenset[str]]  # "condemn" -> {"condamner", …}
    stance_words: Mapping[str, frozenset[str]]  # "concern" -> {"inquiétude", …}
    stance_order: tuple[str, ...]  # strongest first: threaten, condemn, reject, call, concern, support
    stance_negated: Mapping[str, str]  # a negated "support" is a "reject"; a class not listed is cancelled
    stance_present_only: frozenset[str]  # "nous devons" calls, "ils devaient" narrates
    negators: frozenset[str]
    impersonal: frozenset[str]  # subjects that name nobody: "on dit que", "cela montre que"
    irregular_forms: Mapping[str, str]  # "promis" -> "promettre": forms the model leaves unlemmatised
    authored_sources: frozenset[str]  # "selon les chiffres du X": X speaks
    institution_families: Mapping[str, frozenset[str]]  # "armée" -> {"armée", "commandement", …}
    # --- stance3: the cue types of data/stance.yml beyond verbs and words (extract/stance.py)
    stance: StanceWords
    # --- speakers3: reported speech and its sources (extract/statements.py, speaker_evidence.py)
    # phrases crediting words to the nominal after them, by their last word: "selon", "d'après",
    # "aux yeux de" -> {"de": (("aux", "yeux", "de"), …)}
    source_phrases: Mapping[str, tuple[tuple[str, ...], ...]]
    described_sources: frozenset[str]  # "une source diplomatique": a person unnamed, not facts
    speech_phrases: Mapping[str, frozenset[str]]  # "faire" -> {"part", "état"}: "a fait part de"
    reflexive_phrases: frozenset[str]  # "se dire", "se féliciter": with the clitic, a verb phrase
    anaphoric_bodies: frozenset[str]  # "cet organisme", "l'institution": the body named before
    framing_sources: frozenset[str]  # "pour": a source only as "Pour X, …"


def _words(table: dict, key: str) -> frozenset[str]:
    """A data file's list, lower-cased: the words a rule compares token texts with."""
    return frozenset(str(w).lower() for w in table.get(key) or [])


def _section(name: str, lang: str) -> dict:
    table = load_data(name)
    if lang not in table:
        raise UnsupportedLanguage(f"briefgen/data/{name}.yml has no '{lang}' section")
    return table[lang] or {}


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang``, built once per process."""
    grammar = _section("grammar", lang)
    words = _section("speech_verbs", lang)

    def lemmas(key: str) -> frozenset[str]:
        return frozenset(w.removeprefix("s'").removeprefix("se ").lower() for w in words.get(key, []))

    listed = [w.lower() for key in ("speech", "verb_phrase") for w in words.get(key, [])]
    reflexive = frozenset(
        w.removeprefix("s'").removeprefix("se ") for w in listed if w.startswith(("s'", "se "))
    ) - frozenset(listed)  # a verb also listed bare ("féliciter") is speech either way
    return Lexicon(
        lang=lang,
        pronouns=MappingProxyType({w: tuple(v) for w, v in grammar["pronouns"].items()}),
        name_particles=frozenset(grammar["name_particles"]),
        gender_cues=MappingProxyType(dict(grammar["gender_cues"])),
        attribution=frozenset(grammar["attribution"]),
        complementisers=frozenset(grammar["complementisers"]),
        reflexive=reflexive,
        reflexive_pronouns=lemmas("reflexive_pronouns"),
        speech=lemmas("speech") | lemmas("verb_phrase"),
        verb_phrase=lemmas("verb_phrase"),
        not_speakers=lemmas("not_speakers"),
        naming=lemmas("naming"),
        # the actors' role words too: one reviewed list of offices ("entraîneur", "préfet"…)
        titles=lemmas("titles") | frozenset(w.lower() for w in (_section("titles", lang)).get("roles", [])),
        institutions=lemmas("institutions"),
        penalties=lemmas("penalties"),
        heads=lemmas("heads"),
        title_complements=lemmas("title_complements"),
        penalty_prepositions=lemmas("penalty_prepositions"),
        expert_roles=tuple(w.lower() for w in load_data("speech_verbs")["expert_roles"]),
        **_stance_fields(lang),
        stance=_stance_words(lang),
        about=_about_words(lang),
        actors=_actor_words(lang),
        questions=_question_words(lang),
        **_speakers3_fields(words),
    )


def _speakers3_fields(words: dict) -> dict:
    """Source phrases (data/speech_verbs.yml), as the parser's tokens: "d'après" -> ("d'", "après")."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words.get("source_phrases") or []:
        parts = tuple(re.findall(r"\w+'|\w+", str(phrase).lower().replace("\u2019", "'")))
        by_last.setdefault(parts[-1], []).append(parts)
    return {
        "source_phrases": MappingProxyType({k: tuple(v) for k, v in by_last.items()}),
        "framing_sources": frozenset(str(w).lower() for w in words.get("framing_sources") or []),
        "described_sources": frozenset(str(w).lower() for w in words.get("described_sources") or []),
        "speech_phrases": MappingProxyType(
            {
                str(v).lower(): frozenset(str(w).lower() for w in ws)
                for v, ws in (words.get("speech_phrases") or {}).items()
            }
        ),
        "reflexive_phrases": frozenset(str(w).lower() for w in words.get("reflexive_phrases") or []),
        "anaphoric_bodies": frozenset(str(w).lower() for w in words.get("anaphoric_bodies") or []),
    }


# --- figures: the words of extract/about.py, from data/figures.yml


def _about_words(lang: str) -> AboutWords:
    table = _section("figures", lang).get("about") or {}

    words = functools.partial(_words, table)
    return AboutWords(
        complement_prepositions=words("complement_prepositions"),
        transitive=_words(table, "transitive"),
        governed=MappingProxyType({k: frozenset(v) for k, v in (table.get("governed") or {}).items()}),
        contractions=MappingProxyType(dict(table.get("contractions") or {})),
        owner_preposition=str(table.get("owner_preposition") or ""),
        unit_nouns=words("unit_nouns"),
        light_verbs=words("light_verbs"),
        change_nouns=MappingProxyType({k.lower(): v for k, v in (table.get("change_nouns") or {}).items()}),
        stop_words=words("stop_words"),
        partitive=words("partitive"),
        share=str(table.get("share") or ""),
        anaphoric_pronouns=frozenset(_section("grammar", lang)["pronouns"]),
        place_prepositions=words("place_prepositions"),
        kicker_words=int(table.get("kicker_words") or 0),
        auxiliaries=words("auxiliaries"),
        purpose_prepositions=words("purpose_prepositions"),
        setting_prepositions=words("setting_prepositions"),
        level_verbs=words("level_verbs"),
        place_nouns=words("place_nouns"),
        level_prepositions=words("level_prepositions"),
        measure_nouns=frozenset(str(w).lower() for w in _section("figures", lang).get("measure_nouns") or []),
        period_nouns=words("period_nouns") | frozenset(str(w).lower() for w in _section("figures", lang)["date_words"]),
        participles=MappingProxyType(dict(table.get("participles") or {})),
        participle_endings=MappingProxyType(dict(table.get("participle_endings") or {})),
        topic_markers=words("topic_markers"),
        passive_auxiliary=str(table.get("passive_auxiliary") or ""),
        having=str(table.get("having") or ""),
        predicate_tokens=int(table.get("predicate_tokens") or 0),
        modals=MappingProxyType(dict(table.get("modals") or {})),
        sign_changes=MappingProxyType(dict(table.get("sign_changes") or {})),
        bracket_tokens=int(table.get("bracket_tokens") or 0),
        circumstance_prepositions=words("circumstance_prepositions"),
        source_word=str(table.get("source_word") or ""),
        source_verbs=words("source_verbs"),
        source_tokens=int(table.get("source_tokens") or 0),
        price_verbs=words("price_verbs"),
        price_noun=str(table.get("price_noun") or ""),
        comparatives=MappingProxyType(dict(table.get("comparatives") or {})),
        sentence_nouns=words("sentence_nouns"),
        restatements=words("restatements"),
        function_words=words("function_words"),
        transparent_nouns=words("transparent_nouns"),
        format_kickers=words("format_kickers"),
        share_agreement=tuple(str(w) for w in table.get("share_agreement") or ("", "")),
        unit_dimensions=MappingProxyType(dict(table.get("unit_dimensions") or {})),
        definite_articles=MappingProxyType(dict(table.get("definite_articles") or {})),
        owning_prepositions=words("owning_prepositions"),
        time_units=frozenset(str(w).lower() for w in _section("figures", lang).get("time_units") or []),
        sentence_head=str((table.get("sentence_head") or {}).get("noun") or ""),
        sentence_agreement=(
            str((table.get("sentence_head") or {}).get("gender") or ""),
            str((table.get("sentence_head") or {}).get("number") or ""),
        ),
        change_heads=frozenset(str(w).lower() for w in _section("figures", lang).get("change_nouns") or []),
    )


# --- actors: the words the actor passes read (briefgen/extract/actors/)


@dataclass(frozen=True, eq=False)
class ActorWords:
    """Words of titles, organizations and places, as the actor passes read them (folded where noted)."""

    roles: frozenset[str]  # "ministre", "ex-ministre", "coprésident": with the prefixes of titles.yml
    modifiers: frozenset[str]  # "ancien", "haut": before a title, part of it
    honorifics: frozenset[str]  # "m.", "mme": part of how a name is written, never a role
    particles: frozenset[str]  # "von", "de": lower-case words inside a name
    connectives: frozenset[str]  # "de", "et": never end a title, no initial in an acronym
    portfolio: frozenset[str]  # "ministre": its complement is a portfolio, not a body
    portfolio_if_domain: frozenset[str]  # "commissaire": … only when the complement is a domain
    domains: frozenset[str]  # folded: "affaires etrangeres"
    domain_words: frozenset[str]  # folded words of the domains: "affaires", "etrangeres", "defense"
    bodies: frozenset[str]  # "ministère", "gouvernement": a body named by a common noun
    state: frozenset[str]  # "régime": the state itself, with a demonym ("le régime nord-coréen")
    kinds: frozenset[str]  # "parti", "géant": a kind of organization before its name
    organization_heads: frozenset[str]  # folded: the first word of an organization's name
    common_acronyms: frozenset[str]  # "PIB": an acronym used as a common noun
    documents: frozenset[str]  # "accord", "loi": a text a city or an acronym may name
    employer_prepositions: frozenset[str]  # "chez": what one works at is an organization
    naming: tuple[tuple[str, ...], ...]  # folded: "connu sous le nom de"
    generic_determiners: frozenset[str]  # "les", "des": an acronym after them is a common noun
    place_prepositions: frozenset[str]  # "à", "en": a country after them is a place, not an agent
    dative_heads: frozenset[str]  # "liés": "liés à Pyongyang" is a partner, not a place
    months: frozenset[str]  # "janvier", "lundi": dates, never names
    participle_endings: tuple[str, ...]  # "réunis", "interrogé": a participle opening a sentence
    rubric_max_words: int  # "Santé :", "Économie :" — a short label before a colon heads a paragraph
    office_verbs: frozenset[str]  # lemmas: "diriger" — "X, qui dirige Y": the clause is X's role
    leading_roles: frozenset[str]  # "directeur": "directeur de Kiplink Finances" names an organization
    street_nouns: frozenset[str]  # "boulevard": "boulevard Maréchal Joffre" is an address, not a person
    genitives: frozenset[str]  # "de", "du": the preposition of a title's complement
    local_bodies: frozenset[str]  # "parquet", "mairie": bodies named by their seat or not at all
    place_nouns: frozenset[str]  # "frontière", "destination": a name after one is a place
    object_kinds: frozenset[str]  # "instrument", "satellite": a name after one is a thing, not an actor


def _actor_words(lang: str) -> ActorWords:
    from .textfold import fold

    titles = _section("titles", lang)
    orgs = _section("organizations", lang)
    places = _section("countries", lang)
    grammar = _section("grammar", lang)
    return ActorWords(
        # "l'ex-président", "cosecrétaire général": a former or shared office is still the office
        roles=frozenset(
            prefix + role for role in titles.get("roles") or [] for prefix in ["", *(titles.get("role_prefixes") or [])]
        ),
        # "l'ex-Premier ministre": a prefixed modifier is one too
        modifiers=frozenset(
            prefix + word
            for word in titles.get("modifiers") or []
            for prefix in ["", *(titles.get("role_prefixes") or [])]
        ),
        honorifics=frozenset(titles.get("honorifics") or []),
        particles=frozenset(titles.get("particles") or []),
        connectives=frozenset(titles.get("connectives") or []),
        portfolio=frozenset(titles.get("portfolio") or []),
        portfolio_if_domain=frozenset(titles.get("portfolio_if_domain") or []),
        domains=frozenset(fold(d) for d in titles.get("domains") or []),
        domain_words=frozenset(w for d in titles.get("domains") or [] for w in fold(d).split()),
        bodies=frozenset(orgs.get("bodies") or []),
        state=frozenset(orgs.get("state") or []),
        kinds=frozenset(orgs.get("kinds") or []),
        organization_heads=frozenset(fold(w) for group in ("bodies", "kinds", "heads") for w in orgs.get(group) or []),
        common_acronyms=frozenset(orgs.get("common_acronyms") or []),
        documents=frozenset(orgs.get("documents") or []),
        employer_prepositions=frozenset(orgs.get("employer_prepositions") or []),
        naming=tuple(tuple(fold(p).split()) for p in orgs.get("naming") or []),
        generic_determiners=frozenset(orgs.get("generic_determiners") or []),
        place_prepositions=frozenset(grammar["place_prepositions"]),
        dative_heads=frozenset(places.get("dative_heads") or []),
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
        local_bodies=frozenset(orgs.get("local_bodies") or []),
        place_nouns=frozenset(places.get("place_nouns") or []),
        object_kinds=frozenset(orgs.get("object_kinds") or []),
    )


# --- questions: the words the open-question rules read (briefgen/extract/questions.py)


@dataclass(frozen=True, eq=False)
class QuestionWords:
    """Lemmas and words that make a clause an open question (questions.yml)."""

    uncertainty_verbs: frozenset[str]  # "ignorer", "demander": a question with any interrogative clause
    reflexive_only: frozenset[str]  # "demander": only as "se demander"
    knowledge_verbs: frozenset[str]  # "savoir", "dire": a question when negated or infinitive
    question_nouns: frozenset[str]  # "question", "enjeu", "débat"
    raising_verbs: frozenset[str]  # "relancer", "poser": raise a question noun
    attention_words: frozenset[str]  # "regard", "attendre": a future free relative under them asks
    topic_prepositions: frozenset[str]  # "sur": what a question is about
    negators: frozenset[str]  # "ne", "pas"
    negative_subjects: frozenset[str]  # "nul", "personne"
    clause_words: frozenset[str]  # "si", "combien": open an interrogative clause
    free_relative: frozenset[str]  # "ce" (of "ce que", "ce qui")
    heading_words: frozenset[str]  # "comment", "faut-il": a heading that asks
    heading_max_words: int
    inversion_pronouns: frozenset[str]  # "il" of "Faut-il"


def _question_words(lang: str) -> QuestionWords:
    table = _section("questions", lang)

    words = functools.partial(_words, table)
    return QuestionWords(
        uncertainty_verbs=words("uncertainty_verbs"),
        reflexive_only=words("reflexive_only"),
        knowledge_verbs=words("knowledge_verbs"),
        question_nouns=words("question_nouns"),
        raising_verbs=words("raising_verbs"),
        attention_words=words("attention_words"),
        topic_prepositions=words("topic_prepositions"),
        negators=words("negators"),
        negative_subjects=words("negative_subjects"),
        clause_words=words("clause_words"),
        free_relative=words("free_relative"),
        heading_words=words("heading_words"),
        heading_max_words=int(table.get("heading_max_words", 0)),
        inversion_pronouns=words("inversion_pronouns"),
    )


def _stance_fields(lang: str) -> dict:
    """The stance lexicon (data/stance.yml): verb lemmas and cue words per class."""
    stance = _section("stance", lang)
    order = tuple(load_data("stance")["order"])
    return {
        "stance_verbs": MappingProxyType({c: frozenset(stance[c].get("verbs", [])) for c in order}),
        "stance_words": MappingProxyType(
            {c: frozenset(stance[c].get("nouns", [])) | frozenset(stance[c].get("adjectives", [])) for c in order}
        ),
        "stance_order": order,
        "stance_negated": MappingProxyType(dict(stance.get("negated") or {})),
        "stance_present_only": frozenset(stance.get("present_only", [])),
        "negators": frozenset(stance.get("negators", [])),
        "impersonal": frozenset(_section("grammar", lang).get("impersonal_subjects", [])),
        "authored_sources": frozenset(_section("speech_verbs", lang).get("authored_sources", [])),
        "irregular_forms": MappingProxyType(dict(_section("speech_verbs", lang).get("irregular_forms") or {})),
        "institution_families": MappingProxyType(
            {
                word: frozenset(family)
                for family in _section("speech_verbs", lang).get("institution_families", [])
                for word in family
            }
        ),
    }


# --- stance3: the cue types of data/stance.yml beyond verbs and words (extract/stance.py)


@dataclass(frozen=True)
class StanceWords:
    adjectives: Mapping[str, frozenset[str]]  # "concern" -> {"choqué", …}: a passive participle says a state
    predicates: Mapping[str, frozenset[str]]  # "support" -> {"bon", …}: "c'est un très bon choix"
    frames: Mapping[str, frozenset[str]]  # "call" -> {"espérer", …}: as the verb of saying only
    complements: Mapping[str, frozenset[str]]  # "support" -> {"soutien", …}: "a réaffirmé son soutien"
    negated_verbs: Mapping[str, frozenset[str]]  # "reject" -> {"convenir", …}: "ne me convient pas"
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> ((words), class or "neutral")
    negated_predicate: Mapping[str, str]  # "ne sont pas pertinents": support -> condemn
    litotes: frozenset[str]  # "ne cache pas son inquiétude": negated, they affirm their complement
    negative_determiners: frozenset[str]  # "aucun signe d'acte criminel"
    copulas: frozenset[str]  # "paraît sérieux"
    conditional_too: frozenset[str]  # "il faudrait"
    schedule: frozenset[str]  # "doivent reprendre lundi": a date schedules, it does not call
    saying: frozenset[str]  # "je dois vous dire que": no call
    necessity: frozenset[str]  # "il est essentiel de" calls, "cet accord est essentiel" supports
    warning_verbs: frozenset[str]  # "a prévenu que"
    force: frozenset[str]  # what turns a warning into a threat: "guerre", "représailles"
    severity_nouns: frozenset[str]  # "conséquences" …
    severity_adjectives: frozenset[str]  # … "graves"
    denial_subjects: frozenset[str]  # "nous n'avons jamais"
    denial_possessives: frozenset[str]  # "son pays ne frappe pas"
    denial_sides: frozenset[str]
    emphatic: frozenset[str]  # "jamais"
    assertive: frozenset[str]  # "soutient que": asserts as a verb of saying
    threat_subjects: frozenset[str]  # "on" too: "si …, on bloquera les routes"
    condition_marks: frozenset[str]  # "si"
    conditional_endings: tuple[str, ...]  # "devraient": a conditional the tagger reads as a present
    future_endings: tuple[str, ...]  # "suspendrons": the future the tagger reads as a present
    worsening: frozenset[str]  # "s'alourdir", "se dégrader": a concern when foreseen …
    foreseeing: frozenset[str]  # … under "pouvoir", "aller", "risquer"
    endangering: frozenset[str]  # "menacer" + a direct object endangers it: a concern
    violence: frozenset[str]  # "tuer", "bombarder": an accusation …
    victims: frozenset[str]  # … when civilians are the victims: "enfants", "hôpital"
    existential: frozenset[str]  # "il n'y a pas de crise"
    problems: frozenset[str]  # … "crise", "preuve": there being none denies
    source_prepositions: frozenset[str]  # "selon Zataz, les pirates réclameraient": not Zataz's call
    agent_prepositions: frozenset[str]  # "l'appel lancé par quatre organisations": someone else's
    transitive: frozenset[str]  # "voter": only with an object
    governed: Mapping[str, frozenset[str]]  # "appeler" -> {"à"}: "appeler les secours" phones
    contractions: Mapping[str, str]  # "au" -> "à": "appel au calme" reads the phrase "appel à"
    discourse_imperatives: frozenset[str]  # "allez les Éléphants !": no appeal
    imperative_endings: tuple[str, ...]  # "ramenez": the form of an imperative the tagger missed


def _stance_words(lang: str) -> StanceWords:
    """The stance cues of data/stance.yml beyond verb lemmas and words; phrases are split into words
    with their elisions written out ("sonnette d'alarme" -> sonnette, de, alarme)."""
    table = _section("stance", lang)
    order = tuple(load_data("stance")["order"])
    elisions = {k.lower(): v for k, v in (table.get("elisions") or {}).items()}

    def per_class(key: str) -> Mapping[str, frozenset[str]]:
        return MappingProxyType({c: _words(table.get(c) or {}, key) for c in order})

    def split(phrase: str) -> tuple[str, ...]:
        words = []
        for word in phrase.lower().split():
            elided = next((e for e in elisions if word.startswith(e) and len(word) > len(e)), None)
            words += [elisions[elided], word[len(elided) :]] if elided else [elisions.get(word, word)]
        return tuple(words)

    phrases: dict[str, list] = {}
    for cls in order:
        for phrase in (table.get(cls) or {}).get("phrases") or []:
            words = split(phrase)
            phrases.setdefault(words[0], []).append((words, cls))
    warning = table.get("warning") or {}
    for phrase in table.get("neutral_phrases") or []:
        words = split(phrase)
        phrases.setdefault(words[0], []).insert(0, (words, "neutral"))
    for phrase in warning.get("phrases") or []:
        words = split(phrase)
        phrases.setdefault(words[0], []).append((words, "warning"))
    severity, denial, condition = (table.get(k) or {} for k in ("severity", "denial", "condition"))
    return StanceWords(
        adjectives=per_class("adjectives"),
        predicates=per_class("predicates"),
        frames=per_class("frames"),
        complements=per_class("complements"),
        negated_verbs=per_class("negated_verbs"),
        phrases=MappingProxyType({w: tuple(p) for w, p in phrases.items()}),
        negated_predicate=MappingProxyType(dict(table.get("negated_predicate") or {})),
        litotes=_words(table, "litotes"),
        negative_determiners=_words(table, "negative_determiners"),
        copulas=_words(table, "copulas"),
        conditional_too=_words(table, "conditional_too"),
        saying=_words(table, "saying"),
        schedule=_words(table, "schedule") | _words(_section("grammar", lang), "calendar"),
        necessity=_words(table, "necessity"),
        warning_verbs=_words(warning, "verbs"),
        force=_words(warning, "force"),
        severity_nouns=_words(severity, "nouns"),
        severity_adjectives=_words(severity, "adjectives"),
        denial_subjects=_words(denial, "subjects"),
        denial_possessives=_words(denial, "possessives"),
        denial_sides=_words(denial, "sides"),
        emphatic=_words(denial, "emphatic"),
        assertive=_words(table, "assertive"),
        threat_subjects=_words(condition, "subjects"),
        condition_marks=_words(condition, "marks"),
        future_endings=tuple(condition.get("future_endings") or ()),
        conditional_endings=tuple(condition.get("conditional_endings") or ()),
        worsening=_words(table.get("worsening") or {}, "verbs"),
        foreseeing=_words(table.get("worsening") or {}, "foreseen_by"),
        endangering=_words(table, "endangering"),
        violence=_words(table.get("accusation") or {}, "violence"),
        victims=_words(table.get("accusation") or {}, "victims"),
        existential=_words(denial, "existential"),
        problems=_words(denial, "problems"),
        source_prepositions=_words(table, "source_prepositions"),
        agent_prepositions=_words(table, "agent_prepositions"),
        transitive=_words(table, "transitive"),
        governed=MappingProxyType({k: frozenset(v) for k, v in (table.get("governed") or {}).items()}),
        contractions=MappingProxyType({k.lower(): v for k, v in (table.get("contractions") or {}).items()}),
        discourse_imperatives=_words(table.get("imperative") or {}, "discourse"),
        imperative_endings=tuple((table.get("imperative") or {}).get("endings") or ()),
    )
