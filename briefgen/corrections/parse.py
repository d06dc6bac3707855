"""Reading ``content/<slug>.brief.yml``: node by node, so every problem names its line.

Nothing here touches a brief: the result is a ``Corrections`` value (what to drop, merge, fix
and add, each with its line) and its warnings; ``apply.py`` applies it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..brief import Actor, Figure, Question, Reaction
from ..content import Article
from ..errors import yaml_problem

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
        "about": _optional_text,
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
        "stance": _choice("condemn", "concern", "call", "support", "reject", "threaten", "statement"),
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
