"""What a figure is about: a short noun phrase of the article, read from the parse.

``what`` is the count noun or unit ("morts", "%"); ``about`` is what a reader needs to
understand the figure alone in a table of figures from many articles: the thing counted or
measured with the owner, place or period that makes it specific. It is cut from the
article's own words (a contiguous phrase), and joined only with a preposition:

- **counted noun**: the noun the number counts, with its complements and adjectives:
  "14 000 cas signalés en RDC" → "cas signalés en RDC", "12 000 soldats nord-coréens";
- **owner**: when that noun is the object of a light verb, the subject owns or causes it:
  "l'épidémie avait fait 140 morts" → "morts de l'épidémie", "le Labour a obtenu 33,7 % des
  voix" → "voix du Labour";
- **participle**: the object of another verb keeps what was done to it: "envoyer 12 000 soldats
  en Russie" → "soldats envoyés en Russie" (the past participle, agreed with the noun);
- **unit complement**: a unit counts nothing by itself; its "de" complement is the thing:
  "5,4 % du PIB" → "PIB", "60 millions de fcp d'amende" → "amende";
- **measured noun**: the noun the number is a complement of: "une dégradation de 0,1 point" →
  "dégradation du canton de Vaud" (with the owner);
- **subject**: "le taux de grévistes s'établissait à 17 %" → "taux de grévistes"; a verb of
  change names the change ("le nombre de chômeurs s'est accru de 3823" → "hausse du nombre de
  chômeurs"); a pronoun subject ("Il a augmenté de 2551") is read from the subject of an
  earlier sentence of the paragraph that agrees with it;
- **setting**: the place or period the governing verb gives ("en janvier", "au Népal") is
  added when the phrase names none.

null where the sentence says nothing the number is about ("le bilan est de 140").
The words (prepositions, light verbs, change nouns, irregular participles) are in
data/figures.yml under ``about``.
"""

from __future__ import annotations

import logging
import re

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import phrases as ph
from .numbers import qualifier_before, rules
from .phrases import MAX_TOKENS, NOUNS, PLACES, SUBJECTS

log = logging.getLogger(__name__)

SETTING_DEPS = ("obl", "obl:mod", "obl:arg")


def _setting(parsed: Parsed, verb, sent, taken: set[int], stop: set[int], words: AboutWords) -> list[str]:
    """Place and period complements of the governing verb ("en janvier", "au Népal"), as written."""
    doc = parsed.doc
    pieces = []
    for child in verb.children:
        if (
            child.dep_ not in SETTING_DEPS
            or child.i in taken
            or child.i in stop
            or not (sent.start <= child.i < sent.end)
        ):
            continue
        case = [c for c in child.children if c.dep_ == "case" and c.i < child.i]
        if case and case[0].lower_ in words.stop_words:
            continue
        near = [t for t in child.subtree if abs(t.i - child.i) < 5]  # not a place the parse hung far below it
        placed = child.lower_ in words.place_nouns or any(t.ent_type_ in PLACES for t in near)
        timed = child.ent_type_ == "DATE" or child.morph.get("NumType") == ["Card"] or _is_period(child, words)
        # "au cours de la semaine écoulée", "par rapport au mois précédent": a period one complement down
        timed = timed or any(c.dep_ == "nmod" and _is_period(c, words) for c in child.children)
        # "dans l'attaque de deux camps", "lors de la dernière grève": the event the figure belongs to
        event = bool(case) and case[0].lower_ in words.circumstance_prepositions and child.pos_ == "NOUN"
        if not (placed or timed or event):
            continue
        span = ph.phrase(doc, child, sent, stop | taken, words, limit=7 if event else 5)
        if span is None:
            continue
        start = min(
            [span[0], *(c.i for c in case), *(c.i for c in child.children if c.dep_ == "det" and c.i < child.i)]
        )
        # "lundi 17 septembre la suppression": a bare article starts another phrase the parse hung here
        cut = next((j for j in range(child.i + 1, span[1]) if doc[j].pos_ == "DET" and doc[j - 1].pos_ != "ADP"), None)
        span = (span[0], cut) if cut is not None else span
        if any(i in taken or i in stop for i in range(start, span[1])):
            continue
        pieces.append((start, ph.text(parsed, (start, span[1]))))
    return [text for _, text in sorted(pieces)[:3]]


def _own_setting(parsed: Parsed, number, counted, words: AboutWords, others: set[int]) -> str | None:
    """The place or period written right after the number, which belongs to this value alone:
    "passée de 7,59 % en janvier à 8,04 % en février", "17 victimes en Inde"; or, for a number in
    brackets, the phrase it completes: "lors de la dernière grève du 23 avril (23,9 %)"."""
    doc = parsed.doc
    sent = number.sent
    if number.start - 2 >= sent.start and doc[number.start - 1].text == "(":
        last = doc[number.start - 2]
        node = last
        while node.head.i < number.start - 1 and node.head.i != node.i and node.head.pos_ in NOUNS:
            if any(c.dep_ == "case" for c in node.children):
                break
            node = node.head
        case = [c for c in node.children if c.dep_ == "case" and c.i < node.i]
        if case and node.i >= sent.start and number.start - 2 - case[0].i < MAX_TOKENS:
            if case[0].lower_ not in words.stop_words:
                return ph.text(parsed, (case[0].i, number.start - 1))
        return None
    i = (counted.i if counted is not None else number.end - 1) + 1
    complement = _unit_complement(doc, i, sent, words) if counted is None else None
    if complement is not None:  # "17 % de grévistes ce mercredi": after the thing measured
        i = complement.i + 1
        while i < sent.end and doc[i].pos_ == "ADJ":
            i += 1
    if i < sent.end and _is_period(doc[i], words) and doc[i].pos_ in NOUNS and i not in others:
        return ph.text(parsed, (i, i + 1))  # "contre 3 % vendredi"
    if i + 1 >= sent.end or doc[i].lower_ not in words.setting_prepositions:
        return None
    j = i + 1
    while j < sent.end and doc[j].pos_ == "DET":
        j += 1
    if j >= sent.end or j in others:
        return None
    head = doc[j]
    year = head.is_digit and len(head.text) == 4  # "après 10,5 % en 2021"
    if not (head.ent_type_ in PLACES or _is_period(head, words) or year):
        return None
    end = j + 1
    while end < sent.end and end - i < 4 and (doc[end].like_num or doc[end].ent_iob_ == "I") and end not in others:
        end += 1  # "en août 2022", "en Seine-Saint-Denis"
    return ph.text(parsed, (i, end))


def _bracketed(parsed: Parsed, number, stop: set[int], words: AboutWords) -> str | None:
    """A value in brackets right after a noun phrase is that phrase's: "une accélération des prix de
    l'énergie (+23,1 %)"; a sign makes it a change ("hausse de …"). Not after a place or a date, which
    only set the scene of a value the clause names ("juste devant Genève (5,7 %)")."""
    doc = parsed.doc
    sent = number.sent
    opening = next(
        (
            i
            for i in range(number.start - 1, max(sent.start, number.start - words.bracket_tokens) - 1, -1)
            if doc[i].is_punct and doc[i].text not in words.unit_nouns  # "%" is punctuation to the tokeniser
        ),
        None,
    )  # "(+23,1 % après 10,5 % en 2021)": the second value is in the same brackets
    if opening is None or doc[opening].text != "(" or opening - 1 < sent.start:
        return None
    node = doc[opening - 1]
    if node.dep_ == "nmod" and node.head.pos_ == "NOUN" and node.head.i < node.i:
        node = node.head  # "des prix de l'énergie": the noun the last complement completes
    if node.pos_ != "NOUN" or node.ent_type_ or _is_period(node, words):
        return None  # "juste devant Genève (5,7 %)", "en janvier (3,4 %)": a scene, not the thing measured
    span = ph.phrase(doc, node, sent, stop | set(range(opening, sent.end)), words)
    if span is None:
        return None
    text = ph.text(parsed, span)
    sign = words.sign_changes.get(number.text[:1]) or words.sign_changes.get(doc[opening + 1].text[:1])
    if sign and not words.change_heads & {t.lower_ for t in doc[span[0] : span[1]]}:
        case = doc[span[0] - 1]
        if case.pos_ == "ADP" and case.lower_ in words.partitive and case.lower_ != words.owner_preposition:
            return f"{sign} {ph.text(parsed, (case.i, span[1]))}"  # "hausse des prix de l'énergie"
        text = ph.join(sign, words.owner_preposition, ph.determiner(doc, span[0], sent), text, words)
    return text


def _is_period(token, words: AboutWords) -> bool:
    """ "janvier", "mois", and the demonstrative forms "ce mois-ci", "ce soir-là"."""
    return (
        token.lower_ in words.period_nouns
        or token.lemma_.lower() in words.period_nouns  # "les trois prochaines années"
        or token.lower_.split("-")[0] in words.period_nouns
    )


def _unit_complement(doc, after: int, sent, words: AboutWords):
    """ "5,4 % du PIB", "60 millions de fcp d'amende", "12 % de la population": the noun after the unit's "de"."""
    if after + 1 >= sent.end or doc[after].lower_ not in words.partitive or doc[after].pos_ not in ("ADP", "DET"):
        return None
    i = after + 1
    if doc[i].pos_ == "DET" and i + 1 < sent.end:
        i += 1
    noun_like = doc[i].pos_ in NOUNS or (doc[i].pos_ == "ADJ" and doc[i].is_lower)  # "17 % de grévistes"
    if noun_like and doc[i].lower_ not in words.unit_nouns:
        return doc[i]
    return None


def _level_noun(doc, number, sent, stop: set[int], words: AboutWords):
    """ "un déficit public à 2,4 % du PIB", "un taux stable à 5,8 %": the noun a level is given for."""
    i = number.start - 1
    if i - 1 < sent.start or doc[i].lower_ not in words.level_prepositions:
        return None
    i -= 1
    while i > sent.start and doc[i].pos_ == "ADJ" and i not in stop:
        i -= 1
    noun = doc[i]
    if noun.pos_ != "NOUN" or i in stop or noun.lower_ in words.unit_nouns or _is_period(noun, words):
        return None
    return noun


def _measured_noun(doc, number, sent, words: AboutWords):
    """ "une augmentation de 5102", "un satellite de 250 kilos": the noun the number complements."""
    i = number.start - 1
    j = i - 1
    while j > sent.start and doc[j].pos_ == "ADJ" and doc[j].is_alpha:
        j -= 1  # "un déficit budgétaire de 817 milliards"
    if j >= sent.start and doc[i].lower_ in words.partitive and doc[j].pos_ == "NOUN":
        noun = doc[j]
        if noun.lower_ in words.transparent_nouns:
            return None  # "financé à hauteur de 556 milliards": the amount of what the clause is about
        if (
            noun.lower_ not in words.unit_nouns
            and not _is_period(noun, words)
            and (noun.i == number.root.head.i or number.root.head.head.i == noun.i or j < i - 1)
        ):
            return noun
        node = noun  # "une réduction de ses émissions de gaz à effet de serre de 2,3 %": the change far up
        for _ in range(4):
            if node.lower_ in words.change_heads:
                return node
            if node.dep_ != "nmod" or node.head.pos_ != "NOUN" or node.head.i >= node.i:
                break
            node = node.head
    return None


def article_place(parsed: Parsed, words: AboutWords) -> str | None:
    """Where the article happens: the first place its title or lead paragraph names after a place
    preposition ("Le chômage en Suisse a augmenté" → "en Suisse"). News sets the scene once, in the
    lead; a figure whose sentence names no place inherits it."""
    doc = parsed.doc
    lead_end = parsed.block_starts[2] if len(parsed.block_starts) > 2 else len(parsed.norm.text)
    for ent in doc.ents:
        if ent.start_char >= lead_end:
            break
        if ent.label_ in PLACES and ent.start > 0 and doc[ent.start - 1].lower_ in words.place_prepositions:
            return parsed.span_text(doc[ent.start - 1 : ent.end])
    return None


def article_topic(parsed: Parsed, words: AboutWords) -> str | None:
    """The kicker of a French news title, the few words before its colon that name the story
    ("Séisme : bilan toujours provisoire…", "Trafic d'ice : entre 6 et 10 ans requis…")."""
    doc = parsed.doc
    title_end = parsed.block_starts[1] if len(parsed.block_starts) > 1 else len(parsed.norm.text)
    colon = next((t for t in doc if t.idx >= title_end or t.text == ":"), None)
    if colon is None or colon.text != ":" or not (1 <= colon.i <= words.kicker_words):
        return None
    if any(t.is_punct or t.like_num for t in doc[: colon.i]):
        return None
    return ph.text(parsed, (0, colon.i))


def figure_about(
    parsed: Parsed,
    number,
    counted,
    *,
    words: AboutWords,
    others: frozenset[int] = frozenset(),
    percent: bool = False,
    place: str | None = None,
    topic: str | None = None,
    what_end: int = 0,
) -> tuple[str | None, str | None]:
    """What the figure at ``number`` (a Span) is about, and the rule chain that read it.

    ``counted`` is the noun the number counts (None for "%", a currency or a bare number);
    ``others`` are the tokens of every number of the article: a phrase never runs into another figure;
    ``percent``: the number is a percentage; ``place``: the article's place (``article_place``);
    ``topic``: the kicker of its title (``article_topic``), added to a phrase of a word or two.
    """
    text, rule = _figure_about(parsed, number, counted, words, others, percent, what_end)
    if not text:
        return text, rule
    bare = len([w for w in re.findall(r"\w+", text.casefold()) if w not in words.function_words]) <= 2
    own = _own_setting(parsed, number, counted, words, set(others))
    if own and own.casefold() not in text.casefold():
        text, rule = f"{text} {own}", f"{rule}+own setting"
    named_place = any(t.ent_type_ in PLACES or t.lower_ in words.place_nouns for t in number.sent)
    if place and not named_place and place not in text:
        text, rule = f"{text} {place}", f"{rule}+article place"
    if topic and bare and topic.casefold() not in text.casefold():
        text, rule = f"{text} ({topic})", f"{rule}+title kicker"
    source = _source(parsed, number, set(others), words)
    if source and not _shares_words(source, text):
        text, rule = f"{text} {source}", f"{rule}+source"
    return text, rule


def _priced(parsed: Parsed, number, span: tuple[int, int], words: AboutWords, after: int | None = None) -> str | None:
    """ "L'électricité coûte 72,8 % de plus qu'il y a un an" is about the price of electricity, and
    "de plus" makes it a rise: "hausse du prix de l'électricité". The verb is looked for between the
    subject (or ``after``, the pronoun that stands for it) and the number."""
    doc = parsed.doc
    if not any(t.lemma_.lower() in words.price_verbs for t in doc[after or span[1] : number.start]):
        return None
    text = ph.join(
        words.price_noun,
        words.owner_preposition,
        ph.determiner(doc, span[0], doc[span[0]].sent),
        ph.text(parsed, span),
        words,
    )
    after = doc[number.end : number.end + 2]
    change = words.comparatives.get(after[1].lower_) if len(after) == 2 and after[0].lower_ in words.partitive else None
    return (
        f"{change} {words.contractions.get(words.owner_preposition + ' le', words.owner_preposition)} {text}"
        if change
        else text
    )


def _shares_words(piece: str, text: str) -> bool:
    """Whether ``piece`` repeats a capitalised word or a long word of ``text`` ("selon l'Insee" after "… de l'Insee")."""
    mine = {w.casefold() for w in piece.replace("'", " ").split()[1:] if len(w) > 3 or w[:1].isupper()}
    return bool(mine & {w.casefold() for w in text.replace("'", " ").split()})


def _source(parsed: Parsed, number, stop: set[int], words: AboutWords) -> str | None:
    """Who gives the figure, as "selon …": the named subject of a verb of saying or estimating that the
    figure depends on ("La Commission a estimé que 100 personnes…", "…, estiment les syndicats"). Sources
    that disagree make a figure's source part of what it is: the unions' strike rate is not the ministry's.
    A "selon" phrase is left alone: it mostly credits a routine count ("selon le dernier bilan")."""
    doc = parsed.doc
    sent = number.sent
    incises = [  # "…ont fait grève, estiment les syndicats": an inverted verb of saying after the figure
        c
        for c in sent.root.children
        if c.dep_ in ("conj", "parataxis") and c.i > number.start and doc[c.i - 1].text == ","
    ]
    for verb in [*number.root.ancestors, *incises]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.source_verbs:
            continue
        speakers = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in NOUNS]
        if not speakers and verb.i > number.start:  # "…, estiment les syndicats": the subject after the verb
            speakers = [c for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "nsubj") and c.pos_ in NOUNS]
        if not speakers:
            return None
        speaker = speakers[0]
        if speaker.ent_type_ == "PER" or any(c.ent_type_ == "PER" for c in speaker.children):
            return None  # a person's word is a reaction; a body's figure is a source
        span = ph.phrase(doc, speaker, sent, stop, words, limit=words.source_tokens)
        if span is None:
            return None
        start = min([span[0], *(c.i for c in speaker.children if c.dep_ == "det" and c.i < speaker.i)])
        return f"{words.source_word} {ph.text(parsed, (start, span[1]))}"
    return None


def restated_about(
    parsed: Parsed, number, counted, earlier: str, earlier_rule: str | None, words: AboutWords, others: frozenset[int]
) -> tuple[str, str]:
    """A value set against the one before it ("contre 6,5 % en janvier", "soit de 0,63 %") and naming
    nothing of its own is about the same thing, in its own period or place when it gives one."""
    text, rule = earlier, f"restated+{(earlier_rule or '').split('+')[0]}".rstrip("+")
    own = _own_setting(parsed, number, counted, words, set(others))
    if own and own.casefold() not in text.casefold():
        text, rule = f"{text} {own}", f"{rule}+own setting"
    return text, rule


def _figure_about(parsed: Parsed, number, counted, words: AboutWords, others, percent: bool, what_end: int = 0):
    doc = parsed.doc
    sent = number.sent
    stop = set(range(number.start, number.end)) | set(others)
    anchor = counted if counted is not None else number.root
    verb = ph.verb_of(anchor, sent)
    core = rule = None
    named = doc[number.start - 1] if number.start > sent.start else None
    duration = (
        _measured_noun(doc, number, sent, words) if counted is not None and counted.lower_ in words.time_units else None
    )
    if duration is not None:  # "une trêve de quatre jours" is about the truce
        core, rule = duration, "measured noun"
    elif counted is not None and counted.lower_ not in words.unit_nouns:
        core, rule = counted, "counted noun"
    elif counted is None and named is not None and named.lower_ in words.measure_nouns and named.head.pos_ == "NOUN":
        core, rule = named.head, "measured noun"  # "un séisme de magnitude 7,4" is about the earthquake
        while core.dep_ == "nmod" and core.head.pos_ == "NOUN" and core.head.i < core.i:
            core = core.head  # "un tremblement de terre de magnitude 7,8": the whole compound
        stop |= set(range(named.i - 1, named.i + 1))
    else:
        after = number.end if counted is None else counted.i + 1
        core = _unit_complement(doc, after, sent, words)
        rule = "unit complement"
        if core is None:
            core, rule = _measured_noun(doc, number, sent, words), "measured noun"
    if rule == "unit complement" and core is not None:
        measured = _measured_noun(doc, number, sent, words)
        if measured is not None and measured.lower_ in words.change_heads:
            # "une croissance de 6 % de la demande": the change of the complement
            span = ph.phrase(doc, core, sent, stop, words)
            if span is not None:
                start = min([number.end if counted is None else counted.i + 1, span[0]])
                return f"{measured.text} {ph.text(parsed, (start, span[1]))}", "measured noun+unit complement"
        level = _level_noun(doc, number, sent, stop, words)
        if level is not None:  # "un déficit public à 2,4 % du PIB": the PIB is the base, the deficit measured
            core, rule = level, "measured noun"
    if core is None and counted is None:
        found = _bracketed(parsed, number, stop, words)
        if found is not None:  # "une accélération des prix de l'énergie (+23,1 %)"
            return found, "bracketed phrase"
    if (
        (core is None or rule == "unit complement")
        and verb is not None
        and verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and verb.head.dep_ not in ("amod", "acl")
        and not any(c.dep_ in SUBJECTS for c in verb.head.children)  # a verb tagged as a noun: "demeure inchangé"
        and "Part" in verb.morph.get("VerbForm")
    ):
        # "les besoins financiers, allant de six à trente milliards", "le taux … inchangé à 3,5 %"
        core, rule = verb.head, "modified noun"
        verb = ph.verb_of(core, sent)
    if (rule == "unit complement" and core is not None and verb is not None) and ph.lexical(
        verb, words
    ).lemma_.lower() not in words.light_verbs:
        found = _about_subject(parsed, number, verb, stop, words)  # "le déficit atteint 5,4 % du PIB"
        if found[0] is not None:
            return found
    purpose = _purpose(parsed, number, counted, sent, stop, words) if core is None else None
    if purpose is not None:
        base = _about_subject(parsed, number, verb, stop, words, setting=False)[0] if verb is not None else None
        text = f"{base} {purpose}" if base else purpose.split(" ", 1)[1]
        log.debug("about %r: %r (purpose)", number.text, text)
        return text, "purpose"
    if (
        core is None
        and verb is not None
        and doc[number.start - 1].lower_ in words.level_prepositions
        and ph.lexical(verb, words).lemma_.lower() not in words.light_verbs  # "a subi une dégradation … à 5,4 %"
    ):
        objects = [
            c
            for c in verb.children
            if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i not in stop and not _is_period(c, words)
        ]
        span = ph.phrase(doc, objects[0], sent, stop, words) if objects else None
        if span:  # "le syndicat estime le taux des grévistes à 32 %": the verb's object is measured
            return ph.text(parsed, span), "object"
    if core is None and verb is not None:
        found = _about_subject(parsed, number, verb, stop, words)
        if found[0] is not None:
            return found
    if core is None and counted is None:
        topic = _topic(doc, number, sent, stop)
        if topic is None:
            log.debug("about %r: nothing in %r", number.text, sent.text)
            return None, None
        span = ph.phrase(doc, topic, sent, stop, words)
        if span is None:
            return None, None
        priced = _priced(parsed, number, span, words)
        return (priced, "price+opening noun") if priced else (ph.text(parsed, span), "opening noun")
    if core is None:
        core, rule = counted, "counted noun"
    if rule == "counted noun" and verb is not None and ph.lexical(verb, words).lemma_.lower() in words.level_verbs:
        found = _about_subject(parsed, number, verb, stop, words)  # "la hausse atteint 7001 personnes"
        if found[0] is not None:
            return found
    return _about_core(parsed, number, core, rule, verb, stop, words, percent, what_end)


def _about_core(
    parsed: Parsed, number, core, rule: str, verb, stop: set[int], words: AboutWords, percent: bool, what_end: int = 0
):
    """The phrase of the noun the figure counts or measures, with its owner or participle and setting."""
    doc = parsed.doc
    sent = number.sent
    span = ph.phrase(doc, core, sent, stop, words)
    if span is None:
        return None, None
    text = ph.text(parsed, span)
    sentence = (
        core.i + 2 < sent.end
        and doc[core.i + 1].lower_ in words.partitive
        and doc[core.i + 2].lower_ in words.sentence_nouns
        and span[0] == core.i
    )
    if sentence:  # "6 ans de prison" measure a sentence: "peine de prison requise contre…"
        text = f"{words.sentence_head} {ph.text(parsed, (core.i + 1, span[1]))}"
    if percent and rule == "unit complement" and "Plur" in core.morph.get("Number") and words.share:
        # "40 % des Transiliens": a share of them, written with the article's own "des"
        first = core.i - 1 if doc[core.i - 1].pos_ == "DET" and doc[core.i - 2].lower_ in words.partitive else core.i
        text = f"{words.share} {ph.text(parsed, (first - 1, span[0]))} {text}"
    taken = set(range(*span))
    added = None
    if verb is not None:
        # "des armes, notamment 13 000 conteneurs": the noun stands where the one it restates does
        node = core
        while node.dep_ in ("appos", "conj") and node.head.i != node.i and node.head.i != verb.i:
            node = node.head
            taken.add(node.i)
        if node.head.i == number.root.i and node.i != number.root.i:
            node = number.root  # "3 200 habitants" parsed with the number as the head
        subject = ph.subject(verb, sent)
        if rule == "measured noun" and core.head.pos_ == "NOUN" and core.head.i != core.i:
            subject = core.head  # "un nombre de chômeurs en croissance de 124": the noun that grows
        if subject is not None:
            subject, _ = ph.resolve(parsed, subject, words)
        is_object = node.dep_ not in SUBJECTS and node.head.i in (verb.i, number.root.i)
        light = ph.lexical(verb, words).lemma_.lower() in words.light_verbs
        if (
            subject is not None
            and subject.pos_ in NOUNS
            and subject.i not in taken | stop
            and (
                rule in ("unit complement", "measured noun")
                or (is_object and light)
                or (rule == "modified noun" and core.lower_ in words.change_heads)  # "une forte hausse, passant de…"
            )
        ):
            owned = ph.phrase(doc, subject, subject.sent, stop, words, limit=6)
            if owned:
                det = ph.determiner(doc, owned[0], subject.sent)
                owner = _bridged(parsed, subject, owned, stop, words) or ph.text(parsed, owned)
                text = ph.join(text, words.owner_preposition, det, owner, words)
                added = "owner"
                if subject.sent.start == sent.start:
                    taken |= set(range(*owned))
        elif rule == "counted noun" and is_object and not light and _object_like(node, words, _qualified(number)):
            form = ph.participle(
                ph.lexical(verb, words), core, words, like=words.sentence_agreement if sentence else None
            )
            if form:  # after the noun and its adjectives: "soldats nord-coréens envoyés en Russie"
                # after the noun, its adjectives and its "de" complements: "conteneurs de munitions
                # d'artillerie fournis à la Russie", "ans de prison requis contre…"
                split = max(core.i + 1, min(what_end, span[1]))
                while split < span[1] and (
                    doc[split].pos_ in ("ADJ", "NOUN", "DET")
                    or (doc[split].pos_ == "ADP" and doc[split].lower_ in words.partitive)
                ):
                    split += 1
                rest = ph.text(parsed, (split, span[1])) if split < span[1] else ""
                head = ph.text(parsed, (span[0], split))
                if sentence:
                    head = f"{words.sentence_head} {ph.text(parsed, (core.i + 1, split))}"
                text = " ".join(p for p in (head, form, rest) if p)
                added = "participle"
        elif (
            rule in ("counted noun", "unit complement", "measured noun")
            and node.dep_ in SUBJECTS
            and node.head.i == verb.i
            and not any("Rel" in t.morph.get("PronType") for t in doc[span[0] : span[1]])  # it says it already
        ):
            # "quatre personnes sont décédées dans l'incendie", "12 % des références étaient en rupture"
            predicate = _predicate(parsed, verb, core, sent, stop | taken, words)
            if predicate is not None:
                text = f"{text} {predicate[0]}"
                taken |= set(range(*predicate[1]))
                added = "predicate"
        setting = [piece for piece in _setting(parsed, verb, sent, taken, stop, words) if piece not in text]
        text = " ".join([text, *setting])
    rule = f"{rule}+{added}" if added else rule
    log.debug("about %r: %r (%s)", number.text, text, rule)
    return text, rule


def _topic(doc, number, sent, stop: set[int]):
    """The noun a sentence opens with, before the number, outside any prepositional phrase: what the
    sentence is about when the parse gives the number no subject ("Les carburants coûtent 26,3 % de plus")."""
    for t in doc[sent.start : number.start]:
        if t.i in stop:
            return None
        if t.pos_ in NOUNS and not any(c.dep_ == "case" for c in t.children) and t.dep_ not in ("nmod", "obl:mod"):
            return t
        if t.pos_ in ("VERB", "AUX") and not t.is_sent_start:
            return None
    return None


def _predicate(parsed: Parsed, verb, noun, sent, stop: set[int], words: AboutWords):
    """What the clause says of a counted subject, as a phrase after the noun, and its tokens:
    a passive or "être" verb as its participle ("personnes décédées dans l'incendie d'un immeuble"),
    another verb with "ayant" ("manifestants ayant défilé à Paris"), a predicate noun or adjective
    with its preposition ("références en rupture d'approvisionnement", "soldats présents en Russie").
    None for a verb that only states a level or owns a count ("atteindre", "avoir")."""
    doc = parsed.doc
    lexical = ph.lexical(verb, words)
    lemma = lexical.lemma_.lower()
    if lemma in words.auxiliaries or lemma in words.level_verbs or lemma in words.change_nouns:
        return None  # "12 personnes ont 3 enfants", "la hausse atteint 7001 personnes"
    modal = words.modals.get(lemma)
    if modal:  # "devaient rouler pendant la grève" → "devant rouler pendant la grève"
        infinitive = next((c for c in lexical.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if infinitive is None:
            return None
        span = ph.phrase(doc, infinitive, sent, stop, words, limit=words.predicate_tokens)
        if span is None or span[1] <= lexical.i + 1:
            return None
        return f"{modal} {ph.text(parsed, (lexical.i + 1, span[1]))}", (lexical.i, span[1])
    span = ph.phrase(doc, lexical, sent, stop, words, limit=words.predicate_tokens)
    if span is None:
        return None
    rest = ph.text(parsed, (lexical.i + 1, span[1])) if span[1] > lexical.i + 1 else ""
    if not rest and lemma in words.light_verbs:
        return None  # "ayant fait" says nothing without its object
    if lexical.pos_ == "VERB":
        auxiliaries = [c.lemma_.lower() for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)
        if passive or words.passive_auxiliary in auxiliaries:
            form = ph.participle(lexical, noun, words)
        else:
            form = ph.participle(lexical, noun, words, agree=False)
            form = f"{words.having} {form}" if form else None
        if form is None:
            return None
        return " ".join(p for p in (form, rest) if p), (lexical.i, span[1])
    if not any(c.dep_ == "cop" for c in verb.children) or lexical.i < noun.i:
        return None
    case = [c for c in verb.children if c.dep_ == "case" and c.i < verb.i]
    start = case[0].i if case else span[0]
    if any(i in stop for i in range(start, span[1])):
        return None
    return ph.text(parsed, (start, span[1])), (start, span[1])


def _object_like(node, words: AboutWords, qualified: int) -> bool:
    """A noun the verb acts on: its object, or a bare noun (no preposition) that the small model
    labels oblique ("a fourni à la Russie des armes, notamment 13 000 conteneurs"); a qualifier
    parsed as a preposition ("jusqu'à 12 000 soldats") is no preposition, a "de" is ("une région
    peuplée de 25 millions d'habitants")."""
    if node.dep_ == "obj":
        return True
    if node.dep_ not in ("obl:arg", "obl", "obl:mod"):
        return False
    # a preposition inside the figure's qualifier ("jusqu'à") is none; "condamné à 5 ans", "rêver aux
    # 80 médailles" and "peuplée de 25 millions" are
    return not any(c.dep_ == "case" and c.i < qualified for c in node.children)


def _qualified(number) -> int:
    """The first token of the qualifier written before ``number`` ("jusqu'à", "près de"), or its start."""
    sent = number.sent
    doc = number.doc
    _, length = qualifier_before(doc.text[max(sent.start_char, number.start_char - 40) : number.start_char], doc.lang_)
    if not length:
        opener = doc[number.start - 1] if number.start > sent.start else None  # "entre 6 et 10 ans"
        return (
            opener.i
            if opener is not None and opener.lower_ in rules(doc.lang_).words("between_words")
            else number.start
        )
    start = number.start_char - length
    return next((t.i for t in doc[sent.start : number.start] if t.idx >= start), number.start)


def _purpose(parsed: Parsed, number, counted, sent, stop: set[int], words: AboutWords) -> str | None:
    """ "300 milliards pour la transition énergétique, 90 milliards pour l'Ukraine": each amount of a
    list names what it is for right after it; the phrase with its preposition, as written."""
    doc = parsed.doc
    i = (counted.i if counted is not None else number.end - 1) + 1
    if i + 1 >= sent.end or doc[i].lower_ not in words.purpose_prepositions:
        return None
    j = i + 1
    while j < sent.end and doc[j].pos_ == "DET":
        j += 1
    if j >= sent.end or doc[j].pos_ not in NOUNS:
        return None
    span = ph.phrase(doc, doc[j], sent, stop, words, limit=6)
    return ph.text(parsed, (i, span[1])) if span else None


def _bridged(parsed: Parsed, noun, span: tuple[int, int], stop: set[int], words: AboutWords) -> str | None:
    """ "…a progressé de 2975. Sur un an, la hausse atteint 7001 personnes": a definite change noun with
    no complement is the change of the previous sentence's subject ("hausse de l'effectif de…")."""
    doc = parsed.doc
    if noun.lower_ not in words.change_heads or span[1] > noun.i + 1:
        return None
    if not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in noun.children):
        return None
    earlier = ph.earlier_subject(parsed, noun, words)
    if earlier is None:
        return None
    owned = ph.phrase(doc, earlier, earlier.sent, stop, words)
    if owned is None:
        return None
    det = ph.determiner(doc, owned[0], earlier.sent)
    return ph.join(ph.text(parsed, span), words.owner_preposition, det, ph.text(parsed, owned), words)


def _changed_object(parsed: Parsed, verb, stop: set[int], words: AboutWords):
    """The phrase of what a transitive verb of change changes ("a baissé ses émissions de gaz"), or None."""
    for c in verb.children:
        if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i not in stop and c.lower_ not in words.unit_nouns:
            return ph.phrase(parsed.doc, c, c.sent, stop, words)
    return None


def _with_article(parsed: Parsed, word: str, span: tuple[int, int], words: AboutWords) -> str:
    """``word`` + "de" + the phrase with the article written before it: "baisse de ses émissions",
    "hausse des prix", "recul de l'indice"."""
    doc = parsed.doc
    det = doc[span[0] - 1] if span[0] > 0 and doc[span[0] - 1].pos_ in ("DET", "ADP") else None
    text = ph.text(parsed, span)
    if det is not None and det.pos_ == "DET" and "Def" not in det.morph.get("Definite"):
        return f"{word} {words.owner_preposition} {det.text} {text}"
    return ph.join(
        word,
        words.owner_preposition,
        det if det is not None and "Def" in det.morph.get("Definite") else None,
        text,
        words,
    )


def _about_subject(parsed: Parsed, number, verb, stop: set[int], words: AboutWords, *, setting: bool = True):
    """A figure with no noun of its own is about the subject of its verb ("le taux … s'établissait à
    17 %"); a verb of change names the change ("hausse du nombre de chômeurs")."""
    doc = parsed.doc
    sent = number.sent
    subject = ph.subject(verb, sent)
    if subject is None:
        return None, None
    written = subject  # "Il coûtait 9 euros": the verb of price follows the pronoun
    subject, resolved = ph.resolve(parsed, subject, words)
    if subject is None or subject.pos_ not in NOUNS:
        return None, None
    span = ph.phrase(doc, subject, subject.sent, stop, words)
    if span is None:
        return None, None
    text = ph.text(parsed, span)
    via = "antecedent" if resolved else "subject"
    bridged = _bridged(parsed, subject, span, stop, words)
    if bridged:  # "la hausse atteint 7001 personnes": the rise of what the sentence before said rose
        text, via = bridged, "antecedent"
    priced = _priced(parsed, number, span, words, after=written.i + 1)
    if priced:
        text, via = priced, f"price+{via}"
    lexical = ph.lexical(verb, words)
    change_noun = words.change_nouns.get(lexical.lemma_.lower())
    if change_noun and doc[number.start - 1].lower_ not in words.level_prepositions:
        # "a perdu 46,92 points" is the fall, "à 5.493,49 points" the level it fell to
        changed = _changed_object(parsed, lexical, stop, words)
        if changed is not None:  # "La France a baissé ses émissions de 1,7 %": the emissions fell, the France's
            owner = ph.join("", words.owner_preposition, ph.determiner(doc, span[0], subject.sent), text, words)
            text = f"{_with_article(parsed, change_noun, changed, words)}{owner}"
        else:
            text = ph.join(change_noun, words.owner_preposition, ph.determiner(doc, span[0], subject.sent), text, words)
        via = f"change+{via}"
    if setting:
        taken = set(range(*span)) if subject.sent.start == sent.start else set()
        pieces = [piece for piece in _setting(parsed, verb, sent, taken, stop, words) if piece not in text]
        text = " ".join([text, *pieces])
    log.debug("about %r: %r (%s)", number.text, text, via)
    return text, via
