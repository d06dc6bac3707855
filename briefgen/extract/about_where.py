"""Where a figure is set when its clause says it only through a relative adverb: "une baisse dans les zones
moins denses où 139 000 locaux ont été rendus raccordables" happens in those zones. Read by the setting of the
governing verb (extract/about_context.py, verb_setting), after the verb's own place and period complements.
"""

from __future__ import annotations

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import phrases as ph
from .phrases import NOUNS

MAX_SETTING_TOKENS = 10  # a place a relative clause hangs on: "dans les zones moins denses d'initiative privée"


def antecedent_place(parsed: Parsed, verb, taken: set[int], words: AboutWords) -> tuple[int, str] | None:
    """ "une baisse dans les zones moins denses où 139 000 locaux ont été rendus raccordables": a clause opened by a
    relative adverb of place happens in its antecedent, written with the antecedent's own preposition."""
    doc = parsed.doc
    where = next((c for c in verb.children if c.lower_ in words.place_relatives and c.i < verb.i), None)
    antecedent = verb.head
    if where is None or verb.dep_ != "acl:relcl" or antecedent.pos_ not in NOUNS or antecedent.i > where.i:
        return None
    case = [c for c in antecedent.children if c.dep_ == "case" and c.i < antecedent.i]
    if not case or case[0].lower_ in words.partitive or case[0].lower_ in words.stop_words:
        return None  # "la ville où…" without a preposition is the sentence's subject or object, not a setting
    if antecedent.lemma_.lower() in words.period_nouns or antecedent.ent_type_ == "DATE":
        return None  # "après une année 2015 où les demandes avaient augmenté": a time, not after it
    start, end = case[0].i, where.i
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start > MAX_SETTING_TOKENS or any(i in taken for i in range(start, end)):
        return None
    return start, ph.text(parsed, (start, end))
