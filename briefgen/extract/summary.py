"""The summary: the article's lead, which news writing puts first on purpose."""

from __future__ import annotations

from ..nlp import Parsed

MAX_CHARS = 320


def extract_summary(parsed: Parsed, *, lang: str = "fr") -> str:
    """The first one or two body sentences that state something (not the title, not a heading)."""
    chosen: list[str] = []
    for sent in parsed.doc.sents:
        if parsed.block_of(sent.start_char) == 0:
            continue  # the title
        text = parsed.span_text(sent).strip()
        words = [t for t in sent if t.is_alpha]
        if len(words) < 6 or text.endswith("?") or not text.endswith((".", "!", "»", '"', "”")):
            continue
        if chosen and len(chosen[0]) + len(text) > MAX_CHARS:
            break
        chosen.append(text)
        if len(chosen) == 2:
            break
    return " ".join(chosen)
