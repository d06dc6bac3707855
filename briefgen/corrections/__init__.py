"""An editor's corrections to a brief, kept in ``content/<slug>.brief.yml`` and applied after extraction.

Why a sibling file and not a ``brief:`` block in the article's front matter: the
corrections stay apart from the article text, so they diff cleanly in review
(one line per decision), the article can be replaced by ``briefgen import
--replace`` (a newer version of the page) without losing them, and the cache of
extracted briefs never holds an editor's choices: extraction stays a pure
function of the article, corrections are applied on top of it at every run.

The file (every key optional)::

    drop: [fig-1a2b3c4d, "Extrême-Orient russe"]     # ids, or the item's text
    merge:                                            # the first actor named stays
      - ["Volodymyr Zelensky", "Zelensky"]
    fix:                                              # id or text: fields to set
      act-1a2b3c4d: {role: "ministre ukrainien des Affaires étrangères", country: Ukraine}
      "a-t-il dit": {speaker: "Andriï Sybiga"}
    add:                                              # items written by hand
      figures: [{value: 3000, what: soldats, text: "3 000 soldats", sentence: "…"}]
      actors: [{name: OTAN, type: organization}]
      reactions: [{speaker: OTAN, quote: "…", kind: reported}]
      questions: [{text: "Jusqu'où ira cette alliance ?"}]

An item is named by its stable ``id`` (shown on the brief page and by ``briefgen
extract``) or by its text: a figure's ``text``, an actor's name or one of its
aliases, a reaction's ``quote``, a question's ``text`` (compared ignoring case,
spacing and the apostrophe's shape). Operations run in the order drop, merge,
fix, add. Whatever cannot be applied (unknown key, wrong type, an id or text
that no longer matches the rebuilt brief) becomes a warning naming the file and
line: a correction is never silently ignored. Changed and added items are marked
``edited`` so the site can show which parts an editor vouches for.
"""

from __future__ import annotations

from ..brief import Brief
from ..content import Article
from .apply import apply_corrections
from .parse import (
    ACTOR_TYPES,
    LOW_CONFIDENCE,
    SUFFIX,
    Corrections,
    corrections_path,
    load_corrections,
    parse_corrections,
)

__all__ = [
    "SUFFIX",
    "Corrections",
    "apply_corrections",
    "check_corrections",
    "correct_briefs",
    "corrections_path",
    "load_corrections",
    "parse_corrections",
    "review_article",
    "review_hints",
]


# --- the pipeline's and the check command's entry points ------------------------------------------


def correct_briefs(articles: list[Article], briefs: list[Brief | None]) -> tuple[list[Brief | None], list[str]]:
    """Apply each article's corrections file, if any, to its extracted (or cached) brief.

    Called after extraction and after the cache, so cached briefs stay the pure
    output of extraction. Returns the briefs and the warnings, each naming the file and line,
    for the build to count with every other warning (``--strict`` stops on any).
    """
    corrected = list(briefs)
    warnings: list[str] = []
    for index, (article, brief) in enumerate(zip(articles, briefs)):
        corrections = load_corrections(corrections_path(article))
        if corrections is None or brief is None:
            continue
        corrected[index], stale = apply_corrections(brief, corrections)
        warnings += corrections.warnings + stale
    return corrected, warnings


def check_corrections(article: Article, brief: Brief | None = None) -> list[str]:
    """Warnings about an article's corrections file: its own problems, and, given the
    uncorrected brief, every correction that no longer matches it. [] when there is no file."""
    corrections = load_corrections(corrections_path(article))
    if corrections is None:
        return []
    stale = apply_corrections(brief, corrections)[1] if brief is not None else []
    return corrections.warnings + stale


def review_article(article: Article, raw: Brief | None = None) -> tuple[list[str], list[str]]:
    """For ``briefgen check``: (warnings about the corrections, review hints), given the
    article's uncorrected brief when extraction was run (hints are about the corrected one)."""
    corrections = load_corrections(corrections_path(article))
    if raw is None:
        return (corrections.warnings if corrections else []), []
    corrected, stale = apply_corrections(raw, corrections) if corrections else (raw, [])
    warnings = (corrections.warnings if corrections else []) + stale
    return warnings, [f"{article.path}: {hint}" for hint in review_hints(corrected)]


def review_hints(brief: Brief) -> list[str]:
    """What an editor should look at first: items extraction was unsure of.

    Items the editor already corrected (``edited``) are not hinted again.
    """
    hints = []
    for fig in brief.figures:
        if not fig.what and not fig.edited:
            hints.append(f"figure {fig.id} «{fig.text}»: what does it count? (no 'what')")
    for reaction in brief.reactions:
        if reaction.edited:
            continue
        if not reaction.speaker:
            hints.append(f"reaction {reaction.id} «{_short(reaction.quote)}»: no speaker")
        elif reaction.confidence < LOW_CONFIDENCE:
            hints.append(
                f"reaction {reaction.id} «{_short(reaction.quote)}»: speaker {reaction.speaker} "
                f"is a guess (confidence {reaction.confidence:.2f}, rule {reaction.speaker_rule or '?'})"
            )
    for actor in brief.actors:
        if actor.type not in ACTOR_TYPES and not actor.edited:
            hints.append(f"actor {actor.id} {actor.name}: no type (person, organization or country)")
    return hints


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
