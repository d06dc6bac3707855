import datetime as dt
from pathlib import Path

import pytest

from briefgen.content import load_article, load_articles, parse_article, slugify
from briefgen.errors import ContentError

GOOD = "---\ntitle: Un titre\ndate: 2024-10-18\ntags: [russie, ukraine]\nlang: fr\n---\n\nLe corps.\n"


def test_a_good_article():
    article = parse_article(GOOD, Path("content/un-titre.md"))
    assert article.title == "Un titre"
    assert article.date == dt.date(2024, 10, 18)
    assert article.tags == ["russie", "ukraine"]
    assert article.slug == "un-titre"
    assert article.body.strip() == "Le corps."
    assert article.body_line == 7


@pytest.mark.parametrize(
    "text, message, line",
    [
        ("", "empty file", 1),
        ("Juste du texte.\n", "no front matter", 1),
        ("---\ntitle: x\n", "not closed", 1),
        ("---\ntitle: [x\n---\n", "not valid YAML", 2),
        ("---\n- a\n- b\n---\n", "must be keys with values (title: …), not a list", 2),
        ("---\njust a string\n---\n", "not text", 2),
        ("---\ndate: 2024-01-01\n---\n", "no 'title'", 2),
        ("---\ntitle: '  '\n---\n", "'title' is empty", 2),
        ("---\ntitle: {a: b}\n---\n", "'title' must be text, got keys with values", 2),
        ("---\ntitle: x\ndate: 2024-02-31\n---\n", "YAML cannot read", 2),
        ("---\ntitle: x\n1: y\n---\nCorps.\n", None, None),
        ("---\ntitle: x\ntags: 3\n---\n", "'tags' must be a list", 3),
        ("---\ntitle: x\ndate: hier\n---\n", "'date' must be a date", 3),
        ("---\ntitle: x\nlang: de\n---\n", "'lang' must be one of", 3),
    ],
)
def test_bad_front_matter_is_one_clear_error(text: str, message: str | None, line: int | None):
    if message is None:  # a non-text key is only a warning
        assert parse_article(text, Path("content/bad.md")).warnings
        return
    with pytest.raises(ContentError) as err:
        parse_article(text, Path("content/bad.md"))
    assert message in str(err.value)
    assert "content/bad.md" in str(err.value)
    if line is not None:
        assert err.value.line == line


def test_bom_and_crlf_are_accepted():
    article = parse_article("\ufeff" + GOOD.replace("\n", "\r\n"), Path("a.md"))
    assert article.title == "Un titre"


def test_unknown_keys_are_warnings():
    article = parse_article("---\ntitle: x\ncolour: red\n---\n", Path("a.md"))
    assert any("colour" in w for w in article.warnings)


def test_language_is_detected_when_absent():
    article = parse_article(
        "---\ntitle: War news\n---\nThe army said that the troops were in the north.\n", Path("a.md")
    )
    assert article.lang == "en"


def test_non_utf8_and_binary_files(tmp_path: Path):
    latin = tmp_path / "latin.md"
    latin.write_bytes("---\ntitle: Été\n---\n".encode("latin-1"))
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(ContentError, match="not UTF-8"):
        load_article(latin)
    with pytest.raises(ContentError, match="UTF-8|binary"):
        load_article(binary)


def test_slugs_are_safe_and_unique(tmp_path: Path):
    assert slugify("Élections à Séoul : ../../etc") == "elections-a-seoul-etc"
    (tmp_path / "Un Titre.md").write_text(GOOD)
    (tmp_path / "un-titre.md").write_text(GOOD)
    articles, errors = load_articles(sorted(tmp_path.glob("*.md")))
    assert len(articles) == 1 and len(errors) == 1
    assert "already used" in str(errors[0])


def test_unknown_key_warning_names_its_line():
    article = parse_article("---\ntitle: x\ntags: [a]\ncolour: red\n---\nTexte.\n", Path("a.md"))
    assert article.warnings == [
        "a.md:4: unknown front matter key 'colour' (ignored; a typo?); known: "
        "author, date, lang, source, summary, tags, title"
    ]


def test_a_key_in_the_body_is_not_mistaken_for_front_matter():
    with pytest.raises(ContentError) as err:
        parse_article("---\ntitle: x\nlang: de\n---\nlang: fr\n", Path("a.md"))
    assert err.value.line == 3


def test_an_empty_body_is_a_warning_not_an_error():
    article = parse_article("---\ntitle: Rien\n---\n", Path("a.md"))
    assert article.body.strip() == "" and "no text" in article.warnings[0]


def test_utf16_is_named(tmp_path: Path):
    path = tmp_path / "u.md"
    path.write_bytes(GOOD.encode("utf-16"))
    with pytest.raises(ContentError, match="UTF-16"):
        load_article(path)
