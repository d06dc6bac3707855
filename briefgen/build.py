"""The pipeline, top to bottom: load → extract → render → MkDocs.

Like MkDocs's own ``build``: gather everything first, collect problems instead of
stopping at the first one (unless ``strict``), write, then build the site into a
temporary directory that replaces ``site/`` only when MkDocs succeeded, so a
failed build never leaves a half-written site.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .brief import Brief
from .config import SiteConfig
from .content import Article, find_articles, load_articles
from .errors import BriefgenError, ContentError
from .extract import extract_articles
from .render import Renderer, mkdocs_overrides, site_pages, user_pages, write_pages

log = logging.getLogger("briefgen")


@dataclass
class BuildReport:
    articles: int = 0
    briefs: list[Brief] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages_written: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


class BuildAborted(BriefgenError):
    """Strict mode met an error: nothing was published."""


def generate(config: SiteConfig, *, strict: bool = False) -> tuple[list[Article], BuildReport]:
    """Load, extract and render into the generated dir; no MkDocs yet (``serve`` reuses this)."""
    report = BuildReport()
    clock = time.perf_counter()

    articles, errors = load_articles(find_articles(config.content_dir))
    report.articles = len(articles) + len(errors)
    report.errors.extend(errors)
    for article in articles:
        report.warnings.extend(article.warnings)
    if strict and report.errors:
        raise BuildAborted(str(report.errors[0]))
    report.timings["load"] = time.perf_counter() - clock

    clock = time.perf_counter()
    briefs, errors = extract_articles(articles, config.model_for)
    report.errors.extend(errors)
    if strict and report.errors:
        raise BuildAborted(str(report.errors[0]))
    kept = [(a, b) for a, b in zip(articles, briefs) if b is not None]
    report.briefs = [b for _, b in kept]
    report.timings["extract"] = time.perf_counter() - clock

    clock = time.perf_counter()
    renderer = Renderer(config.templates_dir, config.language)
    pages = site_pages(report.briefs, [a for a, _ in kept], renderer, user_pages(config.pages_dir))
    report.pages_written = len(write_pages(pages, config.generated_dir))
    report.timings["render"] = time.perf_counter() - clock
    return [a for a, _ in kept], report


def run_mkdocs(config: SiteConfig, *, strict: bool = False) -> None:
    """Build the site with MkDocs into a temporary dir, then swap it into place."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config as mkdocs_config
    from mkdocs.exceptions import MkDocsException

    if not config.mkdocs_config.is_file():
        raise BriefgenError(f"MkDocs config not found: {config.mkdocs_config}")
    site_dir = config.site_dir
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    try:
        try:
            cfg = mkdocs_config(
                config_file=str(config.mkdocs_config),
                docs_dir=str(config.generated_dir),
                site_dir=str(staging),
                strict=strict,
                **mkdocs_overrides(config.generated_dir, config.language),
            )
            mkdocs_build(cfg)
        except (MkDocsException, SystemExit) as err:
            raise BriefgenError(f"MkDocs failed: {err}", path=config.mkdocs_config) from None
        _swap(staging, site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new`` with two renames; the old site survives any failure before them."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def build(config: SiteConfig, *, strict: bool = False) -> BuildReport:
    """The whole pipeline. Broken articles are reported; the rest is published."""
    _, report = generate(config, strict=strict)
    clock = time.perf_counter()
    run_mkdocs(config)
    report.timings["mkdocs"] = time.perf_counter() - clock
    return report
