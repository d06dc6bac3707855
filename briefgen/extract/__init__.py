"""Extraction: a parsed article in, a Brief out.

The package knows nothing of caches, corrections or executors: ``briefgen.pipeline`` runs it
over many articles, so a worker process or a Dask task can import it without the pipeline.

Each part of a brief has its own module of pure functions over the parsed
article. Actors come first because figures (``claimed_by``) and reactions
(speakers) read the actor table.
"""

from __future__ import annotations

from ..brief import Brief
from ..content import Article
from ..nlp import Parsed
from .actors import extract_actors
from .figures import extract_figures
from .questions import extract_questions
from .reactions import extract_reactions
from .summary import extract_summary


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
