"""Attribution: who each statement belongs to, decided in one pass over the article's statements.

Statements come from ``statements.py`` in text order. For each, the evidence in its own sentence(s)
is read first (``speaker_evidence.py``), and what the words found stand for is resolved
(``speaker_names.py``, titles by ``speaker_titles.py``); with no evidence in the sentence, a
quotation falls back on the speakers around it (``speaker_fallbacks.py``), unless its sentence
names a voice of its own that no rule resolved ("« … », a-t-il rétorqué" with no "il" in reach,
"Le rapport pointe « … »"): that quotation is nobody's rather than the last speaker's. A
reaction's ``speaker_rule`` is the chain of rules that named the
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
from heapq import merge
from itertools import takewhile

from ..brief import Actor, Reaction
from ..data import load_data
from ..lexicon import Lexicon
from ..lexicon.common_words import is_common_word
from ..nlp import Parsed
from .countries import country_of_demonym
from .rules import confidence, table
from .speaker_evidence import Evidence
from .speaker_fallbacks import Fallbacks
from .speaker_genders import Genders
from .speaker_names import Naming, Referent, Speaker
from .speaker_phrases import Phrases
from .speaker_positions import Positions
from .speaker_restated import Restated
from .speaker_sources import Sources
from .speaker_subjects import Subjects
from .speaker_titles import Titles
from .speech import clitic_word
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


class Attributor(Evidence, Subjects, Positions, Sources, Naming, Phrases, Titles, Restated, Fallbacks, Genders):
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
                or t.lower_ in self.lex.actors.months  # "Jeudi 27 septembre" opening a sentence
                for t in ent
            ):
                continue  # "Le Président" with a capital is a title, "le Guinéen" a demonym, "Jeudi" a day: no name
            if not any(t.text[:1].isupper() for t in ent):
                continue  # "maison mère de": a name is written with a capital
            if len(ent) == 1 and ent.start == ent.sent.start and is_common_word(ent.text, self.lex.lang):
                continue  # "Retrouvez les meilleures déclarations …": a common word opening its sentence
            if len(ent) == 1 and ent[0].pos_ == "NOUN" and ent.start == ent.sent.start and ent.end < len(self.doc):
                if self.doc[ent.end].text == ":":
                    continue  # "Verdict : un document de 33 pages": a common noun leading a sentence, no name
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
        word = clitic_word(token.text)
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
                if found is not None and not found.rule.startswith("judged"):
                    # a judgement a participle clause reports ("Présenté comme « … » par ses collègues,
                    # il …") is no turn of speech: the speakers around stay the antecedents
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
        """The pronoun's referent in its paragraph or the one before; where none is, across the
        subheadings between them (``gap_to``), which only an editor wrote."""
        return (
            self.institution_before(pronoun)
            or self.nearest_antecedent(pronoun, False)
            or self.nearest_antecedent(pronoun, True)
        )

    def institution_before(self, pronoun) -> Speaker | None:
        """ "La direction semble encline à céder : mardi, elle a annoncé que …": the nearest subject
        before the pronoun in its own sentence, where it is an institution no actor stands for
        ("la direction", "la mairie") under a definite article, of the pronoun's gender and number,
        is what the pronoun takes up; any other subject there leaves the choice to the mentions."""
        gender, number = self.pronoun_of(pronoun)
        for token in reversed(self.doc[sentence_of(pronoun).start : pronoun.i]):
            if token.i in self.quoted or not token.dep_.startswith("nsubj"):
                continue
            lemma = token.lemma_.lower()
            if (
                token.pos_ != "NOUN"
                or token.i in self.actor_at
                or lemma not in self.lex.institutions
                or not self.definite(token)
                or token.morph.get("Gender") != [gender]
                or token.morph.get("Number") != [number]
            ):
                return None
            found = self._resolve(token)
            return found.chain("pronoun") if found is not None else None
        return None

    def nearest_antecedent(self, pronoun, through_headings: bool) -> Speaker | None:
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
        near = takewhile(lambda h: self.gap_to(block, h[0], through_headings) <= 1, reversed(self.history))
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
        mentions = self.mentions_before(pronoun.i)
        if number == "Sing":
            mentions = merge(mentions, self.demonyms_before(pronoun.i, block), key=lambda m: -m[1])
        for referent, i in mentions:
            if self.gap_to(block, i, through_headings) > 1 or i < unnamed[0]:
                break
            if referent.type == "country" and number == "Sing" and self.demonym_person(self.doc[i], referent.name):
                # "le Guinéen a joint …, a-t-il plaisanté": the person of that country the article names
                found = self.title(self.doc[i], self.doc[i].text, referent.name)
                if found is None or found.referent is None:
                    continue
                referent = found.referent
            if not self.compatible(referent, i, gender, number) or self.title_complement(referent, i, number):
                continue
            person = referent.type == "person"
            # one who has spoken counts as a subject, but not where the mention is a complement
            # ("les annonces de Jean-Michel Blanquer"): there someone else is talking about them
            spoke = id(referent) in self.speaker_ids and not self.after_preposition(self.doc[i])
            parsed_subject = (
                self.is_subject_mention(i) if person else self.doc[i].dep_.startswith("nsubj")
            ) and not self.in_reported(i)
            subject = parsed_subject or spoke
            # at equal rank, the subject of the pronoun's own sentence over one who spoke before and is
            # named there as a complement ("le Guinéen a obtenu une conférence entre ce dernier et
            # el-Béchir : « … », a-t-il plaisanté": the Guinean)
            own = parsed_subject and sentence_of(self.doc[i]).start == sentence_of(pronoun).start
            said = number == "Plur" or self.gender_of(i) == gender
            rule = "pronoun" if subject else "pronoun object"
            base = self.rank(subject, said, self.guessed_gender(i) not in (None, gender))
            # a subject or a person the gender says, nearer by paragraphs first: the model's guess of
            # a first name's gender ("Matthieu" feminine) ranks within a paragraph, never across
            tier = 0 if base == 0 else 1 if base < 4 else 2
            rank = (tier, self.gap_to(block, i, through_headings), base, not own, not person)
            ranked.setdefault(rank, self.speaker(referent.name, referent, rule))
            rivals.setdefault(rank, set()).add(id(referent))
        if last[1] is not None and last[1].referent is not None and self.gender_fits(last[1].referent, pronoun, gender):
            # the last speaker, named by a title or a pronoun where it spoke ("a rappelé le ministre"):
            # a subject of that paragraph, whatever mentions of it there are
            i, spoken = last
            rank = (1, self.gap_to(block, i, through_headings), 1, True, spoken.referent.type != "person")
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

    def demonyms_before(self, index: int, block: int) -> list[tuple[object, int]]:
        """ "Le Norvégien a rejoint le vestiaire. « … », a-t-il confié": a singular demonym under an
        article that the model took for no entity names a person (``title``: the one of that country
        the article names); nearest first, this paragraph and the one before."""
        found = []
        stop = self.parsed.block_starts[max(0, block - 1)]
        i = index - 1
        while i >= 0 and self.doc[i].idx >= stop:
            token = self.doc[i]
            if i not in self.actor_at and i not in self.quoted and token.text[:1].isupper():
                country = country_of_demonym(token.text, self.lex.lang)
                if country and self.demonym_person(token, country):
                    person = self.title(token, token.text, country)
                    if person is not None and person.referent is not None:
                        found.append((person.referent, i))
            i -= 1
        return found

    def is_subject_mention(self, i: int) -> bool:
        """A mention that is a subject, or the name in one ("la ministre Sophie Marchal a …")."""
        token = self.doc[i]
        if token.dep_.startswith("nsubj"):
            return True
        if token.dep_ == "appos":  # "à la Première ministre Élisabeth Borne": the title's case is the name's
            head = token.head
            return not (self.after_preposition(head) or any(c.dep_ == "case" for c in head.children))
        head = token.head
        if head.dep_ == "ROOT" and head.pos_ == "NOUN" and head.lower_ in self.lex.speech_nouns and head.i < i:
            return True  # "Même constat de Marie-Noëlle Lienemann, … Elle a rappelé": the author of a verbless sentence's act
        if any(c.dep_ == "case" for c in token.children):
            return False  # "le patron de Stellantis": the complement of the title is not its holder
        # "Le patron du Medef, Patrick Martin, a …": the small model may call the apposed name a conj
        if token.dep_ in ("nmod", "flat:name", "appos", "conj") and head.i < i and head.dep_.startswith("nsubj"):
            return True
        return self.subject_by_position(i)

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
