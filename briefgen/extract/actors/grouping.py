"""Grouping: mentions of one real-world entity become one actor."""

from __future__ import annotations

import logging
from collections.abc import Callable

from ...brief import Actor
from ...lexicon import lexicon
from ...nlp import Parsed
from ...textfold import fold
from .. import countries
from ..rules import confidence
from .finder import Finder
from .mention import Mention, initials, is_acronym, name_words
from .organizations import known_acronyms, seated
from .role_choice import complete_roles, group_role

log = logging.getLogger(__name__)


def _expansion_links(mentions: list[Mention], parsed: Parsed, lang: str) -> dict[int, int]:
    """Acronym mention → expansion mention: "Organisation mondiale de la santé (OMS)", known acronyms, initials."""
    doc = parsed.doc
    known = {k: fold(v) for k, v in known_acronyms(lang).items()}
    connectives = lexicon(lang).actors.connectives
    orgs = [m for m in mentions if m.kind == "organization"]
    # full names indexed once (first mention wins), so a long text is not names × acronyms
    full = [b for b in orgs if not is_acronym(b.name)]
    by_key: dict[str, Mention] = {}
    by_initials: dict[str, Mention] = {}
    for b in full:
        by_key.setdefault(fold(b.name), b)
        by_initials.setdefault(initials(b.name, connectives), b)
    before_bracket = {b.end + 1: b for b in full if b.end < len(doc) and doc[b.end].text == "("}
    links: dict[int, int] = {}
    for a in orgs:
        short = is_acronym(a.name) or fold(a.name) in known
        written_after = before_bracket.get(a.start)
        if not short and not (
            written_after is not None and a.end - a.start == 1 and a.end < len(doc) and doc[a.end].text == ")"
        ):
            continue  # an acronym, or a one-word short name in brackets: "la Réserve fédérale (Fed)"
        found = [
            b
            for b in (
                written_after,
                by_key.get(known.get(fold(a.name), "")),
                by_initials.get(a.name.replace(".", "")),
            )
            if b is not None and b is not a
        ]
        target = min(found, key=lambda b: b.start) if found else None
        if target is not None:
            links[id(a)] = id(target)
    # "la CGT" beside "la CGT-Cheminots": an acronym that opens the one hyphenated name of the article is it
    hyphenated: dict[str, list[Mention]] = {}
    for b in orgs:
        if "-" in b.name and is_acronym(b.name.split("-")[0]):
            hyphenated.setdefault(b.name.split("-")[0], []).append(b)
    for a in orgs:
        found = {fold(b.name): b for b in hyphenated.get(a.name, [])}
        if id(a) not in links and is_acronym(a.name) and len(found) == 1:
            links[id(a)] = id(next(iter(found.values())))
    by_name = {fold(a.name): links[id(a)] for a in orgs if id(a) in links}
    for a in orgs:  # "la Fed" later on: the same short name, the same organization
        if id(a) not in links and fold(a.name) in by_name and by_name[fold(a.name)] != id(a):
            links[id(a)] = by_name[fold(a.name)]
    return links


def _organization_keys(mentions: list[Mention], lang: str) -> None:
    """Known acronyms take their expansion as key; a seat city ("Bruxelles") becomes the organization seated there when the article names it."""
    known = known_acronyms(lang)
    for m in mentions:
        if m.kind == "organization" and m.key is None:
            expansion = known.get(fold(m.name))
            m.key = fold(expansion) if expansion else fold(m.name)
    # "les Nations unies" beside "l'ONU": a part of a known organization's full name the article names is it
    keys = {fold(v) for v in known.values()} & {m.key for m in mentions if m.kind == "organization"}
    for m in mentions:
        if m.kind == "organization" and " " in m.key and m.key not in keys:
            within = [k for k in keys if f" {m.key} " in f" {k} "]
            if len(within) == 1:
                m.key = within[0]
    named = {m.key for m in mentions if m.kind == "organization"}
    for m in mentions:
        seat = next((s for s in seated(lang).get(m.text, ()) if s in named), None)
        if m.kind == "country" and m.agentive and seat:
            m.kind, m.key, m.country, m.name, m.rule = "organization", seat, None, m.text, "seat"


def _full_name(group: list[Mention], lang: str) -> str:
    """The full name: the longest written one, or a lone acronym's known expansion."""
    named = [m.same_as.name for m in group if m.same_as is not None]
    if named:
        return named[0]  # "connu sous le nom de KCIA": the name the article says it goes by
    known = known_acronyms(lang)
    names = [
        m.name
        for m in group
        if not is_acronym(m.name)
        and fold(m.name) not in known
        and not (m.kind == "organization" and countries.lookup(m.name, lang))
    ]
    written = {fold(v): v for v in known.values()}
    if names:
        longest = max(names, key=len)
        key = group[0].key
        # "les Nations unies" with "l'ONU": the known full name, not its part
        return written[key] if key in written and fold(longest) != key else longest
    return next((known[fold(m.name)] for m in group if fold(m.name) in known), group[0].name)


def _shorter_forms(mentions: list[Mention]) -> Callable[[Mention], Mention | None]:
    """ "la Commission" after "Commission européenne": the one longer organization name a name shortens.
    Names are compared once per distinct name, not per mention (long texts repeat them)."""
    named: dict[str | None, tuple[set[str], Mention]] = {}
    for o in mentions:
        if o.kind == "organization" and not o.body and not is_acronym(o.name):
            named[o.key] = (set(name_words(o.name)), o)
    answers: dict[str, Mention | None] = {}

    def shorter_form_of(m: Mention) -> Mention | None:
        if m.body or is_acronym(m.name):
            return None
        name = fold(m.name)
        if name not in answers:
            words = set(name.split())
            longer = [o for other, o in named.values() if words < other]
            answers[name] = longer[0] if len(longer) == 1 else None
        return answers[name]

    return shorter_form_of


SETTING_MENTIONS = 3  # a country the article keeps coming back to, though only as a place, is its subject


def _setting(group: list[Mention], parsed: Parsed) -> bool:
    """A country only ever said as a place is still an actor where the article is about it: it names the
    country (not only a city of it) in its headline ("Choléra : 29 morts au Cameroun") or comes back to it
    again and again, or sets a sentence on it ("En Allemagne, le chancelier…"). Named once or twice in passing ("des cas signalés en Italie et en Iran", "près de la
    frontière du Burkina Faso"), it is where something happened, not who did it."""
    if not any(m.kind == "country" and not m.capital for m in group):
        return False
    doc = parsed.doc
    return (
        len(group) >= SETTING_MENTIONS
        or any(parsed.block_of(doc[m.start].idx) == 0 for m in group)
        or any(_frames_its_sentence(m, doc) for m in group)
    )


def _frames_its_sentence(m: Mention, doc) -> bool:
    """ "En Allemagne, le chancelier a soutenu…": a country set before a comma at the head of a sentence is
    the one its actors speak for."""
    start = m.start - 1  # the place preposition
    return start >= 0 and doc[start].is_sent_start and m.end < len(doc) and doc[m.end].text == ","


def extract_actors(parsed: Parsed, *, lang: str = "fr") -> list[Actor]:
    mentions = Finder(parsed, lang).find()
    _organization_keys(mentions, lang)
    links = _expansion_links(mentions, parsed, lang)
    by_id = {id(m): m for m in mentions}
    groups: dict[int, list[Mention]] = {}  # id of the group's canonical mention → its mentions

    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: (-len(name_words(m.name)), m.start))
    for m in people:
        words = name_words(m.name)
        owner = next(
            (
                g
                for g, ms in groups.items()
                if by_id[g].kind == "person" and set(words) <= set(name_words(by_id[g].name))
            ),
            None,
        )
        groups.setdefault(owner if owner is not None else id(m), []).append(m)

    # "le parquet" beside "le parquet de Paris": a bare body is the one body of the article it heads, also
    # when that one is written as a name ("le tribunal" beside "le Tribunal correctionnel de Genève")
    body_nouns = lexicon(lang).actors.bodies
    bodies_by_head: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if " " in m.text and (
            m.body or (m.kind == "organization" and m.name.split()[0].lower() in body_nouns and m.same_as is None)
        ):
            bodies_by_head.setdefault(fold(m.text).split()[0], {}).setdefault(m.key or fold(m.text), m)
    for m in mentions:
        longer = bodies_by_head.get(fold(m.text), {})
        if m.body and " " not in m.text and len(longer) == 1 and m.same_as is None:
            m.same_as = next(iter(longer.values()))
    keyed: dict[tuple[str, str], int] = {}
    connectives = {fold(w).rstrip("'") for w in lexicon(lang).actors.connectives}
    shorter_form_of = _shorter_forms(mentions)
    for m in mentions:
        if m.kind == "person":
            continue
        target = m.same_as or by_id.get(links.get(id(m)), m)
        if target is m and m.kind == "organization":
            target = shorter_form_of(m) or m
        # "Cour des comptes" and "Cour de comptes": one name whatever its function words
        k = (m.kind, " ".join(w for w in (target.key or fold(target.name)).split() if w not in connectives))
        if k not in keyed:
            keyed[k] = id(target)
        groups.setdefault(keyed[k], []).append(m)

    heads = lexicon(lang).actors.organization_heads
    actors = []
    for group_id, group in groups.items():
        if all(not m.agentive for m in group) and not _setting(group, parsed):
            # "réunis à Bruxelles": a city as a place does not make its country an actor; "à Gorkha", a
            # district the model also read as a person, is a place that never acts; "des cas en Iran",
            # named in passing, is where something happened
            log.debug("%r is no actor: only ever a place", group[0].text)
            continue
        group.sort(key=lambda m: m.start)
        canonical = by_id[group_id]
        name = canonical.country if canonical.kind == "country" else _full_name(group, lang)
        if canonical.kind == "organization" and not canonical.body and fold(name) in heads and " " not in fold(name):
            log.debug("%r is no actor: a bare organization noun names a kind", name)
            continue  # "l'Union", "la Commission" with no fuller name in the article
        aliases: list[str] = []
        for m in group:
            for alias in (m.text, m.name):
                if alias != name and alias not in aliases and fold(alias) != fold(name):
                    aliases.append(alias)
                    break
        country = (
            canonical.country if canonical.kind == "country" else next((m.country for m in group if m.country), None)
        )
        role = group_role(group, country, lang)  # role_choice: the fullest title, and a second office
        # the strongest evidence among its mentions made it an actor: "Commission européenne" by its name,
        # though the headline's "Bruxelles" (a seat) comes first
        rule = max((m.rule for m in group), key=lambda r: confidence("actors", r))
        log.debug("actor %r (%s) by rule %s, %d mentions", name, canonical.kind, rule, len(group))
        actors.append(
            Actor(
                name=name,
                type=canonical.kind,
                rule=rule,
                role=role,
                country=country,
                aliases=aliases,
                mentions=len(group),
                sentence=parsed.sentence(parsed.doc[group[0].start : group[0].end]),
                spans=[(m.start, m.end) for m in group],
                agentive=[m.agentive for m in group],
            )
        )
    actors.sort(key=lambda a: a.spans[0][0])
    complete_roles(actors, lang)
    return actors
