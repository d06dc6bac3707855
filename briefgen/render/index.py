"""Cross-article views of the briefs: actors, reactions by group, figures, months.

Pure functions from briefs to plain structures the templates iterate over; the
only place that decides what "the same actor" or "the same group" means.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..brief import Actor, Brief, Figure, Reaction
from ..content import slugify
from ..figure_subjects import Chart, Subject, chart, figure_subjects

# Reaction groups that are not countries, in the order they follow the countries.
ORGANISATION, EXPERT = "organisation", "expert"


def reaction_group(reaction: Reaction) -> str | None:
    """The group a reaction speaks for: its ``group`` where extraction set one, else its country."""
    return getattr(reaction, "group", None) or reaction.country


def group_reactions(pairs: Iterable[tuple[Brief, Reaction]], labels: dict) -> list[tuple[str, list]]:
    """(brief, reaction) pairs by group: countries A→Z, then organisations, experts, the rest."""
    groups: dict[str | None, list] = defaultdict(list)
    for brief, reaction in pairs:
        groups[reaction_group(reaction)].append((brief, reaction))
    special = {ORGANISATION: (1, labels["organisations"]), EXPERT: (2, labels["experts"]), None: (3, labels["other"])}

    def key(group: str | None) -> tuple[int, str]:
        return special.get(group, (0, group or ""))

    return [(key(group)[1], groups[group]) for group in sorted(groups, key=lambda g: (key(g)[0], key(g)[1].casefold()))]


def headline_figures(brief: Brief, count: int = 3) -> list[Figure]:
    """The most salient figures; ties keep the article's order."""
    return sorted(brief.figures, key=lambda f: -f.salience)[:count]


# --- figures page


def figures_page(briefs: list[Brief]) -> dict:
    """What figures.md.j2 shows: every figure (newest brief first), and the subjects that two figures
    or more give a value for (briefgen.figure_subjects), each with its chart when dated twice or more."""
    ordered = by_date(briefs)
    subjects: list[tuple[Subject, Chart | None]] = [(s, chart(s)) for s in figure_subjects(ordered)]
    return {"figures": [(b, f) for b in ordered for f in b.figures], "subjects": subjects}


@dataclass
class ActorEntry:
    """One actor across the site: every brief naming it and every quote it said."""

    name: str
    type: str
    slug: str = ""
    mentions: list[tuple[Brief, Actor]] = field(default_factory=list)
    quotes: list[tuple[Brief, Reaction]] = field(default_factory=list)

    @property
    def briefs(self) -> list[Brief]:
        return list({b.slug: b for b, _ in self.mentions}.values())

    @property
    def roles(self) -> list[str]:
        seen = [a.role for _, a in self.mentions] + [r.role for _, r in self.quotes]
        return list(dict.fromkeys(r for r in seen if r))

    @property
    def countries(self) -> list[str]:
        return list(dict.fromkeys(a.country for _, a in self.mentions if a.country))

    @property
    def statements(self) -> list[tuple[Brief, object]]:
        """Its quotes as statements (render.statements): fragments of one sentence shown once."""
        from .statements import statements  # statements builds on this module

        by_brief: dict[str, tuple[Brief, list[Reaction]]] = {}
        for brief, reaction in self.quotes:
            by_brief.setdefault(brief.slug, (brief, []))[1].append(reaction)
        return [(brief, s) for brief, reactions in by_brief.values() for s in statements(reactions)]

    @property
    def has_page(self) -> bool:
        """Only actors seen in two or more articles get a page; the rest live in the index."""
        return len(self.briefs) >= 2


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _merge_short_names(entries: list[ActorEntry]) -> list[ActorEntry]:
    """One article says "Zelensky" or "OTAN" where another says "Volodymyr Zelensky" or spells the
    acronym out: a name that another entry of the same type uses as an alias, or (for people) whose
    words are all in exactly one longer name, joins that entry."""
    aliases: dict[tuple[str, str], set[int]] = {}
    for i, entry in enumerate(entries):
        for _, actor in entry.mentions:
            for alias in actor.aliases:
                aliases.setdefault((entry.type, _key(alias)), set()).add(i)
    words = [set(_key(e.name).split()) for e in entries]
    # Person names holding a word, so that a short name is compared with the names sharing its rarest
    # word, not with every person of the site (which made the index quadratic: minutes at 10,000 articles).
    persons = [i for i, e in enumerate(entries) if e.type == "person"]
    holding: dict[str, list[int]] = {}
    for j in persons:
        for word in words[j]:
            holding.setdefault(word, []).append(j)
    into: dict[int, int] = {}
    for i, entry in enumerate(entries):
        targets = aliases.get((entry.type, _key(entry.name)), set()) - {i}
        if not targets and entry.type == "person":
            rarest = min((holding[w] for w in words[i]), key=len) if words[i] else persons
            targets = {j for j in rarest if words[i] < words[j]}
        if len(targets) == 1:
            into[i] = targets.pop()

    def root(i: int) -> int:
        path: list[int] = []
        while i in into and i not in path:
            path.append(i)
            i = into[i]
        return min(path[path.index(i) :]) if i in path else i  # names aliasing each other: one keeps them

    kept = []
    for i, entry in enumerate(entries):
        j = root(i)
        if j == i:
            kept.append(entry)
        else:
            entries[j].mentions += entry.mentions
            entries[j].quotes += entry.quotes
    return kept


def collect_actors(briefs: list[Brief]) -> list[ActorEntry]:
    """Actors merged across briefs by type and name, with the quotes their names or aliases signed.

    Sorted by how many briefs name them, then by name; slugs are unique.
    """
    entries: dict[tuple[str, str], ActorEntry] = {}
    for brief in briefs:
        names: dict[str, ActorEntry] = {}
        for actor in brief.actors:
            entry = entries.setdefault((actor.type, _key(actor.name)), ActorEntry(actor.name, actor.type))
            entry.mentions.append((brief, actor))
            for name in [actor.name, *actor.aliases]:
                names.setdefault(_key(name), entry)
        for reaction in brief.reactions:
            entry = names.get(_key(reaction.speaker or ""))
            if entry is not None:
                entry.quotes.append((brief, reaction))
    merged = _merge_short_names(list(entries.values()))
    ordered = sorted(merged, key=lambda e: (-len(e.briefs), e.name.casefold()))
    used: set[str] = set()
    for entry in ordered:
        base = slugify(entry.name) or "acteur"
        slug, n = base, 1
        while slug in used or slug == "index":
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        entry.slug = slug
    return ordered


def by_date(briefs: list[Brief]) -> list[Brief]:
    """Newest first, undated last; same date by title."""
    dated = sorted((b for b in briefs if b.date), key=lambda b: (b.date, b.title), reverse=True)
    return dated + sorted((b for b in briefs if not b.date), key=lambda b: b.title)


def by_month(briefs: list[Brief]) -> list[tuple[str | None, list[Brief]]]:
    """Briefs by "YYYY-MM", newest month first, undated (None) last."""
    months: dict[str | None, list[Brief]] = {}
    for brief in by_date(briefs):
        months.setdefault(str(brief.date)[:7] if brief.date else None, []).append(brief)
    return list(months.items())
