"""Briefs for many articles: the cache, parsing in batches, extraction, then the editor's corrections.

``briefgen.extract`` turns one parsed article into a brief; this module is everything around it
that a build needs: look each article up in the extraction cache, parse the others in batches
(one ``nlp.pipe`` per model) in this process, N processes or a Dask cluster (briefgen.executors),
extract, store, and apply ``content/<slug>.brief.yml`` on top (after the cache, so cached briefs
stay the pure output of extraction).
"""

from __future__ import annotations

from collections.abc import Callable

from .brief import Brief
from .cache import BriefCache
from .content import Article
from .corrections import correct_briefs
from .errors import ContentError
from .executors import Executor, Failure, InProcess, indices_by_model


def extract_articles(
    articles: list[Article],
    model_for: Callable[[str], str],
    *,
    cache: BriefCache | None = None,
    executor: Executor | None = None,
) -> tuple[list[Brief | None], list[ContentError]]:
    """Parse every article in batches and extract its brief, as extraction made it (no corrections).

    Returns briefs in input order (None where extraction failed) and the errors,
    each naming its file: a bug met on one article must not stop the others.
    Briefs found in ``cache`` are not parsed again; when all are, no model is loaded.
    The others are parsed by ``executor`` (this process by default, see briefgen.executors);
    this process alone writes the cache, as each result comes back.
    """
    briefs: list[Brief | None] = [None] * len(articles)
    errors: list[ContentError] = []
    keys: list[str | None] = [None] * len(articles)
    todo: list[int] = []
    for index, article in enumerate(articles):
        if cache is not None:
            keys[index] = cache.key(article, model_for(article.lang))
            briefs[index] = cache.get(keys[index])
            if briefs[index] is not None:
                continue
        todo.append(index)
    if not todo:
        return briefs, errors
    runner = executor or InProcess()
    for model, group in indices_by_model([articles[i] for i in todo], model_for).items():
        indices = [todo[i] for i in group]
        for position, result in runner.run([articles[i] for i in indices], model):
            index = indices[position]
            if isinstance(result, Failure):
                errors.append(extraction_error(articles[index], result))
                continue
            brief = Brief.from_json(result) if isinstance(result, dict) else result
            briefs[index] = brief
            if cache is not None:
                cache.put(keys[index], brief)
    errors.sort(key=lambda e: str(e.path))  # executors finish batches in any order
    return briefs, errors


def extraction_error(article: Article, failure: Failure) -> ContentError:
    """A bug met on one article: one line naming the file, the traceback kept for ``--debug``."""
    error = ContentError(f"extraction failed ({failure.kind}: {failure.message}); please report it", path=article.path)
    error.detail = failure.detail
    return error


def corrected_briefs(
    articles: list[Article],
    model_for: Callable[[str], str],
    *,
    cache: BriefCache | None = None,
    executor: Executor | None = None,
) -> tuple[list[Brief | None], list[ContentError], list[str]]:
    """Extracted briefs with each article's corrections applied: briefs, errors, correction warnings."""
    briefs, errors = extract_articles(articles, model_for, cache=cache, executor=executor)
    briefs, warnings = correct_briefs(articles, briefs)
    return briefs, errors, warnings
