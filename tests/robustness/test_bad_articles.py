"""Every broken article gets exactly one error naming the file, the line and the fix; odd ones load."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefgen.content import find_articles, load_article, load_articles
from briefgen.errors import ContentError
from briefgen.plaintext import article_text

from . import corpus


@pytest.mark.parametrize("name", sorted(corpus.BAD))
def test_each_bad_article_is_one_clear_error(tmp_path: Path, name: str):
    data, message, line = corpus.BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ContentError) as err:
        load_article(path)
    assert message in err.value.message
    assert str(err.value).startswith(str(path) + (f":{line}: " if line else ": "))
    assert err.value.line == line


def test_bad_articles_do_not_stop_the_others(tmp_path: Path):
    corpus.write(tmp_path, {name: data for name, (data, _, _) in corpus.BAD.items()})
    corpus.write(tmp_path, corpus.GOOD)
    corpus.write(tmp_path, corpus.ODD)
    corpus.write(tmp_path, {corpus.DUPLICATE[0]: corpus.DUPLICATE[1]})
    articles, errors = load_articles(find_articles(tmp_path))
    failed = sorted(e.path.name for e in errors)
    # One error per bad file, plus the later of the two files named port-de-marseille.
    assert failed == sorted([*corpus.BAD, "port-de-marseille.md"])
    assert {a.path.name for a in articles} == {*corpus.GOOD, *corpus.ODD, corpus.DUPLICATE[0]} - {
        "port-de-marseille.md"
    }
    duplicate = next(e for e in errors if e.path.name == "port-de-marseille.md")
    assert corpus.DUPLICATE[2] in str(duplicate) and corpus.DUPLICATE[0] in str(duplicate)


def test_bom_and_crlf_read_like_plain_utf8(tmp_path: Path):
    corpus.write(tmp_path, corpus.ODD)
    bom, crlf = load_article(tmp_path / "bom.md"), load_article(tmp_path / "crlf.md")
    assert bom.title.startswith("Les cheminots BOM") and crlf.title.startswith("Les cheminots CRLF")
    assert "\r" not in crlf.body and crlf.tags == ["social", "transports"] and crlf.body_line == 6


def test_file_names_become_safe_slugs(tmp_path: Path):
    corpus.write(tmp_path, corpus.ODD)
    assert load_article(tmp_path / "Nom Avec Espaces É.md").slug == "nom-avec-espaces-e"
    assert load_article(tmp_path / "a..b.md").slug == "a-b"
    dots = tmp_path / "..md"
    dots.write_bytes(corpus.ODD["a..b.md"])
    assert load_article(dots).slug == "article"


def test_unknown_keys_and_empty_bodies_are_warnings(tmp_path: Path):
    corpus.write(tmp_path, corpus.ODD)
    assert "unknown front matter key 'categorie'" in load_article(tmp_path / "unknown-key.md").warnings[0]
    assert "no text" in load_article(tmp_path / "no-sentences.md").warnings[0]


def test_a_5_mb_article_loads_quickly(tmp_path: Path):
    path = tmp_path / "big.md"
    path.write_bytes(corpus.big_article())
    clock = time.perf_counter()
    article = load_article(path)
    text = article_text(article.title, article.body)
    assert time.perf_counter() - clock < 30
    assert len(text) > 4_500_000


def test_files_over_the_limit_are_refused(tmp_path: Path, monkeypatch):
    monkeypatch.setattr("briefgen.content.MAX_BYTES", 1000)
    path = tmp_path / "big.md"
    path.write_bytes(corpus.big_article(2000))
    with pytest.raises(ContentError, match="limit"):
        load_article(path)
