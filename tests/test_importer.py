"""briefgen import: saved news pages of different shapes, and plain text, become loadable articles."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.content import load_article
from briefgen.errors import ContentError
from briefgen.importer import import_file, read_page
from briefgen.plaintext import article_text

PAGES = Path(__file__).parent / "editorial"

# Each saved page: what the front matter must say, sentences of the article that must
# be kept, and page furniture (menus, banners, ads, related lists, comments, footers,
# scripts) that must not reach the article.
CASES = {
    "lemonde-like-energie.html": dict(
        title="Prix de l’électricité : le gouvernement annonce une baisse de 15 % du tarif réglementé en février",
        date=dt.date(2025, 1, 14),
        author="Claire Dumontet",
        # the canonical link wins over og:url (which carries a campaign tag)
        source="https://www.quotidien-du-matin.fr/economie/article/2025/01/14/prix-electricite-baisse-tarif-reglemente_6421.html",
        kept=[
            "Les ménages français verront leur facture",
            "## Une taxe relevée en parallèle",
            "a justifié Antoine Vasseur.",
        ],
        dropped=[
            "cookies",
            "Tout accepter",
            "Publicité",
            "googletag",
            "Lire aussi",
            "Gaz : les tarifs",
            "Sur le même sujet",
            "Newsletter",
            "Mentions légales",
            "S’abonner",
            "Partager",
            "réservée aux abonnés",
            "Accueil",
        ],
    ),
    "regional-inondations.html": dict(
        title="Inondations dans le Pas-de-Calais : 300 habitants évacués, la préfecture en vigilance rouge",
        date=dt.date(2024, 11, 8),
        author="Thomas Lefèvre",
        # no canonical link: og:url, without its tracking parameter
        source="https://www.echo-du-littoral.fr/region/inondations-pas-de-calais-300-habitants-evacues-123456?page=1",
        kept=[
            "environ 300 habitants",
            "## « On n'avait jamais vu ça »",
            "a déclaré le préfet Jacques Morel",
            "catastrophe naturelle",
        ],
        dropped=[
            "Boulogne 9°C",
            "Avis de décès",
            "Vos choix concernant les cookies",
            "jeanpierre62",
            "commentaires",
            "Les plus lus",
            "USBCO",
            "Crues de 2023",
            "Mots-clés",
            "Plan du site",
            "_paq",
        ],
    ),
    "radio-municipales-ia.html": dict(
        title="L'Assemblée adopte la loi sur l'intelligence artificielle dans les services publics",
        date=dt.date(2025, 6, 3),
        author="Nadia Benali",
        source="https://www.radio-info-continu.fr/politique/loi-ia-services-publics_7789.html",
        kept=[
            "Après trois jours de débats",
            "## Une opposition divisée",
            "- Droit de demander un réexamen par un agent.",
            "examiné par le Sénat",
        ],
        dropped=[
            "EN DIRECT",
            "Aller au contenu",
            "Podcasts",
            "Lire aussi",
            "des radiologues partagés",
            "Publié le",
            "À voir aussi",
            "Réforme des retraites",
            "commentaires sont fermés",
            "Accessibilité",
            "Twitter",
        ],
    ),
    "depeche-latin1-secheresse.html": dict(
        # an old XHTML page in ISO-8859-1, laid out with tables, metadata in <meta name=…>
        title="Espagne : le gouvernement prolonge les restrictions d'eau en Catalogne",
        date=dt.date(2024, 2, 2),
        author="Agence Presse Sud",
        source="http://depeches.presse-sud.example/monde/2024/02/02/espagne-secheresse-catalogne",
        kept=["l'état d'urgence sécheresse", "a déclaré le président régional", "depuis Valence"],
        dropped=["\ufffd", "Fil info", "Dernières dépêches", "Portugal", "Mentions légales", "©", "|"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_saved_page_main_text_and_metadata(name: str):
    case = CASES[name]
    page = read_page(PAGES / name)
    assert (page.title, page.date, page.author, page.source) == (
        case["title"],
        case["date"],
        case["author"],
        case["source"],
    )
    for text in case["kept"]:
        assert text in page.body
    for text in case["dropped"]:
        assert text not in page.body, text
    assert not page.body.startswith(("#", case["title"])), "the headline is the title, not the first paragraph"
    assert "\n\n\n" not in page.body


@pytest.mark.parametrize("name", sorted(CASES))
def test_imported_article_loads_back(name: str, tmp_path: Path):
    case = CASES[name]
    path = import_file(PAGES / name, tmp_path / "content")
    assert path.parent == tmp_path / "content" and path.suffix == ".md"
    assert len(path.stem) <= 60 and not path.stem.endswith("-")
    article = load_article(path)
    assert (article.title, article.date, article.author, article.source) == (
        case["title"],
        case["date"],
        case["author"],
        case["source"],
    )
    assert article.warnings == []
    assert article.lang == "fr"
    blocks = article_text(article.title, article.body).split("\n\n")
    assert blocks[0] == article.title
    assert any(case["kept"][0] in block for block in blocks[1:])
    assert len(blocks) >= 4, "paragraphs stay apart"


def test_plain_text_first_line_is_the_title(tmp_path: Path):
    path = import_file(PAGES / "depeche-agence.txt", tmp_path)
    article = load_article(path)
    assert article.title == "Budget : le Sénat rejette la hausse de la taxe sur les billets d’avion"
    assert path.name == "budget-le-senat-rejette-la-hausse-de-la-taxe-sur-les-billets.md"
    assert (article.date, article.author, article.source) == (None, None, None)
    paragraphs = article.body.strip().split("\n\n")
    assert len(paragraphs) == 3
    # lines of one paragraph are joined; a line that Markdown would take for a list item is escaped
    assert "billets d’avion. Les sénateurs" in paragraphs[0]
    assert paragraphs[2].startswith("\\- 120 voix pour")
    assert article_text(article.title, article.body).split("\n\n")[3].startswith("- 120 voix pour")


def test_plain_text_without_blank_lines_has_one_paragraph_per_line(tmp_path: Path):
    source = tmp_path / "note.txt"
    source.write_text("Un titre\nPremière phrase.\n2. Deuxième point.\n# Pas un titre\n", encoding="utf-8")
    page = read_page(source)
    assert page.body == "Première phrase.\n\n2\\. Deuxième point.\n\n\\# Pas un titre"


def test_never_overwrites_unless_replace_and_keeps_corrections(tmp_path: Path):
    content = tmp_path / "content"
    path = import_file(PAGES / "regional-inondations.html", content)
    path.write_text(path.read_text(encoding="utf-8").replace("Thomas Lefèvre", "T. L."), encoding="utf-8")
    corrections = path.with_name(path.stem + ".brief.yml")
    corrections.write_text("drop: [fig-00000000]\n", encoding="utf-8")
    with pytest.raises(ContentError, match="already exists: not overwritten"):
        import_file(PAGES / "regional-inondations.html", content)
    assert "T. L." in path.read_text(encoding="utf-8")
    assert import_file(PAGES / "regional-inondations.html", content, replace=True) == path
    assert load_article(path).author == "Thomas Lefèvre"
    assert corrections.read_text(encoding="utf-8") == "drop: [fig-00000000]\n"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("page.pdf", "%PDF-1.4", "can import only saved web pages"),
        ("vide.txt", "\n\n  \n", "empty file"),
        ("titre.txt", "Seulement un titre\n", "no text after the title line"),
        (
            "menu.html",
            "<html><head><title>Accueil</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>",
            "no article text found",
        ),
    ],
)
def test_unusable_files_are_refused_by_name(tmp_path: Path, name: str, text: str, message: str):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=message) as err:
        import_file(source, tmp_path / "content")
    assert str(err.value).startswith(str(source))
    assert not (tmp_path / "content").exists()


def test_import_command(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("lemonde-like-energie.html", "depeche-agence.txt"):
        shutil.copy(PAGES / name, tmp_path / name)
    result = CliRunner().invoke(main, ["import", "lemonde-like-energie.html", "depeche-agence.txt"])
    assert result.exit_code == 0, result.output
    written = [Path(line) for line in result.output.split()]
    assert [p.parent.resolve() for p in written] == [(tmp_path / "content").resolve()] * 2
    again = CliRunner().invoke(main, ["import", "depeche-agence.txt", "absent.html"])
    assert again.exit_code == 1
    assert "already exists" in again.output and "absent.html: cannot read" in again.output
    assert "2 of 2 file(s) not imported" in again.output
