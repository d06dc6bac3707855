"""Reactions: who said what, as a quotation (direct) or in reported speech, and what it does.

Three passes over the parsed article, each in its own module, so a reader knows where a
decision is made:

1. ``statements.py`` finds what is reported (quotations, que-clauses, verb phrases, incises,
   selon-clauses) and the frame that reports it: the ``rule`` of a reaction;
2. ``attribution.py`` names who said each one, from the evidence in its sentence
   (``speaker_evidence.py``, ``speaker_subjects.py``, ``speaker_names.py``) or the speakers before it: the
   ``speaker_rule`` and ``confidence``;
3. ``stance.py`` reads what it does: the ``stance`` and ``stance_rule``.

This module keeps what counts as a reaction: reported speech that nobody in its sentence says is
not one (a "selon le texte" or an "on dit que" reports no one), nor is a short quotation that a
sentence of other words does not give to anyone ("le « clade 1b »": a term).
"""

from __future__ import annotations

from ..brief import Actor, Reaction
from ..lexicon import Lexicon, lexicon
from ..nlp import Parsed
from .attribution import FALLBACKS, UNCERTAIN_BELOW, Attributor, attribute, is_uncertain
from .speaker_names import Speaker
from .stance import stance_of
from .statements import Statement, find_statements

__all__ = ["UNCERTAIN_BELOW", "extract_reactions", "is_uncertain"]


def extract_reactions(parsed: Parsed, actors: list[Actor], *, lang: str = "fr") -> list[Reaction]:
    lex = lexicon(lang)
    statements, quoted = find_statements(parsed, lex)
    speakers, attributor = attribute(parsed, actors, statements, quoted, lex)
    reactions = []
    for statement, speaker in zip(statements, speakers):
        if statement.kind == "reported" and speaker is None:
            continue  # reported speech nobody says: a source of facts, not a reaction
        if statement.short and (speaker is None or speaker.rule in FALLBACKS):
            continue  # a short quote nobody says in its sentence is a term, not speech
        stance, stance_rule = stance_of(parsed.doc, statement, lex)
        # roles are read all along the article: built once every role is known
        reactions.append(_reaction(statement, speaker, stance, stance_rule, attributor, lex))
    return reactions


def _reaction(
    statement: Statement, speaker: Speaker | None, stance: str, stance_rule: str, attributor: Attributor, lex: Lexicon
) -> Reaction:
    referent = speaker.referent if speaker else None
    role = (referent.role if referent else None) or (attributor.role_of(speaker) if speaker else None)
    country = (referent.country if referent else None) or (speaker.country if speaker else None)
    if referent is not None and referent.type == "country":
        country = country or referent.name
    return Reaction(
        speaker=speaker.name if speaker else None,
        quote=statement.text,
        kind=statement.kind,
        sentence=statement.sentence,
        role=role,
        country=country,
        confidence=speaker.confidence if speaker else 0.0,
        group=_group(referent, role, country, lex),
        stance=stance,
        rule=statement.rule,
        speaker_rule=speaker.rule if speaker else None,
        stance_rule=stance_rule,
    )


def _group(referent, role: str | None, country: str | None, lex: Lexicon) -> str | None:
    """Where the site files a reaction: "expert", a country, or "organisation"."""
    words = " ".join(filter(None, [role, referent.name if referent else None])).lower()
    if any(word in words for word in lex.expert_roles):
        return "expert"
    if country:
        return country
    if referent is not None and referent.type == "organization":
        return "organisation"
    return None
