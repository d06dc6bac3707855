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
from .environment import Renderer, dossier_slug
from .feed import FEED, atom_feed
from .geo import MapCountry, world_map
from .index import by_date, by_month, collect_actors, figures_page, group_reactions, headline_figures
from .statements import brief_statements, country_rows, stances_used, statements

HOME_LATEST = 12  # briefs shown as cards on the home page; the rest are one click away
ASSETS = ("assets/briefgen.js", "assets/briefgen.css")
# Material's main.html with the feed link and Open Graph tags; the build points theme.custom_dir
# at it (build.theme_with_overrides). A dot-directory: MkDocs never publishes it as a page.
OVERRIDES_DIR = ".overrides"
THEME_OVERRIDES = {f"{OVERRIDES_DIR}/main.html": "overrides/main.html"}
# Generated pages in the navigation, by label key; user pages follow them.
NAV = (
    ("home", "index.md"),
    ("timeline", "timeline.md"),
    ("actors", "actors/index.md"),
    ("countries", "countries.md"),
    ("figures", "figures.md"),
    ("tags", "tags.md"),
)
NOT_IN_NAV = ("/briefs/", "/articles/", "/archive/", "/actors/", "/dossiers/")


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
    said = brief_statements(ordered)
    dossiers = _dossiers(ordered)
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
        "countries.md": _countries_page(said, renderer),
        "figures.md": render("figures.md.j2", **figures_page(briefs)),
        "tags.md": render(
            "tags.md.j2", dossiers=[(tag, slug, len(bs)) for slug, (tag, bs) in sorted(dossiers.items())]
        ),
        "briefs.json": json.dumps([b.to_json() for b in ordered], ensure_ascii=False),
        FEED: atom_feed(ordered, labels["feed_title"], labels["feed_title"], renderer.language),
    }
    for name in ASSETS:
        pages[name] = renderer.asset(name)
    for rel, name in THEME_OVERRIDES.items():
        pages[rel] = renderer.asset(name)
    for month, month_briefs in months:
        pages[f"archive/{month or 'undated'}.md"] = render(
            "archive.md.j2", month=month, briefs=month_briefs, headline=headline_figures
        )
    for entry in actors:
        if entry.has_page:
            pages[f"actors/{entry.slug}.md"] = render("actor.md.j2", actor=entry)
    for slug, (tag, tag_briefs) in dossiers.items():
        pages[f"dossiers/{slug}.md"] = _dossier_page(tag, tag_briefs, renderer)
    for brief in briefs:
        article = by_slug[brief.slug]
        pages[f"briefs/{brief.slug}.md"] = render(
            "brief.md.j2",
            brief=brief,
            reaction_groups=group_reactions(((brief, s) for s in statements(brief.reactions)), labels),
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


def _dossiers(ordered: list[Brief]) -> dict[str, tuple[str, list[Brief]]]:
    """Dossier slug → (the tag as first written, its briefs oldest first, undated last)."""
    tags: dict[str, tuple[str, list[Brief]]] = {}
    for brief in reversed(ordered):  # ``ordered`` is newest first
        for tag in dict.fromkeys(brief.tags):
            tags.setdefault(dossier_slug(tag), (tag, []))[1].append(brief)
    for _, tag_briefs in tags.values():
        tag_briefs.sort(key=lambda b: (b.date is None, str(b.date or ""), b.title))
    return tags


def _countries_page(said: list, renderer: Renderer) -> str:
    """Countries × stances, the world map coloured by each country's dominant stance, then every
    statement by country. The map's shapes are decoded once per process (geo.shapes)."""
    labels = renderer.labels
    rows = country_rows(said, renderer.language)
    countries = {
        row.code: MapCountry(
            f"bg-stance-{row.dominant}",
            f"#{row.anchor}",
            f"{row.name} : {labels['stance_names'][row.dominant]} ({len(row.items)})",
        )
        for row in rows
        if row.code
    }
    groups = group_reactions(said, labels)
    return renderer.render(
        "countries.md.j2",
        rows=rows,
        stances=stances_used(rows),
        legend=[s for s in stances_used(rows) if any(r.dominant == s for r in rows if r.code)],
        world_map=world_map(countries, labels["map_title"]) if rows else "",
        groups=groups,
        anchors={row.name: row.anchor for row in rows},
    )


def _dossier_page(tag: str, tag_briefs: list[Brief], renderer: Renderer) -> str:
    """One tag's dossier; its cost is its own briefs', so all dossiers together stay linear."""
    said = brief_statements(tag_briefs)
    rows = country_rows(said, renderer.language)
    return renderer.render(
        "dossier.md.j2",
        tag=tag,
        briefs=tag_briefs,
        fig_rows=[(b, f) for b in tag_briefs for f in b.figures],
        items=[s for _, s in said],
        rows=rows,
        stances=stances_used(rows),
        groups=group_reactions(said, renderer.labels),
        actors=collect_actors(tag_briefs),
    )


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
