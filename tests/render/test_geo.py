import re

from briefgen.render.geo import HEIGHT, WIDTH, MapCountry, country_code, flag, shapes, world_map


def test_flags_are_computed_from_the_iso_code():
    assert flag("FR") == "🇫🇷" and flag("kr") == "🇰🇷"
    assert flag(None) == "" and flag("XYZ") == "" and flag("1A") == ""


def test_a_country_name_as_printed_gives_its_code_and_a_capital_does_not():
    assert country_code("Corée du Sud") == "KR" and country_code("Royaume-Uni") == "GB"
    assert country_code("Etats-Unis") == "US"  # an alias of data/countries.yml
    assert country_code("Moscou") is None and country_code("organisation") is None and country_code(None) is None
    assert country_code("South Korea", "en") == "KR"


def test_the_map_holds_the_world_inside_its_box_without_antarctica():
    drawn = shapes()
    codes = {s.code for s in drawn}
    assert len(drawn) > 150 and {"FR", "KR", "US", "BR", "AU", "RU", "FJ"} <= codes and "AQ" not in codes
    for shape in drawn:
        numbers = [int(n) for n in re.findall(r"-?\d+", shape.path)]
        xs, ys = numbers[0::2], numbers[1::2]
        assert min(ys) >= 0 and max(ys) <= HEIGHT, shape.name
        if shape.code not in ("RU", "FJ"):  # antimeridian rings are drawn twice, clipped by the box
            assert min(xs) >= 0 and max(xs) <= WIDTH, shape.name


def test_a_ring_across_the_antimeridian_draws_no_line_across_the_map():
    fiji = next(s for s in shapes() if s.code == "FJ")
    for ring in fiji.path.split("M")[1:]:
        xs = [int(x) for x in re.findall(r"(-?\d+) -?\d+", ring)]
        assert max(xs) - min(xs) < WIDTH / 4


def test_the_map_colours_and_links_only_the_countries_given_and_escapes_labels():
    svg = world_map({"FR": MapCountry("bg-stance-condemn", "#pays-fr", "France <b>")}, "Carte & légende")
    assert svg.startswith("<svg") and svg.count('data-href="#pays-fr"') == 1
    assert svg.count("bg-stance-condemn") == 1 and 'aria-label="France &lt;b&gt;"' in svg
    assert "<title id=\"bg-map-title\">Carte &amp; légende</title>" in svg and "<b>" not in svg
