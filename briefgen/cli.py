"""The ``briefgen`` command: thin wrappers that parse options, call the pipeline, set the exit code."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click
import yaml

from . import __version__
from .config import CONFIG_FILE, ENGINES, load_config
from .content import find_articles, load_articles, slugify
from .corrections import review_article
from .errors import BriefgenError


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.group()
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """Turn news articles into a published briefing site."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "yaml", "markdown"]), default="json", show_default=True)
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=CONFIG_FILE, show_default=True)
@click.option("--no-cache", is_flag=True, help="Re-extract every article, ignoring the extraction cache.")
def extract(files: tuple[Path, ...], fmt: str, config_file: Path, no_cache: bool) -> None:
    """Print the brief of each article FILE (a JSON array by default)."""
    from .cache import BriefCache
    from .extract import extract_articles
    from .render import Renderer

    try:
        config = load_config(config_file)
    except BriefgenError as err:
        _fail(str(err))
    articles, errors = load_articles(list(files))
    try:
        cache = None if no_cache else BriefCache(config.cache_dir)
        briefs, extract_errors = extract_articles(articles, config.model_for, cache=cache)
    except BriefgenError as err:
        _fail(str(err))
    errors += extract_errors
    for error in errors:
        click.echo(f"error: {error}", err=True)
    data = [b.to_json() for b in briefs if b is not None]
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "yaml":
        click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
    else:
        renderer = Renderer(config.templates_dir, config.language, terminal=True)
        for brief in (b for b in briefs if b is not None):
            click.echo(renderer.render("review.md.j2", brief=brief))
    if errors:
        sys.exit(1)


@main.command()
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=CONFIG_FILE, show_default=True)
@click.option(
    "--strict/--keep-going",
    default=False,
    show_default=True,
    help="--strict stops at the first broken article or warning and publishes nothing; "
    "--keep-going (the default) reports them and publishes the others.",
)
@click.option("--no-cache", is_flag=True, help="Re-extract every article, ignoring the extraction cache.")
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=None,
    help="Build with this engine (default: site_config.yml's engine, mkdocs).",
)
def build(config_file: Path, strict: bool, no_cache: bool, engine: str | None) -> None:
    """Extract every article and build the site (site_dir in site_config.yml).

    Exits non-zero when any article could not be built.
    """
    from .build import build as run_build

    try:
        config = load_config(config_file)
        report = run_build(config, strict=strict, cache=not no_cache, engine=engine)
    except BriefgenError as err:
        _fail(str(err))
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    times = ", ".join(f"{k} {v:.1f}s" for k, v in report.timings.items())
    click.echo(f"built {len(report.briefs)} of {report.articles} articles into {config.site_dir} ({times})", err=True)
    if report.errors:
        _fail(f"{len(report.errors)} article(s) could not be built; the others were published")


@main.command()
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=CONFIG_FILE, show_default=True)
@click.option("--strict", is_flag=True, help="Count warnings (unknown front matter keys…) as errors.")
@click.option(
    "--hints", is_flag=True, help="Also extract (spaCy): check corrections against the briefs, list items to review."
)
def check(config_file: Path, strict: bool, hints: bool) -> None:
    """Validate the config, every article and its corrections without building (no spaCy needed but for --hints).

    Exits non-zero when an article has an error (or, with --strict, a warning).
    """
    try:
        config = load_config(config_file)
    except BriefgenError as err:
        _fail(str(err))
    paths = find_articles(config.content_dir)
    articles, errors = load_articles(paths)
    warnings = [w for a in articles for w in a.warnings]
    raw_briefs = [None] * len(articles)
    if hints:
        from .cache import BriefCache
        from .extract import extract_articles

        try:
            raw_briefs, extract_errors = extract_articles(
                articles, config.model_for, cache=BriefCache(config.cache_dir), corrected=False
            )
        except BriefgenError as err:
            _fail(str(err))
        errors += extract_errors
    hint_count = 0
    for article, raw in zip(articles, raw_briefs):
        problems, review = review_article(article, raw)
        warnings += problems
        hint_count += len(review)
        for hint in review:
            click.echo(f"hint: {hint}")
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    click.echo(
        f"checked {len(paths)} articles in {config.content_dir}: {len(errors)} error(s), {len(warnings)} warning(s)"
        + (f", {hint_count} hint(s)" if hints else ""),  # with --hints, "0 hint(s)" says the review ran
        err=True,
    )
    if errors or (strict and warnings):
        sys.exit(1)


@main.command()
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=CONFIG_FILE, show_default=True)
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=None,
    help="Serve with this engine (default: site_config.yml's engine, mkdocs).",
)
def serve(config_file: Path, dev_addr: str, engine: str | None) -> None:
    """Preview the site live; rebuilds when an article, a template or the config changes."""
    from .serve import serve as run_serve

    try:
        run_serve(load_config(config_file), dev_addr=dev_addr, engine=engine)
    except BriefgenError as err:
        _fail(str(err))


@main.command()
@click.argument("title")
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=CONFIG_FILE, show_default=True)
@click.option("--tag", "tags", multiple=True, help="A tag for the article (repeatable).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None)
def new(title: str, config_file: Path, tags: tuple[str, ...], lang: str | None) -> None:
    """Write a new article skeleton in the content dir; never overwrites."""
    try:
        config = load_config(config_file)
    except BriefgenError as err:
        _fail(str(err))
    slug = slugify(title)
    if not slug or not title.strip():
        _fail("the title must contain letters or digits")
    path = config.content_dir / f"{slug}.md"
    front = {"title": " ".join(title.split()), "lang": lang or config.language, "tags": list(tags)}
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\nÉcrivez l'article ici.\n"
    config.content_dir.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        _fail(f"{path} already exists; choose another title or edit that file")
    click.echo(str(path))


@main.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=CONFIG_FILE, show_default=True)
@click.option(
    "--replace", is_flag=True, help="Overwrite an article of the same title (its .brief.yml corrections are kept)."
)
def import_(files: tuple[Path, ...], config_file: Path, replace: bool) -> None:
    """Turn saved web pages (.html) or text files (.txt) into articles in the content dir; offline."""
    from .importer import import_file

    try:
        config = load_config(config_file)
    except BriefgenError as err:
        _fail(str(err))
    failed = 0
    for path in files:
        try:
            click.echo(str(import_file(path, config.content_dir, replace=replace)))
        except BriefgenError as err:
            click.echo(f"error: {err}", err=True)
            failed += 1
    if failed:
        _fail(f"{failed} of {len(files)} file(s) not imported")
