"""Attribution: who each statement belongs to, decided in one pass over the article's statements.

Statements come from ``statements.py`` in text order. For each, the evidence in its own sentence(s)
is read first (``speaker_evidence.py``), and what the words found stand for is resolved
(``speaker_names.py``); with no evidence in the sentence, a quotation falls back on the speakers
before it (this module), unless its sentence names a voice of its own that no rule resolved
("« … », a-t-il rétorqué" with no "il" in reach, "« … », a répondu la direction", "Le rapport
pointe « … »"): that quotation is nobody's rather than the last speaker's. A reaction's ``speaker_rule`` is the chain of rules that named the
speaker, evidence first ("incise+pronoun": an incise, whose pronoun resolved to a named person),
and its ``confidence`` is the weakest link's, from the one reviewed table (data/rules.yml):

{table}

A pronoun is never a speaker's name: "il", "elle" resolve to the last compatible person named as
a subject or speaker (gender from "M."/"Mme" or a title's determiner, number from the
morphology; "il"/"elle" are people or a body of that grammatical gender, "ils"/"elles" groups,
bodies or countries), or to nobody. A
dislocated subject ("L'Inde, elle, se dit …") is the nominal the pronoun doubles. Places are
never speakers. A confidence under ``UNCERTAIN_BELOW`` (data/speech_verbs.yml) is an uncertain attribution
(:func:`is_uncertain`): the site marks it, ``check --hints`` lists it.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterator
from itertools import takewhile

from ..brief import Actor, Reaction
from ..data import load_data
from ..lexicon import Lexicon
from ..nlp import Parsed
from .countries import country_of_demonym
from .rules import confidence, table
from .speaker_evidence import Evidence
from .speaker_names import Naming, Referent, Speaker
from .statements import Statement, sentence_of

log = logging.getLogger(__name__)
__doc__ = __doc__.format(table=table("speakers"))

ENTITY_TYPES = {"PER": "person", "ORG": "organization"}  # spaCy labels, not words
FALLBACKS = frozenset({"continued", "paragraph", "previous paragraph", "named subject", "subject before"})


# an attribution under this confidence is uncertain (data/speech_verbs.yml, reviewed with rules.yml)
UNCERTAIN_BELOW = float(load_data("speech_verbs")["uncertain_below"])


def is_uncertain(reaction: Reaction) -> bool:
    """An attribution the site should mark and ``check --hints`` list: confidence under the threshold."""
    return reaction.confidence < UNCERTAIN_BELOW


class Attributor(Evidence, Naming):
    """Resolves subjects, incises and pronouns against the actor table of one article."""

    log = log

    def __init__(self, parsed: Parsed, actors: list[Actor], quoted: set[int], lex: Lexicon):
        self.parsed, self.doc, self.lex = parsed, parsed.doc, lex
        self.actor_at: dict[int, tuple[object, int]] = {}  # token → (actor or referent, start of its mention)
        self.places: set[int] = set()  # mentions the actor table marks as places, not agents
        for actor in actors:
            agentive = actor.agentive or [True] * len(actor.spans)
            for (start, end), agent in zip(actor.spans, agentive):
                for i in range(start, end):
                    self.actor_at[i] = (actor, start)
                    if not agent:
                        self.places.add(i)
        self._add_unlisted_entities()
        self.quoted = quoted
        self.history: list[tuple[int, int, Speaker]] = []  # (start, end of frame, speaker) so far
        self.reported: list[tuple[int, int]] = []  # spans of reported clauses so far, in text order
        self.genders: dict[int, str] = {}  # referent → the gender a pronoun that stood for it said
        self.speaker_ids: set[int] = set()  # referents that have spoken so far
        self.roles: dict[object, str] = {}  # referent (or name) → the longest role read for it
        # mention starts outside quotations and places, in text order: searched, not scanned, since
        # every pronoun and title looks back from where it stands (quadratic on long texts otherwise)
        self.mention_starts = sorted(
            start
            for start, (_, first) in self.actor_at.items()
            if start == first and start not in self.quoted and start not in self.places and not self.is_rubric(start)
        )

    def _add_unlisted_entities(self) -> None:
        """People and organisations the actor table missed still speak under their own name."""
        by_name: dict[str, Referent] = {}
        for ent in self.doc.ents:
            kind = ENTITY_TYPES.get(ent.label_)
            if kind is None or any(i in self.actor_at for i in range(ent.start, ent.end)):
                continue
            if all(
                t.pos_ == "DET"
                or t.lemma_.lower() in self.lex.titles
                or not t.is_alpha
                or country_of_demonym(t.text, self.lex.lang)
                for t in ent
            ):
                continue  # "Le Président" with a capital is a title, "le Guinéen" a demonym: no name
            name = self.parsed.span_text(ent).strip(" '\u2019")
            referent = by_name.get(name) or next(
                (a for a in by_name.values() if kind == "person" == a.type and name in a.name.split()), None
            )
            if referent is None:
                referent = by_name[name] = Referent(name=name, type=kind)
            for i in range(ent.start, ent.end):
                self.actor_at[i] = (referent, ent.start)

    def speaker(self, name: str, referent, rule: str = "", **kw) -> Speaker:
        return Speaker(name, referent, rule, confidence("speakers", rule) if rule else 1.0, **kw)

    def pronoun_of(self, token) -> tuple[str, str] | None:
        """Gender and number of a subject pronoun, including the inverted clitics "-il", "-t-elle"."""
        word = token.text.lower().lstrip("-").removeprefix("t-")
        if word not in self.lex.pronouns:
            return None
        return self.lex.pronouns[word]  # the word says it; the model's morphology of "-t-elle" may not

    # ------------------------------------------------------------------ the one pass

    def attribute(self, statements: list[Statement]) -> list[Speaker | None]:
        """Each statement's speaker, in text order (later pronouns and titles read earlier speakers)."""
        speakers: list[Speaker | None] = []
        for statement in statements:
            if statement.kind == "direct":
                found = self.from_frame(statement)
                if found is not None:
                    self.remember(statement, found)
                elif not self.voiced(statement):
                    found = self.fallback(statement)
            elif statement.cue is not None:
                found = self.selon(self.doc[statement.cue])
                if found is not None:
                    self.remember(statement, found)
            else:
                found = self.subject_of(self.doc[statement.verbs[0]], after_quote=statement.after)
                if found is not None:
                    self.remember(statement, found)
            log.debug(
                "%s %r: %s",
                statement.rule,
                statement.text[:50],
                f"{found.name!r} by {found.rule} ({found.confidence})" if found else "no speaker",
            )
            speakers.append(found)
            if statement.kind == "reported":
                self.reported.append((statement.start, statement.end))
        return speakers

    def in_reported(self, index: int) -> bool:
        """A mention inside a reported clause ("il n'a pas caché que le comité planchait …"): what
        someone said, not who speaks; such a subject is no antecedent of a later "il a ajouté"."""
        k = bisect_left(self.reported, (index + 1,)) - 1
        return k >= 0 and self.reported[k][0] <= index < self.reported[k][1]

    # ------------------------------------------------------------------ pronouns

    def mentions_before(self, index: int) -> Iterator[tuple[object, int]]:
        """Mentions before a token, outside quotations and not places, nearest first."""
        for k in range(bisect_left(self.mention_starts, index) - 1, -1, -1):
            i = self.mention_starts[k]
            yield self.actor_at[i][0], i

    def antecedent(self, pronoun) -> Speaker | None:
        """Most recent compatible referent; subjects and earlier speakers win over other mentions,
        the one of a nearer paragraph first (``rank`` orders within a paragraph), and at equal rank a
        person over a body. A subject inside a reported clause is what was said,
        not who says it ("Tony Estanguet a assuré que le comité planchait … « … », a-t-il ajouté":
        Estanguet).

        A speaker with no referent ("les ministres africains", "la présidence") competes by
        position: a more recent one of the right number is the antecedent.
        """
        gender, number = self.pronoun_of(pronoun)
        block = self.parsed.block_of(pronoun.idx)
        near = takewhile(lambda h: block - self.parsed.block_of(self.doc[h[0]].idx) <= 1, reversed(self.history))
        # the last speaker of the pronoun's number: one with no referent competes by position; one
        # with a referent ("a rappelé le ministre" → Retailleau) leaves the mentions to decide
        last = next(
            (
                (i, s)
                for i, _, s in near
                if (s.number == number or "institution" in s.rule)
                and (number == "Plur" or "description" not in s.rule or s.number == "Sing")
                and (s.referent is None or self.compatible(s.referent, i, gender, number))
            ),
            (-1, None),
        )
        unnamed = last if last[1] is not None and last[1].referent is None else (-1, None)
        ranked: dict[int, Speaker] = {}
        rivals: dict[int, set[int]] = {}  # rank → the distinct referents found at it
        for referent, i in self.mentions_before(pronoun.i):
            if block - self.parsed.block_of(self.doc[i].idx) > 1 or i < unnamed[0]:
                break
            if not self.compatible(referent, i, gender, number):
                continue
            person = referent.type == "person"
            # one who has spoken counts as a subject, but not where the mention is a complement
            # ("les annonces de Jean-Michel Blanquer"): there someone else is talking about them
            spoke = id(referent) in self.speaker_ids and not self.after_preposition(self.doc[i])
            subject = (
                (self.is_subject_mention(i) if person else self.doc[i].dep_.startswith("nsubj"))
                and not self.in_reported(i)
            ) or spoke
            said = number == "Plur" or self.gender_of(i) == gender
            rule = "pronoun" if subject else "pronoun object"
            base = self.rank(subject, said, self.guessed_gender(i) not in (None, gender))
            # a subject or a person the gender says, nearer by paragraphs first: the model's guess of
            # a first name's gender ("Matthieu" feminine) ranks within a paragraph, never across
            tier = 0 if base == 0 else 1 if base < 4 else 2
            rank = (tier, block - self.parsed.block_of(self.doc[i].idx), base, not person)
            ranked.setdefault(rank, self.speaker(referent.name, referent, rule))
            rivals.setdefault(rank, set()).add(id(referent))
        if last[1] is not None and last[1].referent is not None and self.gender_fits(last[1].referent, pronoun, gender):
            # the last speaker, named by a title or a pronoun where it spoke ("a rappelé le ministre"):
            # a subject of that paragraph, whatever mentions of it there are
            i, spoken = last
            rank = (1, block - self.parsed.block_of(self.doc[i].idx), 1, spoken.referent.type != "person")
            if rank not in ranked:
                ranked[rank] = self.speaker(spoken.name, spoken.referent, "pronoun")
                rivals[rank] = {id(spoken.referent)}
            else:
                rivals[rank].add(id(spoken.referent))
        if ranked:
            best = min(ranked)
            if len(rivals[best]) > 1:
                # "Tadej Pogacar a gagné. Jonas Vingegaard a terminé deuxième. « … », a-t-il dit": two
                # subjects fit and nothing says which: the nearest, as a guess a reader must check
                return ranked[best].only("ambiguous pronoun")
            if ranked[best].referent is not None:
                self.genders.setdefault(id(ranked[best].referent), gender)  # "a-t-elle dit": she
            return ranked[best]
        return unnamed[1].only("pronoun") if unnamed[1] is not None else None

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

    def is_subject_mention(self, i: int) -> bool:
        """A mention that is a subject, or the name in one ("la ministre Sophie Marchal a …")."""
        token = self.doc[i]
        if token.dep_.startswith("nsubj") or token.dep_ == "appos":
            return True
        head = token.head
        if any(c.dep_ == "case" for c in token.children):
            return False  # "le patron de Stellantis": the complement of the title is not its holder
        # "Le patron du Medef, Patrick Martin, a …": the small model may call the apposed name a conj
        return token.dep_ in ("nmod", "flat:name", "appos", "conj") and head.i < i and head.dep_.startswith("nsubj")

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
        return next(
            (c.morph.get("Gender")[0] for c in token.children if c.dep_ == "det" and c.morph.get("Gender")), None
        )

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

    # ------------------------------------------------------------------ no evidence in the sentence

    def fallback(self, statement: Statement) -> Speaker | None:
        """No evidence in the sentence: the speaker of the quotation this one continues, the last
        speaker of this paragraph or the one before; failing that, or when a person or body was
        named as a subject there after that speaker, that subject (a weaker guess). A quotation
        that opens its paragraph and is followed there by a sentence whose subject is a person
        named ("« C'est bien simple ». Matthieu Pichard, co-secrétaire du syndicat, ne s'embarrasse
        pas …") is that person's (``next subject``), unless it reopens the last quotation."""
        index = statement.start
        block = self.parsed.block_of(self.doc[index].idx)
        last_start, last_end, last = self.history[-1] if self.history else (-1, -1, None)
        if not (last is not None and last_start in self.quoted and self.continues(last_end, index)):
            introduced = self.headed(statement, block) or self.next_subject(statement, block)
            if introduced is not None:
                return introduced
        near = takewhile(lambda m: block - self.parsed.block_of(self.doc[m[1]].idx) <= 1, self.mentions_before(index))
        subject = next(
            (
                (referent, i)
                for referent, i in near
                if referent.type in ("person", "organization")
                and not self.in_reported(i)
                and (
                    self.doc[i].dep_.startswith("nsubj")
                    or self.is_sentence_subject(i)
                    or (referent.type == "person" and self.is_subject_mention(i))
                )
            ),
            None,
        )
        if subject and subject[1] > last_start:
            gap = block - self.parsed.block_of(self.doc[subject[1]].idx)
            rule = {0: "named subject", 1: "subject before"}.get(gap)
            return self.speaker(subject[0].name, subject[0], rule) if rule else None
        if last is None:
            return None
        gap = block - self.parsed.block_of(self.doc[last_start].idx)
        if gap <= 1 and self.continues(last_end, index):
            return last.only("continued")
        if gap == 0:
            return last.only("paragraph")
        if gap == 1:
            return last.only("previous paragraph")
        return None

    def tokens_back(self, index: int, start_char: int) -> list:
        """The tokens before ``index`` from the character ``start_char`` on, walked back (linear in
        the paragraph, not the article)."""
        i = index
        while i > 0 and self.doc[i - 1].idx >= start_char:
            i -= 1
        return list(self.doc[i:index])

    def opens_block(self, statement: Statement, block: int) -> bool:
        before = self.tokens_back(statement.start, self.parsed.block_starts[block])
        return not any(t.is_alpha and t.i not in self.quoted for t in before)

    def headed(self, statement: Statement, block: int) -> Speaker | None:
        """ "Le plus heureux : Stéphane Moulin (entraîneur d'Angers)" as a subheading, then the
        quotation as its paragraph: the person the heading names (``heading``)."""
        if block == 0 or not self.opens_block(statement, block):
            return None
        starts = self.parsed.block_starts
        head_tokens = [t for t in self.tokens_back(statement.start, starts[block - 1]) if t.idx < starts[block]]
        words = [t for t in head_tokens if t.is_alpha]
        if not words or len(words) > 15 or any(t.text in (".", "!", "?", "…") for t in head_tokens[-2:]):
            return None  # a paragraph of the narrator, not a heading
        for token in head_tokens:
            hit = self.actor_at.get(token.i)
            if hit and hit[1] == token.i and hit[0].type == "person" and token.i not in self.quoted:
                return self.speaker(hit[0].name, hit[0], "heading")
        return None

    def next_subject(self, statement: Statement, block: int) -> Speaker | None:
        """The person named as the subject of the sentence right after a quotation opening its
        paragraph (data: nothing; the parse's subject or the sentence's first words)."""
        if not self.opens_block(statement, block):
            return None  # words of the narrator before the quotation in its paragraph
        end = statement.frame[1]
        if end >= len(self.doc) or self.parsed.block_of(self.doc[end].idx) != block:
            return None
        nxt = sentence_of(self.doc[end])
        for token in nxt:
            if token.i in self.quoted or token.pos_ in ("VERB", "AUX"):
                return None
            hit = self.actor_at.get(token.i)
            if hit and hit[0].type == "person" and hit[1] == token.i and self.is_subject_mention(token.i):
                return self.speaker(hit[0].name, hit[0], "next subject")
            if token.pos_ in ("NOUN", "PRON") and not hit:
                return None  # another subject opens the sentence
        return None

    def voiced(self, statement: Statement) -> bool:
        """The quotation's own sentence names a voice the evidence could not resolve: then no
        earlier speaker may stand in for it. An incise whose clitic or inverted subject is written
        ("« … », a-t-il rétorqué" with no "il" in reach, "« … », a répondu la direction"), or a
        subject of the sentence that is a nominal and no speaker ("Le rapport pointe « … »",
        "Les manifestants scandaient « … »"): the quote is theirs, not the last speaker's."""
        for i in statement.verbs:
            verb = self.doc[i]
            sent = sentence_of(verb)
            window = self.doc[max(sent.start, i - 3) : min(sent.end, i + 3)]
            if any(t.text.startswith("-") and self.pronoun_of(t) and t.i not in self.quoted for t in window):
                return True
            if (i >= statement.end or i == statement.incise) and self.inverted_nominal(verb, sent.end):
                return True
        sent = sentence_of(self.doc[statement.start])
        before = [t for t in self.doc[sent.start : statement.start] if t.i not in self.quoted]
        nouns = [t for t in before if t.pos_ == "NOUN" and not self.after_preposition(t)]
        if nouns and nouns[0].lemma_.lower() in self.lex.not_speakers:
            return True  # "Le rapport pointe « … »" (the small model may not call it a subject)
        return any(t.dep_.startswith("nsubj") and self._resolve(t) is None for t in nouns)

    def inverted_nominal(self, verb, stop: int) -> bool:
        """A determined noun or a name right after an incise verb: its inverted subject."""
        for token in self.doc[verb.i + 1 : stop]:
            if token.i in self.quoted or token.is_punct or token.pos_ == "ADP":
                return False
            if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children)):
                return True
            if token.pos_ not in ("DET", "ADV", "ADJ", "AUX"):
                return False
        return False

    def continues(self, last_end: int, index: int) -> bool:
        """A quotation right after the sentence of the last attributed one, nothing but spaces and
        marks between: the same voice goes on ("« … », a-t-elle dit.\\n\\n« … »")."""
        return all(t.is_space or t.is_punct or t.i in self.quoted for t in self.doc[last_end:index])

    def is_sentence_subject(self, index: int) -> bool:
        """A mention opening its sentence, before any verb: the small model often labels it ROOT."""
        sent = sentence_of(self.doc[index])
        return all(t.pos_ in ("DET", "NOUN", "ADJ", "PUNCT", "ADP", "PROPN") for t in self.doc[sent.start : index])

    def remember(self, statement: Statement, speaker: Speaker) -> Speaker:
        """Record an attribution; a role read once for a person holds for the whole article."""
        key = id(speaker.referent) if speaker.referent is not None else speaker.name
        known = self.roles.get(key)
        person = speaker.referent is not None and speaker.referent.type == "person"
        if person and speaker.role and (known is None or len(speaker.role) > len(known)):
            self.roles[key] = speaker.role  # a body's spokesperson's title is not the body's role
        self.history.append((statement.start, max(statement.end, statement.frame[1]), speaker))
        if speaker.referent is not None:
            self.speaker_ids.add(id(speaker.referent))
        return speaker

    def role_of(self, speaker: Speaker) -> str | None:
        key = id(speaker.referent) if speaker.referent is not None else speaker.name
        return self.roles.get(key, speaker.role)


def attribute(
    parsed: Parsed, actors: list[Actor], statements: list[Statement], quoted: set[int], lex: Lexicon
) -> tuple[list[Speaker | None], Attributor]:
    """Every statement's speaker (or None), and the attributor that read the article's roles."""
    attributor = Attributor(parsed, actors, quoted, lex)
    return attributor.attribute(statements), attributor
