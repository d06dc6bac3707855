"""Reactions on invented French passages (reactions_gold.yml), one case per construction."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
import yaml

from briefgen.brief import Actor
from briefgen.extract import attribution, stance, statements
from briefgen.extract.actors import extract_actors
from briefgen.extract.reactions import UNCERTAIN_BELOW, extract_reactions, is_uncertain
from briefgen.extract.rules import confidence, rules, table
from tests.extract.passages import passage_params

CASES = yaml.safe_load((Path(__file__).parent / "reactions_gold.yml").read_text(encoding="utf-8"))


def words(name: str | None) -> set[str]:
    return set(re.findall(r"\w+", (name or "").lower()))


def plain(text: str) -> str:
    """Words only: quotation marks and spacing aside."""
    return " ".join(re.sub(r"[«»“”\"]", " ", text).split())


def same_speaker(expected: str | None, got: str | None) -> bool:
    """A speaker matches when one name's words hold the other's ("Kallas" ~ "Kaja Kallas")."""
    if expected is None:
        return got is None
    e, g = words(expected), words(got)
    return bool(g) and (e <= g or g <= e)


def band(confidence: float) -> str:
    """The bands the gold passages name: high (>= 0.8), medium, low (< 0.5, an uncertain attribution)."""
    return "high" if confidence >= 0.8 else "medium" if confidence >= 0.5 else "low"


def reactions_of(parse, text: str):
    parsed = parse(text)
    return extract_reactions(parsed, extract_actors(parsed, lang="fr"), lang="fr")


@pytest.mark.parametrize("name", passage_params(CASES))
def test_gold_passage(parse, name):
    case = CASES[name]
    got = reactions_of(parse, case["text"])
    by_quote = {r.quote: r for r in got}
    for want in case["expected"]:
        assert want["quote"] in by_quote, f"{name}: missing {want['quote']!r}; got {[r.quote for r in got]}"
        reaction = by_quote[want["quote"]]
        assert reaction.kind == want["kind"], name
        assert same_speaker(want["speaker"], reaction.speaker), f"{name}: speaker {reaction.speaker!r}"
        assert reaction.speaker_rule == want["speaker_rule"], f"{name}: speaker_rule {reaction.speaker_rule!r}"
        assert band(reaction.confidence) == want["band"], f"{name}: confidence {reaction.confidence}"
    for quote in case.get("absent", []):
        assert quote not in by_quote, f"{name}: {quote!r} is not a reaction"
    if not case.get("more"):
        assert len(got) == len(case["expected"]), f"{name}: extra {[r.quote for r in got]}"


def test_every_reaction_carries_its_sentence_and_a_bounded_confidence(parse):
    for case in CASES.values():
        for reaction in reactions_of(parse, case["text"]):
            assert plain(reaction.quote) in plain(reaction.sentence) or "\n\n" in reaction.quote
            assert 0.0 <= reaction.confidence <= 1.0


def test_stronger_evidence_gets_higher_confidence(parse):
    text = CASES["speaker_in_previous_paragraph"]["text"]
    fallback = reactions_of(parse, text)[0]
    direct = reactions_of(parse, CASES["named_incise_after_quote"]["text"])[0]
    assert direct.confidence > 0.8 > fallback.confidence > 0


def test_role_and_country_come_from_the_actor_table(parse):
    text = "Visite\n\n« Nous resterons aux côtés de nos alliés », a déclaré Mark Rutte à La Haye."
    parsed = parse(text)
    actors = extract_actors(parsed, lang="fr")
    rutte = next(a for a in actors if "Rutte" in a.name)
    rutte.role, rutte.country = "secrétaire général de l'OTAN", None
    (reaction,) = extract_reactions(parsed, actors, lang="fr")
    assert reaction.role == "secrétaire général de l'OTAN"


def test_group_separates_experts_organisations_and_countries(parse):
    parsed = parse("Analyse\n\n« Le cessez-le-feu ne tiendra pas », a estimé Bertrand Badie.")
    actors = extract_actors(parsed, lang="fr")
    speaker = next(a for a in actors if "Badie" in a.name)
    speaker.role = "politologue, professeur à Sciences Po"
    assert extract_reactions(parsed, actors, lang="fr")[0].group == "expert"
    speaker.role, speaker.country = "ministre des Affaires étrangères", "France"
    assert extract_reactions(parsed, actors, lang="fr")[0].group == "France"
    speaker.role, speaker.country, speaker.type = None, None, "organization"
    assert extract_reactions(parsed, actors, lang="fr")[0].group == "organisation"


def test_works_without_any_actor(parse):
    parsed = parse(CASES["named_incise_after_quote"]["text"])
    (reaction,) = extract_reactions(parsed, [], lang="fr")
    assert same_speaker("Antonio Guterres", reaction.speaker)


def test_a_role_read_once_holds_for_the_whole_article(parse):
    text = (
        "Aide\n\n« Nous livrerons des systèmes de défense », a déclaré la ministre allemande des Affaires "
        "étrangères, Annalena Baerbock. « Ils arriveront avant l'hiver », a-t-elle ajouté."
    )
    parsed = parse(text)
    actors = extract_actors(parsed, lang="fr")
    for actor in actors:
        actor.role = None
    got = extract_reactions(parsed, actors, lang="fr")
    assert [r.role for r in got] == ["ministre allemande des Affaires étrangères"] * 2


def test_mentions_marked_as_places_never_speak(parse):
    parsed = parse("Sommet\n\n« Nous attendons des propositions concrètes », a déclaré Berlin.")
    actors = extract_actors(parsed, lang="fr")
    berlin = [a for a in actors if any(parsed.doc[s].text == "Berlin" for s, _ in a.spans)]
    if not berlin:
        berlin = [Actor(name="Allemagne", type="country", spans=[(len(parsed.doc) - 2, len(parsed.doc) - 1)])]
        actors.append(berlin[0])
    assert extract_reactions(parsed, actors, lang="fr")[0].speaker == berlin[0].name
    berlin[0].agentive = [False] * len(berlin[0].spans)  # the actor table's place flag, where it gives one
    assert extract_reactions(parsed, actors, lang="fr")[0].speaker != berlin[0].name


def test_every_speaker_rule_is_a_chain_of_table_rows_and_its_weakest_link_is_the_confidence(parse):
    for case in CASES.values():
        for reaction in reactions_of(parse, case["text"]):
            if reaction.speaker is None:
                assert reaction.speaker_rule is None and reaction.confidence == 0.0
                continue
            links = reaction.speaker_rule.split("+")
            assert reaction.confidence == min(confidence("speakers", link) for link in links)
            assert reaction.rule in rules("statements")


def test_low_confidence_is_uncertain(parse):
    (sure,) = reactions_of(parse, CASES["named_incise_after_quote"]["text"])
    (guess,) = reactions_of(parse, CASES["speaker_in_previous_paragraph"]["text"])
    assert not is_uncertain(sure) and is_uncertain(guess)
    assert guess.confidence < UNCERTAIN_BELOW <= sure.confidence


def test_docstrings_print_the_rules_table():
    assert table("speakers") in attribution.__doc__
    assert table("statements") in statements.__doc__
    assert table("stance") in stance.__doc__


def test_each_decision_is_logged_at_debug_level(parse, caplog):
    with caplog.at_level(logging.DEBUG, logger="briefgen.extract"):
        reactions_of(parse, CASES["named_incise_after_quote"]["text"])
    messages = [r.getMessage() for r in caplog.records]
    assert any("statement quote" in m for m in messages)
    assert any("'Antonio Guterres' by incise" in m for m in messages)


def test_speakers_make_no_actors(parse):
    text = CASES["unnamed_source_in_an_incise_is_its_description"]["text"]
    parsed = parse(text)
    actors = extract_actors(parsed, lang="fr")
    before = [(a.name, a.type) for a in actors]
    extract_reactions(parsed, actors, lang="fr")
    assert [(a.name, a.type) for a in actors] == before


def test_a_rubric_before_a_colon_never_speaks_even_as_an_actor(parse):
    # a rubric in the body: the title's own quotation is a headline, no statement at all
    text = "Hôpitaux\n\nSanté : « Les urgences manquent de lits »\n\n« Nous ouvrirons cent lits avant l'hiver. »"
    parsed = parse(text)
    rubric = Actor(name="Santé", type="organization", spans=[(2, 3)])
    got = extract_reactions(parsed, [rubric], lang="fr")
    assert [r.speaker for r in got] == [None, None]


def test_an_embedded_post_is_its_authors_words(parse):
    text = (
        "Budget\n\nLe vote aura lieu mardi.\n\n"
        "Nous ne voterons pas ce budget qui oublie les communes rurales. — Julie Marchand (@JulieMarchand) May 4, 2024\n\n"
        "Le texte sera examiné au Sénat."
    )
    (reaction,) = reactions_of(parse, text)
    assert reaction.quote == "Nous ne voterons pas ce budget qui oublie les communes rurales."
    assert reaction.speaker == "Julie Marchand" and reaction.kind == "direct"


def test_a_common_noun_leading_its_sentence_before_a_colon_is_no_person_even_as_an_entity(parse):
    """ "Bilan : une saison blanche": the model may label the leading noun a person; it names no one."""
    from spacy.tokens import Span

    from briefgen.lexicon import lexicon

    parsed = parse("Football\n\nLe club a changé de cap. Bilan : une saison blanche. Paul Martin est parti.")
    doc = parsed.doc
    lead = next(t for t in doc if t.text == "Bilan")
    if lead.pos_ != "NOUN":
        pytest.skip("the model does not tag the leading word a common noun")
    doc.ents = [e for e in doc.ents if e.start != lead.i] + [Span(doc, lead.i, lead.i + 1, label="PER")]
    attributor = attribution.Attributor(parsed, [], set(), lexicon("fr"))
    assert lead.i not in attributor.actor_at


def test_an_entity_of_lower_case_words_or_a_common_word_opening_its_sentence_never_speaks(parse):
    """ "IAG, maison mère de British Airways": the model may label "maison mère de" an organization, or
    "Retrouvez" a person; the actor table drops them, and no speaker brings them back."""
    from spacy.tokens import Span

    from briefgen.lexicon import lexicon

    parsed = parse(
        "Aérien\n\nRetrouvez les résultats des compagnies. La compagnie a fait mieux que IAG, maison mère de "
        "British Airways. Elle a déployé « la plus ambitieuse augmentation de capacité pour ses clients »."
    )
    doc = parsed.doc
    lead = next(t for t in doc if t.text == "Retrouvez")
    house = next(t for t in doc if t.text == "maison")
    forced = [Span(doc, lead.i, lead.i + 1, label="PER"), Span(doc, house.i, house.i + 3, label="ORG")]

    doc.ents = [e for e in doc.ents if not (e.start <= house.i + 2 and e.end > house.i) and e.start != lead.i] + forced
    attributor = attribution.Attributor(parsed, [], set(), lexicon("fr"))
    assert lead.i not in attributor.actor_at and house.i not in attributor.actor_at


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Le corps retrouvé est celui du kamikaze », indique le ministère qui précise que l'enquête continue.",
            "ministère",
        ),
        (
            "« Les cas de rougeole augmentent », indique l'agence régionale. L’agence alerte sur la baisse de la vaccination.",
            "agence régionale",
        ),
        ("« C'est inadmissible, personne ne nous a prévenus », confie une habitante à notre micro.", "habitante"),
    ],
)
def test_a_described_speaker_ends_before_the_clause_that_follows_it(parse, text, speaker):
    parsed = parse("Santé\n\n" + text)
    reactions = extract_reactions(parsed, extract_actors(parsed, lang="fr"), lang="fr")
    assert reactions and all(r.speaker == speaker for r in reactions), [(r.speaker, r.quote) for r in reactions]


def test_a_described_speaker_keeps_the_whole_name_of_its_organization(parse):
    text = (
        "Tarifs d'électricité\n\nLe chef de la Coalition Avenir Québec (CAQ) a d'ailleurs souligné qu'il comptait "
        "« trouver une solution avec l'équipe gouvernementale et la société d'État »."
    )
    (reaction,) = reactions_of(parse, text)
    assert reaction.speaker == "chef de la Coalition Avenir Québec"


def test_a_source_phrase_stops_before_a_count(parse):
    """ "qui avait mobilisé selon les autorités près de 200 000 personnes", "30.000 selon la préfecture et
    50.000 selon les syndicats": the count after the source is what it says, not part of its name."""
    text = (
        "Grève : la mobilisation en chiffres\n\nLa journée avait mobilisé selon les autorités près de 200 000 "
        "personnes. Ils étaient 30.000 selon la préfecture et 50.000 selon les syndicats."
    )
    speakers = {r.speaker for r in reactions_of(parse, text)}
    assert {"autorités", "préfecture"} <= speakers
    assert not any(s and any(c.isdigit() for c in s) for s in speakers), speakers


def test_a_quotation_that_names_a_person_by_surname_is_not_their_own_words(parse):
    """ "« … Louis Perrin a commencé la partie : il a de l'expérience. »": the fallbacks never give
    such a quotation to the person it talks about (the coach named before speaks of his goalkeeper)."""
    from briefgen.lexicon import lexicon

    parsed = parse(
        "Handball\n\nLe sélectionneur Fabien Marchal retenait la première réussie du gardien, Louis Perrin.\n\n"
        "« La défaite a servi de leçon. Louis Perrin a commencé la partie : il a de l'expérience. »"
    )
    actors = extract_actors(parsed, lang="fr")
    found, quoted = statements.find_statements(parsed, lexicon("fr"))
    attributor = attribution.Attributor(parsed, actors, quoted, lexicon("fr"))
    quote = next(s for s in found if s.kind == "direct")
    by_name = {a.name.split()[-1]: a for a in actors if a.type == "person"}
    assert attributor.named_inside(quote, by_name["Perrin"])
    assert not attributor.named_inside(quote, by_name["Marchal"])


def test_a_body_after_a_preposition_never_opens_its_sentence_as_its_subject(parse):
    """ "Le directeur des communications de la FTQ ne mâche pas ses mots": the body is where the subject
    works, not the subject a quotation after it falls back on; "La FTQ ne mâche pas ses mots" is."""
    from briefgen.lexicon import lexicon

    for text, subject in (
        ("Le directeur des communications de la FTQ ne mâche pas ses mots.", False),
        ("La FTQ ne mâche pas ses mots.", True),
    ):
        parsed = parse("Lock-out\n\n" + text)
        attributor = attribution.Attributor(parsed, extract_actors(parsed, lang="fr"), set(), lexicon("fr"))
        ftq = next(t for t in parsed.doc if t.text == "FTQ")
        assert attributor.is_sentence_subject(ftq.i) is subject, text


def test_a_hyphenated_department_is_no_part_of_its_holders_name(parse):
    """ "le préfet des Alpes-Maritimes Claude Mirmand": the second half of the place opens no name (the
    gold passages match a speaker by words held, so "Maritimes Claude Mirmand" would pass there)."""
    got = reactions_of(
        parse, "Inondations\n\n« Le bilan reste provisoire », a déclaré le préfet des Alpes-Maritimes Claude Mirmand."
    )
    assert [r.speaker for r in got] == ["Claude Mirmand"]


def test_a_list_of_examples_ends_the_speakers_phrase(parse):
    text = CASES["a_list_of_examples_is_not_part_of_the_speakers_name"]["text"]
    (reaction,) = reactions_of(parse, text)
    assert reaction.speaker == "représentants de pays"
