"""Reactions: who said what, as a quotation (direct) or in reported speech.

Quotations come from ``quotes.py``, speakers from ``speakers.py`` (whose
docstring lists the attribution rules and their confidences). This module
decides what counts as a reaction:

- a quotation is left out when it names something rather than reports speech:
  one word, a quote right after a determiner ("la « flotte de l'ombre »") or a
  naming word ("l'opération « … »", "intitulé « … »"), or a quote of two to four
  words without a speaker in its own sentence ("clade 1b"); short quotes that
  a speaker says in the sentence ("coûte que coûte") are kept;
- reported speech is a speech verb with a que-clause (the words after "que"),
  a stance verb with its complement ("a appelé à …", "a exprimé sa vive
  inquiétude …": the verb phrase), or a "Selon lui/elle/X, …" clause whose X is
  a pronoun or a person or organisation actor. "Selon les informations du
  renseignement" is a source of facts, not a reaction, and is left out;
- words already inside a quotation never yield a reported reaction too.
"""

from __future__ import annotations

from ..brief import Actor, Reaction
from ..lexicon import Lexicon, lexicon
from ..nlp import Parsed
from .quotes import clean_words, find_quotes
from .speakers import Attributor, Speaker, sentence_of

CLAUSE_DEPS = ("ccomp", "obj", "advcl", "xcomp", "parataxis", "acl")
COMPLEMENT_DEPS = ("obj", "obl:arg", "obl", "obl:mod", "xcomp", "iobj")

Draft = tuple  # (Speaker | None, quote, kind, sentence): a reaction before the article's roles are known


def extract_reactions(parsed: Parsed, actors: list[Actor], *, lang: str = "fr") -> list[Reaction]:
    doc, lex = parsed.doc, lexicon(lang)
    quotes = []
    for quote in find_quotes(doc.text):
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            quotes.append((quote, span))
    attributor = Attributor(parsed, actors, [(span.start, span.end) for _, span in quotes], lex)

    # tokens of quotations that name something ("une « campagne de désinformation »"): a
    # reported clause may hold them, as it may not hold speech already quoted
    terms = {i for _, span in quotes if _is_name(doc, span.start, lex) for i in range(span.start, span.end)}
    events = [(span.start, "direct", (quote, span)) for quote, span in quotes]
    events += [(token.i, "verb", token) for token in doc if attributor.is_speech_verb(token)]
    events += [(token.i, "selon", token) for token in doc if token.lower_ in ("selon", "après")]
    events.sort(key=lambda e: e[0])

    drafts: list[Draft] = []
    claimed: set[int] = set()  # tokens already inside a reported clause
    for _, kind, item in events:
        if kind == "direct":
            draft = _direct(parsed, attributor, lex, *item)
        elif item.i in claimed or item.i in attributor.quoted:
            continue
        elif kind == "verb":
            draft = _reported_clause(parsed, attributor, lex, item, claimed, terms)
        else:
            draft = _selon_clause(parsed, attributor, item, claimed)
        if draft is not None and all(d[1] != draft[1] for d in drafts):
            drafts.append(draft)
    # roles are read all along the article: build the reactions once every role is known
    return [_reaction(speaker, quote, kind, sentence, attributor, lex) for speaker, quote, kind, sentence in drafts]


def _direct(parsed: Parsed, attributor: Attributor, lex: Lexicon, quote, span) -> Draft | None:
    doc = parsed.doc
    words = clean_words(parsed.original(quote.inner_start, quote.inner_end))
    count = sum(1 for t in doc[span.start : span.end] if t.is_alpha or t.like_num)
    if count < 2 or _is_name(doc, span.start, lex):
        return None
    first, last = sentence_of(doc[span.start]), sentence_of(doc[span.end - 1])
    frame = [t for t in doc[first.start : last.end] if t.i not in attributor.quoted]
    speaker = attributor.from_frame(frame, span.start, span.end)
    if speaker is not None:
        attributor.remember(span.start, speaker)
    elif count <= 4 and any(t.is_alpha for t in frame):
        return None  # a short quote nobody says in its sentence is a term, not speech
    else:
        speaker = attributor.fallback(span.start)
    sentence = parsed.original(first.start_char, last.end_char).strip()
    return speaker, words, "direct", sentence


def _is_name(doc, start: int, lex: Lexicon) -> bool:
    """A quote right after a determiner or a naming word names something ("l'opération « … »")."""
    before = [t for t in doc[max(0, start - 2) : start] if not t.is_punct]
    if not before:
        return False
    last = before[-1]
    conjugated = last.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("aux") for c in last.children)
    if conjugated:
        return False  # "s'est dit « fier »", "a appelé « … »": a verb said it, nothing is named
    if last.pos_ == "DET" or last.lower_ in lex.naming:
        return True
    return any(t.lemma_.lower() in lex.naming and t.pos_ in ("NOUN", "VERB", "ADJ") for t in before)


def _reported_clause(
    parsed: Parsed, attributor: Attributor, lex: Lexicon, verb, claimed: set[int], terms: set[int]
) -> Draft | None:
    """Speech verb + que-clause (the clause), or stance verb + complement (the verb phrase)."""
    doc = parsed.doc
    if any(c.dep_ == "aux:pass" for c in verb.children) or _sentence_passed(doc, verb, lex):
        return None  # "a été condamné", "a condamné Lafarge à une amende": done to someone, not said
    span, speaker = _que_clause(doc, verb), None
    if span is None and verb.lemma_.lower() in lex.verb_phrase:
        span = _verb_phrase(doc, verb)
    if span is None:
        span = _before_incise(doc, verb)
        speaker = attributor.subject_of(verb, after_quote=True) if span else None
    else:
        speaker = attributor.subject_of(verb, after_quote=False)
    if span is None or speaker is None:
        return None
    start, end = span
    while end > start and doc[end - 1].is_punct:
        end -= 1
    while end < len(doc) and end in terms and end - 1 in terms:
        end += 1  # a named term closing the phrase keeps its closing mark
    quoted = sum(1 for i in range(start, end) if i in attributor.quoted and i not in terms)
    if end - start < 3 or quoted * 2 >= end - start or (quoted and doc[end - 1].i in attributor.quoted):
        return None  # the words are a quotation already: a direct reaction, not a reported one
    if end < len(doc) and end in attributor.quoted and end not in terms:
        return None  # "a dénoncé un prix « … »": the quotation that follows carries the reaction
    claimed.update(range(start, end))
    attributor.remember(verb.i, speaker)
    text = parsed.original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)).strip()
    return speaker, text, "reported", _sentence_text(parsed, verb)


def _sentence_passed(doc, verb, lex: Lexicon) -> bool:
    """ "condamner X à une amende / à six ans": the legal sense of a stance verb."""
    if verb.lemma_.lower() not in lex.verb_phrase:
        return False
    for token in verb.subtree:
        if token.i > verb.i and token.lower_ in lex.penalty_prepositions:
            after = doc[token.i + 1 : token.i + 4]
            if any(t.lower_ in lex.penalties for t in after):
                return True
    return False


def _que_clause(doc, verb) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ not in CLAUSE_DEPS or child.i < verb.i:
            continue
        tokens = sorted(t.i for t in child.subtree)
        first = doc[tokens[0]]
        if first.lower_ in ("que", "qu'", "qu") and first.dep_ == "mark" and first.i > verb.i:
            return first.i + 1, tokens[-1] + 1
    return None


def _before_incise(doc, verb) -> tuple[int, int] | None:
    """ "<clause>, a annoncé le ministre.": an incise closing the sentence reports the clause."""
    sent = sentence_of(verb)
    i = verb.i - 1
    while i > sent.start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].text.startswith("-")):
        i -= 1
    if doc[i].text != "," or i - sent.start < 4:
        return None
    if any(t.is_punct and t.text in ".;:" for t in doc[verb.i : sent.end - 1]) or sent.end - verb.i > 15:
        return None  # an incise is short and closes the sentence
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : i]):
        return None  # "Le secrétaire général, Philippe Martinez, a répondu": a subject, not a clause
    return sent.start, i


def _verb_phrase(doc, verb) -> tuple[int, int] | None:
    complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.i > verb.i and c.pos_ != "PRON"]
    if not complements:
        return None
    auxiliaries = [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    start = min(auxiliaries + [verb.i])
    end = max(t.i for c in complements for t in c.subtree) + 1
    return start, end


def _selon_clause(parsed: Parsed, attributor: Attributor, token, claimed: set[int]) -> Draft | None:
    """ "Selon lui, …" / "D'après la ministre, …": the rest of the sentence is what they say."""
    doc = parsed.doc
    sent = sentence_of(token)
    if any(i in attributor.quoted for i in range(sent.start, sent.end)):
        return None
    comma = next((t.i for t in doc[token.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or comma - token.i > 8:
        return None
    speaker = attributor.selon(token)
    if speaker is None:
        return None
    if token.i - sent.start <= 1 or doc[token.i - 1].text == ",":
        start, end = comma + 1, sent.end
    else:  # "…, selon lui." at the end: the words before
        start, end = sent.start, token.i
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start < 3:
        return None
    claimed.update(range(start, end))
    attributor.remember(token.i, speaker)
    text = parsed.original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)).strip()
    return speaker, text, "reported", _sentence_text(parsed, token)


def _sentence_text(parsed: Parsed, token) -> str:
    sent = sentence_of(token)
    return parsed.original(sent.start_char, sent.end_char).strip()


def _reaction(
    speaker: Speaker | None, quote: str, kind: str, sentence: str, attributor: Attributor, lex: Lexicon
) -> Reaction:
    actor = speaker.actor if speaker else None
    role = (actor.role if actor else None) or (attributor.role_of(speaker) if speaker else None)
    country = (actor.country if actor else None) or (speaker.country if speaker else None)
    if actor is not None and actor.type == "country":
        country = country or actor.name
    return Reaction(
        speaker=speaker.name if speaker else None,
        quote=quote,
        kind=kind,
        sentence=sentence,
        role=role,
        country=country,
        confidence=speaker.confidence if speaker else 0.0,
        group=_group(actor, role, country, lex),
    )


def _group(actor: Actor | None, role: str | None, country: str | None, lex: Lexicon) -> str | None:
    """Where the site files a reaction: "expert", a country, or "organisation"."""
    words = " ".join(filter(None, [role, actor.name if actor else None])).lower()
    if any(word in words for word in lex.expert_roles):
        return "expert"
    if country:
        return country
    if actor is not None and actor.type == "organization":
        return "organisation"
    return None
