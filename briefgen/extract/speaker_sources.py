"""Source phrases as speaker evidence: "selon X", "d'après X", "aux yeux de X" and a framing
"Pour X, …" name who speaks (``selon`` in the ``speakers`` family of data/rules.yml), unless they
name a source of facts ("selon le texte", "selon des informations du KCIA") or, for "Pour X,",
someone the words are for rather than someone holding a view. A mixin of
``attribution.Attributor``, split from ``speaker_evidence.py``, which asks it for each sentence.
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
        for nxt in self.doc[token.i + 1 : min(sentence_of(token).end, token.i + 4)]:
            if nxt.pos_ in ("NOUN", "PROPN", "PRON"):
                return nxt
            if nxt.pos_ not in ("DET", "ADJ"):
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
