"""The pipeline, top to bottom: load → extract → render → MkDocs (or Zensical, engines.py).

Like MkDocs's own ``build``: gather everything first, collect problems instead of
stopping at the first one (unless ``strict``), write, then build the site into a
temporary directory that replaces ``site/`` only when the engine succeeded, so a
failed build never leaves a half-written site.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import TemplateError

from .brief import Brief
from .cache import BriefCache
from .config import SiteConfig
from .content import Article, find_articles, load_articles
from .errors import BriefgenError, ContentError
from .executors import Executor, executor_for
from .pipeline import corrected_briefs
from .render import OVERRIDES_DIR, Renderer, mkdocs_overrides, site_pages, user_pages, write_pages

log = logging.getLogger("briefgen")


@dataclass
class BuildReport:
    articles: int = 0
    briefs: list[Brief] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages_written: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    workers: dict[str, float] = field(default_factory=dict)  # peak RSS (MB) of each extraction worker

    @property
    def ok(self) -> bool:
        return not self.errors


class BuildAborted(BriefgenError):
    """Strict mode met an error: nothing was published."""


def generate(
    config: SiteConfig, *, strict: bool = False, cache: bool = True, executor: Executor | None = None
) -> tuple[list[Article], BuildReport]:
    """Load, extract and render into the generated dir; no MkDocs yet (``serve`` reuses this).

    Extraction runs in this process unless an ``executor`` is given (``build`` makes one from
    ``jobs``/``dask``; ``serve`` keeps its model loaded in its own process between rebuilds)."""
    report = BuildReport()
    clock = time.perf_counter()

    articles, errors = load_articles(find_articles(config.content_dir))
    report.articles = len(articles) + len(errors)
    report.errors.extend(errors)
    for article in articles:
        report.warnings.extend(article.warnings)
    if strict and (report.errors or report.warnings):
        raise BuildAborted(_first_problem(report))
    report.timings["load"] = time.perf_counter() - clock

    clock = time.perf_counter()
    store = BriefCache(config.cache_dir) if cache else None
    briefs, errors, warnings = corrected_briefs(articles, config.model_for, cache=store, executor=executor)
    report.workers = dict(executor.peak_rss_mb) if executor else {}
    report.errors.extend(errors)
    report.warnings.extend(warnings)
    if strict and (report.errors or report.warnings):
        raise BuildAborted(_first_problem(report))
    kept = [(a, b) for a, b in zip(articles, briefs) if b is not None]
    report.briefs = [b for _, b in kept]
    report.timings["extract"] = time.perf_counter() - clock

    clock = time.perf_counter()
    try:
        renderer = Renderer(config.templates_dir, config.language)
        pages = site_pages(
            report.briefs,
            [a for a, _ in kept],
            renderer,
            user_pages(config.pages_dir),
            allowed_html_tags=config.allowed_html_tags,
        )
    except TemplateError as err:
        raise BriefgenError(f"template error: {err}", path=getattr(err, "filename", None)) from None
    report.pages_written = len(write_pages(pages, config.generated_dir))
    report.timings["render"] = time.perf_counter() - clock
    return [a for a, _ in kept], report


def _first_problem(report: BuildReport) -> str:
    """What ``--strict`` stopped on, naming the file (CI prints only this)."""
    first = str(report.errors[0]) if report.errors else report.warnings[0]
    return f"{first} (--strict: stopped, nothing was published)"


def run_mkdocs(config: SiteConfig, *, strict: bool = False, engine: str | None = None) -> list[str]:
    """Build the site with the engine (MkDocs or Zensical) into a temporary dir, then swap it into place.

    Returns the engine's warnings; with ``strict``, any of them stops the build before the
    swap, so the published site stays the previous one.
    """
    from .engines import build_site

    site_dir = config.site_dir
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    _recover(site_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    try:
        warnings = build_site(config, engine or config.engine, staging, strict=strict)
        if strict and warnings:
            raise BuildAborted(_first_problem(BuildReport(warnings=warnings)))
        _swap(staging, site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return warnings


def mkdocs_settings(config: SiteConfig, theme: dict | None = None) -> dict:
    """briefgen's MkDocs overrides (nav, not_in_nav), merged with the user's own from the theme file.

    Read as the engine reads it (``engines.load_theme_file``: MkDocs's YAML loader, ``!ENV``,
    ``INHERIT``; or a zensical.toml), since the overrides replace the file's keys.
    """
    from .engines import load_theme_file

    theme = load_theme_file(config) if theme is None else theme
    nav = theme.get("nav")
    if nav is not None and not isinstance(nav, list):
        raise BriefgenError("'nav' must be a list of pages and sections", path=config.mkdocs_config)
    settings = mkdocs_overrides(
        config.generated_dir, config.language, user_nav=nav, user_not_in_nav=theme.get("not_in_nav") or None
    )
    custom = theme_with_overrides(config, theme.get("theme"))
    if custom is not None:
        settings["theme"] = custom
    return settings


def theme_with_overrides(config: SiteConfig, theme: Any) -> dict | None:
    """The user's ``theme`` with ``custom_dir`` pointing at briefgen's override of Material's
    main.html (feed link, Open Graph tags), wherever the generated dir is; None where the user
    has a ``custom_dir`` of their own (theirs wins: copy briefgen's ``overrides/main.html`` into
    it to keep the feed link)."""
    if not isinstance(theme, dict):
        theme = {"name": theme} if isinstance(theme, str) else None
    overrides = config.generated_dir / OVERRIDES_DIR
    if theme is None or not overrides.is_dir():  # docs briefgen did not render: nothing to point at
        return None
    own = theme.get("custom_dir")
    if isinstance(own, str):
        resolved = (config.mkdocs_config.parent / own).resolve()
        if not resolved.is_relative_to(config.generated_dir.resolve()):
            return None
    return {**theme, "custom_dir": str(overrides)}


def _recover(target: Path) -> None:
    """Undo what a build killed mid-way (no ``finally`` ran) left next to the site.

    A kill between the two renames of ``_swap`` leaves only ``.site.old``: put it
    back. Staging dirs of killed builds are removed (one build per project at a time).
    """
    old = target.with_name(f".{target.name}.old")
    if old.is_dir() and not target.exists():
        old.rename(target)
    for stale in target.parent.glob(f".{target.name}-*"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)


def _swap(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new`` with two renames; the old site survives any failure before them."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def build(config: SiteConfig, *, strict: bool = False, cache: bool = True, engine: str | None = None) -> BuildReport:
    """The whole pipeline. Broken articles are reported; the rest is published.

    What the engine would silently skip in the theme file (engines.check) is a warning,
    found before anything is parsed, so ``--strict`` stops on it with nothing published.
    Extraction runs where ``config.jobs`` / ``config.dask`` say (``executors``).
    """
    from .engines import check

    engine = engine or config.engine
    engine_warnings = check(config, engine)
    if strict and engine_warnings:
        raise BuildAborted(_first_problem(BuildReport(warnings=engine_warnings)))
    with executor_for(config.jobs, config.dask) as executor:
        _, report = generate(config, strict=strict, cache=cache, executor=executor)
    report.warnings.extend(engine_warnings)
    clock = time.perf_counter()
    report.warnings.extend(run_mkdocs(config, strict=strict, engine=engine))
    report.timings[engine] = time.perf_counter() - clock
    return report
