"""The second engine: Zensical reads briefgen's settings from a generated config, and what it
would silently skip in a theme file is named, one warning per feature, before anything is built.

The sites both engines build are checked page by page in test_build.py and test_site_browser.py.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import yaml

from briefgen.build import BuildAborted, build, generate
from briefgen.config import load_config
from briefgen.engines import check, write_zensical_config, zensical_unsupported
from briefgen.errors import BriefgenError, ConfigError
from tests.conftest import ROOT

pytest.importorskip("zensical", reason="zensical is not installed: pip install -e '.[zensical]'")

SLUG = "soldats-nord-coreens-en-russie"


def _theme(**settings) -> dict:
    return {"site_name": "x", "theme": {"name": "material"}, **settings}


def test_a_theme_file_zensical_reads_whole_has_no_warning():
    theme = _theme(
        plugins=["search", {"tags": {}}],
        markdown_extensions=["admonition", {"toc": {"permalink": True}}, "pymdownx.details"],
    )
    theme["theme"]["features"] = ["navigation.tabs", "navigation.instant", "content.tooltips"]
    assert zensical_unsupported(theme) == []


def test_each_skipped_feature_is_named_once():
    theme = _theme(
        hooks=["hooks/redirects.py"],
        plugins={"search": {"lang": "fr"}, "git-revision-date-localized": {}, "tags": None},
        markdown_extensions=["admonition", "notre_extension_maison"],
    )
    theme["theme"]["features"] = ["navigation.tabs", "search.suggest"]
    assert zensical_unsupported(theme) == [
        "MkDocs hooks are not run (hooks/redirects.py)",
        "option 'lang' of plugin 'search' is ignored",
        "plugin 'git-revision-date-localized' is not supported and is skipped",
        "theme feature 'search.suggest' is not implemented by its theme",
        "Markdown extension 'notre_extension_maison' cannot be loaded",
    ]


def test_material_namespaces_resolve_as_zensical_reads_them():
    theme = _theme(markdown_extensions=[{"material.extensions.emoji": {}}, "materialx.emoji"])
    assert zensical_unsupported(theme) == []


def test_the_mkdocs_engine_checks_nothing(project):
    assert check(load_config(project / "site_config.yml"), "mkdocs") == []


def test_another_zensical_version_is_said(project, monkeypatch):
    from briefgen import engines

    monkeypatch.setattr(engines, "_zensical_version", lambda: "0.1.0")
    warnings = check(load_config(project / "site_config.yml"), "zensical")
    assert (
        warnings[-1] == "Zensical: version 0.1.0 installed; these checks know 0.0.73, a skipped feature may go unnamed"
    )


def test_an_unknown_engine_is_refused(tmp_path):
    (tmp_path / "site_config.yml").write_text("engine: hugo\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'engine' must be one of mkdocs, zensical, got 'hugo'"):
        load_config(tmp_path / "site_config.yml")


def test_without_zensical_the_error_says_what_to_install(project, monkeypatch):
    from briefgen import engines

    real = engines.importlib.util.find_spec
    monkeypatch.setattr(engines.importlib.util, "find_spec", lambda name: None if name == "zensical" else real(name))
    with pytest.raises(BriefgenError, match=r"pip install 'briefgen\[zensical\]'"):
        check(load_config(project / "site_config.yml"), "zensical")


def test_the_generated_config_carries_briefgens_settings_and_leaves_the_users_file(project):
    (project / "overrides").mkdir()
    theme = project / "mkdocs.yml"
    theme.write_text(
        theme.read_text(encoding="utf-8")
        + "\nhooks:\n  - hooks.py\nwatch:\n  - notes\n"
        + "nav:\n  - À propos: about.md\nnot_in_nav: |\n  /brouillons/\n",
        encoding="utf-8",
    )
    theme.write_text(
        theme.read_text(encoding="utf-8").replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    )
    before = theme.read_bytes()
    config = load_config(project / "site_config.yml")
    config.generated_dir.mkdir(parents=True)
    (config.generated_dir / "index.md").write_text("# Accueil\n", encoding="utf-8")
    path = write_zensical_config(config, project / "_build" / ".out")

    assert path == project / "_build" / "zensical.yml"
    assert theme.read_bytes() == before
    generated = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert (path.parent / generated["docs_dir"]).resolve() == config.generated_dir
    assert (path.parent / generated["site_dir"]).resolve() == project / "_build" / ".out"
    assert generated["nav"][:2] == [{"Accueil": "index.md"}, {"Chronologie": "timeline.md"}]
    assert {"À propos": "about.md"} in generated["nav"]
    assert generated["not_in_nav"].split() == [
        "/briefs/",
        "/articles/",
        "/archive/",
        "/actors/",
        "/dossiers/",
        "/brouillons/",
    ]
    assert generated["theme"]["custom_dir"] == str(project / "overrides")
    assert generated["watch"] == [str(project / "notes")]
    assert "hooks" not in generated
    assert generated["extra_css"] == ["assets/briefgen.css"]


@pytest.fixture
def hooked(project, nlp):
    """The sample project on Zensical, with a MkDocs hook in its theme file."""
    (project / "hooks.py").write_text(
        "def on_page_markdown(markdown, **kwargs):\n    return markdown + '\\n\\nMarque-du-crochet\\n'\n"
    )
    with open(project / "mkdocs.yml", "a", encoding="utf-8") as fd:
        fd.write("\nhooks:\n  - hooks.py\n")
    with open(project / "site_config.yml", "a", encoding="utf-8") as fd:
        fd.write("engine: zensical\n")
    return load_config(project / "site_config.yml")


def test_a_skipped_feature_is_a_build_warning_and_the_site_is_built(hooked):
    report = build(hooked)
    assert report.ok and "Zensical: MkDocs hooks are not run (hooks.py)" in report.warnings
    assert "zensical" in report.timings
    page = (hooked.site_dir / "briefs" / SLUG / "index.html").read_text(encoding="utf-8")
    assert SLUG in page and "Marque-du-crochet" not in page  # what the warning said: the hook did not run
    assert not (hooked.root / "_build" / ".zensical-out").exists() and not list(hooked.root.glob(".site-*"))


def test_strict_stops_on_a_skipped_feature_before_anything_is_built(hooked):
    with pytest.raises(BuildAborted, match=r"Zensical: MkDocs hooks are not run \(hooks.py\) \(--strict"):
        build(hooked, strict=True)
    assert not hooked.site_dir.exists() and not hooked.generated_dir.exists()


def test_the_mkdocs_engine_of_the_same_project_runs_the_hook(hooked):
    report = build(hooked, engine="mkdocs")
    assert report.ok and report.warnings == [] and "mkdocs" in report.timings
    assert "Marque-du-crochet" in (hooked.site_dir / "briefs" / SLUG / "index.html").read_text(encoding="utf-8")


def test_cli_engine_option_overrides_the_config(project, nlp):
    run = subprocess.run(
        [sys.executable, "-m", "briefgen", "build", "--engine", "zensical"],
        capture_output=True,
        text=True,
        cwd=project,
    )
    assert run.returncode == 0, run.stderr
    assert "warning: Zensical: theme feature 'search.suggest' is not implemented by its theme" in run.stderr
    assert "zensical " in run.stderr.splitlines()[-1]
    assert (project / "site" / "search.json").is_file()  # Zensical's search index, not MkDocs's


def test_the_watcher_calls_back_on_a_saved_file(tmp_path):
    import threading

    from briefgen.serve import watch_loop

    (tmp_path / "a.md").write_text("un", encoding="utf-8")
    calls: list[int] = []
    stop = threading.Event()
    thread = threading.Thread(target=watch_loop, args=([tmp_path], lambda: calls.append(1), stop, 0.05))
    thread.start()
    try:
        time.sleep(0.2)
        assert calls == []
        (tmp_path / "b.md").write_text("deux", encoding="utf-8")
        deadline = time.monotonic() + 5
        while not calls and time.monotonic() < deadline:
            time.sleep(0.05)
        assert calls == [1]
    finally:
        stop.set()
        thread.join()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in _get(url):
            return True
        time.sleep(0.5)
    return False


def test_serve_with_zensical_shows_a_new_article(project, nlp):
    """`briefgen serve --engine zensical`: Zensical's dev server, briefgen regenerating on a save."""
    config = load_config(project / "site_config.yml")
    generate(config)  # the parse is cached: the server starts without loading the model
    url = f"http://127.0.0.1:{_free_port()}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "serve", "--engine", "zensical", "--dev-addr", url[7:-1]],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own group: the teardown stops briefgen and Zensical's server together
    )
    try:
        assert _wait_for(url, "Des soldats nord-coréens", 60), "the server never answered"
        source = ROOT / "tests" / "site_articles" / "secheresse-au-maroc.md"
        (project / "content" / source.name).write_bytes(source.read_bytes())
        assert _wait_for(url, "Sécheresse au Maroc", 120), "the new article never showed"
        assert not (project / "site").exists()  # a preview is not a publication
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        output = server.communicate(timeout=30)[0].decode("utf-8", "replace")
    assert "Traceback" not in output, output


def _bare_project(project):
    """The sample project with a one-page generated dir: Zensical alone, no extraction."""
    config = load_config(project / "site_config.yml")
    config.generated_dir.mkdir(parents=True)
    (config.generated_dir / "index.md").write_text("# Accueil\n\n[perdu](nulle-part.md)\n", encoding="utf-8")
    return config


def test_zensicals_own_report_is_one_warning_per_issue_and_strict_stops_on_it(project):
    from briefgen.build import run_mkdocs

    config = _bare_project(project)
    assert run_mkdocs(config, engine="zensical") == ["Zensical: index.md:3:9: page does not exist"]
    before = (config.site_dir / "index.html").read_bytes()
    assert b"Accueil" in before
    (config.generated_dir / "index.md").write_text("# Nouvel accueil\n\n[perdu](ailleurs.md)\n", encoding="utf-8")
    with pytest.raises(BuildAborted, match=r"index.md:3:9: page does not exist \(--strict: stopped"):
        run_mkdocs(config, engine="zensical", strict=True)
    assert (config.site_dir / "index.html").read_bytes() == before


def test_zensical_output_of_another_shape_is_passed_on_whole(capsys):
    from briefgen.engines import zensical_warnings

    colored = (
        "\x1b[33mWarning:\x1b[0m nav entry missing\n   \x1b[38;5;246m╭─[\x1b[0m mkdocs.yml:4:3 \x1b[38;5;246m]\x1b[0m\n"
    )
    assert zensical_warnings(colored) == ["Zensical: mkdocs.yml:4:3: nav entry missing"]
    assert zensical_warnings("something new happened\n") == []
    assert capsys.readouterr().err == "something new happened\n"
    assert zensical_warnings("No issues found") == [] and capsys.readouterr().err == ""


def test_a_config_zensical_refuses_is_one_error_and_keeps_the_site(project):
    from briefgen.build import run_mkdocs

    config = _bare_project(project)
    run_mkdocs(config, engine="zensical")
    before = (config.site_dir / "index.html").read_bytes()
    with open(project / "mkdocs.yml", "a", encoding="utf-8") as fd:
        fd.write("\nextra: 3\n")
    with pytest.raises(BriefgenError, match=r"Zensical failed: .*'extra' setting must be a mapping"):
        run_mkdocs(config, engine="zensical")
    assert (config.site_dir / "index.html").read_bytes() == before


def test_a_zensical_toml_is_read_as_zensical_reads_it(project):
    """The end of the migration: the theme file is a zensical.toml; briefgen's sections still lead its nav."""
    from briefgen.build import run_mkdocs

    (project / "zensical.toml").write_text(
        '[project]\nsite_name = "Briefings"\nnav = [{ "À propos" = "about.md" }]\n'
        '[project.theme]\nlanguage = "fr"\nfeatures = ["navigation.tabs", "search.suggest"]\n'
        "[project.markdown_extensions]\nadmonition = {}\npymdownx.details = {}\npymdownx.nulle_part = {}\n",
        encoding="utf-8",
    )
    with open(project / "site_config.yml", "a", encoding="utf-8") as fd:
        fd.write("mkdocs_config: zensical.toml\nengine: zensical\n")
    config = _bare_project(project)
    (config.generated_dir / "about.md").write_text("# À propos\n", encoding="utf-8")
    assert check(config, "zensical") == [
        "Zensical: theme feature 'search.suggest' is not implemented by its theme",
        "Zensical: Markdown extension 'pymdownx.nulle_part' cannot be loaded",
    ]
    (project / "zensical.toml").write_text(
        (project / "zensical.toml").read_text(encoding="utf-8").replace("pymdownx.nulle_part = {}\n", ""),
        encoding="utf-8",
    )
    run_mkdocs(config)
    page = (config.site_dir / "about" / "index.html").read_text(encoding="utf-8")
    assert "Chronologie" in page and "À propos" in page
    with pytest.raises(BriefgenError, match="MkDocs reads no zensical.toml"):
        run_mkdocs(config, engine="mkdocs")
