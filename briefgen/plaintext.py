"""The plain text of an article: what spaCy parses and what every provenance sentence quotes.

Markdown is rendered by the ``markdown`` library (so every syntax it knows is
handled the same way the site will show it), then only the text of block
elements is kept, one block per paragraph, separated by a blank line. Headings
stay as their own paragraphs (a question can be a subheading); code, scripts and
styles are dropped.
"""

from __future__ import annotations

from html.parser import HTMLParser

import markdown

BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "td",
    "th",
    "dt",
    "dd",
    "div",
    "section",
    "article",
    "tr",
    "br",
    "hr",
    "figcaption",
    "caption",
}
SKIPPED = {"script", "style", "pre", "code", "template", "noscript", "iframe", "object", "svg", "math"}


class _BlockText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skip_depth += 1
        elif tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCKS:
            self._flush()

    def handle_data(self, data):
        if not self.skip_depth:
            self.current.append(data)

    def close(self):
        super().close()
        self._flush()


def body_blocks(body: str) -> list[str]:
    """The paragraphs of a Markdown body as plain text, inline markup removed."""
    html = markdown.markdown(body, extensions=["tables", "sane_lists"])
    parser = _BlockText()
    parser.feed(html)
    parser.close()
    return parser.blocks


def article_text(title: str, body: str) -> str:
    """Title, then each block, separated by blank lines."""
    return "\n\n".join([" ".join(title.split())] + body_blocks(body))
