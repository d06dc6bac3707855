"""Values that take the about of the value before them (for extract/figures.py).

- **restated**: "…, contre 6,5 % en janvier", "soit plus de 2 600", "1,99 % des voix (64 011 votes)":
  the same thing, in its own period or place when it gives one; a count restating a share drops "part";
- **vote**: "rejeté par 142 voix contre 52": the value after "contre" counts the other side;
- **gapped**: a clause that leaves out the verb it shares with the one before it ("France 2 a
  enregistré 16,9 % d'audience, et France 3 13,3 %", "80 % de ses vols sur le réseau européen, mais
  seulement 40 % sur les lignes long-courriers"): the earlier value's about, with this value's own
  subject or complement in place of the earlier one's.
"""

from __future__ import annotations

import re

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_clause as cl
from . import about_context as cx
from . import about_nouns as nn
from . import about_sources as src
from . import phrases as ph
from .numbers import rules
from .phrases import NOUNS


def restated_about(
    parsed: Parsed, number, counted, earlier: str, earlier_rule: str | None, words: AboutWords, others: frozenset[int]
) -> tuple[str, str]:
    """A value set against the one before it ("contre 6,5 % en janvier", "soit de 0,63 %") and naming
    nothing of its own is about the same thing, in its own period or place when it gives one."""
    text, rule = earlier, f"restated+{(earlier_rule or '').split('+')[0]}".rstrip("+")
    sides = list(words.vote_verbs)
    if (earlier_rule or "").startswith("vote") and len(sides) == 2:  # "rejeté par 142 voix contre 52": 52 for it
        head, side, rest = (earlier.split(" ", 2) + ["", ""])[:3]
        if side in sides:
            text = f"{head} {sides[1 - sides.index(side)]} {rest}"
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
    if own and not src.repeats(own, text, words):
        text, rule = f"{text} {own}", f"{rule}+own setting"
    return text, rule


def is_share(parsed: Parsed, number, words: AboutWords) -> bool:
    """Whether the value is a percentage ("19 %", "19 pour cent")."""
    doc = parsed.doc
    marks = {w.split()[0] for w in rules(doc.lang_).words("percent_words")}  # "%", "pour" (cent)
    after = doc[number.end].lower_ if number.end < len(doc) else ""
    return any(m in number.text for m in marks if not m.isalpha()) or after in marks


def gapped_about(
    parsed: Parsed, number, counted, earlier: list[tuple], words: AboutWords
) -> tuple[str | None, str | None]:
    """A value whose clause leaves out the verb it shares with an earlier value of its sentence
    (gapping: "France 2 a enregistré 16,9 % d'audience, et France 3 13,3 %", "Le PS a obtenu 25 % des
    voix, le RN 30 %", "80 % de ses vols sur le réseau européen, mais seulement 40 % sur les lignes
    long-courriers") is about what that value is about, for its own subject or its own complement.

    ``earlier``: the figures before it in its sentence with its unit, as (number span, end of its text,
    about), nearest last. None unless, after the last comma or conjunction before the value, there is
    no verb, and the value names no noun of its own ("13,3 %", not "12 % des voix")."""
    doc = parsed.doc
    sent = number.sent
    if counted is not None or not earlier:
        return None, None
    previous, previous_end, about = earlier[-1]
    if not about:
        return None, None
    first = nn.qualified(number)
    region = [t for t in doc[sent.start : first] if t.idx >= previous_end]
    cuts = [t.i for t in region if t.pos_ == "CCONJ" or t.text == ","]
    if not cuts:
        return None, None
    gap = doc[cuts[-1] + 1 : first]
    if len(gap) > 6 or any(t.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ") or t.is_punct for t in gap):
        return None, None
    after = number.end
    if after < sent.end and doc[after].lower_ in words.partitive:
        return None, None  # "12 % des voix": a noun of its own
    words_of_gap = [t for t in gap if t.pos_ not in ("ADV", "CCONJ")]
    subject = words_of_gap if any(t.pos_ in NOUNS for t in words_of_gap) else []
    complement = _complement_after(doc, after, sent, words)
    if not subject and complement is None:
        return None, None
    text = about
    if subject:
        text = _with_subject(parsed, previous, subject, text, words)
    if complement is not None:
        old = _complement_after(doc, _end_token(doc, previous, previous_end), sent, words)
        new = parsed.span_text(doc[complement[0] : complement[1]])
        old_text = parsed.span_text(doc[old[0] : old[1]]) if old is not None else None
        text = text.replace(old_text, new) if old_text and old_text in text else f"{text} {new}"
    return text, "gapped"


def _end_token(doc, previous, previous_end: int) -> int:
    """The token after the earlier figure's text."""
    i = previous.end
    while i < len(doc) and doc[i].idx < previous_end:
        i += 1
    return i


def _complement_after(doc, i: int, sent, words: AboutWords) -> tuple[int, int] | None:
    """The prepositional phrase right after a value ("40 % sur les lignes long-courriers"), up to a comma,
    a conjunction, a bracket or another number; not a "de" complement, which names the thing counted."""
    if i < sent.end and doc[i].lower_ in words.partitive:  # "80 % de ses vols sur le réseau européen"
        i += 1
        while i < sent.end and doc[i].pos_ in ("DET", "NOUN", "ADJ"):
            i += 1
    if i >= sent.end or doc[i].pos_ != "ADP" or doc[i].lower_ in words.partitive:
        return None
    end = i + 1
    while end < sent.end and end - i < 9:
        t = doc[end]
        joined = t.text == "-" or (not doc[end - 1].whitespace_ and doc[end - 1].text == "-")  # "long-courriers"
        if not joined and (t.is_punct or t.like_num or (t.pos_ == "CCONJ" and doc[end - 1].pos_ != "ADJ")):
            break  # "court et moyen courriers": a conjunction between adjectives stays
        end += 1
    return (i, end) if end > i + 1 else None


def _with_subject(parsed: Parsed, previous, subject: list, text: str, words: AboutWords) -> str:
    """The earlier about with the gapped clause's subject in place of the earlier clause's ("audience de
    France 2" → "audience de France 3"), or added as its owner when the earlier about does not name it."""
    doc = parsed.doc
    new_det = subject[0] if subject[0].pos_ == "DET" else None
    new = parsed.span_text(doc[subject[1 if new_det is not None else 0].i : subject[-1].i + 1])
    verb = ph.verb_of(previous.root, previous.sent)
    old = ph.subject(verb, previous.sent) if verb is not None else None
    span = ph.phrase(doc, old, old.sent, set(), words) if old is not None and old.pos_ in NOUNS else None
    old_text = parsed.span_text(doc[span[0] : span[1]]) if span else None
    if old_text and old_text in text:
        before, _, rest = text.partition(old_text)
        head, _, link = before.rstrip().rpartition(" ")
        if link.casefold() in ("la", "l'", "l’") and head.endswith(words.owner_preposition):
            head = head[: -len(words.owner_preposition)].rstrip()  # "de la", "de l'"
        elif link.casefold() not in {words.owner_preposition, *words.partitive}:
            return f"{before}{new}{rest}"
        return ph.join(head, words.owner_preposition, new_det, new, words) + rest
    return ph.join(text, words.owner_preposition, new_det, new, words)


def elided_about(parsed: Parsed, number, noun: str, stop: set[int], words: AboutWords) -> tuple[str | None, str | None]:
    """A number that stands for a noun named before it (French nominal ellipsis) and is the subject of
    its clause: "Onze, déjà en détention provisoire, vont comparaître…", "32 ont été touchés par le
    séisme", "deux d'entre elles avaient été repérées", "1 200 en ont reçu une". It is about ``noun``
    (the noun it stands for) with what its clause says of it (``about_nouns.predicate``), after the
    aside written between commas right after the number, which describes the same set.

    The verb is read linearly (after "autres", "d'entre elles", the clitic "en" and the aside), since
    the small model rarely parses a bare number as a subject; None when no finite verb follows."""
    doc = parsed.doc
    sent = number.sent
    r = rules(doc.lang_)
    first = nn.qualified(number)
    if first > sent.start and doc[first - 1].pos_ == "ADP":
        return None, None  # "pour six d'entre elles, le pronostic…": a complement, not the subject
    i = number.end
    if i < sent.end and doc[i].lower_ in r.words("others_words"):
        i += 1  # "les six autres"
    if i + 1 < sent.end and (doc[i].lower_ + doc[i + 1].lower_).replace("’", "'") in r.words("partitive_pronouns"):
        i += 3  # "deux d'entre elles"
    aside = None
    opens = all(t.pos_ == "DET" for t in doc[sent.start : first])  # "Onze, …", "Les six autres, …"
    if opens and i < sent.end and doc[i].text == ",":
        close = next((k for k in range(i + 1, min(sent.end, i + 10)) if doc[k].text == ","), None)
        if close is None:
            return None, None
        if doc[i + 1].pos_ != "PRON" and not any(k in stop for k in range(i + 1, close)):
            aside = (i + 1, close)  # "Onze, déjà en détention provisoire, vont…"; not "dont cinq…"
        i = close + 1
    if i < sent.end and doc[i].lower_ in r.words("quantity_clitics"):
        i += 1  # "63 000 en ont accepté une"
    if i >= sent.end or doc[i].pos_ not in ("VERB", "AUX") or "Fin" not in doc[i].morph.get("VerbForm"):
        return None, None
    finite = doc[i]
    verb = finite
    while (verb.dep_.startswith("aux") or verb.dep_ == "cop") and verb.head.i > verb.i:
        verb = verb.head  # "ont été touchés": the participle after the auxiliaries
    if verb.i < finite.i or not (sent.start <= verb.i < sent.end):
        return None, None
    # the participle written in the sentence agrees with the noun left out: agree with it
    agreeing = verb if "Part" in verb.morph.get("VerbForm") else finite
    predicate = cl.predicate(parsed, verb, agreeing, sent, stop, words)
    if predicate is None:
        return None, None
    pieces = [noun]
    if aside is not None:
        pieces.append(ph.text(parsed, aside))
    pieces.append(predicate[0])
    return " ".join(pieces), "elided noun+predicate"


def part_of_whole(about: str, earlier: list[tuple[str | None, str | None]], words: AboutWords) -> str | None:
    """A part takes the about of its whole ("au moins 86 morts dont 27 enfants": "enfants parmi les morts de
    l'attaque chimique"): the whole, a figure of the same sentence, says already what the part's "parmi les
    morts" leaves out. ``about`` is the part's ("enfants parmi les morts …"), ``earlier`` the (about, counted
    noun) of the sentence's figures before it; the whole is the latest whose about opens on the noun the
    part is among."""
    if not words.among_preposition:
        return None
    among = f" {words.among_preposition} "
    at = about.find(among)
    if at < 0:
        return None
    tail = about[at + len(among) :]
    for whole, noun in reversed(earlier):
        if not whole or not noun or not whole.startswith(noun):
            continue
        found = re.search(rf"\b{re.escape(noun)}\b", tail)
        if found is None:
            continue
        return f"{_unrepeated(about[:at], whole)}{among}{tail[: found.start()]}{whole}"
    return None


def _unrepeated(part: str, whole: str) -> str:
    """The part's phrase without the words it ends on that the whole says again ("touristes étrangers en mars
    parmi les morts en mars": "en mars" once)."""
    kept = part.split()
    for k in range(1, len(kept)):
        if re.search(rf"(^|\s){re.escape(' '.join(kept[k:]))}(\s|$)", whole):
            return " ".join(kept[:k])
    return part
