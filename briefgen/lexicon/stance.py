"""The stance lexicon (extract/stance*.py), from data/stance.yml: verbs and cue words per class, and the cue types beyond them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..data import load_data
from .tables import section, words_of


def stance_fields(lang: str) -> dict:
    """The stance lexicon (data/stance.yml): verb lemmas and cue words per class."""
    stance = section("stance", lang)
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
        "impersonal": frozenset(section("grammar", lang).get("impersonal_subjects", [])),
        "authored_sources": frozenset(section("speech_verbs", lang).get("authored_sources", [])),
        "irregular_forms": MappingProxyType(dict(section("speech_verbs", lang).get("irregular_forms") or {})),
        "institution_families": MappingProxyType(
            {
                word: frozenset(family)
                for family in section("speech_verbs", lang).get("institution_families", [])
                for word in family
            }
        ),
    }


# --- the cue types of data/stance.yml beyond verbs and words (extract/stance.py)


@dataclass(frozen=True)
class Restriction:
    """Negators that restrict or add, not deny: "ne … que", "pas seulement"."""

    additive: frozenset[str]  # "seulement": "pas seulement", "non seulement"
    ne: frozenset[str]  # "ne", "n'": the negator that "que" makes restrictive …
    only: frozenset[str]  # … "que": "nous ne demandons que le respect"
    negative_words: frozenset[str]  # "pas", "rien", "plus": "ne … pas que" denies


@dataclass(frozen=True)
class StanceWords:
    adjectives: Mapping[str, frozenset[str]]  # "concern" -> {"choqué", …}: a passive participle says a state
    predicates: Mapping[str, frozenset[str]]  # "support" -> {"bon", …}: "c'est un très bon choix"
    frames: Mapping[str, frozenset[str]]  # "call" -> {"espérer", …}: as the verb of saying only
    without: frozenset[str]  # "sans": under a negation, the condition asked for ("pas de paix sans justice")
    hoping: frozenset[str]  # "espérer": a hope that something will not happen is a concern
    identifying: frozenset[str]  # "constituer": its object is a predicate, as a copula's ("constitue un crime")
    presenting: frozenset[str]  # "s'agir": its "de" complement is a predicate ("il s'agit d'une décision historique")
    averting: frozenset[str]  # "prévenir une escalade": a harm averted is a topic
    hazards: frozenset[str]  # "risque": a concern where the danger is said to be there, not as a topic
    feelings: frozenset[str]  # "choqué": beside a noun, another party's state
    prefixes: tuple[str, ...]  # "auto-": "s'auto-congratuler" does what "congratuler" does
    modal_infinitive: frozenset[str]  # "à": "pas un problème à prendre à la légère" denies the infinitive
    complements: Mapping[str, frozenset[str]]  # "support" -> {"soutien", …}: "a réaffirmé son soutien"
    negated_verbs: Mapping[str, frozenset[str]]  # "reject" -> {"convenir", …}: "ne me convient pas"
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> ((words), class or "neutral")
    negated_predicate: Mapping[str, str]  # "ne sont pas pertinents": support -> condemn
    modals: frozenset[str]  # "ne saurait constituer une réponse": the negation of a modal scopes over its infinitive
    litotes: frozenset[str]  # "ne cache pas son inquiétude": negated, they affirm their complement
    negative_determiners: frozenset[str]  # "aucun signe d'acte criminel"
    restriction: Restriction  # "ne … que", "pas seulement": a negator that does not deny
    copulas: frozenset[str]  # "paraît sérieux"
    attributive: frozenset[str]  # "condemn": "des études insuffisantes" judges as "sont insuffisantes"
    descriptive: frozenset[str]  # … but "une chute brutale" describes
    judging_only: frozenset[str]  # of any class, words that only judge: "une atmosphère constructive"
    judging: frozenset[str]  # "a jugé « encourageants » les résultats": a predicate without a copula
    naming: frozenset[str]  # "a parlé d'un succès": a predicate by an indefinite noun
    claims: frozenset[str]  # "ces accusations sont absurdes": a judgement against a claim rejects it
    partitive_pronouns: frozenset[str]  # "l'un des jours les plus sanglants": the predicate is the noun
    collectives: frozenset[str]  # "une bonne vingtaine": a size before a collective counts, it does not judge
    own_possessives: frozenset[str]  # "vous avez mon soutien": a complement noun the speaker owns
    conditional_too: frozenset[str]  # "il faudrait"
    schedule: frozenset[str]  # "doivent reprendre lundi": a date schedules, it does not call
    saying: frozenset[str]  # "je dois vous dire que": no call
    necessity: frozenset[str]  # "il est essentiel de" calls, "cet accord est essentiel" supports
    importance: frozenset[str]  # "il est important de" calls; "un moment important" describes
    wanting: frozenset[str]  # "nous voulons des réponses": what the speaker's side wants of others is asked for
    causatives: frozenset[str]  # "faire": "on veut faire entendre …" wants others to act
    warning_verbs: frozenset[str]  # "a prévenu que"
    force: frozenset[str]  # what turns a warning into a threat: "guerre", "représailles"
    severity_nouns: frozenset[str]  # "conséquences" …
    severity_adjectives: frozenset[str]  # … "graves"
    denial_subjects: frozenset[str]  # "nous n'avons jamais"
    own_objects: frozenset[str]  # "on va nous forcer à …": the speaker's side as an object
    denial_possessives: frozenset[str]  # "son pays ne frappe pas"
    denial_sides: frozenset[str]
    emphatic: frozenset[str]  # "jamais"
    harms: frozenset[str]  # "jamais autant d'attentats": a record of harm is a concern
    records: frozenset[str]  # "jamais … autant": a comparison of a record, no denial
    assertive: frozenset[str]  # "soutient que": asserts as a verb of saying
    threat_subjects: frozenset[str]  # "on" too: "si …, on bloquera les routes"
    force_acts: frozenset[str]  # "nous riposterons": force the speaker's side announces …
    announcing: frozenset[str]  # … in the future, or under "aller", "prêt à"
    need_nouns: frozenset[str]  # "ont un besoin urgent" …
    relief: frozenset[str]  # … "d'aide humanitaire": others in need of relief, a concern
    progress: frozenset[str]  # "des progrès" …
    achieving: frozenset[str]  # … "ont été réalisés": progress made is welcomed, a support …
    scarce: frozenset[str]  # … but "peu de progrès"
    coercing: frozenset[str]  # "pour contraindre le gouvernement à …": coercion announced threatens …
    purpose_marks: frozenset[str]  # … in the future or as a purpose ("pour", "afin de")
    condition_marks: frozenset[str]  # "si"
    conditional_endings: tuple[str, ...]  # "devraient": a conditional the tagger reads as a present
    future_endings: tuple[str, ...]  # "suspendrons": the future the tagger reads as a present
    worsening: frozenset[str]  # "s'alourdir", "se dégrader": a concern when foreseen …
    progressive: tuple[str, ...]  # "en train de": a worsening under way is a concern too
    elisions: Mapping[str, str]  # "d'" -> "de": an elided word as a phrase of the table writes it
    expecting: frozenset[str]  # "s'attendre à ce que" …
    devastating: frozenset[str]  # … "soient dévastés": a harm expected is a concern
    foreseeing: frozenset[str]  # … under "pouvoir", "aller", "risquer"
    endangering: frozenset[str]  # "menacer" + a direct object endangers it: a concern
    causing: frozenset[str]  # "entraîner" …
    possibility: frozenset[str]  # … under "pouvoir", "susceptible": a harm foreseen (stance_foreseen.py)
    blamed_acts: frozenset[str]  # "violences" …
    horror: frozenset[str]  # … "inouïes": blamed (extract/stance_blame.py)
    sanctions: frozenset[str]  # "peine" …
    excess: frozenset[str]  # … "lourde", as its predicate
    hypothesis_marks: frozenset[str]  # "lorsque": a judgement in a clause of condition or time is not asserted
    adequacy_measures: frozenset[str]  # "à la hauteur": denied, blames
    adequacy_prepositions: frozenset[str]  # "à"
    adequacy: frozenset[str]  # "sérieuse": denied, blames ("ne saurait constituer une réponse sérieuse")
    party_prepositions: frozenset[str]  # "le problème avec Lactalis": a problem laid on a party blames it
    violence: frozenset[str]  # "tuer", "bombarder": an accusation …
    wrongs: frozenset[str]  # "trahir", "mentir": an accusation of whoever does them
    victims: frozenset[str]  # … when civilians are the victims: "enfants", "hôpital"
    existential: frozenset[str]  # "il n'y a pas de crise"
    partitives: frozenset[str]  # "de": the noun it opens after "il n'y a pas" is what there is none of
    problems: frozenset[str]  # … "crise", "preuve": there being none denies
    source_prepositions: frozenset[str]  # "selon Zataz, les pirates réclameraient": not Zataz's call
    agent_prepositions: frozenset[str]  # "l'appel lancé par quatre organisations": someone else's
    transitive: frozenset[str]  # "voter": only with an object
    governed: Mapping[str, frozenset[str]]  # "appeler" -> {"à"}: "appeler les secours" phones
    contractions: Mapping[str, str]  # "au" -> "à": "appel au calme" reads the phrase "appel à"
    discourse_imperatives: frozenset[str]  # "allez les Éléphants !": no appeal
    imperative_endings: tuple[str, ...]  # "ramenez": the form of an imperative the tagger missed


def stance_words(lang: str) -> StanceWords:
    """The stance cues of data/stance.yml beyond verb lemmas and words; phrases are split into words
    with their elisions written out ("sonnette d'alarme" -> sonnette, de, alarme)."""
    table = section("stance", lang)
    order = tuple(load_data("stance")["order"])
    blame, foreseen, accusation = (table.get(k) or {} for k in ("blame", "foreseen_harm", "accusation"))
    elisions = {k.lower(): v for k, v in (table.get("elisions") or {}).items()}

    def per_class(key: str) -> Mapping[str, frozenset[str]]:
        return MappingProxyType({c: words_of(table.get(c) or {}, key) for c in order})

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
    severity, denial, condition, restriction = (
        table.get(k) or {} for k in ("severity", "denial", "condition", "restriction")
    )
    return StanceWords(
        adjectives=per_class("adjectives"),
        predicates=per_class("predicates"),
        frames=per_class("frames"),
        hoping=words_of(table, "hoping"),
        without=words_of(table, "without"),
        feelings=words_of(table, "feelings"),
        prefixes=tuple(table.get("prefixes") or ()),
        hazards=words_of(table, "hazards"),
        averting=words_of(table, "averting"),
        identifying=words_of(table, "identifying"),
        presenting=words_of(table, "presenting"),
        modal_infinitive=words_of(table, "modal_infinitive"),
        complements=per_class("complements"),
        negated_verbs=per_class("negated_verbs"),
        phrases=MappingProxyType({w: tuple(p) for w, p in phrases.items()}),
        negated_predicate=MappingProxyType(dict(table.get("negated_predicate") or {})),
        litotes=words_of(table, "litotes"),
        modals=words_of(table, "modals"),
        negative_determiners=words_of(table, "negative_determiners"),
        restriction=Restriction(
            additive=words_of(restriction, "additive"),
            ne=words_of(restriction, "ne"),
            only=words_of(restriction, "only"),
            negative_words=words_of(restriction, "negative_words"),
        ),
        copulas=words_of(table, "copulas"),
        attributive=words_of(table.get("attributive") or {}, "classes"),
        descriptive=words_of(table.get("attributive") or {}, "descriptive"),
        judging_only=words_of(table.get("attributive") or {}, "judging_only"),
        judging=words_of(table, "judging"),
        naming=words_of(table, "naming"),
        claims=words_of(table, "claims"),
        partitive_pronouns=words_of(table, "partitive_pronouns"),
        collectives=frozenset(str(w).lower() for w in section("figures", lang).get("approx_nouns") or {}),
        own_possessives=words_of(table, "own_possessives"),
        conditional_too=words_of(table, "conditional_too"),
        saying=words_of(table, "saying"),
        schedule=words_of(table, "schedule") | words_of(section("grammar", lang), "calendar"),
        necessity=words_of(table, "necessity"),
        importance=words_of(table, "importance"),
        wanting=words_of(table, "wanting"),
        causatives=words_of(table, "causatives"),
        warning_verbs=words_of(warning, "verbs"),
        force=words_of(warning, "force"),
        severity_nouns=words_of(severity, "nouns"),
        severity_adjectives=words_of(severity, "adjectives"),
        denial_subjects=words_of(denial, "subjects"),
        own_objects=words_of(denial, "objects"),
        denial_possessives=words_of(denial, "possessives"),
        denial_sides=words_of(denial, "sides"),
        emphatic=words_of(denial, "emphatic"),
        records=words_of(denial, "records"),
        harms=words_of(denial, "harms"),
        assertive=words_of(table, "assertive"),
        threat_subjects=words_of(condition, "subjects"),
        force_acts=words_of(condition, "force_acts"),
        announcing=words_of(condition, "announcing"),
        need_nouns=words_of(table.get("need") or {}, "nouns"),
        relief=words_of(table.get("need") or {}, "relief"),
        progress=words_of(table.get("progress") or {}, "nouns"),
        achieving=words_of(table.get("progress") or {}, "achieving"),
        scarce=words_of(table.get("progress") or {}, "scarce"),
        coercing=words_of(condition, "coercing"),
        purpose_marks=words_of(condition, "purpose"),
        condition_marks=words_of(condition, "marks"),
        future_endings=tuple(condition.get("future_endings") or ()),
        conditional_endings=tuple(condition.get("conditional_endings") or ()),
        worsening=words_of(table.get("worsening") or {}, "verbs"),
        foreseeing=words_of(table.get("worsening") or {}, "foreseen_by"),
        expecting=words_of(table.get("worsening") or {}, "expected_by"),
        devastating=words_of(table.get("worsening") or {}, "devastating"),
        progressive=tuple((table.get("worsening") or {}).get("progressive") or ()),
        elisions=MappingProxyType(elisions),
        endangering=words_of(table, "endangering"),
        causing=words_of(foreseen, "causing"),
        possibility=words_of(foreseen, "possibility"),
        blamed_acts=words_of(blame, "acts"),
        horror=words_of(blame, "horror"),
        sanctions=words_of(blame, "sanctions"),
        excess=words_of(blame, "excess"),
        adequacy=words_of(blame, "adequacy"),
        party_prepositions=words_of(blame, "party_prepositions"),
        adequacy_measures=words_of(blame, "measures"),
        adequacy_prepositions=words_of(blame, "measure_prepositions"),
        hypothesis_marks=words_of(blame, "hypothesis"),
        violence=words_of(accusation, "violence"),
        wrongs=words_of(accusation, "wrongs"),
        victims=words_of(accusation, "victims"),
        existential=words_of(denial, "existential"),
        partitives=words_of(table, "partitives"),
        problems=words_of(denial, "problems"),
        source_prepositions=words_of(table, "source_prepositions"),
        agent_prepositions=words_of(table, "agent_prepositions"),
        transitive=words_of(table, "transitive"),
        governed=MappingProxyType({k: frozenset(v) for k, v in (table.get("governed") or {}).items()}),
        contractions=MappingProxyType({k.lower(): v for k, v in (table.get("contractions") or {}).items()}),
        discourse_imperatives=words_of(table.get("imperative") or {}, "discourse"),
        imperative_endings=tuple((table.get("imperative") or {}).get("endings") or ()),
    )
