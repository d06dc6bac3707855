"""Source phrases as speaker evidence: "selon X", "d'après X", "aux yeux de X" and a framing
"Pour X, …" name who speaks (``selon`` in the ``speakers`` family of data/rules.yml), unless they
name a source of facts ("selon le texte", "selon des informations du KCIA") or, for "Pour X,",
someone the words are for rather than someone holding a view. A mixin of
``attribution.Attributor``, split from ``speaker_evidence.py``, which asks it for each sentence.
A document that speaks ("souligne le rapport", "Son analyse pointe") speaks for its author
(``author``, asked by ``speaker_names.py``).
"""

from __future__ import annotations

from .speech import author_of_source, sentence_of, source_of_facts, source_phrase

# the resolutions that make a speaker of words naming no actor: "selon un analyste basé à Londres",
# "selon la présidence", "selon le porte-parole du ministère" (not "selon le texte")
SOURCES = frozenset({"description", "institution", "group", "owner", "pronoun"})


class Sources:
    """Mixin of ``attribution.Attributor``: the speaker a source phrase names."""

    def selon(self, token):
        """ "selon X", "d'après X", "aux yeux de X" and a framing "Pour X," name the speaker
        (phrases: speech_verbs.yml, source_phrases)."""
        found = source_phrase(self.doc, token, self.lex)
        if found is None:
            return None
        opens, framing = found
        if framing and not (opens == sentence_of(token).start or self.doc[opens - 1].text in ",»\""):
            return None
        head = self.next_nominal(token)
        if head is None:
            return None
        if "Rel" in head.morph.get("PronType") and head.i == token.i + 1:
            # "X, analyste chez Y, pour qui la hausse clôt une phase de « … »": in the view of the
            # relative's antecedent, as "selon lui" would say
            antecedent = self.relative_antecedent(head)
            return self.resolve(antecedent, "selon") if antecedent is not None else None
        if source_of_facts(head, self.lex):
            head = author_of_source(self.doc, head, sentence_of(token).end, self.lex)
            if head is None:
                return None
        if framing and not (self.comma_after(head) and self.names_someone(head)):
            return None
        found = self.resolve(head, "selon")
        if found and found.referent is not None and "apposition" in found.rule:
            comma = next((t.i for t in self.doc[head.i : sentence_of(token).end] if t.text == ","), None)
            mention = next(
                (
                    i
                    for i in range(head.i, sentence_of(token).end)
                    if self.actor_at.get(i, (None,))[0] is found.referent
                ),
                None,
            )
            if comma is not None and mention is not None and mention > comma + 1 and self.doc[comma + 1].pos_ == "DET":
                return None  # "Selon les scores de la CEI, le candidat X arrive …": X is what the source says
        if found and found.referent is None and not SOURCES.intersection(found.rule.split("+")):
            return None  # "selon le texte" names no one: a source of facts, not a speaker
        if found and framing and not self.framing_speaker(found):
            return None  # "Pour les familles, la rentrée coûte cher": for whom, not in whose view
        return found

    def names_someone(self, head) -> bool:
        """The head of "Pour X," is a name, a title or a pronoun ("Pour la billetterie des JO,
        Paris 2024 …" is about the tickets, whatever name follows)."""
        lemma = head.lemma_.lower()
        return (
            head.i in self.actor_at
            or head.pos_ == "PROPN"
            or bool(self.pronoun_of(head))
            or lemma in self.lex.titles
            or head.lower_ in self.lex.titles
        )

    @staticmethod
    def framing_speaker(found) -> bool:
        """ "Pour X, …" is a view only when X is someone who holds one: a person or a body the
        article names (or a pronoun standing for one), not a description or a country."""
        referent = found.referent
        return referent is not None and referent.type in ("person", "organization")

    def next_nominal(self, token):
        """The head of the source phrase's nominal: past its determiner, adjectives and numeral
        ("selon les quatre survivants")."""
        for nxt in self.doc[token.i + 1 : min(sentence_of(token).end, token.i + 5)]:
            if nxt.pos_ in ("NOUN", "PROPN", "PRON"):
                return nxt
            if nxt.pos_ not in ("DET", "ADJ", "NUM"):
                return None
        return None

    def comma_after(self, head) -> bool:
        """ "Pour X, …": a comma closes the phrase before any verb does."""
        for token in self.doc[head.i + 1 : min(head.i + 15, sentence_of(head).end)]:
            if token.text == ",":
                return True
            if token.pos_ in ("VERB", "AUX") or token.i in self.quoted:
                return False
        return False

    def definite(self, token) -> bool:
        """ "le rapport", "ce communiqué": a determiner the morphology marks definite or demonstrative."""
        return any(
            c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
            for c in token.children
        )

    @staticmethod
    def possessive(token) -> bool:
        """ "son analyse", "leur rapport": a possessive determiner."""
        return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in token.children)

    def author(self, token):
        """ "souligne le rapport", "ajoute le communiqué": a document the article has named speaks
        for whoever issued it: the body of its complement ("le rapport de la Cour"), or of its last
        mention before ("La Cour a publié son rapport"), else the last body that spoke, this
        paragraph or the one before (``author``)."""
        named = author_of_source(self.doc, token, sentence_of(token).end, self.lex)
        if named is not None:
            found = self._resolve(named)
            return found.chain("author") if found is not None else None
        lemma = token.lemma_.lower()
        for prev in reversed(self.doc[: sentence_of(token).start]):
            # "La Cour des comptes a publié son rapport … souligne le rapport": who published it before
            if prev.lemma_.lower() != lemma or prev.i in self.quoted or prev.pos_ != "NOUN":
                continue
            named = author_of_source(self.doc, prev, sentence_of(prev).end, self.lex)
            subject = named or next(
                (c for c in prev.head.children if c.dep_.startswith("nsubj") and prev.dep_ == "obj"), None
            )
            found = self._resolve(subject) if subject is not None and subject.i not in self.quoted else None
            if found is not None and found.referent is not None:
                return found.chain("author")
            break
        if self.possessive(token):
            # "Le rapport de X ne ménage personne. Son analyse pointe …": the possessive stands for the
            # subject of the sentence before, or for that subject's author when it is a document
            for prev in self.tokens_before(token):
                if prev.dep_.startswith("nsubj") and prev.pos_ in ("NOUN", "PROPN"):
                    found = self._resolve(self.doc[self.actor_at[prev.i][1]] if prev.i in self.actor_at else prev)
                    if found is not None and found.referent is not None:
                        return found.chain("author")
                    break
        block = self.parsed.block_of(token.idx)
        for start, _, speaker in reversed(self.history):
            if block - self.parsed.block_of(self.doc[start].idx) > 1:
                break
            if speaker.referent is not None and speaker.referent.type == "organization":
                return self.speaker(speaker.name, speaker.referent, "author")
        return None
