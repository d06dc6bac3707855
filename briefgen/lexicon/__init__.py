"""The lexicon: every word the extraction rules read, per article language, from ``briefgen/data``.

As spaCy keeps a language's stop words and tokenizer exceptions in its language defaults, briefgen
keeps its linguistic knowledge in reviewed YAML files and builds one typed, frozen ``Lexicon`` per
language from them. A rule asks for a class of words (``lex.actors.place_prepositions``), never spells a
word. A language with no data has no lexicon: ``lexicon("de")`` raises ``UnsupportedLanguage``
rather than running French rules on German text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from types import MappingProxyType

from ..data import load_data
from .actors import ActorWords, actor_words
from .figures import AboutWords, about_words
from .questions import QuestionWords, question_words
from .stance import StanceWords, stance_fields, stance_words
from .tables import UnsupportedLanguage, section

__all__ = ["AboutWords", "ActorWords", "Lexicon", "QuestionWords", "StanceWords", "UnsupportedLanguage", "lexicon"]


@dataclass(frozen=True, eq=False)  # one per language (lexicon() is cached): hashed by identity
class Lexicon:
    lang: str
    # --- grammar.yml: closed-class words
    pronouns: Mapping[str, tuple[str, str]]  # "elle" -> ("Fem", "Sing")
    name_particles: frozenset[str]
    first_person: frozenset[str]  # "je", "mes": words a speaker says of themself
    defined_pronouns: frozenset[str]  # "celui": a relative clause defines it ("celui qui doit lui succéder")
    gender_cues: Mapping[str, str]  # "mme" -> "Fem"
    attribution: frozenset[str]  # "selon", "après" (of "d'après")
    complementisers: frozenset[str]
    additive_conjunctions: tuple[tuple[str, ...], ...]  # "ainsi que": a phrase goes on after a comma
    verb_coordinators: frozenset[str]  # "a dénoncé … et exprimé …": two verbs of one subject
    gerund_markers: frozenset[str]  # "en soulignant", "tout en appelant"
    example_markers: frozenset[str]  # "des pays tels que …": examples follow
    first_group_present: tuple[str, ...]  # "ajout-e": a present of an -er verb, never a participle
    time_nouns: frozenset[str]  # "ce vendredi", "mardi soir": a time phrase with no preposition (with the calendar)
    comparative_frames: tuple[tuple[str, ...], ...]  # "comme l'a rappelé X, …": a frame of saying
    # --- speech_verbs.yml and titles.yml: who speaks, and how
    reflexive: frozenset[str]  # listed as "s'engager": speech only with the reflexive pronoun
    reflexive_pronouns: frozenset[str]
    reflexive_not_speech: frozenset[str]  # "se qualifier", "se rappeler": no speech in the pronominal form
    speech: frozenset[str]
    speech_nouns: frozenset[str]  # "ses réquisitions : …", "l'annonce du ministre : …"
    judgement_verbs: frozenset[str]  # "juge la réforme indispensable": with an attribute
    attribute_markers: frozenset[str]  # "considère X comme …", "tient X pour …"
    judged_by_agent: frozenset[str]  # "présenté comme « … » par X": the agent's judgement
    support_verbs: frozenset[str]  # "a lancé un appel à …", "a émis des réserves": lemmas
    support_objects: frozenset[str]  # their objects, nouns of a speech act: forms
    support_bare_objects: frozenset[str]  # those said without a determiner ("rendre hommage")
    verb_phrase: frozenset[str]
    not_speakers: frozenset[str]
    naming: frozenset[str]
    titles: frozenset[str]
    institutions: frozenset[str]
    penalties: frozenset[str]
    charges: frozenset[str]  # "mis en examen pour « … »": the quotation names the charge
    heads: frozenset[str]
    former: frozenset[str]  # "ancien ministre" is no longer "le ministre"
    title_complements: frozenset[str]
    narrator_possessives: frozenset[str]  # "à notre micro": the outlet's complement, not the speaker's
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
    # "chef du gouvernement" -> ("premier ministre", …): names of one office, as lower-case word tuples
    office_synonyms: Mapping[tuple[str, ...], tuple[tuple[str, ...], ...]]
    national_titles: Mapping[str, str]  # "président" (+ "français") -> "président de la république"
    # --- the cue types of data/stance.yml beyond verbs and words (extract/stance.py)
    stance: StanceWords
    # --- reported speech and its sources (extract/statements.py, speaker_evidence.py)
    # phrases crediting words to the nominal after them, by their last word: "selon", "d'après",
    # "aux yeux de" -> {"de": (("aux", "yeux", "de"), …)}
    source_phrases: Mapping[str, tuple[tuple[str, ...], ...]]
    described_sources: frozenset[str]  # "une source diplomatique": a person unnamed, not facts
    speech_phrases: Mapping[str, frozenset[str]]  # "faire" -> {"part", "état"}: "a fait part de"
    reflexive_phrases: frozenset[str]  # "se dire", "se féliciter": with the clitic, a verb phrase
    firm_organs: frozenset[str]  # "a annoncé la direction": the firm the headline names
    epithet_bodies: frozenset[str]  # "le gendarme des télécoms": a press epithet of the body named before
    anaphoric_bodies: frozenset[str]  # "cet organisme", "l'institution": the body named before
    learning_verbs: frozenset[str]  # "a-t-on appris auprès de X": X is the source
    framing_sources: frozenset[str]  # "pour": a source only as "Pour X, …"

    @cached_property
    def saying(self) -> frozenset[str]:
        """The verbs of saying and the verbs of speech phrases ("parler" of "parle d'une chute"): the
        infinitives a form the lemmatizer missed is read as (extract/speech.py)."""
        return self.speech | frozenset(self.speech_phrases)


def office_words(name: str) -> tuple[str, ...]:
    """An office's name as the parser's lower-case words: "chef de l'État" -> ("chef", "de", "l'", "état")."""
    return tuple(str(name).lower().replace("’", "'").replace("'", "' ").split())


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang``, built once per process."""
    grammar = section("grammar", lang)
    words = section("speech_verbs", lang)

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
        first_person=frozenset(w.lower() for w in grammar.get("first_person") or ()),
        defined_pronouns=frozenset(w.lower() for w in grammar.get("defined_pronouns") or ()),
        gender_cues=MappingProxyType(dict(grammar["gender_cues"])),
        attribution=frozenset(grammar["attribution"]),
        complementisers=frozenset(grammar["complementisers"]),
        additive_conjunctions=tuple(tuple(w.split()) for w in grammar.get("additive_conjunctions") or ()),
        verb_coordinators=frozenset(w.lower() for w in grammar.get("verb_coordinators") or ()),
        gerund_markers=frozenset(w.lower() for w in grammar.get("gerund_markers") or ()),
        example_markers=frozenset(w.lower() for w in grammar.get("example_markers") or ()),
        first_group_present=tuple(str(w).lower() for w in grammar.get("first_group_present") or ()),
        time_nouns=frozenset(w.lower() for key in ("time_nouns", "calendar") for w in grammar.get(key) or ()),
        comparative_frames=tuple(tuple(w.split()) for w in grammar.get("comparative_frames") or ()),
        reflexive=reflexive,
        # read as written: lemmas() strips a leading "s'", which would leave "s'" itself empty
        reflexive_pronouns=frozenset(str(w).lower() for w in words.get("reflexive_pronouns") or []),
        reflexive_not_speech=lemmas("reflexive_not_speech"),
        speech=lemmas("speech") | lemmas("verb_phrase"),
        verb_phrase=lemmas("verb_phrase"),
        speech_nouns=lemmas("speech_nouns"),
        support_verbs=lemmas("support_verbs"),
        judgement_verbs=lemmas("judgement_verbs"),
        attribute_markers=lemmas("attribute_markers"),
        judged_by_agent=lemmas("judged_by_agent"),
        support_objects=lemmas("support_objects"),
        support_bare_objects=lemmas("support_bare_objects"),
        not_speakers=lemmas("not_speakers"),
        naming=lemmas("naming"),
        # the actors' role words too: one reviewed list of offices ("entraîneur", "préfet"…)
        titles=lemmas("titles") | frozenset(w.lower() for w in (section("titles", lang)).get("roles", [])),
        institutions=lemmas("institutions"),
        penalties=lemmas("penalties"),
        charges=lemmas("charges"),
        heads=lemmas("heads"),
        former=lemmas("former"),
        title_complements=lemmas("title_complements"),
        narrator_possessives=lemmas("narrator_possessives"),
        penalty_prepositions=lemmas("penalty_prepositions"),
        expert_roles=tuple(w.lower() for w in load_data("speech_verbs")["expert_roles"]),
        **stance_fields(lang),
        stance=stance_words(lang),
        about=about_words(lang),
        actors=actor_words(lang),
        questions=question_words(lang),
        **_source_fields(words),
    )


def _source_fields(words: dict) -> dict:
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
        "national_titles": MappingProxyType(
            {str(k).lower(): str(v).lower() for k, v in (words.get("national_titles") or {}).items()}
        ),
        "office_synonyms": MappingProxyType(
            {
                office_words(name): tuple(office_words(other) for other in family if other != name)
                for family in words.get("office_synonyms") or []
                for name in family
            }
        ),
        "anaphoric_bodies": frozenset(str(w).lower() for w in words.get("anaphoric_bodies") or []),
        "learning_verbs": frozenset(str(w).lower() for w in words.get("learning_verbs") or []),
        "firm_organs": frozenset(str(w).lower() for w in words.get("firm_organs") or []),
        "epithet_bodies": frozenset(str(w).lower() for w in words.get("epithet_bodies") or []),
    }
