"""The extraction cache: reused when nothing changed, ignored when anything a brief depends on did."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import briefgen.cache
import briefgen.executors
import briefgen.nlp
import briefgen.pipeline
from briefgen.brief import Brief
from briefgen.build import build
from briefgen.cache import BriefCache
from briefgen.cli import main
from briefgen.config import load_config
from briefgen.content import Article
from briefgen.pipeline import extract_articles
from tests.conftest import MODEL, ROOT

BODY = (
    "Le conseil municipal de Rennes a voté mardi un budget de 12 millions d'euros pour les écoles.\n\n"
    "« Nous avons enfin les moyens d'agir », a déclaré la maire, Nathalie Appéré."
)


def _article(body: str = BODY, **changes) -> Article:
    article = Article(path=Path("content/budget.md"), slug="budget", title="Rennes vote son budget", body=body)
    return replace(article, **changes)


def _model_for(lang: str) -> str:
    return MODEL


def test_second_extraction_is_a_hit_equal_to_the_first(tmp_path, nlp, monkeypatch):
    cache = BriefCache(tmp_path)
    (first,), errors = extract_articles([_article()], _model_for, cache=cache)
    assert not errors and cache.misses == 1 and cache.hits == 0
    stored = list(tmp_path.rglob("*.json"))
    assert len(stored) == 1 and json.loads(stored[0].read_text(encoding="utf-8")) == first.to_json()

    monkeypatch.setattr(briefgen.executors, "parse_texts", lambda *a, **k: pytest.fail("parsed a cached article"))
    (second,), _ = extract_articles([_article()], _model_for, cache=cache)
    assert cache.hits == 1 and second.to_json() == first.to_json()


@pytest.mark.parametrize(
    "changed",
    [
        _article(body=BODY.replace("12 millions", "15 millions")),
        _article(title="Rennes adopte son budget"),
        _article(lang="en"),
        _article(tags=["rennes"]),
        _article(summary="Un résumé écrit à la main."),
        _article(slug="budget-2025"),
    ],
    ids=["body", "title", "lang", "tags", "summary", "slug"],
)
def test_any_change_to_the_article_is_a_miss(changed):
    cache = BriefCache(Path("unused"))
    assert cache.key(changed, MODEL) != cache.key(_article(), MODEL)


def test_path_alone_does_not_invalidate():
    cache = BriefCache(Path("unused"))
    moved = _article(path=Path("elsewhere/budget.md"))
    assert cache.key(moved, MODEL) == cache.key(_article(), MODEL)


def test_model_or_rules_change_is_a_miss(monkeypatch):
    cache = BriefCache(Path("unused"))
    before = cache.key(_article(), MODEL)
    assert before == cache.key(_article(), MODEL)
    with monkeypatch.context() as patch:
        patch.setattr(briefgen.cache, "model_version", lambda model: "99.0.0")
        assert cache.key(_article(), MODEL) != before
    other = "fr_core_news_sm" if MODEL != "fr_core_news_sm" else "fr_core_news_md"
    assert cache.key(_article(), other) != before
    with monkeypatch.context() as patch:
        patch.setattr(briefgen.cache, "rules_fingerprint", lambda: "other rules")
        assert cache.key(_article(), MODEL) != before


def test_model_version_is_read_without_loading_the_model():
    from importlib.metadata import version

    assert briefgen.cache.model_version(MODEL) == version(MODEL)
    assert briefgen.cache.model_version("no_such_model_xyz") is None


def test_unknown_model_version_is_never_cached(tmp_path):
    cache = BriefCache(tmp_path)
    assert cache.key(_article(), "no_such_model_xyz") is None
    cache.put(None, Brief(slug="x", title="x", lang="fr"))
    assert cache.get(None) is None and not list(tmp_path.rglob("*.json"))


@pytest.mark.parametrize("garbage", ["{not json", '{"title": "no slug"}', "[1, 2]", ""])
def test_corrupt_entry_is_ignored_and_rewritten(tmp_path, nlp, garbage):
    cache = BriefCache(tmp_path)
    key = cache.key(_article(), MODEL)
    entry = tmp_path / key[:2] / f"{key}.json"
    entry.parent.mkdir(parents=True)
    entry.write_text(garbage, encoding="utf-8")
    (brief,), errors = extract_articles([_article()], _model_for, cache=cache)
    assert not errors and brief is not None and cache.misses == 1
    assert json.loads(entry.read_text(encoding="utf-8")) == brief.to_json()


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from briefgen.brief import Brief, Figure
    from briefgen.cache import BriefCache
    cache = BriefCache(Path(sys.argv[1]))
    brief = Brief(slug="s", title="t" * 20000, lang="fr",
                  figures=[Figure(value=i, text=str(i), what="x", qualifier="exact", sentence="s") for i in range(300)])
    for _ in range(60):
        cache.put("ab" + "0" * 62, brief)
    """
)


def test_two_processes_writing_the_same_entry_never_leave_half_a_file(tmp_path):
    cache = BriefCache(tmp_path)
    key = "ab" + "0" * 62
    entry = tmp_path / "ab" / f"{key}.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], env=env) for _ in range(2)]
    reads = 0
    while any(w.poll() is None for w in writers):
        existed = entry.exists()  # entries are replaced, never removed
        brief = cache.get(key)
        if existed:
            reads += 1
            assert brief is not None and len(brief.title) == 20000 and len(brief.figures) == 300
    assert [w.wait() for w in writers] == [0, 0]
    assert reads > 0 and cache.get(key) is not None
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_fully_cached_build_does_not_touch_spacy(project, nlp, monkeypatch):
    config = load_config(project / "site_config.yml")
    cold = build(config)
    assert cold.ok and list(config.cache_dir.rglob("*.json"))
    pages = {p: p.read_bytes() for p in config.generated_dir.rglob("*") if p.is_file()}

    def refuse(*args, **kwargs):
        raise AssertionError("a fully cached build loaded or ran spaCy")

    monkeypatch.setattr(briefgen.executors, "parse_texts", refuse)
    monkeypatch.setattr(briefgen.nlp, "load_pipeline", refuse)
    warm = build(config)
    assert warm.ok and [b.to_json() for b in warm.briefs] == [b.to_json() for b in cold.briefs]
    # Cached briefs render exactly the pages fresh ones did.
    assert {p: p.read_bytes() for p in config.generated_dir.rglob("*") if p.is_file()} == pages


def test_fully_cached_build_in_a_fresh_process_never_loads_the_model(project, nlp):
    config = load_config(project / "site_config.yml")
    build(config)
    probe = (
        "import sys; from briefgen.build import build; from briefgen.config import load_config;"
        "from briefgen.nlp import load_pipeline;"
        f"report = build(load_config({str(project / 'site_config.yml')!r}));"
        "print(report.ok, load_pipeline.cache_info().currsize)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert run.stdout.split() == ["True", "0"], run.stderr


def test_no_cache_flag_neither_reads_nor_writes(project, nlp):
    config = load_config(project / "site_config.yml")
    result = CliRunner().invoke(main, ["build", "--no-cache", "--config", str(project / "site_config.yml")])
    assert result.exit_code == 0, result.output
    assert not config.cache_dir.exists()
    result = CliRunner().invoke(main, ["build", "--config", str(project / "site_config.yml")])
    assert result.exit_code == 0, result.output
    assert len(list(config.cache_dir.rglob("*.json"))) == 1


def test_the_rules_fingerprint_covers_every_module_extraction_imports():
    """A rule module the fingerprint missed would serve stale briefs after an upgrade (lexicon.py
    became the package lexicon/ and the fingerprint kept the old name)."""
    import sys

    import briefgen.extract  # noqa: F401 - imports every extraction module and what they read
    import briefgen.extract.reactions  # noqa: F401

    package = briefgen.cache._PACKAGE
    covered = {p for pattern in briefgen.cache._RULE_FILES for p in package.glob(pattern)}
    readers = [
        Path(module.__file__)
        for name, module in list(sys.modules.items())
        if name.startswith(("briefgen.extract", "briefgen.lexicon")) and getattr(module, "__file__", None)
    ]
    assert readers and not [p for p in readers if p not in covered]
    assert set(package.glob("data/*.yml")) <= covered
