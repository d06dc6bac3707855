from briefgen.brief import Reaction
from briefgen.data import load_data
from briefgen.render.index import by_month, collect_actors, group_reactions, headline_figures

LABELS = load_data("labels")["fr"]


def _reaction(country=None, group=None, speaker="X"):
    reaction = Reaction(speaker=speaker, quote="q", kind="direct", sentence="s", country=country)
    if group is not None:
        reaction.group = group  # the field extraction adds; the render side must not need it
    return reaction


def test_reactions_group_countries_first_then_organisations_experts_and_the_rest():
    reactions = [
        _reaction(),
        _reaction(group="expert"),
        _reaction("Ukraine"),
        _reaction(group="organisation"),
        _reaction("Corée du Sud"),
        _reaction("Japon", group="Corée du Sud"),
    ]
    groups = group_reactions(((None, r) for r in reactions), LABELS)
    assert [name for name, _ in groups] == ["Corée du Sud", "Ukraine", "Organisations", "Experts", "Autres"]
    assert len(groups[0][1]) == 2  # the group wins over the country


def test_headline_figures_are_the_most_salient(briefs):
    assert [f.what for f in headline_figures(briefs[0], 1)] == ["hectares"]


def test_actors_merge_across_briefs_with_their_roles_and_quotes(briefs):
    actors = collect_actors(briefs)
    guterres = actors[0]
    assert guterres.name == "Antonio Guterres" and guterres.has_page
    assert [b.slug for b in guterres.briefs] == ["eau", "sommet"]
    assert guterres.roles == ["secrétaire général", "chef de l'ONU"]
    assert [r.quote for _, r in guterres.quotes] == ["Le Maghreb est en première ligne.", "Un continent debout."]
    maroc = next(a for a in actors if a.name == "Maroc")
    assert not maroc.has_page and maroc.slug == "maroc"


def test_months_newest_first_undated_last(briefs):
    assert [(m, [b.slug for b in bs]) for m, bs in by_month(briefs)] == [
        ("2024-11", ["eau"]),
        ("2024-10", ["sommet"]),
        (None, ["anvers"]),
    ]
