"""Speaker evidence: where, in a statement's own sentence(s), the speaker is written.

The evidence rules of the ``speakers`` family (data/rules.yml): the subject of the verb of saying
("X a déclaré que …": ``subject``), the subject inverted after it or the clitic of an incise
("« … », a averti l'OEA", "a-t-elle dit": ``incise``), a "selon X" / "Pour X, …" phrase
(``selon``, read by ``speaker_sources.py``), the subject of an incise for a present participle
after it ("…, a précisé le procureur, appelant à la prudence": ``participle``), the subject of a copula predicating the quote ("L'Élysée est « consterné »":
``copula``), the verb of a sentence closed by a colon that introduces the quote on the next line
(``introduced``), and, when the parse hung the subject elsewhere, the nearest subject before the
verb (``nearest subject``) or capitalised words right before it (``capitalised``), read by
``speaker_positions.py``. Who a verb's subject is where the parse hides it (a passive's agent, a tonic
pronoun, a personal "il" read as impersonal) is ``speaker_subjects.py``'s part; what the words found
stand for (an actor, a title, a pronoun, a description), ``speaker_names.py``'s.
"""

from __future__ import annotations

from dataclasses import replace

from .speaker_names import Referent
from .speech import comma_incise, speech_phrase_words, verb_lemma
from .statements import Statement, sentence_of


class Evidence:
    """Mixin of ``attribution.Attributor``: reading the frame of a statement."""

    def from_frame(self, statement: Statement):
        """Evidence around a quotation: a verb of saying (nearest first), a selon/pour phrase, a copula."""
        start, end = statement.start, statement.end
        relative = self.relative_frame(statement)
        if relative is not None:
            return relative
        judged = self.judged_by(start, end)
        if judged is not None:
            return judged
        for i in statement.verbs:
            verb = self.doc[i]
            # "Son gouvernement, a déclaré Milei, sera basé sur « … »": an incise's subject follows it
            inverted = verb.i >= end or verb.i == statement.incise or comma_incise(verb) is not None
            found = self.subject_of(verb, after_quote=inverted)
            if found:
                introduced = verb.i < statement.opens and verb.i != statement.incise
                return found.chain("introduced") if introduced else found
        for token in self.doc[statement.opens : statement.frame[1]]:
            if token.i in self.quoted:
                continue
            found = self.selon(token)
            if found:
                return found
        return self.copula_subject(start) or self.colon_subject(start) or self.signature(end)

    def relative_frame(self, statement: Statement):
        """ "…, a déclaré le ministre X, qui craint une vague « plus forte encore »": a quotation that is
        part of what an active relative clause says its antecedent does is the antecedent's words,
        where the antecedent names a person or a body (not "la réforme, qui a été qualifiée de « … »")."""
        j = statement.start - 1  # the word the quotation follows, its opening mark aside: the parse may
        while j > 0 and (j in self.quoted or self.doc[j].is_quote):  # hang the quotation anywhere
            j -= 1
        token = self.doc[j]
        if j < sentence_of(self.doc[statement.start]).start or token.is_punct:
            return None
        while (token.i in self.quoted or token.pos_ not in ("VERB", "AUX")) and token.head.i != token.i:
            token = token.head
        if token.i in self.quoted or token.dep_ != "acl:relcl" or any(c.dep_ == "aux:pass" for c in token.children):
            return None
        who = next((c for c in token.children if c.dep_ == "nsubj" and "Rel" in c.morph.get("PronType")), None)
        antecedent = self.relative_antecedent(who) if who is not None else None
        found = self.resolve(antecedent, "subject") if antecedent is not None else None
        return found if found is not None and found.referent is not None else None

    def signature(self, end: int):
        """ "«C'est un effet d'aubaine.» Olivier Pastré, économiste": a quotation closing on a name
        and its description, with no verb, to the end of the paragraph, is signed by that name."""
        doc = self.doc
        i = end
        while i < len(doc) and (doc[i].is_space or doc[i].is_punct) and "\n\n" not in doc[i].text_with_ws:
            i += 1
        if i >= len(doc) or i in self.quoted:
            return None
        hit = self.actor_at.get(i)
        if hit is None or hit[1] != i or hit[0].type != "person":
            return None
        block = self.parsed.block_of(doc[i].idx)
        for token in doc[i:]:
            if self.parsed.block_of(token.idx) != block:
                break
            if token.i in self.quoted or (token.pos_ in ("VERB", "AUX") and token.text[:1].islower()):
                return None  # a clause goes on: its subject is no signature
        return self.resolve(doc[i], "incise")

    def colon_subject(self, start: int):
        """ "Tony Estanguet s'est montré rassurant : « … »", "X a réagi sur Twitter : « … »": a
        quotation right after a colon is said by the subject of the clause the colon closes, whatever
        its verb (a rubric "Santé :" or "Le bilan est lourd :" names nobody who speaks)."""
        i = start - 1
        while i > 0 and self.doc[i].is_space:
            i -= 1
        colon = self.doc[i]
        if colon.text != ":" or colon.i in self.quoted:
            return None
        sent = sentence_of(colon)
        verb = colon.head
        labelled = self._name_label(sent, colon.i)
        if labelled is not None:  # "Christian Gourcuff (entraîneur du FC Nantes) : « … »"
            return labelled
        if verb.pos_ == "NOUN" and verb.lower_ in self.lex.speech_nouns and sent.start <= verb.i < colon.i:
            owner = self._speech_noun_owner(verb, colon.i)  # "Le constat de l'ONG Oxfam : « … »"
            return self.resolve(owner, "speech noun") if owner is not None else None
        if verb.i >= colon.i or verb.i < sent.start or verb.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        if "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children):
            # "Assez bien résumé par ce Tweet d'Alain Duffoux, … : « … »": the speech act that did it, by its author
            for child in verb.children:
                by = any(c.dep_ == "case" and c.lower_ in self.lex.stance.agent_prepositions for c in child.children)
                if by and child.lower_ in self.lex.speech_nouns and child.i < colon.i:
                    owner = self._speech_noun_owner(child, colon.i)
                    return self.resolve(owner, "speech noun") if owner is not None else None
        subject = next(
            (c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i and c.i not in self.quoted), None
        )
        if subject is None:  # the parse hung it elsewhere: the name right before the verb group
            found = self.name_right_before(verb) or self.subject_before(verb)
            return found.chain("introduced") if found else None
        if subject.lower_ in self.lex.impersonal:
            return None
        return self.dislocated(subject) or self.resolve(subject, "introduced")

    def _name_label(self, sent, colon: int):
        """A person's name opening the sentence, then only its title in brackets or after a comma,
        then the colon ("Christian Gourcuff (entraîneur du FC Nantes) : « … »", "Mike Maignan, gardien
        des Bleus : « … »"): the interview's label, as a signature after a quotation is."""
        words = [t for t in self.doc[sent.start : colon] if not t.is_space and t.text not in ("-", "#")]
        first = words[0] if words else None
        if first is not None and len(words) == 1 and first.is_alpha and first.text.isupper() and len(first) > 2:
            # "## GOURCUFF : « … »": a surname in capitals heading the quotation, of a person the article names
            known = self.person_named([first.text.title()])
            return self.speaker(known.name, known, "introduced") if known is not None else None
        hit = self.actor_at.get(first.i) if first is not None else None
        if hit is None or hit[0].type != "person" or hit[1] != first.i:
            return None
        end = first.i
        while end < colon and self.actor_at.get(end, (None,))[0] is hit[0]:
            end += 1
        if end == colon:
            return self.speaker(hit[0].name, hit[0], "introduced")
        if self.doc[end].text not in ("(", ","):
            return None
        gloss = self.doc[end + 1 : colon]
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in gloss) or any(
            t.i in self.quoted for t in gloss
        ):
            return None  # "X, qui a marqué, a dit :": a clause, not a label
        if self.doc[end].text == "(" and self.doc[colon - 1].text != ")":
            return None
        return self.speaker(hit[0].name, hit[0], "introduced")

    def _speech_noun_owner(self, noun, colon: int):
        """Whose speech act a noun names ("Réponse de Xavier Bertrand :", "Le constat de l'ONG Oxfam :"):
        its complement with "de" before the colon, a person or a body of the actor table."""
        for child in noun.children:
            if child.dep_ != "nmod" or not noun.i < child.i < colon or child.i in self.quoted:
                continue
            if not any(c.dep_ == "case" and self.folded(c.i) in self.lex.actors.genitives for c in child.children):
                continue
            for token in self.doc[child.i : colon]:
                hit = self.actor_at.get(token.i)
                if hit is not None and hit[0].type in ("person", "organization"):
                    return token
            return None
        return None

    def demonstrative_time(self, token) -> bool:
        """A time noun under a demonstrative ("ce vendredi", "cette semaine", "ce matin"; data:
        grammar.yml, time_nouns and calendar): an adverbial of time with no preposition, which French
        puts between an incise verb and its inverted subject."""
        return (
            token.lower_ in self.lex.time_nouns
            and token.i not in self.actor_at
            and any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in token.children)
        )

    def incise_before(self, verb):
        """The verb of an incise right before a present participle or a gerund that follows it after a
        comma ("…, a prévenu X, disant …", "…, a estimé X, tout en saluant …"): a verb of saying, itself
        after a comma, within a few words."""
        if "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense"):
            return None
        doc, start = self.doc, sentence_of(verb).start
        comma = verb.i - 1
        while comma > start and doc[comma].lower_ in self.lex.gerund_markers:
            comma -= 1  # "…, a estimé la préfète, tout en saluant …": the gerund's own words
        if comma <= start or doc[comma].text != ",":
            return None
        for token in reversed(doc[max(start, comma - 15) : comma]):
            if token.i in self.quoted or token.text in (".", ";", ":"):
                return None
            # the tagger may call an incise's verb a noun ("…, dénonce le dirigeant, alertant"): a
            # form of a verb of saying right after a comma and before a determiner is one
            mistagged = token.pos_ == "NOUN" and doc[token.i - 1].text == "," and doc[token.i + 1].pos_ == "DET"
            # "…, a fait savoir X, ajoutant …": a light verb says with its phrase's words
            phrased = token.i + 1 < comma and doc[token.i + 1].lower_ in speech_phrase_words(token, self.lex)
            if (token.pos_ in ("VERB", "AUX") or mistagged) and (
                verb_lemma(token, self.lex) in self.lex.speech or phrased
            ):
                if any(c.dep_.startswith("nsubj") and c.i < token.i for c in token.children):
                    return None  # "X, Ban Ki-moon, a condamné …, estimant": a main clause with its subject, no incise
                i = token.i - 1
                while i > start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].text.startswith("-")):
                    i -= 1
                return token if doc[i].text == "," or doc[i].i in self.quoted else None
        return None

    def name_from(self, token, evidence: str):
        """ "a indiqué à l'AFP Pascal Brice": where the person a model found ("AFP Pascal Brice")
        starts inside the phrase the scan stepped over, the name is its words from here on."""
        hit = self.actor_at.get(token.i)
        if hit is None or hit[1] >= token.i or hit[0].type != "person" or not token.text[:1].isupper():
            return None
        end = token.i
        while end < len(self.doc) and self.actor_at.get(end, (None,))[0] is hit[0]:
            end += 1
        actor = hit[0]
        name = self.parsed.span_text(self.doc[token.i : end]).strip()
        referent = Referent(name=name, type="person", role=actor.role, country=getattr(actor, "country", None))
        return self.speaker(name, referent, evidence)

    def partitive(self, token, stop: int, evidence: str = "incise"):
        """ "a ajouté une des sources proches du dossier", "l'un de ses conseillers": one of a group
        is that group's description."""
        if token.pos_ not in ("PRON", "NUM", "DET") or token.i + 2 >= stop:
            return None
        nxt = self.doc[token.i + 1]
        if nxt.pos_ != "ADP":
            return None
        head = next((t for t in self.doc[token.i + 2 : min(stop, token.i + 5)] if t.pos_ == "NOUN"), None)
        if head is None or any(t.pos_ not in ("DET", "ADP") for t in self.doc[token.i + 2 : head.i]):
            return None
        found = self.resolve(head, evidence)
        return found if found is not None and found.referent is None else None

    def named_later(self, token, stop: int):
        """ "explique sa collègue de l'UNSA du Cher, Élodie Vieuille": a description the parse cut
        from its apposition; the name after the comma that closes it is the speaker."""
        for nxt in self.doc[token.i + 1 : stop]:
            if nxt.i in self.quoted or nxt.pos_ in ("VERB", "AUX"):
                return None
            if nxt.text == ",":
                after = self.doc[nxt.i + 1] if nxt.i + 1 < stop else None
                if after is None or not after.text[:1].isupper() or after.pos_ not in ("PROPN", "NOUN", "X"):
                    return None
                found = self.resolve(after, "apposition")
                return found.chain("incise") if found else None
            if nxt.pos_ not in ("ADP", "DET", "NOUN", "PROPN", "ADJ"):
                return None
        return None

    def folded(self, i: int) -> str:
        return self.doc[i].lower_.replace("’", "'")

    def _phrase_end(self, preposition, stop: int) -> int:
        """End of "sur X", "à l'AFP", "dans un communiqué": the preposition, a determiner, one noun."""
        i = preposition.i + 1
        while i < stop and self.doc[i].pos_ == "DET":
            i += 1
        i += 1
        # the noun's own complements: "lors d'une conférence de presse à Goma le général X" (a genitive, or a
        # place named after "à", before the determiner that opens the inverted subject)
        while i + 1 < stop and (
            (self.folded(i) in self.lex.actors.genitives and self.doc[i + 1].pos_ in ("NOUN", "DET"))
            or (
                self.folded(i) in self.lex.actors.place_prepositions
                and self.doc[i + 1].pos_ == "PROPN"
                and i + 1 not in self.actor_at
            )
        ):
            i += 1
            while i < stop and self.doc[i].pos_ == "DET":
                i += 1
            i += 1
        return min(i, stop)

    def after_preposition(self, token) -> bool:
        """ "de X", "à la ministre", and a second conjunct of one ("entre ce dernier et X")."""
        prev = self.doc[token.i - 1] if token.i > 0 else None
        if prev is not None and prev.pos_ == "DET" and token.i > 1:
            prev = self.doc[token.i - 2]
        if prev is not None and prev.pos_ == "CCONJ" and token.dep_ == "conj" and token.head.i < token.i:
            return self.after_preposition(token.head) if token.head.i > 0 else False
        return prev is not None and prev.pos_ == "ADP"

    def copula_subject(self, start: int):
        """ "L'Élysée est « consterné »", "L'Inde se dit « inquiète »": the subject of the verb
        right before the quotation, when that verb is a copula (the quote is its predicate), or an
        auxiliary whose participle opens the quotation ("Olivier Véran a « été informé … »")."""
        before = [t for t in self.doc[max(0, start - 4) : start] if not t.is_punct and t.pos_ != "ADV"]
        first = next((t for t in self.doc[start : start + 2] if not t.is_punct), None)  # past the opening mark
        if (
            before
            and before[-1].pos_ == "AUX"
            and first is not None
            and first.pos_ in ("AUX", "VERB")
            and "Part" in first.morph.get("VerbForm")
        ):
            # "Olivier Véran a « été informé hier soir du décès … »": the auxiliary is outside, the verb it
            # conjugates quoted: the words are the subject's own, the name right before the auxiliary
            found = self.name_right_before(before[-1], apposed=True)
            if found is None:
                return None
            # the evidence is the quoted verb, then how the name was read ("nearest subject+apposition")
            return replace(found, rule="+".join(found.rule.split("+")[1:])).chain("copula")
        if not before or before[-1].pos_ not in ("AUX", "VERB") or before[-1].lemma_.lower() != "être":
            return None
        verb = before[-1]
        for candidate in (verb.head, verb):
            for child in candidate.children:
                if child.dep_.startswith("nsubj") and child.i not in self.quoted and child.i < verb.i:
                    return self.resolve(child, "copula")
        return None
