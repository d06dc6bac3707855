"""How sure the article is of a figure: hedged by the conditional, or credited to someone.

A figure under a verb in the conditional is hedged ("coûteraient", which the small model often tags
indicative, read from the form itself); a sentence that credits its facts ("selon X", "d'après X")
gives the figure its ``claimed_by``: the first actor named after the phrase in its clause, else the
first run of proper nouns there. Split from figures.py.
"""

from __future__ import annotations

import re
from functools import cache

from ..nlp import Parsed
from .numbers import Rules, alternation, rules

CLAUSE_END = {",", ";", ":", "(", ")", "«", "»", '"', "-", "—", "–"}


def mood_conditional(token, r: Rules) -> bool:
    """Whether the verb governing ``token`` (or its auxiliary) is in the conditional."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            break
        node = node.head
    candidates = [node] + [c for c in node.children if c.dep_.startswith(("aux", "cop"))]
    if node.dep_ in ("xcomp", "ccomp") and node.head.pos_ in ("VERB", "AUX"):
        head = node.head
        candidates += [head] + [c for c in head.children if c.dep_.startswith(("aux", "cop"))]
    return any(_is_conditional(t, r) for t in candidates)


def _is_conditional(token, r: Rules) -> bool:
    """The model's Mood=Cnd, else the form itself: the small model often tags "coûteraient" indicative.

    A French conditional is the future stem plus an imperfect ending: the infinitive
    ("coûter-aient", "prendr-ait") or an irregular stem ("pourr-ait") from the data;
    English hedges with a modal ("would", "could").
    """
    if "Cnd" in token.morph.get("Mood"):
        return True
    word = token.lower_
    if word in r.words("conditional_modals"):
        return True
    if token.pos_ not in ("VERB", "AUX"):
        return False
    for ending in r.words("conditional_endings"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            lemma = token.lemma_.lower()
            return stem == (lemma[:-1] if lemma.endswith("re") else lemma) or stem in r.words("conditional_stems")
    return False


@cache
def attribution_pattern(lang: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'])(?:{alternation(rules(lang).words('attribution'))})(?!\w)", re.I)


def attribution(parsed: Parsed, sent, r: Rules, actor_at: dict[int, str]) -> tuple[bool, str | None]:
    """Whether the sentence credits its facts to someone ("selon", "d'après"), and to whom.

    The one credited is the first actor named after the phrase in its clause, else
    the first run of proper nouns there.
    """
    m = attribution_pattern(r.lang).search(sent.text)
    if not m:
        return False, None
    doc = parsed.doc
    after = sent.start_char + m.end()
    first_propn = None
    i = next((t.i for t in sent if t.idx >= after), sent.end)
    while i < sent.end and doc[i].text not in CLAUSE_END and doc[i].text != ".":
        if i in actor_at:
            return True, actor_at[i]
        if first_propn is None and doc[i].pos_ == "PROPN":
            first_propn = i
        i += 1
    if first_propn is None:
        return True, None
    end = first_propn
    while end < i and doc[end].pos_ == "PROPN":
        end += 1
    return True, parsed.span_text(doc[first_propn:end])
