"""The ``briefgen`` command: thin wrappers that parse options, call the pipeline, set the exit code."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

import click
import yaml

from . import __version__
from .config import CONFIG_FILE, ENGINES, SiteConfig, load_config
from .content import find_articles, load_articles, slugify
from .corrections import review_article
from .errors import BriefgenError


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _show_errors(errors: list[BriefgenError]) -> None:
    """One line per error, naming the file; the traceback of a bug only behind ``--debug``."""
    for error in errors:
        click.echo(f"error: {error}", err=True)
        if _DEBUG.on and getattr(error, "detail", None):
            click.echo(error.detail.rstrip(), err=True)


class _DEBUG:  # set by --debug for this process (the CLI runs one command)
    on = False


def common_options(command: Callable) -> Callable:
    """``--config``, ``-v`` and ``--debug`` for every command, declared once (as MkDocs's
    ``common_options``); the command receives the validated ``config``, loaded once."""

    @click.option(
        "--config", "config_file", type=click.Path(path_type=Path), default=CONFIG_FILE, show_default=True,
        help="The site configuration.",
    )  # fmt: skip
    @click.option("-v", "--verbose", is_flag=True, help="Log each extraction decision (which rule fired where).")
    @click.option("--debug", is_flag=True, help="Also show the traceback of an extraction failure.")
    @functools.wraps(command)
    def wrapper(*args, config_file: Path, verbose: bool, debug: bool, **kwargs):
        _DEBUG.on = debug
        level = logging.DEBUG if (verbose or debug) else logging.WARNING
        logging.getLogger("briefgen").setLevel(level)
        try:
            config = load_config(config_file)
        except BriefgenError as err:
            _fail(str(err))
        return command(*args, config=config, **kwargs)

    return wrapper


@click.group()
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """Turn news articles into a published briefing site."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(name)s: %(message)s")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "yaml", "markdown"]), default="json", show_default=True)
@click.option(
    "--explain", is_flag=True, help="Print, per item, the rule chain that produced it, instead of the briefs."
)
@click.option("--no-cache", is_flag=True, help="Re-extract every article, ignoring the extraction cache.")
@common_options
def extract(files: tuple[Path, ...], fmt: str, explain: bool, no_cache: bool, config: SiteConfig) -> None:
    """Print the brief of each article FILE (a JSON array by default)."""
    from .cache import BriefCache
    from .pipeline import corrected_briefs
    from .render import Renderer

    articles, errors = load_articles(list(files))
    try:
        cache = None if no_cache else BriefCache(config.cache_dir)
        briefs, extract_errors, warnings = corrected_briefs(articles, config.model_for, cache=cache)
    except BriefgenError as err:
        _fail(str(err))
    errors += extract_errors
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    _show_errors(errors)
    kept = [b for b in briefs if b is not None]
    if explain:
        from .explain import explain_brief

        click.echo("\n\n".join(explain_brief(b) for b in kept))
    elif fmt == "json":
        click.echo(json.dumps([b.to_json() for b in kept], ensure_ascii=False, indent=2))
    elif fmt == "yaml":
        click.echo(yaml.safe_dump([b.to_json() for b in kept], allow_unicode=True, sort_keys=False, width=100))
    else:
        renderer = Renderer(config.templates_dir, config.language, terminal=True)
        for brief in kept:
            click.echo(renderer.render("review.md.j2", brief=brief))
    if errors:
        sys.exit(1)


@main.command()
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
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None,
    help="Processes that parse articles (default: 'jobs' in site_config.yml, every core; 1: this process).",
)  # fmt: skip
@click.option(
    "--dask", "dask_address", metavar="ADDRESS", default=None,
    help="Extract on this Dask scheduler's cluster (e.g. tcp://10.0.0.5:8786); needs briefgen[dask].",
)  # fmt: skip
@common_options
def build(
    strict: bool, no_cache: bool, engine: str | None, jobs: int | None, dask_address: str | None, config: SiteConfig
) -> None:
    """Extract every article and build the site (site_dir in site_config.yml).

    Exits non-zero when any article could not be built.
    """
    import dataclasses

    from .build import build as run_build

    if dask_address is not None:
        config = dataclasses.replace(config, dask=dask_address)
    elif jobs is not None:  # on this machine, even if site_config.yml names a cluster
        config = dataclasses.replace(config, jobs=jobs, dask=None)
    try:
        report = run_build(config, strict=strict, cache=not no_cache, engine=engine)
    except BriefgenError as err:
        _fail(str(err))
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    _show_errors(report.errors)
    times = ", ".join(f"{k} {v:.1f}s" for k, v in report.timings.items())
    click.echo(f"built {len(report.briefs)} of {report.articles} articles into {config.site_dir} ({times})", err=True)
    if report.workers:
        peaks = ", ".join(f"{mb:.0f}" for mb in sorted(report.workers.values()))
        click.echo(f"{len(report.workers)} extraction worker(s), peak memory {peaks} MB", err=True)
    if report.errors:
        _fail(f"{len(report.errors)} article(s) could not be built; the others were published")


@main.command()
@click.option("--strict", is_flag=True, help="Count warnings (unknown front matter keys…) as errors.")
@click.option(
    "--hints", is_flag=True, help="Also extract (spaCy): check corrections against the briefs, list items to review."
)
@common_options
def check(strict: bool, hints: bool, config: SiteConfig) -> None:
    """Validate the config, every article and its corrections without building (no spaCy needed but for --hints).

    Exits non-zero when an article has an error (or, with --strict, a warning).
    """
    paths = find_articles(config.content_dir)
    articles, errors = load_articles(paths)
    warnings = [w for a in articles for w in a.warnings]
    raw_briefs = [None] * len(articles)
    if hints:
        from .cache import BriefCache
        from .pipeline import extract_articles

        try:  # corrections are checked against the brief as extraction made it
            raw_briefs, extract_errors = extract_articles(
                articles, config.model_for, cache=BriefCache(config.cache_dir)
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
    _show_errors(errors)
    click.echo(
        f"checked {len(paths)} articles in {config.content_dir}: {len(errors)} error(s), {len(warnings)} warning(s)"
        + (f", {hint_count} hint(s)" if hints else ""),  # with --hints, "0 hint(s)" says the review ran
        err=True,
    )
    if errors or (strict and warnings):
        sys.exit(1)


@main.command()
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=None,
    help="Serve with this engine (default: site_config.yml's engine, mkdocs).",
)
@common_options
def serve(dev_addr: str, engine: str | None, config: SiteConfig) -> None:
    """Preview the site live; rebuilds when an article, a template or the config changes."""
    from .serve import serve as run_serve

    try:
        run_serve(config, dev_addr=dev_addr, engine=engine)
    except BriefgenError as err:
        _fail(str(err))


@main.command()
@click.argument("title")
@click.option("--tag", "tags", multiple=True, help="A tag for the article (repeatable).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None)
@click.option(
    "--date",
    "day",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The article's date, YYYY-MM-DD (default: today).",
)
@common_options
def new(title: str, tags: tuple[str, ...], lang: str | None, day, config: SiteConfig) -> None:
    """Write a new article skeleton in the content dir, dated today (as `hugo new` does); never overwrites."""
    slug = slugify(title)
    if not slug or not title.strip():
        _fail("the title must contain letters or digits")
    path = config.content_dir / f"{slug}.md"
    date = day.date() if day else dt.date.today()
    front = {"title": " ".join(title.split()), "date": date, "lang": lang or config.language, "tags": list(tags)}
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
@click.option(
    "--replace", is_flag=True, help="Overwrite an article of the same title (its .brief.yml corrections are kept)."
)
@common_options
def import_(files: tuple[Path, ...], replace: bool, config: SiteConfig) -> None:
    """Turn saved web pages (.html) or text files (.txt) into articles in the content dir; offline."""
    from .importer import import_file

    failed = 0
    for path in files:
        try:
            click.echo(str(import_file(path, config.content_dir, replace=replace)))
        except BriefgenError as err:
            click.echo(f"error: {err}", err=True)
            failed += 1
    if failed:
        _fail(f"{failed} of {len(files)} file(s) not imported")
