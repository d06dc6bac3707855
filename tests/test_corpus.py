"""The development corpus is data the scores rest on: every gold file says what the schema allows and
quotes its own article.

A gold quote that is not the article's words can never be matched, and a stance outside the schema's
list can never be right: both would lower a score for a reason that is not briefgen's. The quotes are
checked word by word, in order, allowing an elided incise ("…, note le prévisionniste, …" left out of
a quote the annotator joined) but not a paraphrase.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).parent / "corpus"
HALVES = ("dev", "heldout")
STANCES = {"condemn", "concern", "call", "support", "reject", "threaten", "statement"}
TYPES = {"person", "organization", "country"}
KINDS = {"direct", "reported"}
ELIDED_WORDS = 25  # an incise of attribution: "note Stéphane Peytavin, prévisionniste à Météo-France"
GOLDS = sorted(
    [*(p for half in HALVES for p in (CORPUS / half / "gold").glob("*.yml")), *CORPUS.glob("agreement/gold/*.yml")]
)


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())  # "_" is Markdown's emphasis, not a word's


def in_order(said: list[str], article: list[str], slack: int) -> bool:
    """Whether ``said`` occurs in ``article`` in order, within ``len(said) + slack`` words."""
    for start in (i for i, w in enumerate(article) if w == said[0]):
        k = 0
        for j in range(start, min(len(article), start + len(said) + slack)):
            if article[j] == said[k]:
                k += 1
                if k == len(said):
                    return True
    return False


def article_of(gold: Path) -> Path:
    half = "heldout" if gold.parent.parent.name == "agreement" else gold.parent.parent.name
    return CORPUS / half / "articles" / f"{gold.stem}.md"


@pytest.mark.parametrize("half", HALVES)
def test_every_article_has_its_gold_and_the_reverse(half):
    articles = {p.stem for p in (CORPUS / half / "articles").glob("*.md")}
    golds = {p.stem for p in (CORPUS / half / "gold").glob("*.yml")}
    assert articles == golds
    assert articles


def test_the_halves_share_no_article_and_the_second_annotation_is_of_held_out_articles():
    dev, heldout = ({p.stem for p in (CORPUS / h / "articles").glob("*.md")} for h in HALVES)
    assert not dev & heldout
    assert {p.stem for p in CORPUS.glob("agreement/gold/*.yml")} <= heldout


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_a_gold_brief_follows_the_schema_and_quotes_its_article(gold):
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    assert set(data) <= {"figures", "actors", "reactions", "questions"}
    article = words(article_of(gold).read_text(encoding="utf-8"))
    for figure in data.get("figures") or []:
        float(figure["value"])  # the scorer compares values as numbers
        assert in_order(words(str(figure["text"])), article, ELIDED_WORDS), figure["text"]
    for actor in data.get("actors") or []:
        assert actor["name"] and actor["type"] in TYPES, actor
    for reaction in data.get("reactions") or []:
        assert reaction["stance"] in STANCES and reaction["kind"] in KINDS, reaction
        assert in_order(words(reaction["quote"]), article, ELIDED_WORDS), reaction["quote"]
