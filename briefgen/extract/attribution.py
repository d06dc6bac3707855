"""Who a statement is credited to, and whether the article asserts it itself.

Shared by figures (``claimed_by``, ``hedged``) and reactions (speakers): French
marks a claim it does not vouch for with the conditional ("aurait décidé",
"seraient") or with an attribution ("selon X", "d'après X").
"""

from __future__ import annotations

from functools import lru_cache

from ..brief import Actor
from ..data import load_data


@lru_cache(maxsize=None)
def speech_lemmas(lang: str) -> frozenset[str]:
    table = load_data("speech_verbs").get(lang) or {}
    return frozenset(table.get("speech", [])) | frozenset(table.get("stance", []))


@lru_cache(maxsize=None)
def attribution_phrases(lang: str) -> tuple[str, ...]:
    table = load_data("speech_verbs").get(lang) or {}
    return tuple(sorted(table.get("attribution", []), key=len, reverse=True))


@lru_cache(maxsize=None)
def _conditional_endings(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = load_data("speech_verbs").get(lang) or {}
    return tuple(table.get("conditional_endings", [])), tuple(table.get("not_conditional_endings", []))


def _conditional_form(token, lang: str) -> bool:
    if "Cnd" in token.morph.get("Mood"):
        return True
    endings, exceptions = _conditional_endings(lang)
    text = token.lower_
    return bool(endings) and "Fin" in token.morph.get("VerbForm") and text.endswith(endings) and not text.endswith(exceptions)


def is_conditional(token, lang: str = "fr") -> bool:
    """Does the clause governing ``token`` stand in the conditional mood?

    Walks up through nouns and infinitives ("aurait décidé d'envoyer 12 000
    soldats": soldats → envoyer → décidé, whose auxiliary is conditional).
    """
    seen = 0
    node = token
    while seen < 12:
        if node.pos_ in ("VERB", "AUX"):
            if _conditional_form(node, lang):
                return True
            if any(_conditional_form(child, lang) for child in node.children if child.dep_.startswith("aux") or child.dep_ == "cop"):
                return True
            if "Inf" not in node.morph.get("VerbForm") and "Part" not in node.morph.get("VerbForm"):
                return False
        if node.head is node:
            return False
        node = node.head
        seen += 1
    return False


def actor_at(actors: list[Actor], start: int, end: int) -> Actor | None:
    """The first actor with a mention inside token range [start, end)."""
    best: tuple[int, Actor] | None = None
    for actor in actors:
        for s, e in actor.spans:
            if start <= s and e <= end and (best is None or s < best[0]):
                best = (s, actor)
    return best[1] if best else None


def claimant(sent, actors: list[Actor], lang: str) -> tuple[Actor | None, bool]:
    """(actor credited with the sentence's claims, whether an attribution phrase hedges them).

    "Selon les sources du KCIA, …" → (KCIA, True); "X a révélé que …" → (X, False).
    """
    doc = sent.doc
    text = sent.text.lower()
    for phrase in attribution_phrases(lang):
        at = 0
        while True:
            pos = text.find(phrase, at)
            if pos == -1:
                break
            at = pos + len(phrase)
            if pos and text[pos - 1].isalnum() or (at < len(text) and text[at].isalnum()):
                continue
            if phrase == "pour" and pos != 0:
                continue  # "Pour X, …" opens a sentence; elsewhere "pour" is a purpose
            start = doc.char_span(sent.start_char + pos, sent.start_char + at, alignment_mode="expand")
            if start is None:
                continue
            end = start.end
            while end < sent.end and doc[end].text not in (",", ";", ":", "."):
                end += 1
            return actor_at(actors, start.end, end), phrase != "pour"
    root = sent.root
    if root.lemma_ in speech_lemmas(lang):
        for child in root.children:
            if child.dep_.startswith("nsubj"):
                return actor_at(actors, child.left_edge.i, child.right_edge.i + 1), False
    return None, False
