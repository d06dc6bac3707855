"""Property tests: arbitrary text and front matter never crash the loader or the extractors.

The loader either returns an Article or raises ContentError (one clear error,
never a traceback). Extraction, called through the public ``extract_articles``,
reports no error on any text, quotes every provenance sentence verbatim from the
article's plain text, and gives finite figures. Text is drawn from arbitrary
Unicode mixed with pieces of French news syntax (quotes, numbers, speech verbs,
titles, questions) so the extractors' interesting paths are reached, not only
their early exits. Example counts keep the spaCy-backed tests near a minute.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from briefgen.content import FRONT_MATTER_KEYS, parse_article
from briefgen.errors import ContentError
from briefgen.pipeline import extract_articles
from briefgen.plaintext import article_text

from .conftest import MODEL

PATH = Path("content/fuzz.md")

# Pieces of French news prose, written for these tests; joined at random with arbitrary text.
PIECES = [
    "« ",
    " »",
    "\"",
    "“",
    "”",
    "'",
    "’",
    " ",
    "\n",
    "\n\n",
    ". ",
    ", ",
    " ? ",
    " ! ",
    " : ",
    " ; ",
    "…",
    " — ",
    "Le ministre de l'Intérieur",
    "la présidente",
    "Marie Lefèvre",
    "M. Durand",
    "l'ONU",
    "la France",
    "Berlin",
    " a déclaré ",
    " a-t-il affirmé",
    " selon ",
    "d'après la police",
    " estime que ",
    " a dénoncé ",
    "12 000",
    "1,5 million",
    "près de 300",
    "plus de 40 %",
    "-3,2 %",
    "dix mille",
    "2024",
    "15 h 30",
    "1er",
    "euros",
    "habitants",
    "soldats",
    "milliards de dollars",
    "jusqu'à",
    "environ",
    "Pourquoi ",
    "Comment ",
    "faut-il ",
    "# ",
    "## ",
    "- ",
    "* ",
    "1. ",
    "> ",
    "|",
    "**",
    "_",
    "`",
    "[",
    "](",
    "<b>",
    "</b>",
    "<script>",
    "{{",
    "}}",
    "&amp;",
    "\u00a0",
    "\u202f",
    "\u200b",
    "\ufb01",
    "\u2028",
]
prose = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30), st.dates(), st.datetimes()
)
yaml_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)
front_matter = st.dictionaries(
    st.one_of(st.sampled_from(sorted(FRONT_MATTER_KEYS)), st.text(max_size=10)), yaml_values, max_size=8
)


def load_or_error(text: str):
    try:
        return parse_article(text, PATH)
    except ContentError as err:
        assert str(err).startswith(str(PATH) + ":") and err.message.strip()
        return None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_loads_or_is_one_content_error(text: str):
    load_or_error(text)


@settings(max_examples=300, deadline=None)
@given(front_matter, prose)
def test_any_front_matter_loads_or_is_one_content_error(meta: dict[str, Any], body: str):
    article = load_or_error("---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body)
    if article is not None:
        assert article.title and "\n" not in article.title
        assert all(isinstance(t, str) and t for t in article.tags)


@settings(max_examples=300, deadline=None)
@given(st.text(), prose)
def test_any_raw_front_matter_block_loads_or_is_one_content_error(block: str, body: str):
    load_or_error("---\n" + block + "\n---\n" + body)


def sentences(data: Any) -> Iterator[str]:
    """Every provenance ``sentence`` anywhere in a brief's JSON."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "sentence" and value:
                yield value
            else:
                yield from sentences(value)
    elif isinstance(data, list):
        for item in data:
            yield from sentences(item)


def check_extraction(title: str, body: str) -> None:
    article = load_or_error(
        "---\n" + yaml.safe_dump({"title": title, "lang": "fr"}, allow_unicode=True) + "---\n" + body
    )
    assume(article is not None)  # a NUL byte is refused as binary: nothing to extract
    briefs, errors = extract_articles([article], lambda lang: MODEL)
    assert errors == [], [str(e) for e in errors]
    data = briefs[0].to_json()
    text = article_text(article.title, article.body)
    for sentence in sentences(data):
        assert sentence in text, sentence
    for figure in data["figures"]:
        assert isinstance(figure["value"], (int, float)) and math.isfinite(figure["value"]), figure


titles = st.one_of(st.sampled_from(["Un titre", "Crise à Berlin : que faire ?", "« Jamais », dit-il"]), prose).filter(
    lambda t: t.strip()
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(titles, prose)
def test_extractors_never_crash_and_quote_the_article(nlp, title: str, body: str):
    check_extraction(title, body)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1).filter(lambda t: t.strip()), st.text())
def test_extractors_survive_arbitrary_unicode(nlp, title: str, body: str):
    check_extraction(title, body)
