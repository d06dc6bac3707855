"""The sandboxed Jinja2 environment: the project's templates first, then briefgen's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from ..content import slugify
from ..data import load_data
from .escape import escape_markdown, format_number, one_line, safe_url, yaml_string
from .geo import country_code, flag
from .numbers import figure_value
from .statements import stance_line, statements


class Renderer:
    """One sandboxed Jinja2 environment over the project's and the packaged templates.

    Any packaged template (``briefgen/templates/``) is overridden by a file of the
    same name in the project's templates dir; so are the static assets under
    ``assets/``, which are read through the same loader but never run as templates.

    ``terminal=True`` is for text read in a terminal, not published (the review
    sheet of ``briefgen extract --format markdown``): values print as the article
    wrote them, on one line, unescaped. Site pages always use the default.
    """

    def __init__(self, templates_dir: Path | None, language: str = "fr", *, terminal: bool = False):
        self.text = one_line if terminal else escape_markdown
        loaders = [FileSystemLoader(str(templates_dir))] if templates_dir and templates_dir.is_dir() else []
        loaders.append(PackageLoader("briefgen", "templates"))
        self.env = SandboxedEnvironment(
            loader=ChoiceLoader(loaders),
            autoescape=False,  # finalize escapes for Markdown, which HTML autoescape does not cover
            finalize=self.text,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # a Renderer lives for one build: no stat() of a partial at every include
        )
        self.language = language
        self.labels = load_data("labels")[language]
        self.env.globals["labels"] = self.labels
        self.env.filters["url"] = safe_url
        self.env.filters["number"] = lambda v: format_number(v, language, self.text)
        self.env.filters["figure_value"] = lambda v, what=None: figure_value(v, what, language)
        self.env.filters["yaml"] = yaml_string
        self.env.filters["month"] = self.month_name
        self.env.filters["host"] = host
        self.env.filters["flag"] = lambda name: flag(country_code(name, language))
        # French sets a colon off with a space on both sides ("Condamnent : France"), English does not
        self.env.globals["colon"] = Markup(" : " if language == "fr" else ": ")
        self.env.globals["semicolon"] = Markup(" ; " if language == "fr" else "; ")
        self.env.globals["statements"] = statements
        self.env.globals["stance_line"] = stance_line
        self.env.globals["pairs"] = lambda owner, items: [(owner, item) for item in items]
        self.env.globals["dossier_slug"] = dossier_slug
        self.env.filters["tojson_safe"] = lambda v: Markup(json.dumps(v, ensure_ascii=False).replace("<", "\\u003c"))

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    def asset(self, name: str) -> str:
        """A static file's text (JS, CSS), as the loader finds it: overridable, never rendered."""
        source, _, _ = self.env.loader.get_source(self.env, name)
        return source

    def month_name(self, month: str | None) -> Markup:
        """ "2024-10" → "octobre 2024"; no month → the label for undated briefs."""
        if not month:
            return Markup(self.text(self.labels["undated"]))
        year, number = month.split("-")
        return Markup(self.text(f"{self.labels['months'][int(number) - 1]} {year}"))


def host(url: str | None) -> str:
    """ "https://www.lemonde.fr/x" → "lemonde.fr": how a reader names a source."""
    netloc = urlsplit(str(url or "")).hostname or ""
    return netloc.removeprefix("www.")


def dossier_slug(tag: str) -> str:
    """A tag's dossier page name ("Corée du Nord" → "coree-du-nord"); never empty."""
    return slugify(str(tag)) or "dossier"
