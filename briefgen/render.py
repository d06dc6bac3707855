"""Render briefs into Markdown pages for MkDocs, through Jinja2 templates.

Templates are looked up first in the project's ``templates/`` (any packaged
template can be overridden by one of the same name), then in the package. They
run in a sandbox, and every value they print is escaped for the place it lands:
Markdown that MkDocs turns into HTML. Only what a template marks ``|safe`` is
printed as is, so a quote holding ``<script>``, ``{{ }}`` or ``|`` shows as text.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote, urlsplit

from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from .brief import Brief
from .content import Article
from .data import load_data
from .sanitize import DEFAULT_ALLOWED_TAGS, safe_body

# Characters that HTML or Markdown would read as markup, as numeric entities that
# Python-Markdown passes through as plain text.
_LINE_BREAKS = re.compile(r"[\s\u2028\u2029]*[\r\n\u2028\u2029][\s\u2028\u2029]*|[\t ]{2,}")
_ESCAPES = {c: f"&#{ord(c)};" for c in "&<>\"'|*_[]`\\#{}!~$^="}


def escape_markdown(value: Any) -> str:
    """Text for a Markdown page: no HTML, no Markdown syntax, one line."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = _LINE_BREAKS.sub(" ", str(value)).strip()
    return "".join(_ESCAPES.get(c, c) for c in text)


def safe_url(value: Any) -> Markup:
    """An http(s) URL made safe inside Markdown link syntax, or nothing at all."""
    text = str(value or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return Markup("")
    return Markup(quote(text, safe="/:?&=%#@+,;~.-!$'"))


def _format_number(value: Any, lang: str = "fr") -> str:
    """12000 → "12 000" (fr) or "12,000" (en), 1.5 → "1,5" (fr)."""
    if not isinstance(value, (int, float)):
        return escape_markdown(value)
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


class Renderer:
    """One sandboxed Jinja2 environment over the project's and the packaged templates."""

    def __init__(self, templates_dir: Path | None, language: str = "fr"):
        loaders = [FileSystemLoader(str(templates_dir))] if templates_dir and templates_dir.is_dir() else []
        loaders.append(PackageLoader("briefgen", "templates"))
        self.env = SandboxedEnvironment(
            loader=ChoiceLoader(loaders),
            autoescape=False,  # finalize escapes for Markdown, which HTML autoescape does not cover
            finalize=escape_markdown,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.language = language
        self.labels = load_data("labels")[language]
        self.env.globals["labels"] = self.labels
        self.env.filters["url"] = safe_url
        self.env.filters["number"] = lambda v: _format_number(v, language)
        self.env.filters["tojson_safe"] = lambda v: Markup(json.dumps(v, ensure_ascii=False).replace("<", "\\u003c"))

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)


def group_reactions(brief: Brief, other: str) -> list[tuple[str, list]]:
    """Reactions by the country they speak for; organisations and unknowns after countries."""
    groups: dict[str, list] = defaultdict(list)
    for reaction in brief.reactions:
        groups[reaction.country or other].append(reaction)
    return sorted(groups.items(), key=lambda kv: (kv[0] == other, kv[0]))


def site_pages(
    briefs: list[Brief],
    articles: list[Article],
    renderer: Renderer,
    *,
    allowed_html_tags: Iterable[str] = DEFAULT_ALLOWED_TAGS,
) -> dict[str, str]:
    """Every generated page: path relative to the generated dir → content."""
    by_slug = {a.slug: a for a in articles}
    ordered = sorted(briefs, key=lambda b: (b.date or "", b.title), reverse=True)
    pages: dict[str, str] = {
        "index.md": renderer.render("home.md.j2", briefs=ordered),
        "briefs.json": json.dumps([b.to_json() for b in ordered], ensure_ascii=False, indent=1),
    }
    for brief in briefs:
        article = by_slug[brief.slug]
        pages[f"briefs/{brief.slug}.md"] = renderer.render(
            "brief.md.j2",
            brief=brief,
            reaction_groups=group_reactions(brief, renderer.labels["other"]),
        )
        body = safe_body(article.body, allowed_html_tags)
        pages[f"articles/{brief.slug}.md"] = renderer.render("article.md.j2", brief=brief, body=body)
        pages[f"briefs/{brief.slug}.json"] = json.dumps(brief.to_json(), ensure_ascii=False, indent=1)
    return pages


def atomic_write(path: Path, content: str) -> None:
    """Write through a temporary file and rename, so a kill never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_pages(pages: dict[str, str], out_dir: Path) -> list[str]:
    """Make ``out_dir`` hold exactly ``pages``; write only what changed. Returns changed paths.

    ``out_dir`` belongs to briefgen (validated in config): files no page claims are removed,
    and so are symbolic links, before anything is written: followed, a link would make a
    write or a removal land outside it (in content/, say).
    """
    out_dir = out_dir.resolve()
    for link in [p for p in out_dir.rglob("*") if p.is_symlink()]:
        link.unlink()
    changed: list[str] = []
    for rel, content in pages.items():
        target = (out_dir / rel).resolve()
        if not target.is_relative_to(out_dir):
            raise ValueError(f"page path escapes the generated dir: {rel!r}")
        try:
            if target.read_text(encoding="utf-8") == content:
                continue
        except (OSError, UnicodeDecodeError):
            pass
        atomic_write(target, content)
        changed.append(rel)
    wanted = {(out_dir / rel).resolve() for rel in pages}
    for existing in sorted(_files(out_dir), reverse=True):
        if existing not in wanted:
            existing.unlink()
    for directory in sorted((p for p in out_dir.rglob("*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    return changed


def _files(root: Path) -> Iterable[Path]:
    return (p for p in root.rglob("*") if p.is_file())
