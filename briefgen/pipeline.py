"""Briefs for many articles: the cache, parsing in batches, extraction, then the editor's corrections.

``briefgen.extract`` turns one parsed article into a brief; this module is everything around it
that a build needs: look each article up in the extraction cache, parse the others in batches
(one ``nlp.pipe`` per language), extract, store, and apply ``content/<slug>.brief.yml`` on top
(after the cache, so cached briefs stay the pure output of extraction).
"""

from __future__ import annotations

import traceback
from collections import defaultdict
from collections.abc import Callable

from .brief import Brief
from .cache import BriefCache
from .content import Article
from .corrections import correct_briefs
from .errors import ContentError
from .extract import extract_brief
from .nlp import parse_texts
from .plaintext import article_text


def extract_articles(
    articles: list[Article], model_for: Callable[[str], str], *, cache: BriefCache | None = None
) -> tuple[list[Brief | None], list[ContentError]]:
    """Parse every article in batches and extract its brief, as extraction made it (no corrections).

    Returns briefs in input order (None where extraction failed) and the errors,
    each naming its file: a bug met on one article must not stop the others.
    Briefs found in ``cache`` are not parsed again; when all are, no model is loaded.
    """
    briefs: list[Brief | None] = [None] * len(articles)
    errors: list[ContentError] = []
    keys: list[str | None] = [None] * len(articles)
    by_lang: dict[str, list[int]] = defaultdict(list)
    for index, article in enumerate(articles):
        if cache is not None:
            keys[index] = cache.key(article, model_for(article.lang))
            briefs[index] = cache.get(keys[index])
            if briefs[index] is not None:
                continue
        by_lang[article.lang].append(index)
    for lang, indices in by_lang.items():
        texts = [article_text(articles[i].title, articles[i].body) for i in indices]
        for index, parsed in zip(indices, parse_texts(texts, model_for(lang))):
            try:
                briefs[index] = extract_brief(articles[index], parsed)
            except Exception as err:  # noqa: BLE001 - reported per article; the traceback only behind --debug
                errors.append(extraction_error(articles[index], err))
                continue
            if cache is not None:
                cache.put(keys[index], briefs[index])
    return briefs, errors


def extraction_error(article: Article, err: Exception) -> ContentError:
    """A bug met on one article: one line naming the file, the traceback kept for ``--debug``."""
    error = ContentError(f"extraction failed ({type(err).__name__}: {err}); please report it", path=article.path)
    error.detail = "".join(traceback.format_exception(err))
    return error


def corrected_briefs(
    articles: list[Article], model_for: Callable[[str], str], *, cache: BriefCache | None = None
) -> tuple[list[Brief | None], list[ContentError], list[str]]:
    """Extracted briefs with each article's corrections applied: briefs, errors, correction warnings."""
    briefs, errors = extract_articles(articles, model_for, cache=cache)
    briefs, warnings = correct_briefs(articles, briefs)
    return briefs, errors, warnings
