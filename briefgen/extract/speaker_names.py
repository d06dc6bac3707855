"""Speaker names: what the words naming a speaker stand for.

The resolution rules of the ``speakers`` family (data/rules.yml): an actor of the table is itself
(no rule of its own: the evidence names it); a name beside a title ("la cheffe de la diplomatie,
Kaja Kallas", "le ministre Marc Fesneau": ``apposition``); a proper noun the table lacks
(``entity``); a title alone ("le président américain", "la ministre") is the person the article
gives that role (``title``), else the last speaker whose office fits (``title speaker``); a plural
title is a group ("les ministres africains": ``group``); an institution with no actor is its own
phrase ("la présidence sud-coréenne": ``institution``), and a generic one ("l'armée") the body
named precisely before in the same family ("le commandement militaire de l'Est": ``precise
name``); "son porte-parole" speaks for the body last a subject (``owner``); an unnamed source is
its description ("un diplomate européen", "un analyste basé à Londres": ``description``); a
document is its author's (``author``, in ``speaker_sources.py``).

A title alone is resolved by ``speaker_titles.py``; where a naming phrase begins and ends is read by
``speaker_phrases.py``. Speakers never make actors: a name the
actor table lacks is a ``Referent`` of this module, known
to the attribution of this article only; whether it is an actor is for ``actors.py`` to say.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from ..lexicon.actors import membership_nouns
from .actors import is_place
from .countries import country_of_demonym
from .rules import confidence
from .speech import described_source, source_of_facts
from .statements import sentence_of

# parts of speech a capitalised word opening a sentence has when it is no name ("Certes,", "Mais",
# "Selon", "Hier"): the tagger may call a name anything else (NOUN, ADJ, X, PROPN)
NOT_NAMES = frozenset({"ADV", "CCONJ", "SCONJ", "ADP", "PRON", "DET", "AUX", "VERB"})
TITLE_WORDS = ("DET", "NOUN", "ADJ")  # the title an apposed name may carry: ", le lieutenant-colonel X"


@dataclass(frozen=True, eq=False)  # one per name found, compared by identity like the actors
class Referent:
    """Someone a statement names whom the actor table lacks: a speaker, never an actor."""

    name: str
    type: str  # person | organization
    role: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Speaker:
    """Who a statement belongs to, and the rule chain that says so ("incise+pronoun")."""

    name: str
    referent: object | None  # an Actor of the table or a Referent; None for a description or a title
    rule: str = ""  # rows of data/rules.yml (speakers) joined by "+", evidence first
    confidence: float = 1.0  # the weakest link of the chain
    role: str | None = None  # a role read at the attribution site ("patron de l'organisation")
    country: str | None = None
    number: str = "Sing"  # of a speaker with no referent: "les ministres africains" are "ils"

    def chain(self, first: str) -> Speaker:
        """The same speaker, found by ``first`` then by this speaker's own rules."""
        links = [first, *(link for link in self.rule.split("+") if link and link != first)]
        return replace(self, rule="+".join(links), confidence=min(confidence("speakers", x) for x in links))

    def only(self, rule: str) -> Speaker:
        """The same speaker, by a single rule (a fallback replaces how it was first found)."""
        return replace(self, rule=rule, confidence=confidence("speakers", rule))

    def with_role(self, role: str | None) -> Speaker:
        return replace(self, role=self.role or role)


class Naming:
    """Mixin of ``attribution.Attributor``: resolving a nominal to a speaker."""

    def resolve(self, token, evidence: str):
        """The speaker a token stands for, with ``evidence`` first in its rule chain; None for a
        place, a rubric, an unresolved pronoun or a word that names nobody."""
        found = self._resolve(token)
        if found is None:
            self.log.debug("no speaker for %r (%s)", token.text, evidence)
            return None
        if "apposition" not in found.rule.split("+") and self.titled_mention(token, found):
            found = found.chain("apposition")
        return found.chain(evidence)

    def _resolve(self, token):
        if self.pronoun_of(token):
            return self.antecedent(token)
        if self.is_place(token) or self.is_rubric(token):  # checked before the actor table
            return None
        lemma = token.lemma_.lower()
        is_title = lemma in self.lex.titles or token.lower_ in self.lex.titles
        hit = self.actor_at.get(token.i)
        if (
            hit is None
            and token.pos_ == "NOUN"
            and (self.definite(token) or self.possessive(token))
            and lemma in self.lex.authored_sources
        ):
            return self.author(token)
        if hit and hit[0].type == "country" and self.demonym_person(token, hit[0].name):
            # "a admis le Danois": one person of that country, not the country
            phrase = self.phrase(token, self.nominal_span(token))
            return self.speaker(phrase, None, "description", role=phrase, country=hit[0].name)
        if hit and not (is_title and hit[0].type != "person"):  # "ministre de l'Agriculture" is a person's title
            return self.speaker(hit[0].name, hit[0])
        nominal = self.nominal_span(token)
        persons = [self.actor_at[i][0] for i in nominal if i in self.actor_at and self.actor_at[i][0].type == "person"]
        # "le président de l'Agglo, Charles Demouge", "le porte-parole de l'armée à Goma, le lieutenant-colonel
        # Olivier Hamuli": the name apposed after a comma (and its title), not one the model found in the
        # title's complement; a name after a preposition says where or whose ("à Goma"), never who speaks
        apposed = [p for p in persons if self.apposed_after_comma(self.mention_start(p, nominal))]
        persons = apposed or [
            p for p in persons if not self.after_preposition(self.doc[self.mention_start(p, nominal)])
        ]
        phrase = self.phrase(token, nominal)
        if persons:  # "le Dr Tedros", "la cheffe de la diplomatie, Kaja Kallas"
            role = phrase if phrase != persons[0].name else None
            return self.speaker(persons[0].name, persons[0], "apposition", role=role)
        demonym = country_of_demonym(token.text, self.lex.lang)
        if demonym and (not hit or hit[0].type != "person") and self.demonym_person(token, demonym):
            # "le Guinéen a joint …": one person of that country, the one who holds the stage
            return self.title(token, phrase, demonym)
        capitalised = token.text[:1].isupper() and token.i > sentence_of(token).start
        if token.pos_ == "PROPN" or (capitalised and token.pos_ in ("ADJ", "X", "NOUN") and not is_title):
            # a name (places are actors, countries, or follow a preposition); the tagger may call
            # a surname an adjective ("convient Desharnais")
            start, end = token.i, token.i + 1
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and start - 1 not in self.quoted:
                start -= 1
            while (
                end < len(self.doc)
                and end not in self.quoted
                and (
                    self.doc[end].pos_ == "PROPN"
                    or (self.doc[end].text[:1].isupper() and self.doc[end].pos_ == "NOUN")
                    or self.particle_in_name(end)  # "M. di Giacomo", "Mme von der Leyen"
                )
            ):
                end += 1
            # the honorific is how the name is written, not a word of it ("M. di Giacomo" is "Flavio di Giacomo")
            words = [t.text for t in self.doc[start:end] if t.lower_ not in self.lex.actors.honorifics]
            known = self.person_named(words) if words else None
            before = self.doc[start - 1] if start > 0 else None
            if known is None and end - start == 1 and before is not None and "Def" in before.morph.get("Definite"):
                if token.lower_ in self.lex.anaphoric_bodies:  # "écrit l'ONG": the body named before
                    body = self.body_before(token)
                    if body:
                        return body
                if token.text.islower():  # "L'institut a révisé": a common noun the tagger took for a name
                    body = self.restated_body(token)
                    if body:
                        return body
                # "le Guinéen a joint …": one capitalised word under an article names no one by name
                return self.speaker(phrase, None, "description", role=phrase)
            person = known or self.unlisted_person(start, end)
            return self.speaker(person.name, person, "entity")
        if (self.indefinite(token) and token.pos_ == "NOUN") or described_source(token, self.lex):
            # "a déclaré un diplomate européen", "selon un analyste": an unnamed source is its description;
            # "a fait savoir la source policière": a source is unnamed, with "la" as with "une"
            return self.speaker(phrase, None, "description", role=phrase, number=self.number(token))
        if (is_title or token.pos_ == "NOUN") and self.number(token) != "Plur":
            # "le sismologue Xavier Le Pichon" names a person too ("les sages de la rue Cambon" do not)
            named = self.named_after_title(token) or self.apposed_to(token) or self.apposed_name(token, nominal)
            if named:
                return named.with_role(phrase)
        if self.epithet(token, lemma, is_title) and not hit:
            body = self.body_before(token, epithet=True)  # "selon le gendarme des télécoms": the regulator
            if body:
                return body
        countries = [
            self.actor_at[i][0] for i in nominal if i in self.actor_at and self.actor_at[i][0].type == "country"
        ]
        country = countries[0].name if countries else None
        if is_title and hit:
            # "la ministre de la Santé" the actor table took for a body: the one person named with
            # that title later in the article, else the person it names as any title does
            # a person's title never stands for the body: with nobody named with it, the title
            # reads as any other ("title speaker", a description)
            return self.named_later_with(token, phrase) or self.title(token, phrase, country)
        if is_title:
            return self.title(token, phrase, country)
        if (lemma in self.lex.anaphoric_bodies or token.lower_ in self.lex.anaphoric_bodies) and not hit:
            body = self.body_before(token)
            if body:
                return body
        if token.pos_ == "NOUN" and not hit:
            body = self.restated_body(token)
            if body:
                return body
        if lemma in self.lex.institutions or token.lower_ in self.lex.institutions:
            orgs = [
                self.actor_at[i][0]
                for i in nominal
                if i in self.actor_at and self.actor_at[i][0].type == "organization"
            ]
            if orgs and not countries:
                return self.speaker(orgs[0].name, orgs[0], "institution")
            if sum(self.doc[i].pos_ != "DET" for i in nominal) <= 2 and not country:
                precise = self.precise_body(token) or self.headline_body(token)
                if precise:
                    return precise
            return self.speaker(phrase, None, "institution", country=country, number=self.number(token))
        if token.pos_ == "NOUN" and not source_of_facts(token, self.lex) and self.number(token) == "Plur":
            body = self.body_of_members(token, nominal)
            if body is not None:  # "les quinze pays membres du Conseil de sécurité ont condamné": the Council
                return self.speaker(body.name, body, "group")
            # "estiment les syndicats", "les avocats de la défense ont dénoncé": a group is its description
            return self.speaker(phrase, None, "description", role=phrase, number="Plur")
        if token.pos_ == "NOUN" and not hit:
            return self.restated_person(token)  # "s'inquiète cette sexagénaire": the person named before
        return None

    def body_of_members(self, token, nominal: list[int]):
        """The organisation a plural group is said to be members of ("les pays membres du Conseil de
        sécurité", "les membres du gouvernement"), named right after the word of membership."""
        members = membership_nouns(self.lex.lang)
        for i in nominal:
            if self.doc[i].lower_ in members and i >= token.i:
                j = i + 1
                while j < len(self.doc) and j in nominal and self.doc[j].pos_ in ("ADP", "DET"):
                    j += 1
                hit = self.actor_at.get(j)
                if hit is not None and hit[0].type == "organization" and hit[1] == j:
                    return hit[0]
        return None

    def apposed_after_comma(self, start: int) -> bool:
        """A mention right after a comma, or after a comma and a title of a few words (", le lieutenant-colonel X")."""
        i = start - 1
        while i > 0 and start - i <= 4 and self.doc[i].pos_ in TITLE_WORDS and self.doc[i].text != ",":
            i -= 1
        return i >= 0 and self.doc[i].text == ","

    def mention_start(self, referent, nominal: list[int]) -> int:
        return next(self.actor_at[i][1] for i in nominal if self.actor_at.get(i, (None,))[0] is referent)

    @staticmethod
    def number(token) -> str:
        return token.morph.get("Number", ["Sing"])[0]

    def indefinite(self, token) -> bool:
        """ "un diplomate", "des experts": a determiner the morphology marks indefinite."""
        return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in token.children)

    def is_rubric(self, token) -> bool:
        """ "Santé : « … »", "Économie : …": one word opening its sentence before a colon is a
        headline's rubric, not a speaker, even where the actor table took it for a body (a name
        the model tags as a person still speaks: "Macron : « … »")."""
        if isinstance(token, int):
            token = self.doc[token]
        sent = sentence_of(token)
        if token.i - sent.start > 2:
            return False
        # "Ligue 1 : …", "Coupe du monde : …": up to three words before the colon, none a verb
        run = self.doc[sent.start : min(sent.end, sent.start + 4)]
        colon = next((t.i for t in run if t.text == ":"), None)
        if colon is None or token.i >= colon or any(t.pos_ in ("VERB", "AUX") for t in self.doc[sent.start : colon]):
            return False
        return token.ent_type_ != "PER"

    def tokens_before(self, token):
        """The words outside quotations of the sentences before ``token``'s, nearest first, back to the start
        of the paragraph before its own: where a generic noun or a possessive finds the body it stands for."""
        block = self.parsed.block_of(token.idx)
        for prev in reversed(self.doc[: sentence_of(token).start]):
            if block - self.parsed.block_of(prev.idx) > 1:
                return
            if prev.i not in self.quoted:
                yield prev

    def precise_body(self, token):
        """ "l'armée" after "le commandement militaire de l'Est": a generic institution noun is the
        body of its family (data: speech_verbs.yml, institution_families) a subject named just
        before it (this paragraph or the one before)."""
        lemma = token.lemma_.lower()
        # "le ministère public" is the parquet's family, not the government's "ministère": a noun and
        # the adjective right after it first
        qualified = next((f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "amod" and c.i == token.i + 1), "")
        family = self.lex.institution_families.get(qualified) or self.lex.institution_families.get(lemma)
        if not family:
            return None
        for prev in self.tokens_before(token):
            if prev.pos_ != "NOUN" or prev.lemma_.lower() not in family:
                continue
            if prev.lemma_.lower() == lemma or not prev.dep_.startswith("nsubj"):
                continue
            hit = self.actor_at.get(prev.i)
            if hit and hit[0].type == "organization":
                return self.speaker(hit[0].name, hit[0], "precise name")
            return self.speaker(self.phrase(prev, self.nominal_span(prev)), None, "precise name")
        return None

    def epithet(self, token, lemma: str, is_title: bool) -> bool:
        """ "le gendarme des télécoms", "les sages de la rue Cambon": a press epithet for a body
        (speech_verbs.yml, epithet_bodies) under a definite article, with no name of its own; one
        that is also a person's title ("gendarme") only with the complement that makes it a figure."""
        if lemma not in self.lex.epithet_bodies and token.lower_ not in self.lex.epithet_bodies:
            return False
        if not self.definite(token) or any(c.pos_ == "PROPN" for c in token.children):
            return False
        return not is_title or any(c.dep_ == "nmod" for c in token.children)

    def body_before(self, token, epithet: bool = False):
        """ "Selon cet organisme", "L'institution constate": a noun that stands for a body is the
        organisation last named (this paragraph or the one before), as its precise name; an
        ``epithet`` keeps its complement ("le gendarme des télécoms")."""
        if any((c.dep_ == "nmod" and not epithet) or c.pos_ == "PROPN" for c in token.children):
            return None  # "l'organisation des JO", "l'organisme Santé publique France": its own phrase
        block = self.parsed.block_of(token.idx)
        for referent, i in self.mentions_before(token.i):
            named = self.parsed.block_of(self.doc[i].idx)
            if sum(not self.parsed.is_heading(k) for k in range(named + 1, block)) > 0:
                break  # a subheading between them does not part them
            if referent.type == "organization":
                return self.speaker(referent.name, referent, "precise name")
        return None

    def particle_in_name(self, i: int) -> bool:
        """A lower-case name particle between name words ("di" of "M. di Giacomo", "von der" of "von der Leyen")."""
        j = i
        while j < len(self.doc) and self.doc[j].text in self.lex.name_particles and j not in self.quoted:
            j += 1
        return j > i and j < len(self.doc) and self.doc[j].pos_ == "PROPN" and j not in self.quoted

    def unlisted_person(self, start: int, end: int):
        """A person the actor table missed: a Referent (not an actor) that later pronouns and
        titles of this article find."""
        hit = self.actor_at.get(start)
        if hit and hit[1] == start and hit[0].type == "person":
            return hit[0]
        referent = Referent(name=self.parsed.span_text(self.doc[start:end]).strip(), type="person")
        for i in range(start, end):
            self.actor_at[i] = (referent, start)
        if start not in self.quoted and start not in self.places:
            k = bisect_left(self.mention_starts, start)
            if k == len(self.mention_starts) or self.mention_starts[k] != start:
                self.mention_starts.insert(k, start)
        return referent

    def apposed_name(self, token, nominal: list[int]):
        """ "le directeur général de l'OMS, Tedros Adhanom": proper nouns after a comma in the title's phrase."""
        for i in nominal:
            if i > token.i + 1 and self.doc[i - 1].text == "," and self.doc[i].pos_ == "PROPN":
                end = i
                while end < sentence_of(token).end and self.doc[end].pos_ == "PROPN" and end not in self.quoted:
                    end += 1
                known = self.person_named([t.text for t in self.doc[i:end]]) or self.unlisted_person(i, end)
                return self.speaker(known.name, known, "apposition")
        return None

    def person_named(self, words: list[str]):
        """A person whose name holds every given word (a surname for the full name)."""
        for referent, _ in self.mentions_before(len(self.doc)):
            if referent.type == "person" and all(w in referent.name.split() for w in words):
                return referent
        return None

    def apposed_to(self, token):
        """ "Andriï Sybiga, le ministre …, a déclaré": the title stands beside the name before it."""
        left = token.i
        while left > 0 and self.doc[left - 1].pos_ in ("DET", "ADJ") and self.doc[left - 1].text != ",":
            left -= 1
        if left < 2 or self.doc[left - 1].text != ",":
            return None
        hit = self.actor_at.get(left - 2)
        if hit and hit[0].type == "person" and not self.after_preposition(self.doc[hit[1]]):
            # "Le 17 mars sur BFM TV, le député …": a name after a preposition says where, not who
            return self.speaker(hit[0].name, hit[0], "apposition")
        return self.name_with_title(
            [t for t in self.doc[sentence_of(token).start : token.i + 1] if t.i not in self.quoted], "apposition"
        )

    def name_with_title(self, tokens: list, rule: str):
        """ "Keir Starmer, premier ministre britannique, a déclaré …" when the model saw no person:
        capitalised words opening the sentence, then a comma and a title noun, are a person."""
        run = self.capitalised_run(tokens)
        rest = tokens[len(run) :]
        if not run or len(rest) < 2 or rest[0].text != "," or any(t.pos_ in NOT_NAMES for t in run):
            return None  # "Certes, le secrétaire général …": a sentence adverb is nobody's name
        title = next((t for t in rest[1:4] if t.pos_ not in ("DET", "ADJ")), rest[1])
        if title.lemma_.lower() not in self.lex.titles and title.lower_ not in self.lex.titles:
            return None
        referent = self.unlisted_person(run[0].i, run[-1].i + 1)
        role_start = rest[2].i if rest[1].pos_ == "DET" else rest[1].i  # "le premier ministre …"
        role_end = next((t.i for t in rest[1:] if t.text == ","), title.i + 1)
        role = self.parsed.span_text(self.doc[role_start:role_end]).strip()
        return self.speaker(referent.name, referent, rule, role=role)

    def is_title_word(self, token) -> bool:
        return token.lemma_.lower() in self.lex.titles or token.lower_ in self.lex.titles

    def is_place(self, token) -> bool:
        """Said as a place ("à Bruxelles"): decided by the actors' rule, never here."""
        return token.i in self.places or is_place(self.doc, token.i, self.lex.actors)
