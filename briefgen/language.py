"""Guess an article's language from its most frequent function words."""

from __future__ import annotations

import re
from functools import lru_cache

from .data import load_data


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in load_data("stopwords").items()}


def detect_language(text: str, default: str = "fr") -> str:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in _stopwords().items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else default
