"""Where, when and by whom: the settings and sources added to a figure's ``about`` (extract/about.py).

A phrase that names what a figure counts is rarely enough in a table of figures from many
articles: "taux de chômage" needs "dans le Jura en janvier". These read it from the parse:

- **verb setting**: the place, period or event complements of the governing verb ("en janvier",
  "au Népal", "au cours de la semaine écoulée", "dans l'attaque de deux camps"), and its purpose
  infinitive ("mobilisés pour arrêter le meurtrier");
- **own setting**: the place or period written right after the value, which is this value's alone
  ("passée de 7,59 % en janvier à 8,04 % en février", "contre 3 % vendredi"), or for a value in
  brackets the phrase it completes ("lors de la dernière grève du 23 avril (23,9 %)");
- the **article's** own place, period and story are read apart, in about_article.py; the holder, agent,
  source and sentence context (who), in about_sources.py.
"""

from __future__ import annotations

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_nouns as nn
from . import phrases as ph
from . import verb_forms as vf
from .about_where import antecedent_place
from .phrases import MAX_TOKENS, NOUNS, PLACES

SETTING_DEPS = ("obl", "obl:mod", "obl:arg")


def verb_setting(parsed: Parsed, verb, sent, taken: set[int], stop: set[int], words: AboutWords) -> list[str]:
    """Place and period complements of the governing verb ("en janvier", "au Népal"), as written."""
    doc = parsed.doc
    pieces = []
    # "sont « supposées disparues » par les pompiers": the quotation mark taken for the verb, and the participle
    quoted = vf.lexical(verb, words) if verb.is_quote else verb
    children = [*verb.children, *(quoted.children if quoted.i != verb.i else ())]
    # "tués par les paramilitaires", "supposées disparues par les pompiers": the agent of a passive says who
    passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) or "Pass" in quoted.morph.get("Voice")
    for child in children:
        # "chaque année", "cette semaine": a period needs no preposition, and the parse often takes it for an object
        bare_period = is_period(child, words) and (
            any(c.dep_ == "det" and c.lower_ in words.period_determiners for c in child.children)
            or (child.dep_ == "dep" and child.i < verb.i)  # "Samedi matin, 700 pompiers…": the model's unlabelled date
        )
        if (
            (child.dep_ not in SETTING_DEPS and not bare_period)
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
        timed = child.ent_type_ == "DATE" or child.morph.get("NumType") == ["Card"] or is_period(child, words)
        # "au cours de la semaine écoulée", "par rapport au mois précédent": a period one complement down
        timed = timed or any(c.dep_ == "nmod" and is_period(c, words) for c in child.children)
        # "dans l'attaque de deux camps", "lors de la dernière grève": the event the figure belongs to
        event = (
            bool(case)
            and case[0].lower_ in words.circumstance_prepositions
            and child.pos_ == "NOUN"
            and all(
                "Def" in d.morph.get("Definite")
                or "Yes" in d.morph.get("Poss")
                or ("Ind" in d.morph.get("Definite") and "Plur" in d.morph.get("Number"))
                for d in child.children
                if d.dep_ in ("det", "nummod")
            )
        )  # "dans l'attaque", "dans sa filiale", "dans des frappes aériennes"; not "dans deux lettres", nor
        # "dans un communiqué", a singular indefinite naming where it was said more often than an event
        # "tirées sur les hôpitaux", "livrés à la Russie", "requis contre les accusés": the verb's own arguments
        # a definite or named one, not a locution ("au total", "à la suite de") nor an indefinite ("à des classes")
        argued = (
            bool(case)
            and (
                case[0].lower_ in words.argument_prepositions or (case[0].lower_ == words.agent_preposition and passive)
            )
            and child.lower_ not in words.locution_nouns
            and child.pos_ in NOUNS
        )
        if not (placed or timed or event or argued):
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
        if placed and cut is None:  # "aux abords du stade, sur des terrasses ou au Bataclan": every place listed
            span = (span[0], _listed_places(doc, child, span[1], sent, stop | taken, words))
        if any(i in taken or i in stop for i in range(start, span[1])):
            continue
        if doc[start].is_punct or (
            start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].is_alpha or doc[start - 1].text == "-")
        ):
            continue  # "Alpes-Maritimes" cut at its hyphen by a broken parse: half a name is no setting
        pieces.append((start, ph.text(parsed, (start, span[1]))))
    where = antecedent_place(parsed, verb, taken | stop, words)
    if where is not None:
        pieces.append(where)
    purpose = _purpose(parsed, quoted, sent, taken | stop, words)
    if purpose is not None:
        pieces.append(purpose)
    return [text for _, text in sorted(pieces)[:3]]


def _purpose(parsed: Parsed, verb, sent, stop: set[int], words: AboutWords) -> tuple[int, str] | None:
    """What the governing verb's action is for, an infinitive after "pour" or "afin de" ("120 gendarmes ont été
    mobilisés pour arrêter le meurtrier", "un financement de 100 milliards pour soutenir les pays pauvres"): the
    figure the verb acts on is counted for that end, which tells it from another count of the same thing."""
    doc = parsed.doc
    for child in verb.children:
        if child.dep_ != "advcl" or child.pos_ != "VERB" or "Inf" not in child.morph.get("VerbForm"):
            continue
        marks = [c for c in child.children if c.dep_ == "mark" and c.i < child.i]
        if not marks or marks[0].lower_ not in words.purpose_marks or not sent.start <= marks[0].i < sent.end:
            continue
        span = ph.phrase(doc, child, sent, stop, words, limit=7)
        if span is None or any(i in stop for i in range(marks[0].i, span[1])):
            continue
        if not any(t.pos_ in NOUNS for t in doc[child.i + 1 : span[1]]):
            continue  # "pour tenter", "pour s'établir à 4 %": an end with no thing named says nothing of the figure
        return marks[0].i, ph.text(parsed, (marks[0].i, span[1]))
    return None


def _listed_places(doc, child, end: int, sent, stop: set[int], words: AboutWords) -> int:
    """The end of a list of place complements coordinated with ``child`` (", sur des terrasses
    parisiennes ou au Bataclan"): each a preposition and its noun, which the parse hangs under the first,
    the last after "et" or "ou" (without one, a comma opens another complement: ", avec un coefficient…")."""
    subtree = {t.i for t in child.subtree}
    listed = end
    while end + 1 < sent.end and (doc[end].text == "," or doc[end].pos_ == "CCONJ"):
        k = end + 1
        joined = doc[end].pos_ == "CCONJ" or doc[k].pos_ == "CCONJ"
        if doc[k].pos_ == "CCONJ":
            k += 1
        if k >= sent.end or doc[k].pos_ != "ADP" or doc[k].lower_ in words.stop_words:
            break
        noun = doc[k].head
        if noun.i not in subtree or noun.i <= k:
            break
        span = ph.phrase(doc, noun, sent, stop, words, limit=5)
        if span is None or any(i in stop for i in range(k, span[1])):
            break
        end = span[1]
        if joined:
            listed = end  # the list closes with its conjunction
            break
    return listed


def own_setting(parsed: Parsed, number, counted, words: AboutWords, others: set[int]) -> str | None:
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
        read = None
        if case and node.i >= sent.start and number.start - 2 - case[0].i < MAX_TOKENS:
            if case[0].lower_ not in words.stop_words:
                read = ph.text(parsed, (case[0].i, number.start - 1))
        linear = _phrase_before(parsed, number.start - 1, words, others)  # the outermost phrase, when longer
        return linear if linear and (read is None or len(linear) > len(read)) else read
    i = (counted.i if counted is not None else number.end - 1) + 1
    complement = nn.unit_complement(doc, i, sent, words) if counted is None else None
    if complement is not None:  # "17 % de grévistes ce mercredi": after the thing measured
        i = complement.i + 1
        while i < sent.end and doc[i].pos_ == "ADJ":
            i += 1
    if i < sent.end and is_period(doc[i], words) and doc[i].pos_ in NOUNS and i not in others:
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
    if not (head.ent_type_ in PLACES or is_period(head, words) or year):
        return None
    end = j + 1
    while end < sent.end and end - i < 4 and (doc[end].like_num or doc[end].ent_iob_ == "I") and end not in others:
        end += 1  # "en août 2022", "en Seine-Saint-Denis"
    if end + 2 < sent.end and doc[end].pos_ == "CCONJ" and doc[end + 1].lower_ in words.setting_prepositions:
        k = end + 2  # "à Paris et en Seine-Saint-Denis": both places are this value's
        while k < sent.end and doc[k].pos_ == "DET":
            k += 1
        if k < sent.end and doc[k].ent_type_ in PLACES and k not in others:
            end = k + 1
            while end < sent.end and doc[end].ent_iob_ == "I" and end - k < 4:
                end += 1
    return ph.text(parsed, (i, end))


def _phrase_before(parsed: Parsed, bracket: int, words: AboutWords, others: set[int]) -> str | None:
    """The prepositional phrase that ends at an opening bracket, read linearly when the parse is
    broken: from the first preposition after the last verb or clause mark ("que lors de la dernière
    grève unitaire du 23 avril (23,9 %)" → "lors de la dernière grève unitaire du 23 avril")."""
    doc = parsed.doc
    sent = doc[bracket].sent
    start = bracket - 1
    while start > sent.start and bracket - start < MAX_TOKENS:
        t = doc[start - 1]
        if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "PRON"):
            break
        start -= 1
    while start < bracket and not (doc[start].pos_ == "ADP" or doc[start].dep_ == "case"):
        start += 1  # the first preposition: "lors", "de", "à"
    if start >= bracket - 1 or doc[start].lower_ in words.stop_words:
        return None
    if not any(t.pos_ in NOUNS or t.pos_ == "VERB" for t in doc[start + 1 : bracket]):
        return None
    if any(i in others for i in range(start, bracket)):
        return None  # "avec 1,66 % (53 330 voix)": another value, not a scene
    return ph.text(parsed, (start, bracket))


def is_period(token, words: AboutWords) -> bool:
    """ "janvier", "mois", and the demonstrative forms "ce mois-ci", "ce soir-là"."""
    return (
        token.lower_ in words.period_nouns
        or token.lemma_.lower() in words.period_nouns  # "les trois prochaines années"
        or token.lower_.split("-")[0] in words.period_nouns
    )


def is_year(token) -> bool:
    return token.is_digit and len(token.text) == 4 and token.text[:2] in ("19", "20")


def names_period(sent, words: AboutWords) -> bool:
    """Whether a sentence dates its own figures: a month, a weekday, a period noun, a year or a date."""
    return any(t.ent_type_ == "DATE" or is_period(t, words) or is_year(t) for t in sent)
