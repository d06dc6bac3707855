"""The site's pages: every generated file, and the MkDocs settings that go with them.

With a thousand articles, MkDocs's navigation cost grows with pages × nav size,
so briefs never enter the navigation: readers reach them from the home page,
the month archive, the tag index, the cross-article pages and search.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..brief import Brief
from ..content import Article
from ..errors import BriefgenError
from ..sanitize import DEFAULT_ALLOWED_TAGS, safe_body
from .environment import Renderer
from .index import by_date, by_month, collect_actors, figures_page, group_reactions, headline_figures

HOME_LATEST = 12  # briefs shown as cards on the home page; the rest are one click away
ASSETS = ("assets/briefgen.js", "assets/briefgen.css")
# Generated pages in the navigation, by label key; user pages follow them.
NAV = (
    ("home", "index.md"),
    ("timeline", "timeline.md"),
    ("actors", "actors/index.md"),
    ("countries", "countries.md"),
    ("figures", "figures.md"),
    ("tags", "tags.md"),
)
NOT_IN_NAV = ("/briefs/", "/articles/", "/archive/", "/actors/")


def site_pages(
    briefs: list[Brief],
    articles: list[Article],
    renderer: Renderer,
    extra: dict[str, str | bytes] | None = None,
    *,
    allowed_html_tags: Iterable[str] = DEFAULT_ALLOWED_TAGS,
) -> dict[str, str | bytes]:
    """Every generated file: path relative to the generated dir → content.

    ``extra`` holds the user's own pages (``user_pages``); they may add pages but
    never replace a generated one.
    """
    by_slug = {a.slug: a for a in articles}
    ordered = by_date(briefs)
    months = by_month(briefs)
    actors = collect_actors(briefs)
    labels = renderer.labels
    render = renderer.render
    pages: dict[str, str | bytes] = {
        "index.md": render(
            "home.md.j2",
            briefs=ordered[:HOME_LATEST],
            total=len(ordered),
            months=[(m, len(bs)) for m, bs in months],
            headline=headline_figures,
        ),
        "timeline.md": render("timeline.md.j2", months=months),
        "actors/index.md": render("actors.md.j2", actors=actors),
        "countries.md": render(
            "countries.md.j2",
            groups=group_reactions(((b, r) for b in ordered for r in b.reactions), labels),
        ),
        "figures.md": render("figures.md.j2", **figures_page(briefs)),
        "tags.md": render("tags.md.j2"),
        "briefs.json": json.dumps([b.to_json() for b in ordered], ensure_ascii=False),
    }
    for name in ASSETS:
        pages[name] = renderer.asset(name)
    for month, month_briefs in months:
        pages[f"archive/{month or 'undated'}.md"] = render(
            "archive.md.j2", month=month, briefs=month_briefs, headline=headline_figures
        )
    for entry in actors:
        if entry.has_page:
            pages[f"actors/{entry.slug}.md"] = render("actor.md.j2", actor=entry)
    for brief in briefs:
        article = by_slug[brief.slug]
        pages[f"briefs/{brief.slug}.md"] = render(
            "brief.md.j2",
            brief=brief,
            reaction_groups=group_reactions(((brief, r) for r in brief.reactions), labels),
        )
        pages[f"articles/{brief.slug}.md"] = render(
            "article.md.j2", brief=brief, body=safe_body(article.body, allowed_html_tags)
        )
        pages[f"briefs/{brief.slug}.json"] = json.dumps(
            brief.to_json(), ensure_ascii=False, indent=1
        )  # one brief: worth reading
    for rel, content in (extra or {}).items():
        if rel in pages:
            raise BriefgenError(f"your page {rel!r} has the name of a page briefgen generates: rename it")
        pages[rel] = content
    return pages


def user_pages(pages_dir: Path | None) -> dict[str, str | bytes]:
    """The user's own files (Markdown pages, images…) to publish as they are, by relative path."""
    if pages_dir is None or not pages_dir.is_dir():
        return {}
    return {
        path.relative_to(pages_dir).as_posix(): path.read_bytes()
        for path in sorted(pages_dir.rglob("*"))
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(pages_dir).parts)
    }


def mkdocs_overrides(
    generated_dir: Path, language: str, *, user_nav: list | None = None, user_not_in_nav: str | None = None
) -> dict:
    """MkDocs settings briefgen owns: a small explicit nav, and briefs kept out of it quietly.

    The user's own ``nav`` from mkdocs.yml is kept whole, after briefgen's sections;
    a generated page the user's nav already places is not listed twice. Top-level
    pages no nav mentions (from ``pages_dir``) follow, by name. The user's
    ``not_in_nav`` patterns are kept too.
    """
    from ..data import load_data

    labels = load_data("labels")[language]
    placed = set(_nav_paths(user_nav or []))
    nav: list = [{labels[key]: path} for key, path in NAV if path not in placed]
    nav += list(user_nav or [])
    fixed = {path for _, path in NAV}
    nav += sorted(p.name for p in generated_dir.glob("*.md") if p.name not in fixed and p.name not in placed)
    patterns = [*NOT_IN_NAV, *(line.strip() for line in (user_not_in_nav or "").splitlines() if line.strip())]
    return {"nav": nav, "not_in_nav": "\n".join(dict.fromkeys(patterns))}


def _nav_paths(nav) -> Iterable[str]:
    """Every page path a MkDocs nav mentions, at any depth (titles and sections skipped)."""
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_paths(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_paths(value)
