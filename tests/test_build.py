"""End to end: the sample project builds into a site whose brief page holds the seed's brief."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefgen.build import build
from briefgen.config import ENGINES, load_config

SLUG = "soldats-nord-coreens-en-russie"


@pytest.fixture(scope="module", params=ENGINES)
def built(tmp_path_factory, nlp, request):
    """The sample project built with each engine: its theme file's `engine` is set, as a user would."""
    from tests.conftest import copy_project

    root = copy_project(tmp_path_factory.mktemp(f"project-{request.param}"))
    with open(root / "site_config.yml", "a", encoding="utf-8") as fd:
        fd.write(f"engine: {request.param}\n")
    (root / "content" / "broken.md").write_text("pas de front matter\n", encoding="utf-8")
    report = build(load_config(root / "site_config.yml"))
    return root, report


def test_broken_article_is_reported_and_the_rest_built(built):
    root, report = built
    assert len(report.errors) == 1 and "broken.md" in str(report.errors[0])
    assert [b.slug for b in report.briefs] == [SLUG]


def test_brief_page_holds_the_seed_brief(built):
    root, _ = built
    html = (root / "site" / "briefs" / SLUG / "index.html").read_text(encoding="utf-8")
    for expected in (
        "12\u202f000",
        "soldats",
        "Andriï Sybiga",
        "Nous exigeons une réaction immédiate",
        "jusqu’où ira cette alliance militaire",
        "Réactions internationales",
        "Chiffres clés",
    ):
        assert expected in html, expected
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert f"briefs/{SLUG}/" in home
    assert (root / "site" / "articles" / SLUG / "index.html").is_file()
    exported = json.loads((root / "site" / "briefs.json").read_text(encoding="utf-8"))
    assert exported[0]["schema"] == "briefgen.brief/1"


def test_every_generated_page_is_a_page_of_the_site(built):
    """Both engines publish the same pages: one HTML page per generated Markdown page, nothing else."""
    root, _ = built
    docs, site = root / "_build" / "docs", root / "site"
    pages = [p.relative_to(docs) for p in docs.rglob("*.md")]
    expected = {(p.parent if p.stem == "index" else p.with_suffix("")).joinpath("index.html").as_posix() for p in pages}
    published = {p.relative_to(site).as_posix() for p in site.rglob("index.html")}
    assert published == expected
    for name in ("briefs.json", f"briefs/{SLUG}.json", "assets/briefgen.js", "assets/briefgen.css", "404.html"):
        assert (site / name).is_file(), name


def test_failed_mkdocs_keeps_the_previous_site(built, tmp_path):
    root, _ = built
    before = (root / "site" / "index.html").read_text(encoding="utf-8")
    theme = (root / "mkdocs.yml").read_text()
    (root / "mkdocs.yml").write_text(theme + "\nextra: 3\n")  # nav is briefgen's override: break another key
    from briefgen.errors import BriefgenError

    try:
        with pytest.raises(BriefgenError):
            build(load_config(root / "site_config.yml"))
    finally:
        (root / "mkdocs.yml").write_text(theme)
    assert (root / "site" / "index.html").read_text(encoding="utf-8") == before


def test_cli_extract_speaks_the_schema(tmp_path):
    from tests.conftest import ROOT

    article = ROOT / "content" / f"{SLUG}.md"
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [\n---\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "briefgen", "extract", "--format", "json", str(article), str(bad)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.returncode == 1
    assert "bad.md:2" in run.stderr and "Traceback" not in run.stderr
    briefs = json.loads(run.stdout)
    assert len(briefs) == 1 and briefs[0]["slug"] == SLUG
    assert {"figures", "actors", "reactions", "questions", "summary"} <= set(briefs[0])


def test_cli_new_refuses_to_overwrite(tmp_path):
    cmd = [sys.executable, "-m", "briefgen", "new", "Un nouvel article", "--tag", "russie"]
    first = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path)
    assert first.returncode == 0
    path = tmp_path / "content" / "un-nouvel-article.md"
    path.write_text(path.read_text() + "Mon texte.\n", encoding="utf-8")
    second = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path)
    assert second.returncode != 0 and "already exists" in second.stderr
    assert path.read_text(encoding="utf-8").endswith("Mon texte.\n")


def test_a_build_killed_inside_the_engine_keeps_the_previous_site(built, monkeypatch):
    import mkdocs.commands.build

    from briefgen import engines

    root, _ = built
    before = (root / "site" / "index.html").read_bytes()

    def killed(cfg, **kwargs):
        (Path(cfg["site_dir"]) / "index.html").write_text("half", encoding="utf-8")
        raise KeyboardInterrupt

    def zensical_killed(cmd, **kwargs):  # the child process wrote half a site into its output dir
        generated = yaml.safe_load((root / "_build" / "zensical.yml").read_text(encoding="utf-8"))
        out = root / "_build" / generated["site_dir"]
        out.mkdir()
        (out / "index.html").write_text("half", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr(mkdocs.commands.build, "build", killed)
    monkeypatch.setattr(engines.subprocess, "run", zensical_killed)
    with pytest.raises(KeyboardInterrupt):
        build(load_config(root / "site_config.yml"))
    assert (root / "site" / "index.html").read_bytes() == before
    assert not list(root.glob(".site-*")) and not (root / "_build" / ".zensical-out").exists()


def test_a_build_killed_between_the_renames_is_recovered(built):
    from briefgen.build import run_mkdocs

    root, _ = built
    # What a kill -9 after the first rename of the swap leaves: no site/, the old one aside.
    (root / "site").rename(root / ".site.old")
    (root / ".site-leftover").mkdir()
    run_mkdocs(load_config(root / "site_config.yml"))
    assert (root / "site" / "index.html").is_file()
    assert not (root / ".site.old").exists() and not (root / ".site-leftover").exists()


def test_strict_stops_at_a_broken_article_naming_it(tmp_path, nlp):
    from briefgen.build import BuildAborted
    from tests.conftest import copy_project

    copy_project(tmp_path, content=False)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "bad.md").write_text("---\ntitle: x\ndate: hier\n---\n", encoding="utf-8")
    with pytest.raises(BuildAborted) as err:
        build(load_config(tmp_path / "site_config.yml"), strict=True)
    assert "bad.md:3: 'date' must be a date" in str(err.value)
    assert not (tmp_path / "site").exists() and not (tmp_path / "_build").exists()


def test_strict_counts_unknown_keys(tmp_path):
    from briefgen.build import BuildAborted, generate

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("---\ntitle: x\ntitel: y\n---\nTexte.\n", encoding="utf-8")
    with pytest.raises(BuildAborted, match=r"a.md:3: unknown front matter key 'titel'"):
        generate(load_config(tmp_path / "site_config.yml"), strict=True)


def test_a_broken_template_is_one_error_naming_it(tmp_path, nlp):
    from briefgen.errors import BriefgenError
    from tests.conftest import ROOT

    shutil.copytree(ROOT / "content", tmp_path / "content")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "home.md.j2").write_text("{% for x in %}\n", encoding="utf-8")
    with pytest.raises(BriefgenError, match="home.md.j2.*template error"):
        build(load_config(tmp_path / "site_config.yml"))


def test_pages_never_leave_the_generated_dir_through_symlinks(tmp_path):
    from briefgen.render import write_pages

    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (outside / "article.md").write_text("keep", encoding="utf-8")
    (out / "briefs").symlink_to(outside)
    (out / "index.md").symlink_to(outside / "article.md")
    (out / "stale.md").symlink_to(outside / "article.md")
    write_pages({"index.md": "home", "briefs/a.md": "brief"}, out)
    assert (outside / "article.md").read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in outside.iterdir()) == ["article.md"]
    assert not any(p.is_symlink() for p in out.rglob("*"))
    assert (out / "briefs" / "a.md").read_text(encoding="utf-8") == "brief"
    with pytest.raises(ValueError, match="escapes"):
        write_pages({"../evil.md": "x"}, out)
    assert not (tmp_path / "evil.md").exists()


def test_a_kill_while_writing_a_page_keeps_the_old_page(tmp_path, monkeypatch):
    from briefgen import files
    from briefgen.render import files as render

    render.write_pages({"index.md": "old"}, tmp_path)

    def killed(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        render.write_pages({"index.md": "new"}, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["index.md"]
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "old"


def _project_copy(built, tmp_path) -> Path:
    """The built project, cache included, in a dir of its own (the fixture is shared)."""
    root, _ = built
    copy = tmp_path / "project"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("site"))
    return copy


def test_a_users_nav_is_kept_after_briefgen_sections(built, tmp_path):
    root = _project_copy(built, tmp_path)
    (root / "pages" / "guide").mkdir(parents=True)
    (root / "pages" / "about.md").write_text("# À propos\n", encoding="utf-8")
    (root / "pages" / "guide" / "lire.md").write_text("# Lire un brief\n", encoding="utf-8")
    (root / "pages" / "contact.md").write_text("# Contact\n", encoding="utf-8")
    theme = root / "mkdocs.yml"
    theme.write_text(
        theme.read_text(encoding="utf-8")
        + "\nnav:\n  - Accueil maison: index.md\n  - À propos: about.md\n  - Guide:\n      - guide/lire.md\n"
        + "not_in_nav: |\n  /brouillons/\n",
        encoding="utf-8",
    )
    config = load_config(root / "site_config.yml")
    report = build(config)
    assert [e.path.name for e in report.errors] == ["broken.md"]

    from briefgen.build import mkdocs_settings

    settings = mkdocs_settings(config)
    nav = settings["nav"]
    assert nav[0] == {"Chronologie": "timeline.md"}  # briefgen's sections; the user placed the home page
    assert nav[-4:] == [
        {"Accueil maison": "index.md"},
        {"À propos": "about.md"},
        {"Guide": ["guide/lire.md"]},
        "contact.md",
    ]
    assert {"Accueil": "index.md"} not in nav
    assert "/briefs/" in settings["not_in_nav"] and "/brouillons/" in settings["not_in_nav"]
    page = (root / "site" / "guide" / "lire" / "index.html").read_text(encoding="utf-8")
    for label in ("Chronologie", "Accueil maison", "À propos", "Guide", "Contact"):
        assert label in page


def test_the_navigation_does_not_grow_with_the_articles(built):
    """Every page renders the nav: briefs and article copies stay out of it at any count."""
    root, _ = built
    config = load_config(root / "site_config.yml")
    from briefgen.build import mkdocs_settings

    before = mkdocs_settings(config)
    for folder in ("briefs", "articles", "archive"):
        for i in range(200):
            (config.generated_dir / folder / f"copie-{i}.md").write_text("# x\n", encoding="utf-8")
    try:
        assert mkdocs_settings(config) == before
    finally:
        for path in config.generated_dir.rglob("copie-*.md"):
            path.unlink()


def test_the_theme_file_keeps_briefs_out_of_a_bare_mkdocs_nav():
    """``mkdocs build``/``mkdocs serve`` run by hand build MkDocs's automatic nav: without these
    patterns it lists every brief on every page, a build time growing with articles²."""
    from mkdocs.utils.yaml import yaml_load

    from briefgen.render.pages import NOT_IN_NAV
    from tests.conftest import ROOT

    with open(ROOT / "mkdocs.yml", "rb") as fd:
        theme = yaml_load(fd)
    assert set(NOT_IN_NAV) <= set(theme["not_in_nav"].split())
    assert "nav" not in theme  # briefgen's sections come from the site language; a user's nav is kept
