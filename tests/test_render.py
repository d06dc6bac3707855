from pathlib import Path

from briefgen.brief import Brief, Figure, Reaction
from briefgen.content import Article
from briefgen.render import Renderer, escape_markdown, site_pages, write_pages


def _brief(**kwargs) -> Brief:
    base = dict(slug="s", title="T", lang="fr", summary="Résumé.")
    base.update(kwargs)
    return Brief(**base)


def test_escape_markdown_neutralises_html_markdown_and_jinja():
    out = escape_markdown("<script>alert(1)</script> {{ x }} a|b **c**\nd")
    assert "<" not in out and "|" not in out and "{" not in out and "*" not in out
    assert "\n" not in out


def test_hostile_quote_stays_text(tmp_path: Path):
    brief = _brief(
        title="<img src=x onerror=alert(1)>",
        reactions=[Reaction(speaker="{% raw %}X", quote="<script>alert(1)</script> | {{ 7*7 }}", kind="direct", sentence="s")],
    )
    article = Article(path=Path("s.md"), slug="s", title=brief.title, body="Corps.")
    pages = site_pages([brief], [article], Renderer(None, "fr"))
    page = pages["briefs/s.md"]
    assert "<script>" not in page and "<img" not in page and "49" not in page
    assert "&#60;script&#62;" in page


def test_project_templates_override_packaged_ones(tmp_path: Path):
    (tmp_path / "home.md.j2").write_text("# Mon accueil\n")
    renderer = Renderer(tmp_path, "fr")
    assert renderer.render("home.md.j2", briefs=[]) == "# Mon accueil\n"
    assert "Chiffres clés" in renderer.render("brief.md.j2", brief=_brief(), reaction_groups=[])


def test_labels_follow_the_site_language():
    page = Renderer(None, "en").render("brief.md.j2", brief=_brief(), reaction_groups=[])
    assert "Key figures" in page and "Chiffres clés" not in page


def test_numbers_are_formatted_for_the_language():
    brief = _brief(figures=[Figure(value=12000, text="12 000 soldats", what="soldats", qualifier="at_most", sentence="s")])
    fr = Renderer(None, "fr").render("brief.md.j2", brief=brief, reaction_groups=[])
    assert "12\u202f000" in fr and "au plus" in fr


def test_write_pages_writes_only_changes_and_removes_stale(tmp_path: Path):
    out = tmp_path / "docs"
    assert sorted(write_pages({"a.md": "A", "b/c.md": "C"}, out)) == ["a.md", "b/c.md"]
    assert write_pages({"a.md": "A", "b/c.md": "C"}, out) == []
    assert write_pages({"a.md": "A2"}, out) == ["a.md"]
    assert not (out / "b").exists()
    assert (out / "a.md").read_text() == "A2"
