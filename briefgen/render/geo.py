"""Countries on the site: ISO codes, flags, and the world map drawn at build time.

A reaction's country is the name a newspaper prints ("Corée du Sud"); the site needs its ISO
3166-1 code for a flag and a place on the map. Names come back to codes through the same tables
extraction uses (CLDR names via babel, pycountry, data/countries.yml), so no list lives here.

Flags are Unicode regional-indicator pairs computed from the code: nothing is downloaded. The map
is Natural Earth's 1:110m countries as vendored by the npm package world-atlas (TopoJSON, in
data/world/, with its licence), decoded here and projected once per process (equirectangular,
Antarctica left out); a build only colours it, so its cost does not grow with the site.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pycountry
from markupsafe import Markup, escape

from ..extract.countries import _usual, lookup

WIDTH = 1000  # SVG user units; the map scales to its box
NORTH, SOUTH = 84.0, -57.0  # latitudes kept: Antarctica (and the empty far south) left out
SCALE = WIDTH / 360
HEIGHT = round((NORTH - SOUTH) * SCALE)
ANTARCTICA = "010"


def flag(code: str | None) -> str:
    """ "FR" → 🇫🇷: the two regional-indicator symbols of an ISO 3166-1 alpha-2 code; "" otherwise."""
    if not code or len(code) != 2 or not code.isascii() or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


@cache
def _codes(lang: str) -> dict[str, str]:
    return {name: code for code, name in _usual(lang).items()}


def country_code(name: str | None, lang: str = "fr") -> str | None:
    """The ISO alpha-2 code of a country named as a newspaper does ("Corée du Sud" → "KR"), or None."""
    if not name:
        return None
    found = lookup(name, lang)
    if found is None or found[1] != "name":
        return None
    return _codes(lang).get(found[0])


# --- the map ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    code: str  # ISO alpha-2
    name: str  # Natural Earth's English name, for nothing but debugging
    path: str  # SVG path data in map units


def _data_path() -> Path:
    return Path(str(resources.files("briefgen") / "data" / "world" / "countries-110m.json"))


def _xy(lon: float, lat: float) -> tuple[int, int]:
    return round((lon + 180) * SCALE), round((NORTH - min(max(lat, SOUTH), NORTH)) * SCALE)


def _ring_path(points: list[tuple[float, float]]) -> str:
    """One closed ring as SVG path data. A ring crossing the antimeridian (Fiji, Chukotka) is
    unwrapped into one piece past the map's edge, and drawn once more a world-width over, so
    each half shows on its side (the SVG clips the rest) instead of a line across the map."""
    unwrapped: list[tuple[float, float]] = []
    for lon, lat in points:
        if unwrapped:
            previous = unwrapped[-1][0]
            while lon - previous > 180:
                lon -= 360
            while lon - previous < -180:
                lon += 360
        unwrapped.append((lon, lat))
    lons = [lon for lon, _ in unwrapped]
    shifts = [0.0] + ([360.0] if min(lons) < -180 else []) + ([-360.0] if max(lons) > 180 else [])
    out = []
    for shift in shifts:
        xy = [_xy(lon + shift, lat) for lon, lat in unwrapped]
        kept = [p for k, p in enumerate(xy) if k == 0 or p != xy[k - 1]]
        if len(kept) >= 3:
            out.append("M" + "L".join(f"{x} {y}" for x, y in kept) + "Z")
    return "".join(out)


@cache
def shapes() -> tuple[Shape, ...]:
    """Every country of the vendored TopoJSON as an SVG path, decoded once per process."""
    topology = json.loads(_data_path().read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:  # quantised and delta-encoded: positions are running sums
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> str:
        points: list[tuple[float, float]] = []
        for i in indexes:  # ~i is arc i walked backwards; consecutive arcs share their end point
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc[1:] if points else arc)
        return _ring_path(points)

    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        number = geometry.get("id")
        country = pycountry.countries.get(numeric=number) if number and number.isdigit() else None
        if country is None or number == ANTARCTICA:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        path = "".join(ring(r) for polygon in polygons for r in polygon)
        if path:
            out.append(Shape(country.alpha_2, geometry.get("properties", {}).get("name", ""), path))
    return tuple(out)


@dataclass(frozen=True)
class MapCountry:
    """How one country is drawn: its colour class, where it links, what a reader hears."""

    css: str  # a class, e.g. "bg-stance-condemn"
    href: str
    label: str


def world_map(countries: dict[str, MapCountry], title: str) -> Markup:
    """The SVG map: countries in ``countries`` (by ISO code) coloured and linked, the rest plain.

    A coloured country is a link (role, keyboard focus, ``data-href``) that briefgen.js follows;
    without scripts the country table above the map holds the same links."""
    parts = [
        f'<svg class="bg-map" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" aria-labelledby="bg-map-title" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="bg-map-title">{escape(title)}</title>'
    ]
    for shape in shapes():
        info = countries.get(shape.code)
        if info is None:
            parts.append(f'<path class="bg-land" d="{shape.path}"/>')
        else:
            parts.append(  # no SVG <a>: Material's instant navigation rewrites every [href] as HTML's
                f'<path class="bg-land {escape(info.css)}" d="{shape.path}" data-href="{escape(info.href)}" '
                f'role="link" tabindex="0" aria-label="{escape(info.label)}"><title>{escape(info.label)}</title></path>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
