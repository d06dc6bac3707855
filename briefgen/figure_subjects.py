"""Figures across articles, grouped by what they are about: one subject, every value given for it.

A reader comparing sources wants "12 000 soldiers according to Seoul's intelligence, 10 000
according to Kyiv" side by side, and the unemployment rate of each monthly article on one line.
This module decides which figures are the same subject; the figures page shows them. It is pure:
briefs in, plain structures out, no parsing and no I/O.

Conservative by design, because a false merge (two different quantities shown as one) misleads
where a missed one only leaves two rows apart. Two figures are one subject only on strong evidence:

- **same about**: they measure the same kind of thing (the same unit, or count nouns of the same
  stem) and their ``about`` has the same content words once articles, prepositions, accents,
  case and plural endings are set aside ("taux de chômage en Suisse" = "Taux de chômage en
  Suisse"); a title kicker in brackets is not part of it;
- **one article, one count**: in one brief, two figures count the same noun ("soldats"), they do
  not name different places ("morts au Népal", "morts en Inde"; one naming a name more than the
  other, "soldats envoyés par Pyongyang en Russie" and "soldats en Russie", only says more of the
  same count), and their values are within a factor of two: an article that gives "jusqu'à 12 000 soldats" and then "10 000 soldats
  nord-coréens" is giving two estimates of one number.

A subject's values **disagree** when two of them, given on the same date (or in one brief), differ
beyond rounding: the page flags them. Values on different dates are a series, drawn as a chart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .brief import Brief, Figure
from .data import load_data

ROUNDING = 0.005  # values within half a percent are the same value written differently
SAME_COUNT_RATIO = 2.0  # "12 000" and "10 000" soldiers may be one estimate; "40" and "8046" dead are not
BRACKETED = re.compile(r"\([^)]*\)")


@dataclass
class Subject:
    """One thing measured, with every (brief, figure) that gives a value for it, oldest first."""

    about: str
    what: str | None
    entries: list[tuple[Brief, Figure]] = field(default_factory=list)

    @property
    def briefs(self) -> list[Brief]:
        return list({b.slug: b for b, _ in self.entries}.values())

    @property
    def disagreements(self) -> list[tuple[tuple[Brief, Figure], tuple[Brief, Figure]]]:
        """Pairs of entries of one date (or one brief) whose values differ beyond rounding."""
        moments: dict[str, list[tuple[Brief, Figure]]] = {}
        for brief, figure in self.entries:  # one date, or one undated brief
            moments.setdefault(str(brief.date) if brief.date else f"\x00{brief.slug}", []).append((brief, figure))
        pairs = []
        for entries in moments.values():
            for i, (b1, f1) in enumerate(entries):
                for b2, f2 in entries[i + 1 :]:
                    if not _same_value(f1.value, f2.value) and not _one_range(f1, f2):
                        pairs.append(((b1, f1), (b2, f2)))
        return pairs

    @property
    def disagree(self) -> bool:
        moments: dict[str, list[Figure]] = {}
        for brief, figure in self.entries:
            moments.setdefault(str(brief.date) if brief.date else f"\x00{brief.slug}", []).append(figure)
        for figures in moments.values():
            low, high = min(figures, key=lambda f: f.value), max(figures, key=lambda f: f.value)
            if not _same_value(low.value, high.value) and not (len(figures) == 2 and _one_range(low, high)):
                return True
        return False

    @property
    def series(self) -> list[tuple[str, float]]:
        """(date, value) of the dated entries, oldest first; one value per date (the first given)."""
        points: dict[str, float] = {}
        for brief, figure in self.entries:
            if brief.date and isinstance(figure.value, (int, float)):
                points.setdefault(str(brief.date), float(figure.value))
        return sorted(points.items())

    @property
    def over_time(self) -> bool:
        """Values on two dates or more: worth a chart."""
        return len(self.series) >= 2


@dataclass(frozen=True)
class Chart:
    """A small line chart of a subject's values over time, in SVG user units (no library, no script)."""

    width: int
    height: int
    points: list[tuple[float, float, str, float]]  # x, y, date, value
    low: float
    high: float

    @property
    def path(self) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in self.points)


def chart(subject: Subject, width: int = 320, height: int = 120, margin: int = 24) -> Chart | None:
    """The geometry of ``subject``'s series: dates spread by their distance in days, values scaled
    between the lowest and the highest (a flat series sits in the middle). None under two dates."""
    from datetime import date

    series = subject.series
    if len(series) < 2:
        return None
    days = [date.fromisoformat(d[:10]).toordinal() for d, _ in series]
    values = [v for _, v in series]
    low, high = min(values), max(values)
    span_days = max(days[-1] - days[0], 1)
    inner_w, inner_h = width - 2 * margin, height - 2 * margin
    points = []
    for day, (when, value) in zip(days, series):
        x = margin + inner_w * (day - days[0]) / span_days
        y = margin + inner_h * (0.5 if high == low else (high - value) / (high - low))
        points.append((round(x, 1), round(y, 1), when, value))
    return Chart(width, height, points, low, high)


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= max(abs(a), abs(b)) * ROUNDING


def _one_range(a: Figure, b: Figure) -> bool:
    """The two bounds of one range ("entre 35 et 40 %") do not disagree with each other."""
    return a.sentence == b.sentence and a.text == b.text and {a.qualifier, b.qualifier} == {"at_least", "at_most"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")


def _stem(word: str) -> str:
    """A plural and its singular fold together ("soldats", "soldat"); nothing more is guessed."""
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


@cache
def _function_words(lang: str) -> frozenset[str]:
    table = (load_data("figures").get(lang) or {}).get("about") or {}
    return frozenset(_fold(w) for w in table.get("function_words") or [])


def about_key(about: str | None, lang: str = "fr") -> frozenset[str]:
    """The content words of an ``about``, folded: what two abouts must share to be one subject."""
    if not about:
        return frozenset()
    words = re.findall(r"\w+", _fold(BRACKETED.sub(" ", about)))
    skip = _function_words(lang)
    # numbers inside an about are dates or names ("2024-2030"): only a year is kept
    return frozenset(_stem(w) for w in words if w not in skip and (not w.isdigit() or len(w) == 4))


def unit_key(figure: Figure) -> str:
    """What kind of quantity: "%", a currency or unit word, or the stem of the count noun."""
    what = _fold(figure.what or "")
    first = what.split()[0] if what.split() else ""
    return _stem(first)


def _places(about: str | None) -> frozenset[str]:
    """Capitalised words inside an about (after its first word): the places and names it specifies."""
    words = re.findall(r"\w[\w'-]*", BRACKETED.sub(" ", about or ""))
    return frozenset(_fold(w) for w in words[1:] if w[:1].isupper())


def _same_count(a: tuple[Brief, Figure, str], b: tuple[Brief, Figure, str]) -> bool:
    """One article giving two estimates of one count: same brief, same count noun (its unit key
    given), no two different places named, values within a factor of two. Places differ when each
    about names one the other does not; an about whose names include the other's only says more
    (an agent, "envoyés par Pyongyang", beside the same "en Russie")."""
    (b1, f1, unit1), (b2, f2, unit2) = a, b
    if b1.slug != b2.slug or unit1 != unit2 or not unit1 or unit1 in _units(b1.lang):
        return False
    low, high = sorted((abs(float(f1.value)), abs(float(f2.value))))
    if low == 0 or high / low > SAME_COUNT_RATIO:
        return False
    places1, places2 = _places(f1.about), _places(f2.about)
    return not (places1 - places2 and places2 - places1)


@cache
def _units(lang: str) -> frozenset[str]:
    table = load_data("figures").get(lang) or {}
    words = list((table.get("units") or {}).values()) + list((table.get("about") or {}).get("unit_nouns") or [])
    return frozenset(_stem(_fold(w)) for w in words)


def figure_subjects(briefs: list[Brief]) -> list[Subject]:
    """Every subject that two figures or more give a value for, most figures first.

    Entries are ordered by date (undated last), then by brief and position; a subject's label is
    the ``about`` of its first entry.
    """
    pairs = [(b, f) for b in briefs for f in b.figures if f.about]
    parent = list(range(len(pairs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    units = [unit_key(figure) for _, figure in pairs]
    by_key: dict[tuple[str, frozenset[str]], int] = {}
    for i, (brief, figure) in enumerate(pairs):
        key = (units[i], about_key(figure.about, brief.lang))
        if not key[1]:
            continue
        if key in by_key:
            parent[root(i)] = root(by_key[key])
        else:
            by_key[key] = i
    by_brief: dict[str, list[int]] = {}
    for i, (brief, _) in enumerate(pairs):
        by_brief.setdefault(brief.slug, []).append(i)
    for indices in by_brief.values():  # pairs within one brief only: linear in the number of briefs
        for k, i in enumerate(indices):
            for j in indices[k + 1 :]:
                if root(i) != root(j) and _same_count((*pairs[i], units[i]), (*pairs[j], units[j])):
                    parent[root(j)] = root(i)

    groups: dict[int, list[tuple[Brief, Figure]]] = {}
    for i, pair in enumerate(pairs):
        groups.setdefault(root(i), []).append(pair)
    subjects = []
    for entries in groups.values():
        if len(entries) < 2:
            continue
        entries.sort(key=lambda e: (e[0].date is None, str(e[0].date or ""), e[0].slug, e[1].start))
        first = entries[0][1]
        subjects.append(Subject(about=first.about or "", what=first.what, entries=entries))
    subjects.sort(key=lambda s: (-len(s.entries), s.about.casefold()))
    return subjects
