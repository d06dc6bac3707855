import json
from pathlib import Path

import markdown
import pytest
import yaml
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config as mkdocs_config

from briefgen.brief import Actor, Brief, Figure, Question, Reaction
from briefgen.errors import BriefgenError
from briefgen.render import OVERRIDES_DIR, Renderer, mkdocs_overrides, site_pages, user_pages, write_pages
from tests.conftest import ROOT

from .conftest import article_for, make_brief


def _pages(briefs, language="fr", extra=None):
    return site_pages(briefs, [article_for(b) for b in briefs], Renderer(None, language), extra)


def test_site_has_cross_article_pages_and_no_page_for_single_article_actors(briefs):
    pages = _pages(briefs)
    for path in (
        "index.md",
        "timeline.md",
        "actors/index.md",
        "countries.md",
        "figures.md",
        "tags.md",
        "archive/2024-11.md",
        "archive/2024-10.md",
        "archive/undated.md",
        "assets/briefgen.js",
        "briefs/eau.md",
        "articles/eau.md",
        "actors/antonio-guterres.md",
    ):
        assert path in pages, path
    assert "actors/maroc.md" not in pages and 'id="maroc"' in pages["actors/index.md"]
    assert (
        pages["timeline.md"].index("Sécheresse")
        < pages["timeline.md"].index("Sommet")
        < pages["timeline.md"].index("Anvers")
    )


def test_home_shows_latest_briefs_with_their_most_salient_figures(briefs):
    home = _pages(briefs)["index.md"]
    assert home.count("](briefs/") == 3 and "**40\u202f000** hectares" in home
    assert "(archive/2024-11.md)" in home and "novembre 2024" in home


def test_brief_page_marks_questions_asked_inside_a_quote():
    brief = make_brief(questions=[Question(text="Jusqu'où ?", sentence="s", in_quote=True)])
    assert "Jusqu&#39;où ? — *posée dans une citation*" in _pages([brief])["briefs/s.md"]


def test_actor_lines_say_each_thing_once():
    """A country is its own country; a name's description already shown as its role is not an alias."""
    brief = make_brief(
        actors=[
            Actor(name="Russie", type="country", country="Russie", aliases=["Moscou"], sentence="s"),
            Actor(
                name="KCIA",
                type="organization",
                role="renseignement sud-coréen",
                country="Corée du Sud",
                aliases=["renseignement sud-coréen"],
                sentence="s",
            ),
        ]
    )
    page = _pages([brief])["briefs/s.md"]
    assert "| **Russie**<br><small>Moscou</small> | pays | — | — | 0 |" in page
    assert (
        '| **KCIA** | organisation | renseignement sud-coréen | <span aria-hidden="true">🇰🇷</span> Corée du Sud | 0 |'
        in page
    )


def test_exports_are_the_brief_schema(briefs):
    pages = _pages(briefs)
    exported = json.loads(pages["briefs.json"])
    assert [b["slug"] for b in exported] == ["eau", "sommet", "anvers"]
    assert exported[0] == briefs[0].to_json() and exported[0]["schema"] == "briefgen.brief/1"
    assert Brief.from_json(json.loads(pages["briefs/sommet.json"])) == briefs[1]


def test_hostile_text_stays_text(tmp_path: Path):
    brief = make_brief(
        title="<img src=x onerror=alert(1)>: # titre",
        reactions=[
            Reaction(speaker="{% raw %}X", quote="<script>alert(1)</script> | {{ 7*7 }}", kind="direct", sentence="s")
        ],
    )
    pages = _pages([brief])
    for page in (pages["briefs/s.md"], pages["countries.md"], pages["index.md"]):
        assert "<script>" not in page and "<img" not in page and "49" not in page
    assert "&#60;script&#62;" in pages["briefs/s.md"]


def test_table_cells_survive_pipes_and_newlines(briefs):
    brief = make_brief(
        figures=[
            Figure(value=3, text="3", what="a | b\nc", qualifier="exact", sentence="une | phrase\nsur deux lignes"),
            Figure(value=4, text="4", what="d", qualifier="at_least", sentence="s"),
        ]
    )
    html = markdown.markdown(_pages([brief])["briefs/s.md"].split("---", 2)[2], extensions=["tables", "md_in_html"])
    table = html[html.index("<table>") : html.index("</table>")]
    assert table.count("<tr>") == 3  # header + one row per figure
    assert "a &#124; b c" in table and "une &#124; phrase sur deux lignes" in table


def test_user_pages_are_added_but_never_replace_generated_ones(tmp_path: Path, briefs):
    (tmp_path / "about.md").write_text("# À propos\n")
    (tmp_path / ".hidden").write_text("x")
    extra = user_pages(tmp_path)
    assert extra == {"about.md": "# À propos\n".encode()}
    assert "about.md" in _pages(briefs, extra=extra)
    with pytest.raises(BriefgenError, match="index.md"):
        _pages(briefs, extra={"index.md": b"# mine"})


def test_nav_is_small_in_the_site_language_and_lists_user_pages(tmp_path: Path):
    (tmp_path / "index.md").write_text("x")
    (tmp_path / "about.md").write_text("x")
    overrides = mkdocs_overrides(tmp_path, "en")
    assert overrides["nav"][:2] == [{"Home": "index.md"}, {"Timeline": "timeline.md"}]
    assert overrides["nav"][-1] == "about.md" and "/briefs/" in overrides["not_in_nav"]


def test_mkdocs_builds_the_pages_strictly_without_warnings(tmp_path: Path, briefs):
    """Strict mode fails on any warning: broken links, missing pages, bad nav."""
    docs = tmp_path / "docs"
    write_pages(_pages(briefs), docs)
    (tmp_path / "mkdocs.yml").write_bytes((ROOT / "mkdocs.yml").read_bytes())
    theme = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["theme"]
    cfg = mkdocs_config(
        config_file=str(tmp_path / "mkdocs.yml"),
        docs_dir=str(docs),
        site_dir=str(tmp_path / "site"),
        strict=True,
        theme={**theme, "custom_dir": str(docs / OVERRIDES_DIR)},  # as the build sets it
        **mkdocs_overrides(docs, "fr"),
    )
    mkdocs_build(cfg)
    assert (tmp_path / "site" / "actors" / "antonio-guterres" / "index.html").is_file()
    assert (tmp_path / "site" / "briefs" / "eau.json").is_file()
    assert "assets/briefgen.js" in (tmp_path / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    brief = (tmp_path / "site" / "briefs" / "eau" / "index.html").read_text(encoding="utf-8")
    head = brief[: brief.index("</head>")]
    assert '<meta name="description" content="Résumé.">' in head
    assert '<meta property="og:description" content="Résumé.">' in head and 'property="og:title"' in head
    assert 'rel="alternate" type="application/atom+xml"' in head and "../../feed.xml" in head
    assert (tmp_path / "site" / "feed.xml").is_file() and (
        tmp_path / "site" / "dossiers" / "climat" / "index.html"
    ).is_file()
    assert not (tmp_path / "site" / ".overrides").exists()


def test_brief_page_marks_edited_items_and_exports_keep_edited():
    brief = make_brief(
        figures=[
            Figure(value=3, text="3 dead", what="dead", qualifier="exact", sentence="s", edited=True),
            Figure(value=9, text="9 wounded", what="wounded", qualifier="exact", sentence="s"),
        ],
        reactions=[Reaction(speaker="ONU", quote="Assez.", kind="direct", sentence="s", edited=True)],
        questions=[Question(text="Et après ?", sentence="s", edited=True)],
    )
    pages = _pages([brief], language="en")
    marker = '<span class="briefgen-edited" title="Corrected by hand by an editor (corrections file)">edited</span>'
    page = pages["briefs/s.md"]
    assert page.count(marker) == 3
    assert f'**3** dead</span> {marker} |' in page and "**9** wounded</span> |" in page
    html = markdown.markdown(page, extensions=["tables"])
    assert html.count('class="briefgen-edited"') == 3
    exported = json.loads(pages["briefs/s.json"])
    assert [f["edited"] for f in exported["figures"]] == [True, False]
    assert json.loads(pages["briefs.json"])[0]["reactions"][0]["edited"] is True


def test_short_names_and_aliases_join_the_full_name_across_briefs():
    from briefgen.render.index import collect_actors

    one = make_brief(
        slug="a",
        actors=[
            Actor(name="Volodymyr Zelensky", type="person", sentence="s"),
            Actor(
                name="Organisation du traité de l'Atlantique nord", type="organization", aliases=["OTAN"], sentence="s"
            ),
            Actor(name="Kim Jong-un", type="person", sentence="s"),
        ],
    )
    two = make_brief(
        slug="b",
        actors=[
            Actor(name="Zelensky", type="person", sentence="s"),
            Actor(name="OTAN", type="organization", aliases=["Alliance atlantique"], sentence="s"),
            Actor(name="Kim", type="person", sentence="s"),
            Actor(name="Kim Yo-jong", type="person", sentence="s"),
        ],
    )
    entries = {e.name: e for e in collect_actors([one, two])}
    assert [b.slug for b in entries["Volodymyr Zelensky"].briefs] == ["a", "b"] and "Zelensky" not in entries
    assert len(entries["Organisation du traité de l'Atlantique nord"].briefs) == 2 and "OTAN" not in entries
    assert "Kim" in entries  # two longer names hold "Kim": which one is meant is not known


def test_names_aliasing_each_other_keep_one_entry():
    from briefgen.render.index import collect_actors

    one = make_brief(slug="a", actors=[Actor(name="ONU", type="organization", aliases=["Nations unies"], sentence="s")])
    two = make_brief(slug="b", actors=[Actor(name="Nations unies", type="organization", aliases=["ONU"], sentence="s")])
    entries = collect_actors([one, two])
    assert len(entries) == 1 and len(entries[0].briefs) == 2


def _stances_brief(**kwargs):
    said = "« Inacceptable », a dit la ministre, « cela doit cesser »."
    return make_brief(
        reactions=[
            Reaction(
                speaker="Anna Blanc",
                quote="Inacceptable",
                kind="direct",
                sentence=said,
                country="France",
                stance="condemn",
            ),
            Reaction(
                speaker="Anna Blanc",
                quote="cela doit cesser",
                kind="direct",
                sentence=said,
                country="France",
                stance="condemn",
            ),
            Reaction(
                speaker="Wang Yi",
                quote="Retenue",
                kind="direct",
                sentence="s2",
                country="Chine",
                stance="call",
                confidence=0.3,
                rule="incise",
                speaker_rule="incise+pronoun",
            ),
        ],
        **kwargs,
    )


def test_brief_page_reads_figures_as_written_and_reactions_as_statements():
    brief = _stances_brief(
        figures=[
            Figure(
                value=413e9,
                text="413 milliards d'euros",
                what="euros",
                qualifier="approx",
                sentence="s",
                about="budget militaire",
                hedged=True,
                claimed_by="Paris",
            ),
            Figure(value=12000, text="12 000 soldats", what="soldats", qualifier="at_most", sentence="s"),
        ]
    )
    page = _pages([brief])["briefs/s.md"]
    assert "**413\u202fmilliards\u202f€**</span>" in page.replace("\xa0", "\u202f") and "| budget militaire |" in page
    assert "⚠ non confirmé, selon Paris" in page and "**12\u202f000** soldats</span>" in page
    assert (
        "<strong>Condamnent</strong> : France</span> ; <span class=\"bg-stance-who\"><strong>Appellent à la retenue</strong> : Chine"
        in page
    )
    assert page.count("**Anna Blanc**") == 1 and "« Inacceptable … cela doit cesser »" in page
    assert '<span class="bg-flag" aria-hidden="true">🇫🇷</span> France' in page
    wang = next(line for line in page.splitlines() if "Wang Yi" in line)
    assert "*Wang Yi* <span class=\"bg-uncertain\"" in wang and "attribution incertaine" in wang
    assert (
        '<summary>source</summary>s2 <small class="bg-rule">(règle : incise ; locuteur : incise+pronoun)</small>'
        in wang
    )
    assert "??? quote" not in page  # no full-width box per item


def test_countries_page_opens_with_a_country_by_stance_table_and_a_linked_map():
    page = _pages([_stances_brief(slug="a"), _stances_brief(slug="b", title="B")])["countries.md"]
    table = page[page.index("| Pays |") : page.index("</div>")]
    assert "Condamnation" in table and "Appel" in table and "Menace" not in table
    assert "[France](#pays-fr)</span> | 2 |  | 2 |" in table  # two statements (four fragments) in two briefs
    assert page.index("| Pays |") < page.index("<svg") < page.index("{ #pays-fr }")
    assert 'data-href="#pays-fr"' in page and 'class="bg-land bg-stance-call"' in page
    assert 'bg-legend-item"><span class="bg-swatch bg-stance-condemn"' in page


def test_a_dossier_per_tag_holds_its_briefs_in_date_order_and_their_items():
    briefs = [
        _stances_brief(
            slug="new",
            title="Récent",
            date="2024-11-02",
            tags=["Mer Rouge"],
            actors=[Actor(name="Anna Blanc", type="person", role="ministre")],
        ),
        make_brief(
            slug="old",
            title="Ancien",
            date="2024-10-01",
            tags=["mer rouge", "autre"],
            figures=[Figure(value=3, text="3 navires", what="navires", qualifier="exact", sentence="s")],
        ),
        make_brief(slug="none", title="Sans date", tags=["mer rouge"]),
    ]
    pages = _pages(briefs)
    dossier = pages["dossiers/mer-rouge.md"]
    assert "dossiers/autre.md" in pages and 'title: "mer rouge"' in dossier  # one dossier for both spellings
    assert (
        dossier.index("(../briefs/old.md)") < dossier.index("(../briefs/new.md)") < dossier.index("(../briefs/none.md)")
    )
    assert "**3** navires" in dossier and "[Ancien](../briefs/old.md) |" in dossier
    assert "[France](../countries.md#pays-fr)" in dossier and "« Inacceptable … cela doit cesser »" in dossier
    assert "| **Anna Blanc** | personne | ministre |" in dossier
    assert "- [mer rouge](dossiers/mer-rouge.md) (3)" in pages["tags.md"]
    assert "(../dossiers/mer-rouge.md)" in pages["briefs/new.md"]


def test_an_actor_page_shows_each_statement_once():
    briefs = [
        make_brief(
            slug=slug,
            title=slug.upper(),
            actors=[Actor(name="Anna Blanc", type="person")],
            reactions=[
                Reaction(speaker="Anna Blanc", quote=q, kind="direct", sentence="« Un », dit-elle, « deux ».")
                for q in ("Un", "deux")
            ],
        )
        for slug in ("a", "b")
    ]
    page = _pages(briefs)["actors/anna-blanc.md"]
    assert page.count("« Un … deux »") == 2 and "[A](../briefs/a.md)" in page and "[B](../briefs/b.md)" in page
