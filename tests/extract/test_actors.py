"""Gold passages for actors: names, types, roles, countries, aliases."""

from __future__ import annotations

from briefgen.extract.actors import extract_actors
from briefgen.extract.countries import country_of_demonym, country_of_name


def _actors(parse, text):
    return {a.name: a for a in extract_actors(parse("Titre\n\n" + text), lang="fr")}


def test_apposition_role_and_demonym_country(parse):
    actors = _actors(parse, "Olena Marchenko, la ministre ukrainienne de l'Énergie, a demandé de l'aide.")
    actor = actors["Olena Marchenko"]
    assert actor.type == "person"
    assert actor.role == "ministre ukrainienne de l'Énergie" and actor.country == "Ukraine"


def test_title_before_the_name(parse):
    actors = _actors(parse, "Le Premier ministre polonais Donald Tusk a reçu ses homologues.")
    assert actors["Donald Tusk"].role.lower().startswith("premier ministre polonais")
    assert actors["Donald Tusk"].country == "Pologne"


def test_capitals_resolve_to_their_country(parse):
    actors = _actors(parse, "Moscou a démenti. Le Kremlin a ensuite accusé Kiev, tandis que Washington se taisait.")
    assert actors["Russie"].type == "country" and "Moscou" in actors["Russie"].aliases
    assert actors["Ukraine"].type == "country"
    assert "Kiev" not in actors


def test_short_form_is_an_alias_and_mentions_count_all(parse):
    actors = _actors(
        parse,
        "Olena Marchenko, la ministre ukrainienne de l'Énergie, a demandé de l'aide. "
        "Mardi, Marchenko a répété son appel.",
    )
    minister = actors["Olena Marchenko"]
    assert minister.aliases == ["Marchenko"] and minister.mentions == 2 and len(minister.spans) == 2


def test_curly_apostrophe_is_not_an_actor(parse):
    actors = _actors(parse, "L’Organisation des Nations unies a convoqué une réunion jusqu’à nouvel ordre.")
    assert not any(name.startswith(("L’", "L'")) for name in actors)


def test_country_tables():
    assert country_of_name("Pékin") == "Chine"
    assert country_of_name("Corée du Sud") == country_of_demonym("sud-coréenne") == "Corée du Sud"
    assert country_of_demonym("britanniques") == "Royaume-Uni"
    assert country_of_name("Extrême-Orient russe") is None


def test_portfolio_is_part_of_the_role_but_a_named_body_is_an_actor(parse):
    actors = _actors(
        parse,
        "Amina Diallo, la ministre sénégalaise des Affaires étrangères, a rencontré Antonio Guterres, "
        "le secrétaire général des Nations unies. La ministre française de la Défense n'a pas commenté.",
    )
    assert "Affaires étrangères" not in actors
    assert actors["Nations unies"].type == "organization"
    assert not any(name.lower().startswith("ministre") for name in actors)
