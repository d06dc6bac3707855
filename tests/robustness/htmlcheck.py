"""Read built HTML the way a browser would, to list what could run: scripts, handlers, URLs."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[str | None, str]] = []  # (src, inline text)
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.tags: set[str] = set()
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        attrs = dict(attrs)
        self.handlers += [f"<{tag} {name}>" for name in attrs if name.lower().startswith("on")]
        self.urls += [value or "" for name, value in attrs.items() if name.lower() in URL_ATTRIBUTES]
        if tag == "script":
            self.scripts.append((attrs.get("src"), ""))
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            src, text = self.scripts[-1]
            self.scripts[-1] = (src, text + data)
        else:
            self.text.append(data)


def parse_html(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def parse_page(path: Path) -> Page:
    return parse_html(path.read_text(encoding="utf-8"))


def runnable_urls(page: Page) -> list[str]:
    """URLs a click or a load would run as code."""
    return [url for url in page.urls if "".join(url.split()).lower().startswith(("javascript:", "data:", "vbscript:"))]
