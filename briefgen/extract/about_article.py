"""What the article as a whole says, for a figure's ``about`` (extract/about.py): where and when
its lead sets the story, and the story its title names.

- **article place** and **period**: "Le chômage en Suisse…", "au premier trimestre" in the lead;
- **title kicker** and **subject**: the words before the title's colon ("Séisme : …"), or for a
  title with none its subject ("La motion de censure de la Nupes est rejetée") or the whole of a
  verbless title ("Ouverture du procès…");
- **title event**: a kicker that only names a place or a body gets the event its title names
  ("Louvigné : tentative d'assassinat…"), and a title with neither gives its event noun ("… dans
  les combats près de Goma").

Split from about_context.py, which reads the settings of one figure's own sentence.
"""

from __future__ import annotations

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import countries
from . import phrases as ph
from .about_context import is_period, is_year
from .phrases import NOUNS, PLACES, SUBJECTS


def article_place(parsed: Parsed, words: AboutWords) -> str | None:
    """Where the article happens: the first place its title or lead paragraph names after a place
    preposition ("Le chômage en Suisse a augmenté" → "en Suisse"); else the country its title names
    by a demonym or by name ("L'inflation belge atteint…", "La Belgique se dote…" → "en Belgique").
    News sets the scene once, in the title and lead; a figure whose sentence names no place inherits it."""
    doc = parsed.doc
    lead_end = parsed.block_starts[2] if len(parsed.block_starts) > 2 else len(parsed.norm.text)
    for ent in doc.ents:
        if ent.start_char >= lead_end:
            break
        if ent.label_ in PLACES and ent.start > 0 and doc[ent.start - 1].lower_ in words.place_prepositions:
            return parsed.span_text(doc[ent.start - 1 : ent.end])
    country = title_country(parsed, words)
    return in_country(country, words) if country else None


def article_period(parsed: Parsed, words: AboutWords) -> str | None:
    """When the story happens, as its title says it: a setting preposition and a month, a year or a
    period noun ("Une nouvelle hausse du chômage enregistrée en janvier" → "en janvier", "…à 5,2 % en
    moyenne sur 2022" → "sur 2022", "au premier trimestre"). Statistics news dates its figures once,
    in the title; a figure whose sentence names no period inherits it."""
    doc = parsed.doc
    title_end = parsed.block_starts[1] if len(parsed.block_starts) > 1 else len(parsed.norm.text)
    tokens = [t for t in doc[: min(len(doc), 40)] if t.idx < title_end]
    for t in tokens:
        if t.lower_ not in words.period_prepositions:
            continue
        j = t.i + 1
        while j < len(tokens) and (tokens[j].pos_ in ("DET", "ADJ") or tokens[j].like_num) and j - t.i < 4:
            if is_year(tokens[j]):
                break
            j += 1
        counted = any(
            tokens[k].like_num or "Ind" in tokens[k].morph.get("Definite") for k in range(t.i + 1, min(j, len(tokens)))
        )
        if counted:
            continue  # "29 morts en une semaine": the length of the title's own count, not the story's date
        if j >= len(tokens) or not (is_period(tokens[j], words) or is_year(tokens[j])):
            continue
        end = j + 1
        if end < len(tokens) and is_year(tokens[end]):
            end += 1  # "en janvier 2023"
        return parsed.span_text(doc[t.i : end])
    return None


def title_country(parsed: Parsed, words: AboutWords) -> str | None:
    """The one country the title names, by a demonym adjective ("l'inflation belge") or by its name
    ("La Belgique se dote d'un gouvernement"); None for none or for two ("les présidents égyptien et
    soudanais": the story is between them, not in one)."""
    doc = parsed.doc
    title_end = parsed.block_starts[1] if len(parsed.block_starts) > 1 else len(parsed.norm.text)
    found = set()
    for t in doc:
        if t.idx >= title_end:
            break
        if t.pos_ == "ADJ" or (t.is_lower and t.is_alpha):
            country = countries.country_of_demonym(t.text, doc.lang_)
            if country:
                found.add(country)
    for ent in doc.ents:  # the title's subject: "La Belgique se dote…", not "Affectée par l'Italie, la Bourse…"
        if ent.start_char >= title_end:
            break
        place = countries.lookup(parsed.span_text(ent), doc.lang_) if ent.label_ in PLACES else None
        if place is not None and place.kind == "name" and ent.root.dep_ in SUBJECTS:
            found.add(place.country)
    return found.pop() if len(found) == 1 else None


def in_country(country: str, words: AboutWords) -> str:
    """ "en Belgique", "au Mali", "aux États-Unis", "à Cuba": the preposition French gives a country's
    name (data/figures.yml ``country_prepositions``): the names listed under a preposition take it
    (plural names "aux", island and city states "à", masculine names in -e "au"); else a name whose
    first word ends in -e or opens with a vowel is feminine or elided ("en"), any other masculine ("au")."""
    table = words.country_prepositions
    prep = next((p for p, names in table.items() if not isinstance(names, str) and country in names), None)
    if prep is None:
        first = country.replace("-", " ").split()[0]
        prep = table.get("feminine" if first[:1] in ph.VOWELS or first.endswith("e") else "masculine", "")
    return f"{prep} {country}".strip()


def article_topic(parsed: Parsed, words: AboutWords) -> str | None:
    """The kicker of a French news title, the few words before its colon that name the story
    ("Séisme : bilan toujours provisoire…", "Trafic d'ice : entre 6 et 10 ans requis…", "Accident d'un car
    polonais en France : …"): a noun phrase, no clause."""
    doc = parsed.doc
    title_end = parsed.block_starts[1] if len(parsed.block_starts) > 1 else len(parsed.norm.text)
    colon = next((t for t in doc if t.idx >= title_end or t.text == ":"), None)
    if colon is None or colon.text != ":":
        return title_subject(parsed, words) if colon is not None and colon.text != ":" else None
    if not (1 <= colon.i <= words.kicker_words):
        return None
    if any(
        (t.is_punct and t.text not in "-'")
        or (t.like_num and t.pos_ != "DET" and doc[t.i + 1].text != "-" and not is_year(t))
        for t in doc[: colon.i]
    ):
        # a hyphen or an apostrophe belongs to a word: "Deux-Sèvres", "Trafic d'ice"; "un" is an article;
        # a year names an edition, not a figure: "Euro 2016 : …", "Budget 2025 : …"
        return None
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[: colon.i]):
        return None  # "Le ministre démissionne : …" is a clause, not the name of a story
    kicker = ph.text(parsed, (0, colon.i))
    return None if kicker.casefold() in words.format_kickers else kicker  # "Vidéo : …" names no story


def article_story(parsed: Parsed, words: AboutWords, topic: str | None) -> str | None:
    """The story a figure belongs to, as its title names it: the kicker, completed by
    the event the title's clause names when the kicker is a word or two that only name a place, a body
    or a field ("Louvigné : tentative d'assassinat au couteau en Mayenne, …" → "Louvigné tentative
    d'assassinat au couteau en Mayenne"); for a title with neither kicker nor subject, the event it names
    ("113 rebelles tués dans les combats près de Goma" → "combats près de Goma"). A title is written to
    be read alone: its event words are the ones a reader needs beside a figure taken out of the article.
    ``topic`` is the title's kicker or subject (``article_topic``)."""
    if not words.kicker_words:
        return topic
    if topic is None:
        return title_event(parsed, words) if _clause_title(parsed) else None
    if len(topic.split()) <= words.short_kicker_words:
        event = title_event(parsed, words, after_colon=True)
        if event:
            return f"{topic} {event}"
    return topic


def _clause_title(parsed: Parsed) -> bool:
    """Whether the title says something happened, with a verb or a noun's complement ("… tués dans les
    combats", "hausse du chômage enregistrée…"), not a rubric of a word or two ("Inflation", "Sport")."""
    return any(t.pos_ in ("VERB", "AUX", "ADP") for t in parsed.title_tokens)


def _counted(token) -> bool:
    """A noun a number counts ("quatre morts", "113 rebelles"), hangs on ("3170 milliards en recettes") or
    whose head it counts ("avec 94,27 % des voix"): the title's own figure, not its event."""

    def number(t) -> bool:  # "un", "une" are articles, though spaCy reads them as numbers too
        return t.like_num and t.pos_ != "DET"

    return (
        any(c.dep_ == "nummod" or number(c) for c in token.children)
        or (token.head.i != token.i and number(token.head))
        or (token.head.i < token.i and any(c.dep_ == "nummod" or number(c) for c in token.head.children))
        or (token.i > 0 and number(token.doc[token.i - 1]))
    )


def title_event(parsed: Parsed, words: AboutWords, after_colon: bool = False) -> str | None:
    """The event a title names: its first common noun that no number counts and that dates nothing, with
    its complements up to ``kicker_words`` words and before any verb ("Une nouvelle hausse du chômage
    enregistrée en janvier" → "hausse du chômage"); only after the colon with ``after_colon``."""
    doc = parsed.doc
    title = parsed.title_tokens
    if after_colon:
        colon = next((t.i for t in title if t.text == ":"), None)
        title = [t for t in title if colon is not None and t.i > colon]
    asked = next((t.i for t in reversed(title) if t.text == "?"), None)
    if asked is not None and asked < title[-1].i:
        # "Retournement ou contretemps ? Le taux de chômage en hausse": the question teases, the statement
        # after it names the event
        title = [t for t in title if t.i > asked]
    if not title:
        return None
    sent = doc[title[0].i : title[-1].i + 1]
    for t in title:
        if t.pos_ != "NOUN" or t.lower_ in words.negative_adverbs or _counted(t) or is_period(t, words):
            continue  # "du jamais vu": an adverb the model reads as a noun
        if t.dep_ == "obj" and not any(c.dep_ in ("det", "nummod") for c in t.children):
            continue  # "faire partie", "avoir lieu": a bare object makes a locution with its verb, it is no event
        if t.text[:1].isupper() and t.i != title[0].i and (t.ent_type_ in PLACES or t.ent_type_ == "PER"):
            continue  # "la Vénétie sinistrée": a place or a person the model reads as a noun, not an event
        span = ph.phrase(doc, t, sent, set(), words, limit=words.kicker_words)
        if span is None:
            continue
        end = next(
            (
                k
                for k in range(span[0], span[1])
                if doc[k].pos_ in ("VERB", "AUX") or (doc[k].like_num and doc[k].pos_ != "DET" and not is_year(doc[k]))
            ),
            span[1],
        )
        if not any(doc[k].is_alpha for k in range(span[0], end)):
            continue  # "«" read as a noun, heading nothing: no words to name an event
        while end > span[0] + 1 and doc[end - 1].pos_ in ("ADP", "DET", "PUNCT"):
            end -= 1  # "la hausse de l'inflation enregistrée…", "le taux de chômage en hausse à 7,4 %": the phrase,
            # not the verb or the title's own figure that follows it
        return ph.text(parsed, (span[0], end))
    return None


def title_subject(parsed: Parsed, words: AboutWords) -> str | None:
    """A title with no kicker names its story by the subject of its clause ("La motion de censure de la
    Nupes est rejetée" → "La motion de censure de la Nupes") or, verbless, is that name when a complement
    makes it an event ("Ouverture du procès des attentats du 13 novembre"): a noun phrase of at most ``kicker_words`` words, and none that
    states a figure ("113 rebelles tués…" is a headline figure, not a story's name)."""
    doc = parsed.doc
    title_end = parsed.block_starts[1] if len(parsed.block_starts) > 1 else len(parsed.norm.text)
    title = parsed.title_tokens
    if not title or title[-1].i - title[0].i + 1 > 3 * words.kicker_words:
        return None
    verbs = [t for t in title if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
    if verbs:
        heads = [t for t in title if t.pos_ in ("VERB", "AUX")]  # "est rejetée": the subject hangs on the participle
        subjects = [c for v in heads for c in v.children if c.dep_ in SUBJECTS and c.pos_ in NOUNS]
        if not subjects:
            return None
        tokens = sorted(t.i for t in subjects[0].subtree if t.idx < title_end)
        start, end = tokens[0], tokens[-1] + 1
    elif (
        title[0].pos_ in ("DET", *NOUNS)
        and any(t.pos_ == "NOUN" for t in title)
        and any(t.pos_ == "ADP" for t in title)
    ):
        start, end = (
            title[0].i,
            title[-1].i + 1,
        )  # a noun and its complement name an event; "Élections régionales" a rubric
    else:
        return None
    while start < end and doc[start].is_punct:
        start += 1  # "Affectée par l'Italie, la Bourse de Paris recule": the comma before the subject is no part of it
    while end > start and doc[end - 1].is_punct:
        end -= 1
    span = doc[start:end]
    if not (1 <= len(span) <= words.kicker_words) or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    if any(t.like_num and t.pos_ != "DET" and not is_period(doc[t.i + 1], words) for t in span):
        return None  # "113 rebelles tués…" states a figure; "du 13 novembre" is a date
    return ph.text(parsed, (start, end))
