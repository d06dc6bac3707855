"""Gold passages as pytest parameters, each under the models its `parsed_by` key names (all if none)."""

from __future__ import annotations

import pytest


def passage_params(cases: dict | list) -> list:
    """One parameter per case: a name-keyed dict gives its names, a list its case dicts.

    A case with ``parsed_by: [model, ...]`` is marked so that tests/conftest.py skips it under
    other models (a passage that reads one model's misparse); one with ``fails_under: {model:
    reason}`` is expected to fail under that model, a known gap said in the reason.
    """
    if isinstance(cases, dict):
        items = [(name, name, case) for name, case in cases.items()]
    else:
        items = [(case, case.get("name") or case.get("case"), case) for case in cases]
    return [pytest.param(value, id=ident, marks=marks(case)) for value, ident, case in items]


def marks(case: dict) -> list:
    """``parsed_by: [model, ...]`` and ``fails_under: {model: reason}`` of a case, as pytest marks."""
    found = [pytest.mark.parsed_by(*case["parsed_by"])] if "parsed_by" in case else []
    return found + [pytest.mark.fails_under(model, reason) for model, reason in case.get("fails_under", {}).items()]
