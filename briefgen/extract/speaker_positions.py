"""Speaker positions: where French puts the subject, read when the parse hung it elsewhere.

The small model often loses a subject: an apposed name ("la ministre du Travail, Astrid
Panosyan-Bouvet, a affirmé" read as a conjunct of the phrase before), a title before a coordinated
verb ("la ministre se veut rassurante et insiste"), the antecedent of a relative after a person's
apposition ("X, maire de la ville, qui estime", "X, analyste chez Y, pour qui …"). These rules read
the order of the words instead (``nearest subject``, ``capitalised``); a mixin of
``attribution.Attributor``, asked by ``speaker_evidence.py`` and ``speaker_sources.py``.
"""

from __future__ import annotations

from .speaker_names import NOT_NAMES
from .statements import sentence_of


class Positions:
    """Mixin of ``attribution.Attributor``: the subject by its place before the verb."""

    def gap_to(self, block: int, index: int, through_headings: bool = False) -> int:
        """Paragraphs from token ``index``'s back to ``block``; ``through_headings``, subheadings not
        counted: "la plaidoirie de maître X." then "## Une douleur immense" then "« … », a-t-il
        commencé": an intertitle is the editor's, not a paragraph of the story."""
        other = self.parsed.block_of(self.doc[index].idx)
        if not through_headings:
            return block - other
        headings = self.__dict__.get("_headings")
        if headings is None:
            headings = self._headings = [
                b for b in range(1, len(self.parsed.block_starts)) if self.parsed.is_heading(b)
            ]
        return block - other - sum(1 for b in headings if other < b < block)

    def relative_antecedent(self, relative):
        """ "…, a précisé Météo-France, qui met en garde contre …": the relative's antecedent, the
        nominal right before it (the parse may hang the clause on a verb); after a person's
        apposition ("X, maire de la ville, qui estime", "X, analyste chez Y, pour qui …") the person
        the apposition describes, as a relative closing an apposed title is about its holder."""
        j = relative.i - 1
        if self.doc[j].pos_ == "ADP" and j > 0:
            j -= 1  # "pour qui", "selon qui"
        owner = self.apposition_owner(j) or self._disagreeing_antecedent(relative, j)
        if owner is not None:
            return owner
        while j > 0 and self.doc[j].is_punct:
            j -= 1
        while j > 0 and not self.doc[j - 1].whitespace_ and self.doc[j - 1].text not in ",;:(":
            j -= 1  # "Météo-France": the compound from its first word
        antecedent = self.doc[j]
        if antecedent.i in self.actor_at:
            antecedent = self.doc[self.actor_at[antecedent.i][1]]
        if (
            antecedent.pos_ in ("NOUN", "PROPN")
            and antecedent.i not in self.quoted
            and not self.after_preposition(antecedent)  # "l'immeuble de Bressuire qui menaçait"
        ):
            return antecedent
        return None

    def _disagreeing_antecedent(self, relative, j: int):
        """ "Marine Le Pen, cheffe de file des députés RN qui avait déclaré …": the noun right before the
        relative does not agree with its verb (plural "députés", singular "avait"), so the relative is
        about the title's holder, as after a comma."""
        noun = self.doc[j]
        if noun.pos_ == "PROPN" and j > 0 and self.doc[j - 1].pos_ == "NOUN" and self.doc[j - 1].text.islower():
            noun = self.doc[j - 1]  # "des députés RN": the noun the name qualifies
        verb = relative.head
        agreeing = next((t for t in (*verb.children, verb) if t.dep_.startswith("aux") or t.i == verb.i), verb)
        numbers = {*noun.morph.get("Number")}, {*agreeing.morph.get("Number")}
        if not all(numbers) or numbers[0] == numbers[1]:
            return None
        opening = next((k for k in range(j, max(j - 15, 0), -1) if self.doc[k].text == ","), None)
        return self._title_holder(opening, j + 1) if opening is not None else None

    def apposition_owner(self, comma: int):
        """The first word of a person's name when ``comma`` closes a title apposed to it ("Jean
        Dupont, directeur de l'usine, …"): a title (its article and adjectives before it) right
        after the comma before, no verb and no quotation between, and the person's mention before."""
        if self.doc[comma].text != ",":
            return None
        i = comma - 1
        while i > 0 and comma - i <= 15 and self.doc[i].text != ",":
            i -= 1
        if i <= 0 or self.doc[i].text != ",":
            return None
        return self._title_holder(i, comma)

    def _title_holder(self, opening: int, end: int):
        """The first word of the person named right before the comma at ``opening`` when the words up to
        ``end`` are a title apposed to them: the title's noun among the first three words (whatever the
        tagger calls it: "analyste" may be an adjective to it), no verb but a title the tagger calls one
        ("stratégiste"), no quotation."""
        for k in range(opening + 1, end):
            word = self.doc[k]
            if k in self.quoted or (word.pos_ in ("VERB", "AUX") and word.lower_ not in self.lex.titles):
                return None  # a clause, not a title
        if not any(
            t.lemma_.lower() in self.lex.titles or t.lower_ in self.lex.titles
            for t in self.doc[opening + 1 : opening + 4]
        ):
            return None
        hit = self.actor_at.get(opening - 1)
        if hit is None or hit[0].type != "person" or opening - 1 in self.quoted:
            return None
        return self.doc[hit[1]]

    def subject_before(self, verb):
        """A person or body named right before the verb group ("mais Stellantis dément"); else a
        subject-labelled nominal before the verb; else a name or a title right before the verb
        group ("la ministre du Travail, Astrid Panosyan-Bouvet, a affirmé", "la ministre se veut
        rassurante et insiste"), which the parse may have hung on a noun phrase before it; else an
        actor not after a preposition."""
        tokens = [t for t in self.doc[sentence_of(verb).start : verb.i] if t.i not in self.quoted]
        adjacent = self.name_right_before(verb)
        if adjacent is not None:
            # "700 salariés seraient concernés, mais Stellantis dément …": the name right before the
            # verb group is its subject, not the subject of the clause before it
            return adjacent
        labelled = next(
            (
                t
                for t in reversed(tokens)
                if t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN", "PRON") and not self._reported_subject(t)
            ),
            None,
        )
        if labelled is not None:
            head = self.doc[self.actor_at[labelled.i][1]] if labelled.i in self.actor_at else labelled
            found = self.resolve(head, "nearest subject")
            if found is not None:
                return found
        first = (
            verb.head if verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") else verb
        )
        found = self.name_right_before(first, apposed=True)
        if found is not None or labelled is not None:
            return found
        for token in tokens:
            hit = self.actor_at.get(token.i)
            if (
                hit
                and hit[1] == token.i
                and hit[0].type != "country"
                and not self.after_preposition(token)
                and not self.is_place(token)
            ):
                return self.resolve(token, "nearest subject")
        return self.name_with_title(tokens, "nearest subject") or self.name_before_verb(tokens)

    def _reported_subject(self, token) -> bool:
        """The subject of a clause "que" opens ("a déclaré que des millions de Soudanais ont …"): someone
        the words speak of, not a speaker."""
        return any(c.dep_ == "mark" and c.lower_ in self.lex.complementisers for c in token.head.children)

    def name_right_before(self, verb, apposed: bool = False):
        """ "…, Tony Estanguet s'est montré rassurant": a person or body named right before the
        verb group (auxiliaries, clitics, adverbs between) is its subject, whatever the parse says.
        With ``apposed``, also a person's name apposed between commas right before it ("la ministre
        du Travail, Astrid Panosyan-Bouvet, a affirmé") and a title with its article ("la ministre
        se veut"): the subject slot of French is before the verb group, so the chain says ``subject``
        whether the parse calls the word the verb's subject (the medium model often does) or not."""
        i = verb.i - 1
        stop = sentence_of(verb).start
        while i > stop and (self.verb_group_word(self.doc[i]) or "Yes" in self.doc[i].morph.get("Reflex")):
            i -= 1
        if apposed and i > stop and self.doc[i].text == "," and i - 1 not in self.quoted:
            hit = self.actor_at.get(i - 1)
            if hit is None or hit[0].type != "person" or not self.apposed_after_comma(hit[1]):
                return None
            return self.resolve(self.doc[hit[1]], "subject")
        if apposed and i not in self.actor_at and i not in self.quoted and self.bare_title(self.doc[i]):
            return self.resolve(self.doc[i], "subject")
        title = self.title_ending_at(i, stop) if apposed and i not in self.quoted else None
        if title is not None:  # "le candidat d'extrême droite a déclaré", the parse's subject elsewhere
            return self.resolve(title, "subject")
        if apposed and i not in self.actor_at and i not in self.quoted and self.opening_nominal(self.doc[i], stop):
            # "Les rebelles accusent l'armée …", "L'organisation alerte sur …": a determined noun opening
            # the sentence right before the verb group is its subject, whatever the tagger made of the
            # verb (an adverb, an adjective); it speaks only where it names someone (a group, a body)
            return self.resolve(self.doc[i], "subject")
        hit = self.actor_at.get(i)
        if (
            hit is None
            or i in self.quoted
            or hit[0].type not in ("person", "organization")
            or self.is_place(self.doc[i])
        ):
            return None
        return self.resolve(self.doc[hit[1]], "subject")

    def verb_group_word(self, token) -> bool:
        """An auxiliary or an adverb of the verb group ("a nié", "a aussi nié"); an auxiliary by its
        lemma too, as the small model may tag "a" of "L'élu Thomas Renaud a nié" as a foreign word."""
        return token.pos_ in ("AUX", "ADV") or (
            token.pos_ in ("X", "VERB") and token.lemma_.lower() in self.lex.about.auxiliaries
        )

    def title_ending_at(self, i: int, stop: int):
        """The title whose phrase ends at ``i`` ("le candidat d'extrême droite", "la porte-parole du
        ministère"): its complements and adjectives are all that stand between it and ``i``."""
        token = self.doc[i]
        for _ in range(6):
            head = token.head
            if head.i >= token.i or head.i < stop or token.dep_ not in ("nmod", "amod", "flat:name"):
                break
            if any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.i in self.quoted for t in self.doc[head.i + 1 : i + 1]):
                break
            token = head
        return token if token.i != i and self.bare_title(token) else None

    def titled_mention(self, token, found) -> bool:
        """A person named right after a title ("le ministre philippin Enrique Manalo", "le secrétaire
        général de l'organisation, Karl Brenner,"): the name is apposed to the title whichever of the two
        the parse makes the head (the small model often hangs the title on the name, the medium one the
        name on the title), so the chain says ``apposition`` either way."""
        hit = self.actor_at.get(token.i)
        if hit is None or hit[0] is not found.referent or hit[0].type != "person":
            return False
        start = sentence_of(token).start
        j = hit[1] - 1
        if j > start and self.doc[j].text == ",":
            j -= 1
        if j < start or j in self.quoted:
            return False
        word = self.doc[j]
        # a title right before the name under its article, whatever the tagger calls it ("La
        # syndicaliste Julie Morel": an adjective to the small model), or any common noun there ("L'élu
        # Thomas Renaud": a noun under its article followed at once by a person's name is apposed to it)
        article = (
            j == hit[1] - 1
            and j > start
            and self.doc[j - 1].pos_ == "DET"
            and word.text.islower()
            and (self.is_title_word(word) or word.pos_ == "NOUN")
            and not self.after_preposition(word)
        )
        return article or self.bare_title(word) or self.title_ending_at(j, start) is not None

    def bare_title(self, token) -> bool:
        """A title under its own article, after no preposition ("la ministre", not "de la ministre")."""
        return (
            token.pos_ == "NOUN"
            and (token.lemma_.lower() in self.lex.titles or token.lower_ in self.lex.titles)
            and any(c.dep_ == "det" for c in token.children)
            and not self.after_preposition(token)
        )

    def opening_nominal(self, token, start: int) -> bool:
        """A common noun under its own article that opens its sentence, adjectives allowed between."""
        return (
            token.pos_ == "NOUN"
            and token.lemma_.lower() not in self.lex.not_speakers  # "Le rapport pointe …": a document, no one
            and self.doc[start].pos_ == "DET"
            and all(t.pos_ in ("DET", "ADJ") for t in self.doc[start + 1 : token.i])
        )

    def name_before_verb(self, tokens: list):
        """ "Kaja Kallas a déclaré" with no entity found: capitalised words, then only the verb group."""
        run = self.capitalised_run(tokens)
        rest = tokens[len(run) :]
        if (
            not run
            or len(run) > 4
            or any(t.pos_ in NOT_NAMES for t in run)
            or any(t.pos_ not in ("AUX", "ADV", "PART") and t.lower_ not in self.lex.negators for t in rest)
        ):
            return None
        person = self.unlisted_person(run[0].i, run[-1].i + 1)
        return self.speaker(person.name, person, "capitalised")

    def capitalised_run(self, tokens: list) -> list:
        run = []
        for token in tokens:
            if (
                token.text[:1].isupper()
                and (token.is_alpha or "-" in token.text)
                or (run and "-" in (token.text, run[-1].text))
            ):
                run.append(token)
            else:
                break
        return run

    def subject_by_position(self, i: int) -> bool:
        """ "De son côté, Sean Hughes, coordinateur du PAM, a qualifié …": a person's mention, its
        apposition between commas after it, then a verb group whose verb has no subject: that verb's
        subject, wherever the parse hung the name. Not after a preposition."""
        doc = self.doc
        if self.after_preposition(doc[i]):
            return False
        referent, start = self.actor_at[i]
        end = i
        while end < len(doc) and self.actor_at.get(end, (None,))[0] is referent:
            end += 1
        stop = sentence_of(doc[i]).end
        if end < stop and doc[end].text == ",":
            close = next((t.i for t in doc[end + 1 : min(stop, end + 24)] if t.text == ","), None)
            if close is None or any(t.pos_ in ("VERB", "AUX") or t.i in self.quoted for t in doc[end + 1 : close]):
                return False
            end = close + 1
        while end < stop and (doc[end].pos_ in ("AUX", "ADV") or "Yes" in doc[end].morph.get("Reflex")):
            if doc[end].pos_ == "AUX" and doc[end].dep_.startswith("aux") and doc[end].head.i > end:
                break
            end += 1
        if end < stop and doc[end].pos_ == "AUX" and doc[end].dep_.startswith("aux"):
            end = doc[end].head.i
        if end >= stop or doc[end].pos_ not in ("VERB", "AUX") or end in self.quoted:
            return False
        return not any(c.dep_.startswith("nsubj") for c in doc[end].children)
