"""Load articles: one Markdown file with YAML front matter becomes an ``Article``.

This is the only module that reads ``content/``. Whatever is wrong with a file
becomes a ``ContentError`` naming the file and, where known, the line, so nothing
downstream ever sees an invalid article and one bad file never stops the rest.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, yaml_problem
from .language import detect_language

FRONT_MATTER_KEYS = {"title", "date", "lang", "source", "author", "tags", "summary"}
LANGUAGES = ("fr", "en")
MAX_BYTES = 20 * 1024 * 1024
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Article:
    path: Path
    slug: str
    title: str
    body: str
    lang: str = "fr"
    date: dt.date | None = None
    source: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    body_line: int = 1
    warnings: list[str] = field(default_factory=list)


def slugify(text: str) -> str:
    """Lower-case ASCII letters, digits and single hyphens: safe as a file and URL name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:80].strip("-")


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, body, line number where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ContentError(
            "no front matter: the file must start with a line '---', then 'title: …', then '---'",
            path=path,
            line=1,
        )
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise ContentError("front matter is not closed: add a line '---' after it", path=path, line=1)
    block = "\n".join(lines[1:end])
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as err:
        problem, line = yaml_problem(err)  # the block starts on the file's line 2
        raise ContentError(f"front matter is not valid YAML: {problem}", path=path, line=(line or 1) + 1) from None
    except (ValueError, OverflowError, RecursionError) as err:
        # PyYAML builds dates and numbers after parsing: 2024-13-45 raises ValueError.
        raise ContentError(f"front matter has a value YAML cannot read: {err}", path=path, line=2) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ContentError(
            f"front matter must be keys with values (title: …), not {_kind(meta)}",
            path=path,
            line=2,
        )
    return meta, "\n".join(lines[end + 1 :]), end + 2


def _is_word(value: Any) -> bool:
    """Text or a number: what a title or a tag may be written as in YAML."""
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    """A YAML value's kind in the author's words, for error messages."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "keys with values"
    return "text" if isinstance(value, str) else type(value).__name__


def _key_line(lines: list[str], key: Any) -> int | None:
    """The file line where a top-level front matter key is written (front matter starts at line 2)."""
    pattern = re.compile(rf"[\"']?{re.escape(str(key))}[\"']?\s*:")
    for number, line in enumerate(lines, start=2):
        if pattern.match(line):
            return number
    return None


def _optional_str(meta: dict[str, Any], key: str, path: Path, line: int | None) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not _is_word(value):
        raise ContentError(f"'{key}' must be text, got {_kind(value)}", path=path, line=line)
    return str(value).strip() or None


def parse_article(text: str, path: Path, *, slug: str | None = None) -> Article:
    """Validate one article's text; ``path`` is only used to name it in errors."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ContentError("looks like a binary file, not Markdown text", path=path)
    if not text.strip():
        raise ContentError("empty file: an article needs front matter with a title", path=path, line=1)
    meta, body, body_line = split_front_matter(text, path)
    front_lines = text.split("\n")[1 : body_line - 2]

    def line_of(key: str) -> int | None:
        return _key_line(front_lines, key)

    title = meta.get("title")
    if title is None:
        raise ContentError("front matter has no 'title': add a line 'title: …'", path=path, line=2)
    if not _is_word(title):
        raise ContentError(
            f"'title' must be text, got {_kind(title)} (put it in quotes)", path=path, line=line_of("title")
        )
    title = " ".join(str(title).split())
    if not title:
        raise ContentError("'title' is empty", path=path, line=line_of("title"))

    date = meta.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    elif isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date.strip())
        except ValueError:
            raise ContentError(
                f"'date' must be a date written YYYY-MM-DD, got {date!r}", path=path, line=line_of("date")
            ) from None
    elif date is not None and not isinstance(date, dt.date):
        raise ContentError(
            f"'date' must be a date written YYYY-MM-DD, got {_kind(date)}", path=path, line=line_of("date")
        )

    tags = meta.get("tags", [])
    if tags is None:
        tags = []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(_is_word(t) for t in tags):
        got = (
            _kind(tags)
            if not isinstance(tags, list)
            else "a list holding " + _kind(next(t for t in tags if not _is_word(t)))
        )
        raise ContentError(
            f"'tags' must be a list of words, e.g. [russie, ukraine], got {got}", path=path, line=line_of("tags")
        )
    tags = list(dict.fromkeys(" ".join(str(t).split()) for t in tags if str(t).strip()))

    lang = meta.get("lang")
    if lang is None:
        lang = detect_language(title + "\n" + body)
    elif not isinstance(lang, str) or lang not in LANGUAGES:
        raise ContentError(
            f"'lang' must be one of {', '.join(LANGUAGES)}, got {lang!r}", path=path, line=line_of("lang")
        )

    warnings = [
        f"{path}:{line_of(key) or 2}: unknown front matter key '{key}' (ignored; a typo?); known: "
        + ", ".join(sorted(FRONT_MATTER_KEYS))
        for key in meta
        if key not in FRONT_MATTER_KEYS
    ]
    if not body.strip():
        warnings.append(f"{path}:{body_line}: the article has no text after its front matter")
    return Article(
        path=path,
        slug=slug or slugify(path.stem) or "article",
        title=title,
        body=body,
        lang=lang,
        date=date,
        source=_optional_str(meta, "source", path, line_of("source")),
        author=_optional_str(meta, "author", path, line_of("author")),
        tags=tags,
        summary=_optional_str(meta, "summary", path, line_of("summary")),
        body_line=body_line,
        warnings=warnings,
    )


def load_article(path: Path) -> Article:
    """Read one file; every failure is a ContentError naming it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ContentError(
                f"file is {size // 1_000_000} MB, more than the {MAX_BYTES // 1_000_000} MB limit", path=path
            )
        raw = path.read_bytes()
    except OSError as err:
        raise ContentError(f"cannot read: {err.strerror or err}", path=path) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError("saved as UTF-16: save the file as UTF-8", path=path)
    if b"\x00" in raw[:8192]:
        raise ContentError("looks like a binary file (an image?), not Markdown text", path=path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ContentError(
            f"not UTF-8 text (byte {raw[err.start]:#x}): save the file as UTF-8", path=path, line=line
        ) from None
    return parse_article(text, path)


def find_articles(content_dir: Path) -> list[Path]:
    """Every ``*.md`` file under content_dir, in a stable order."""
    if not content_dir.is_dir():
        return []
    return sorted(p for p in content_dir.rglob("*.md") if p.is_file() and not p.name.startswith("."))


def load_articles(paths: list[Path]) -> tuple[list[Article], list[ContentError]]:
    """Load every article; collect errors instead of stopping, and refuse duplicate slugs."""
    articles: list[Article] = []
    errors: list[ContentError] = []
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            article = load_article(path)
        except ContentError as err:
            errors.append(err)
            continue
        if article.slug in seen:
            errors.append(
                ContentError(
                    f"its page name '{article.slug}' is already used by {seen[article.slug]}: rename one of them",
                    path=path,
                )
            )
            continue
        seen[article.slug] = path
        articles.append(article)
    return articles, errors
