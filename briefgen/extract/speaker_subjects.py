"""Speaker subjects: who the subject of a verb of saying is.

The ``subject`` evidence of the ``speakers`` family (data/rules.yml), read where the small model's
parse hides it: the agent of a participle or a passive of saying ("dénoncé par X", "ont été
appelées à … par la ministre": ``agent``), the agent of a participle of judgement whose attribute
a quotation is ("Présenté comme « calme » par ses collègues, il …": ``judged``), a subject the model hung on the auxiliary behind a tonic
pronoun ("L'Union africaine a quant à elle demandé"), a personal "il" the model reads as the
impersonal one ("Il a réclamé que …"), subjects joined by "et" that speak together, a subject
dislocated before its pronoun ("L'Inde, elle, se dit …"), and a subject detached by a participle
clause. What the subject found stands for is ``speaker_names.py``'s part; where in the frame the
verb of saying is, ``speaker_evidence.py``'s.
"""

from __future__ import annotations

from dataclasses import replace

from .speech import euphonic_t, learned_from, speech_phrase_words, verb_lemma
from .statements import sentence_of


class Subjects:
    """Mixin of ``attribution.Attributor``: the subject of a verb of saying."""

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
        source = learned_from(verb, self.lex)
        if source is not None:  # "…, a-t-on appris auprès de la préfecture": the source, not "on"
            if source.lemma_.lower() not in self.lex.described_sources or any(c.dep_ == "det" for c in source.children):
                return self.resolve(source, "selon")
            # "de source policière": a source with no article is its description
            phrase = self.phrase(source, self.nominal_span(source))
            return self.speaker(phrase, None, "description", role=phrase).chain("selon")
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        agent = self._passive_agent(verb) if not after_quote else None
        if agent is not None:  # "Un coup de com' dénoncé par Matthieu Orphelin : « … »"
            return self.resolve(agent, "agent")
        if after_quote and any("Rel" in c.morph.get("PronType") and c.i < verb.i for c in subjects):
            return None  # "« … » Et de donner rendez-vous pour ce budget qui promet de nouvelles joutes": no incise
        if (
            not subjects
            and not self.inverted_clitic(verb)
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
                if after_quote and child.lower_ in self.lex.time_nouns and child.i not in self.actor_at:
                    continue  # "…, a indiqué vendredi le chef de la diplomatie": the day says when; the parse's subject
                if "Rel" in child.morph.get("PronType") and child.i > 0:
                    antecedent = self.relative_antecedent(child)
                    return self.resolve(antecedent, "subject") if antecedent is not None else None
                if child.lower_ in self.lex.impersonal:
                    return None  # "on dit que", "cela montre que": nobody in particular
                # a subject after its verb is inverted, an incise ("« … », a déclaré X"), whether the
                # parse calls it the verb's subject (the medium model) or not (the small one)
                # (or an inverted clitic, which the model may hang on the participle: "a-t-il dit")
                evidence = "incise" if child.i > verb.i or child.text.startswith("-") else "subject"
                named = self._named_in_apposition(child)
                if named is not None:  # "Le président du Conseil européen Antonio Costa s'est dit …": him
                    found = self.resolve(named, evidence)
                    return found.only("apposition").chain(evidence) if found is not None else None
                return (
                    self.dislocated(child)
                    or self.coordinated(child, self.resolve(child, evidence))
                    or self.partitive(child, sent.end, evidence)
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
        # "« … », fait savoir la représentante du procureur": the words of a speech phrase are the verb's
        phrased = speech_phrase_words(verb, self.lex)
        while i < sent.end:
            token = self.doc[i]
            if i == lead and token.lower_ in phrased and token.pos_ != "ADP":
                i = lead = i + 1
                continue
            if token.text == "," and i == verb.i + 1:
                # "souligne, pour sa part, Eric Ciotti": a parenthesis between the verb and its subject
                close = next((k for k in range(i + 1, min(i + 6, sent.end)) if self.doc[k].text == ","), None)
                if close is not None and not any(
                    self.doc[k].pos_ in ("VERB", "AUX") or k in self.quoted for k in range(i + 1, close)
                ):
                    i = close + 1
                    continue
            if (
                token.text == ","
                and i > verb.i + 1
                and all(
                    self.doc[k].pos_ == "ADV" or self.doc[k].lower_ in self.lex.time_nouns for k in range(verb.i + 1, i)
                )
            ):
                i += 1  # "nous rappelait hier, un député": a stray comma after when
                continue
            if token.i in self.quoted or token.is_punct:
                break
            if i == lead and token.lower_ in self.lex.time_nouns and token.i not in self.actor_at:
                i = lead = i + 1  # "a déclaré lundi à l'AFP X": a day right after the verb says when
                continue
            if i == lead and token.like_num and i + 1 < sent.end and self.doc[i + 1].lower_ in self.lex.time_nouns:
                i = lead = i + 1  # "a déclaré samedi 29 juillet X": the date's number, then its month
                continue
            if token.pos_ in ("DET", "NUM") and i + 1 < sent.end and self.doc[i + 1].pos_ == "ADP":
                # "a ajouté une des sources proches du dossier": one of a group, the determiner standing alone
                found = self.partitive(token, sent.end)
                if found is not None:
                    return found
            if token.pos_ == "ADP":
                # "a écrit sur X le député …", "a déclaré à l'AFP le ministre", "a annoncé dans la soirée à
                # l'AFP le gouverneur": past where, when, to whom (no noun came yet that "à" could complete)
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
            if (
                token.lower_ in self.lex.defined_pronouns
                and i + 1 < sent.end
                and "Rel" in self.doc[i + 1].morph.get("PronType")
            ):
                # "a réagi celui qui doit lui succéder, le chef du parti conservateur Ulf Kristersson": the
                # relative clause defines the pronoun, the apposition after it names the speaker
                comma = next((k for k in range(i + 2, sent.end) if self.doc[k].text == ","), None)
                if comma is None:
                    break
                i = comma + 1
                continue
            if self.demonstrative_time(token):
                i += 1  # "indique ce vendredi l'office …", "a déclaré ce matin X": when, not who
                continue
            if token.pos_ == "PRON" and self.lex.actors.is_article(token.lower_) and i + 1 < sent.end:
                i += 1  # "a commenté le leader parlementaire": after the verb "le" is an article, not an object
                article = True
                continue
            if token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i == i + 1 and token.i not in self.actor_at:
                i += 1  # "a écrit le Premier ministre espagnol": the capitalised adjective of the title after it
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

    def judged_by(self, start: int, end: int):
        """ "Présenté comme « calme et sans histoires » par des responsables syndicaux, il …", "la
        tempête, qualifiée d'« exceptionnelle » par Météo France": a quotation that is the attribute of
        a past participle of judgement (data/speech_verbs.yml, judged_by_agent), right after it or after
        "comme" / "de", whose agent ("par X") follows it, is the agent's judgement; a verb of saying
        elsewhere in the sentence ("…, précise le ministre") reports other words. Only an agent the
        actor table or a description names."""
        doc = self.doc
        i = start - 1
        while i > 0 and (doc[i].is_quote or doc[i].is_space):
            i -= 1
        if i > 0 and (doc[i].lower_ in self.lex.attribute_markers or self.folded(i) in self.lex.actors.genitives):
            i -= 1  # "présenté comme « … »", "qualifiée d'« … »"
        participle = doc[i]
        if (
            i in self.quoted
            or participle.pos_ not in ("VERB", "ADJ")
            or "Part" not in participle.morph.get("VerbForm")
            or "Pres" in participle.morph.get("Tense")
            or verb_lemma(participle, self.lex) not in self.lex.judged_by_agent
            or any(c.dep_ in ("aux", "aux:tense") for c in participle.children)  # "a qualifié" is active
        ):
            return None
        j = end
        while j < len(doc) and (doc[j].is_quote or doc[j].is_space):
            j += 1
        if j >= len(doc) or j in self.quoted or doc[j].lower_ not in self.lex.stance.agent_prepositions:
            return None
        agent = doc[j].head
        if agent.i <= j or agent.i in self.quoted or agent.pos_ not in ("NOUN", "PROPN"):
            return None
        return self.resolve(agent, "judged")

    def _subject_candidates(self, verb):
        """The verb's dependents, where a subject may be. A pronoun after a preposition is a tonic
        one, never a subject ("L'Union africaine a quant à elle demandé …", the small model's
        subject): the noun the model hung on the auxiliary instead is the verb's subject."""
        # the euphonic "-t" of "déplore-t-il" is no pronoun, whatever the parse calls it: the clitic
        # after it is the subject (found below by its hyphen)
        children = [c for c in verb.children if not euphonic_t(c.text)]
        tonic = [
            c
            for c in children
            if c.dep_.startswith("nsubj") and c.pos_ == "PRON" and c.i > 0 and self.doc[c.i - 1].pos_ == "ADP"
        ]
        if not tonic:
            return children
        hung = [s for c in children if c.dep_.startswith("aux") for s in c.children if s.dep_.startswith("nsubj")]
        return [c for c in children if c not in tonic] + hung

    def inverted_clitic(self, verb):
        """The subject clitic inverted after a verb, hung on it ("a-t-il précisé", "note-t-elle"),
        whatever the parse calls it: the verb has a subject of its own."""
        return next((c for c in verb.children if c.text.startswith("-") and self.pronoun_of(c)), None)

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
        evidence = found.rule.split("+")[0] or "subject"  # "ont déclaré X et Y": an incise as well
        chained = found.chain(evidence)
        for rule in rules[1:]:
            for link in filter(None, rule.split("+")):
                chained = chained.chain(link).chain(evidence)
        return replace(chained, name=" ".join(names), referent=None, number="Plur", role=None)

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
