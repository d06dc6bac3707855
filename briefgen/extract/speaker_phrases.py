"""Speaker phrases: the words of the noun phrase that names a speaker.

Where the phrase of "le chef de la diplomatie européenne, Kaja Kallas" or "un analyste basé à Londres"
begins and ends (``Phrases``, a mixin of ``attribution.Attributor``): its tokens and the apposed name
after a comma (``nominal_span``), and its words as written, without determiner or apposition, stopped
before a clause, a place, a time or a count that is no part of it (``phrase``); where a personal name
after a title begins (``department_then_name``: "le ministre de la Défense Yoav Gallant", "le préfet
des Alpes-Maritimes Adolphe Colrat") and ends (``name_end``). Split from speaker_names.py and
speaker_titles.py, which decide what the phrase stands for.
"""

from __future__ import annotations

from .speaker_names import TITLE_WORDS
from .speech import verb_lemma
from .statements import sentence_of


class Phrases:
    """Mixin of ``attribution.Attributor``: the extent and words of a speaker's noun phrase."""

    def nominal_span(self, token) -> list[int]:
        """Tokens of a noun phrase and of an apposition right after it (", Kaja Kallas")."""
        sent_end = sentence_of(token).end
        span = [t.i for t in token.subtree if t.i not in self.quoted and t.i >= token.i - 3]
        end = max(span) + 1
        if end + 1 < sent_end and self.doc[end].text == ",":
            # the apposed name, perhaps after its own title (", le lieutenant-colonel Olivier Hamuli")
            first = end + 1
            while first < min(sent_end, end + 5) and first not in self.actor_at and self.doc[first].pos_ in TITLE_WORDS:
                first += 1
            if first in self.actor_at and self.actor_at[first][1] == first:
                referent = self.actor_at[first][0]
                if first == end + 1 or referent.type == "person":
                    span.extend(i for i in range(first, sent_end) if self.actor_at.get(i, (None,))[0] is referent)
        return sorted(span)

    def phrase(self, token, nominal: list[int]) -> str:
        """The noun phrase from its head, without determiner or apposition, as written."""
        end = token.i + 1
        while (
            end in nominal
            and self.doc[end].text not in ",("
            and not (
                self.doc[end].text[:1].isupper()
                and self.doc[end - 1].pos_ not in ("ADP", "DET")
                and self.doc[end - 1].whitespace_  # "des Alpes-Maritimes": glued to the word before
                # "le chef de la Coalition Avenir Québec": a name the actor table knows goes on to its end
                and not (end - 1 in self.actor_at and self.actor_at.get(end, (None,))[0] is self.actor_at[end - 1][0])
            )
        ):
            prev = self.doc[end - 1]
            if not prev.whitespace_ and (prev.text == "-" or self.doc[end].text == "-"):
                end += 1  # "des Alpes-Maritimes": one word in three tokens
                continue
            if (
                self.doc[end].pos_ in ("NOUN", "PROPN")
                and prev.pos_ in ("NOUN", "PROPN")
                and end - 1 not in self.actor_at
            ):
                break  # "le patron de l'organisation mercredi": a bare noun starts something else
            if self.doc[end].pos_ == "ADP" and (
                self.doc[end].lower_ not in self.lex.title_complements
                or (end + 1 < len(self.doc) and self.doc[end + 1].lower_ in self.lex.narrator_possessives)
            ):
                break  # "le chef de l'État ukrainien sur Telegram": where, not who; "à notre micro": to whom
            if self.doc[end].pos_ not in ("NOUN", "PROPN") and self.doc[end].lemma_.lower() in self.lex.speech:
                break  # "Les rebelles accusent l'armée": the verb the tagger hung on its subject is no part of it
            if (
                self.doc[end].lower_ in self.lex.example_markers
                and self.doc[end + 1 : end + 2].text in self.lex.complementisers
            ):
                break  # "les délégués de pays tels que les États-Unis": examples, not the speaker's name
            if self.ends_the_phrase(self.doc[end]):
                break  # "indique le ministère qui explique", "L'organisation alerte sur": a clause, not the name
            if self.doc[end].pos_ in ("ADV", "CCONJ") and any(t.like_num for t in self.doc[end + 1 : end + 4]):
                break  # "selon les autorités près de 200 000 personnes", "selon la préfecture et 50.000 selon …"
            end += 1
        while end > token.i + 1 and self.doc[end - 1].is_punct:
            end -= 1
        return self.parsed.span_text(self.doc[token.i : end]).strip()

    def ends_the_phrase(self, token) -> bool:
        """A relative pronoun, a finite verb, or a bare noun or adjective that is the form of a verb of saying
        (the tagger's "alerte" of "L'organisation alerte sur …"): the speaker's noun phrase has ended before it."""
        if "Rel" in token.morph.get("PronType"):
            return True
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return True
        return (
            token.pos_ in ("NOUN", "ADJ")
            and token.text.islower()
            and not any(c.dep_ == "det" for c in token.children)
            and verb_lemma(token, self.lex) in self.lex.speech
        )

    def department_then_name(self, i: int) -> bool:
        """ "le ministre israélien de la Défense Yoav Gallant": the office's department is a common
        noun capitalised by convention, right after its article; a proper noun of two words or more
        after it is the holder's name."""
        doc = self.doc
        prev = doc[i - 1]
        first = i - 1
        while first > 1 and not doc[first - 1].whitespace_ and "-" in (doc[first].text, doc[first - 1].text):
            first -= 1  # "le préfet des Alpes-Maritimes Adolphe Colrat": a hyphenated place is one word
        return (
            (
                prev.pos_ == "NOUN"
                and doc[i - 2].pos_ in ("DET", "ADP")
                or first < i - 1
                and doc[first - 1].pos_ in ("DET", "ADP")
            )
            and i + 1 < len(doc)
            and doc[i + 1].text[:1].isupper()
            and doc[i + 1].is_alpha
            # the tagger calls one of the two words a proper noun, the other anything ("Yoav"
            # PROPN "Gallant" ADJ, "Avi" NOUN "Berman" PROPN)
            and "PROPN" in (doc[i].pos_, doc[i + 1].pos_)
            and doc[i].pos_ in ("PROPN", "NOUN")
        )

    def name_end(self, start: int, stop: int) -> int:
        """End of a personal name starting at ``start``: capitalised words and their particles
        ("Ursula von der Leyen", "Xavier Le Pichon"), whatever the tagger called them."""
        end = start
        while end < stop and end not in self.quoted:
            token = self.doc[end]
            if token.text[:1].isupper() and (token.is_alpha or "-" in token.text):
                end += 1
            elif (
                token.text in self.lex.name_particles
                and end + 1 < stop
                and self.doc[end + 1].text[:1].isupper()
                and end > start
            ):
                end += 1
            else:
                break
        if end > start and self.doc[start].pos_ not in ("PROPN", "NOUN", "ADJ", "X", "DET"):
            return start
        return end
