"""Reactions: who said what, as a quotation or in reported speech."""

from __future__ import annotations

import re

from ..brief import Actor, Reaction
from ..nlp import Parsed

QUOTES = re.compile(r"«\s*(?P<a>[^»]+?)\s*»|“(?P<b>[^”]+)”|\"(?P<c>[^\"]+)\"")


def extract_reactions(parsed: Parsed, actors: list[Actor], *, lang: str = "fr") -> list[Reaction]:
    doc = parsed.doc
    by_token = {}
    for actor in actors:
        for start, end in actor.spans:
            for i in range(start, end):
                by_token[i] = actor
    reactions: list[Reaction] = []
    for match in QUOTES.finditer(doc.text):
        quote_start, quote_end = match.span()
        words = match.group("a") or match.group("b") or match.group("c")
        if len(words.split()) < 3:
            continue
        span = doc.char_span(quote_start, quote_end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        block = parsed.block_of(quote_start)
        candidates = [
            by_token[t.i]
            for t in doc[sent.start : sent.end]
            if t.i in by_token and by_token[t.i].type != "country" and not (span.start <= t.i < span.end)
        ]
        confidence = 0.8
        if not candidates:
            confidence = 0.4
            candidates = [
                by_token[t.i]
                for t in doc[: sent.start]
                if t.i in by_token and by_token[t.i].type == "person" and parsed.block_of(t.idx) == block
            ][-1:]
        speaker = candidates[0] if candidates else None
        inner_start = quote_start + match.group(0).index(words)
        reactions.append(
            Reaction(
                speaker=speaker.name if speaker else None,
                quote=parsed.original(inner_start, inner_start + len(words)).strip(),
                kind="direct",
                sentence=parsed.sentence(span),
                role=speaker.role if speaker else None,
                country=speaker.country if speaker else None,
                confidence=confidence if speaker else 0.0,
            )
        )
    return reactions
