"""Restated persons: a description that names no one but stands for a person the article named before.

French news writing avoids repeating a name; it restates the person with a noun (rules of the
``speakers`` family, ``Restated``, a mixin of ``attribution.Attributor``):

- a noun under a demonstrative restates the person last named, of its gender, in this paragraph or
  the one before ("Marie Roux a pris son train. « … », s'inquiète cette sexagénaire": ``demonstrative``);
- a definite title or description in the lead restates the one person the headline names, when the
  body names nobody before it ("Michel Sapin affirmatif sur une croissance de 1,5 % ¶ Selon le
  ministre des Finances, …", "Blanc est fier de ses joueurs ¶ le technicien français a déclaré":
  ``headline person``);
- a definite noun that heads the role or the name of one organisation named before restates it
  ("le syndicat grenoblois UEG … « … », rappelle le syndicat", "l'Institut de physique du globe
  … L'institut a révisé": ``restated body``); two such organisations make it ambiguous, and it
  names no one.
"""

from __future__ import annotations

from .phrases import determiner_gender, has_definite_article
from .speaker_names import Speaker

LEAD = 1  # the block of the first paragraph after the headline (block 0)


class Restated:
    """Mixin of ``attribution.Attributor``: descriptions standing for a person or body named before."""

    def restated_body(self, token) -> Speaker | None:
        """The one organisation named before whose role the definite singular noun heads ("le
        syndicat" for the UEG, said "le syndicat grenoblois UEG"), or None."""
        if "Plur" in token.morph.get("Number") or not has_definite_article(token):
            return None
        if any(c.dep_ == "nmod" or c.pos_ == "PROPN" for c in token.children):
            return None  # "le syndicat des enseignants": a phrase of its own
        words = {token.lower_, token.lemma_.lower()}
        # a kind of institution every article has its own of ("la direction", "le parquet") is the
        # institution rule's, not a name's first word
        by_name = not words & self.lex.institutions
        found = {}
        for referent, _ in self.mentions_before(token.i):
            role = (getattr(referent, "role", None) or "").lower().split()
            name = referent.name.lower().replace("’", "'").split()
            # its role's head ("le syndicat grenoblois UEG"), or its name's ("l'Institut Pasteur")
            if referent.type == "organization" and ((role and role[0] in words) or (by_name and name[0] in words)):
                found[id(referent)] = referent
        if len(found) != 1:
            return None
        referent = next(iter(found.values()))
        return self.speaker(referent.name, referent, "restated body")

    def restated_person(self, token) -> Speaker | None:
        """The person a singular noun under a demonstrative restates, else the headline's person."""
        det = next((c for c in token.children if c.dep_ == "det" and "Dem" in c.morph.get("PronType")), None)
        if "Plur" in token.morph.get("Number"):
            return None
        if det is None:
            return self.headline_person(token)
        gender = (det.morph.get("Gender") or token.morph.get("Gender") or [None])[0]
        block = self.parsed.block_of(token.idx)
        for referent, i in self.mentions_before(token.i):
            if block - self.parsed.block_of(self.doc[i].idx) > 1:
                break
            if referent.type != "person":
                continue
            if gender is None or (
                self.compatible(referent, i, gender, "Sing") and self.gender_fits(referent, token, gender)
            ):
                return self.speaker(referent.name, referent, "demonstrative")
        return None

    def headline_person(self, token) -> Speaker | None:
        """A definite singular noun in the lead, with no person named before it in the body, restates the
        one person the headline names, if its article's gender fits."""
        if self.parsed.block_of(token.idx) != LEAD or "Plur" in token.morph.get("Number"):
            return None
        if not has_definite_article(token):
            return None
        people = []
        for referent, i in self.mentions_before(token.i):
            if referent.type != "person":
                continue
            if self.parsed.block_of(self.doc[i].idx) != 0:
                return None  # the body named a person first: the ordinary rules decide
            if referent not in people:
                people.append(referent)
        if len(people) != 1:
            return None
        gender = determiner_gender(token)
        if gender is not None and not self.gender_fits(people[0], token, gender):
            return None
        return self.speaker(people[0].name, people[0], "headline person")

    def headline_body(self, token) -> Speaker | None:
        """ "SNCF : 17 % de grévistes ¶ …, a annoncé la direction": a firm's organ with no complement
        (speech_verbs.yml, firm_organs) speaks for the one organisation the headline names, unless that
        one has spoken already ("La CGT durcit le ton ¶ « … », a dit son leader. « … », a répondu la
        direction": the other side)."""
        lemma = token.lemma_.lower()
        if lemma not in self.lex.firm_organs or "Plur" in token.morph.get("Number"):
            return None
        if any(c.dep_ == "nmod" for c in token.children) or not has_definite_article(token):
            return None
        bodies = []  # read in the title's words, where "SNCF :" may be the rubric
        for word in self.parsed.title_tokens:
            referent = self.actor_at.get(word.i, (None,))[0]
            if referent is not None and referent.type == "organization" and referent not in bodies:
                bodies.append(referent)
        if len(bodies) != 1 or id(bodies[0]) in self.speaker_ids:
            return None  # a body that has spoken already is the side "la direction" answers, not its firm
        return self.speaker(bodies[0].name, bodies[0], "precise name")
