"""``briefgen import``: a saved web page (or a plain text file) becomes an article in ``content/``.

The main text of a news page sits among navigation, cookie banners, ads,
"Lire aussi" boxes, newsletters and footers. Telling them apart is a maintained
library's job: trafilatura (precision-oriented boilerplate removal, reads the
page's metadata too). It runs offline here, on the file's HTML only: briefgen
never fetches a URL. Title, date, author and source URL go into the front matter
and the body is Markdown paragraphs separated by blank lines, so the written
file loads back through ``briefgen.content`` like any hand-written article.

An existing article is never overwritten unless asked (``replace``): importing
the same page twice is most often a mistake. Replacing rewrites only the
article's ``.md``; the editor's corrections (``<slug>.brief.yml``, see
``briefgen.corrections``) stay untouched.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from .content import MAX_BYTES, parse_article, slugify
from .data import load_data
from .errors import ContentError
from .files import atomic_write

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt",)
# Query parameters that only say how a reader arrived (campaign tags, click ids):
# two copies of one article must get the same source URL.
TRACKING_PARAM = re.compile(r"^(utm_\w+|fbclid|gclid|xtor|at_\w+|ns_\w+)$", re.IGNORECASE)
# A line that Markdown would read as a heading, quote, list item or rule, while in
# a plain text file it is just the start of a sentence.
MARKDOWN_START = re.compile(r"^([#>+*-]|\d+(?=[.)]))")
LIST_OR_TABLE_ROW = re.compile(r"^\s*([-*+|]|\d+[.)])(\s|$)")


@dataclass
class Page:
    """What an article is made of, whatever it was imported from."""

    title: str
    body: str  # Markdown: paragraphs separated by blank lines
    date: dt.date | None = None
    author: str | None = None
    source: str | None = None


def read_page(path: Path) -> Page:
    """Read a saved page (``.html``) or a plain text file (``.txt``); a ContentError if it cannot be."""
    suffix = path.suffix.lower()
    if suffix not in HTML_SUFFIXES + TEXT_SUFFIXES:
        raise ContentError(
            "can import only saved web pages (" + ", ".join(HTML_SUFFIXES) + ") and plain text (.txt)", path=path
        )
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ContentError(f"file is larger than the {MAX_BYTES // 1_000_000} MB limit", path=path)
        raw = path.read_bytes()
    except OSError as err:
        raise ContentError(f"cannot read: {err.strerror}", path=path) from None
    if suffix in TEXT_SUFFIXES:
        try:
            return page_from_text(raw.decode("utf-8-sig"), path)
        except UnicodeDecodeError:
            raise ContentError("not UTF-8 text: save the file as UTF-8", path=path) from None
    return page_from_html(raw, path)


def page_from_html(html: bytes | str, path: Path) -> Page:
    """The main text and metadata of a saved page (bytes: the page's own charset is honoured).

    Tables are left out: on news sites they are far more often page layout
    (older sites set the whole page in one) than data within the article.
    """
    import trafilatura

    tree = trafilatura.load_html(html)  # honours the page's declared charset, guesses when there is none
    if tree is None:
        raise ContentError("not an HTML page", path=path)
    meta = trafilatura.extract_metadata(tree)
    title = _clean(meta.title)
    if not title:
        raise ContentError("the page has no title; import it as .txt with the title on the first line", path=path)
    source = _source_url(tree, meta.url)  # read before extraction, which prunes the tree
    text = trafilatura.extract(
        tree, output_format="markdown", include_comments=False, include_tables=False, include_links=False
    )
    body = _markdown_paragraphs(text or "", title)
    if not body:
        raise ContentError(
            "no article text found in this page (is it the saved article, not an index page?)", path=path
        )
    return Page(title=title, body=body, date=_date(meta.date), author=_clean(meta.author), source=source)


def page_from_text(text: str, path: Path) -> Page:
    """First non-empty line: the title. The rest: paragraphs, separated by blank lines.

    A text without any blank line is taken as one paragraph per line (as text
    copied from a page usually is); otherwise the lines of a paragraph are joined.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ContentError("empty file: the first line must be the title", path=path)
    title = _clean(lines[0])
    rest = "\n".join(lines[1:]).strip()
    if not rest:
        raise ContentError("no text after the title line", path=path)
    if "\n\n" in re.sub(r"\n[ \t]+\n", "\n\n", rest):
        blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", rest)]
    else:
        blocks = [" ".join(line.split()) for line in rest.split("\n")]
    paragraphs = [MARKDOWN_START.sub(_escape, block) for block in blocks if block]
    return Page(title=title, body="\n\n".join(paragraphs))


def _escape(match: re.Match) -> str:
    start = match.group(1)
    return start + "\\" if start[0].isdigit() else "\\" + start


def _clean(text: str | None) -> str | None:
    return " ".join(text.split()) if text and text.strip() else None


def _markdown_paragraphs(body: str, title: str) -> str:
    """Blank lines between blocks; what precedes the headline and page furniture are dropped.

    When the extracted text repeats the headline, what comes before it (a
    rubric, a breadcrumb) is page furniture too. The rows of a list or a table
    stay one block, as Markdown needs; any other line break starts a paragraph.
    """
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        if lines and all(LIST_OR_TABLE_ROW.match(line) for line in lines):
            blocks.append("\n".join(lines))
        else:
            blocks.extend(lines)
    heading = [i for i, block in enumerate(blocks[:5]) if " ".join(block.lstrip("# ").split()) == title]
    if heading:
        blocks = blocks[heading[0] + 1 :]
    return "\n\n".join(block for block in blocks if not _is_furniture(block))


def _is_furniture(block: str) -> bool:
    furniture = load_data("page_furniture")
    if len(block) >= furniture["max_chars"]:
        return False
    start = block.lstrip("*_# ").casefold().replace("\u2019", "'")
    return any(start.startswith(opener) for opener in furniture["openers"])


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _source_url(tree, fallback: str | None) -> str | None:
    """The canonical link, else what trafilatura read (og:url…), without tracking parameters."""
    canonical = [href.strip() for href in tree.xpath('//link[@rel="canonical"]/@href') if href.strip()]
    url = canonical[0] if canonical else fallback
    if not url or not url.startswith(("http://", "https://")):
        return None
    parts = urlsplit(url)
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAM.match(k)]
    )
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def article_file(page: Page) -> str:
    """The article file: YAML front matter (only the keys known), a blank line, the body."""
    front = {"title": page.title}
    for key in ("date", "author", "source"):
        if getattr(page, key):
            front[key] = getattr(page, key)
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{header}---\n\n{page.body}\n"


def _short_slug(slug: str, limit: int = 60) -> str:
    """Headlines are long: keep whole words up to ``limit`` characters for a readable file name."""
    if len(slug) <= limit:
        return slug
    cut = slug.rfind("-", 0, limit + 1)
    return slug[:cut] if cut > 0 else slug[:limit]


def import_file(path: Path, content_dir: Path, *, replace: bool = False) -> Path:
    """Write ``content_dir/<slug>.md`` from one saved page; return its path.

    Refuses an existing article unless ``replace``. The text is validated by the
    article loader before it is written, so nothing unloadable reaches content/.
    """
    page = read_page(path)
    slug = _short_slug(slugify(page.title))
    if not slug:
        raise ContentError("the title has no letters or digits to name the article by", path=path)
    target = content_dir / f"{slug}.md"
    text = article_file(page)
    parse_article(text, target)
    content_dir.mkdir(parents=True, exist_ok=True)
    try:
        if replace:  # an existing article is replaced whole or not at all
            atomic_write(target, text)
        else:
            with open(target, "x", encoding="utf-8") as handle:
                handle.write(text)
    except FileExistsError:
        raise ContentError(
            f"{target} already exists: not overwritten (use --replace to update it from this page; "
            "its corrections file is kept)",
            path=path,
        ) from None
    except OSError as err:
        raise ContentError(f"cannot write {target}: {err.strerror}", path=path) from None
    return target
