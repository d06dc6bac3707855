"""What the clause says of a counted noun, and the nouns a unit is written as (for extract/about.py).

- **predicate**: what a clause says of a counted subject, as a phrase after the noun ("personnes
  décédées dans l'incendie", "patients dormant chaque nuit", "TGV devant rouler pendant la grève"), the
  subject read linearly where the parse gives the noun another role ("Plus de 70 roquettes ont été tirées…");
- **object participle**: what the verb did to a counted object ("soldats envoyés en Russie"), the
  adjective of an impersonal verb ("il manque 300 enseignants" → "enseignants manquants"), the body that
  asks for a sum or a sentence ("somme réclamée par les pirates");
- **length** and **sum**: a count of a time unit or a currency counts no thing of its own: "mois exigés"
  reads "durée exigée", "euros détournés" "somme détournée", "seize mois après des élections" "durée
  après des élections".

Split from about_nouns.py, which finds the noun a figure measures.
"""

from __future__ import annotations

from ..lexicon import AboutWords
from ..lexicon.common_words import is_inflected_form
from ..nlp import Parsed
from . import about_context as cx
from . import about_verbs as av
from . import phrases as ph
from . import verb_forms as vf
from .about_nouns import qualified
from .phrases import MAX_TOKENS, NOUNS, SUBJECTS


def predicate(parsed: Parsed, verb, noun, sent, stop: set[int], words: AboutWords):
    """What the clause says of a counted subject, as a phrase after the noun, and its tokens:
    a passive or "être" verb as its participle ("personnes décédées dans l'incendie d'un immeuble"),
    another verb with "ayant" ("manifestants ayant défilé à Paris"), a predicate noun or adjective
    with its preposition ("références en rupture d'approvisionnement", "soldats présents en Russie").
    None for a verb that only states a level or owns a count ("atteindre", "avoir")."""
    doc = parsed.doc
    lexical = vf.lexical(verb, words)
    lemma = lexical.lemma_.lower()
    if lemma in words.auxiliaries or lemma in words.level_verbs or lemma in words.change_nouns:
        return None  # "12 personnes ont 3 enfants", "la hausse atteint 7001 personnes"
    if lemma in words.copulas:  # "2,7 millions de personnes restent inscrites" → "personnes inscrites"
        j = lexical.i + 1
        while j < sent.end and doc[j].pos_ == "ADV":
            j += 1
        attribute = doc[j] if j < sent.end and j not in stop else None
        if attribute is None or attribute.pos_ not in ("ADJ", "VERB") or attribute.i < noun.i:
            return None
        span = ph.phrase(doc, attribute, sent, stop, words, limit=words.predicate_tokens) or (j, j + 1)
        return ph.text(parsed, (j, max(span[1], j + 1))), (lexical.i, max(span[1], j + 1))
    modal = words.modals.get(lemma)
    if modal:  # "devaient rouler pendant la grève" → "devant rouler pendant la grève"
        infinitive = next((c for c in lexical.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        after = doc[lexical.i + 1] if lexical.i + 1 < sent.end else None
        if infinitive is None and after is not None and after.is_lower and after.i not in stop:
            # "vont disparaître" with the infinitive tagged a noun: read by its ending
            infinitive = after if after.lower_.endswith(tuple(words.participle_endings)) else None
        if infinitive is None:
            return None
        span = ph.phrase(doc, infinitive, sent, stop, words, limit=words.predicate_tokens)
        if span is None or span[1] <= lexical.i + 1:
            return None
        form, _, preposition = modal.partition(" ")
        if preposition:  # "appelé à" agrees with the noun: "emplois appelés à disparaître"
            plural = "Plur" if noun.lower_.endswith(("s", "x")) else noun.morph.get("Number")
            form = f"{vf.agreed(form, noun.morph.get('Gender'), plural)} {preposition}"
        return f"{form} {ph.text(parsed, (lexical.i + 1, span[1]))}", (lexical.i, span[1])
    span = ph.phrase(doc, lexical, sent, stop, words, limit=words.predicate_tokens)
    if span is None:
        return None
    rest = ph.text(parsed, (lexical.i + 1, span[1])) if span[1] > lexical.i + 1 else ""
    if not rest and lemma in words.light_verbs:
        return None  # "ayant fait" says nothing without its object
    if lexical.pos_ == "VERB" and lexical.lower_ != lemma and not is_inflected_form(lexical.text, words.lang):
        # "en vigilance orange ce dimanche" ("orange" read as "oranger"), "sont activement recherchés"
        # ("activement" as "activemer"): a verb form the lemmatizer does not know is no verb to conjugate
        return None
    if lexical.pos_ == "VERB":
        auxiliaries = [c.lemma_.lower() for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)
        negated = any(c.lower_ in words.negations for c in (*verb.children, *lexical.children))
        if passive or words.passive_auxiliary in auxiliaries:
            # the participle as written agrees with its subject already ("sont « présumés morts »")
            written = "Part" in lexical.morph.get("VerbForm") and lexical.is_lower
            form = lexical.text if written else vf.participle(lexical, noun, words)
            if form and negated:  # "ne seront pas jugés" → "non jugés"
                form = f"{words.negative} {form}"
        elif (
            vf.in_present(lexical, words) and not auxiliaries and not negated and vf.present_participle(lexical, words)
        ):
            form = vf.present_participle(lexical, words)  # "200 patients dorment…" → "patients dormant…"
            clitic = doc[lexical.i - 1].lower_.replace("’", "'") if lexical.i > 0 else ""
            if clitic in ("s'", "se"):  # "militaires s'entraînent" → "militaires s'entraînant"
                form = f"s'{form}" if form[:1] in ph.VOWELS else f"se {form}"
        else:
            form = vf.participle(lexical, noun, words, agree=False)
            adverbs = [c.lower_ for c in (*verb.children, *lexical.children) if c.lower_ in words.negative_adverbs]
            having = " ".join([words.negated_having, *adverbs[:1]]) if negated else words.having
            form = f"{having} {form}" if form else None  # "n'ont pas défilé" → "n'ayant pas défilé"
        if form is None:
            return None
        return " ".join(p for p in (form, rest) if p), (lexical.i, span[1])
    # "Deux militaires sont morts mercredi": a participle the tagger took for a noun, with "être" for auxiliary
    if not any(c.dep_ == "cop" or c.dep_ == "aux:pass" for c in verb.children) or lexical.i < noun.i:
        return None
    case = [c for c in verb.children if c.dep_ == "case" and c.i < verb.i]
    start = case[0].i if case else span[0]
    if any(i in stop for i in range(start, span[1])):
        return None
    return ph.text(parsed, (start, span[1])), (start, span[1])


def bare_predicate(parsed: Parsed, number, verb, stop: set[int], words: AboutWords) -> str | None:
    """What the clause says of a number that is its subject with no noun of its own ("En tout, 24 sont mortes
    de cette maladie", "Parmi eux, 12 ont été hospitalisés", "37 % sont insatisfaites"): the predicate as
    written, agreed as the article agrees it ("mortes de cette maladie", "hospitalisés")."""
    root = number.root
    if verb is None or root.dep_ not in SUBJECTS or root.head.i != verb.i or root.i > verb.i:
        return None
    lexical = vf.lexical(verb, words)
    if "Part" in lexical.morph.get("VerbForm") or lexical.pos_ == "ADJ":  # written agreed with the number's noun
        span = ph.phrase(parsed.doc, lexical, number.sent, stop, words, limit=words.predicate_tokens)
        return ph.text(parsed, (lexical.i, span[1])) if span else None
    found = predicate(parsed, verb, lexical, number.sent, stop, words)
    return found[0] if found else None


def written_as(parsed: Parsed, number, counted, stop: set[int], words: AboutWords) -> str | None:
    """ "3 170 milliards en recettes et 3 987 milliards en dépenses", "2 millions d'euros en subventions": a sum
    or a bare amount followed by "en" and a plural noun without article is that noun (a mode, "en moyenne",
    "en volume", is singular; a date or a place has its own words)."""
    doc = parsed.doc
    sent = number.sent
    if counted is not None and counted.lower_ not in words.currency_nouns:
        return None
    i = (counted.i if counted is not None else number.end - 1) + 1
    if i + 1 >= sent.end or doc[i].lower_ != words.domain_preposition:
        return None
    noun = doc[i + 1]
    if (
        noun.pos_ != "NOUN"
        or "Plur" not in noun.morph.get("Number")
        or noun.lower_ in words.locution_nouns
        or noun.i in stop
        or any(c.dep_ == "det" for c in noun.children)
    ):
        return None
    span = ph.phrase(doc, noun, sent, stop, words, limit=6)
    return ph.text(parsed, span) if span else None


def elapsed(parsed: Parsed, counted, sent, stop: set[int], words: AboutWords) -> str | None:
    """ "seize mois après des élections", "trois jours avant le scrutin": a count of a time unit followed by
    "après" or "avant" and an event is the time since or before that event, read linearly from the
    preposition (such openings parse badly); the preposition and the event's phrase, or None."""
    doc = parsed.doc
    i = counted.i + 1
    if i + 1 >= sent.end or doc[i].lower_ not in words.elapsed_prepositions or i in stop:
        return None
    j = i + 1
    while j < sent.end and doc[j].pos_ == "DET":
        j += 1
    if j >= sent.end or doc[j].pos_ not in NOUNS or j in stop:
        return None
    span = ph.phrase(doc, doc[j], sent, stop, words)
    return ph.text(parsed, (i, span[1])) if span else None


def set_period(parsed: Parsed, number, counted, verb, stop: set[int], words: AboutWords) -> str | None:
    """A count of a time unit after "pour" is the length the verb sets for its object: "a proclamé l'état
    d'urgence pour 30 jours" → "durée de l'état d'urgence proclamé", "a fermé le site pour trois mois" →
    "durée du site fermé". The object is read linearly, from right after the verb to the preposition (the
    small model often breaks "l'état d'urgence" apart); None without one, or with a clause or a comma between."""
    doc = parsed.doc
    sent = number.sent
    before = qualified(number) - 1
    if verb is None or before <= sent.start or doc[before].lower_ not in words.set_period_prepositions:
        return None
    lexical = vf.lexical(verb, words)
    start = lexical.i + 1
    while start < before and doc[start].pos_ == "ADV":
        start += 1
    inside = doc[start:before]
    if (
        not 0 < len(inside) < MAX_TOKENS
        or doc[start].pos_ not in ("DET", *NOUNS)
        or lexical not in doc[start].ancestors
    ):
        return None  # "a proclamé l'état d'urgence": what follows the verb is its object, not "le 3 mai"
    if any(t.is_punct or t.i in stop or t.dep_ in ("mark", *SUBJECTS) or cx.is_period(t, words) for t in inside):
        return None
    article = doc[start].lower_.replace("’", "'")
    det = doc[start] if article in words.definite_articles.values() else None
    rest = ph.text(parsed, (start + 1, before)) if det is not None else ph.text(parsed, (start, before))
    if not rest:
        return None
    form = vf.participle(lexical, doc[start], words, agree=False)
    text = ph.join(words.time_dimension, words.owner_preposition, det, rest, words)
    return f"{text} {form}" if form else text


def head_noun(core, words: AboutWords):
    """The noun a count of a time unit or of a currency is written as, and its gender and number: a length
    ("durée") or a sum ("somme"), since neither counts a thing of its own; None for any other noun."""
    if core.lower_ in words.time_units:
        return words.time_dimension, words.time_agreement
    if core.lower_ in words.currency_nouns and words.money_head:
        return words.money_head, words.money_agreement
    return None


def as_head(parsed: Parsed, unit, text: str, words: AboutWords) -> str:
    """A phrase headed by a count of a time unit or a currency reads with its ``head_noun``: "mois exigés par
    la Cédéao" → "durée exigée par la Cédéao", "euros détournés" → "somme détournée" (a participle right
    after agrees with the new head). A unit an adjective qualifies counts a kind of thing, not a length
    ("heures supplémentaires", "jours fériés"): unchanged."""
    doc = parsed.doc
    head = head_noun(unit, words)
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if head is None or not text.startswith(unit.text) or not text[len(unit.text) :].strip():
        return text  # a bare "dollars" says no less than a bare "somme"
    if after is not None and after.pos_ == "ADJ" and after.head.i == unit.i:
        return text
    rest = text[len(unit.text) :]
    if after is not None and "Part" in after.morph.get("VerbForm") and rest.lstrip().startswith(after.text):
        form = vf.participle(after, unit, words, like=head[1])
        if form:
            rest = f" {form}{rest.lstrip()[len(after.text) :]}"
    return f"{head[0]}{rest}"


def verb_after(doc, number, noun, span: tuple[int, int], words: AboutWords):
    """The verb a counted noun is the subject of, read linearly where the parse gives it another role: the
    figure opens its clause ("Plus de 70 roquettes ont été tirées…", "… montre que 200 patients dorment…")
    and the verb follows its phrase at once, after its auxiliaries, agreeing in number. None otherwise."""
    sent = noun.sent
    before = qualified(number) - 1
    while before >= sent.start and doc[before].pos_ == "DET":
        before -= 1  # "Les 70 roquettes"
    opens = before < sent.start or doc[before].is_punct or doc[before].pos_ in ("SCONJ", "CCONJ")
    if not opens or number.start > noun.i:
        return None
    j = span[1]
    while j < sent.end and (doc[j].pos_ == "AUX" or doc[j].lower_ in words.negations):
        j += 1
    if j >= sent.end or doc[j].pos_ != "VERB" or (j == span[1] and "Fin" not in doc[j].morph.get("VerbForm")):
        return None
    number_of = doc[span[1]].morph.get("Number")  # the first verb form agrees with its subject
    if number_of and noun.morph.get("Number") and number_of != noun.morph.get("Number"):
        return None
    return doc[j]


def object_participle(
    parsed: Parsed,
    core,
    span: tuple[int, int],
    verb,
    text: str,
    sentence: bool,
    stop: set[int],
    taken: set[int],
    words: AboutWords,
    what_end: int = 0,
    like: tuple | None = None,
):
    """A counted object with what the verb did to it, as a participle after the noun, its adjectives and its "de"
    complements ("soldats nord-coréens envoyés en Russie", "peine de prison requise contre…"); a modal's
    predicate instead ("TGV devant rouler"), an impersonal verb's adjective ("enseignants manquants"), the body
    that acts on a sum or asks for a sentence ("somme réclamée par les pirates"). The text and the step read
    ("participle", "predicate" or None); ``taken`` gets the tokens the text uses; ``like`` (gender, number) agrees
    the participle with the noun as the caller reads it."""
    doc = parsed.doc
    sent = core.sent
    added = None
    written = head_noun(core, words)  # "durée exigée" for "mois"
    like = words.sentence_agreement if sentence else (written[1] if written else like)
    form = vf.participle(av.acting_lemma(verb, words), core, words, like=like)  # "mis la main sur" → "saisi"
    modal = predicate(parsed, verb, core, sent, stop | taken, words) if av.modal(verb, words) else None
    if modal:  # "…, ainsi que six TGV sur dix" after "devaient rouler": a modal takes no object
        form, text, added = None, f"{text} {modal[0]}", "predicate"
        taken |= set(range(*modal[1]))
    lacking = av.impersonal(verb, words)
    if lacking:  # "il manque 300 enseignants" → "enseignants manquants"
        form = vf.agreed(lacking, *(like or (core.morph.get("Gender"), core.morph.get("Number"))))
    if form:  # after the noun and its adjectives: "soldats nord-coréens envoyés en Russie"
        # after the noun, its adjectives and its "de" complements: "conteneurs de munitions
        # d'artillerie fournis à la Russie", "ans de prison requis contre…"
        split = max(core.i + 1, min(what_end, span[1]))
        while split < span[1] and (
            doc[split].pos_ in ("ADJ", "NOUN", "DET")
            or (doc[split].pos_ == "PROPN" and doc[split - 1].pos_ in ("DET", "ADP", "PROPN"))  # "de l'Ocean Viking"
            or doc[split].dep_.startswith("flat")  # a name's next word, whatever its tag ("Viking" as X)
            or (
                doc[split].pos_ == "ADP"
                and doc[split].lower_ in words.partitive
                and split + 1 < span[1]
                and doc[split + 1].pos_ in ("ADJ", "NOUN", "DET", "PROPN")  # not "5 centimes de plus"
            )
        ):
            split += 1
        if split < span[1] and doc[split].pos_ == "VERB" and doc[split].head.i == core.i:
            form = ""  # "les 18 mois réclamés par les syndicats": the noun's own participle says it
        rest = ph.text(parsed, (split, span[1])) if split < span[1] else ""
        head = ph.text(parsed, (span[0], split))
        if sentence:
            head = f"{words.sentence_head} {ph.text(parsed, (core.i + 1, split))}"
        text = " ".join(p for p in (head, form, rest) if p)
        by = av.agent_of(parsed, verb, span, stop | taken, words) if form else None
        if by and (by[0] is not None or by[1][:1].isupper() or not written) and not lacking:
            # a sum is what someone spends or asks: "les pirates réclament 2 millions de dollars" → "somme
            # réclamée par les pirates" (a definite or named body); what is counted, whoever did it: "Un
            # bombardement a tué 14 personnes" → "personnes tuées par bombardement"
            text = ph.join(text, words.agent_preposition, by[0], by[1], words)
        added = "participle" if form else None
    return text, added


def hanging_participle(doc, core, span: tuple[int, int], stop: set[int], words: AboutWords) -> tuple[int, int] | None:
    """ "les représentants de 195 pays ayant participé à la COP21": a participle clause written right after the
    counted noun is the noun's, though the small model hangs it on the noun the count completes; the span it
    extends the phrase to, or None."""
    sent = core.sent
    j = span[1]
    if j >= sent.end or core.dep_ != "nmod" or core.head.i >= core.i or core.head.i in stop or head_noun(core, words):
        return None  # "2,5 millions d'euros ponctionnés": a sum's participle is read with its head noun ("somme")
    first = doc[j]
    verb = first.head if first.pos_ == "AUX" and first.dep_.startswith("aux") else first
    if verb.dep_ != "acl" or verb.head.i != core.head.i or "Part" not in verb.morph.get("VerbForm"):
        return None
    if first.i != verb.i and "Part" not in first.morph.get("VerbForm"):
        return None  # "ayant", "étant": a participle too; not a finite auxiliary
    end = max(t.i for t in verb.subtree) + 1
    # "… à la COP21 que le chef de la diplomatie a dirigée": the participle's clause, not the one inside it
    end = next((t.i for t in doc[verb.i : end] if "Rel" in t.morph.get("PronType") or t.dep_ == "mark"), end)
    if min(t.i for t in verb.subtree) < j or end - j > words.predicate_tokens or any(i in stop for i in range(j, end)):
        return None
    while end - 1 > j and doc[end - 1].is_punct:
        end -= 1
    return span[0], end
