"""site_config.yml: declared once as typed options, validated once at start-up.

Modelled on MkDocs's ``config_options``: each option is a small object that checks
one value and says exactly what is wrong, naming the key and the file. Everything
downstream receives a ``SiteConfig`` and never re-reads or re-checks YAML.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError, yaml_problem
from .sanitize import DEFAULT_ALLOWED_TAGS, unsafe_tags

CONFIG_FILE = "site_config.yml"


class Option:
    """One key of site_config.yml: a default and a check."""

    def __init__(self, default: Any, help: str = ""):
        self.default = default
        self.help = help

    def validate(self, value: Any, key: str) -> Any:
        return value


class Dir(Option):
    """A directory path, relative to the project root."""

    def validate(self, value: Any, key: str) -> Path:
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"'{key}' must be a directory path, got {value!r}")
        return Path(value)


class Str(Option):
    def __init__(self, default: Any, help: str = "", *, choices: tuple[str, ...] | None = None):
        super().__init__(default, help)
        self.choices = choices

    def validate(self, value: Any, key: str) -> str:
        if not isinstance(value, str):
            raise ConfigError(f"'{key}' must be a string, got {type(value).__name__}")
        if self.choices and value not in self.choices:
            raise ConfigError(f"'{key}' must be one of {', '.join(self.choices)}, got {value!r}")
        return value


class StrMap(Option):
    """A mapping of strings to strings, merged over the default mapping."""

    def validate(self, value: Any, key: str) -> dict[str, str]:
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise ConfigError(f"'{key}' must be a mapping of strings to strings")
        return {**self.default, **value}


class TagList(Option):
    """HTML tag names the article body may keep; only a subset of what the sanitiser knows is inert."""

    def validate(self, value: Any, key: str) -> tuple[str, ...]:
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"'{key}' must be a list of HTML tag names, e.g. [p, em, a]")
        tags = tuple(dict.fromkeys(v.strip().lower() for v in value))
        refused = unsafe_tags(tags)
        if refused:
            raise ConfigError(f"'{key}': {', '.join(refused)} cannot be allowed (not known to be safe)")
        return tags


class Bool(Option):
    def validate(self, value: Any, key: str) -> bool:
        if not isinstance(value, bool):
            raise ConfigError(f"'{key}' must be true or false, got {value!r}")
        return value


ENGINES = ("mkdocs", "zensical")  # briefgen/engines.py
# The medium French model: on articles no rule was written from it finds more speakers, reactions,
# `about`s and stances than fr_core_news_sm (README, "Which spaCy model"); sm stays a setting for
# small machines (320 MB loaded against 510 MB per worker).
DEFAULT_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm"}


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity where the OS tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


class Jobs(Option):
    """How many processes parse articles: a positive number, or ``auto`` for every core."""

    def validate(self, value: Any, key: str) -> int:
        if value == "auto":
            return default_jobs()
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"'{key}' must be a number of processes (1 or more) or 'auto', got {value!r}")
        return value


class Address(Option):
    """A network address, or nothing (null)."""

    def validate(self, value: Any, key: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"'{key}' must be an address such as tcp://10.0.0.5:8786, got {value!r}")
        return value.strip()


SCHEMA: dict[str, Option] = {
    "content_dir": Dir("content", "articles, one Markdown file each"),
    "templates_dir": Dir("templates", "Jinja2 templates that override the packaged ones"),
    "pages_dir": Dir("pages", "your own pages and files, published as they are"),
    "generated_dir": Dir("_build/docs", "pages briefgen writes for MkDocs (owned by briefgen)"),
    "cache_dir": Dir("_build/cache", "extraction cache"),
    "site_dir": Dir("site", "the built site"),
    "mkdocs_config": Str("mkdocs.yml", "the theme file (a zensical.toml too, with engine zensical)"),
    "engine": Str("mkdocs", "what builds the site from the generated pages", choices=ENGINES),
    "language": Str("fr", "language of the site's own labels", choices=("fr", "en")),
    "allowed_html_tags": TagList(DEFAULT_ALLOWED_TAGS, "HTML tags an article body may keep; the rest is stripped"),
    "models": StrMap(
        DEFAULT_MODELS,
        "spaCy pipeline per article language",
    ),
    "jobs": Jobs("auto", "processes that parse articles: a number, or auto (every core)"),
    "dask": Address(None, "a Dask scheduler's address: extraction runs on that cluster"),
}


@dataclass(frozen=True)
class SiteConfig:
    """The validated configuration; paths are absolute."""

    root: Path
    content_dir: Path
    templates_dir: Path
    generated_dir: Path
    cache_dir: Path
    site_dir: Path
    mkdocs_config: Path
    language: str = "fr"
    engine: str = "mkdocs"
    allowed_html_tags: tuple[str, ...] = DEFAULT_ALLOWED_TAGS
    models: dict[str, str] = field(default_factory=dict)
    source: Path | None = None
    pages_dir: Path | None = None
    jobs: int = 1
    dask: str | None = None

    def model_for(self, lang: str) -> str:
        return self.models.get(lang) or self.models[self.language]


def load_config(path: Path | str | None = None) -> SiteConfig:
    """Read and validate site_config.yml; a missing file means all defaults.

    Paths in the file are relative to the file's own directory, the project root.
    """
    path = Path(path).resolve() if path is not None else Path.cwd().resolve() / CONFIG_FILE
    root = path.parent
    raw: Any = {}
    if path.exists():
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            problem, line = yaml_problem(err)
            raise ConfigError(f"not valid YAML: {problem}", path=path, line=line) from None
        except UnicodeDecodeError:
            raise ConfigError("not UTF-8 text", path=path) from None
        if not isinstance(raw, dict):
            raise ConfigError("must be a mapping of options", path=path)
    unknown = sorted(set(raw) - set(SCHEMA))
    if unknown:
        raise ConfigError(
            f"unknown option(s) {', '.join(map(repr, unknown))}; known: {', '.join(SCHEMA)}",
            path=path,
        )
    values: dict[str, Any] = {}
    for key, option in SCHEMA.items():
        try:
            values[key] = option.validate(raw.get(key, option.default), key)
        except ConfigError as err:
            raise ConfigError(err.message, path=path) from None
    for key in ("content_dir", "templates_dir", "pages_dir", "generated_dir", "cache_dir", "site_dir"):
        values[key] = (root / values[key]).resolve()
    values["mkdocs_config"] = (root / values["mkdocs_config"]).resolve()
    content = values["content_dir"]
    for key in ("generated_dir", "cache_dir", "site_dir"):
        if content.is_relative_to(values[key]) or values[key].is_relative_to(content):
            raise ConfigError(
                f"'{key}' must not hold 'content_dir' nor lie inside it: briefgen never writes into content",
                path=path,
            )
    return SiteConfig(root=root, source=path if path.exists() else None, **values)
