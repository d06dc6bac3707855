"""Verb phrases: the words a stance verb or a verb of assertion reports with its complement.

The ``verb-phrase`` statements of ``reported.py`` ("a appelé à …", "a souligné la nécessité de …",
"s'est dit profondément choqué par …"): where the phrase starts (its subject when it is named right
before, its auxiliaries and reflexive clitic) and where it ends (a coordinated verb or a participle
that starts a predicate of its own; a coordinated verb of saying that quotes nothing goes on with
it, so does an additive "…, ainsi que …"). ``VerbPhrases``, a mixin of ``statements.Finder``,
split from reported.py, which decides what a verb reports.
"""

from __future__ import annotations

from .speech import COMPLEMENT_DEPS, comma_incise, sentence_of, verb_lemma


class VerbPhrases:
    """Mixin of ``statements.Finder``: the bounds of a verb phrase."""

    def verb_phrase(self, verb) -> tuple[int, int] | None:
        if self.quotes_after_colon(verb):
            return None
        if comma_incise(verb) is not None:
            return None  # "Son gouvernement, a déclaré Milei, sera basé …": the name is its subject, no object
        if any(
            "Rel" in c.morph.get("PronType") and not c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children
        ):
            # "les mesures qu'elle a demandées": the relative's antecedent is what was asked, named
            # before; the clause reports no new statement ("X, qui a annoncé un appel" does)
            return None
        if self.is_infinitive(verb) and verb.head.i in self.verb_set and verb.head.i != verb.i:
            return None  # "a jugé bon de rappeler les consignes": the verb it completes reports it
        if (
            "Part" in verb.morph.get("VerbForm")
            and "Pres" in verb.morph.get("Tense")
            and verb.i > 1
            and self.doc[verb.i - 1].text == ","
            and verb.i - 2 in self.quoted
        ):
            # "a qualifié l'alliance de « menace importante … », soulignant l'ampleur des enjeux": a
            # participle glossing the quotation it follows is the narrator's, not a second statement
            return None
        complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.i > verb.i and c.pos_ != "PRON"]
        if self.judgement(verb):  # "juge le plan trop timide": the attribute, however the parse hangs it
            complements += [c for c in verb.children if c.i > verb.i and c.pos_ == "ADJ" and c not in complements]
        if any(
            t.lower_ in self.lex.complementisers and t.dep_ == "mark"
            for c in complements
            for t in c.subtree
            if t.i < c.left_edge.i + 2  # the complement's first two words
        ):
            return None  # "a reconnu après le match que …": a que-clause the parse hung elsewhere is no object
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT":
            # "L'institution constate « l'échec » du projet, …" read as an adjective: the parse gives
            # it no complement; its words run to the first comma, stop or incise
            return verb.i, self.with_coordinated(self.words_end(verb.i + 1, sentence_of(verb).end))
        unsure = verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dep" and c.i > verb.i for c in verb.children)
        if not complements and unsure and verb.dep_ == "ROOT":
            # "Les conseils dénoncent des méthodes …" read as an adverb, or its object left unlabelled
            # ("dep"): its words run to the boundary
            return verb.i, self.clause_end(verb.i + 1, sentence_of(verb).end, strict=True)
        if not complements:
            return None
        start = self.verb_group_start(verb)
        end = self.phrase_end(start, max(t.i for c in complements for t in c.subtree) + 1, sentence_of(verb).end)
        if any(
            t.lower_ in self.lex.complementisers and t.pos_ == "SCONJ" and self.doc[t.i - 1].lower_ != "ce"
            for t in self.doc[verb.i + 1 : min(end, verb.i + 6)]
        ):
            return None  # "a reconnu après le match que …": a que-clause the parse hung elsewhere ("à ce que" is one)
        for token in self.doc[verb.i + 1 : end - 1]:
            nxt = self.doc[token.i + 1]
            if token.text == "," and "Part" in nxt.morph.get("VerbForm") and "Pres" in nxt.morph.get("Tense"):
                return start, token.i  # "…, reprochant à Moscou …": a participle starts a predicate of its own
            if token.pos_ == "CCONJ" and nxt.pos_ == "VERB" and nxt.head.i == verb.i and nxt.dep_ == "conj":
                return start, self.with_coordinated(token.i)  # a verb, a phrase, unless it says too
        return start, end

    def with_subject(self, verb, start: int, end: int) -> int:
        """Where the text of a verb-phrase statement starts: "Sa présidente Sophie Binet a parlé d'un
        succès" reads whole, "a parlé d'un succès" reads as a fragment. The subject is shown where a
        noun phrase without punctuation stands right before the verb group; not a pronoun, which
        says nothing read alone. Where the phrase quotes words ("a évoqué « trois morts »"), those
        words are the statement: the frame stays short. Only the text: the words said, and so their
        stance, are still the verb's phrase, and the subject is still the frame's."""
        if any(i in self.quoted for i in range(start, end)):
            return start
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return start
        first, last = subject.left_edge.i, subject.right_edge.i
        if last + 1 != start or any(t.is_punct or t.i in self.quoted for t in self.doc[first : last + 1]):
            return start
        doc = self.doc
        while (
            first > 1
            and doc[first - 1].text == "-"
            and not doc[first - 2].whitespace_
            and not doc[first - 1].whitespace_
        ):
            first -= 2  # "Anne-Christine Bataille", whose first name the parse left out of the subject
        return first

    def words_end(self, start: int, stop: int) -> int:
        """The first comma, colon, semicolon, stop or verb of saying after ``start`` outside the
        quotations, or ``stop``."""
        end = next(
            (
                t.i
                for t in self.doc[start:stop]
                if t.i not in self.quoted and (t.text in ",;:.!?" or t.i in self.verb_set)
            ),
            stop,
        )
        while end > start and self.doc[end - 1].pos_ == "CCONJ":
            end -= 1  # "condamnent le coup de force et réclament …": the next verb's conjunction
        return end

    def phrase_end(self, start: int, end: int, stop: int) -> int:
        """Where the parse left a phrase unfinished, its words go on: a token right after it that
        hangs on a word inside ("estime le taux à 40 %" with "%" attached to "40"), or the rest
        after a determiner or a preposition that cannot end a phrase ("de sa « vive inquiétude »"),
        up to a comma, a stop or an incise. A complement right after the phrase that the parse hangs on a
        word before it ("a indiqué le maire en déplorant une overdose fiscale dans le pays", "dans le pays"
        on "indiqué") is the phrase's own: with no comma, a verb's adjunct does not follow another verb's
        phrase."""
        doc = self.doc
        while end < stop:
            token, last = doc[end], doc[end - 1]
            added = self.additive_after(end) if token.text == "," else 0
            if added:
                # "exprimé la solidarité des États-Unis, ainsi que leur volonté de …": one more term
                return self.words_end(end + 1 + added, stop)
            if token.text in (",", ";", ":", ".", "!", "?") or token.i in self.verb_set:
                break
            anchor = (
                token.head.head if token.dep_ in ("case", "det", "mark") else token.head
            )  # "sur le bilan": "bilan"'s head
            if (
                start <= anchor.i < end
                or last.pos_ in ("DET", "ADP", "CCONJ")
                or (
                    token.pos_ == "CCONJ" and doc[end + 1].pos_ in ("DET", "NOUN", "PROPN") if end + 1 < stop else False
                )
                or (token.i in self.quoted and last.i in self.quoted)
                or self.infinitive_complement(end, stop)
                or (token.dep_ == "case" and anchor.i < start and last.pos_ in ("NOUN", "PROPN", "ADJ"))
            ):
                end += 1
                continue
            break
        return end

    def infinitive_complement(self, i: int, stop: int) -> bool:
        """ "déplorant l'incapacité du Conseil à adopter une résolution": a preposition right after the
        phrase that marks an infinitive completes the noun before it (or the verb: "appelle l'État à agir");
        the small model hangs it on the main verb of the sentence, but its words are the statement's."""
        token = self.doc[i]
        if (
            token.pos_ != "ADP"
            or token.dep_ != "mark"
            or i + 1 >= stop
            or self.doc[i - 1].pos_ not in ("NOUN", "PROPN")
        ):
            return False
        return self.is_infinitive(self.doc[i + 1])

    def with_coordinated(self, conj: int) -> int:
        """ "condamnent toute prise de pouvoir et demandent la libération de X", "a dénoncé des actes
        odieux et exprimé la solidarité de …": a verb of saying coordinated to the phrase, sharing its
        subject, goes on with the same statement through its own phrase; one that quotes ("a annoncé
        la rupture … et accusé la Russie d'avoir « attaqué … »") gives words of their own, apart."""
        doc = self.doc
        if conj >= len(doc) - 1 or doc[conj].pos_ != "CCONJ":
            return conj
        nxt = next((t for t in doc[conj + 1 : conj + 3] if t.pos_ != "AUX"), None)
        if nxt is None or nxt.i not in self.verb_set:
            return conj  # (right after "et", no subject of its own stands between)
        statement = self.reported_clause(nxt)
        if statement is None or statement.start <= conj or any(i in self.quoted for i in range(conj, statement.end)):
            return conj
        return statement.end

    def additive_after(self, comma: int) -> int:
        """How many words of an additive conjunction ("ainsi que", grammar.yml) follow a comma, or 0."""
        words = [t.lower_.replace("\u2019", "'") for t in self.doc[comma + 1 : comma + 4]]
        return next((len(c) for c in self.lex.additive_conjunctions if tuple(words[: len(c)]) == c), 0)

    @staticmethod
    def verb_group_start(verb) -> int:
        """First token of the verb group: its auxiliaries and reflexive clitic ("s'est prononcé")."""
        before = [
            c.i for c in verb.children if c.i < verb.i and (c.dep_.startswith("aux") or "Yes" in c.morph.get("Reflex"))
        ]
        return min(before + [verb.i])

    def reflexive_phrase(self, verb) -> bool:
        """ "s'est dit profondément choqué", "s'est félicité du succès" (speech_verbs.yml, reflexive_phrases)."""
        return verb_lemma(verb, self.lex) in self.lex.reflexive_phrases and any(
            "Yes" in c.morph.get("Reflex") for c in verb.children if c.i < verb.i
        )

    def bare_participle(self, token) -> bool:
        """ "objectif annoncé par Laura Flessel": a participle with no auxiliary reports nothing itself;
        "a nié que …", "a toutefois nié" where the parse made "a" the head has one, written before it.
        A present of an -er verb the tagger calls a participle ("« … », ajoute le député") is none."""
        if "Part" not in token.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in token.children):
            return False
        lemma = verb_lemma(token, self.lex)
        if lemma.endswith("er") and any(token.lower_ == lemma[:-2] + e for e in self.lex.first_group_present):
            return False
        i = token.i - 1
        while i > 0 and token.doc[i].pos_ == "ADV":
            i -= 1
        before = token.doc[i]
        if before.i == token.i:
            return True
        if before.lemma_.lower() == "avoir":
            return False
        # "s'est dit": être after a reflexive clitic is the auxiliary of a verb ("est annoncé" is passive)
        return not (before.lemma_.lower() == "être" and i > 0 and "Yes" in token.doc[i - 1].morph.get("Reflex"))
