"""An editor's corrections to a brief, kept in ``content/<slug>.brief.yml`` and applied after extraction.

Why a sibling file and not a ``brief:`` block in the article's front matter: the
corrections stay apart from the article text, so they diff cleanly in review
(one line per decision), the article can be replaced by ``briefgen import
--replace`` (a newer version of the page) without losing them, and the cache of
extracted briefs never holds an editor's choices: extraction stays a pure
function of the article, corrections are applied on top of it at every run.

The file (every key optional)::

    drop: [fig-1a2b3c4d, "Extrême-Orient russe"]     # ids, or the item's text
    merge:                                            # the first actor named stays
      - ["Volodymyr Zelensky", "Zelensky"]
    fix:                                              # id or text: fields to set
      act-1a2b3c4d: {role: "ministre ukrainien des Affaires étrangères", country: Ukraine}
      "a-t-il dit": {speaker: "Andriï Sybiga"}
    add:                                              # items written by hand
      figures: [{value: 3000, what: soldats, text: "3 000 soldats", sentence: "…"}]
      actors: [{name: OTAN, type: organization}]
      reactions: [{speaker: OTAN, quote: "…", kind: reported}]
      questions: [{text: "Jusqu'où ira cette alliance ?"}]

An item is named by its stable ``id`` (shown on the brief page and by ``briefgen
extract``) or by its text: a figure's ``text``, an actor's name or one of its
aliases, a reaction's ``quote``, a question's ``text`` (compared ignoring case,
spacing and the apostrophe's shape). Operations run in the order drop, merge,
fix, add. Whatever cannot be applied (unknown key, wrong type, an id or text
that no longer matches the rebuilt brief) becomes a warning naming the file and
line: a correction is never silently ignored. Changed and added items are marked
``edited`` so the site can show which parts an editor vouches for.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .brief import Actor, Brief, Figure, Question, Reaction
from .content import Article
from .errors import yaml_problem

SUFFIX = ".brief.yml"
KINDS: dict[str, type] = {"figures": Figure, "actors": Actor, "reactions": Reaction, "questions": Question}
NOUN = {Figure: "figure", Actor: "actor", Reaction: "reaction", Question: "question"}
ID_PREFIX = {"fig": Figure, "act": Actor, "rea": Reaction, "q": Question}
ID_RE = re.compile(r"^(fig|act|rea|q)-[0-9a-f]{8}$")
LOW_CONFIDENCE = 0.5
ACTOR_TYPES = ("person", "organization", "country")


# --- field checks: each returns an error message, or None when the value is fine ---------------


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else "must be non-empty text"


def _optional_text(value: Any) -> str | None:
    return None if value is None or (isinstance(value, str) and value.strip()) else "must be text or null"


def _number(value: Any) -> str | None:
    return None if isinstance(value, (int, float)) and not isinstance(value, bool) else "must be a number"


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _texts(value: Any) -> str | None:
    ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    return None if ok else "must be a list of names"


def _choice(*options: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in options else "must be one of " + ", ".join(options)

    return check


def _confidence(value: Any) -> str | None:
    return None if _number(value) is None and 0 <= value <= 1 else "must be a number from 0 to 1"


FIXABLE: dict[type, dict[str, Callable[[Any], str | None]]] = {
    Figure: {
        "value": _number,
        "text": _text,
        "what": _optional_text,
        "qualifier": _choice("exact", "approx", "at_least", "at_most"),
        "hedged": _boolean,
        "claimed_by": _optional_text,
    },
    Actor: {
        "name": _text,
        "type": _choice(*ACTOR_TYPES),
        "role": _optional_text,
        "country": _optional_text,
        "aliases": _texts,
    },
    Reaction: {
        "speaker": _optional_text,
        "quote": _text,
        "kind": _choice("direct", "reported"),
        "role": _optional_text,
        "country": _optional_text,
    },
    Question: {"text": _text, "kind": _choice("direct", "indirect")},
}
# Adding an item: what can be given (fixable fields, its sentence, a reaction's confidence)
# and what must be.
ADDABLE = {
    kind: {**checks, "sentence": _text, **({"confidence": _confidence} if kind is Reaction else {})}
    for kind, checks in FIXABLE.items()
}
REQUIRED = {Figure: ("value", "text"), Actor: ("name", "type"), Reaction: ("quote",), Question: ("text",)}
TOP_KEYS = ("drop", "merge", "fix", "add")


# --- the parsed file ------------------------------------------------------------------------------


@dataclass
class Ref:
    """An item named in the file: its id or its text, and the line naming it."""

    key: str
    line: int

    @property
    def kind(self) -> type | None:
        match = ID_RE.match(self.key)
        return ID_PREFIX[match.group(1)] if match else None


@dataclass
class Fix:
    ref: Ref
    changes: dict[str, Any]
    lines: dict[str, int]


@dataclass
class Merge:
    refs: list[Ref]
    line: int


@dataclass
class Addition:
    kind: type
    values: dict[str, Any]
    line: int


@dataclass
class Corrections:
    path: Path
    drop: list[Ref] = field(default_factory=list)
    merge: list[Merge] = field(default_factory=list)
    fix: list[Fix] = field(default_factory=list)
    add: list[Addition] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # problems in the file itself

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(f"{self.path}:{line}: {message}" if line else f"{self.path}: {message}")


def corrections_path(article: Article) -> Path:
    """``content/x.md`` → ``content/x.brief.yml`` (not a ``*.md``: never loaded as an article)."""
    return article.path.with_name(article.path.stem + SUFFIX)


def load_corrections(path: Path) -> Corrections | None:
    """Read and validate one corrections file; None when there is none."""
    if not path.is_file():
        return None
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as err:
        found = Corrections(path)
        found.warn(None, f"cannot read the corrections: {err.strerror}; none applied")
        return found
    except UnicodeDecodeError:
        found = Corrections(path)
        found.warn(None, "corrections are not UTF-8 text; none applied")
        return found
    return parse_corrections(text, path)


def parse_corrections(text: str, path: Path) -> Corrections:
    """Validate the YAML node by node, so every warning can name its line."""
    found = Corrections(path)
    try:
        root = yaml.compose(text.lstrip("\ufeff"), Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        problem, line = yaml_problem(err)
        found.warn(line, f"not valid YAML ({problem}); no correction applied")
        return found
    if root is None:
        return found
    if not isinstance(root, yaml.MappingNode):
        found.warn(_line(root), "corrections must be a mapping with keys " + ", ".join(TOP_KEYS) + "; none applied")
        return found
    for key_node, value_node in root.value:
        key = _scalar(key_node)
        if key == "drop":
            found.drop.extend(_refs(value_node, found, "drop"))
        elif key == "merge":
            _parse_merge(value_node, found)
        elif key == "fix":
            _parse_fix(value_node, found)
        elif key == "add":
            _parse_add(value_node, found)
        else:
            found.warn(_line(key_node), f"unknown key {key!r} (ignored); known: " + ", ".join(TOP_KEYS))
    return found


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(node: yaml.Node) -> Any:
    """The Python value of a scalar node (YAML's own typing: numbers, booleans, null)."""
    if not isinstance(node, yaml.ScalarNode):
        return node
    return yaml.SafeLoader("").construct_object(node, deep=True)


def _value(node: yaml.Node) -> Any:
    return yaml.SafeLoader("").construct_object(node, deep=True)


def _refs(node: yaml.Node, found: Corrections, where: str) -> list[Ref]:
    nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
    refs = []
    for item in nodes:
        value = _scalar(item)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            refs.append(Ref(str(value).strip(), _line(item)))
        else:
            found.warn(_line(item), f"{where}: expected an item id or its text, got {_describe(value)} (ignored)")
    return refs


def _describe(value: Any) -> str:
    if isinstance(value, yaml.MappingNode):
        return "a mapping"
    if isinstance(value, yaml.SequenceNode):
        return "a list"
    return repr(value)


def _parse_merge(node: yaml.Node, found: Corrections) -> None:
    if not isinstance(node, yaml.SequenceNode):
        found.warn(_line(node), 'merge: expected a list of groups, e.g. [["Volodymyr Zelensky", "Zelensky"]] (ignored)')
        return
    for group in node.value:
        if not isinstance(group, yaml.SequenceNode) or len(group.value) < 2:
            found.warn(
                _line(group), "merge: each group is a list of two or more actors, the one to keep first (ignored)"
            )
            continue
        refs = _refs(group, found, "merge")
        if len(refs) == len(group.value):
            found.merge.append(Merge(refs, _line(group)))


def _parse_fix(node: yaml.Node, found: Corrections) -> None:
    if not isinstance(node, yaml.MappingNode):
        found.warn(_line(node), "fix: expected a mapping of item id (or text) to the fields to set (ignored)")
        return
    for key_node, value_node in node.value:
        refs = _refs(key_node, found, "fix")
        if not refs:
            continue
        ref = refs[0]
        if not isinstance(value_node, yaml.MappingNode) or not value_node.value:
            found.warn(_line(value_node), f"fix {ref.key!r}: expected the fields to set, e.g. {{role: …}} (ignored)")
            continue
        changes, lines = {}, {}
        for field_node, field_value in value_node.value:
            name = str(_scalar(field_node))
            changes[name], lines[name] = _value(field_value), _line(field_node)
        known = FIXABLE[ref.kind] if ref.kind else {k: v for checks in FIXABLE.values() for k, v in checks.items()}
        for name in list(changes):
            if name not in known:
                noun = NOUN[ref.kind] + " " if ref.kind else ""
                found.warn(
                    lines[name],
                    f"fix {ref.key!r}: unknown {noun}field {name!r} (ignored); can fix: " + ", ".join(sorted(known)),
                )
                del changes[name]
            elif ref.kind and (problem := known[name](changes[name])):
                found.warn(lines[name], f"fix {ref.key!r}: {name!r} {problem}, got {changes[name]!r} (ignored)")
                del changes[name]
        if changes:
            found.fix.append(Fix(ref, changes, lines))


def _parse_add(node: yaml.Node, found: Corrections) -> None:
    if not isinstance(node, yaml.MappingNode):
        found.warn(
            _line(node), "add: expected a mapping of figures/actors/reactions/questions to lists of items (ignored)"
        )
        return
    for key_node, items_node in node.value:
        section = _scalar(key_node)
        kind = KINDS.get(section)
        if kind is None:
            found.warn(_line(key_node), f"add: unknown section {section!r} (ignored); known: " + ", ".join(KINDS))
            continue
        items = items_node.value if isinstance(items_node, yaml.SequenceNode) else [items_node]
        for item in items:
            addition = _parse_item(kind, item, found, section)
            if addition:
                found.add.append(addition)


def _parse_item(kind: type, node: yaml.Node, found: Corrections, section: str) -> Addition | None:
    if not isinstance(node, yaml.MappingNode):
        found.warn(_line(node), f"add {section}: each item is a mapping of fields (ignored)")
        return None
    values = {}
    allowed = ADDABLE[kind]
    for field_node, value_node in node.value:
        name, value = str(_scalar(field_node)), _value(value_node)
        if name not in allowed:
            found.warn(
                _line(field_node),
                f"add {section}: unknown field {name!r} (ignored); known: " + ", ".join(sorted(allowed)),
            )
        elif problem := allowed[name](value):
            found.warn(_line(field_node), f"add {section}: {name!r} {problem}, got {value!r}; item not added")
            return None
        else:
            values[name] = value
    missing = [name for name in REQUIRED[kind] if name not in values]
    if missing:
        found.warn(_line(node), f"add {section}: missing " + ", ".join(missing) + "; item not added")
        return None
    return Addition(kind, values, _line(node))


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


# --- the pipeline's and the check command's entry points ------------------------------------------


def correct_briefs(articles: list[Article], briefs: list[Brief | None]) -> tuple[list[Brief | None], list[str]]:
    """Apply each article's corrections file, if any, to its extracted (or cached) brief.

    Called after extraction and after the cache, so cached briefs stay the pure
    output of extraction. Returns the briefs and the warnings, each naming the file and line,
    for the build to count with every other warning (``--strict`` stops on any).
    """
    corrected = list(briefs)
    warnings: list[str] = []
    for index, (article, brief) in enumerate(zip(articles, briefs)):
        corrections = load_corrections(corrections_path(article))
        if corrections is None or brief is None:
            continue
        corrected[index], stale = apply_corrections(brief, corrections)
        warnings += corrections.warnings + stale
    return corrected, warnings


def check_corrections(article: Article, brief: Brief | None = None) -> list[str]:
    """Warnings about an article's corrections file: its own problems, and, given the
    uncorrected brief, every correction that no longer matches it. [] when there is no file."""
    corrections = load_corrections(corrections_path(article))
    if corrections is None:
        return []
    stale = apply_corrections(brief, corrections)[1] if brief is not None else []
    return corrections.warnings + stale


def review_article(article: Article, raw: Brief | None = None) -> tuple[list[str], list[str]]:
    """For ``briefgen check``: (warnings about the corrections, review hints), given the
    article's uncorrected brief when extraction was run (hints are about the corrected one)."""
    corrections = load_corrections(corrections_path(article))
    if raw is None:
        return (corrections.warnings if corrections else []), []
    corrected, stale = apply_corrections(raw, corrections) if corrections else (raw, [])
    warnings = (corrections.warnings if corrections else []) + stale
    return warnings, [f"{article.path}: {hint}" for hint in review_hints(corrected)]


def review_hints(brief: Brief) -> list[str]:
    """What an editor should look at first: items extraction was unsure of.

    Items the editor already corrected (``edited``) are not hinted again.
    """
    hints = []
    for fig in brief.figures:
        if not fig.what and not fig.edited:
            hints.append(f"figure {fig.id} «{fig.text}»: what does it count? (no 'what')")
    for reaction in brief.reactions:
        if reaction.edited:
            continue
        if not reaction.speaker:
            hints.append(f"reaction {reaction.id} «{_short(reaction.quote)}»: no speaker")
        elif reaction.confidence < LOW_CONFIDENCE:
            hints.append(
                f"reaction {reaction.id} «{_short(reaction.quote)}»: speaker {reaction.speaker} "
                f"is a guess (confidence {reaction.confidence:.2f}, rule {reaction.speaker_rule or '?'})"
            )
    for actor in brief.actors:
        if actor.type not in ACTOR_TYPES and not actor.edited:
            hints.append(f"actor {actor.id} {actor.name}: no type (person, organization or country)")
    return hints


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
