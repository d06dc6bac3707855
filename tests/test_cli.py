"""The command line: exit codes, one line per problem naming the file, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.content import load_article

GOOD = "---\ntitle: Un bon article\ntags: [a]\n---\nLe maire a parlé mardi.\n"


@pytest.fixture
def content(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "bon.md").write_text(GOOD, encoding="utf-8")
    return tmp_path / "content"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_check_passes_on_good_content(content: Path):
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "checked 1 articles" in result.output and "0 error(s)" in result.output


def test_check_lists_every_error_and_warning(content: Path):
    (content / "sans-titre.md").write_text("---\ndate: 2024-01-01\n---\n", encoding="utf-8")
    (content / "date.md").write_text("---\ntitle: x\ndate: demain\n---\n", encoding="utf-8")
    (content / "cle.md").write_text("---\ntitle: x\ncouleur: rouge\n---\nTexte.\n", encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith("error: ") and "sans-titre.md:2: front matter has no 'title'" in line for line in lines)
    assert any(line.startswith("error: ") and "date.md:3: 'date' must be a date" in line for line in lines)
    assert any(
        line.startswith("warning: ") and "cle.md:3: unknown front matter key 'couleur'" in line for line in lines
    )
    assert "Traceback" not in result.output


def test_check_strict_fails_on_warnings(content: Path):
    (content / "cle.md").write_text("---\ntitle: x\ncouleur: rouge\n---\nTexte.\n", encoding="utf-8")
    assert run("check").exit_code == 0
    assert run("check", "--strict").exit_code == 1


def test_check_reports_a_bad_config(content: Path):
    Path("site_config.yml").write_text("allowed_html_tags: [p, script]\n", encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1 and "script cannot be allowed" in result.output


def test_check_needs_no_spacy(content: Path):
    code = (
        "import sys\nfrom briefgen.cli import main\n"
        "try:\n    main(['check'])\nexcept SystemExit as e:\n    print('exit', e.code)\n"
        "print('spacy' in sys.modules)\n"
    )
    run_ = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=content.parent)
    assert run_.stdout.split() == ["exit", "0", "False"], run_.stderr


def test_build_strict_names_the_failing_file(content: Path):
    (content / "casse.md").write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    result = run("build", "--strict")
    assert result.exit_code == 1
    assert "casse.md:2: front matter is not valid YAML" in result.output and "--strict" in result.output
    assert not Path("site").exists()


def test_new_refuses_to_overwrite(content: Path):
    (content / "un-titre.md").write_text("mon texte", encoding="utf-8")
    result = run("new", "Un titre")
    assert result.exit_code == 1 and "already exists" in result.output
    assert (content / "un-titre.md").read_text(encoding="utf-8") == "mon texte"


def test_new_writes_a_hostile_title_that_loads_back_verbatim(content: Path):
    title = "Un: titre # « piégé » {{ x }} <script>"
    result = run("new", title, "--tag", "- a", "--tag", "b: c")
    assert result.exit_code == 0, result.output
    article = load_article(Path(result.output.strip()))
    assert article.title == title and article.tags == ["- a", "b: c"]
    assert article.path.parent == content


def test_new_dates_the_article_today_unless_told(content: Path):
    import datetime as dt

    today = run("new", "Daté du jour")
    assert today.exit_code == 0, today.output
    assert str(load_article(Path(today.output.strip())).date) == dt.date.today().isoformat()
    told = run("new", "Daté à la main", "--date", "2024-10-18")
    assert told.exit_code == 0, told.output
    assert "\ndate: 2024-10-18\n" in Path(told.output.strip()).read_text(encoding="utf-8")
    assert str(load_article(Path(told.output.strip())).date) == "2024-10-18"
    wrong = run("new", "Mal daté", "--date", "18/10/2024")
    assert wrong.exit_code != 0 and "--date" in wrong.output
    assert not (content / "mal-date.md").exists()


@pytest.mark.parametrize("title", ["../../etc/passwd", "..", "   ", "«»"])
def test_new_never_writes_outside_content(content: Path, title: str):
    result = run("new", title)
    written = [p for p in content.parent.rglob("*.md") if p.parent != content]
    assert written == []
    if result.exit_code == 0:
        assert Path(result.output.strip()).resolve().parent == content.resolve()


def test_extract_markdown_review_sheet_prints_the_article_s_characters(content: Path, nlp):
    (content / "port.md").write_text(
        "---\ntitle: \"L'usine & ses <riverains>\"\n---\n"
        "Selon l'entreprise, près de 300 salariés & sous-traitants travaillent sur le site. "
        "« C'est l'avenir du \"bassin\" : demain > hier & 3 < 5 », a déclaré Marie Dupont, la maire.\n",
        encoding="utf-8",
    )
    result = run("extract", "--format", "markdown", "content/port.md")
    assert result.exit_code == 0, result.output
    assert "# L'usine & ses <riverains>\n" in result.output
    assert "C'est l'avenir du \"bassin\" : demain > hier & 3 < 5" in result.output
    assert "**Marie Dupont** (maire)" in result.output
    assert "&#" not in result.output and "&amp;" not in result.output


def test_check_hints_says_how_many_hints_even_when_none(content: Path, nlp):
    result = run("check", "--hints")
    assert result.exit_code == 0, result.output
    assert "0 error(s), 0 warning(s), 0 hint(s)" in result.output
    assert "hint(s)" not in run("check").output


# --- one warning channel, explain, debug ------------------------------------------------------


def test_strict_build_stops_on_a_stale_correction_and_publishes_nothing(project: Path, monkeypatch):
    """A correction naming an id that no longer exists is a warning like any other: --strict stops."""
    monkeypatch.chdir(project)
    slug = next((project / "content").glob("*.md")).stem
    (project / "content" / f"{slug}.brief.yml").write_text("drop: [fig-00000000]\n", encoding="utf-8")
    result = run("build", "--strict")
    assert result.exit_code == 1, result.output
    assert f"{slug}.brief.yml:1" in result.output and "stale correction" in result.output
    assert "nothing was published" in result.output
    assert not (project / "site").exists()
    kept = run("build")  # --keep-going publishes and still reports the warning
    assert kept.exit_code == 0, kept.output
    assert "warning:" in kept.output and "stale correction" in kept.output
    assert (project / "site" / "index.html").is_file()


def test_explain_prints_the_rule_of_every_item(content: Path, nlp):
    (content / "bon.md").write_text(
        "---\ntitle: Grève au port\n---\n\n"
        "« Nous ne reculerons pas », a déclaré mardi Paul Durand, secrétaire du syndicat des dockers.\n",
        encoding="utf-8",
    )
    result = run("extract", "--explain", "--no-cache", str(content / "bon.md"))
    assert result.exit_code == 0, result.output
    assert "reactions:" in result.output and "Nous ne reculerons pas" in result.output
    assert "speaker Paul Durand" in result.output and "statement found by" in result.output


def test_an_extraction_bug_shows_its_traceback_only_behind_debug(content: Path, monkeypatch):
    import briefgen.executors

    def broken(article, parsed):
        raise RuntimeError("a bug in a rule")

    monkeypatch.setattr(briefgen.executors, "extract_brief", broken)
    plain = run("extract", "--no-cache", str(content / "bon.md"))
    assert plain.exit_code == 1
    assert "bon.md: extraction failed (RuntimeError: a bug in a rule)" in plain.output
    assert "Traceback" not in plain.output
    debug = run("extract", "--no-cache", "--debug", str(content / "bon.md"))
    assert debug.exit_code == 1 and "Traceback" in debug.output and "in broken" in debug.output


def test_every_command_takes_the_common_options():
    for name, command in main.commands.items():
        options = {opt for param in command.params for opt in getattr(param, "opts", [])}
        assert {"--config", "-v", "--debug"} <= options, name


def test_mkdocs_warnings_are_the_builds_warnings(project: Path, monkeypatch):
    monkeypatch.chdir(project)
    (project / "pages").mkdir()
    (project / "pages" / "apropos.md").write_text("# À propos\n\nVoir [la méthode](methode.md).\n", encoding="utf-8")
    kept = run("build")
    assert kept.exit_code == 0, kept.output
    assert "warning: MkDocs:" in kept.output and "methode.md" in kept.output
    strict = run("build", "--strict")
    assert strict.exit_code == 1 and "nothing was published" in strict.output
