"""``briefgen extract --explain``: why each item of a brief is there, rule by rule.

Every item carries the name of the rule that produced it (``rule``; a reaction also the chain
that named its speaker, ``speaker_rule``, e.g. ``incise+pronoun``). This prints them with the
rules table's example of the French each rule reads, so an editor correcting a brief and an
engineer fixing a rule get the same answer without reading the code.
"""

from __future__ import annotations

from .brief import Brief
from .extract.rules import rules


def _why(family: str, chain: str | None) -> str:
    """ "incise+pronoun" → "incise (0.9: « … », a déclaré X) → pronoun (…)"; unknown names as they are."""
    if not chain:
        return "no rule recorded"
    steps = []
    for name in chain.split("+"):
        found = rules(family).get(name)
        steps.append(f"{name} ({found.confidence:g}: {found.example})" if found and found.example else name)
    return " → ".join(steps)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def explain_brief(brief: Brief) -> str:
    lines = [f"# {brief.title} ({brief.slug})"]
    lines.append("figures:")
    for f in brief.figures:
        lines.append(f"  {f.id}  {f.value:g} {f.what or '?'} « {_short(f.text, 40)} »")
        lines.append(f"      found by {_why('figures', f.rule)}")
        lines.append(f"      about: {f.about or '(none)'}; qualifier {f.qualifier}")
    lines.append("actors:")
    for a in brief.actors:
        lines.append(f"  {a.id}  {a.name} [{a.type}]" + (f", {a.role}" if a.role else ""))
        lines.append(f"      found by {_why('actors', a.rule)}")
    lines.append("reactions:")
    for r in brief.reactions:
        lines.append(f"  {r.id}  « {_short(r.quote)} » ({r.kind})")
        lines.append(f"      statement found by {_why('statements', r.rule)}")
        speaker = r.speaker or "(no speaker)"
        lines.append(f"      speaker {speaker}, confidence {r.confidence:.2f}, by {_why('speakers', r.speaker_rule)}")
        lines.append(f"      stance {r.stance}")
    lines.append("questions:")
    for q in brief.questions:
        lines.append(f"  {q.id}  {_short(q.text)}")
        lines.append(f"      found by {_why('questions', q.rule)}")
    if any(item.edited for item in [*brief.figures, *brief.actors, *brief.reactions, *brief.questions]):
        lines.append("(items marked edited were changed by the article's corrections file)")
    return "\n".join(lines)
