"""Speaker genders: what a pronoun's gender and number say of who it stands for.

A mixin of ``attribution.Attributor``: "il"/"elle" stand for a person of that gender or a body whose
noun has it, "ils"/"elles" for groups, bodies and countries (``compatible``); a person's gender is
read from "M."/"Mme" or a title's article ("la ministre X"), never from the name's morphology, which
the small model guesses ("Vassily" feminine) and which only breaks ties (``guessed_gender``).
"""

from __future__ import annotations

from .phrases import determiner_gender


class Genders:
    """Mixin of ``attribution.Attributor``: genders of mentions and how pronouns rank them."""

    def gender_fits(self, referent, pronoun, gender: str) -> bool:
        """A person's gender, from the nearest mention before the pronoun that says or suggests it
        ("M.", "la ministre", the model's guess of a first name), agrees with the pronoun's."""
        if id(referent) in self.genders:
            return self.genders[id(referent)] == gender
        if referent.type != "person":
            return True
        for other, i in self.mentions_before(pronoun.i):
            if other is referent:
                known = self.gender_of(i) or self.guessed_gender(i)
                if known:
                    return known == gender
        return True

    @staticmethod
    def rank(subject: bool, said: bool, guessed_otherwise: bool) -> int:
        """Who a pronoun stands for, best first (nearest first within a rank): a subject or speaker
        of the gender said ("Mme X"); a subject or speaker of unknown gender; a person of the
        gender said who was not a subject ("Paul Berger a reçu Mme Dufour. … a-t-elle dit"); a
        subject whose first name the model takes for the other gender; anyone compatible. A body
        counts as a subject only where it is one itself (not as an apposition to a person)."""
        if subject and said:
            return 0
        if subject and not guessed_otherwise:
            return 1
        if said:
            return 2
        return 3 if subject else 4

    def guessed_gender(self, index: int) -> str | None:
        """The model's guess of a first name's gender: a tie-breaker only, never a filter (it calls
        "Vassily" feminine)."""
        token = self.doc[index]
        return (token.morph.get("Gender") or [None])[0] if token.pos_ == "PROPN" else None

    def compatible(self, referent, index: int, gender: str, number: str) -> bool:
        """ "il"/"elle" stand for a person of that gender, or a body whose noun has it ("le groupe
        UDC … Il a exigé", "la Commission … elle"); "ils"/"elles" for bodies and countries."""
        if number == "Sing":
            if referent.type == "person":
                cue = self.gender_of(index)
            elif referent.type == "organization":
                cue = self.noun_gender(index)
            else:
                return False
            return cue is None or cue == gender
        return referent.type in ("organization", "country")

    def noun_gender(self, index: int) -> str | None:
        """Grammatical gender of a body's mention: its determiner's, or the common noun's it names
        ("le groupe UDC", "la Commission")."""
        token = self.doc[index]
        for candidate in (token, self.doc[index - 1] if index > 0 else token):
            if candidate.pos_ in ("DET", "NOUN") and candidate.morph.get("Gender"):
                return candidate.morph.get("Gender")[0]
        return determiner_gender(token)

    def gender_of(self, index: int) -> str | None:
        """Gender cue of a person's mention: M./Mme at its start or just before it, the gender of
        a title noun before it ("la ministre X"). A name's own morphology is not read: the small
        model guesses it ("Vassily" feminine)."""
        for j in range(index, max(index - 3, -1), -1):
            prev = self.doc[j]
            if prev.lower_ in self.lex.gender_cues:
                return self.lex.gender_cues[prev.lower_]
            if prev.pos_ == "ADP":
                break  # "le patron de Stellantis": the title is someone else's
            if j < index and prev.pos_ == "NOUN" and prev.lemma_.lower() in self.lex.titles:
                genders = prev.morph.get("Gender")
                dets = [c for c in prev.children if c.pos_ == "DET" and c.morph.get("Gender")]
                if dets:
                    return dets[0].morph.get("Gender")[0]
                return genders[0] if genders else None
        return None
