"""Speakers: who a quotation or a reported clause belongs to.

The evidence is tried from the strongest to the weakest, and each rule has its
own confidence so the site can flag a guess:

=====================  ==========  ==================================================
rule                   confidence  example
=====================  ==========  ==================================================
subject                0.95        X a déclaré que « … » / X a souligné : « … »
                       0.8 / 0.7   the parse hung the subject elsewhere: the nearest
                                   subject before the verb (0.8); capitalised words
                                   then only the verb group, "Kaja Kallas a déclaré" (0.7)
incise                 0.9         « … », a déclaré X / « … », a-t-il insisté (+ pronoun)
apposition             0.9 / 0.85  a déclaré la cheffe de la diplomatie, Kaja Kallas /
                                   le ministre de l'Agriculture Marc Fesneau
selon                  0.85        « … », selon X / Pour X, « … »
entity                 0.8         a proper noun the actor table lacks ("le Dr Tedros")
title                  0.7 / 0.55  le patron de l'organisation → the person whose role
                                   says so (0.7), else the last person who spoke or
                                   was named (0.55); plural or unresolved: the phrase (0.5)
institution            0.6         la présidence sud-coréenne (no actor stands for it)
pronoun                ×0.75       il/elle/ils/lui → most recent compatible actor (gender
                                   from M./Mme or a title's determiner, number from the
                                   morphology; il/elle are people, ils/elles groups):
                                   the rule's own confidence times 0.75, lower (×0.55)
                                   when the antecedent is not a subject or a speaker
paragraph              0.5 / 0.35  no evidence in the sentence: the last speaker of this
                                   paragraph / of the paragraph before
named subject          0.4 / 0.3   … or a person named as a subject there, later than
                                   that speaker
=====================  ==========  ==================================================

Places are never speakers: an actor after a place preposition ("à Bruxelles")
is skipped, and the fallbacks only hand a quote to people and organisations.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile

from ..brief import Actor
from ..lexicon import Lexicon
from ..nlp import Parsed
from .countries import country_of_demonym

ENTITY_TYPES = {"PER": "person", "ORG": "organization"}  # spaCy labels, not words


def sentence_of(token):
    """The sentence around a token, without trailing blank lines. Boundaries are briefgen's own
    (``nlp._paragraph_boundaries``: a final stop, a blank line or a dateline), not the parser's
    guesses, so a sentence here is what a reader calls one."""
    doc, sent = token.doc, token.sent
    start, end = sent.start, sent.end
    while end - 1 > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


@lru_cache(maxsize=65536)
def _verb_lemma(lemma: str, word: str, lex: Lexicon) -> str:
    """Asked for every token of every article: cached per (lemma, form)."""
    lemma = lemma.lower()
    if lemma in lex.speech:
        return lemma
    for ending in ("ées", "és", "ée", "é", "ent", "es", "e"):
        if word.endswith(ending) and word[: -len(ending)] + "er" in lex.speech:
            return word[: -len(ending)] + "er"
    return lemma


@dataclass(frozen=True)
class Speaker:
    name: str
    actor: Actor | None
    confidence: float
    rule: str
    role: str | None = None  # a role read at the attribution site ("patron de l'organisation")
    country: str | None = None
    number: str = "Sing"  # of a speaker with no actor: "les ministres africains" are "ils"


def pronoun_of(token, lex: Lexicon) -> tuple[str, str] | None:
    """Gender and number of a subject pronoun, including the inverted clitics "-il", "-t-elle"."""
    word = token.text.lower().lstrip("-").removeprefix("t-")
    if word not in lex.pronouns:
        return None
    gender, number = lex.pronouns[word]
    return token.morph.get("Gender", [gender])[0], token.morph.get("Number", [number])[0]


class Attributor:
    """Resolves subjects, incises and pronouns against the actor table of one article."""

    def __init__(self, parsed: Parsed, actors: list[Actor], quoted: list[tuple[int, int]], lex: Lexicon):
        self.parsed, self.doc, self.lex = parsed, parsed.doc, lex
        self.actor_at: dict[int, tuple[Actor, int]] = {}  # token → (actor, start of its mention)
        self.places: set[int] = set()  # mentions the actor table marks as places, not agents
        for actor in actors:
            agentive = actor.agentive or [True] * len(actor.spans)
            for (start, end), agent in zip(actor.spans, agentive):
                for i in range(start, end):
                    self.actor_at[i] = (actor, start)
                    if not agent:
                        self.places.add(i)
        self._add_unlisted_entities()
        self.quoted = set()
        for start, end in quoted:
            self.quoted.update(range(start, end))
        self.history: list[tuple[int, Speaker]] = []  # (token, speaker) of attributions so far
        self.speaker_ids: set[int] = set()  # actors that have spoken so far
        self.roles: dict[object, str] = {}  # actor (or name) → the longest role read for it
        # mention starts outside quotations and places, in text order: searched, not scanned, since
        # every pronoun and title looks back from where it stands (quadratic on long texts otherwise)
        self.mention_starts = sorted(
            start
            for start, (actor, first) in self.actor_at.items()
            if start == first and start not in self.quoted and start not in self.places
        )

    def _add_unlisted_entities(self) -> None:
        """People and organisations the actor table missed still speak under their own name."""
        by_name: dict[str, Actor] = {}
        for ent in self.doc.ents:
            kind = ENTITY_TYPES.get(ent.label_)
            if kind is None or any(i in self.actor_at for i in range(ent.start, ent.end)):
                continue
            name = self.parsed.span_text(ent).strip(" '\u2019")
            actor = by_name.get(name) or next(
                (a for a in by_name.values() if kind == "person" == a.type and name in a.name.split()), None
            )
            if actor is None:
                actor = by_name[name] = Actor(name=name, type=kind)
            for i in range(ent.start, ent.end):
                self.actor_at[i] = (actor, ent.start)

    # ------------------------------------------------------------------ evidence in the sentence

    def from_frame(self, frame: list, quote_start: int, quote_end: int) -> Speaker | None:
        """Evidence in the sentence(s) around a quotation: speech verb, then selon/pour."""
        verbs = [t for t in frame if self.is_speech_verb(t)]
        verbs.sort(key=lambda t: min(abs(t.i - quote_start), abs(t.i - quote_end)))
        for verb in verbs:
            found = self.subject_of(verb, after_quote=verb.i >= quote_end)
            if found:
                return found
        for token in frame:
            found = self.selon(token)
            if found:
                return found
        return None

    def is_speech_verb(self, token) -> bool:
        if token.i in self.quoted or token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "ADV", "PROPN"):
            return False
        if token.pos_ == "PROPN" and not token.text.islower():
            return False  # a name; a lower-case "PROPN" is a verb the tagger misread ("a réagi")
        lemma = self.verb_lemma(token)
        if lemma not in self.lex.speech:
            return False
        if lemma in self.lex.reflexive and not any(c.lower_ in self.lex.reflexive_pronouns for c in token.children):
            return False  # "s'engager à" takes a stance; "engager sa responsabilité" does not
        if token.pos_ in ("VERB", "AUX"):
            return True
        # the tagger reads "note", "souligné" as a noun: take it for a verb only where a verb
        # must be (after an auxiliary or inverted clitic, or before que or a colon)
        prev = [t for t in self.doc[max(0, token.i - 3) : token.i] if not t.text.startswith("-")]
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        incise = len(prev) >= 2 and prev[-1].text == "," and prev[-2].text in ("»", "”", '"')
        return (
            incise or bool(prev and prev[-1].pos_ == "AUX") or (nxt is not None and nxt.lower_ in ("que", "qu'", ":"))
        )

    def verb_lemma(self, token) -> str:
        """The lemma, or the first-group infinitive that the form shows when the lemmatizer
        returned the form itself ("estime" → estimer, "souligné" → souligner)."""
        return _verb_lemma(token.lemma_, token.lower_, self.lex)

    def subject_of(self, verb, *, after_quote: bool) -> Speaker | None:
        """The speaker of a speech verb: its subject, an inverted clitic or a post-verbal subject."""
        sent = sentence_of(verb)
        for child in verb.children:
            if child.dep_.startswith("nsubj") and child.i not in self.quoted:
                if child.lower_ in ("on", "cela", "ce", "ça", "qui"):
                    return None
                return self.resolve(child, "subject", 0.95)
        for token in self.doc[max(sent.start, verb.i - 3) : min(sent.end, verb.i + 3)]:
            if token.text.startswith("-") and pronoun_of(token, self.lex) and token.i not in self.quoted:
                return self.resolve(token, "incise", 0.9)
        if not after_quote:
            # a misparse may hang the subject elsewhere: the nearest subject before the verb
            found = self.subject_before(verb)
            if found:
                return found
        if after_quote:
            # inverted subject: « … », a déclaré X — the first nominal after the verb
            i = verb.i + 1
            while i < sent.end:
                token = self.doc[i]
                if token.i in self.quoted or token.is_punct:
                    break
                if token.pos_ == "ADP" and token.lower_ not in self.lex.title_complements:
                    # "a écrit sur X le député …", "a déclaré à l'AFP le ministre": past where, to whom
                    i = self._phrase_end(token, sent.end)
                    continue
                if token.pos_ in ("NOUN", "PROPN", "PRON"):
                    return self.resolve(token, "incise", 0.9)
                if token.pos_ not in ("DET", "ADV", "ADJ", "AUX"):
                    break
                i += 1
        return None

    def _phrase_end(self, preposition, stop: int) -> int:
        """End of "sur X", "à l'AFP", "dans un communiqué": the preposition, a determiner, one noun."""
        i = preposition.i + 1
        while i < stop and self.doc[i].pos_ == "DET":
            i += 1
        return min(i + 1, stop)

    def subject_before(self, verb) -> Speaker | None:
        """A subject-labelled nominal, or an actor not after a preposition, before the verb."""
        tokens = [t for t in self.doc[sentence_of(verb).start : verb.i] if t.i not in self.quoted]
        for token in reversed(tokens):
            if token.dep_.startswith("nsubj") and token.pos_ in ("NOUN", "PROPN", "PRON"):
                return self.resolve(
                    self.doc[self.actor_at[token.i][1]] if token.i in self.actor_at else token, "subject", 0.8
                )
        for token in tokens:
            hit = self.actor_at.get(token.i)
            if (
                hit
                and hit[1] == token.i
                and hit[0].type != "country"
                and not self.after_preposition(token)
                and not self.is_place(token)
            ):
                return self.resolve(token, "subject", 0.8)
        return self.name_with_title(tokens) or self.name_before_verb(tokens)

    def name_before_verb(self, tokens: list) -> Speaker | None:
        """ "Kaja Kallas a déclaré" with no entity found: capitalised words, then only the verb group."""
        run = self.capitalised_run(tokens)
        rest = tokens[len(run) :]
        if (
            not run
            or len(run) > 4
            or any(t.pos_ not in ("AUX", "ADV", "PART") and t.lower_ not in ("ne", "n'") for t in rest)
        ):
            return None
        person = self.unlisted_person(run[0].i, run[-1].i + 1)
        return Speaker(person.name, person, 0.7, "subject")

    def capitalised_run(self, tokens: list) -> list:
        run = []
        for token in tokens:
            if (
                token.text[:1].isupper()
                and (token.is_alpha or "-" in token.text)
                or (run and "-" in (token.text, run[-1].text))
            ):
                run.append(token)
            else:
                break
        return run

    def name_with_title(self, tokens: list) -> Speaker | None:
        """ "Keir Starmer, premier ministre britannique, a déclaré …" when the model saw no person:
        capitalised words opening the sentence, then a comma and a title noun, are a person."""
        run = self.capitalised_run(tokens)
        rest = tokens[len(run) :]
        if not run or len(rest) < 2 or rest[0].text != ",":
            return None
        title = next((t for t in rest[1:4] if t.pos_ not in ("DET", "ADJ")), rest[1])
        if title.lemma_.lower() not in self.lex.titles and title.lower_ not in self.lex.titles:
            return None
        actor = self.unlisted_person(run[0].i, run[-1].i + 1)
        name = actor.name
        role_start = rest[2].i if rest[1].pos_ == "DET" else rest[1].i  # "le premier ministre …"
        role_end = next((t.i for t in rest[1:] if t.text == ","), title.i + 1)
        role = self.parsed.span_text(self.doc[role_start:role_end]).strip()
        return Speaker(name, actor, 0.8, "subject", role=role)

    def after_preposition(self, token) -> bool:
        prev = self.doc[token.i - 1] if token.i > 0 else None
        if prev is not None and prev.pos_ == "DET" and token.i > 1:
            prev = self.doc[token.i - 2]
        return prev is not None and prev.pos_ == "ADP"

    def selon(self, token) -> Speaker | None:
        """ "selon X", "d'après X" and a sentence-initial "Pour X," name the speaker."""
        word = token.lower_
        if word == "pour" and not (token.i == sentence_of(token).start or self.doc[token.i - 1].text in ",»\""):
            return None
        if word not in ("selon", "pour") and not (
            word == "après" and token.i > 0 and self.doc[token.i - 1].lower_ in ("d'", "d")
        ):
            return None
        head = self.next_nominal(token)
        if head is None or head.lemma_.lower() in self.lex.not_speakers or head.lower_ in self.lex.not_speakers:
            return None
        if word == "pour" and not self.comma_after(head):
            return None
        found = self.resolve(head, "selon", 0.85)
        if found and found.actor is None and found.rule != "entity" and pronoun_of(head, self.lex) is None:
            return None  # "selon le texte" without an actor is a source, not a speaker
        return found

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

    # ------------------------------------------------------------------ resolving a nominal

    def resolve(self, token, rule: str, confidence: float) -> Speaker | None:
        """The speaker a subject token stands for (actor, apposition, title, institution, pronoun)."""
        if pronoun_of(token, self.lex):
            found = self.antecedent(token)
            if found is None:
                return None
            return replace(found, confidence=round(min(found.confidence, confidence) * 0.75, 2), rule=f"{rule}+pronoun")
        if self.is_place(token):
            return None
        lemma = token.lemma_.lower()
        is_title = lemma in self.lex.titles or token.lower_ in self.lex.titles
        hit = self.actor_at.get(token.i)
        if hit and not (is_title and hit[0].type != "person"):  # "ministre de l'Agriculture" is a person's title
            return Speaker(hit[0].name, hit[0], confidence, rule)
        nominal = self.nominal_span(token)
        persons = [self.actor_at[i][0] for i in nominal if i in self.actor_at and self.actor_at[i][0].type == "person"]
        phrase = self.phrase(token, nominal)
        if persons:  # "le Dr Tedros", "la cheffe de la diplomatie, Kaja Kallas"
            return Speaker(
                persons[0].name, persons[0], 0.9, "apposition", role=phrase if phrase != persons[0].name else None
            )
        if token.pos_ == "PROPN":  # places are actors (countries) or follow a preposition
            start, end = token.i, token.i + 1
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and start - 1 not in self.quoted:
                start -= 1
            while end < len(self.doc) and self.doc[end].pos_ == "PROPN" and end not in self.quoted:
                end += 1
            person = self.unlisted_person(start, end)
            return Speaker(person.name, person, min(confidence, 0.8), "entity")
        if is_title or token.pos_ == "NOUN":  # "le sismologue Xavier Le Pichon" names a person too
            named = self.named_after_title(token) or self.apposed_to(token) or self.apposed_name(token, nominal)
            if named:
                return replace(named, role=named.role or phrase)
        countries = [
            self.actor_at[i][0] for i in nominal if i in self.actor_at and self.actor_at[i][0].type == "country"
        ]
        country = countries[0].name if countries else None
        if is_title and hit:
            return Speaker(hit[0].name, hit[0], 0.6, "institution")
        if is_title:
            return self.title(token, phrase, country)
        if lemma in self.lex.institutions or token.lower_ in self.lex.institutions:
            orgs = [
                self.actor_at[i][0]
                for i in nominal
                if i in self.actor_at and self.actor_at[i][0].type == "organization"
            ]
            if orgs and not countries:
                return Speaker(orgs[0].name, orgs[0], 0.6, "institution")
            return Speaker(
                phrase, None, 0.6, "institution", country=country, number=token.morph.get("Number", ["Sing"])[0]
            )
        return None

    def named_after_title(self, token) -> Speaker | None:
        """ "le Dr Tedros", "le sismologue Xavier Le Pichon": the name after the title is the speaker."""
        hit = self.actor_at.get(token.i + 1)
        if hit and hit[1] == token.i + 1 and hit[0].type == "organization":
            end = token.i + 1
            while end in self.actor_at and self.actor_at[end][0] is hit[0]:
                end += 1
            after = self.actor_at.get(end)
            if after and after[1] == end and after[0].type == "person":
                return Speaker(after[0].name, after[0], 0.85, "apposition")  # "le député LFI Éric Coquerel"
        if (
            hit and hit[1] == token.i + 1 and hit[0].type in ("person", "organization")
        ):  # "l'ONG Médecins sans frontières"
            return Speaker(hit[0].name, hit[0], 0.85, "apposition")
        end = self.name_end(token.i + 1, sentence_of(token).end)
        if end == token.i + 1:
            return self.name_in_phrase(token)
        known = self.person_named([t.text for t in self.doc[token.i + 1 : end]])
        if known:
            return Speaker(known.name, known, 0.85, "apposition")
        person = self.unlisted_person(token.i + 1, end)
        return Speaker(person.name, person, 0.8, "entity")

    def name_end(self, start: int, stop: int) -> int:
        """End of a personal name starting at ``start``: capitalised words and their particles
        ("Ursula von der Leyen", "Xavier Le Pichon"), whatever the tagger called them."""
        end = start
        while end < stop and end not in self.quoted:
            token = self.doc[end]
            if token.text[:1].isupper() and (token.is_alpha or "-" in token.text):
                end += 1
            elif (
                token.text in self.lex.name_particles
                and end + 1 < stop
                and self.doc[end + 1].text[:1].isupper()
                and end > start
            ):
                end += 1
            else:
                break
        if end > start and self.doc[start].pos_ not in ("PROPN", "NOUN", "ADJ", "X", "DET"):
            return start
        return end

    def name_in_phrase(self, token) -> Speaker | None:
        """ "le ministre de l'Agriculture Marc Fesneau": a bare name closing the title's phrase."""
        sent_end = sentence_of(token).end
        i = token.i + 1
        while i < sent_end and self.doc[i].pos_ in ("ADJ", "ADP", "DET", "NOUN", "PROPN", "X") and i not in self.quoted:
            prev = self.doc[i - 1]
            if self.doc[i].text[:1].isupper() and prev.pos_ not in ("ADP", "DET") and not prev.text[:1].isupper():
                hit = self.actor_at.get(i)
                if hit and hit[0].type != "person":
                    return None
                end = self.name_end(i, sent_end)
                if end == i:
                    return None
                person = self.person_named([t.text for t in self.doc[i:end]]) or self.unlisted_person(i, end)
                return Speaker(person.name, person, 0.85, "apposition")
            i += 1
        return None

    def unlisted_person(self, start: int, end: int) -> Actor:
        """A person the actor table missed, registered so later pronouns and titles find them."""
        hit = self.actor_at.get(start)
        if hit and hit[1] == start and hit[0].type == "person":
            return hit[0]
        actor = Actor(name=self.parsed.span_text(self.doc[start:end]).strip(), type="person")
        for i in range(start, end):
            self.actor_at[i] = (actor, start)
        if start not in self.quoted and start not in self.places:
            k = bisect_left(self.mention_starts, start)
            if k == len(self.mention_starts) or self.mention_starts[k] != start:
                self.mention_starts.insert(k, start)
        return actor

    def apposed_name(self, token, nominal: list[int]) -> Speaker | None:
        """ "le directeur général de l'OMS, Tedros Adhanom": proper nouns after a comma in the title's phrase."""
        for i in nominal:
            if i > token.i + 1 and self.doc[i - 1].text == "," and self.doc[i].pos_ == "PROPN":
                end = i
                while end < sentence_of(token).end and self.doc[end].pos_ == "PROPN" and end not in self.quoted:
                    end += 1
                known = self.person_named([t.text for t in self.doc[i:end]]) or self.unlisted_person(i, end)
                return Speaker(known.name, known, 0.85, "apposition")
        return None

    def person_named(self, words: list[str]) -> Actor | None:
        """A person actor whose name holds every given word (a surname for the full name)."""
        for actor, _ in self.mentions_before(len(self.doc)):
            if actor.type == "person" and all(w in actor.name.split() for w in words):
                return actor
        return None

    def apposed_to(self, token) -> Speaker | None:
        """ "Andriï Sybiga, le ministre …, a déclaré": the title stands beside the name before it."""
        left = token.i
        while left > 0 and self.doc[left - 1].pos_ in ("DET", "ADJ") and self.doc[left - 1].text != ",":
            left -= 1
        if left < 2 or self.doc[left - 1].text != ",":
            return None
        hit = self.actor_at.get(left - 2)
        if hit and hit[0].type == "person":
            return Speaker(hit[0].name, hit[0], 0.9, "apposition")
        return self.name_with_title(
            [t for t in self.doc[sentence_of(token).start : token.i + 1] if t.i not in self.quoted]
        )

    def title(self, token, phrase: str, country: str | None) -> Speaker | None:
        """A subject that is only a title resolves to the person it names where possible."""
        lemma = token.lemma_.lower()
        if token.morph.get("Number") == ["Plur"]:  # "les ministres africains": a group, not one person
            return Speaker(phrase, None, 0.5, "title", role=None, country=country, number="Plur")
        if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in token.children):
            return self.owner(token, phrase, country)  # "son porte-parole" speaks for someone else
        country = country or next(
            (c for word in phrase.replace("'", " ").split() if (c := country_of_demonym(word, self.lex.lang))), None
        )
        for actor, _ in self.mentions_before(token.i):
            if (
                actor.type == "person"
                and actor.role
                and lemma in actor.role.lower()
                and actor.country in (None, country)
            ):
                return Speaker(actor.name, actor, 0.7, "title")

        def other_office(actor: Actor) -> bool:
            """ "le nouveau président" is not the one the article calls "ancien Premier ministre";
            "le patron de l'agence" may be its "directeur" (one family of heads); "le chef de l'État
            ukrainien" is only someone the article says is Ukrainian."""
            if country and actor.country != country:
                return True
            words = set(actor.role.lower().replace("'", " ").split()) if actor.role else set()
            if not words & self.lex.titles or lemma in words:
                return False
            return not (lemma in self.lex.heads and words & self.lex.heads)

        for _, speaker in reversed(self.history):
            if speaker.actor is not None and speaker.actor.type == "person" and not other_office(speaker.actor):
                return replace(speaker, confidence=0.55, rule="title", role=speaker.role or phrase)
        for actor, _ in self.mentions_before(token.i):
            if actor.type == "person" and not other_office(actor):
                return Speaker(actor.name, actor, 0.55, "title", role=phrase)
        return Speaker(phrase, None, 0.5, "title", role=phrase, country=country)

    def owner(self, token, phrase: str, country: str | None) -> Speaker:
        """ "son porte-parole": the body whose spokesperson it is, the last organisation,
        country or institution that was a subject in this paragraph or the one before."""
        block = self.parsed.block_of(token.idx)
        for prev in reversed(self.doc[: sentence_of(token).start]):
            if block - self.parsed.block_of(prev.idx) > 1:
                break
            if prev.i in self.quoted or not prev.dep_.startswith("nsubj") or prev.pos_ not in ("NOUN", "PROPN"):
                continue
            hit = self.actor_at.get(prev.i)
            if hit and hit[0].type in ("organization", "country"):
                return Speaker(hit[0].name, hit[0], 0.5, "title", role=phrase)
            if prev.lemma_.lower() in self.lex.institutions:
                found = self.resolve(prev, "institution", 0.6)
                if found:
                    return replace(found, confidence=0.5, rule="title", role=phrase)
        return Speaker(phrase, None, 0.45, "title", role=phrase, country=country)

    def nominal_span(self, token) -> list[int]:
        """Tokens of a noun phrase and of an apposition right after it (", Kaja Kallas")."""
        sent_end = sentence_of(token).end
        span = [t.i for t in token.subtree if t.i not in self.quoted and t.i >= token.i - 3]
        end = max(span) + 1
        if end + 1 < sent_end and self.doc[end].text == "," and end + 1 in self.actor_at:
            actor, start = self.actor_at[end + 1]
            if start == end + 1:
                span.extend(i for i in range(end + 1, sent_end) if self.actor_at.get(i, (None,))[0] is actor)
        return sorted(span)

    def phrase(self, token, nominal: list[int]) -> str:
        """The noun phrase from its head, without determiner or apposition, as written."""
        end = token.i + 1
        while (
            end in nominal
            and self.doc[end].text not in ",("
            and not (self.doc[end].text[:1].isupper() and self.doc[end - 1].pos_ not in ("ADP", "DET"))
        ):
            prev = self.doc[end - 1]
            if (
                self.doc[end].pos_ in ("NOUN", "PROPN")
                and prev.pos_ in ("NOUN", "PROPN")
                and end - 1 not in self.actor_at
            ):
                break  # "le patron de l'organisation mercredi": a bare noun starts something else
            if self.doc[end].pos_ == "ADP" and self.doc[end].lower_ not in self.lex.title_complements:
                break  # "le chef de l'État ukrainien sur Telegram": where, not who
            end += 1
        while end > token.i + 1 and self.doc[end - 1].is_punct:
            end -= 1
        return self.parsed.span_text(self.doc[token.i : end]).strip()

    def is_place(self, token) -> bool:
        if token.i in self.places:
            return True
        prev = self.doc[token.i - 1] if token.i > 0 else None
        if prev is not None and prev.pos_ == "DET" and token.i > 1:
            prev = self.doc[token.i - 2]
        return prev is not None and prev.lower_ in self.lex.place_prepositions

    # ------------------------------------------------------------------ pronouns and fallbacks

    def mentions_before(self, index: int) -> Iterator[tuple[Actor, int]]:
        """Actor mentions before a token, outside quotations and not places, nearest first."""
        for k in range(bisect_left(self.mention_starts, index) - 1, -1, -1):
            i = self.mention_starts[k]
            yield self.actor_at[i][0], i

    def antecedent(self, pronoun) -> Speaker | None:
        """Most recent compatible actor; subjects and earlier speakers win over other mentions.

        A speaker with no actor ("les ministres africains", "la présidence") competes by
        position: a more recent one of the right number is the antecedent.
        """
        gender, number = pronoun_of(pronoun, self.lex)
        block = self.parsed.block_of(pronoun.idx)
        near = takewhile(lambda h: block - self.parsed.block_of(self.doc[h[0]].idx) <= 1, reversed(self.history))
        unnamed = next(
            ((i, s) for i, s in near if s.actor is None and (s.number == number or s.rule == "institution")),
            (-1, None),
        )
        speakers = self.speaker_ids
        fallback = None
        for actor, i in self.mentions_before(pronoun.i):
            if block - self.parsed.block_of(self.doc[i].idx) > 1 or i < unnamed[0]:
                break
            if not self.compatible(actor, i, gender, number):
                continue
            if self.doc[i].dep_.startswith("nsubj") or id(actor) in speakers or self.doc[i].dep_ == "appos":
                return Speaker(actor.name, actor, 0.95, "pronoun")
            fallback = fallback or Speaker(actor.name, actor, 0.73, "pronoun")
        return fallback or unnamed[1]

    def compatible(self, actor: Actor, index: int, gender: str, number: str) -> bool:
        if number == "Sing":
            if actor.type != "person":
                return False
            cue = self.gender_of(index)
            return cue is None or cue == gender
        return actor.type in ("organization", "country")

    def gender_of(self, index: int) -> str | None:
        """Gender cue before a person's mention: M./Mme, or a title noun's gender."""
        for j in range(index - 1, max(index - 3, -1), -1):
            prev = self.doc[j]
            if prev.lower_ in self.lex.gender_cues:
                return self.lex.gender_cues[prev.lower_]
            if prev.pos_ == "NOUN" and prev.lemma_.lower() in self.lex.titles:
                genders = prev.morph.get("Gender")
                dets = [c for c in prev.children if c.pos_ == "DET" and c.morph.get("Gender")]
                if dets:
                    return dets[0].morph.get("Gender")[0]
                return genders[0] if genders else None
        return None

    def fallback(self, index: int) -> Speaker | None:
        """No evidence in the sentence: the last speaker of this paragraph or the one before;
        failing that, the last person named as a subject there (a weaker guess)."""
        block = self.parsed.block_of(self.doc[index].idx)
        last_index, last = self.history[-1] if self.history else (-1, None)
        near = takewhile(lambda m: block - self.parsed.block_of(self.doc[m[1]].idx) <= 1, self.mentions_before(index))
        subject = next(
            (
                (actor, i)
                for actor, i in near
                if actor.type == "person" and (self.doc[i].dep_.startswith("nsubj") or self.is_sentence_subject(i))
            ),
            None,
        )
        if subject and subject[1] > last_index:
            gap = block - self.parsed.block_of(self.doc[subject[1]].idx)
            confidence = {0: 0.4, 1: 0.3}.get(gap)
            return Speaker(subject[0].name, subject[0], confidence, "named subject") if confidence else None
        if last is None:
            return None
        gap = block - self.parsed.block_of(self.doc[last_index].idx)
        if gap == 0:
            return replace(last, confidence=0.5, rule="paragraph")
        if gap == 1:
            return replace(last, confidence=0.35, rule="previous paragraph")
        return None

    def is_sentence_subject(self, index: int) -> bool:
        """A mention opening its sentence, before any verb: the small model often labels it ROOT."""
        sent = sentence_of(self.doc[index])
        return all(t.pos_ in ("DET", "NOUN", "ADJ", "PUNCT", "ADP", "PROPN") for t in self.doc[sent.start : index])

    def remember(self, index: int, speaker: Speaker) -> Speaker:
        """Record an attribution; a role read once for an actor holds for the whole article."""
        key = id(speaker.actor) if speaker.actor is not None else speaker.name
        known = self.roles.get(key)
        person = speaker.actor is not None and speaker.actor.type == "person"
        if person and speaker.role and (known is None or len(speaker.role) > len(known)):
            self.roles[key] = speaker.role  # a body's spokesperson's title is not the body's role
        self.history.append((index, speaker))
        if speaker.actor is not None:
            self.speaker_ids.add(id(speaker.actor))
        return speaker

    def role_of(self, speaker: Speaker) -> str | None:
        key = id(speaker.actor) if speaker.actor is not None else speaker.name
        return self.roles.get(key, speaker.role)
