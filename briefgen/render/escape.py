"""Escaping: every value a template prints becomes plain text in Markdown/HTML.

Templates print through ``finalize=escape_markdown``, so a quote holding
``<script>``, ``{{ }}``, ``|`` or a newline shows as text, stays on one line and
never breaks a table row. Only what a template or the renderer marks ``Markup``
is printed as is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup

# Characters that HTML or Markdown would read as markup, as numeric entities that
# Python-Markdown passes through as plain text.
_LINE_BREAKS = re.compile(r"[\s\u2028\u2029]*[\r\n\u2028\u2029][\s\u2028\u2029]*|[\t ]{2,}")
_ESCAPES = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'|*_[]`\\#{}!~$^="})


def escape_markdown(value: Any) -> str:
    """Text for a Markdown page: no HTML, no Markdown syntax, one line."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = _LINE_BREAKS.sub(" ", str(value)).strip()
    return text.translate(_ESCAPES)


def one_line(value: Any) -> str:
    """Text for the terminal (the review sheet): one line, the article's own characters.

    Nothing is escaped: entities such as ``&#39;`` only mean something to a browser,
    and an editor comparing the sheet with the article must see the same text.
    """
    if value is None:
        return ""
    return _LINE_BREAKS.sub(" ", str(value)).strip()


def yaml_string(value: Any) -> Markup:
    """A front-matter value: escaped text as a double-quoted YAML (JSON) string.

    MkDocs prints page titles and Material prints tags without HTML-escaping them,
    so the text is escaped first; the quotes keep ``:`` or ``#`` from being YAML.
    """
    return Markup(json.dumps(escape_markdown(value), ensure_ascii=False))


def safe_url(value: Any) -> Markup:
    """An http(s) URL made safe inside Markdown link syntax, or nothing at all."""
    text = str(value or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return Markup("")
    return Markup(quote(text, safe="/:?&=%#@+,;~.-!$"))


def format_number(value: Any, lang: str = "fr", text: Callable[[Any], str] = escape_markdown) -> str:
    """12000 → "12 000" (fr) or "12,000" (en), 1.5 → "1,5" (fr); anything else through ``text``."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return text(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text
