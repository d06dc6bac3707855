"""The vocabulary of statements: what a statement is, where its sentence is, which verb a
token is and which phrase credits a source. Shared by ``statements.py`` (finding quotations),
``reported.py`` (finding reported clauses) and the attribution modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from ..lexicon import Lexicon

CLAUSE_DEPS = ("ccomp", "obj", "advcl", "xcomp", "parataxis", "acl")
COMPLEMENT_DEPS = ("obj", "obl:arg", "obl", "obl:mod", "xcomp", "iobj")
NOMINAL = ("NOUN", "PROPN", "PRON")


@dataclass(frozen=True)
class Piece:
    """A quotation, or the part of one on one side of an incise: its words' characters and tokens."""

    inner_start: int
    inner_end: int
    span: object  # the Doc span, marks included
    incise: int | None = None  # the verb of an incise inside the marks that cuts it


@dataclass(frozen=True)
class Statement:
    """Reported words and the frame that reports them (token offsets in the parsed Doc)."""

    start: int  # first token of the words (a quotation: its opening mark)
    end: int
    kind: str  # direct | reported
    rule: str  # a row of data/rules.yml, family "statements"
    text: str  # the words, as the article writes them
    sentence: str  # the sentence(s) they were read from
    frame: tuple[int, int]  # the sentence(s) around the words: where a speaker may be written
    verbs: tuple[int, ...] = ()  # the verbs of saying of the frame, nearest first
    cue: int | None = None  # "selon", "pour", "après" of a selon-clause
    after: bool = False  # a reported clause whose verb follows it (an incise)
    short: bool = False  # a quotation of two to four words: speech only if its sentence says who
    opens: int = -1  # first token of the quotation's own sentence (the frame may start before it)
    incise: int | None = None  # the verb of an incise inside the quotation's marks


def sentence_of(token):
    """The sentence around a token, without trailing blank lines. Boundaries are briefgen's own
    (``nlp._paragraph_boundaries``: a final stop, a blank line or a dateline), not the parser's
    guesses, so a sentence here is what a reader calls one."""
    doc, sent = token.doc, token.sent
    start, end = sent.start, sent.end
    while end - 1 > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


def comma_incise(verb) -> int | None:
    """Where an incise inside a sentence closes ("Son gouvernement, a déclaré Milei, sera basé sur …",
    "La réforme, a expliqué le ministre, entrera …"): the verb group opens after a comma, its subject
    follows it (a name, or an article and its noun), and a comma closes it within ten words, before
    the sentence ends; None for any other verb ("X, chercheur à l'Institut, note que « … »")."""
    doc, sent = verb.doc, sentence_of(verb)
    i = verb.i - 1
    while i > sent.start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].text.startswith("-")):
        i -= 1
    if doc[i].text != "," or i == sent.start or doc[i - 1].pos_ == "PROPN":
        return None  # "Le secrétaire général, Karl Brenner, a condamné …": a name apposed to the subject
    close = next((t.i for t in doc[verb.i + 1 : min(sent.end, verb.i + 12)] if t.text in ",;:"), None)
    if close is None or close >= sent.end - 1 or doc[close].text != ",":
        return None
    words = [t for t in doc[verb.i + 1 : close] if not (t.pos_ == "ADV" or t.text.startswith("-"))]
    if not words or any(t.is_quote or t.pos_ in ("SCONJ", "VERB") for t in words):
        return None
    first = words[0]
    if not (first.pos_ in ("PROPN", "DET") or (first.text[:1].isupper() and first.is_alpha)):
        return None
    if first.pos_ == "DET" and first.head.dep_ == "obj" and first.head.head.i == verb.i:
        return None  # "…, a condamné des attaques abominables, estimant …": its object, not its subject
    # the sentence the incise cuts goes on with its verb ("…, sera basé sur"); an apposition before
    # a verb of saying ("Sean Hughes, coordinateur du PAM, a qualifié la situation de …, à tous
    # égards") leaves none after the next comma
    rest = takewhile(lambda t: t.text not in ",;:.!?", doc[close + 1 : sent.end])
    return close if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in rest) else None


@lru_cache(maxsize=65536)
def _verb_lemma(lemma: str, word: str, lex: Lexicon) -> str:
    """Asked for every token of every article: cached per (lemma, form)."""
    lemma = lemma.lower()
    saying = lex.saying  # "parle d'une chute": a phrase's verb is read the same way
    if lemma in saying:
        return lemma
    if word in lex.irregular_forms:
        return lex.irregular_forms[word]
    for ending in ("ées", "és", "ée", "é", "ent", "es", "e"):
        if word.endswith(ending) and word[: -len(ending)] + "er" in saying:
            return word[: -len(ending)] + "er"
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem[-2:] in ("ll", "tt") and stem[:-1] + "er" in saying:
            return stem[:-1] + "er"  # "rappellent", "appelle", "interpellent": -eler, -eter doubled
    for ending in ("ies", "is", "ie", "i", "it"):  # "a réagi", "a averti": second group
        if word.endswith(ending) and word[: -len(ending)] + "ir" in saying:
            return word[: -len(ending)] + "ir"
    return lemma


def verb_lemma(token, lex: Lexicon) -> str:
    """The lemma, or the first-group infinitive that the form shows when the lemmatizer
    returned the form itself ("estime" → estimer, "souligné" → souligner)."""
    return _verb_lemma(token.lemma_, token.lower_, lex)


def speech_phrase_words(verb, lex: Lexicon) -> frozenset[str]:
    """The words a verb's speech phrases write after it ("savoir" of "fait savoir", "part" of "fait part"),
    not their "que" (speech_verbs.yml, speech_phrases)."""
    return frozenset(
        w
        for phrase in lex.speech_phrases.get(verb_lemma(verb, lex), ())
        for w in phrase.split()
        if w not in lex.complementisers
    )


def author_of_source(doc, head, stop: int, lex: Lexicon):
    """ "selon les chiffres du Secrétariat d'État", "selon les estimations du SNUipp-FSU": the name
    source an author publishes is "of" (a proper noun right after de/du/des, or a body's kind:
    "selon les bilans des préfectures"), which speaks; so does
    the agent of a participle ("selon les chiffres communiqués par la direction"); None for "selon
    des informations du KCIA" (data: speech_verbs.yml, authored_sources)."""
    if head.lemma_.lower() not in lex.authored_sources and head.lower_ not in lex.authored_sources:
        return None
    for token in doc[head.i + 1 : min(stop, head.i + 5)]:
        if (token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper()) or (  # "du SNUipp-FSU" tagged a noun
            # "selon les bilans des préfectures", "les chiffres de la police": a body named by its kind
            token.pos_ == "NOUN" and (token.lemma_.lower() in lex.institutions or token.lower_ in lex.institutions)
        ):
            before = doc[token.i - 1]
            if before.pos_ == "DET" and token.i - 2 > head.i:
                before = doc[token.i - 2]
            return token if before.lower_ in lex.title_complements else None
        if "Part" in token.morph.get("VerbForm") and token.i + 1 < stop and doc[token.i + 1].dep_ == "case":
            agent = next((t for t in doc[token.i + 2 : min(stop, token.i + 5)] if t.pos_ in ("NOUN", "PROPN")), None)
            return agent if agent is not None and agent.head.i == token.i else None
        if token.pos_ not in ("ADP", "DET", "ADJ"):
            return None
    return None


def learned_from(verb, lex: Lexicon):
    """ "…, a-t-on appris auprès de la préfecture", "apprend-on de source policière": the nominal a
    verb of learning (speech_verbs.yml, learning_verbs) says the news came from, or None. "De source
    policière" names where words come from after any verb of saying ("…, a-t-on précisé de source
    judiciaire"): a bare source with its adjective can only be that; "auprès de" is a learning verb's."""
    learning = verb.lemma_.lower() in lex.learning_verbs
    doc = verb.doc
    # the indefinite "on" says nobody in particular speaks: the source phrase says who
    anyone = any(c.dep_.startswith("nsubj") and c.lower_.lstrip("-") in lex.impersonal for c in verb.children)
    if not learning and not anyone:
        return None
    for child in verb.children:
        if child.i < verb.i:
            continue
        if not learning:
            if (
                child.pos_ == "NOUN"
                and child.lemma_.lower() in lex.described_sources
                and doc[child.i - 1].lower_ == "de"
                and any(_describes(c, child) for c in child.children)
            ):
                return child
            continue
        if child.lower_ == "auprès":  # "auprès du parquet": the parse hangs the nominal on the adverb
            return next((c for c in child.children if c.pos_ in ("NOUN", "PROPN")), None) or next(
                (t for t in doc[child.i + 1 : child.i + 5] if t.pos_ in ("NOUN", "PROPN")), None
            )
        if child.pos_ == "NOUN" and child.lemma_.lower() in lex.described_sources and child.i > 0:
            if doc[child.i - 1].lower_ == "de":  # "de source policière", "de sources concordantes"
                return child
        if child.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "auprès" for c in child.children):
            return child
    return None


def source_phrase(doc, token, lex: Lexicon) -> tuple[int, bool] | None:
    """ "selon", "d'après", "aux yeux de", "Pour" ending at ``token`` (speech_verbs.yml,
    source_phrases): the phrase's first token, and whether it credits only as a sentence's frame
    ("Pour X, …", framing_sources), or None."""
    for words in lex.source_phrases.get(token.lower_.replace("\u2019", "'"), ()):
        opens = token.i - len(words) + 1
        if opens < 0 or any(doc[opens + k].lower_.replace("\u2019", "'") != w for k, w in enumerate(words)):
            continue
        return opens, " ".join(words) in lex.framing_sources
    return None


def source_of_facts(token, lex: Lexicon) -> bool:
    """ "selon les informations du renseignement", "selon des sources du KCIA": a noun that names a
    source of facts, not someone; a source an adjective describes is someone ("selon une source
    diplomatique", "des sources proches du dossier": speech_verbs.yml, described_sources)."""
    lemma = token.lemma_.lower()
    if lemma not in lex.not_speakers and token.lower_ not in lex.not_speakers:
        return False
    described = lemma in lex.described_sources or token.lower_ in lex.described_sources
    return not (described and any(_describes(c, token) for c in token.children))


def described_source(token, lex: Lexicon) -> bool:
    """ "une source policière", "la source policière", "des sources proches du dossier": a source an
    adjective describes is an unnamed person, whatever its determiner (speech_verbs.yml, described_sources)."""
    lemma = token.lemma_.lower()
    described = lemma in lex.described_sources or token.lower_ in lex.described_sources
    if any("Dem" in c.morph.get("PronType") for c in token.children):
        return False  # "selon cette même source": the source named before, not a new one
    return token.pos_ == "NOUN" and described and any(_describes(c, token) for c in token.children)


def _describes(child, noun) -> bool:
    """An adjective of the noun, or a word glued after it with no preposition (the tagger reads
    "sources concordantes" as two nouns)."""
    if child.dep_ == "amod" or child.pos_ == "ADJ":
        return True
    return child.i == noun.i + 1 and child.text.islower() and not any(c.dep_ == "case" for c in child.children)


def loose_mark(token) -> bool:
    """Punctuation a statement does not end with; "%" and "‰", which spaCy calls punctuation,
    are units of the number before them ("autour de 1 %")."""
    return token.is_punct and token.text not in ("%", "‰")


def clitic_word(text: str) -> str:
    """The pronoun an inverted clitic writes: "-t-elle" and "-il" are "elle" and "il"."""
    return text.lower().lstrip("-").removeprefix("t-")


def inverted_clitic(text: str, pronouns) -> bool:
    """A subject clitic inverted after its verb, glued by its hyphen ("-il", "-t-elle")."""
    return text.startswith("-") and clitic_word(text) in pronouns


def euphonic_t(text: str) -> bool:
    """The "-t-" French writes between a verb ending in a vowel and its inverted subject clitic
    ("a-t-il", "précise-t-elle"), which the tokenizer may leave on its own: no pronoun, and only
    ever between a verb and its clitic."""
    return text.startswith("-") and clitic_word(text) == "t"
