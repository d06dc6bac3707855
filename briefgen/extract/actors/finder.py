"""The finder: runs the passes over one parsed article, in order, and keeps each token to one mention.

Each pass is a mixin in its own module (places, names, bodies, roles); they share the finder's
state: the parsed article, the lexicon's actor words, and ``taken`` (token → the mention that owns
it), so that a later pass never claims a token an earlier one explained.
"""

from __future__ import annotations

import logging

from ...lexicon import lexicon
from ...nlp import Parsed
from ...textfold import fold
from .acronyms import AcronymsPass
from .articled_names import ArticledNamesPass
from .bodies import BodiesPass
from .descriptions import DescriptionsPass
from .filters import NotNames
from .mention import Mention, is_acronym, name_words
from .names import NamesPass
from .people import PeoplePass
from .places import PlacesPass, is_place, listed_with_a_place
from .roles import RolesPass
from .spans import SpansPass
from .trimming import COUNT, TrimPass

log = logging.getLogger(__name__)


class Finder(
    PlacesPass,
    SpansPass,
    TrimPass,
    NamesPass,
    PeoplePass,
    AcronymsPass,
    ArticledNamesPass,
    BodiesPass,
    RolesPass,
    DescriptionsPass,
    NotNames,
):
    """Finds the mentions of one parsed article."""

    def __init__(self, parsed: Parsed, lang: str) -> None:
        self.parsed = parsed
        self.doc = parsed.doc
        self.lang = lang
        self.words = lexicon(lang).actors
        self.taken: dict[int, Mention] = {}
        self.mentions: list[Mention] = []
        # one pass over the tokens: spaCy makes a Token object per access, so the scans below read these
        self.texts = [t.text for t in parsed.tokens]
        self.lowers = [t.lower() for t in self.texts]

    def text(self, start: int, end: int) -> str:
        return self.parsed.span_text(self.doc[start:end]).strip()

    def add(self, mention: Mention) -> None:
        if any(i in self.taken for i in range(mention.start, mention.end)):
            return
        for i in range(mention.start, mention.end):
            self.taken[i] = mention
        self.mentions.append(mention)
        log.debug("actor mention %r: %s by rule %s", mention.text, mention.kind, mention.rule)

    def drop(self, m: Mention, why: str = "") -> None:
        self.mentions.remove(m)
        for i in range(m.start, m.end):
            self.taken.pop(i, None)
        log.debug("actor mention %r dropped: %s", m.text, why)

    def extend(self, m: Mention, end: int) -> None:
        for i in range(m.end, end):
            self.taken[i] = m
        m.end = end
        m.text = m.name = self.text(m.start, end) if m.text == m.name else m.name + " " + self.text(m.end, end)

    def find(self) -> list[Mention]:
        ents_by_token = {i: ent for ent in self.doc.ents for i in range(ent.start, ent.end)}
        self.countries(ents_by_token)
        self.labelled_people()
        self.entities()
        self.unlabelled_people()
        self.acronyms()
        self.articled_names()
        self.editions()
        self.bodies()
        self.numbered_acronyms()
        self.same_names_are_people()
        self.employers()
        self.roles()
        self.namings()
        self.places_that_never_act()
        self.national_teams()
        return sorted(self.mentions, key=lambda m: m.start)

    def places_that_never_act(self) -> None:
        """A name the model reads as a place somewhere in the article is a place where a place preposition
        introduces it ("à Gorkha"): such mentions are not agentive, and a name with no agentive mention is
        no actor (grouping drops it)."""
        places = {
            fold(" ".join(t.text for t in ent if t.pos_ != "DET"))
            for ent in self.doc.ents
            if ent.label_ in ("LOC", "GPE")
        }
        for m in self.mentions:
            if m.kind == "organization" and not m.role and m.rule == "entity" and not is_acronym(m.name):
                # "attaqués mardi à Amdafok", "la ville de Bambari": a name the model reads as an organization
                # but says as a town (a bare name right after a place preposition, or after a place noun)
                if self._bare_after_a_place_preposition(m) or self._after_place_noun(m.start):
                    m.agentive = False
                continue
            if m.kind == "person" and not m.role and m.rule in ("entity", "repeated-name"):
                # "un système de missiles via Geneina", "dans le village de Kfar Aza": a name said as a place
                # (one word after a place preposition, any after a place noun), never as an agent
                # one word, hyphens and all ("Charente-Maritime", "Seine-Saint-Denis"); a person's has a space
                lone = len(m.name.split()) == 1 and self.lowers[m.start - 1] not in self.words.employer_prepositions
                if (
                    lone
                    and (
                        is_place(self.doc, m.start, self.words)
                        or listed_with_a_place(self.doc, m.start, self.words)
                        or self._where_an_event_is(m.start)
                    )
                ) or self._after_place_noun(m.start):
                    m.agentive = False
                continue
            if m.kind == "country" or m.role or fold(m.name) not in places:
                continue
            if is_place(self.doc, m.start, self.words) and not any(
                self.doc[i].dep_ in ("nsubj", "nsubj:pass") for i in range(m.start, m.end)
            ):
                m.agentive = False
                log.debug("%r: said as a place here", m.text)

    def _bare_after_a_place_preposition(self, m: Mention) -> bool:
        """ "à Amdafok": one name word right after a place preposition, with no article (a town's name takes
        none; "à l'AFP", "au Medef" do), not "chez" (an employer), and not the addressee of a verb of saying
        ("a déclaré à Reuters")."""
        if len(name_words(m.name)) != 1 or m.start == 0 or self.doc[m.start - 1].pos_ == "DET":
            return False
        if self.lowers[m.start - 1] in self.words.employer_prepositions:
            return False  # "parti chez RadioShack": where one works is an organization
        head = self.doc[m.start].head
        if head.pos_ in ("VERB", "AUX") and head.lemma_ in lexicon(self.lang).speech:
            return False
        return is_place(self.doc, m.start, self.words)

    def _where_an_event_is(self, start: int) -> bool:
        """ "le festival du film de Sarlat", "le sommet de Lisbonne": a one-word name complementing an event's noun,
        maybe through the event's own complement ("du film"), is where it is held."""
        token = self.doc[start]
        if token.dep_ != "nmod" or self.lowers[start - 1] not in self.words.genitives:
            return False
        head = token.head
        for _ in range(2):
            if head.lower_ in self.words.event_heads:
                return True
            if head.dep_ != "nmod" or head.head is head:
                return False
            head = head.head
        return False

    def _after_place_noun(self, start: int) -> bool:
        i = start - 1
        if i >= 0 and self.doc[i].pos_ == "DET":
            i -= 1
        return i > 0 and self.lowers[i] in self.words.genitives and self.lowers[i - 1] in self.words.place_nouns

    def editions(self) -> None:
        """ "la CAN 2023", "les Jeux de Paris 2024", "Paris-2024": a name followed by a year names an event
        (a competition, a games, an exhibition), not an actor; an organization's name so used is the event's
        everywhere in the article ("la CAN" later), a place's only there."""
        doc = self.doc
        years = [i for i, t in enumerate(self.texts) if t.isdigit() and len(t) == 4]
        events = {fold(self.texts[i - 1]) for i in years if i > 0 and is_acronym(self.texts[i - 1])}
        numbered: set[str] = set()
        for m in list(self.mentions):
            j = (
                m.end + 1
                if m.end + 1 < len(doc) and self.texts[m.end] == "-" and not doc[m.end - 1].whitespace_
                else m.end
            )
            if j < len(doc) and self.texts[j].isdigit() and len(self.texts[j]) == 4:
                self.drop(m, "an event's edition")
                if m.kind == "organization":
                    events.add(fold(m.name))
            elif (
                m.kind == "organization"
                and not m.body
                and (
                    (j < len(doc) and doc[j].like_num and not COUNT.match(self.texts[j]))
                    or (m.end - m.start > 1 and doc[m.end - 1].like_num)
                )
            ):
                numbered.add(fold(m.name))  # "Ligue 1", "France 2": a competition or a channel
        # a numbered name that never acts is a competition ("la 12e journée de Ligue 1"); one that acts
        # is an organization ("France 2 a enregistré 16,9 % d'audience")
        acting = {
            fold(m.name)
            for m in self.mentions
            if any(doc[k].dep_ in ("nsubj", "nsubj:pass") for k in range(m.start, m.end))
        }
        events |= numbered - acting
        # "de nouveaux EPR", "les EPR construits": an acronym the article uses as a common noun is one
        # everywhere in it ("l'EPR" is the reactor type, not a body)
        events |= {fold(t) for i, t in enumerate(self.texts) if t.isupper() and is_acronym(t) and self._counted(i)}
        for m in list(self.mentions):
            if m.kind == "organization" and fold(m.name) in events:
                self.drop(m, "an event, or a common noun")

    def _counted(self, i: int) -> bool:
        """ "six EPR", "un EPR", "de nouveaux EPR": a count, an indefinite article or a plural adjective
        before the acronym makes it a kind of thing (not "les JA", a plural name)."""
        if i == 0:
            return False
        before = self.doc[i - 1]
        return (
            before.like_num
            or (before.pos_ == "DET" and "Ind" in before.morph.get("Definite"))
            or (before.pos_ == "ADJ" and before.text.islower() and "Plur" in before.morph.get("Number"))
        )

    def employers(self) -> None:
        """ "conseiller chez Pictet AM": what one works at is an organization, whatever the model says; not a
        person with a title of her own ("chez Léa Roux, secrétaire de l'UNSA")."""
        for m in self.mentions:
            if (
                m.kind == "person"
                and m.start > 0
                and self.lowers[m.start - 1] in self.words.employer_prepositions
                and self._role_after(m) is None
            ):
                m.kind = "organization"
                log.debug("%r: an organization, as an employer", m.text)

    def _addressed(self, m: Mention) -> bool:
        """Whether an honorific opens the mention or stands before it, past its name particles ("M. di Giacomo")."""
        k = m.start - 1
        while k >= 0 and self.lowers[k] in self.words.particles:
            k -= 1
        return m.rule == "honorific" or (k >= 0 and self.lowers[k] in self.words.honorifics)

    def same_names_are_people(self) -> None:
        """The model labels one name differently in different contexts: a full name read as a person decides."""
        known = {
            w for m in self.mentions if m.kind == "person" and len(name_words(m.name)) > 1 for w in name_words(m.name)
        }
        # "Flavio di Giacomo" read as an organization, "M. di Giacomo" further on: the honorific says whose surname
        addressed = {name_words(m.name)[-1] for m in self.mentions if m.kind == "person" and self._addressed(m)}
        # "Christel Heydemann" read as an organization where "Heydemann" alone was read as a person
        surnames = {name_words(m.name)[0] for m in self.mentions if m.kind == "person" and len(name_words(m.name)) == 1}
        for m in self.mentions:
            if m.kind != "organization" or is_acronym(m.name) or m.body:
                continue
            words = m.name.split()
            capitalised = all(w[:1].isupper() or w in self.words.particles for w in words)
            if set(name_words(m.name)) <= known or (
                len(words) > 1 and capitalised and name_words(m.name)[-1] in addressed
            ):
                m.kind = "person"
            elif (
                len(words) == 2
                and capitalised
                and name_words(m.name)[-1] in surnames
                and fold(words[0]) not in self.words.organization_heads
                and words[0].lower() not in self.words.kinds
            ):
                m.kind = "person"
        # and a one-word name the article calls an organization ("le cimentier Lafarge") stays one
        organizations = {fold(m.name) for m in self.mentions if m.kind == "organization"}
        for m in self.mentions:
            if (
                m.kind == "person"
                and m.text == m.name
                and len(name_words(m.name)) == 1
                and fold(m.name) in organizations
            ):
                m.kind = "organization"
