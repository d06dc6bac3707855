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


def test_review_sheet_shows_the_article_s_own_characters_and_site_pages_still_escape():
    from briefgen.brief import Figure, Reaction

    text = "L'État & « les <autres> » \"disent\" | *tout*"
    brief = make_brief(
        title=text,
        summary=text,
        figures=[Figure(value=3, text="3 d'entre eux", what="élus & maires", qualifier="at_most", sentence="s")],
        reactions=[Reaction(speaker="O'Neil", quote=text, kind="direct", sentence="s", confidence=0.4)],
    )
    sheet = Renderer(None, "fr", terminal=True).render("review.md.j2", brief=brief)
    assert f"# {text}\n" in sheet and f"« {text} »" in sheet and "**O'Neil**" in sheet
    assert "élus & maires — at_most" in sheet and "« 3 d'entre eux »" in sheet
    assert "&#" not in sheet and "&amp;" not in sheet
    page = Renderer(None, "fr").render("brief.md.j2", brief=brief, reaction_groups=[])
    assert "L&#39;État &#38; « les &#60;autres&#62; »" in page and "<autres>" not in page


def test_review_sheet_marks_edited_items_and_questions_asked_in_quotes():
    from briefgen.brief import Actor, Question

    brief = make_brief(
        actors=[Actor(name="Maroc", type="country", edited=True)],
        questions=[Question(text="Et après ?", sentence="s", in_quote=True)],
    )
    sheet = Renderer(None, "en", terminal=True).render("review.md.j2", brief=brief)
    assert "**Maroc** — country — 0× [edited]" in sheet
    assert "Et après ? — asked in a quote\n" in sheet
    assert "- slug: `s` · lang: fr\n\n## In brief" in sheet
