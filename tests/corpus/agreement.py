"""How far two annotators agree: the ceiling a score on the corpus can be read against.

``agreement/gold/`` holds a second gold brief for 24 articles of ``heldout/``, written by an
annotator who followed the same conventions but never saw the first gold, briefgen's output or the
other second annotators' files. This scores each annotation against the other with the shared
scorer (../shared/eval/score.py), exactly as it scores briefgen: the second gold stands in for a
brief, every item listed (``--required``: its optional items left out), then the roles reversed.
When two annotators agree far above briefgen on a measure, the gap is briefgen's, not the gold's
noise.

    python tests/corpus/agreement.py            # both directions, and briefgen against each gold
    python tests/corpus/agreement.py --as-briefs GOLD_DIR [--required] ARTICLE…   (the scorer's command)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SCORER = HERE.parents[2] / "shared" / "eval" / "score.py"
ARTICLES = HERE / "heldout" / "articles"
FIRST = HERE / "heldout" / "gold"
SECOND = HERE / "agreement" / "gold"
KEYS = ("figures", "actors", "reactions", "questions")


def as_briefs(gold: Path, articles: list[str], required: bool) -> list[dict]:
    """The gold files of ``articles`` as briefs, in the scorer's order (its items as a brief's)."""
    briefs = []
    for article in articles:
        data = yaml.safe_load((gold / f"{Path(article).stem}.yml").read_text(encoding="utf-8")) or {}
        briefs.append(
            {
                key: [
                    item
                    for item in data.get(key) or []
                    if not (required and isinstance(item, dict) and item.get("optional"))
                ]
                for key in KEYS
            }
        )
    return briefs


def score(gold: Path, command: list[str]) -> str:
    """The scorer's summary line on the articles ``SECOND`` annotates, against ``gold``."""
    with_second = sorted(ARTICLES / f"{p.stem}.md" for p in SECOND.glob("*.yml"))
    with tempfile.TemporaryDirectory(prefix="briefgen-agreement-") as staging:  # only the articles annotated twice
        for path in with_second:
            (Path(staging) / path.name).symlink_to(path)
        run = subprocess.run(
            [sys.executable, str(SCORER), "--articles", staging, "--gold", str(gold), "--", *command],
            capture_output=True,
            text=True,
            check=False,
        )
    return next((line for line in run.stdout.splitlines() if line.startswith("F1 ")), run.stdout + run.stderr)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--as-briefs"]:
        required = "--required" in argv
        paths = [a for a in argv[2:] if a != "--required"]
        print(json.dumps(as_briefs(Path(argv[1]), paths, required), ensure_ascii=False))
        return 0
    me = [sys.executable, str(Path(__file__).resolve()), "--as-briefs"]
    briefgen = [str(Path(sys.executable).with_name("briefgen")), "extract", "--no-cache", "--format", "json"]
    rows = [
        ("second annotator, against the first", FIRST, [*me, str(SECOND)]),
        ("second annotator, required items only", FIRST, [*me, str(SECOND), "--required"]),
        ("first annotator, against the second", SECOND, [*me, str(FIRST)]),
        ("first annotator, required items only", SECOND, [*me, str(FIRST), "--required"]),
        ("briefgen, against the first", FIRST, briefgen),
        ("briefgen, against the second", SECOND, briefgen),
    ]
    print(f"== agreement on the {len(list(SECOND.glob('*.yml')))} held-out articles annotated twice")
    for label, gold, command in rows:
        print(f"{label:<40} {score(gold, command)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
