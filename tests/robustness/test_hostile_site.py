"""End to end: a site built from good, broken and hostile articles runs no injected code.

The HTML is parsed, not grepped: the only scripts are the theme's (a ``src`` under
``assets/`` or inline ones the theme puts on every page), no element has an ``on*``
attribute, and no URL uses ``javascript:``. The good briefs are complete, and the
build never touched ``content/``.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from briefgen.build import build
from briefgen.config import load_config

from . import corpus
from .htmlcheck import parse_page, runnable_urls


def snapshot(directory: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(directory)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in directory.rglob("*")
        if p.is_file()
    }


@pytest.fixture(scope="module")
def site(tmp_path_factory, nlp):
    from tests.conftest import copy_project

    root = copy_project(tmp_path_factory.mktemp("hostile"), content=False)
    content = root / "content"
    corpus.write(content, corpus.GOOD)
    corpus.write(content, corpus.HOSTILE)
    corpus.write(content, corpus.ODD)
    corpus.write(content, {name: data for name, (data, _, _) in corpus.BAD.items()})
    before = snapshot(content)
    report = build(load_config(root / "site_config.yml"))
    return root, report, before


def test_bad_articles_are_reported_and_the_rest_published(site):
    root, report, _ = site
    assert sorted(e.path.name for e in report.errors) == sorted(corpus.BAD)
    published = {b.slug for b in report.briefs}
    assert {
        "port-de-marseille",
        "greve-des-cheminots",
        "hostile-title",
        "hostile-body",
        "hostile-quote",
        "bom",
        "crlf",
        "no-sentences",
        "unbalanced-quotes",
        "nom-avec-espaces-e",
        "a-b",
    } <= published
    for slug in published:
        assert (root / "site" / "briefs" / slug / "index.html").is_file(), slug
        assert (root / "site" / "articles" / slug / "index.html").is_file(), slug


def test_the_build_leaves_content_byte_identical(site):
    root, _, before = site
    assert snapshot(root / "content") == before


def test_no_injected_script_handler_or_javascript_url_survives(site):
    root, _, _ = site
    theme = parse_page(root / "site" / "404.html")
    theme_inline = sorted(text for src, text in theme.scripts if src is None)
    pages = sorted((root / "site").rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        page = parse_page(path)
        where = str(path.relative_to(root / "site"))
        assert page.handlers == [], where
        assert runnable_urls(page) == [], where
        for src, text in page.scripts:
            if src is not None:
                assert "assets/" in src or "javascripts/" in src, (where, src)
                assert not src.startswith(("http:", "https:", "//")), (where, src)
            else:
                assert "alert" not in text and "xss" not in text, where
        # The theme's inline scripts and no more.
        assert len([t for s, t in page.scripts if s is None]) == len(theme_inline), where
        assert not page.tags & {"iframe", "object", "embed", "frame", "base"}, where
        assert page.tags & {"form", "style", "input"} <= theme.tags, where


def test_hostile_fields_show_as_text(site):
    root, _, _ = site
    brief = parse_page(root / "site" / "briefs" / "hostile-title" / "index.html")
    text = html.unescape("".join(brief.text))
    assert "<script>alert('xss')</script>" in text  # shown, not run
    assert "{{ 7*7 }}" in text
    for tag in ("a: b - c", 'x" onmouseover="alert(1)', "</script><script>alert(1)//"):
        assert tag in text, tag  # the tags survived the page's YAML front matter intact
    quote = html.unescape("".join(parse_page(root / "site" / "briefs" / "hostile-quote" / "index.html").text))
    assert "{{ 7*7 }}" in quote and "49" not in quote


def test_the_article_body_is_sanitised_but_keeps_its_text(site):
    root, _, _ = site
    page = parse_page(root / "site" / "articles" / "hostile-body" / "index.html")
    text = "".join(page.text)
    assert "Un paragraphe avec 12 000 habitants." in text
    assert "cliquez" in text and "{{ 7*7 }}" in text
    assert "un commentaire" not in (root / "site" / "articles" / "hostile-body" / "index.html").read_text()


def test_good_briefs_are_complete(site):
    root, _, _ = site
    exported = {b["slug"]: b for b in json.loads((root / "site" / "briefs.json").read_text(encoding="utf-8"))}
    port = exported["port-de-marseille"]
    assert port["title"] == "Le port de Marseille accueille un record de croisiéristes"
    assert port["tags"] == ["économie", "tourisme"] and port["date"] == "2024-06-03"
    assert port["summary"]
    assert any(f["value"] == 2_500_000 for f in port["figures"])
    assert any(a["name"] == "Claire Dumont" for a in port["actors"])
    assert any("limiter la pollution" in r["quote"] for r in port["reactions"])
    assert any("concilier tourisme" in q["text"] for q in port["questions"])
    page = html.unescape("".join(parse_page(root / "site" / "briefs" / "port-de-marseille" / "index.html").text))
    for expected in ("Claire Dumont", "limiter la pollution des navires", "concilier tourisme"):
        assert expected in page, expected
    strike = exported["greve-des-cheminots"]
    assert any(f["value"] == 4000 for f in strike["figures"])
    assert any(a["name"] == "Paul Girard" for a in strike["actors"])
