"""Actors: the people, organisations and countries an article names, one entry each.

spaCy's French NER gives candidate names; rules repair what it gets wrong
(elided articles read as names, split hyphenated names, capitals read as
people) and add what it cannot see: countries named by their capital or seat
of government, acronyms, government bodies named by a common-noun phrase.
Mentions of one real-world entity are then grouped into one actor, and roles
are read from appositions and titles around the name. Word lists live in
data/titles.yml, data/organizations.yml, data/countries.yml, data/demonyms.yml.
"""

from __future__ import annotations

from .grouping import extract_actors

__all__ = ["extract_actors"]
