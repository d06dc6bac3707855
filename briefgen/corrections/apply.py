"""Applying an editor's ``Corrections`` to a brief: drop, merge, fix, add, in that order.

An id or a text that no longer matches the rebuilt brief becomes a warning naming the file and
line; changed and added items are marked ``edited``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..brief import Actor, Brief, Figure, Question, Reaction
from .parse import FIXABLE, NOUN, Addition, Corrections, Fix, Merge, Ref

# --- applying them --------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split()).casefold()


def _labels(item: Any) -> list[str]:
    if isinstance(item, Actor):
        return [item.name, *item.aliases]
    if isinstance(item, Reaction):
        return [item.quote]
    return [item.text]


def _lists(brief: Brief) -> dict[type, list]:
    return {Figure: brief.figures, Actor: brief.actors, Reaction: brief.reactions, Question: brief.questions}


def _find(brief: Brief, ref: Ref, only: type | None = None) -> list[Any]:
    """Every item the reference names: by id in its own list, by text in all lists."""
    lists = _lists(brief)
    if ref.kind:
        return [item for item in lists[ref.kind] if item.id == ref.key]
    wanted = _norm(ref.key)
    return [
        item
        for kind, items in lists.items()
        if only in (None, kind)
        for item in items
        if wanted in map(_norm, _labels(item))
    ]


def apply_corrections(brief: Brief, corrections: Corrections) -> tuple[Brief, list[str]]:
    """A corrected copy of ``brief``, and a warning for each correction that matched nothing."""
    brief = copy.deepcopy(brief)
    warnings: list[str] = []

    def warn(line: int, message: str) -> None:
        warnings.append(f"{corrections.path}:{line}: {message}")

    for ref in corrections.drop:
        matches = _find(brief, ref)
        if not matches:
            warn(
                ref.line,
                f"drop {ref.key!r}: no item has this {'id' if ref.kind else 'text'} any more (stale correction?)",
            )
        for item in matches:
            _lists(brief)[type(item)].remove(item)
    merged: dict[str, str] = {}  # id of an actor merged away → name of the actor kept
    for merge in corrections.merge:
        _merge(brief, merge, warn, merged)
    for fix in corrections.fix:
        _fix(brief, fix, warn, merged)
    for addition in corrections.add:
        _add(brief, addition, warn)
    return brief, warnings


def _merge(brief: Brief, merge: Merge, warn: Callable[[int, str], None], merged: dict[str, str]) -> None:
    actors: list[Actor] = []
    for ref in merge.refs:
        found = _find(brief, ref, only=Actor)
        if len(found) != 1:
            problem = "no actor has this id or name" if not found else f"{len(found)} actors match: use an id"
            warn(ref.line, f"merge {ref.key!r}: {problem}; group not merged")
            return
        if found[0] not in actors:
            actors.append(found[0])
    if len(actors) < 2:
        warn(merge.line, "merge: these names are already one actor; nothing to merge")
        return
    keep, others = actors[0], actors[1:]
    for other in others:
        names = [other.name, *other.aliases]
        keep.aliases += [n for n in names if n != keep.name and n not in keep.aliases]
        keep.mentions += other.mentions
        pairs = sorted(
            [
                *zip(keep.spans, keep.agentive or [True] * len(keep.spans)),
                *zip(other.spans, other.agentive or [True] * len(other.spans)),
            ]
        )
        keep.spans, keep.agentive = [s for s, _ in pairs], [a for _, a in pairs]
        keep.role = keep.role or other.role
        keep.country = keep.country or other.country
        keep.sentence = keep.sentence or other.sentence
        brief.actors.remove(other)
        merged[other.id] = keep.name
        _follow(brief, names, keep)
    keep.edited = True


def _follow(brief: Brief, names: list[str], actor: Actor) -> None:
    """Reactions and claims of an actor's old names now point to the actor as corrected."""
    for reaction in brief.reactions:
        if reaction.speaker in names:
            reaction.speaker = actor.name
            reaction.role = actor.role or reaction.role
            reaction.country = actor.country or reaction.country
            reaction.edited = True
    for figure in brief.figures:
        if figure.claimed_by in names:
            figure.claimed_by = actor.name
            figure.edited = True


def _fix(brief: Brief, fix: Fix, warn: Callable[[int, str], None], merged: dict[str, str]) -> None:
    ref = fix.ref
    matches = _find(brief, ref)
    if not matches and ref.key in merged:
        warn(ref.line, f"fix {ref.key!r}: this actor was merged into {merged[ref.key]!r} above: fix that one instead")
        return
    if not matches:
        warn(ref.line, f"fix {ref.key!r}: no item has this {'id' if ref.kind else 'text'} any more (stale correction?)")
        return
    if len(matches) > 1:
        ids = ", ".join(item.id for item in matches)
        warn(ref.line, f"fix {ref.key!r}: {len(matches)} items have this text ({ids}): name one by its id")
        return
    item = matches[0]
    checks = FIXABLE[type(item)]
    changes = {}
    for name, value in fix.changes.items():
        problem = f"is not a field of {NOUN[type(item)]}s" if name not in checks else checks[name](value)
        if problem:
            warn(fix.lines[name], f"fix {ref.key!r}: {name!r} {problem}, got {value!r} (ignored)")
        else:
            changes[name] = value
    if not changes:
        return
    old_names = [item.name] if isinstance(item, Actor) else []
    for name, value in changes.items():
        setattr(item, name, value)
    item.edited = True
    if isinstance(item, Actor) and changes.keys() & {"name", "role", "country"}:
        _follow(brief, old_names + [item.name], item)


def _add(brief: Brief, addition: Addition, warn: Callable[[int, str], None]) -> None:
    values = dict(addition.values)
    kind = addition.kind
    if kind is Figure:
        values.setdefault("what", None)
        values.setdefault("qualifier", "exact")
    if kind is Reaction:
        values.setdefault("speaker", None)
        values.setdefault("kind", "direct")
        speaker = _find(brief, Ref(values["speaker"], addition.line), only=Actor) if values["speaker"] else []
        if len(speaker) == 1:  # an actor of the brief: the reaction carries its role, like extracted ones
            values.setdefault("role", speaker[0].role)
            values.setdefault("country", speaker[0].country)
    if kind in (Figure, Reaction, Question):
        values.setdefault("sentence", values.get("text") or values.get("quote"))
    item = kind(**values, edited=True)
    items = _lists(brief)[kind]
    if any(existing.id == item.id for existing in items):
        warn(addition.line, f"add: the brief already has this {NOUN[kind]} ({item.id}); not added twice")
        return
    items.append(item)
