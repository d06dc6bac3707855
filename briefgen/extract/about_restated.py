"""Values that take the about of the value before them (for extract/figures.py).

- **restated**: "…, contre 6,5 % en janvier", "soit plus de 2 600", "1,99 % des voix (64 011 votes)":
  the same thing, in its own period or place when it gives one; a count restating a share drops "part";
- **gapped**: a clause that leaves out the verb it shares with the one before it ("France 2 a
  enregistré 16,9 % d'audience, et France 3 13,3 %", "80 % de ses vols sur le réseau européen, mais
  seulement 40 % sur les lignes long-courriers"): the earlier value's about, with this value's own
  subject or complement in place of the earlier one's.
"""

from __future__ import annotations

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_context as cx
from .numbers import rules


def restated_about(
    parsed: Parsed, number, counted, earlier: str, earlier_rule: str | None, words: AboutWords, others: frozenset[int]
) -> tuple[str, str]:
    """A value set against the one before it ("contre 6,5 % en janvier", "soit de 0,63 %") and naming
    nothing of its own is about the same thing, in its own period or place when it gives one."""
    text, rule = earlier, f"restated+{(earlier_rule or '').split('+')[0]}".rstrip("+")
    share = words.share + " "
    if words.share and earlier.startswith(share) and not is_share(parsed, number, words):
        # "19 % des postes, soit 2 600": the count restates the share's noun, not the share
        rest = earlier[len(share) :].split(" ", 1)
        if len(rest) == 2 and rest[0] in words.partitive:
            text = rest[1]
            text = text.split(" ", 1)[1] if " " in text and text.split(" ", 1)[0] in words.function_words else text
            text = text[2:] if text[:2] in ("l'", "l’") else text
    if number.start > 0 and parsed.doc[number.start - 1].text == "(":
        return text, rule  # "1,99 % des voix (64 011 votes)": the same result, nothing of its own
    own = cx.own_setting(parsed, number, counted, words, set(others))
    if own and not cx.repeats(own, text, words):
        text, rule = f"{text} {own}", f"{rule}+own setting"
    return text, rule


def is_share(parsed: Parsed, number, words: AboutWords) -> bool:
    """Whether the value is a percentage ("19 %", "19 pour cent")."""
    doc = parsed.doc
    marks = {w.split()[0] for w in rules(doc.lang_).words("percent_words")}  # "%", "pour" (cent)
    after = doc[number.end].lower_ if number.end < len(doc) else ""
    return any(m in number.text for m in marks if not m.isalpha()) or after in marks
