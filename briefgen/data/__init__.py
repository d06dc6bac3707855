"""Reviewed linguistic data (word lists, titles, capitals), shipped apart from the code."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_data(name: str) -> Any:
    """Load ``briefgen/data/<name>.yml`` once per process."""
    text = resources.files(__package__).joinpath(f"{name}.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
