"""The lexicon: every word the extraction rules read, per article language, from ``briefgen/data``.

As spaCy keeps a language's stop words and tokenizer exceptions in its language defaults, briefgen
keeps its linguistic knowledge in reviewed YAML files and builds one typed, frozen ``Lexicon`` per
language from them. A rule asks for a class of words (``lex.place_prepositions``), never spells a
word. A language with no data has no lexicon: ``lexicon("de")`` raises ``UnsupportedLanguage``
rather than running French rules on German text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from .data import load_data


class UnsupportedLanguage(LookupError):
    """No reviewed word lists for this language: its extraction rules cannot run."""


@dataclass(frozen=True, eq=False)  # one per language (lexicon() is cached): hashed by identity
class Lexicon:
    lang: str
    # --- grammar.yml: closed-class words
    pronouns: Mapping[str, tuple[str, str]]  # "elle" -> ("Fem", "Sing")
    place_prepositions: frozenset[str]
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
        place_prepositions=frozenset(grammar["place_prepositions"]),
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
    )


def _stance_fields(lang: str) -> dict:
    """The stance lexicon (data/stance.yml): verb lemmas and cue words per class."""
    stance = _section("stance", lang)
    order = tuple(load_data("stance")["order"])
    return {
        "stance_verbs": MappingProxyType({c: frozenset(stance[c].get("verbs", [])) for c in order}),
        "stance_words": MappingProxyType({c: frozenset(stance[c].get("words", [])) for c in order}),
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
