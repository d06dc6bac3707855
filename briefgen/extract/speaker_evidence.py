"""Speaker evidence: where, in a statement's own sentence(s), the speaker is written.

The evidence rules of the ``speakers`` family (data/rules.yml): the subject of the verb of saying
("X a déclaré que …": ``subject``), the subject inverted after it or the clitic of an incise
("« … », a averti l'OEA", "a-t-elle dit": ``incise``), a "selon X" / "Pour X, …" phrase
(``selon``, read by ``speaker_sources.py``), the subject of an incise for a present participle
after it ("…, a précisé le procureur, appelant à la prudence": ``participle``), the subject of a copula predicating the quote ("L'Élysée est « consterné »":
``copula``), the verb of a sentence closed by a colon that introduces the quote on the next line
(``introduced``), and, when the parse hung the subject elsewhere, the nearest subject before the
verb (``nearest subject``) or capitalised words right before it (``capitalised``), read by
``speaker_positions.py``. What the words found stand for (an actor, a title, a pronoun, a description) is ``speaker_names.py``'s part.
"""

from __future__ import annotations

from dataclasses import replace

from .speaker_names import Referent
from .speech import comma_incise, verb_lemma
from .statements import Statement, sentence_of


class Evidence:
    """Mixin of ``attribution.Attributor``: reading the frame of a statement."""

    def from_frame(self, statement: Statement):
        """Evidence around a quotation: a verb of saying (nearest first), a selon/pour phrase, a copula."""
        start, end = statement.start, statement.end
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

    def _detached_participle(self, token, sent) -> bool:
        """ "Forcées de siéger …, les oppositions ont dénoncé": where a verb has two subjects, a sentence
        opening on one capitalised word followed by a preposition and a lowercase word (not a name's
        particle: "Jean de La Fontaine") is a detached participle the tagger took for a name."""
        nxt = token.i + 1
        return (
            token.i == sent.start
            and token.pos_ == "PROPN"
            and nxt + 1 < len(self.doc)
            and self.doc[nxt].pos_ == "ADP"
            and self.doc[nxt + 1].text.islower()
        )

    def _named_in_apposition(self, title):
        """The person a title subject names in apposition, where the parse hangs the name on the title across
        its complements ("Le président du Conseil européen Antonio Costa"): only a person of the actor table."""
        if title.pos_ != "NOUN":
            return None
        for child in title.children:
            hit = self.actor_at.get(child.i)
            if child.dep_ == "appos" and child.i > title.i and hit is not None and hit[0].type == "person":
                return child
        return None

    def subject_of(self, verb, *, after_quote: bool):
        """The speaker of a speech verb: its subject, an inverted clitic or a post-verbal subject."""
        sent = sentence_of(verb)
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        agent = self._passive_agent(verb) if not after_quote else None
        if agent is not None:  # "Un coup de com' dénoncé par Matthieu Orphelin : « … »"
            return self.resolve(agent, "agent")
        if after_quote and any("Rel" in c.morph.get("PronType") and c.i < verb.i for c in subjects):
            return None  # "« … » Et de donner rendez-vous pour ce budget qui promet de nouvelles joutes": no incise
        if (
            not subjects
            and verb.dep_ == "conj"
            and verb.head.i < verb.i
            and verb.head.pos_ in ("VERB", "AUX")
            and verb_lemma(verb.head, self.lex) in self.lex.speech
            and any(c.dep_ == "cc" and c.i < verb.i for c in verb.children)
        ):
            # "Antonio Costa s'est dit « horrifié » et a assuré que …": verbs of saying joined by "et" share
            # their subject (the model also calls an incise after a clause its verb's "conj")
            shared = self.subject_of(verb.head, after_quote=False)
            if shared is not None:
                return shared
        for child in self._subject_candidates(verb):
            if (child.dep_.startswith("nsubj") or self._personal_expletive(child, verb)) and child.i not in self.quoted:
                if len(subjects) > 1 and self._detached_participle(child, sent):
                    continue  # "Forcées de siéger …, les oppositions ont dénoncé": the clause's subject comes after
                if after_quote and child.i < verb.i:
                    continue  # "<clause>, a précisé X": a subject before the incise is the clause's
                if "Rel" in child.morph.get("PronType") and child.i > 0:
                    antecedent = self.relative_antecedent(child)
                    return self.resolve(antecedent, "subject") if antecedent is not None else None
                if child.lower_ in self.lex.impersonal:
                    return None  # "on dit que", "cela montre que": nobody in particular
                named = self._named_in_apposition(child)
                if named is not None:  # "Le président du Conseil européen Antonio Costa s'est dit …": him
                    found = self.resolve(named, "subject")
                    return found.only("apposition").chain("subject") if found is not None else None
                return (
                    self.dislocated(child)
                    or self.coordinated(child, self.resolve(child, "subject"))
                    or self.partitive(child, sent.end, "subject")
                )
        for child in verb.children:  # "L'Inde, elle, se dit": the parse may not call "elle" a subject
            if child.i < verb.i and child.i not in self.quoted:
                found = self.dislocated(child)
                if found:
                    return found
        for token in self.doc[max(sent.start, verb.i - 3) : min(sent.end, verb.i + 3)]:
            if token.text.startswith("-") and self.pronoun_of(token) and token.i not in self.quoted:
                return self.resolve(token, "incise")
        if not after_quote:
            incise = self.incise_before(verb)
            if incise is not None:
                # "…, a précisé le procureur, appelant à la prudence": the participle's subject is
                # the incise's, not the subject of the clause the incise reports
                found = self.subject_of(incise, after_quote=True)
                if found:
                    return found.chain("participle")
            # a misparse may hang the subject elsewhere: the nearest subject before the verb
            return self.subject_before(verb)
        # inverted subject: « … », a déclaré X — the first nominal after the verb
        i = lead = verb.i + 1
        article = False
        while i < sent.end:
            token = self.doc[i]
            if token.text == "," and i == verb.i + 1:
                # "souligne, pour sa part, Eric Ciotti": a parenthesis between the verb and its subject
                close = next((k for k in range(i + 1, min(i + 6, sent.end)) if self.doc[k].text == ","), None)
                if close is not None and not any(
                    self.doc[k].pos_ in ("VERB", "AUX") or k in self.quoted for k in range(i + 1, close)
                ):
                    i = close + 1
                    continue
            if token.i in self.quoted or token.is_punct:
                break
            if i == lead and token.lower_ in self.lex.time_nouns and token.i not in self.actor_at:
                i = lead = i + 1  # "a déclaré lundi à l'AFP X": a day right after the verb says when
                continue
            if token.pos_ == "ADP" and (token.lower_ not in self.lex.title_complements or i == lead):
                # "a écrit sur X le député …", "a déclaré à l'AFP le ministre": past where, to whom
                i = self._phrase_end(token, sent.end)
                continue
            if (
                token.pos_ == "ADV"
                and i + 1 < sent.end
                and (
                    self.doc[i + 1].pos_ == "ADP"
                    or self.folded(i + 1) in self.lex.actors.genitives  # "lors d’", tagged ADV
                )
            ):
                # "a analysé auprès de l'AFP X", "a dit lors d'un point presse X": a prepositional
                # phrase opened by an adverb and a preposition (auprès de, lors de, près de)
                i = self._phrase_end(self.doc[i + 1], sent.end)
                continue
            if token.pos_ == "ADP" and i + 1 < sent.end and self.doc[i + 1].pos_ == "PRON":
                i += 2  # "a critiqué quant à lui X": the pronoun after a preposition is no subject
                continue
            if self.demonstrative_time(token):
                i += 1  # "indique ce vendredi l'office …", "a déclaré ce matin X": when, not who
                continue
            if token.pos_ == "PRON" and self.lex.actors.is_article(token.lower_) and i + 1 < sent.end:
                i += 1  # "a commenté le leader parlementaire": after the verb "le" is an article, not an object
                article = True
                continue
            # … and the word after it a noun, whatever the tagger says ("leader" as a verb)
            misread = article and token.pos_ == "VERB" and token.text.islower()
            if token.pos_ in ("NOUN", "PROPN", "PRON") or token.text[:1].isupper() or misread:
                found = self.name_from(token, "incise") or self.resolve(token, "incise")
                if found is None and token.pos_ == "NOUN" and not any(c.dep_ == "det" for c in token.children):
                    i += 1  # "a déclaré mardi une infirmière": a bare noun says when, not who
                    continue
                return found or self.named_later(token, sent.end) or self.partitive(token, sent.end)
            if token.pos_ not in ("DET", "ADV", "ADJ", "AUX"):
                break
            i += 1
        return None

    def _passive_agent(self, verb):
        """The agent of a participle of saying hung on the noun it says ("Un coup de com' dénoncé par
        Matthieu Orphelin, député du Maine-et-Loire : « … »"): the noun is what was said, the agent
        who said it; only a person or a body of the actor table. A verb of saying in the passive the
        same: "les entreprises ont été appelées à « protéger les salariés » par la ministre" is the
        minister's call, its subject the addressee. The small model may hang the agent on an
        infinitive the passive governs, which has no agent of its own."""
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        hung = verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and verb.head.i < verb.i
        if not (hung or passive):
            return None
        for child in verb.subtree:
            if child.dep_ == "obl:agent" and child.i not in self.quoted and self._agent_of(child, verb):
                hits = [self.actor_at.get(t.i) for t in child.subtree if t.i not in self.quoted]
                named = any(hit is not None and hit[0].type in ("person", "organization") for hit in hits)
                return child if named else None  # "par la ministre du Travail Catherine Vautrin" too
        return None

    def _subject_candidates(self, verb):
        """The verb's dependents, where a subject may be. A pronoun after a preposition is a tonic
        one, never a subject ("L'Union africaine a quant à elle demandé …", the small model's
        subject): the noun the model hung on the auxiliary instead is the verb's subject."""
        tonic = [
            c
            for c in verb.children
            if c.dep_.startswith("nsubj") and c.pos_ == "PRON" and c.i > 0 and self.doc[c.i - 1].pos_ == "ADP"
        ]
        if not tonic:
            return list(verb.children)
        hung = [s for c in verb.children if c.dep_.startswith("aux") for s in c.children if s.dep_.startswith("nsubj")]
        return [c for c in verb.children if c not in tonic] + hung

    def _personal_expletive(self, child, verb) -> bool:
        """ "Il a réclamé que le gouvernement vienne …": the small model reads "il" before a verb and
        its "que" clause as the impersonal "il" of "il faut que"; before an active verb of saying it is
        someone. Not in the passive ("il a été décidé que"), nor in a verb with a real subject."""
        return (
            child.dep_ == "expl:subj"
            and child.i < verb.i
            and self.pronoun_of(child) is not None
            and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux:pass" for c in verb.children)
            and verb_lemma(verb, self.lex) in self.lex.speech
        )

    @staticmethod
    def _agent_of(agent, verb) -> bool:
        """The agent is the verb's, or hangs on an infinitive under it ("appelées à protéger … par"):
        no finite verb or participle, which may have an agent of its own, stands between them."""
        head = agent.head
        while head.i != verb.i:
            if {"Fin", "Part"} & set(head.morph.get("VerbForm")):
                return False
            head = head.head
        return True

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
        """The verb of an incise right before a present participle that follows it after a comma
        ("…, a prévenu X, disant …"): a verb of saying, itself after a comma, within a few words."""
        if "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense"):
            return None
        doc, start = self.doc, sentence_of(verb).start
        if verb.i - 1 <= start or doc[verb.i - 1].text != ",":
            return None
        for token in reversed(doc[max(start, verb.i - 16) : verb.i - 1]):
            if token.i in self.quoted or token.text in (".", ";", ":"):
                return None
            # the tagger may call an incise's verb a noun ("…, dénonce le dirigeant, alertant"): a
            # form of a verb of saying right after a comma and before a determiner is one
            mistagged = token.pos_ == "NOUN" and doc[token.i - 1].text == "," and doc[token.i + 1].pos_ == "DET"
            if (token.pos_ in ("VERB", "AUX") or mistagged) and verb_lemma(token, self.lex) in self.lex.speech:
                if any(c.dep_.startswith("nsubj") and c.i < token.i for c in token.children):
                    return None  # "X, Ban Ki-moon, a condamné …, estimant": a main clause with its subject, no incise
                i = token.i - 1
                while i > start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].text.startswith("-")):
                    i -= 1
                return token if doc[i].text == "," or doc[i].i in self.quoted else None
        return None

    def coordinated(self, subject, found):
        """ "Le président de l'UA, Félix Tshisekedi, et le président de la Commission, Moussa Faki,
        condamnent": coordinated subjects speak together, under both names (a later "ils" is them)."""
        if found is None:
            return None
        names, rules = [found.name], [found.rule]
        for conj in subject.children:
            if conj.dep_ != "conj" or conj.i in self.quoted:
                continue
            other = self._resolve(conj)
            if (
                other is None
                or other.name in names
                or (other.referent is not None and other.referent is found.referent)
            ):
                continue
            cc = next((c for c in conj.children if c.dep_ == "cc"), None)
            names.append(f"{cc.text} {other.name}" if cc is not None else other.name)
            rules.append(other.rule)
        if len(names) == 1:
            return found
        chained = found.chain("subject")
        for rule in rules[1:]:
            for link in filter(None, rule.split("+")):
                chained = chained.chain(link).chain("subject")
        return replace(chained, name=" ".join(names), referent=None, number="Plur", role=None)

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

    def dislocated(self, subject):
        """ "L'Inde, elle, se dit …": a pronoun between commas doubles the nominal before it, which
        speaks (a country or a body as much as a person)."""
        if not self.pronoun_of(subject) or subject.i < 3 or subject.i + 1 >= len(self.doc):
            return None
        if self.doc[subject.i - 1].text != "," or self.doc[subject.i + 1].text != ",":
            return None
        head = self.doc[subject.i - 2]
        if head.pos_ not in ("NOUN", "PROPN") or head.i in self.quoted:
            return None
        if head.i in self.actor_at:
            head = self.doc[self.actor_at[head.i][1]]
        found = self._resolve(head)
        return found.chain("copula") if found else None

    def copula_subject(self, start: int):
        """ "L'Élysée est « consterné »", "L'Inde se dit « inquiète »": the subject of the verb
        right before the quotation, when that verb is a copula (the quote is its predicate)."""
        before = [t for t in self.doc[max(0, start - 4) : start] if not t.is_punct and t.pos_ != "ADV"]
        if not before or before[-1].pos_ not in ("AUX", "VERB") or before[-1].lemma_.lower() != "être":
            return None
        verb = before[-1]
        for candidate in (verb.head, verb):
            for child in candidate.children:
                if child.dep_.startswith("nsubj") and child.i not in self.quoted and child.i < verb.i:
                    return self.resolve(child, "copula")
        return None
