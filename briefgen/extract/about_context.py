"""Where, when and by whom: the settings and sources added to a figure's ``about`` (extract/about.py).

A phrase that names what a figure counts is rarely enough in a table of figures from many
articles: "taux de chômage" needs "dans le Jura en janvier". These read it from the parse:

- **verb setting**: the place, period or event complements of the governing verb ("en janvier",
  "au Népal", "au cours de la semaine écoulée", "dans l'attaque de deux camps");
- **own setting**: the place or period written right after the value, which is this value's alone
  ("passée de 7,59 % en janvier à 8,04 % en février", "contre 3 % vendredi"), or for a value in
  brackets the phrase it completes ("lors de la dernière grève du 23 avril (23,9 %)");
- the **article's** own place, period and story are read apart, in about_article.py;
- **source**: the named body whose verb of saying or estimating gives the figure ("La Commission a
  estimé que…", "…, estiment les syndicats"), never a person and never a "selon".
"""

from __future__ import annotations

import re

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_nouns as nn
from . import countries
from . import phrases as ph
from .about_where import antecedent_place
from .phrases import MAX_TOKENS, NOUNS, PLACES, SUBJECTS

SETTING_DEPS = ("obl", "obl:mod", "obl:arg")
CONTEXT_ENTITIES = ("PER", "ORG", "LOC", "GPE")  # the model's people, organisations and places


def verb_setting(parsed: Parsed, verb, sent, taken: set[int], stop: set[int], words: AboutWords) -> list[str]:
    """Place and period complements of the governing verb ("en janvier", "au Népal"), as written."""
    doc = parsed.doc
    pieces = []
    for child in verb.children:
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
                "Def" in d.morph.get("Definite") or "Yes" in d.morph.get("Poss")
                for d in child.children
                if d.dep_ in ("det", "nummod")
            )
        )  # "dans l'attaque", "dans sa filiale", not "dans deux lettres"
        # "tirées sur les hôpitaux", "livrés à la Russie", "requis contre les accusés": the verb's own arguments
        # a definite or named one, not a locution ("au total", "à la suite de") nor an indefinite ("à des classes")
        argued = (
            bool(case)
            and case[0].lower_ in words.argument_prepositions
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
    return [text for _, text in sorted(pieces)[:3]]


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


def holder(parsed: Parsed, number, words: AboutWords) -> str | None:
    """Who a value introduced by "avec" belongs to: the nearest person or organisation named before it
    in its sentence ("Alassane Ouattara réélu avec 94,27 % des voix", "l'ancien président Henri Konan
    Bédié termine 3e avec 1,66 %"), read linearly because such sentences often parse badly."""
    doc = parsed.doc
    sent = number.sent
    before = nn.qualified(number) - 1
    if before < sent.start or doc[before].lower_ not in words.owning_prepositions:
        return None
    names = [e for e in sent.ents if e.label_ in ("PER", "ORG") and e.end <= before]  # the sentence's own
    if not names:
        return None
    return parsed.span_text(names[-1])


def named_agent(parsed: Parsed, number, words: AboutWords) -> str | None:
    """The person the figure's clause is about: the named subject of the verb that governs it ("François
    Fillon a été condamné à cinq ans de prison", "Kylian Mbappé a marqué 12 buts"), a figure of theirs.
    Not a speaker's or an estimator's figure ("X a annoncé 10 milliards"): that one is a source."""
    sent = number.sent
    verb = ph.verb_of(number.root, sent)
    if verb is None:
        return None
    lexical = ph.lexical(verb, words)
    if lexical.lemma_.lower() in words.source_verbs or verb.lemma_.lower() in words.source_verbs:
        return None
    subject = ph.subject(verb, sent)
    if subject is None and verb.dep_ == "acl":
        # "L'ex-Premier ministre François Fillon condamné à cinq ans de prison": the participle's noun, or
        # the name in apposition to it
        subject = next((t for t in (verb.head, *verb.head.children) if t.ent_type_ == "PER" and t.i < verb.i), None)
    if subject is None or subject.ent_type_ != "PER":
        return None
    entity = next((e for e in sent.ents if e.start <= subject.i < e.end and e.label_ == "PER"), None)
    return parsed.span_text(entity) if entity is not None else None


def sentence_context(parsed: Parsed, number, text: str, stop: set[int], words: AboutWords) -> str | None:
    """Who and where a short ``about`` leaves out: the subject of the sentence's main clause and the people,
    organisations and places the sentence names, in its order, each only if most of its words are new ("personnes
    tuées" in "Un bombardement de la Russie sur Kiev a tué 14 personnes" → "bombardement de la Russie sur
    Kiev"). A figure taken out of its article needs them; a long phrase has said them already."""
    doc, sent = parsed.doc, number.sent
    taken = set(range(number.start, number.end)) | stop
    spans = []
    for subject in sent.root.children:
        if (
            subject.dep_ in SUBJECTS
            and subject.pos_ in NOUNS
            and subject.i not in taken
            and not is_period(subject, words)
        ):
            span = ph.phrase(doc, subject, sent, taken, words, limit=6)
            if span and span[1] < len(doc) and doc[span[1]].pos_ == "SCONJ" and span[1] - span[0] > 1:
                span = (span[0], span[1] - 1)  # "Une étude montre que …": the verb the parse read as a noun
            # "Ses statistiques confirmaient…" with the verb read as an adjective of the subject, "les départements
            # où la grève est suivie": who or what is named ends before the verb or the relative clause
            cut = (
                next(
                    (
                        j
                        for j in range(subject.i + 1, span[1])
                        if j == sent.root.i or "Rel" in doc[j].morph.get("PronType")
                    ),
                    None,
                )
                if span
                else None
            )
            if cut is not None:
                span = (span[0], cut) if cut > span[0] else None
            if span:
                spans.append(span)
    for ent in sent.ents:
        inside = any(a <= ent.start and ent.end <= b for a, b in spans)
        if _anothers(ent, number, stop, words):
            continue
        if (
            ent.label_ in CONTEXT_ENTITIES
            and not inside
            and not any(i in taken for i in range(ent.start, ent.end))
            and not (len(ent) == 1 and is_period(ent[0], words))
            and not all(t.lower_ in words.unit_nouns or (len(t) == 1 and t.text.isupper()) for t in ent)
        ):  # "Jeudi", "FCFA", "F CFA": a day or a currency the model read as a name
            spans.append((ent.start, ent.end))
    have = set(re.findall(r"\w+", text.casefold()))
    pieces = []
    for span in sorted(spans):
        piece = ph.text(parsed, span).strip(" ,;:")
        content = [w for w in re.findall(r"\w+", piece.casefold()) if w not in words.function_words]
        if len(content) < 2 and not any(w[:1].isupper() for w in piece.split()):
            continue  # "le pays", "les secours": a bare common noun says no more than the figure
        if content and 2 * sum(w not in have for w in content) > len(content):  # mostly new words
            pieces.append(piece)
            have |= set(content)
    return ", ".join(pieces[: words.context_pieces]) or None  # a context, not a list of every département


def _anothers(ent, number, stop: set[int], words: AboutWords) -> bool:
    """A name that is another figure's: the subject of a gapped clause, right before its number ("25,3 %
    des voix, le Rassemblement national 30,1 %"), or in the purpose of another amount ("300 milliards pour
    la transition et 90 milliards pour l'Ukraine": Ukraine is what the 90 are for), its phrase hanging,
    through "pour", on a noun another number counts. A place after coordinated counts is theirs alike
    ("12 morts et 30 blessés à Gaza")."""
    if ent.start >= number.end and any(k in stop for k in (ent.end, ent.end + 1)):
        return True
    root = ent.root
    if root.head.i == root.i or not any(
        c.dep_ == "case" and c.lower_ in words.purpose_prepositions for c in root.children
    ):
        return False
    counts = [c for c in root.head.children if c.dep_ == "nummod"]
    return bool(counts) and not any(number.start <= c.i < number.end for c in counts)


def names_country(text: str, piece: str, lang: str) -> bool:
    """Whether ``text`` already says ``piece`` (a place or a title's kicker): as written, or, when the
    piece is a country, by its name or its demonym ("soldats de l'armée malienne" says "au Mali")."""

    def folded(x: str) -> str:
        return x.casefold().replace("’", "'")

    if folded(piece) in folded(text):
        return True
    name = piece.split(" ", 1)
    place = countries.lookup(piece, lang) or (countries.lookup(name[1], lang) if len(name) == 2 else None)
    if place is None or place.kind != "name":
        return False
    return folded(place.country) in folded(text) or any(
        countries.country_of_demonym(w, lang) == place.country for w in re.findall(r"[\w-]+", text)
    )


def shares_words(piece: str, text: str) -> bool:
    """Whether ``piece`` repeats a capitalised word or a long word of ``text`` ("selon l'Insee" after "… de l'Insee")."""
    mine = {w.casefold() for w in piece.replace("'", " ").split()[1:] if len(w) > 3 or w[:1].isupper()}
    return bool(mine & {w.casefold() for w in text.replace("'", " ").split()})


def source(parsed: Parsed, number, stop: set[int], words: AboutWords) -> str | None:
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
        lemma = verb.lemma_.lower()
        locution = any(
            c.dep_ in ("obj", "xcomp") and c.lower_ in words.source_locutions.get(lemma, ()) for c in verb.children
        )
        if verb.pos_ != "VERB" or (lemma not in words.source_verbs and not locution):
            continue  # "le bilan faisait état de 25 soldats tués": "faire état" says like "indiquer"
        speakers = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in NOUNS]
        if not speakers and verb.i > number.start:  # "…, estiment les syndicats": the subject after the verb
            speakers = [c for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "nsubj") and c.pos_ in NOUNS]
        if not speakers and verb.dep_ == "acl" and verb.head.pos_ in NOUNS and verb.head.i < verb.i:
            speakers = [verb.head]  # "Le bilan … faisait état de…" parsed with the verb under its subject
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


def repeats(piece: str, text: str, words: AboutWords) -> bool:
    """Whether every content word of ``piece`` is already in ``text`` ("par une envolée des prix du gaz"
    after "hausse des prix du gaz" adds only "envolée")."""
    mine = [w for w in re.findall(r"\w+", piece.casefold()) if w not in words.function_words]
    have = set(re.findall(r"\w+", text.casefold()))
    return sum(w not in have for w in mine) <= len(mine) // 3


def before_colon(parsed: Parsed, number, stop: set[int], words: AboutWords) -> tuple[str, bool] | None:
    """The noun phrase a colon introduces the figure with ("le lourd bilan des derniers affrontements : « plus
    de 300 morts", "l'effort demandé par l'État : 2,5 millions d'euros"): the leftmost noun whose phrase ends
    at the colon, read linearly up to ``predicate_tokens`` words; for a noun that only carries an amount
    ("bilan", "total") its complement alone. The text and whether it is such a complement; None when the
    figure does not follow a colon."""
    doc = parsed.doc
    sent = number.sent
    i = nn.qualified(number) - 1
    while i > sent.start and doc[i].is_quote:
        i -= 1
    if i <= sent.start or doc[i].text != ":":
        return None
    colon = i
    for t in doc[sent.start : colon]:
        words_of = [  # the phrase, not the copula or the subject the parse hangs on a predicate noun
            x.i for x in t.subtree if not x.is_punct and x.i < colon and x.dep_ not in ("cop", "nsubj", "mark", "cc")
        ]
        if t.pos_ != "NOUN" or t.i in stop or max(words_of) != colon - 1 or any(j in stop for j in words_of):
            continue
        if any(c.dep_ == "case" for c in t.children):
            continue  # "… par l'État :" is a complement of the phrase, not its head
        clause = any(  # a noun phrase, not a clause: "Le plus gros problème, …, est l'effort demandé…"
            x.text == "," or (x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm"))
            for x in doc[min(words_of) : colon]
        )
        if clause:
            continue
        transparent = t.lower_ in words.transparent_nouns
        start = t.i + 1 if transparent else min(words_of)
        while not transparent and start < t.i and doc[start].pos_ in ("DET", "ADP"):
            start += 1  # "l'effort demandé" → "effort demandé"
        end = min(colon, start + words.predicate_tokens)
        while end > start + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
            end -= 1
        if end <= start or (transparent and doc[start].lower_ not in words.partitive):
            return None
        return ph.text(parsed, (start, end)), transparent
    return None
