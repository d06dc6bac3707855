"""The article body as safe HTML for the article page.

An article's Markdown may hold raw HTML (``<script>``, ``<img onerror>``,
``javascript:`` links, comments). Instead of trusting MkDocs to pass it through,
the body is rendered to HTML here with the Markdown extensions that
``plaintext`` uses (so the page shows what the extractors read), then cleaned by
``nh3`` (bindings to the maintained Rust sanitiser ammonia) against an allow-list
of tags. The allow-list can only narrow ammonia's own reviewed set: a tag outside
it (``script``, ``style``, ``iframe``, ``svg``…) is refused at config time, so no
configuration can re-open script execution. Attributes are ammonia's per-tag
defaults (no ``on*``, no ``style``), URLs are limited to http, https, mailto and
relative links.
"""

from __future__ import annotations

from collections.abc import Iterable

import markdown
import nh3
from markupsafe import Markup

BODY_EXTENSIONS = ["tables", "sane_lists"]
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Every tag the sanitiser knows to be inert; allowed_html_tags must be a subset.
SAFE_TAGS = frozenset(nh3.ALLOWED_TAGS)
# What an article body needs: text structure, emphasis, lists, tables, links, quotes.
# No images by default: an <img> loads a third-party URL for every reader.
DEFAULT_ALLOWED_TAGS = (
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
)


def unsafe_tags(tags: Iterable[str]) -> list[str]:
    """The tags of ``tags`` that the sanitiser does not vouch for (used to validate the config)."""
    return sorted(set(tags) - SAFE_TAGS)


def clean_html(html: str, allowed_tags: Iterable[str] = DEFAULT_ALLOWED_TAGS) -> str:
    """Keep only allow-listed tags, their safe attributes and safe URLs; drop comments."""
    tags = set(allowed_tags) & SAFE_TAGS
    attributes = {tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items() if tag in tags}
    return nh3.clean(html, tags=tags, attributes=attributes, url_schemes=set(URL_SCHEMES), strip_comments=True)


def safe_body(body: str, allowed_tags: Iterable[str] = DEFAULT_ALLOWED_TAGS) -> Markup:
    """The article's Markdown body as one sanitised HTML block for a Markdown page.

    Wrapped in a ``<div>`` so Python-Markdown (in MkDocs) keeps it as one raw HTML
    block and never re-reads the article's text as Markdown or template syntax.
    """
    html = clean_html(markdown.markdown(body, extensions=BODY_EXTENSIONS), allowed_tags)
    return Markup(f'<div class="briefgen-article">\n{html}\n</div>')
