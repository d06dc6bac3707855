"""The noun a figure measures, found around its number (for extract/about.py).

Each finder reads one construction of the parse and returns a token, a span or the article's
own words, or None:

- the noun a value completes: "une augmentation de 5102", "un déficit budgétaire de 817 milliards",
  "une trêve de quatre jours"; far up a chain when it names a change ("une réduction de ses
  émissions de gaz … de 2,3 %"); "à hauteur de" is transparent;
- the level a noun is given: "un déficit public à 2,4 % du PIB"; the unit's complement: "5,4 % du
  PIB", "17 % de grévistes";
- a bracketed value after a phrase: "des prix de l'énergie (+23,1 %)", signed as a change;
- prices: "l'électricité coûte 72,8 % de plus" → "hausse du prix de l'électricité";
- a change noun taken up without a complement: "la hausse atteint 7001 personnes" (the previous
  sentence's subject); the object of a transitive change: "a baissé ses émissions de 1,7 %";
- what a clause says of a counted subject (its predicate): "sont décédées dans l'incendie",
  "devaient rouler pendant la grève", "étaient en rupture d'approvisionnement";
- the purpose after an amount of a list: "300 milliards pour la transition énergétique".
"""

from __future__ import annotations

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_context as cx
from . import phrases as ph
from .numbers import qualifier_before, rules
from .phrases import NOUNS

QUALIFIED = "briefgen.qualified"  # Doc.user_data key: the qualifier start of each number read


def unit_complement(doc, after: int, sent, words: AboutWords):
    """ "5,4 % du PIB", "60 millions de fcp d'amende", "12 % de la population": the noun after the unit's "de"."""
    if after + 1 < sent.end and doc[after].is_quote:
        after += 1  # « "70%" des projets d'attentats »: the quotation closes before the complement
    if after + 1 >= sent.end or doc[after].lower_ not in words.partitive or doc[after].pos_ not in ("ADP", "DET"):
        return None
    i = after + 1
    if doc[after - 1].lower_ in words.currency_nouns and (
        doc[i].pos_ == "DET" or doc[after].lower_ in words.contractions.values()
    ):
        return None  # "2 millions d'euros de l'État": whose money, not what it is ("d'aide", "d'amende")
    if doc[i].pos_ == "DET" and i + 1 < sent.end:
        i += 1
    noun_like = doc[i].pos_ in NOUNS or (doc[i].pos_ == "ADJ" and doc[i].is_lower)  # "17 % de grévistes"
    if noun_like and doc[i].lower_ not in words.unit_nouns:
        return doc[i]
    return None


def timed_noun(doc, unit, sent, words: AboutWords):
    """ "deux heures de discussions", "quatre ans de travail acharné": the noun a count of a time unit takes as its
    own "de" complement is what lasts, not the noun before the number ("à l'issue de deux heures de…")."""
    i = unit.i + 1
    if i + 1 >= sent.end or doc[i].lower_ not in words.partitive:
        return None
    if doc[i + 1].pos_ == "DET" and i + 2 < sent.end:
        i += 1
    noun = doc[i + 1]
    if noun.pos_ != "NOUN" or noun.head.i != unit.i or noun.lower_ in words.unit_nouns | words.time_units:
        return None
    return None if cx.is_period(noun, words) else noun


def measured_noun(doc, number, sent, words: AboutWords):
    """ "une augmentation de 5102", "un satellite de 250 kilos": the noun the number complements
    ("la suppression d'environ 19 % des postes": before the qualifier)."""
    i = qualified(number) - 1
    j = i - 1
    while j > sent.start and (
        (doc[j].pos_ == "ADJ" and doc[j].text.replace("-", "").isalpha())
        or (doc[j].dep_ == "amod" and doc[j].head.i == j - 1)  # "socio-judiciaire" tagged as a noun
    ):
        j -= 1  # "un déficit budgétaire de 817 milliards", "un suivi socio-judiciaire de 10 ans"
    if j >= sent.start and doc[i].lower_ in words.partitive and doc[j].pos_ == "NOUN":
        noun = doc[j]
        if noun.lower_ in words.transparent_nouns:
            # "une réduction de son budget à hauteur de 15 %": the noun it hangs on; "financé à hauteur
            # de 556 milliards": none, the amount of what the clause is about
            head = noun.head
            if head.pos_ == "NOUN" and head.i < noun.i and not cx.is_period(head, words):
                return head
            return None
        if (
            noun.lower_ not in words.unit_nouns
            and not cx.is_period(noun, words)
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
        compound = noun.head  # "un chiffre d'affaires de 2,3 milliards", "un taux de chômage de 7,4 %": the number
        if (  # hangs on the compound's head, the noun before it only completes it
            noun.dep_ == "nmod"
            and compound.pos_ == "NOUN"
            and compound.i < noun.i
            and number.root.head.i == compound.i
            and compound.lower_ not in words.unit_nouns | words.transparent_nouns
            and not cx.is_period(compound, words)
        ):
            return compound
    return None


def level_noun(doc, number, sent, stop: set[int], words: AboutWords):
    """ "un déficit public à 2,4 % du PIB", "un taux stable à 5,8 %": the noun a level is given for."""
    i = number.start - 1
    if i - 1 < sent.start or doc[i].lower_ not in words.level_prepositions:
        return None
    i -= 1
    while i > sent.start and doc[i].pos_ == "ADJ" and i not in stop:
        i -= 1
    noun = doc[i]
    if noun.pos_ != "NOUN" or i in stop or noun.lower_ in words.unit_nouns or cx.is_period(noun, words):
        return None
    return noun


def estimated_noun(doc, number, sent, stop: set[int], words: AboutWords):
    """ "une fréquentation record estimée à 7,3 millions de visiteurs", "des dégâts évalués à 2 millions
    d'euros": the noun a participle of estimating gives the value of, not what the value counts."""
    i = qualified(number) - 1
    if i - 1 < sent.start or doc[i].lower_ not in words.level_prepositions:
        return None
    participle = doc[i - 1]
    if "Part" not in participle.morph.get("VerbForm") or participle.lemma_.lower() not in words.source_verbs:
        return None
    noun = participle.head
    if noun.pos_ != "NOUN" or noun.i > participle.i or noun.i in stop or noun.lower_ in words.unit_nouns:
        return None
    return noun


def bracketed(parsed: Parsed, number, stop: set[int], words: AboutWords) -> str | None:
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
    if node.pos_ != "NOUN" or node.ent_type_ or cx.is_period(node, words):
        return None  # "juste devant Genève (5,7 %)", "en janvier (3,4 %)": a scene, not the thing measured
    if node.i > sent.start and doc[node.i - 1].pos_ == "AUX":
        return None  # "l'économie avait calé (0 %)": a participle the tagger calls a noun, no phrase measured
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


def priced(parsed: Parsed, number, span: tuple[int, int], words: AboutWords, after: int | None = None) -> str | None:
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


def opening_noun(doc, number, sent, stop: set[int], words: AboutWords):
    """The noun a sentence opens with, before the number, outside any prepositional phrase: what the
    sentence is about when the parse gives the number no subject ("Les carburants coûtent 26,3 % de plus");
    never a day or a month that opens it ("Mardi l'Allemagne avait fait état …")."""
    dated = None  # a day the parse made the head: the noun after it hangs on it ("Mardi l'Allemagne")
    for t in doc[sent.start : number.start]:
        if t.i in stop:
            return None
        if t.lower_ in words.period_nouns:
            dated = t
            continue
        if (
            t.pos_ in NOUNS
            and not any(c.dep_ in ("case", "mark") for c in t.children)  # "sans plomb" read as "sans" + "plomb"
            and (t.dep_ not in ("nmod", "obl:mod") or (dated is not None and t.head.i == dated.i))
        ):
            return t
        if t.pos_ in ("VERB", "AUX") and not t.is_sent_start:
            return None
    return None


def purpose(parsed: Parsed, number, counted, sent, stop: set[int], words: AboutWords) -> str | None:
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


def bridged(parsed: Parsed, noun, span: tuple[int, int], stop: set[int], words: AboutWords) -> str | None:
    """ "…a progressé de 2975. Sur un an, la hausse atteint 7001 personnes": a definite change noun with
    no complement is the change of the previous sentence's subject ("hausse de l'effectif de…")."""
    doc = parsed.doc
    if noun.lower_ not in words.change_heads or span[1] > noun.i + 1:
        return None
    if not ph.has_definite_article(noun):
        return None
    earlier = ph.earlier_subject(parsed, noun, words)
    if earlier is None:
        return None
    owned = ph.phrase(doc, earlier, earlier.sent, stop, words)
    if owned is None:
        return None
    det = ph.determiner(doc, owned[0], earlier.sent)
    return ph.join(ph.text(parsed, span), words.owner_preposition, det, ph.text(parsed, owned), words)


def changed_object(parsed: Parsed, verb, stop: set[int], words: AboutWords):
    """The phrase of what a transitive verb of change changes ("a baissé ses émissions de gaz"), or None."""
    for c in verb.children:
        if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i not in stop and c.lower_ not in words.unit_nouns:
            return ph.phrase(parsed.doc, c, c.sent, stop, words)
    return None


def with_article(parsed: Parsed, word: str, span: tuple[int, int], words: AboutWords) -> str:
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


def object_like(node, words: AboutWords, qualified: int) -> bool:
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


def qualified(number) -> int:
    """The first token of the qualifier written before ``number`` ("jusqu'à", "près de"), or its start.

    Asked a dozen times per figure by the readings of ``about``: kept on the Doc, per number (string keys, so
    that the Doc's user data still serializes)."""
    known = number.doc.user_data.setdefault(QUALIFIED, {})
    key = f"{number.start}:{number.end}"
    if key not in known:
        known[key] = _qualified(number)
    return known[key]


def _qualified(number) -> int:
    sent = number.sent
    doc = number.doc
    # the words just before the number: a qualifier is a few words ("jusqu'à près de"), and reading the whole
    # sentence for each of its numbers is quadratic in long sentences (Doc.text even in the article)
    lo = max(sent.start, number.start - 16)
    before = doc[lo : number.start].text_with_ws
    _, length = qualifier_before(before[max(0, len(before) - 40) :], doc.lang_)
    if not length:
        opener = doc[number.start - 1] if number.start > sent.start else None  # "entre 6 et 10 ans"
        return (
            opener.i
            if opener is not None and opener.lower_ in rules(doc.lang_).words("between_words")
            else number.start
        )
    start = number.start_char - length
    return next((t.i for t in doc[lo : number.start] if t.idx >= start), number.start)


def after_measure(doc, core, number, sent, stop: set[int], words: AboutWords) -> tuple[int, int] | None:
    """The complement of a measured noun written after its measure: "une trêve de quatre jours dans la
    bande de Gaza", "une peine de cinq ans en cas de récidive" (French puts the measure right after the
    noun, before its other complements, which the phrase cut at the number leaves out); its span from its
    preposition, or None. Only right after the measure (its unit and adjectives between)."""
    i = number.end
    while i < sent.end and i not in stop and doc[i].pos_ in ("NOUN", "ADJ") and i - number.end < 3:
        i += 1  # "de quatre jours": the unit the number counts
    if i >= sent.end or doc[i].pos_ != "ADP" or doc[i].lower_ in words.partitive or doc[i].lower_ in words.stop_words:
        return None
    child = doc[i].head
    if child.head.i != core.i or child.dep_ != "nmod" or child.i in stop:
        return None
    span = ph.phrase(doc, child, sent, stop, words, limit=6)
    return (i, span[1]) if span is not None and span[1] > child.i else None


def light_participle(doc, number, sent, words: AboutWords, verbs: frozenset[str] | None = None):
    """The present participle of a light verb that opens an adjunct right before the figure ("…, faisant
    110 000 morts", "…, causant 12 blessés"): its implicit subject is the main clause's, which owns or
    causes what the figure counts; with ``verbs`` (the verbs of a level), one whose level follows with
    "à" ("…, terminant à 8 045 points"), which that subject reaches. The token, or None."""
    i = qualified(number) - 1
    if verbs is not None and i > sent.start and doc[i].lower_ in words.level_prepositions:
        i -= 1
    if i - 1 < sent.start or doc[i - 1].text != ",":
        return None
    verb = doc[i]
    present = "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm")
    if not (present or verb.lower_.endswith(words.present_participle)):
        return None
    return verb if verb.lemma_.lower() in (words.light_verbs if verbs is None else verbs) else None


def action_amount(doc, number, verb, words: AboutWords) -> str | None:
    """ "ce déficit sera financé à hauteur de 556 milliards", "l'État participe à hauteur de 30 %": the
    locution gives the amount of the verb's action, named by the verb's noun (``action_nouns`` read
    backwards: "financer" → "financement"); None for another construction or a verb with no noun."""
    i = qualified(number) - 1
    if i - 1 < number.sent.start or doc[i].lower_ not in words.partitive:
        return None
    if doc[i - 1].lower_ not in words.action_amount_nouns:
        return None
    lemma = verb.lemma_.lower()
    return next((noun for noun, done in words.action_nouns.items() if done == lemma), None)


def agent(parsed: Parsed, verb, number, stop: set[int], words: AboutWords) -> str | None:
    """The "par" complement of ``verb`` written after the figure, as written: "financé à hauteur de 556
    milliards par des tirages sur les prêts-projets" → "par des tirages sur les prêts-projets"."""
    doc = parsed.doc
    for c in verb.children:
        case = [k for k in c.children if k.dep_ == "case" and k.i < c.i]
        if c.i > number.end and c.pos_ in NOUNS and case and case[0].lower_ == words.agent_preposition:
            span = ph.phrase(doc, c, number.sent, stop, words, limit=6)
            if span is not None and not any(i in stop for i in range(case[0].i, span[1])):
                return ph.text(parsed, (case[0].i, span[1]))
    return None


def among(parsed: Parsed, number, stop: set[int], words: AboutWords) -> str | None:
    """ "Les naufragés, dont six enfants", "60 morts dont 59 touristes étrangers": a count after a partitive
    relative is a part of the noun before it: "parmi les naufragés", "parmi les morts"."""
    doc, sent = parsed.doc, number.sent
    i = qualified(number) - 1
    if i <= sent.start or doc[i].lower_ not in words.partitive_relatives or not words.among_preposition:
        return None
    j = i - 1 if doc[i - 1].text == "," else i
    noun = next((k for k in range(j - 1, max(sent.start, j - 4) - 1, -1) if doc[k].pos_ == "NOUN"), None)
    if noun is None:
        return None
    span = ph.phrase(doc, doc[noun], sent, stop | set(range(i, number.end)), words)
    if span is None:
        return None
    det = ph.determiner(doc, span[0], sent)
    article = "" if det is not None else words.definite_articles.get("Plur", "")
    return ph.join("", words.among_preposition, det, f"{article} {ph.text(parsed, span)}".strip(), words).strip()
