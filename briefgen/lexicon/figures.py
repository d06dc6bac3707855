"""The words of the figure rules (extract/figures.py, about.py…), from data/figures.yml."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .tables import section, words_of


@dataclass(frozen=True, eq=False)
class AboutWords:
    """The words extract/about.py reads (data/figures.yml, ``about``)."""

    lang: str  # the language these words are of: the lemmatizer's common words are asked in it
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
    period_determiners: frozenset[str]  # "chaque", "cette": "chaque année" dates it with no preposition
    partitive: frozenset[str]  # "de", "des": "12 % des voix", "une hausse de 3 %"
    share: str  # "part": "40 % des Transiliens" is a share of them
    anaphoric_pronouns: frozenset[str]  # "il", "elle" (grammar.yml): read from an earlier subject
    place_prepositions: frozenset[str]  # "en", "au": the article's place is written after one
    kicker_words: int  # a title's kicker ("Séisme : …") is at most this many words
    short_kicker_words: int  # a kicker this short ("Louvigné :") is completed by the event its title names
    story_words: int  # an about this short gets the title's story even when it names someone
    context_words: int  # a phrase of at most this many content words gets its sentence's context
    context_pieces: int  # … of at most this many pieces
    measure_nouns: frozenset[str]  # "magnitude": a measure named before its number
    auxiliaries: frozenset[str]  # "avoir", "être": the participle after them carries the meaning
    purpose_prepositions: frozenset[str]  # "300 milliards pour la défense"
    setting_prepositions: frozenset[str]  # "8,04 % en février", "17 victimes en Inde"
    level_verbs: frozenset[str]  # "atteindre": its subject is what reaches the level
    domain_preposition: str  # "en": "3 milliards en recettes" is an amount of receipts
    share_verbs: frozenset[str]  # "représenter": "le tourisme représente 8 % du PIB" is the tourism's share of it
    whole_preposition: str  # "dans": "part du tourisme dans le PIB"
    place_nouns: frozenset[str]  # "monde", "pays", "région": a place the model does not label
    level_prepositions: frozenset[str]  # "à": "estime le taux à 32 %"
    participles: Mapping[str, str]  # irregular past participles: "prendre" -> "pris"
    participle_endings: Mapping[str, str]  # "er" -> "é"
    # the predicate and change readings (about_nouns.py, about_context.py)
    topic_markers: frozenset[str]  # "quant" (à): a noun set out as the topic a later pronoun takes up
    passive_auxiliary: str  # "être": "sont décédées" reads as the participle "décédées"
    having: str  # "ayant": "ont défilé" reads as "ayant défilé" after the noun
    partitive_relatives: frozenset[str]  # "dont": "les naufragés, dont six enfants" counts a part of them
    among_preposition: str  # "parmi": "enfants parmi les naufragés"
    predicate_tokens: int  # at most this many words of a predicate follow a counted subject
    modals: Mapping[str, str]  # "devoir" -> "devant": "devaient rouler" reads "devant rouler"
    sign_changes: Mapping[str, str]  # "+" -> "hausse": a signed value with no verb is a change
    change_heads: frozenset[str]  # "hausse", "croissance": nouns that already name a change
    bracket_tokens: int  # a value at most this many words into brackets is about the phrase before them
    rate_nouns: frozenset[str]  # "taux", "part": a rate an enumeration of places gives place by place
    argument_prepositions: frozenset[str]  # "sur", "à": "tirées sur les hôpitaux" keeps the verb's argument
    locution_nouns: frozenset[str]  # "total", "suite": "au total", "à la suite de" are no argument
    circumstance_prepositions: frozenset[str]  # "dans", "lors": "dans l'attaque de deux camps" sets the scene
    purpose_marks: frozenset[str]  # "pour", "afin": "mobilisés pour arrêter le meurtrier" says what the action is for
    place_relatives: frozenset[str]  # "où": "dans les zones où 139 000 locaux…" sets the figure in the zones
    verb_locutions: Mapping[str, Mapping[str, tuple[str, str]]]  # "mettre" + "main" → ("saisir", "sur")
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
    time_units: frozenset[str]  # "jours", "ans" (figures.yml): "une trêve de quatre jours" is about the truce…
    action_amount_nouns: frozenset[str]  # "hauteur": "financé à hauteur de 556 milliards" is the financing
    time_dimension: str  # … its length: "durée de la trêve"
    age_dimension: str  # "âge": a count of years measuring a person ("un policier de 26 ans" → "âge du policier")
    age_units: frozenset[str]  # "ans": the units of an age
    person_nouns: frozenset[str]  # "homme", "policier", "épouse": nouns of a person, whose years are an age
    time_agreement: tuple[str, str]  # ("Fem", "Sing"): "durée exigée par la Cédéao" agrees with "durée"
    money_head: str  # "somme": a sum of money reads "somme détournée", not "euros détournés"
    money_agreement: tuple[str, str]  # ("Fem", "Sing"): the participle after it agrees with "somme"
    currency_nouns: frozenset[str]  # "euros", "fcfa": the units of a sum of money
    impersonal_verbs: Mapping[str, str]  # "manquer" -> "manquant": "il manque 300 enseignants"
    impersonal_subjects: frozenset[str]  # "il": the subject of an impersonal verb
    elapsed_prepositions: frozenset[str]  # "après", "avant": "seize mois après les élections" is the time since them
    set_period_prepositions: frozenset[str]  # "pour": "l'état d'urgence pour 30 jours" is the state's length
    format_kickers: frozenset[str]  # "vidéo", "exclusif": a title kicker that names a format, not a story
    share_agreement: tuple[str, str]  # ("Fem", "Sing"): "part de l'objectif sécurisée" agrees with "part"
    unit_dimensions: Mapping[str, str]  # "kilos" -> "masse": "un satellite de 250 kilos" gives its mass
    size_dimensions: Mapping[str, str]  # "habitants" -> "population": "une ville de 20 000 habitants" gives its size
    having_verbs: frozenset[str]  # "compter": "Goma compte 300 000 habitants" gives the size of Goma
    definite_articles: Mapping[str, str]  # "Masc" -> "le", "elided" -> "l'": "masse du satellite"
    owning_prepositions: frozenset[str]  # "avec": "X termine 3e avec 1,66 %" gives X's value
    period_prepositions: frozenset[str]  # "en", "sur", "au": a title's period "en janvier", "sur 2022"
    country_prepositions: Mapping[str, object]  # "aux" -> [États-Unis, …], "feminine" -> "en": "en Belgique"
    source_locutions: Mapping[str, frozenset[str]]  # "faire" -> {"état"}: "faire état de" gives a figure
    copulas: frozenset[str]  # "rester": "restent inscrites" says of its subject "inscrites"
    vote_nouns: frozenset[str]  # "voix": "adopté par 349 voix" counts votes for the subject
    abstention_nouns: frozenset[str]  # "abstentions": counted beside the votes, "abstentions sur le texte"
    abstention_preposition: str
    vote_verbs: Mapping[str, frozenset[str]]  # "pour" -> {adopter, …}, "contre" -> {rejeter, …}
    agent_preposition: str  # "par": "postes supprimés par Renault"
    action_nouns: Mapping[str, str]  # "suppression" -> "supprimer": "postes supprimés"
    negations: frozenset[str]  # "ne", "n'": a negated predicate ("ne seront pas jugés")…
    negative: str  # … reads "non jugés"
    negated_having: str  # "n'ayant": "n'ont pas défilé" → "n'ayant pas défilé"
    negative_adverbs: frozenset[str]  # "pas", "jamais": the second word of a negation, kept
    present_participle: str  # "ant": ", faisant 110 000 morts" opens an adjunct of the main clause
    present_participle_endings: Mapping[str, str]  # "er" -> "ant": "dorment" in the present reads "dormant"
    present_participles: Mapping[str, str]  # "faire" -> "faisant": irregular present participles
    imperfect_endings: frozenset[str]  # "aient", "ait": a verb with one is not in the present


# --- figures: the words of extract/about.py, from data/figures.yml


def about_words(lang: str) -> AboutWords:
    table = section("figures", lang).get("about") or {}

    words = functools.partial(words_of, table)
    return AboutWords(
        lang=lang,
        complement_prepositions=words("complement_prepositions"),
        transitive=words_of(table, "transitive"),
        governed=MappingProxyType({k: frozenset(v) for k, v in (table.get("governed") or {}).items()}),
        contractions=MappingProxyType(dict(table.get("contractions") or {})),
        owner_preposition=str(table.get("owner_preposition") or ""),
        # the symbols a figure's `what` may be ("11 Go", "900 MW") are units too: "11 Go de contenus" is about the contents
        unit_nouns=words("unit_nouns")
        | frozenset(str(w).lower() for w in section("figures", lang).get("unit_symbols") or []),
        light_verbs=words("light_verbs"),
        change_nouns=MappingProxyType({k.lower(): v for k, v in (table.get("change_nouns") or {}).items()}),
        stop_words=words("stop_words"),
        partitive=words("partitive"),
        share=str(table.get("share") or ""),
        anaphoric_pronouns=frozenset(section("grammar", lang)["pronouns"]),
        place_prepositions=words("place_prepositions"),
        kicker_words=int(table.get("kicker_words") or 0),
        short_kicker_words=int(table.get("short_kicker_words") or 0),
        story_words=int(table.get("story_words") or 0),
        context_words=int(table.get("context_words") or 0),
        context_pieces=int(table.get("context_pieces") or 0),
        auxiliaries=words("auxiliaries"),
        purpose_prepositions=words("purpose_prepositions"),
        setting_prepositions=words("setting_prepositions"),
        level_verbs=words("level_verbs"),
        share_verbs=words("share_verbs"),
        domain_preposition=str(table.get("domain_preposition") or ""),
        whole_preposition=str(table.get("whole_preposition") or ""),
        place_nouns=words("place_nouns"),
        level_prepositions=words("level_prepositions"),
        measure_nouns=frozenset(str(w).lower() for w in section("figures", lang).get("measure_nouns") or []),
        period_determiners=words("period_determiners"),
        period_nouns=words("period_nouns") | frozenset(str(w).lower() for w in section("figures", lang)["date_words"]),
        participles=MappingProxyType(dict(table.get("participles") or {})),
        participle_endings=MappingProxyType(dict(table.get("participle_endings") or {})),
        topic_markers=words("topic_markers"),
        passive_auxiliary=str(table.get("passive_auxiliary") or ""),
        having=str(table.get("having") or ""),
        partitive_relatives=words("partitive_relatives"),
        among_preposition=str(table.get("among_preposition") or ""),
        predicate_tokens=int(table.get("predicate_tokens") or 0),
        modals=MappingProxyType(dict(table.get("modals") or {})),
        sign_changes=MappingProxyType(dict(table.get("sign_changes") or {})),
        bracket_tokens=int(table.get("bracket_tokens") or 0),
        rate_nouns=words("rate_nouns"),
        circumstance_prepositions=words("circumstance_prepositions"),
        purpose_marks=words("purpose_marks"),
        place_relatives=words("place_relatives"),
        verb_locutions=MappingProxyType(
            {
                verb: MappingProxyType({obj: (str(pair[0]), str(pair[1])) for obj, pair in objects.items()})
                for verb, objects in (table.get("verb_locutions") or {}).items()
            }
        ),
        argument_prepositions=words("argument_prepositions"),
        locution_nouns=words("locution_nouns"),
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
        size_dimensions=MappingProxyType(dict(table.get("size_dimensions") or {})),
        having_verbs=words("having_verbs"),
        definite_articles=MappingProxyType(dict(table.get("definite_articles") or {})),
        owning_prepositions=words("owning_prepositions"),
        period_prepositions=words("period_prepositions"),
        country_prepositions=MappingProxyType(
            {
                str(k): (v if isinstance(v, str) else frozenset(v))
                for k, v in (table.get("country_prepositions") or {}).items()
            }
        ),
        copulas=words("copulas"),
        source_locutions=MappingProxyType(
            {str(k): frozenset(str(w) for w in v) for k, v in (table.get("source_locutions") or {}).items()}
        ),
        vote_nouns=words("vote_nouns"),
        abstention_nouns=words("abstention_nouns"),
        abstention_preposition=str(table.get("abstention_preposition") or ""),
        vote_verbs=MappingProxyType({str(k): frozenset(v) for k, v in (table.get("vote_verbs") or {}).items()}),
        agent_preposition=str(table.get("agent_preposition") or ""),
        action_nouns=MappingProxyType({str(k).lower(): str(v) for k, v in (table.get("action_nouns") or {}).items()}),
        negations=words("negations"),
        negative=str(table.get("negative") or ""),
        negated_having=str(table.get("negated_having") or ""),
        negative_adverbs=words("negative_adverbs"),
        action_amount_nouns=words("action_amount_nouns"),
        time_dimension=str(table.get("time_dimension") or ""),
        age_dimension=str(table.get("age_dimension") or ""),
        age_units=frozenset(str(w).lower() for w in section("figures", lang).get("age_units") or []),
        person_nouns=frozenset(
            str(w).lower()
            for key, name in (("age_nouns", "figures"), ("roles", "titles"), ("person_relations", "titles"))
            for w in section(name, lang).get(key) or []
        ),
        time_agreement=tuple(str(w) for w in table.get("time_dimension_agreement") or ("", "")),
        money_head=str((table.get("money_head") or {}).get("noun") or ""),
        money_agreement=(
            str((table.get("money_head") or {}).get("gender") or ""),
            str((table.get("money_head") or {}).get("number") or ""),
        ),
        currency_nouns=words("currency_nouns"),
        impersonal_verbs=MappingProxyType(dict(table.get("impersonal_verbs") or {})),
        impersonal_subjects=words("impersonal_subjects"),
        elapsed_prepositions=frozenset(
            str(w).lower() for w in section("figures", lang).get("elapsed_prepositions") or []
        ),
        set_period_prepositions=frozenset(
            str(w).lower() for w in section("figures", lang).get("set_period_prepositions") or []
        ),
        present_participle=str(table.get("present_participle") or "\0"),
        present_participle_endings=MappingProxyType(dict(table.get("present_participle_endings") or {})),
        present_participles=MappingProxyType(dict(table.get("present_participles") or {})),
        imperfect_endings=frozenset(str(w) for w in section("figures", lang).get("conditional_endings") or []),
        time_units=frozenset(str(w).lower() for w in section("figures", lang).get("time_units") or []),
        sentence_head=str((table.get("sentence_head") or {}).get("noun") or ""),
        sentence_agreement=(
            str((table.get("sentence_head") or {}).get("gender") or ""),
            str((table.get("sentence_head") or {}).get("number") or ""),
        ),
        change_heads=frozenset(str(w).lower() for w in section("figures", lang).get("change_nouns") or []),
    )
