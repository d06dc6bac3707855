from pathlib import Path

import pytest

from briefgen.config import load_config
from briefgen.errors import ConfigError
from briefgen.sanitize import DEFAULT_ALLOWED_TAGS, clean_html, safe_body
from tests.robustness.htmlcheck import parse_html, runnable_urls

ATTACKS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">a</a>',
    '<a href=" JaVaScRiPt:alert(1)">a</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">a</a>',
    '<div onclick="alert(1)" style="x:expression(alert(1))">a</div>',
    "<iframe src=//example.org></iframe>",
    "<svg><script>alert(1)</script></svg>",
    "<style>*{}</style>",
    "<!-- <script>alert(1)</script> -->",
    "<scr<script>ipt>alert(1)</script>",
    '<form action="javascript:alert(1)"><button>x</button></form>',
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_no_attack_survives(attack: str):
    html = str(safe_body(f"Avant.\n\n{attack}\n\nAprès [lien]({attack}).\n"))
    page = parse_html(html)
    assert page.scripts == [] and page.handlers == [] and runnable_urls(page) == [], html
    assert not page.tags & {"iframe", "style", "svg", "form", "button", "img"}, html
    assert "<!--" not in html and "Avant." in html and "Après" in html


def test_markdown_and_safe_links_are_kept():
    html = str(
        safe_body(
            "# Titre\n\nDu **gras**, un [lien](https://example.org/a?b=1) et [un mail](mailto:a@b.fr).\n\n"
            "| a | b |\n|---|---|\n| 1 | 2 |\n"
        )
    )
    assert html.startswith('<div class="briefgen-article">') and html.endswith("</div>")
    for kept in (
        "<h1>Titre</h1>",
        "<strong>gras</strong>",
        'href="https://example.org/a?b=1"',
        'href="mailto:a@b.fr"',
        "<table>",
        "<td>1</td>",
    ):
        assert kept in html, kept


def test_template_syntax_is_only_text():
    assert "{{ config }}" in str(safe_body("Texte {{ config }} {% for %}"))


def test_images_need_to_be_allowed():
    assert "<img" not in clean_html('<img src="https://example.org/a.png" alt="a">')
    allowed = clean_html('<img src="https://example.org/a.png" alt="a" onerror="x">', [*DEFAULT_ALLOWED_TAGS, "img"])
    assert '<img src="https://example.org/a.png" alt="a">' == allowed


def test_the_allow_list_is_configurable_but_never_unsafe(tmp_path: Path):
    path = tmp_path / "site_config.yml"
    path.write_text("allowed_html_tags: [p, EM, a, img]\n", encoding="utf-8")
    assert load_config(path).allowed_html_tags == ("p", "em", "a", "img")
    assert load_config(tmp_path / "none.yml").allowed_html_tags == DEFAULT_ALLOWED_TAGS
    for refused in ("[p, script]", "[iframe]", "[style]", "p", "[3]"):
        path.write_text(f"allowed_html_tags: {refused}\n", encoding="utf-8")
        with pytest.raises(ConfigError, match="allowed_html_tags"):
            load_config(path)
