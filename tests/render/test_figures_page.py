"""The figures page: values as a reader writes them, what they are about, subjects whose values
disagree, and a chart (inline SVG with a text alternative) where a subject has several dates."""

from __future__ import annotations

from pathlib import Path

import markdown
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config as mkdocs_config

from briefgen.brief import Figure
from briefgen.render import Renderer, mkdocs_overrides, site_pages, write_pages
from tests.conftest import ROOT

from .conftest import article_for, make_brief


def _figure(value, what, about, **kwargs) -> Figure:
    return Figure(
        value=value, text=f"{value} {what}", what=what, qualifier="exact", sentence="s", about=about, **kwargs
    )


def _briefs():
    return [
        make_brief(
            slug="janvier",
            title="Chômage en janvier",
            date="2024-02-08",
            figures=[_figure(3.5, "%", "taux de chômage en Suisse")],
        ),
        make_brief(
            slug="fevrier",
            title="Chômage en février",
            date="2024-03-07",
            figures=[_figure(3.7, "%", "taux de chômage en Suisse")],
        ),
        make_brief(
            slug="troupes",
            title="Des soldats en Russie",
            date="2024-10-18",
            figures=[
                _figure(12000, "soldats", "soldats envoyés en Russie", hedged=True, claimed_by="KCIA"),
                _figure(10000, "soldats", "soldats nord-coréens"),
                _figure(413e9, "euros", "budget militaire de la France pour 2024-2030"),
            ],
        ),
    ]


def _page(language="fr") -> str:
    briefs = _briefs()
    return site_pages(briefs, [article_for(b) for b in briefs], Renderer(None, language))["figures.md"]


def _spaces(text: str) -> str:
    """The page with its no-break spaces (CLDR's, the filter's) as plain ones, to compare."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_subjects_show_every_value_flag_disagreement_and_chart_a_series():
    page = _spaces(_page())
    soldiers = page[page.index("### soldats envoyés en Russie") :]
    assert soldiers.index("valeurs divergentes") < soldiers.index("**12 000** soldats") < soldiers.index("**10 000**")
    assert "selon KCIA" in soldiers.split("###")[1]
    rates = page[page.index("### taux de chômage en Suisse") :].split("###")[1]
    assert "valeurs divergentes" not in rates
    assert rates.count("<svg") == 1 and "<title" in rates and "<figcaption>" in rates
    assert "2024-02-08 3,5 % ; 2024-03-07 3,7 %" in rates.split("<figcaption>")[1]  # the text alternative
    assert "https://" not in rates.replace("http://www.w3.org/2000/svg", "")  # nothing fetched: works offline


def test_table_keeps_every_figure_with_reader_values_and_about():
    html = _spaces(markdown.markdown(_page().split("---", 2)[2], extensions=["tables", "md_in_html"]))
    table = html[html.index('<div class="bg-sortable">') :]
    table = table[table.index("<table>") : table.index("</table>")]
    assert table.count("<tr>") == 1 + 5  # header + every figure, grouped or not
    assert "413 milliards €" in table and "budget militaire de la France pour 2024-2030" in table
    assert 'data-sort="413000000000.0"' in table
    assert html.count("<svg") == 1  # the chart survives Markdown as raw HTML


def test_page_in_english_and_strict_mkdocs_build(tmp_path: Path):
    assert "values disagree" in _page("en")
    briefs = _briefs()
    docs = tmp_path / "docs"
    write_pages(site_pages(briefs, [article_for(b) for b in briefs], Renderer(None, "fr")), docs)
    cfg = mkdocs_config(
        config_file=str(ROOT / "mkdocs.yml"),
        docs_dir=str(docs),
        site_dir=str(tmp_path / "site"),
        strict=True,
        **mkdocs_overrides(docs, "fr"),
    )
    mkdocs_build(cfg)
    html = (tmp_path / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    assert "<svg" in html and "<polyline" in html and "bg-disagree" in html
