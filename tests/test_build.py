"""End to end: the sample project builds into a site whose brief page holds the seed's brief."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.build import build
from briefgen.config import load_config

SLUG = "soldats-nord-coreens-en-russie"


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    import shutil

    from tests.conftest import ROOT

    root = tmp_path_factory.mktemp("project")
    for name in ("site_config.yml", "mkdocs.yml"):
        shutil.copy(ROOT / name, root / name)
    shutil.copytree(ROOT / "content", root / "content")
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
    for expected in ("12\u202f000", "soldats", "Andriï Sybiga", "Nous exigeons une réaction immédiate",
                     "jusqu’où ira cette alliance militaire", "Réactions internationales", "Chiffres clés"):
        assert expected in html, expected
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert f"briefs/{SLUG}/" in home
    assert (root / "site" / "articles" / SLUG / "index.html").is_file()
    exported = json.loads((root / "site" / "briefs.json").read_text(encoding="utf-8"))
    assert exported[0]["schema"] == "briefgen.brief/1"


def test_failed_mkdocs_keeps_the_previous_site(built, tmp_path):
    root, _ = built
    before = (root / "site" / "index.html").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text() + "\nextra: 3\n")  # nav is briefgen's override: break another key
    from briefgen.errors import BriefgenError

    with pytest.raises(BriefgenError):
        build(load_config(root / "site_config.yml"))
    assert (root / "site" / "index.html").read_text(encoding="utf-8") == before


def test_cli_extract_speaks_the_schema(tmp_path):
    from tests.conftest import ROOT

    article = ROOT / "content" / f"{SLUG}.md"
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [\n---\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "briefgen", "extract", "--format", "json", str(article), str(bad)],
        capture_output=True, text=True, cwd=tmp_path,
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
