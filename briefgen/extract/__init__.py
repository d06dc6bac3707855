"""Extraction: a parsed article in, a Brief out.

Each part of a brief has its own module of pure functions over the parsed
article. Actors come first because figures (``claimed_by``) and reactions
(speakers) read the actor table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..brief import Brief
from ..content import Article
from ..corrections import correct_briefs
from ..errors import ContentError
from ..nlp import Parsed, parse_texts
from ..plaintext import article_text
from .actors import extract_actors
from .figures import extract_figures
from .questions import extract_questions
from .reactions import extract_reactions
from .summary import extract_summary

if TYPE_CHECKING:
    from ..cache import BriefCache


def extract_brief(article: Article, parsed: Parsed) -> Brief:
    actors = extract_actors(parsed, lang=article.lang)
    return Brief(
        slug=article.slug,
        title=article.title,
        lang=article.lang,
        date=article.date.isoformat() if article.date else None,
        source=article.source,
        author=article.author,
        tags=list(article.tags),
        summary=article.summary or extract_summary(parsed, lang=article.lang),
        figures=extract_figures(parsed, actors, lang=article.lang),
        actors=actors,
        reactions=extract_reactions(parsed, actors, lang=article.lang),
        questions=extract_questions(parsed, lang=article.lang),
    )


def extract_articles(
    articles: list[Article], model_for: Callable[[str], str], *, cache: BriefCache | None = None, corrected: bool = True
) -> tuple[list[Brief | None], list[ContentError]]:
    """Parse every article in batches (one ``nlp.pipe`` per language) and extract its brief.

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
                if cache is not None:
                    cache.put(keys[index], briefs[index])
            except Exception as err:  # noqa: BLE001 - reported per article, never a traceback
                errors.append(
                    ContentError(
                        f"extraction failed ({type(err).__name__}: {err}); please report it", path=articles[index].path
                    )
                )
    return (
        correct_briefs(articles, briefs) if corrected else briefs
    ), errors  # content/<slug>.brief.yml, after the cache
