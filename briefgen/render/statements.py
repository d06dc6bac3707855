"""Reactions as a reader counts them: one entry per statement, and who takes which stance.

Extraction may cut one sentence of one speaker into several quoted fragments (« … », a-t-il dit,
« … »). A reader hears one statement: the fragments are shown together, joined with " … ",
under the stance the speaker took. Stances come from extraction (``Reaction.stance``); the
site only orders, counts and names them (labels.yml: ``stances``, ``stance_line``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..brief import Brief, Reaction
from ..content import slugify
from .geo import country_code, flag
from .index import EXPERT, ORGANISATION, reaction_group

# Stances in the order a reader scans them; "statement" (no stance) last.
STANCES = ("condemn", "concern", "call", "support", "reject", "threaten", "statement")
UNCERTAIN_BELOW = 0.5  # a reaction whose attribution confidence is lower is marked "attribution incertaine"


@dataclass
class Statement:
    """One speaker's words from one sentence: its fragments, joined for reading."""

    speaker: str | None
    sentence: str
    kind: str
    role: str | None = None
    country: str | None = None
    group: str | None = None
    stance: str = "statement"
    confidence: float = 1.0
    rule: str = ""
    speaker_rule: str | None = None
    edited: bool = False
    fragments: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    @property
    def quote(self) -> str:
        return " … ".join(self.fragments)

    @property
    def uncertain(self) -> bool:
        return self.confidence < UNCERTAIN_BELOW

    @property
    def id(self) -> str:
        return self.ids[0] if self.ids else ""


def _stance(reaction: Reaction) -> str:
    stance = getattr(reaction, "stance", None) or "statement"
    return stance if stance in STANCES else "statement"


def statements(reactions: Iterable[Reaction]) -> list[Statement]:
    """Reactions joined by (speaker, sentence), in the article's order.

    The joined statement keeps the first stance other than "statement", the lowest confidence
    (a doubt on one fragment is a doubt on the whole) and every fragment's id.
    """
    out: dict[tuple[str, str], Statement] = {}
    for reaction in reactions:
        key = ((reaction.speaker or "").casefold(), reaction.sentence)
        entry = out.get(key) if reaction.speaker else None
        if entry is None:
            entry = Statement(
                speaker=reaction.speaker,
                sentence=reaction.sentence,
                kind=reaction.kind,
                role=reaction.role,
                country=reaction.country,
                group=getattr(reaction, "group", None),
                confidence=reaction.confidence,
                rule=getattr(reaction, "rule", ""),
                speaker_rule=getattr(reaction, "speaker_rule", None),
            )
            out[key if reaction.speaker else (f"#{len(out)}", reaction.sentence)] = entry
        entry.fragments.append(reaction.quote)
        entry.ids.append(reaction.id)
        entry.edited = entry.edited or reaction.edited
        entry.confidence = min(entry.confidence, reaction.confidence)
        entry.role = entry.role or reaction.role
        entry.country = entry.country or reaction.country
        if entry.stance == "statement":
            entry.stance = _stance(reaction)
    return list(out.values())


def brief_statements(briefs: Iterable[Brief]) -> list[tuple[Brief, Statement]]:
    return [(b, s) for b in briefs for s in statements(b.reactions)]


def is_country_group(group: str | None) -> bool:
    return group not in (None, ORGANISATION, EXPERT)


def who(statement: Statement) -> str:
    """Who takes the stance, in the per-brief line: the country spoken for, else the speaker."""
    group = reaction_group(statement)
    if is_country_group(group):
        return group
    return statement.speaker or ""


def stance_line(items: Iterable[Statement]) -> list[tuple[str, list[str]]]:
    """[(stance, [who…])] for every stance but "statement", in STANCES order, names once each."""
    seen: dict[str, dict[str, None]] = {}
    for statement in items:
        if statement.stance != "statement" and who(statement):
            seen.setdefault(statement.stance, {})[who(statement)] = None
    return [(s, list(seen[s])) for s in STANCES if s in seen]


@dataclass
class CountryRow:
    """One country across briefs: its code and flag, its statements, their stances counted."""

    name: str
    code: str | None
    counts: Counter = field(default_factory=Counter)
    items: list[tuple[Brief, Statement]] = field(default_factory=list)

    @property
    def flag(self) -> str:
        return flag(self.code)

    @property
    def anchor(self) -> str:
        """The id of the country's section on the countries page."""
        return f"pays-{self.code.lower()}" if self.code else f"pays-{slugify(self.name) or 'x'}"

    @property
    def dominant(self) -> str:
        """The stance the country takes most often; ties go to the earlier of STANCES (a
        condemnation outweighs a call); "statement" only when it took no stance at all."""
        taken = [(n, -STANCES.index(s), s) for s, n in self.counts.items() if s != "statement"]
        return max(taken)[2] if taken else "statement"


def country_rows(pairs: Iterable[tuple[Brief, Statement]], lang: str = "fr") -> list[CountryRow]:
    """Statements by the country they speak for, countries A→Z; other groups left out."""
    rows: dict[str, CountryRow] = {}
    for brief, statement in pairs:
        group = reaction_group(statement)
        if not is_country_group(group):
            continue
        row = rows.get(group)
        if row is None:
            row = rows[group] = CountryRow(group, country_code(group, lang))
        row.counts[statement.stance] += 1
        row.items.append((brief, statement))
    return sorted(rows.values(), key=lambda r: r.name.casefold())


def stances_used(rows: Iterable[CountryRow]) -> list[str]:
    """The stances at least one row takes, in STANCES order: the columns of the country table."""
    used = {s for row in rows for s in row.counts}
    return [s for s in STANCES if s in used]
