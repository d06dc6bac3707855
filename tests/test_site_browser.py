"""The built site as a reader sees it: a real headless Chromium over a local HTTP server.

Needs Debian's ``chromium`` (``make browser``) and the ``playwright`` Python package
(test extra); never ``playwright install``: we drive the system browser. Skipped,
saying why, only where no browser can be installed.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from briefgen.build import build
from briefgen.config import ENGINES, load_config
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
    report = build(load_config(root / "site_config.yml"), engine=engine)
    assert report.ok and len(report.briefs) == 4
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


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and uncaught exceptions; asserts none at the end."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: _failed(request, errors))
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
    assert cards.count() == 4
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
