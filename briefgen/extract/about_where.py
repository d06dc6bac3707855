"""Where a figure is set when its clause says it only through a relative adverb: "une baisse dans les zones
moins denses où 139 000 locaux ont été rendus raccordables" happens in those zones. Read by the setting of the
governing verb (extract/about_context.py, verb_setting), after the verb's own place and period complements.
"""

from __future__ import annotations

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import phrases as ph
from .phrases import NOUNS, PLACES

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


def placed_value(parsed: Parsed, number, stop: set[int], words: AboutWords) -> str | None:
    """A value in brackets right after a place name, in an enumeration ("on retrouve l'Espagne (3,1 %), les
    Pays-Bas (4,5 %)", "ce sont la Lettonie (17,3 %) … qui ont les taux annuels les plus hauts") is that place's
    value of the rate its sentence names, or else the sentence before it ("le taux annuel d'inflation le plus bas"):
    "taux annuels de la Lettonie". The place alone only sets a scene; the rate says what is measured there."""
    doc = parsed.doc
    sent = number.sent
    first = number.start
    if first - 2 < sent.start or doc[first - 1].text != "(" or doc[first - 2].ent_type_ not in PLACES:
        return None
    start = first - 2
    while start - 1 >= sent.start and doc[start - 1].ent_type_ in PLACES and doc[start].ent_iob_ == "I":
        start -= 1  # "les Pays-Bas": the whole name
    article = doc[start - 1] if start - 1 >= sent.start else None
    if article is not None and not (
        "Def" in article.morph.get("Definite") or article.lower_ in words.definite_articles.values()
    ):
        article = None  # "l'Espagne": the elided article the model may tag a noun
    rate = _rate(doc, number, sent, words)
    if rate is None and sent.start > 0:
        before = doc[sent.start - 1].sent
        if parsed.block_of(before.start_char) == parsed.block_of(sent.start_char):
            rate = _rate(doc, number, before, words)
    if rate is None:
        return None
    span = ph.phrase(doc, rate, rate.sent, stop | set(range(start, number.end)), words, limit=5)
    if span is None:
        return None
    # "les taux annuels les plus hauts": a superlative's article opens the ranking, not the rate's name
    cut = next((j for j in range(rate.i + 1, span[1]) if doc[j].pos_ == "DET" and doc[j - 1].pos_ != "ADP"), span[1])
    name = ph.text(parsed, (start, first - 1))
    return ph.join(ph.text(parsed, (span[0], cut)), words.owner_preposition, article, name, words)


def _rate(doc, number, sent, words: AboutWords):
    """The noun of a rate or a change nearest to the value in ``sent`` (before it first)."""
    found = [
        t
        for t in sent
        if t.pos_ == "NOUN"
        and (t.lower_ in words.rate_nouns or t.lemma_.lower() in words.rate_nouns | words.change_heads)
    ]
    if not found:
        return None
    return min(found, key=lambda t: (t.i > number.start, abs(t.i - number.start)))
