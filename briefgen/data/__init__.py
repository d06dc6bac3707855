"""Reviewed linguistic data (word lists, titles, capitals), shipped apart from the code."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

BOOL = "tag:yaml.org,2002:bool"


class WordsLoader(yaml.SafeLoader):
    """YAML as a word list means it: only ``true`` and ``false`` are booleans (YAML 1.2), so the
    words "on", "no", "off", "yes", "y" and "n" stay words. PyYAML's YAML 1.1 read them as booleans,
    and lists such as French ``impersonal_subjects: [on, …]`` or English ``[in, at, on]`` had
    silently lost them."""


WordsLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
WordsLoader.add_implicit_resolver(BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


@cache
def load_data(name: str) -> Any:
    """Load ``briefgen/data/<name>.yml`` once per process."""
    text = resources.files(__package__).joinpath(f"{name}.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=WordsLoader)  # noqa: S506 - a SafeLoader with fewer booleans
