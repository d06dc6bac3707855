from pathlib import Path

from briefgen.render import Renderer

from .conftest import make_brief


def test_project_templates_override_packaged_ones(tmp_path: Path):
    (tmp_path / "home.md.j2").write_text("# Mon accueil\n")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "briefgen.css").write_text("/* mine */")
    renderer = Renderer(tmp_path, "fr")
    assert renderer.render("home.md.j2") == "# Mon accueil\n"
    assert renderer.asset("assets/briefgen.css") == "/* mine */"
    assert "document$" in renderer.asset("assets/briefgen.js")  # the packaged one, unchanged
    assert "Chiffres clés" in renderer.render("brief.md.j2", brief=make_brief(), reaction_groups=[])


def test_labels_follow_the_site_language():
    page = Renderer(None, "en").render("brief.md.j2", brief=make_brief(), reaction_groups=[])
    assert "Key figures" in page and "Chiffres clés" not in page


def test_month_names_follow_the_site_language():
    assert Renderer(None, "fr").month_name("2024-08") == "août 2024"
    assert Renderer(None, "en").month_name("2024-08") == "August 2024"
    assert Renderer(None, "fr").month_name(None) == "Sans date"
