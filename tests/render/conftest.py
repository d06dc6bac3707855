"""Small hand-made briefs for the render tests: no spaCy needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.brief import Actor, Brief, Figure, Question, Reaction
from briefgen.content import Article


def make_brief(**kwargs) -> Brief:
    base = dict(slug="s", title="T", lang="fr", summary="Résumé.")
    base.update(kwargs)
    return Brief(**base)


def article_for(brief: Brief) -> Article:
    return Article(path=Path(f"{brief.slug}.md"), slug=brief.slug, title=brief.title, body="Corps de l'article.")


@pytest.fixture
def briefs() -> list[Brief]:
    """Three briefs: two dated in different months sharing an actor, one undated."""
    guterres = dict(name="Antonio Guterres", type="person", role="secrétaire général", aliases=["Guterres"])
    return [
        make_brief(
            slug="eau",
            title="Sécheresse : les barrages | au plus bas",
            date="2024-11-04",
            tags=["climat", "eau"],
            figures=[
                Figure(value=28, text="28 %", what="%", qualifier="approx", sentence="s1", salience=0.2),
                Figure(
                    value=40000,
                    text="40 000 hectares",
                    what="hectares",
                    qualifier="exact",
                    sentence="s2",
                    hedged=True,
                    claimed_by="une coopérative",
                    salience=0.9,
                ),
            ],
            actors=[Actor(**guterres, sentence="Antonio Guterres a dit."), Actor(name="Maroc", type="country")],
            reactions=[
                Reaction(speaker="Guterres", quote="Le Maghreb est en première ligne.", kind="direct", sentence="s3"),
                Reaction(
                    speaker="Nizar Baraka",
                    quote="Plus le luxe d'attendre",
                    kind="direct",
                    sentence="s4",
                    country="Maroc",
                ),
            ],
            questions=[Question(text="Combien de temps ?", sentence="Combien de temps ?")],
        ),
        make_brief(
            slug="sommet",
            title="Sommet à Nairobi",
            date="2024-10-15",
            tags=["climat"],
            actors=[Actor(**{**guterres, "role": "chef de l'ONU"})],
            reactions=[
                Reaction(
                    speaker="Antonio Guterres",
                    quote="Un continent debout.",
                    kind="reported",
                    sentence="s5",
                    country="Kenya",
                )
            ],
        ),
        make_brief(slug="anvers", title="Anvers et l'hydrogène"),
    ]
