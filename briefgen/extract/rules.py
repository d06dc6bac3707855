"""The rules table: every extraction rule by name, with its confidence and an example.

An extracted item carries the name of the rule that produced it (``rule``; a reaction also
``speaker_rule``), so an editor or an engineer can ask *why* without re-running the code
(``briefgen extract --explain``). Confidences live in one reviewed table, ``data/rules.yml``,
keyed by family and rule name, and docstrings print their family with :func:`table`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..data import load_data


@dataclass(frozen=True)
class Rule:
    family: str
    name: str
    confidence: float
    example: str


@cache
def rules(family: str) -> dict[str, Rule]:
    """The rules of one family ("speakers", "statements", "actors", "figures", "questions", "stance")."""
    rows = load_data("rules").get(family) or {}
    return {
        name: Rule(family, name, float(row["confidence"]), str(row.get("example", ""))) for name, row in rows.items()
    }


def rule(family: str, name: str) -> Rule:
    """One rule; a name missing from the table is a bug in the code that emits it."""
    try:
        return rules(family)[name]
    except KeyError:
        raise KeyError(f"rule {name!r} is not in data/rules.yml under {family!r}") from None


def confidence(family: str, name: str) -> float:
    return rule(family, name).confidence


def table(family: str) -> str:
    """The family as a reStructuredText table, strongest rule first, for module docstrings and ``--explain``."""
    rows = sorted(rules(family).values(), key=lambda r: -r.confidence)
    width = max([len(r.name) for r in rows] + [4])
    example = max([len(r.example) for r in rows] + [7])
    rule_line = f"{'=' * width}  ==========  {'=' * example}"
    lines = [rule_line, f"{'rule':<{width}}  confidence  {'example':<{example}}".rstrip(), rule_line]
    lines += [f"{r.name:<{width}}  {r.confidence:<10}  {r.example}".rstrip() for r in rows]
    return "\n".join([*lines, rule_line])
