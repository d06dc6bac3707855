"""The built site as a reader sees it: a real headless Chromium over a local HTTP server.

Needs Debian's ``chromium`` (``make browser``) and the ``playwright`` Python package
(test extra); never ``playwright install``: we drive the system browser. Skipped,
saying why, only where no browser can be installed.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from briefgen.brief import Actor, Brief, Figure, Question, Reaction
from briefgen.build import generate, run_mkdocs
from briefgen.config import ENGINES, load_config
from briefgen.content import Article
from briefgen.data import load_data
from briefgen.render import Renderer, site_pages, write_pages
from tests.conftest import ROOT, copy_project

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = ROOT / "tests" / "_output"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")
if not CHROMIUM.is_file():
    pytest.skip(
        f"no browser at {CHROMIUM}: run `make browser` (apt-get install chromium) as root", allow_module_level=True
    )


def _handmade() -> Brief:
    said = "La France et l'Allemagne condamnent, a dit le porte-parole."
    return Brief(
        slug="tensions-en-mer-rouge",
        title="Tensions en mer Rouge",
        lang="fr",
        date="2024-11-20",
        source="https://www.example.org/mer-rouge",
        tags=["climat", "mer rouge"],
        summary="Des attaques contre des navires marchands font réagir les chancelleries.",
        figures=[
            Figure(
                value=413_000_000_000,
                text="413 milliards d'euros",
                what="euros",
                qualifier="approx",
                sentence="Un budget de 413 milliards d'euros.",
                about="budget militaire de la France",
                hedged=True,
                claimed_by="le ministère",
            ),
            Figure(
                value=33.7,
                text="33,7 %",
                what="%",
                qualifier="exact",
                sentence="Le fret a baissé de 33,7 %.",
                about="baisse du fret",
            ),
        ],
        actors=[
            Actor(
                name="Jean-Noël Barrot",
                type="person",
                role="ministre des Affaires étrangères",
                country="France",
                mentions=3,
                sentence=said,
            ),
            Actor(name="Houthis", type="organization", country="Yémen", mentions=2, sentence=said),
        ],
        reactions=[
            Reaction(
                speaker="Jean-Noël Barrot",
                quote="Ces attaques sont inacceptables",
                kind="direct",
                sentence=said,
                country="France",
                stance="condemn",
                confidence=0.95,
            ),
            Reaction(
                speaker="Jean-Noël Barrot",
                quote="elles doivent cesser",
                kind="direct",
                sentence=said,
                country="France",
                stance="condemn",
                confidence=0.95,
            ),
            Reaction(
                speaker="Wang Yi",
                quote="Toutes les parties doivent faire preuve de retenue",
                kind="direct",
                sentence="Wang Yi a appelé à la retenue.",
                country="Chine",
                stance="call",
                confidence=0.4,
            ),
            Reaction(
                speaker="Annalena Baerbock",
                quote="nous sommes très inquiets",
                kind="direct",
                sentence="Berlin s'inquiète.",
                country="Allemagne",
                stance="concern",
                confidence=0.9,
            ),
            Reaction(
                speaker="Abdel Malek al-Houthi",
                quote="nous continuerons",
                kind="direct",
                sentence="Le chef rebelle menace.",
                country="Yémen",
                stance="threaten",
                confidence=0.8,
            ),
        ],
        questions=[Question(text="Combien de temps le fret évitera-t-il la mer Rouge ?", sentence="Combien ?")],
    )


def _article(brief: Brief) -> Article:
    return Article(path=Path(f"{brief.slug}.md"), slug=brief.slug, title=brief.title, body="Le texte de l'article.")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module", params=ENGINES)
def engine(request) -> str:
    """Every page check runs on the site of each engine (MkDocs, Zensical)."""
    return request.param


@pytest.fixture(scope="module")
def site_url(tmp_path_factory, nlp, engine):
    """The sample content plus tests/site_articles, built with ``engine`` and served on 127.0.0.1."""
    root = copy_project(tmp_path_factory.mktemp(f"browser-{engine}"))
    for article in (ROOT / "tests" / "site_articles").glob("*.md"):
        shutil.copy(article, root / "content" / article.name)
    config = load_config(root / "site_config.yml")
    articles, report = generate(config)
    assert report.ok and len(report.briefs) == 4
    # Extraction does not yet give every field the site shows (stances, figures' `about`): one
    # hand-made brief beside the four extracted ones carries them all.
    extra = _handmade()
    renderer = Renderer(config.templates_dir, config.language)
    pages = site_pages([*report.briefs, extra], [*articles, _article(extra)], renderer)
    write_pages(pages, config.generated_dir)
    run_mkdocs(config, engine=engine)
    handler = functools.partial(_Quiet, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _new_page(browser, viewport: dict):
    """A page whose console errors, uncaught exceptions and failed requests land in ``errors``,
    and that may only talk to the local server: any other host is refused and recorded."""
    context = browser.new_context(viewport=viewport, locale="fr-FR")
    errors: list[str] = []

    def local_only(route) -> None:
        url = route.request.url
        if urlsplit(url).hostname in ("127.0.0.1", None):
            route.continue_()
        else:
            errors.append(f"request to another host: {url}")
            route.abort()

    context.route("**/*", local_only)
    page = context.new_page()
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: _failed(request, errors))
    return context, page, errors


@pytest.fixture
def page(browser):
    """A fresh desktop page that records console errors, uncaught exceptions and requests to
    other hosts; asserts none at the end."""
    context, page, errors = _new_page(browser, DESKTOP)
    yield page
    context.close()
    assert errors == [], errors


def _failed(request, errors: list[str]) -> None:
    """A request that failed, except those aborted by leaving the page (teardown, navigation)."""
    if "ERR_ABORTED" not in (request.failure or ""):
        errors.append(f"{request.url}: {request.failure}")


def _shot(page, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)


# Each engine's search: what opens it, and where its results land (Zensical's in a shadow root,
# which Playwright's CSS locators pierce).
SEARCH = {
    "mkdocs": (".md-search__input", ".md-search-result__list"),
    "zensical": (".md-search__button", "[role=listbox]"),
}


def test_home_lists_the_briefs(page, site_url):
    page.goto(site_url)
    cards = page.locator(".grid.cards > ul > li")
    assert cards.count() == 5
    text = page.locator("article").inner_text()
    for title in (
        "Sécheresse au Maroc",
        "un sommet africain",
        "Le port d'Anvers mise sur l'hydrogène | analyse",
        "Des soldats nord-coréens en Russie",
    ):
        assert title in text, title
    # Newest first, undated last.
    assert text.index("Sécheresse au Maroc") < text.index("sommet africain") < text.index("port d'Anvers")
    _shot(page, "home")
    page.locator("form[data-md-component=palette] label:visible").first.click()  # light/dark toggle
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    _shot(page, "home-dark")


def test_brief_page_shows_every_section(page, site_url):
    page.goto(site_url + "briefs/sommet-climat-nairobi/")
    headings = page.locator("article h2").all_inner_texts()
    for label in ("En bref", "Chiffres clés", "Acteurs", "Réactions internationales", "Questions ouvertes"):
        assert any(label in h for h in headings), (label, headings)
    assert page.locator("article table tbody tr").count() >= 1
    note = page.locator("article details.quote").first
    assert not note.evaluate("d => d.open")
    note.locator("summary").click()
    assert note.evaluate("d => d.open")
    page.get_by_role("link", name="Lire l'article").click()
    page.wait_for_url("**/articles/sommet-climat-nairobi/")
    assert "Plus de 20 chefs" in page.locator("article").inner_text()
    page.go_back()
    page.wait_for_url("**/briefs/sommet-climat-nairobi/")
    _shot(page, "brief")


def test_search_finds_an_actor(page, site_url, engine):
    opener, results = SEARCH[engine]
    page.goto(site_url)
    page.locator(opener).click()
    page.keyboard.type("Vandermeiren", delay=20)  # Material searches on key events, not on fill()
    hit = page.locator(results).get_by_text("Vandermeiren").first
    hit.wait_for(timeout=15_000)
    assert "port d'Anvers" in page.locator(results).inner_text()
    _shot(page, f"search-{engine}")


def test_figures_table_sorts_and_filters(page, site_url):
    page.goto(site_url + "figures/")
    rows = page.locator(".bg-sortable tbody tr")
    total = rows.count()
    assert total >= 5
    page.locator(".bg-sortable th").first.click()
    values = [
        float(v)
        for v in page.locator(".bg-sortable tbody tr [data-sort]").evaluate_all(
            "spans => spans.map(s => s.dataset.sort)"
        )
    ]
    assert values == sorted(values)
    page.locator("input.bg-filter").fill("hectares")
    visible = page.locator(".bg-sortable tbody tr:not([hidden])")
    assert 1 <= visible.count() < total
    _shot(page, "figures")


def test_cross_article_pages_open(page, site_url):
    for path, expected in (
        ("actors/", "Nations unies"),
        ("countries/", "Réactions internationales"),
        ("timeline/", "Sans date"),
        ("tags/", "climat"),
    ):
        page.goto(site_url + path)
        assert expected in page.locator("article").inner_text(), path
    page.goto(site_url + "actors/")
    page.get_by_role("link", name="Nations unies").first.click()
    assert "Cité dans" in page.locator("article").inner_text()
    _shot(page, "actor")


# Every page type: (name, path, text the page must show).
PAGE_TYPES = (
    ("home", "", "Derniers briefs"),
    ("brief", "briefs/tensions-en-mer-rouge/", "Condamnent"),
    ("brief-extracted", "briefs/soldats-nord-coreens-en-russie/", "Andriï Sybiga"),
    ("article", "articles/sommet-climat-nairobi/", "Plus de 20 chefs"),
    ("countries", "countries/", "Positions par pays"),
    ("dossier", "dossiers/climat/", "Dossier"),
    ("tags", "tags/", "Dossiers"),
    ("actors", "actors/", "Nations unies"),
    ("actor", "actors/antonio-guterres/", "Cité dans"),
    ("timeline", "timeline/", "Sans date"),
    ("archive", "archive/2024-11/", "Tensions en mer Rouge"),
    ("figures", "figures/", "hectares"),
)
SERIOUS = ("serious", "critical")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize(("name", "path", "expected"), PAGE_TYPES, ids=[p[0] for p in PAGE_TYPES])
def test_every_page_type_reads_well_offline_and_accessibly(browser, site_url, axe, name, path, expected, viewport):
    """Each page at desktop and phone width: its content, no console error, nothing fetched from
    another host, no page-wide sideways scrolling on a phone, no serious axe-core violation."""
    context, page, errors = _new_page(browser, viewport)
    try:
        page.goto(site_url + path, wait_until="networkidle")
        assert expected in page.locator("article").inner_text(), (name, expected)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{name}: the page scrolls sideways ({width}px)"
        violations = [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in axe.run(page).response["violations"]
            if v["impact"] in SERIOUS
        ]
        assert violations == [], violations
        _shot(page, f"{name}-{'phone' if viewport is PHONE else 'desktop'}")
    finally:
        context.close()
    assert errors == [], errors


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def test_a_statement_shows_its_fragments_stance_and_source_on_demand(page, site_url):
    page.goto(site_url + "briefs/tensions-en-mer-rouge/")
    text = page.locator("article").inner_text()
    assert "Condamnent : France" in text and "Appellent à la retenue : Chine" in text
    assert "« Ces attaques sont inacceptables … elles doivent cesser »" in text
    assert text.count("Ces attaques sont inacceptables") == 1  # one entry per statement
    assert "413\u202fmilliards\u202f€" in text.replace("\xa0", "\u202f") and "33,7\u202f%" in text
    assert "budget militaire de la France" in text and "selon le ministère" in text
    france = page.locator("h3", has_text="France")
    assert "🇫🇷" in france.inner_text()
    wang = page.locator("li", has_text="Wang Yi")
    assert "attribution incertaine" in wang.inner_text()
    assert wang.locator(".bg-stance-call").count() == 1
    source = wang.locator("details.bg-src")
    assert not source.evaluate("d => d.open") and "Wang Yi a appelé" not in source.inner_text()
    source.locator("summary").click()
    assert "Wang Yi a appelé" in source.inner_text()
    # actors: a compact table, not one box per item
    actors = page.locator("table", has_text="Jean-Noël Barrot")
    assert actors.locator("tbody tr").count() == 2 and "ministre des Affaires étrangères" in actors.inner_text()


def test_the_map_colours_countries_by_stance_and_links_to_their_section(page, site_url):
    page.goto(site_url + "countries/")
    table = page.locator(".bg-country-table table")
    assert "France" in table.inner_text() and "Condamnation" in table.inner_text()
    # which stance dominates depends on extraction (the dominance rule is tested in tests/render):
    # here, that each country is coloured by a stance and says which in its label
    names = load_data("labels")["fr"]["stance_names"]
    for country in ("France", "Chine"):
        path = page.locator(f"svg.bg-map path[aria-label^='{country}']")
        stance = re.search(r"bg-stance-(\w+)", path.get_attribute("class") or "")
        assert path.count() == 1 and stance and names[stance.group(1)] in path.get_attribute("aria-label")
    assert page.locator("svg.bg-map path").count() > 150  # the whole world is drawn
    legend = page.locator("figure.bg-map-figure figcaption").inner_text()
    assert names[stance.group(1)] in legend  # the legend names every colour the map uses
    page.locator("svg.bg-map path[aria-label^='Chine']").click()
    page.wait_for_url("**/countries/#pays-cn")
    # France's box spans the Atlantic (Guiana): reach it by keyboard. The hash change above is a
    # navigation that Material's instant loading may still be handling, and it can swap the content
    # (and drop the focus) under load: let it settle, then focus France's shape until it holds
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        """() => {
            const shape = document.querySelector("svg.bg-map path[aria-label^='France']");
            if (shape) shape.focus();
            return shape !== null && document.activeElement === shape;
        }"""
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**/countries/#pays-fr")
    assert page.locator("#pays-fr").is_visible()
    _shot(page, "countries-map")


def test_print_drops_the_navigation_and_opens_every_source(page, site_url):
    page.goto(site_url + "briefs/tensions-en-mer-rouge/")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible() and not page.locator(".md-sidebar--primary").is_visible()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details.bg-src:not([open])").count() == 0
    _shot(page, "brief-print")


def test_pages_link_the_atom_feed_and_describe_themselves(page, site_url):
    page.goto(site_url + "briefs/tensions-en-mer-rouge/")
    feed = page.locator('head link[rel=alternate][type="application/atom+xml"]')
    assert feed.count() == 1
    description = "Des attaques contre des navires marchands font réagir les chancelleries."
    assert page.locator('head meta[name=description]').get_attribute("content") == description
    assert page.locator('head meta[property="og:description"]').get_attribute("content") == description
    assert page.locator('head meta[property="og:title"]').get_attribute("content") == "Tensions en mer Rouge"
    response = page.request.get(site_url + "feed.xml")
    assert response.ok and b"<feed" in response.body() and b"Tensions en mer Rouge" in response.body()
