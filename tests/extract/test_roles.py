"""Roles (actors[].role): the fullest title an article gives, on invented passages."""

from __future__ import annotations

import re

from briefgen.extract.actors import extract_actors
from briefgen.textfold import fold


def words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", fold(text or ""))) - {"le", "la", "l", "de", "du", "des", "d", "a"}


def role_of(parse, text: str, name: str) -> str | None:
    actors = extract_actors(parse(text), lang="fr")
    actor = next((a for a in actors if fold(name) in {fold(a.name), *map(fold, a.aliases)}), None)
    assert actor is not None, f"{name} not in {[a.name for a in actors]}"
    return actor.role


def test_a_title_naming_only_the_state_gets_the_country(parse):
    text = (
        "Élection\n\nLe Sénégal a voté dimanche. Le président de la République, Macky Sall, "
        "a salué le scrutin. Le président sénégalais Macky Sall a remercié les électeurs."
    )
    role = role_of(parse, text, "Macky Sall")
    assert {"republique", "senegal"} <= words(role), role


def test_an_acronym_in_a_role_gets_the_expansion_the_article_gives(parse):
    text = (
        "Forêts\n\nL'Office national des forêts (ONF) publie son rapport. "
        "Marc Lenoir, directeur adjoint de l'ONF, a présenté les chiffres lundi."
    )
    role = role_of(parse, text, "Marc Lenoir")
    assert {"directeur", "onf", "office", "national", "forets"} <= words(role), role


def test_an_organization_written_out_beside_its_acronym_is_described_by_it(parse):
    text = (
        "Santé\n\nSelon le Centre européen de prévention des maladies (ECDC), les cas augmentent. "
        "L'ECDC appelle à la vigilance."
    )
    role = role_of(parse, text, "ECDC")
    assert {"centre", "europeen", "prevention", "maladies"} <= words(role), role
