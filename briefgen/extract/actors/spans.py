"""The model's entity spans repaired before they are read as names.

- cut at a bracket or a spaced dash: "(Reuters) - La Belgique" is a dateline's agency, then a sentence;
- a person cut from the medium or club glued before it: "à l'AFP Franklin Pichard", "le PSG Kylian Mbappé";
- hyphenated parts re-attached ("Kim Jong" + "-un"), adjacent names joined ("Kamala" + "Harris"), a name
  coordinated with "et de" whole ("le Conseil de Paix et de Sécurité");
- cut at a new clause (a quotation mark, a lower-case finite verb) or before a title starting someone
  else's name ("Pastef du Premier ministre Ousmane Sonko").

Trimming a span of its articles, elisions and titles is ``trimming.TrimPass``'s.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...textfold import fold
from .. import countries
from .filters import CLOSING, OPENING
from .mention import is_acronym
from .organizations import known_acronyms

QUOTE_MARKS = OPENING | CLOSING

# English pipelines label names PERSON and GPE where French ones say PER and LOC.
LABELS = {"PERSON": "PER", "GPE": "LOC", "NORP": "MISC"}


class SpansPass:
    def _merged_entities(self) -> list[tuple[int, int, str]]:
        """NER spans, with hyphenated name parts re-attached ("Kim Jong" + "-un") and adjacent names joined."""
        doc = self.doc
        out: list[list] = []
        for ent in self._pieces():
            start, end = ent.start, ent.end
            # a name never runs across a line break: "Alerte\n\nGrêle" is a title and a rubric
            breaks = [i for i in range(start, end) if doc[i].is_space and "\n" in self.texts[i]]
            if breaks:
                start = breaks[-1] + 1
            while (
                end < len(doc)
                and not doc[end - 1].whitespace_
                and (doc[end].text == "-" or doc[end - 1].text == "-")
                and not self._compound_with_a_common_noun(end)
            ):
                end += 1
            if (
                out
                and out[-1][1] == start
                and not self._glued_before_a_name(
                    out[-1][0], out[-1][1], out[-1][2], LABELS.get(ent.label_, ent.label_)
                )
                and (
                    out[-1][2] == LABELS.get(ent.label_, ent.label_) == "PER"
                    or self._written_like_a_name(out[-1][0], end)
                )
            ):
                # "Kamala" + "Harris": one name the model cut in two
                out[-1][1] = end
                out[-1][2] = "PER" if "PER" in (out[-1][2], LABELS.get(ent.label_, ent.label_)) else out[-1][2]
            elif out and start < out[-1][1]:
                out[-1][1] = max(out[-1][1], end)
            elif out and self._coordinated_in_a_name(out[-1][0], out[-1][1], start):
                out[-1][1] = end  # "Conseil de Paix" + "et de" + "Sécurité de l'Union africaine": one name
            else:
                out.append([start, end, LABELS.get(ent.label_, ent.label_)])
        return [tuple(x) for x in out]

    def _compound_with_a_common_noun(self, end: int) -> bool:
        """ "une collision TER-voiture": an acronym hyphenated to a lower-case common noun makes a compound
        noun, not a longer name ("Kim Jong-un" keeps its lower-case part: no acronym before it)."""
        doc = self.doc
        if doc[end].text != "-" or end + 1 >= len(doc) or doc[end].whitespace_:
            return False
        noun = doc[end + 1]
        return is_acronym(self.texts[end - 1]) and noun.text.islower() and noun.pos_ == "NOUN"

    def _pieces(self) -> list:
        """The model's entities, cut at a bracket or a spaced dash ("(Reuters) - La Belgique" is a dateline's
        agency, then a sentence), and a person's name cut from the medium or club glued before it ("à l'AFP
        Franklin Pichard", "sur France Inter Michel Nalet", "le PSG Kylian Mbappé")."""
        doc, out = self.doc, []
        for ent in doc.ents:
            start = ent.start
            for i in range(ent.start, ent.end + 1):
                cut = (
                    i == ent.end
                    or self.texts[i] in ("(", ")")
                    or (self.texts[i] in ("-", "–", "—") and doc[i - 1].whitespace_)
                )
                if cut:
                    end = i
                    while end > start and self.texts[end - 1].islower() and self.texts[end - 1].endswith(("'", "’")):
                        end -= 1  # "Antonio Costa s’est dit": an elided clitic ends no name
                    start = self._after_a_topic_noun(start, end)
                    if end > start:
                        out.extend(self._unglued(Span(doc, start, end, label=ent.label_), ent.label_))
                    start = i + 1
        return out

    def _after_a_topic_noun(self, start: int, end: int) -> int:
        """ "Séisme au Népal", "Accord social en Belgique": a common noun capitalised only because it opens
        the headline or sentence, then a place preposition, read as one name; the name is what follows the
        preposition (not "la Mission de l'ONU en RDC": a body's head noun opens a name)."""
        first = self.doc[start]
        if not first.is_sent_start or first.pos_ != "NOUN" or fold(first.text) in self.words.organization_heads:
            return start
        for i in range(start + 1, end - 1):
            if self.texts[i].islower() and self.lowers[i] in self.words.place_prepositions:
                return i + 1 if self.texts[i + 1][:1].isupper() else start
        return start

    def _coordinated_in_a_name(self, start: int, end: int, nxt: int) -> bool:
        """ "le Conseil de Paix et de Sécurité": a name's complement coordinated with "et de" and a capitalised
        noun with no article, both bare, is one name the model cut in two."""
        doc = self.doc
        return (
            nxt == end + 2
            and end - start >= 3
            and doc[end].pos_ == "CCONJ"
            and self.lowers[end + 1] in self.words.genitives
            and self.lowers[end - 2] in self.words.genitives
            and doc[end - 1].text[:1].isupper()
            and doc[nxt].text[:1].isupper()
            and doc[nxt].pos_ != "DET"
            and not is_acronym(self.texts[nxt])
        )

    def _glued_before_a_name(self, start: int, end: int, label: str, next_label: str) -> bool:
        """ "l'AFP" + "Franklin Pichard", "France Inter" + "Michel Nalet": an organization the model saw
        before a person it saw: two names, not one."""
        if next_label != "PER":
            return False
        if end - start == 1 and is_acronym(self.texts[start]) and self._after_a_title(start):
            return True  # "la sénatrice EELV" + "Margot Rivière": the party, then the name, whatever the labels
        if label == "PER":
            return False
        if (
            label == "LOC"
            and start > 0
            and self.lowers[start - 1] in self.words.genitives
            and self._after_a_title(start)
        ):
            return True  # "le député du Cantal" + "Vincent Ducros": the title's place, then the name
        if end < len(self.doc) and self._appositive_name(end, self._name_end(end)) == end:
            return True  # "de la Défense" + "Yoav Gallant": a name in apposition
        if (
            start > 0
            and self.doc[start - 1].pos_ in ("ADP", "DET")
            and fold(self.text(start, end)) in self.words.domains
        ):
            return True  # "la ministre de la Santé" + "Agnès Buzyn": a minister's portfolio, then her name
        return (end - start == 1 and is_acronym(self.texts[start])) or (label == "ORG" and end - start >= 2)

    def _after_a_title(self, start: int) -> bool:
        """A title ends right before ``start``, or a title and its complement's words: "la sénatrice EELV",
        "le député du Cantal", "le maire de Lyon"."""
        for i in range(start - 1, max(start - 8, -1), -1):
            if self.lowers[i] in self.words.roles:
                return True
            function_word = self.doc[i].pos_ in ("ADP", "DET", "ADJ", "CCONJ") and self.texts[i].islower()
            # "le député LR du Cantal", "la ministre de la Jeunesse et des Sports": a party, a portfolio
            if not (function_word or is_acronym(self.texts[i]) or fold(self.texts[i]) in self.words.domains):
                return False
        return False

    def _unglued(self, span, label: str) -> list:
        """A person's name of two words after an acronym (or a known one written as a word: "Cédéao") or a
        country's name in one entity: two names."""
        # the capitalised words that end the span: "président de la Cédéao Bola Tinubu" → "Cédéao Bola Tinubu"
        start = span.end
        while start > span.start and (
            (self.doc[start - 1].is_alpha and self.doc[start - 1].text[:1].isupper())
            or (start - 2 > span.start and self.texts[start - 2] == "-" and not self.doc[start - 2].whitespace_)
            or (
                self.texts[start - 1] == "-"
                and not self.doc[start - 1].whitespace_
                and start - 2 >= span.start
                and not is_acronym(self.texts[start - 2])  # "BOURSE-Ipsos": a rubric glued to the name
            )
        ):
            start -= 1  # "Ban Ki-moon": the parts of a hyphenated name too
        joined = start > span.start and not self.doc[start - 1].is_alpha  # a hyphen or apostrophe before it
        if (
            span.end - start == 2
            and start > span.start
            and self.texts[start - 1].islower()
            and self.doc[start - 1].is_alpha
            and self._appositive_name(start, span.end) == start
            and self._after_a_title(span.start)
        ):
            # "le président du Conseil européen Antonio Costa": a lowercase word ends the body's name, the
            # two capitalised words the parser hangs on the title are its holder's
            return [Span(self.doc, span.start, start, label=label), Span(self.doc, start, span.end, label="PER")]
        if span.end - start < 3 or joined or self.lowers[start] in self.words.honorifics:
            return [span]  # "Dr Tedros Adhanom Ghebreyesus": an honorific opens one person's name, however parsed
        appositive = self._appositive_name(start + 1, span.end)
        # ", Fa Moussa Coulibaly,": after a comma the capitalised words open one name (a body's name follows
        # its title with no comma)
        after_comma = span.start > 0 and self.texts[span.start - 1] == "," and start == span.start
        # "la Fondation Abbé Pierre": a body named after a person, its head noun capitalised
        named_after = appositive == start + 1 and fold(self.lowers[start]) in self.words.organization_heads
        # "l'Imprimerie Québecor Media": words ending on a company's last word ("Media", "Group") are no person's
        company = fold(self.texts[span.end - 1]) in self.words.organization_tails
        if appositive is not None and not after_comma and not named_after and not company:
            # "le ministre israélien de la Défense Yoav Gallant", "un responsable du Séléka Djouma Narkoyo":
            # the parser hangs the person's name on the noun before, in apposition; the model glued them
            return [
                Span(self.doc, span.start, appositive, label=label),
                Span(self.doc, appositive, span.end, label="PER"),
            ]
        first = self.doc[start]
        # an acronym, or a known one written as a word ("la Cédéao Bola Tinubu")
        if (is_acronym(first.text) and not self._generic_acronym(first)) or fold(first.text) in known_acronyms(
            self.lang
        ):
            cut = first.i + 1
        elif countries.lookup(first.text, self.lang) and span.end - start >= 4:
            cut = span.end - 2
        elif (
            countries.lookup(first.text, self.lang)
            or fold(first.text) in self.words.domains
            or (label == "LOC" and span.end - start == 3)
        ) and self._after_a_title(span.start):
            # "le maire de Lyon Grégory Doucet", "ministre des Sports Inès Laval": the title's place or
            # portfolio, then the holder's name
            return [
                Span(self.doc, span.start, first.i + 1, label=label),
                Span(self.doc, first.i + 1, span.end, label="PER"),
            ]
        else:
            return [span]
        # "la députée LFI Clémence Guetté", "le chef humanitaire de l'ONU Martin Griffiths": after a title (and
        # its complement's article), the words after the party or the body are a person's name
        titled = span.start > 0 and (self.lowers[span.start - 1] in self.words.roles or self._after_a_title(span.start))
        return [
            Span(self.doc, span.start, cut, label="ORG"),
            Span(self.doc, cut, span.end, label="PER" if titled else label),
        ]

    def _name_end(self, i: int) -> int:
        """The end of the ``flat:name`` parts hung on token ``i``."""
        j = i + 1
        while j < len(self.doc) and self.doc[j].dep_ == "flat:name" and self.doc[j].head.i == i:
            j += 1
        return j

    def _appositive_name(self, start: int, end: int) -> int | None:
        """Where a name of two or more words in apposition starts inside the capitalised words [start, end):
        the parser attaches its first word as ``appos`` to a word before it, and the rest of the span as that
        word's ``flat:name`` parts."""
        for i in range(start, end - 1):
            t = self.doc[i]
            if (
                t.dep_ == "appos"
                and t.head.i < i
                and all(self.doc[j].dep_ == "flat:name" and self.doc[j].head.i == i for j in range(i + 1, end))
            ):
                return i
        return None

    def _cut_at_a_new_clause(self, start: int, end: int) -> int:
        """ "l'Assemblée générale de « voter…" read as one name: a name stops at a quotation mark, at a
        lower-case finite or infinitive verb (a participle is an adjective of the name: "Nations unies"), or
        at a lower-case weekday or month right after a capitalised word ("le Bayern Munich mercredi soir",
        "l'agence Belga lundi": the date of the event, not "le Mouvement du 22 mars")."""
        for i in range(start + 1, end):
            t = self.doc[i]
            finite_or_infinitive = t.morph.get("VerbForm") and "Part" not in t.morph.get("VerbForm")
            particle = (
                self.lowers[i] in self.words.particles and i + 1 < end and self.texts[i + 1][:1].isupper()
            )  # "ben" tagged AUX
            date = t.text.islower() and self.lowers[i] in self.words.months and self.texts[i - 1][:1].isupper()
            if (
                self.texts[i] in QUOTE_MARKS
                or date
                or (t.pos_ in ("VERB", "AUX") and t.text.islower() and finite_or_infinitive and not particle)
            ):
                return i
        return end

    def _cut_before_title(self, start: int, end: int) -> int:
        """ "Pastef du Premier ministre Ousmane Sonko" read as one name: the title starts someone else's name."""
        for i in range(start + 1, end - 1):
            lower = self.doc[i].lower_
            if (lower in self.words.roles or lower in self.words.modifiers) and self.doc[i - 1].pos_ in (
                "ADP",
                "DET",
            ):
                return i
        return end
