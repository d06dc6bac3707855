"""The role an actor gets, from the roles its mentions carry, and what the rest of the article adds to it.

- the fullest title among the mentions, counted in words that say something ("président ivoirien" says
  more than "président de la République");
- a title whose complement is only the state ("président de la République", "chef de l'État") names
  the state of the person's country, which the article says elsewhere: "président de la République
  (Côte d'Ivoire)";
- a second office the article gives the same person, in other words than the first: "président
  guinéen, président en exercice de l'UA";
- an acronym inside a role gets the expansion the article gives the organization: "directeur général de
  l'Ofpra (Office français de protection des réfugiés et apatrides)";
- an organization with no role otherwise, written out beside its acronym ("l'Agence spatiale américaine
  (Nasa)"), is described by that expansion: it says what the acronym stands for.
"""

from __future__ import annotations

import re

from ...brief import Actor
from ...lexicon import lexicon
from ...lexicon.actors import member_nouns
from ...textfold import fold
from .mention import Mention, is_acronym


def _words(text: str, lang: str) -> list[str]:
    """The folded words of a role that say something: no function words, no state nouns."""
    words = lexicon(lang).actors
    return [
        w
        for w in re.findall(r"\w+", fold(text))
        if w not in {fold(c).rstrip("'") for c in words.connectives} and w not in words.state
    ]


def informative(role: str, lang: str) -> int:
    """How many words of a role say something beyond its function words and the state."""
    return len(_words(role, lang))


def _is_office(role: str, lang: str) -> bool:
    words = lexicon(lang).actors
    return any(w in words.roles for w in role.lower().split())


def _of_members(role: str, lang: str) -> bool:
    """A role read from the plural of a body's members ("rebelles", "gendarmes")."""
    first = role.lower().split()[0] if role.strip() else ""
    return first in member_nouns(lang)


def _with_state(role: str, country: str | None, lang: str) -> str:
    """ "président de la République" → "président de la République (Côte d'Ivoire)": a title whose last word is
    the state gets the country; the rest of the article said which."""
    if not country or "(" in role:
        return role
    last = role.lower().split()[-1].split("'")[-1].split("’")[-1]
    return f"{role} ({country})" if last in lexicon(lang).actors.state else role


def group_role(group: list[Mention], country: str | None, lang: str) -> str | None:
    """The fullest title among the mentions of one actor, and a second office said in other words."""
    roles: list[str] = []
    said: dict[str, str] = {}  # each role as the article says it, before the state's country is added
    for m in group:
        if m.role and m.role not in said.values():
            role = _with_state(m.role, country if m.kind == "person" else None, lang)
            if role not in roles:
                roles.append(role)
                said[role] = m.role
    if not roles:
        return None
    # the country added to "président de la République" is not said by the title: "président ivoirien"
    # says as much
    # "les rebelles du M23" says who its members are; "le M23, une rébellion" says what it is: at equal words,
    # the plural of its members (titles.yml ``member_nouns``) gives way
    best = max(roles, key=lambda r: (informative(said[r], lang), not _of_members(said[r], lang)))
    if not _is_office(best, lang):
        return best
    seen = set(_words(best, lang))
    others = [
        r
        for r in roles
        if r != best
        and _is_office(r, lang)
        and len(set(_words(r, lang)) - seen) * 2 > len(set(_words(r, lang)))  # mostly new words
        and fold(r) not in fold(best)
    ]
    if not others:
        return best
    second = max(others, key=lambda r: informative(r, lang))
    return f"{best}, {second}"


def _short_name_of(alias: str, name: str) -> bool:
    """ "OMS", "Nasa" beside "Agence spatiale américaine": one capitalised word, not a word of the full name,
    which has several."""
    return (
        " " in name.strip()
        and " " not in alias.strip()
        and alias[:1].isupper()
        and (is_acronym(alias) or alias[1:].islower())
        and fold(alias) not in fold(name).split()
    )


def complete_roles(actors: list[Actor], lang: str) -> None:
    """Acronyms in roles get their expansion; organizations with no role are described by it."""
    expansions: dict[str, str] = {}
    for a in actors:
        if a.type == "organization" and not is_acronym(a.name):
            for alias in a.aliases:
                if _short_name_of(alias, a.name):
                    expansions.setdefault(alias, a.name)
    for a in actors:
        if a.role:
            # "directrice de l'OIM (Organisation internationale pour les migrations)": the expansion glosses the
            # acronym that ends the role; after "chercheuse à l'Inserm et spécialiste des virus" it would gloss
            # words the acronym does not name
            last = re.findall(r"[\w-]+", a.role)[-1:]
            named = last[0] if last and last[0] in expansions else None
            if named is not None and named != a.name and fold(expansions[named]) not in fold(a.role):
                a.role = f"{a.role} ({expansions[named]})"
        elif a.type == "organization" and not is_acronym(a.name) and any(_short_name_of(x, a.name) for x in a.aliases):
            a.role = a.name
