"""Actors: one per real-world entity, typed, with roles and countries, on gold passages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from briefgen.extract.actors import extract_actors
from briefgen.extract.countries import country_of_name
from briefgen.textfold import fold as key
from tests.extract.passages import passage_params

GOLD = yaml.safe_load((Path(__file__).with_name("actors_gold.yml")).read_text(encoding="utf-8"))


def words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", key(text or ""))) - {"le", "la", "l", "de", "du", "des", "d", "a"}


def find(actors, name):
    return next((a for a in actors if key(a.name) == key(name) or key(name) in map(key, a.aliases)), None)


@pytest.mark.parametrize("case", passage_params(GOLD))
def test_gold_passage(parse, case):
    actors = extract_actors(parse(case["text"]), lang="fr")
    for expected in case["actors"]:
        actor = find(actors, expected["name"])
        assert actor is not None, f"{expected['name']} not in {[a.name for a in actors]}"
        assert key(actor.name) == key(expected["name"])
        assert actor.type == expected["type"]
        if expected.get("role", "") is None:
            assert actor.role is None
        elif "role" in expected:
            assert words(expected["role"]) <= words(actor.role), actor.role
        # words that must not be in the role: another person's title given to this one
        assert not words(" ".join(expected.get("role_without", []))) & words(actor.role), actor.role
        if "country" in expected:
            assert actor.country == expected["country"]
        if "rule" in expected:
            assert actor.rule == expected["rule"]
        for alias in expected.get("aliases", []):
            assert key(alias) in map(key, actor.aliases), actor.aliases
    for name in case.get("absent", []):
        # a name the passage holds, or a country its capitals or demonyms could wrongly stand for
        assert name in case["text"] or country_of_name(name) == name, f"absent {name!r} cannot fail"
        assert find(actors, name) is None
    # every actor of the passage is listed: an extra one fails
    extra = [a.name for a in actors if not any(find([a], e["name"]) for e in case["actors"])]
    assert not extra, f"actors not in the gold: {extra}"


def test_one_mention_per_span_and_spans_cover_aliases(parse):
    parsed = parse(
        "Crise\n\nLe président ukrainien Volodymyr Zelensky a parlé lundi. Zelensky a ensuite rencontré les alliés, et M. Zelensky est reparti."
    )
    actor = find(extract_actors(parsed), "Volodymyr Zelensky")
    assert actor.mentions == len(actor.spans) == len(set(actor.spans)) == len(actor.agentive)
    assert all(parsed.doc[s:e].text.endswith("Zelensky") for s, e in actor.spans)


def test_place_mentions_are_not_agentive(parse):
    """Only an agentive mention can be a speaker; "liés à Pyongyang" is a partner, not a place."""
    parsed = parse("Sommet\n\nLes ministres se sont réunis à Moscou. Moscou a démenti.")
    russia = find(extract_actors(parsed), "Russie")
    assert russia.agentive == [False, True]


def test_elided_articles_never_become_actors_and_sentences_are_original(parse):
    text = (
        "Rapport\n\nL’Institut Pasteur a compté jusqu’à 300 cas, a dit Marie Dupont, directrice de l’Institut Pasteur."
    )
    actors = extract_actors(parse(text))
    assert all(not a.name.startswith(("L’", "L'", "jusqu")) for a in actors)
    assert all(a.sentence in text for a in actors)
    assert find(actors, "Marie Dupont").role.startswith("directrice de l’Institut")


def test_a_capital_inside_a_longer_name_is_not_the_country(parse):
    actors = extract_actors(parse("Presse\n\nLe Washington Post a publié l’enquête."))
    assert find(actors, "États-Unis") is None


def test_a_partner_after_a_is_not_a_place(parse):
    parsed = parse("Cyber\n\nDes pirates liés à Pyongyang ont volé des cryptomonnaies.")
    assert find(extract_actors(parsed), "Corée du Nord").agentive == [True]


def test_portfolio_is_part_of_the_role_but_a_named_body_is_an_actor(parse):
    text = (
        "Diplomatie\n\nAmina Diallo, la ministre sénégalaise des Affaires étrangères, a rencontré Antonio Guterres, "
        "le secrétaire général des Nations unies. La ministre française de la Défense n'a pas commenté."
    )
    actors = extract_actors(parse(text))
    assert find(actors, "Affaires étrangères") is None
    assert find(actors, "Nations unies").type == "organization"
    assert not any(a.name.lower().startswith("ministre") for a in actors)
    assert find(actors, "Amina Diallo").country == "Sénégal"


def test_an_honorific_alone_is_no_actor(parse):
    """Found by the property tests: an entity trimmed down to "M" left nothing to name."""
    assert extract_actors(parse("0\n\n0M")) == []


def test_a_name_the_model_reads_as_a_person_but_only_said_as_a_place_is_no_actor(parse):
    """The model labels a district a person in one sentence and a place in the next: seen only after place
    prepositions and never acting, it is a place (the parse is the model's; its labels are set here)."""
    from spacy.tokens import Span

    parsed = parse("Séisme\n\nLes secours sont arrivés à Gorkha mardi. Les routes vers Gorkha restent coupées.")
    doc = parsed.doc
    first, second = [t.i for t in doc if t.text == "Gorkha"]
    doc.ents = [Span(doc, first, first + 1, label="PER"), Span(doc, second, second + 1, label="LOC")]
    assert find(extract_actors(parsed), "Gorkha") is None


def test_an_organisation_name_stops_at_a_quotation_mark_or_a_verb(parse):
    """The model runs a name into the next words ("Conseil fédéral de « trancher"): the name stops there
    (the parse is the model's; the entity span is set here as the model wrote it)."""
    from spacy.tokens import Span

    parsed = parse("Votation\n\nLe texte demande au Conseil fédéral de « trancher » la question des retraites.")
    doc = parsed.doc
    start = next(t.i for t in doc if t.text == "Conseil")
    end = next(t.i for t in doc if t.text == "trancher") + 1
    doc.ents = [Span(doc, start, end, label="ORG")]
    names = [a.name for a in extract_actors(parsed)]
    assert "Conseil fédéral" in names, names
    assert not any("trancher" in n or "«" in n for n in names)


def test_a_name_the_model_reads_as_an_organization_but_only_said_as_a_town_is_no_actor(parse):
    """A bare name right after a place preposition ("à Kordofo", no article) is a town where something
    happened; "à Reuters" after a verb of saying is the addressee, and "chez Natixis" an employer (the
    model's labels are set here)."""
    from spacy.tokens import Span

    parsed = parse(
        "Embuscade\n\nLe convoi a été attaqué mardi à Kordofo. Un officier a déclaré à Reuters que le bilan était "
        "lourd. Son frère travaille chez Natixis."
    )
    doc = parsed.doc
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in ("Kordofo", "Reuters", "Natixis")]
    actors = extract_actors(parsed)
    assert find(actors, "Kordofo") is None
    assert find(actors, "Reuters") is not None
    assert find(actors, "Natixis") is not None


def test_an_event_that_speaks_is_an_actor(parse):
    """ "Le Festival de Cannes a annoncé…": an event's name is no actor unless it speaks (labels set here)."""
    from spacy.tokens import Span

    parsed = parse(
        "Cinéma\n\nLe Festival de Cannes a annoncé jeudi sa sélection. Le Festival de Venise ouvrira en août."
    )
    doc = parsed.doc
    starts = [t.i for t in doc if t.text == "Festival"]
    doc.ents = [Span(doc, i, i + 3, label="ORG") for i in starts]
    names = [a.name for a in extract_actors(parsed)]
    assert "Festival de Cannes" in names, names
    assert "Festival de Venise" not in names, names


def test_a_verb_the_model_glued_to_a_name_is_trimmed(parse):
    """ "s'agace Marie-Amandine X" read as one span: the lower-case verb is no part of the name; a particle
    glued to a surname ("al-Mansouri") is."""
    from briefgen.extract.actors.finder import Finder

    parsed = parse("« Trop cher », s'insurge Marie-Odile Vasseur, présidente de l'association, lundi.")
    finder = Finder(parsed, "fr")
    verb = next(t.i for t in parsed.doc if t.text == "insurge")
    start, end, _ = finder._trim(verb, verb + 3)
    assert finder.text(start, end) == "Marie-Odile Vasseur"
    assert finder._particle_word("al-Mansouri") and not finder._particle_word("insurge")


def test_a_straight_quote_closes_where_no_space_comes_before_it(parse):
    """'"… partout" selon X, secrétaire du SNPI. "Nous …"': the name sits between a closing and an opening
    straight quote, outside both quotations, so it is no quoted title."""
    from briefgen.extract.actors.finder import Finder

    parsed = parse(
        'Les garages manquent de tout, "et depuis des mois" selon Paul Roux, secrétaire du SNPI. "Nous attendons."'
    )
    finder = Finder(parsed, "fr")
    snpi = next(t.i for t in parsed.doc if t.text == "SNPI")
    assert not finder._quoted_title(snpi, snpi + 1)
    mois = next(t.i for t in parsed.doc if t.text == "mois")
    assert finder._quoted_title(mois, mois + 1)  # inside « "et depuis des mois" », no verb: a quoted phrase


def test_an_entity_span_opening_on_a_kind_noun_leaves_the_name_to_the_organization(parse):
    """The model's span "agence Kyodo" (ORG): the kind noun before a capitalised name is no body of its own."""
    from spacy.tokens import Span

    parsed = parse("« Les secours sont sur place », souligne la gouverneure Aiko Tanaka à l'agence Kyodo.")
    doc = parsed.doc
    kind = next(t.i for t in doc if t.text == "agence")
    doc.ents = [e for e in doc.ents if e.end <= kind or e.start >= kind + 2] + [Span(doc, kind, kind + 2, label="ORG")]
    names = [a.name for a in extract_actors(parsed, lang="fr")]
    assert "agence" not in names and "Kyodo" in names, names


@pytest.mark.parametrize(
    ("text", "name", "listed"),
    [
        ("Des dégâts en Gironde, Charente-Maritime et Charente.", ", Charente-Maritime", True),
        ("Des dégâts en Gironde, Charente-Maritime et Charente.", "et Charente", True),
        ("La France (Landes, Charente-Maritime et Gironde) est touchée.", ", Charente-Maritime", True),
        ("Les amendes infligées à Apple et Meta sont lourdes.", "et Meta", False),
        ("Marc Durand, Julie Morel et Paul Girard ont signé.", ", Julie", False),
    ],
)
def test_a_name_listed_with_places_is_one(parse, text, name, listed):
    """``name`` is the separator and the name (the name's first token is the one tested)."""
    from briefgen.extract.actors.places import listed_with_a_place
    from briefgen.lexicon import lexicon

    doc = parse("Brève\n\n" + text).doc
    separator, _, word = name.partition(" ")
    at = doc.text.index(name) + len(separator) + 1
    start = doc.char_span(at, at + len(word), alignment_mode="expand").start
    assert listed_with_a_place(doc, start, lexicon("fr").actors) is listed
