"""What looks like a name but names no actor: decided from the parse and the article, never from a list
of the strings that failed.

- a section label: a name alone on its line ("Séisme", "Logement");
- a rubric: a short label opening a paragraph before a colon ("Santé : les hôpitaux…", "Séisme : bilan…"),
  unless a quotation follows (then the label is a speaker: "Macron : « … »");
- a quoted title or slogan: a name inside a short quotation with no verb (« Atteinte aux intérêts
  suisses », “Liberté, Égalité, Fraternité”);
- a date word: months and weekdays ("Lundi, le président…");
- a common noun phrase opening a sentence: a capitalised word with a lower-case modifier hung on it
  ("Grippe aviaire : …", "Sévère revers de l'armée"), the word written nowhere else;
- a common word capitalised because it opens a sentence: the parse gives it verb morphology or a closed
  class ("Envoyer des troupes…": VerbForm=Inf; "Ladite commission…": a determiner), its lemma is an inflected common word ("Soutenus" →
  "soutenu"), it is a participle ending before a preposition ("Réunis à Paris"), the article writes
  it in lower case elsewhere, or the language's lemmatizer knows it as a common word and the article never
  writes it capitalised past a sentence start ("Sinon, la préfecture…");
- a shouted word: capitals on a word, not an acronym ("BRAVO à nos Éléphants");
- a currency code: ISO 4217, babel's list ("1,08 USD", "l'EUR"), or its one-word symbol ("FCFA");
- a shouted phrase: capitals beside a function word in capitals ("VRAI OU FAKE");
- a label before a colon opening a sentence ("Verdict : un document…");
- a street: the name after a street noun, past its titles ("boulevard Maréchal Joffre").
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import cache

from ...data import load_data
from ...lexicon.common_words import is_common_word

log = logging.getLogger(__name__)

OPENING = {"«", "“", '"'}
CLOSING = {"»", "”", '"'}
QUOTE_LIMIT = 10  # tokens: a title or slogan is short; a longer quotation is speech
VOWELS = "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ"
WORDLIKE = re.compile(rf"^(?:[^{VOWELS}]{{0,2}}[{VOWELS}]+){{2,}}[^{VOWELS}]{{0,2}}$")


@cache
def currency_codes(lang: str = "fr") -> frozenset[str]:
    """ISO 4217 codes, the one-word symbols the language writes them with ("FCFA" for XAF in French), and
    the unit symbols in capitals the figures data reads after amounts ("CFA", "DH", "MW")."""
    from babel.numbers import get_currency_symbol, list_currencies

    codes = set(list_currencies())
    symbols = {get_currency_symbol(code, lang) for code in codes}
    units = (load_data("figures").get(lang) or {}).get("unit_symbols") or []
    written = {str(u) for u in units if str(u).isalpha() and str(u).isupper() and len(str(u)) > 1}
    return frozenset(codes | written | {s for s in symbols if s.isalpha() and s.isupper()})


class NotNames:
    """Checks shared by the passes that read capitalised words as names."""

    def _lowercase_words(self) -> frozenset[str]:
        """Words the article writes in lower case somewhere: common words, whatever a sentence start does."""
        if not hasattr(self, "_lower_seen"):
            self._lower_seen = frozenset(t for t in self.texts if t.islower())
        return self._lower_seen

    def not_a_name(self, start: int, end: int, label: str = "") -> str | None:
        """Why the span [start, end) names no actor, or None."""
        doc = self.doc
        first = doc[start]
        if self.lowers[start] in self.words.months:
            return "date word"
        if self._rubric(start, end):
            return "rubric"
        if self._street(start):
            return "street name"
        if self._fills_its_block(start, end):
            return "section label"
        if label != "PER" and self._quoted_title(start, end):
            return "quoted title"
        if self._shouted_words(start, end):
            return "words said"
        if end - start == 1 and self._common_word_at_sentence_start(first, label):
            return "common word at a sentence start"
        if end - start == 1 and self._common_noun_phrase_at_sentence_start(first):
            return "common noun phrase at a sentence start"
        if label == "PER" and end - start == 1 and self._under_a_determiner(start):
            return "a thing under a determiner"
        if end - start <= 2 and any(
            "".join(self.texts[s:end]) in currency_codes(self.lang) for s in (start, max(start - 1, 0))
        ):
            return "currency code"  # "2 518 milliards de F CFA": the symbol written in two words
        if end - start == 1 and first.text.isupper() and first.is_alpha:
            if first.text in currency_codes(self.lang):
                return "currency code"
            if len(first.text) >= 5 and label != "ORG" and WORDLIKE.match(first.text):
                return "shouted word"
            if self._shouted_phrase(start):
                return "shouted phrase"
            if self._shouted_block(start):
                return "heading in capitals"
        if end - start == 1 and self._sentence_start(first) and end < len(doc) and self.texts[end] == ":":
            if not (end + 1 < len(doc) and self.texts[end + 1] in OPENING):
                return "label before a colon"  # "Verdict : un document de 33 pages"
        return None

    def _under_a_determiner(self, start: int) -> bool:
        """ "ce Tweet d'Alain Duffoux", "pas un Picasso", "le successeur de Macron à l'Economie": a capitalised
        word under a determiner, demonstrative, indefinite or definite, is a thing (a work, a kind, a
        portfolio), not a person, whose name takes none (a body under its article is the articled-names
        pass's to find: "la Fnac a annoncé")."""
        if start == 0:
            return False
        before = self.doc[start - 1]
        return (
            before.pos_ == "DET"
            and before.text.islower()
            and bool(
                {"Dem", "Ind", "Art"} & set(before.morph.get("PronType"))
                or {"Ind", "Def"} & set(before.morph.get("Definite"))
            )
        )

    def _shouted_phrase(self, i: int) -> bool:
        """ "VRAI OU FAKE", "PARIS LA DÉFENSE": capitals next to a function word in capitals, or a function word
        in capitals next to capitals, are a shouted phrase, not acronyms."""
        itself = self.doc.vocab[self.lowers[i]].is_stop
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.doc) and self.texts[j].isupper() and self.texts[j].isalpha():
                if itself or self.doc.vocab[self.lowers[j]].is_stop:
                    return True
        return False

    def _shouted_block(self, i: int) -> bool:
        """ "PALME D'OR", "THE ZONE OF INTEREST réalisé par…": a line whose words are in capitals and hold a
        function word or a word-like one is a heading; its words are not acronyms ("CGT, FO et CFDT" holds
        lower-case words; "CGT, FO, CFDT" is no heading: no function word in capitals)."""
        if not hasattr(self, "_shouted_blocks"):
            blocks: dict[int, list[int]] = {}
            for k, t in enumerate(self.parsed.tokens):
                if t.is_alpha:
                    blocks.setdefault(self.parsed.block_of(t.idx), []).append(k)
            shouted = set()
            for block, tokens in blocks.items():
                # the line's head: its words in capitals up to the first lower-case one
                head = []
                for k in tokens:
                    if not self.texts[k].isupper():
                        break
                    head.append(k)
                if len(head) >= 2 and any(
                    self.doc.vocab[self.lowers[k]].is_stop
                    or (len(self.texts[k]) >= 5 and WORDLIKE.match(self.texts[k]))
                    for k in head
                ):
                    shouted.add(block)
            self._shouted_blocks = shouted
        return self.parsed.block_of(self.doc[i].idx) in self._shouted_blocks and self._in_leading_capitals(i)

    def _in_leading_capitals(self, i: int) -> bool:
        """The token is among the words in capitals that open its line."""
        j = i
        while j >= 0 and not self._new_block(j - 1, i):
            if self.doc[j].is_alpha and not self.texts[j].isupper():
                return False
            j -= 1
        return True

    def _street(self, start: int) -> bool:
        """ "boulevard Maréchal Joffre", "rue du Général-Leclerc": a name in an address, past its titles."""
        i = start - 1
        while i >= 0 and start - i <= 4:
            lower = self.lowers[i]
            if lower in self.words.street_nouns:
                return True
            if not (
                lower in self.words.roles
                or lower in self.words.modifiers
                or lower in self.words.particles
                or lower in self.words.honorifics
                or self.doc[i].pos_ == "DET"
            ):
                return False
            i -= 1
        return False

    def _previous_word(self, i: int, skip: set[str]) -> int:
        i -= 1
        while i >= 0 and (self.doc[i].is_space or self.texts[i] in skip):
            i -= 1
        return i

    def _new_block(self, i: int, start: int) -> bool:
        return i < 0 or self.parsed.block_of(self.doc[i].idx) != self.parsed.block_of(self.doc[start].idx)

    def _sentence_start(self, token) -> bool:
        """The token opens a sentence, a paragraph or a quotation that opens one."""
        i = self._previous_word(token.i, OPENING)
        return (
            token.is_sent_start
            or self._new_block(i, token.i)
            or self.texts[i] in (".", "!", "?", "…", ":")
            or self.doc[i + 1].is_sent_start
        )

    def _common_word_at_sentence_start(self, token, label: str) -> bool:
        if not self._sentence_start(token):
            return False
        # closed classes the tagger knows, or verb morphology ("Envoyer": VerbForm=Inf); an open-class tag
        # alone is the tagger's guess on an unknown word ("Holcim" tagged ADV) and decides nothing
        if token.pos_ in ("AUX", "DET", "ADP", "PRON", "SCONJ", "CCONJ") or token.morph.get("VerbForm"):
            return True
        lemma = token.lemma_
        if lemma.islower() and lemma != token.lower_:
            return True  # "Soutenus" → "soutenu": an inflected common word
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.pos_ == "ADP" and self.lowers[token.i].endswith(self.words.participle_endings):
            return True  # "Réunis à Paris", "Interrogé par l'AFP"
        if label != "PER" and token.lower_ in self._lowercase_words():
            return True
        # "Sinon, la préfecture…", "Enfin, le ministre…": a word the language's lemmatizer knows, which the
        # article never writes capitalised past a sentence start, is that common word, whatever the model says
        return is_common_word(token.text, self.lang) and not self._capitalised_within_a_sentence(token.text)

    def _capitalised_within_a_sentence(self, text: str) -> bool:
        """The article writes this capitalised word somewhere not at a sentence start: a name it uses."""
        return any(t == text and not self._sentence_start(self.doc[i]) for i, t in enumerate(self.texts))

    def _common_noun_phrase_at_sentence_start(self, token) -> bool:
        """ "Grippe aviaire : …", "Sévère revers de l'armée": a capitalised word opening a sentence or a
        headline with a lower-case adjective or noun hung on it is a common noun phrase — a name takes no
        such modifier — unless the article writes the word capitalised elsewhere too ("Macron inquiet" beside
        "Emmanuel Macron")."""
        i = token.i
        if i + 1 >= len(self.doc) or not self._sentence_start(token):
            return False
        nxt = self.doc[i + 1]
        if not (
            nxt.is_alpha
            and nxt.text.islower()
            and nxt.pos_ in ("ADJ", "NOUN")
            and nxt.head.i == i
            and self.lowers[i + 1] not in self.words.months
            and self.lowers[i + 1] not in self.words.particles
        ):
            return False
        if not hasattr(self, "_text_counts"):
            self._text_counts = Counter(self.texts)
        return self._text_counts[token.text] == 1

    def _fills_its_block(self, start: int, end: int) -> bool:
        """ "Séisme", "Logement", "Bruxelles" alone on a line: a section label or a dateline heading."""
        j = end
        while j < len(self.doc) and (self.doc[j].is_space or self.doc[j].is_punct):
            j += 1
        following = j >= len(self.doc) or self._new_block(j, start)
        return following and self._new_block(self._previous_word(start, OPENING), start)

    def _rubric(self, start: int, end: int) -> bool:
        """ "Santé : …" — the span opens its paragraph, is short, and a colon follows (past a number:
        "CAN 2023 :"), with no quotation after it."""
        doc = self.doc
        if end - start > self.words.rubric_max_words:
            return False
        i = start - 1
        while i >= 0 and (doc[i].is_space or doc[i].pos_ == "DET"):
            i -= 1
        if not self._new_block(i, start):
            return False
        j = end
        while j < len(doc) and doc[j].like_num:
            j += 1
        if j >= len(doc) or self.texts[j] != ":":
            return False
        return not (j + 1 < len(doc) and self.texts[j + 1] in OPENING)

    def _quoted_title(self, start: int, end: int) -> bool:
        doc = self.doc
        left = next(
            (i for i in range(start - 1, max(start - QUOTE_LIMIT, -1), -1) if self.texts[i] in OPENING | CLOSING), None
        )
        if left is None or not self._opens_a_quotation(left):
            return False
        right = next(
            (i for i in range(end, min(end + QUOTE_LIMIT, len(doc))) if self.texts[i] in OPENING | CLOSING), None
        )
        if right is None or not self._closes_a_quotation(right):
            return False
        return not any(doc[i].pos_ in ("VERB", "AUX") for i in range(left + 1, right))

    def _shouted_words(self, start: int, end: int) -> bool:
        """ "l'agresseur a crié « Allah Akbar »": a quotation a verb governs, filled by the span, is words
        said, not someone named (after an article or a naming noun it names: "le journal « Le Monde »")."""
        if start < 2 or end >= len(self.doc):
            return False
        if not (self._opens_a_quotation(start - 1) and self._closes_a_quotation(end)):
            return False
        verb = self.doc[start - 2]
        return verb.pos_ == "VERB" and verb.text.islower()

    def _opens_a_quotation(self, i: int) -> bool:
        """A straight quote opens where a space comes before it (' "médicaments" commente…': the second
        closes); the typographic ones say which they are."""
        if self.texts[i] == '"':
            return i == 0 or bool(self.doc[i - 1].whitespace_) or self.doc[i - 1].is_space
        return self.texts[i] in OPENING

    def _closes_a_quotation(self, i: int) -> bool:
        if self.texts[i] == '"':
            return i > 0 and not self.doc[i - 1].whitespace_ and not self.doc[i - 1].is_space
        return self.texts[i] in CLOSING
