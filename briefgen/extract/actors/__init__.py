"""Actors: the people, organizations and countries an article names, one entry each.

spaCy's French NER gives candidate names; rules repair what it gets wrong (elided articles read as
names, split hyphenated names, capitals read as people, rubrics and capitalised sentence openers read
as names) and add what it cannot see: countries named by their capital or seat of government,
acronyms, government bodies named by a common-noun phrase. Mentions of one real-world entity are then
grouped into one actor, and roles are read from appositions and titles around the name.

The passes, in the order ``Finder.find`` runs them, one module each:

- ``places``: country names, capitals, seats, state nouns; :func:`is_place`, the one decision of
  whether a name is said as a place ("réunis à Moscou") — the speakers ask it too;
- ``spans``: the model's entity spans repaired (cut at brackets, unglued, joined, trimmed);
- ``names``: those spans typed (person, organization, country); ``name_kinds``: what a name names when
  it names no actor (a group, an event, a text, a work, a club by its town); ``people``: people the
  model missed (a titled name, an age aside, an interview label);
- ``acronyms``: acronyms it missed, their expansions, those used as common nouns;
- ``filters``: what looks like a name but names no actor (rubrics, dates, sentence openers, streets…);
- ``bodies``: government bodies named by a common noun; ``roles``: titles beside a name and their
  countries; ``descriptions``: roles said otherwise (a description, a predicate, a relative clause, a
  possessive, a title in another sentence);
- ``grouping``: mentions → actors, with the name, aliases, most informative role and the rule.

Every actor carries ``rule``, the strongest rule among its mentions (data/rules.yml, family
``actors``); decisions are logged at DEBUG level (logger ``briefgen.extract.actors``). Words come
from the lexicon (``lexicon(lang).actors``: titles.yml, organizations.yml, countries.yml,
grammar.yml); lookups compare names through one normaliser, ``briefgen.textfold.fold``.
"""

from __future__ import annotations

from .grouping import extract_actors
from .places import is_place

__all__ = ["extract_actors", "is_place"]
