"""Folding text for lookups: the one normaliser that makes two spellings of a name compare equal.

"Corée-du-Sud", "corée du sud" and "COREE DU SUD" are one country; "l’OMS" and "l'OMS" one
organisation. ``fold`` drops accents and case, writes the typographic apostrophe as ``'``, hyphens
as spaces, and collapses runs of white space. It is for comparing and indexing only: what a brief
prints is always the article's own characters (``Parsed.span_text``). The text given to the model
is normalised elsewhere (``nlp.normalise``), keeping offsets; folding keeps none.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent-, case-, apostrophe- and hyphen-insensitive form of ``text``, for lookups."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.replace("-", " ").split())
