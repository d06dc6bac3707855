"""How a number of the text is read as a key figure (for extract/figures.py): what it counts, whether two
numbers make a range, and the rule that names the reading.

- ``what_counted``: the noun after the number ("12 000 soldats", "1,5 million de munitions"), past a
  closing quotation mark ("« entre 10.000 et 15.000 » agriculteurs");
- whether it is a figure at all is read in extract/figure_filters.py;
- ``closes_range``: "de 6 à 30", "entre 10 et 15"; ``bare_value_rule``: a bare number that is still
  a figure ("s'est accru de 3823", "magnitude 7,4"); ``elided_count``: a number standing for a noun
  said before it ("six ont été blessées", "deux d'entre elles", "et deux dans la capitale").
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.common_words import is_finite_verb_form
from .countries import country_of_demonym, is_regional_demonym
from .numbers import Amount, Rules

CLOSING_QUOTES = {"»", "”", '"'}


def what_counted(doc, i: int, amount: Amount, r: Rules) -> tuple[str | None, int]:
    """What the number counts (the noun after it, with a bare "de" complement), and the token after."""
    if amount.unit:
        return amount.unit, i
    preps = r.words("complement_preps")
    if i + 1 < len(doc) and doc[i].is_quote and doc[i].text in CLOSING_QUOTES and not doc[i + 1].is_sent_start:
        i += 1  # "« entre 10.000 et 15.000 » agriculteurs": the quotation closes before the noun
    complement = i < len(doc) and doc[i].lower_ in preps and (amount.scale != 1.0 or amount.approx)
    if complement:
        i += 1
    if i < len(doc) and doc[i].lower_ in r.words("others_words"):
        return None, i  # "les six autres": a part of a set named before (``elided_count``)
    skipped = 0
    symbol = i < len(doc) and not doc[i].is_sent_start and unit_symbol(doc[i].text, r)
    while (
        not symbol
        and i + 1 < len(doc)
        and doc[i].pos_ == "ADJ"
        and skipped < 2
        and not doc[i].is_sent_start
        and (is_noun(doc[i + 1]) or doc[i + 1].pos_ == "ADJ")
    ):
        i, skipped = i + 1, skipped + 1
    if not symbol and (i >= len(doc) or doc[i].is_sent_start or not (is_noun(doc[i]) or people_noun(doc[i], r))):
        # the small model tags many counted nouns as adjectives or participles ("600 chars", "20 blessés")
        j = i - skipped
        if j >= len(doc) or doc[j].is_sent_start or not (doc[j].is_alpha and doc[j].is_lower):
            return None, i
        if not (doc[j].pos_ == "ADJ" or "Part" in doc[j].morph.get("VerbForm")):
            return None, i
        if amount.scale != 1.0 and not complement:
            return None, i  # "1 300 milliards réclamés": the participle says what happened to them
        i = j
    head, k = doc[i], i + 1
    if is_finite_verb_form(head.text, r.lang):
        return None, i  # "Sur 16 lignes, 14 fonctionneront": a verb, not what the number counts
    what = head.text
    if k < len(doc) and head.text[:1].isupper() and unit_symbol(head.text + doc[k].text, r):
        what, k = f"{head.text} {doc[k].text}", k + 1  # "2 518 milliards de F CFA": one symbol in two words
        return what, k
    k += half_tokens(doc, k, r)  # "trois ans et demi de prison": the half is in the value
    if amount.value >= 2 and k + 1 < len(doc) and doc[k].lower_ in r.words("ratio_words") and doc[k + 1].like_num:
        # "six TGV sur dix": a proportion counts its items out of the whole ("un train sur trois" counts none)
        return f"{what} {doc[k].text} {doc[k + 1].text}", k + 2
    if (
        not symbol  # "12 000 t de céréales": a unit measures its complement, the complement is no part of it
        and k + 1 < len(doc)
        and doc[k].lower_ in preps
        and is_noun(doc[k + 1])
        and doc[k + 1].head.i == head.i
        and not doc[k + 1].is_sent_start
    ):
        what, k = f"{what} {doc[k].text}{'' if doc[k].text.endswith(chr(39)) else ' '}{doc[k + 1].text}", k + 2
    return what, k


@cache
def _unit_symbols(lang: str, symbols: tuple[str, ...]) -> frozenset[str]:
    return frozenset(symbols) | frozenset(u.upper() for u in symbols if len(u) > 1)


def unit_symbol(word: str, r: Rules) -> bool:
    """A unit symbol or currency code as written ("900 MW", "31,3 Mt", "500 millions USD"), or in capitals
    ("11 GO"): the small model tags most as proper nouns, so they are read from data/figures.yml."""
    return word in _unit_symbols(r.lang, tuple(r.table.get("unit_symbols") or ()))


def half_tokens(doc, k: int, r: Rules) -> int:
    """How many tokens of "et demi(e)" start at ``k`` (0 when none): the half a number's value already holds."""
    for phrase in r.words("half_words"):
        words = phrase.split()
        if [t.lower_ for t in doc[k : k + len(words)]] == words:
            return len(words)
    return 0


def number_word(word: str, r: Rules) -> bool:
    """Whether a lower-case word is a number, in digits or words ("sept", "12")."""
    return word.replace(" ", "").replace(".", "").isdigit() or word in r.words("number_words")


def people_noun(token, r: Rules) -> bool:
    """A noun the small model does not tag as one: a demonym, capitalised as a noun ("23 Algériens", "12
    Marocains", tagged proper nouns), or a noun in inclusive writing ("4.200 salarié·es", "300 agent·es")."""
    word = token.text
    if "·" in word or "•" in word:
        return all(part.isalpha() for part in re.split(r"[·•]", word) if part) and word[:1].islower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and not token.is_sent_start
        and (country_of_demonym(word, r.lang) is not None or is_regional_demonym(word, r.lang))
    )


def is_noun(token) -> bool:
    return token.is_alpha and (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower))


def words_after(text: str, end: int) -> set[str]:
    return set(re.findall(r"\w+", text[end : end + 20].lower())[:1])


def words_before(text: str, start: int, n: int = 3) -> list[str]:
    return re.findall(r"[\w']+|[^\w\s]", text[max(0, start - 40) : start].lower())[-n:]


def closes_range(text: str, first: Amount, second: Amount, r: Rules) -> bool:
    """Whether ``second`` closes a range opened by ``first`` ("de 6 à 30", "entre 10 et 15", "cinq ou six").

    "et" makes a range only after "entre": "10 morts et 15 blessés" is two facts; "ou" makes an
    approximation by two neighbouring values ("cinq ou six blessés"), as a comma does in speech ("29, 30 élèves").
    """
    link = range_link(text, first, second, r)
    if first.value >= second.value and first.scale == 1.0 and second.scale == 1.0:
        return False  # "l'article 12 à deux reprises": a range rises
    if first.unit and not second.unit:
        return False  # "en baisse de 1,2 % à 7 350 points": a change and a level; a range writes its unit last
    if link == "and":
        return bool(set(words_before(text, first.start, 1)) & r.words("between_words"))
    if link == "or":
        # "cinq ou six blessés", "20 ou 30 millions"; side by side ("29, 30 élèves", "trois, quatre ans") only
        # for neighbours, and not as the head of a list ("12, 13 et 14 ans")
        if text[first.end : second.start].strip() == ",":
            if second.value - first.value != 1 or first.scale != second.scale:
                return False
            return not re.match(r"\s*(?:[,;]|(?:et|ou|and|or)\s)", text[second.end : second.end + 5], re.I)
        return True
    return link == "to"


def range_link(text: str, first: Amount, second: Amount, r: Rules) -> str | None:
    """The kind of the link between two numbers (data/figures.yml ``range_links``): "to", "and", "or" or None;
    for "and", past the noun of the first when the second repeats it ("entre 4 ans et 5 ans de prison"); not
    "to", as "a reculé de 85 points à 7350 points" is a change and a level."""
    between = text[first.end : second.start].strip().lower()
    links = r.table["range_links"]
    if between not in links and len(between.split()) == 2:
        noun, link = between.split()
        repeated = re.match(r"\s*([\w'-]+)", text[second.end : second.end + 30])
        if links.get(link) == "and" and repeated and repeated.group(1).lower() == noun:
            return "and"
    return links.get(between)


def sent_start(span) -> int:
    return span.sent.start_char


def is_change(sent, r: Rules) -> bool:
    return any(t.lemma_.lower() in r.words("change_verbs") for t in sent if t.pos_ == "VERB")


def bare_value_rule(doc, span, r: Rules) -> tuple[str | None, str | None]:
    """A number that counts nothing named but is still a figure, and its rule and ``what``:
    the value of a change or a level ("s'est accru de 3823", "pour s'établir à 153'260",
    "une augmentation de 5102", "le bilan est de 23"), or a measure or threshold named before it ("un séisme de magnitude 7,4",
    "a franchi le cap des 100 000")."""
    if span.start < 2 or doc[span.start - 1].is_sent_start:
        return None, None
    before, verb = doc[span.start - 1], doc[span.start - 2]
    if before.lower_ in r.words("measure_nouns"):
        return "named measure", before.text
    year = re.fullmatch(r"\d{4}", span.text)  # "le budget de 2024", "la loi est de 1905": a date
    if before.lower_ in r.words("threshold_prepositions") and verb.lemma_.lower() in r.words("threshold_nouns"):
        # "a franchi le cap des 100 000", "les victimes, au nombre de 45", "à hauteur de 400 000"
        return ("named measure", None) if not year else (None, None)
    k = span.start - 2
    while k > 0 and doc[k].pos_ == "ADV" and span.start - k <= 4 and not doc[k].is_sent_start:
        k -= 1  # past adverbs: "a encore augmenté de…", "est désormais de 150"
    verb = doc[k]
    if before.lower_ in r.words("value_prepositions") and (
        verb.lemma_.lower() in r.words("value_verbs") or verb.lower_ in r.words("change_nouns")
    ):
        return "value of change", None
    if (
        before.lower_ in r.words("copula_value_prepositions")
        and verb.lemma_.lower() in r.words("value_copulas")
        and not year
    ):
        return "value of change", None  # "le bilan provisoire est de 23", "le nombre de victimes est désormais de 150"
    return None, None


def elided_count(
    doc, span, amount: Amount, r: Rules, antecedent: str | None, listed: bool
) -> tuple[str | None, str | None]:
    """A bare number that stands for a noun (French nominal ellipsis) is a count, with the noun it stands for
    (``antecedent``: what the figure before it in the paragraph counted, or None): a part of a set ("deux d'entre
    elles", "les six autres membres"), a subject ("six ont été grièvement blessées", "63 000 en ont accepté
    une"), a predicate of a pronoun ("ils sont 25 à…"), the object of "en" ("une société qui en compte 400"),
    or, where ``listed`` (a figure before it in the sentence), an item of a list ("29 morts…, et deux dans la
    capitale", ", 15 en World Tour et 10 en Pro Team"). Years, "un" and numbers after "les"/"ces" that are
    no part ("les 27 se sont réunis") are not."""
    if amount.plain_year or amount.value < 2 or amount.scale != 1.0:
        return None, None
    doc_len, start, end = len(doc), span.start, span.end
    nxt = doc[end] if end < doc_len else None
    before = doc[start - 1] if start > 0 and not doc[start].is_sent_start else None
    dual = amount.value == 2 and before is not None and before.lower_ in r.words("anaphoric_determiners")
    if (
        antecedent
        and amount.value >= 10
        and before is not None
        and before.text == "("
        and nxt is not None
        and nxt.text == ")"
    ):
        # alone in brackets after what it measures, in a paragraph that counts: "202.000 entrées…, derrière
        # les éditions de 2011 (212.000)"; not a note's number "(3)"
        return "elided noun", antecedent
    if nxt is not None and nxt.lower_ in r.words("others_words") and not dual:  # "les deux autres": a known pair
        later = doc[end + 1] if end + 1 < doc_len else None
        if later is not None and is_noun(later) and not later.is_sent_start:
            return "elided noun", later.text  # "les neuf autres membres"
        return "elided noun", antecedent  # "les six autres"
    if nxt is not None and end + 1 < doc_len and nxt.lower_ + doc[end + 1].lower_ in r.words("partitive_pronouns"):
        return "elided noun", antecedent  # "deux d'entre elles"
    if nxt is not None and nxt.lower_ in r.words("whole_partitives") and end + 1 < doc_len and doc[end + 1].like_num:
        noun = doc[end + 2] if end + 2 < doc_len else None  # "sept des huit prévenus": a part of a whole counted
        return "elided noun", noun.text if noun is not None and is_noun(noun) else antecedent
    # "les 27 se sont réunis": a known set; "un train sur trois": a ratio; "France 2 veut": a name; "la 14
    # fonctionnera": a singular article before a number of two or more names an item (a line), counts none
    if before is not None and (
        before.lower_ in r.words("anaphoric_determiners")
        or (before.pos_ == "DET" and "Sing" in before.morph.get("Number") and "Art" in before.morph.get("PronType"))
        or before.lower_ in r.words("ratio_words")
        or before.pos_ == "PROPN"
    ):
        return None, None
    follow = end  # the word after the number, past an aside: "Onze, déjà en détention provisoire, vont comparaître"
    if nxt is not None and nxt.text == "," and before is None:
        follow = next((k + 1 for k in range(end + 1, min(doc_len, end + 10)) if doc[k].text == ","), doc_len)
    if follow < doc_len and not doc[follow].is_sent_start:
        word = doc[follow]
        verb = doc[follow + 1] if word.lower_ in r.words("quantity_clitics") and follow + 1 < doc_len else word
        if verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm") and not verb.is_sent_start:
            return "elided noun", antecedent  # "six ont été grièvement blessées"
    if before is not None:
        words = [t for t in doc[max(0, start - 3) : start] if t.pos_ != "ADV"]
        if (
            len(words) >= 2
            and words[-1].lemma_.lower() in r.words("copulas")
            and words[-2].lower_ in r.words("subject_pronouns")
        ):
            return "elided noun", antecedent  # "ils étaient encore 90.000"
        clitic = start >= 2 and doc[start - 2].lower_ in r.words("quantity_clitics")
        verb = before.pos_ in ("VERB", "AUX") or (
            start >= 3 and before.pos_ == "NOUN" and doc[start - 3].pos_ == "PRON"
        )
        if not clitic and start >= 3 and doc[start - 2].pos_ == "AUX" and before.pos_ in ("VERB", "ADJ"):
            # in a compound tense the auxiliary comes between: "et en a blessé 60", "qui en ont recensé 300"
            clitic = doc[start - 3].lower_ in r.words("quantity_clitics")
        if clitic and verb:
            return "elided noun", antecedent  # "qui en compte 400" (the small model reads "compte" as a noun)
        link = start - 1
        while (
            link > 0
            and start - link <= 3
            and (doc[link].pos_ == "ADV" or doc[link].lower_ in r.words("complement_preps"))
        ):
            link -= 1  # past a qualifier: "…, plus de 1.000 dans la R&D"
        if listed and doc[link].lower_ in r.words("list_links") and nxt is not None and nxt.pos_ == "ADP":
            if nxt.lower_ not in r.words("complement_preps"):
                return "elided noun", antecedent  # "…, et deux dans la capitale"
        if listed and _gapped(doc, start, r):  # "la police évalue à 3 000 …, les syndicats à 12 000"
            return "elided noun", antecedent
    return None, None


def _gapped(doc, start: int, r: Rules) -> bool:
    """The number ends a clause whose verb is left out after a list link: a noun phrase, perhaps a value
    preposition, then the number (", les syndicats à 12 000", "et les Nations unies 5.000")."""
    i = start - 1
    if doc[i].lower_ in r.words("value_prepositions"):
        i -= 1
    nouns = 0
    while i > 0 and start - i <= 6 and doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ"):
        nouns += doc[i].pos_ in ("NOUN", "PROPN")
        i -= 1
    return bool(nouns) and doc[i].lower_ in r.words("list_links") and not doc[i].is_sent_start


def counted_token(doc, start: int, end: int, what: str | None):
    """The token of the noun the number counts (the first word of ``what``), or None."""
    if not what:
        return None
    words = what.split()
    # a currency in two words ("F CFA") is counted by its last word, the one the units data knows
    first = words[-1] if len(words) == 2 and words[0][:1].isupper() and words[1].isupper() else words[0]
    return next((doc[i] for i in range(start, end) if doc[i].text == first), None)


def reading_rule(amount: Amount, ranged: bool, change: bool, carried: bool, what: str | None) -> str:
    """How the number was read: a row of the ``figures`` family in data/rules.yml."""
    if ranged:
        return "change" if change else "range bound"
    if carried:
        return "carried unit"
    if what is None:
        return "large number alone"
    if amount.approx:
        return "collective"
    return "number words" if amount.words else "digits"
