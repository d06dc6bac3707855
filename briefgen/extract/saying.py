"""Verbs of saying: which tokens of an article report speech, whatever the tagger called them.

The part of ``statements.Finder`` (``SayingVerbs``, a mixin, split from ``statements.py``) that
decides whether a token is a verb of saying: a lemma of data/speech_verbs.yml (speech, verb_phrase)
where the form or the lemmatizer says it is a verb ("« … » commente X", "Les conseils dénoncent"),
a present of saying the tagger misread right after its subject ("L'institution constate …"), or
the light verb of a speech phrase ("a fait part de", "met en garde"); not after a determiner (a
noun), not without its reflexive pronoun when listed with one ("s'engager"), not in a pronominal
sense of its own ("se qualifier", "se rappeler": reflexive_not_speech).
"""

from __future__ import annotations

from .speech import clitic_word, euphonic_t, inverted_clitic, learned_from, sentence_of, verb_lemma

PHRASE_HEADS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})  # a phrase's verb, or the form the tagger misread
QUOTATION_ENDS = ("»", "”", '"')  # the mark a quotation closes with, before an incise


def quotation_comma(tokens) -> bool:
    """The tokens end with a closing quotation mark and its comma: where an incise begins ("« … », a dit X")."""
    return len(tokens) >= 2 and tokens[-1].text == "," and tokens[-2].text in QUOTATION_ENDS


class SayingVerbs:
    """Mixin of ``statements.Finder``: the verbs of saying."""

    def opens_its_quotation(self, token) -> bool:
        """ "les pays membres ont « condamné de la manière la plus ferme … »": a participle opening a
        quotation right after its auxiliary is the writer's verb, the quotation its object."""
        doc = self.doc
        return (
            token.i >= 2
            and "Part" in token.morph.get("VerbForm")
            and doc[token.i - 1].text in ("«", '"', "“")
            and doc[token.i - 2].pos_ == "AUX"
            and "Fin" in doc[token.i - 2].morph.get("VerbForm")
        )

    def is_speech_verb(self, token) -> bool:
        if token.i in self.incise_verbs:
            return True
        if self.speech_phrase(token):
            return True
        if token.i in self.quoted and not self.opens_its_quotation(token):
            return False
        if token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "ADV", "PROPN", "X"):
            return False  # ("X": "« … », commente X" the tagger could not class; the rules below decide)
        if token.pos_ == "PROPN" and not token.text.islower():
            return False  # a name; a lower-case "PROPN" is a verb the tagger misread ("a réagi")
        lemma = verb_lemma(token, self.lex)
        if lemma not in self.lex.speech:
            # "…, a-t-on appris auprès de la préfecture": the news has a source, who speaks
            return self.inverted_incise(token) or learned_from(token, self.lex) is not None
        prev = self.doc[token.i - 1] if token.i > 0 else None
        if (
            prev is not None
            and prev.pos_ == "DET"
            and not prev.text.startswith("-")
            and self.comparative_frame(token) is None  # "comme le rappellent X": "le" is its object
            and not self.neuter_object(prev, token)
        ):
            return False  # "l'accusé le plus connu", "la déclaration": a determiner makes it a noun
        reflexive = any(self.reflexive_of(c, token) for c in token.children)
        if lemma in self.lex.reflexive and not reflexive:
            return False  # "s'engager à" takes a stance; "engager sa responsabilité" does not
        if lemma in self.lex.reflexive_not_speech and reflexive:
            return False  # "s'est qualifiée pour la finale", "se rappelle les faits": no speech
        if token.pos_ in ("VERB", "AUX") or self.comparative_frame(token) is not None:
            return True  # "comme le rappellent X" read as a noun: after "comme le" a verb must be
        if token.lemma_.lower() == lemma != token.lower_ and (
            token.dep_ == "ROOT" or any(c.dep_.startswith("nsubj") for c in token.children)
        ):
            return True  # "Les conseils dénoncent …" read as an adverb: the lemmatizer knew the verb
        if self.present_after_subject(token, lemma):
            return True  # "L'institution constate …", "Son président, X, évoque …" read as an adjective
        # the tagger reads "note", "souligné" as a noun: take it for a verb only where a verb
        # must be (after an auxiliary or inverted clitic, or before que or a colon)
        # (inverted clitics and a reflexive one left out: "« … », s'exclame X")
        prev = [
            t
            for t in self.doc[max(0, token.i - 4) : token.i]
            if not t.text.startswith("-") and t.lower_ not in self.lex.reflexive_pronouns
        ]
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        incise = quotation_comma(prev) or (
            bool(prev) and prev[-1].text in QUOTATION_ENDS and prev[-1].i in self.quoted
        )  # "« … », commente X" and "« … » commente X", the comma forgotten
        return (
            incise
            or bool(prev and prev[-1].pos_ == "AUX")
            # "« … », a immédiatement réagi X": an incise's adverb between the auxiliary and the participle
            or (len(prev) >= 4 and prev[-1].pos_ == "ADV" and prev[-2].pos_ == "AUX" and quotation_comma(prev[:-2]))
            or (nxt is not None and (nxt.lower_ in self.lex.complementisers or nxt.text == ":"))
            # "…, note-t-il": a subject clitic inverted after a word attaches only to a verb
            or (nxt is not None and (euphonic_t(nxt.text) or inverted_clitic(nxt.text, self.lex.pronouns)))
        )

    def reflexive_of(self, pronoun, verb) -> bool:
        """A reflexive pronoun before the verb, of the verb's person: "nous nous rappelons", but not the
        "nous" of "« … », nous rappelait un député", the dative of a third-person verb."""
        if pronoun.lower_ not in self.lex.reflexive_pronouns or pronoun.i > verb.i:
            return False
        own = pronoun.morph.get("Person")
        verbs = (verb, *(c for c in verb.children if c.dep_.startswith("aux")))
        return not (own and own[0] in ("1", "2") and any("3" in t.morph.get("Person") for t in verbs))

    def inverted_incise(self, token) -> bool:
        """ "« … », a-t-il débuté", "« … », sourit-elle": a verb right after a quotation and its comma, with its
        subject clitic inverted, is an incise, which French uses only to say who says the quotation, whatever
        the verb (the lexicon cannot list every verb a writer puts there)."""
        doc = self.doc
        if token.pos_ != "VERB" or token.i + 1 >= len(doc):
            return False
        clitic = doc[token.i + 1] if doc[token.i + 1].text.startswith("-") else None
        i = token.i - 1
        while i >= 0 and (doc[i].text.startswith("-") or doc[i].pos_ == "AUX"):
            clitic = clitic or (doc[i] if doc[i].text.startswith("-") else None)
            i -= 1
        return (
            clitic is not None
            and clitic_word(clitic.text) in self.lex.pronouns
            and quotation_comma(doc[max(0, i - 1) : i + 1])
        )

    def support_verb(self, token) -> bool:
        """ "a lancé un appel à la retenue", "a émis des réserves sur le projet", "a rendu hommage aux
        victimes": a support verb (speech_verbs.yml, support_verbs) whose object is a noun of a speech
        act (support_objects) behind its determiner says, the two together, what a verb of saying
        would ("a fait appel" is a court's; "rendre hommage" goes bare: support_bare_objects). Negated,
        it performs no act: "n'ont pas encore présenté de propositions" proposes nothing (a model may
        tag the negative "de" as the object's determiner)."""
        if token.pos_ != "VERB" or token.i in self.quoted or token.lemma_.lower() not in self.lex.support_verbs:
            return False
        if any(c.lower_ in self.lex.negators for c in token.children if c.dep_ == "advmod"):
            return False
        for child in token.children:
            if child.i > token.i and child.dep_ in ("obj", "obl:arg", "xcomp"):
                head = [t for t in child.subtree if t.i < child.i + 3][:4]
                if any(
                    t.lower_ in self.lex.support_objects
                    and t.pos_ in ("NOUN", "ADJ")
                    and (t.lower_ in self.lex.support_bare_objects or self.doc[head[0].i].pos_ == "DET")
                    for t in head
                ):
                    return True
        return False

    def judgement(self, token) -> bool:
        """ "juge la réforme indispensable", "jugent inacceptable la suppression", "considère ce
        projet comme prioritaire": a verb of judgement (speech_verbs.yml, judgement_verbs) whose
        object has an attribute, an adjective the parse hangs on the verb or, as a clause, on the
        object, says what a verb of saying would (the tagger may read "juge" as the noun: after its
        subject, not after a determiner, it is the verb)."""
        if token.i in self.quoted or token.i == 0 or verb_lemma(token, self.lex) not in self.lex.judgement_verbs:
            return False
        if token.pos_ != "VERB" and not (
            token.pos_ == "NOUN" and self.doc[token.i - 1].pos_ != "DET" and token.dep_ == "ROOT"
        ):
            return False
        if any(c.dep_.startswith("aux:pass") for c in token.children):
            return False
        objects = [c for c in token.children if c.dep_ == "obj" and c.i > token.i]
        if any(c.i > token.i and c.pos_ == "ADJ" and c.dep_ != "amod" for c in token.children):
            return True
        return bool(objects) and any(
            (t.pos_ == "ADJ" and t.dep_ in ("acl", "xcomp") and t.i > objects[0].i)
            or (t.pos_ == "ADJ" and t.head.i == objects[0].i and t.i > objects[0].i and self._referred(objects[0]))
            or (t.lower_ in self.lex.attribute_markers and t.i == objects[0].i + 1)  # "ce quota comme excessif"
            for t in objects[0].subtree
        )

    @staticmethod
    def _referred(noun) -> bool:
        """A noun under a demonstrative names what the article has already said ("a jugé ces
        propositions irrecevables"): an adjective after it is news, the attribute the small model
        hangs on the noun, not a kind of the thing."""
        return any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in noun.children)

    def nominal_frame(self, token) -> bool:
        """ "Elle a prononcé ses réquisitions : vingt ans de réclusion", "L'annonce du ministre : la
        taxe sera supprimée": a noun of a speech act (speech_verbs.yml, speech_nouns) behind its
        determiner, whose phrase a colon closes, frames the clause after the colon as a verb of
        saying does; not a rubric ("Réactions :", no determiner), not a quotation (the quotation is
        the statement), not a clause with a verb of saying of its own (that verb reports it)."""
        doc = self.doc
        if token.lower_ not in self.lex.speech_nouns or token.pos_ in ("PUNCT", "SPACE") or token.i in self.quoted:
            return False
        if token.i == 0 or doc[token.i - 1].pos_ != "DET":
            return False
        sent = sentence_of(token)
        for t in doc[token.i + 1 : min(sent.end, token.i + 9)]:
            if t.text == ":":
                words = [w for w in doc[t.i + 1 : sent.end] if not w.is_space]
                return (
                    len(words) >= 3
                    and words[0].i not in self.quoted
                    and not any(
                        self.is_speech_verb(w) and not any(c.dep_ == "aux:pass" for c in w.children)
                        for w in words
                        if w.pos_ in ("VERB", "AUX")
                    )  # "sera maintenu" is done, not said
                )
            if t.pos_ in ("VERB", "AUX") or t.text in ",;.!?" or t.i in self.quoted:
                return False
        return False

    @staticmethod
    def neuter_object(prev, token) -> bool:
        """ "X l'assure : …", "il le répète": the neuter "le"/"l'" the tagger calls a determiner is the
        object pronoun of a conjugated verb ("l'accusé", a participle, stays a noun)."""
        return (
            prev.lower_.replace("\u2019", "'") in ("l'", "le")
            and token.pos_ in ("VERB", "AUX")
            and "Fin" in token.morph.get("VerbForm")
        )

    def present_after_subject(self, token, lemma: str) -> bool:
        """ "Les rebelles accusent l'armée …", "L'institution constate « l'échec » …", "mais Stellantis
        dément tout projet", "Elle note des « imprudences »": the present tense of a verb of saying
        (a first-group form in "-e" or "-ent", or an irregular form), right after a noun, a name or a
        subject pronoun (or the comma closing an apposition to one) and before its object, with no
        conjugated verb before it in its clause, is the clause's verb whatever the tagger says."""
        word = token.lower_
        present = lemma.endswith("er") and word in (lemma[:-2] + "e", lemma[:-2] + "ent")
        if not (present or self.lex.irregular_forms.get(word) == lemma) or token.i == 0:
            return False  # "dément", "reconnaît": the irregular forms the tagger misses
        prev, nxt = self.doc[token.i - 1], self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if prev.text == "," and token.i > 1:
            prev = self.doc[token.i - 2]  # "Son président, Mario Coppens, évoque …"
        subject = (
            prev.pos_ in ("NOUN", "PROPN")
            or (prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start)  # a name misread
            or (prev.pos_ == "PRON" and prev.lower_ in self.lex.pronouns)  # "il", "elle", "ils", "elles"
            or (prev.lower_ == "qui" and "Rel" in prev.morph.get("PronType"))  # "X, qui dénonce « … »"
        )
        if not subject:
            return False
        if nxt is None or not (nxt.pos_ in ("DET", "NUM", "ADV", "ADP") or nxt.i in self.quoted):
            return False  # its object follows: "dément toute fusion", "pointe de graves lacunes", "alerte sur"
        sent = sentence_of(token)
        for t in reversed(self.doc[sent.start : token.i]):
            if t.i in self.quoted:
                continue
            if t.text in (";", ":") or t.pos_ == "CCONJ":
                return True  # "…, mais Stellantis dément …": a clause of its own
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.text[:1].islower():
                return False  # (the tagger calls "S.E." or a name a verb)
        return True

    def speech_phrase(self, token) -> bool:
        """ "a fait part de", "avait fait état de", "a fait savoir que" (speech_verbs.yml, speech_phrases)."""
        return self.phrase_words(token) is not None

    def phrase_words(self, token) -> range | None:
        """The words a light verb says with ("savoir" of "a fait savoir"), or None if it heads no speech
        phrase: they belong to the verb, as an auxiliary does, not to a clause of their own."""
        if token.pos_ not in PHRASE_HEADS or token.i in self.quoted:
            return None
        phrases = self.lex.speech_phrases.get(verb_lemma(token, self.lex))  # the lemma, or the form's infinitive
        if not phrases:
            return None
        # "L'Arcep parle d'une chute", "parle" tagged an adjective: a verb form after its subject, no article
        mistagged = (
            token.pos_ in ("ADJ", "NOUN")
            and token.text.islower()
            and token.i > 0
            and self.doc[token.i - 1].pos_ in ("PROPN", "NOUN")
        )
        if token.pos_ not in ("VERB", "AUX") and not mistagged:
            return None
        nxt = next((t for t in self.doc[token.i + 1 : token.i + 4] if t.pos_ != "ADV"), None)
        if nxt is None:
            return None
        words = [t.lower_.replace("’", "'") for t in self.doc[nxt.i : min(len(self.doc), nxt.i + 3)]]
        size = next((len(p.split()) for p in phrases if words[: len(p.split())] == p.split()), None)
        return None if size is None else range(nxt.i, nxt.i + size)
