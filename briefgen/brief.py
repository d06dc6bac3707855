"""The brief: plain dataclasses, and the JSON of ``briefgen.brief/1`` (shared/BRIEF_SCHEMA.md).

Fields may be added to the schema, never renamed. Fields whose metadata says
``internal`` (token positions used between extractors) never reach the JSON.
Every item has a stable ``id`` derived from what it says, so an editor can name
it in a correction and a rebuild finds it again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA = "briefgen.brief/1"


def internal(default_factory=list):
    return field(default_factory=default_factory, repr=False, compare=False, metadata={"internal": True})


def stable_id(prefix: str, *parts: Any) -> str:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{digest}"


class Item:
    """JSON of any brief item: its public dataclass fields, in declaration order."""

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if not f.metadata.get("internal")}


@dataclass
class Figure(Item):
    value: float | int
    text: str
    what: str | None
    qualifier: str  # exact | approx | at_least | at_most
    sentence: str
    hedged: bool = False
    claimed_by: str | None = None
    salience: float = 0.0
    about: str | None = None  # what the number is about, a noun phrase of the article ("budget militaire de la France")
    rule: str = ""  # the rule that found it (briefgen/data/rules.yml)
    about_rule: str | None = None  # the rule chain that read ``about``, e.g. "counted noun+owner"
    id: str = ""
    edited: bool = False  # changed or added by the editor's corrections (briefgen.corrections)
    start: int = internal(int)  # character offset in the parsed text, for ordering

    def __post_init__(self) -> None:
        self.id = self.id or stable_id("fig", self.value, self.what, self.sentence)


@dataclass
class Actor(Item):
    name: str
    type: str  # person | organization | country
    role: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    sentence: str | None = None  # where the actor is first named
    rule: str = ""  # the rule that made it an actor (briefgen/data/rules.yml)
    id: str = ""
    edited: bool = False  # changed or added by the editor's corrections (briefgen.corrections)
    spans: list[tuple[int, int]] = internal()  # token [start, end) of every mention
    # parallel to spans: False where the mention is a place ("réunis à Bruxelles", "en Russie"),
    # True where it can act or speak ("Moscou a démenti"); a speaker is only ever agentive
    agentive: list[bool] = internal()

    def __post_init__(self) -> None:
        self.id = self.id or stable_id("act", self.type, self.name)


@dataclass
class Reaction(Item):
    speaker: str | None
    quote: str
    kind: str  # direct | reported
    sentence: str
    role: str | None = None
    country: str | None = None
    confidence: float = 1.0
    group: str | None = None  # site grouping: a country name, "organisation" or "expert"
    stance: str = "statement"  # condemn | concern | call | support | reject | threaten | statement
    rule: str = ""  # the rule that found the statement (briefgen/data/rules.yml)
    speaker_rule: str | None = None  # the rule chain that named its speaker, e.g. "incise+pronoun"
    stance_rule: str | None = None  # the rule that read its stance (data/rules.yml, family "stance")
    id: str = ""
    edited: bool = False  # changed or added by the editor's corrections (briefgen.corrections)

    def __post_init__(self) -> None:
        self.id = self.id or stable_id("rea", self.kind, self.quote)


@dataclass
class Question(Item):
    text: str
    sentence: str
    kind: str = "direct"  # direct | indirect
    in_quote: bool = False
    rule: str = ""  # the rule that found it (briefgen/data/rules.yml)
    id: str = ""
    edited: bool = False  # changed or added by the editor's corrections (briefgen.corrections)

    def __post_init__(self) -> None:
        self.id = self.id or stable_id("q", self.text)


@dataclass
class Brief:
    slug: str
    title: str
    lang: str
    date: str | None = None
    source: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: str = ""
    figures: list[Figure] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    reactions: list[Reaction] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "slug": self.slug,
            "title": self.title,
            "lang": self.lang,
            "date": self.date,
            "source": self.source,
            "author": self.author,
            "tags": list(self.tags),
            "summary": self.summary,
            "figures": [f.to_json() for f in self.figures],
            "actors": [a.to_json() for a in self.actors],
            "reactions": [r.to_json() for r in self.reactions],
            "questions": [q.to_json() for q in self.questions],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Brief:
        """Rebuild a brief from its JSON (the cache and the exports store exactly that)."""

        def items(kind, key):
            names = {f.name for f in fields(kind) if not f.metadata.get("internal")}
            return [kind(**{k: v for k, v in raw.items() if k in names}) for raw in data.get(key) or []]

        return cls(
            slug=data["slug"],
            title=data["title"],
            lang=data.get("lang", "fr"),
            date=data.get("date"),
            source=data.get("source"),
            author=data.get("author"),
            tags=list(data.get("tags") or []),
            summary=data.get("summary") or "",
            figures=items(Figure, "figures"),
            actors=items(Actor, "actors"),
            reactions=items(Reaction, "reactions"),
            questions=items(Question, "questions"),
        )
