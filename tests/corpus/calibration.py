"""How far a reaction's ``confidence`` can be trusted: speaker accuracy by confidence band.

The scorer (../shared/eval/score.py) says how often speakers are right; a newsroom also needs to
know *which* attributions to check. This matches gold and predicted reactions exactly as the scorer
does (its own functions, imported from its file) and counts, for every matched reaction whose gold
names a speaker, whether the predicted speaker is right, by the prediction's confidence: the bands
above the site's "attribution incertaine" threshold should be right nearly always, and a wrong
speaker should sit below it.

    python tests/corpus/calibration.py [-v] tests/corpus/dev [tests/corpus/heldout …]

``-v`` also counts by confidence and speaker rule (only read the dev half's: the held-out half is
for scores, not for choosing).

Prints one table per corpus and a JSON line per corpus (for comparing runs).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import yaml

from briefgen.extract.reactions import UNCERTAIN_BELOW

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
BANDS = tuple(sorted({0.0, 0.5, 0.7, 0.8, 0.9, UNCERTAIN_BELOW, 1.01}))


def _scorer():
    spec = importlib.util.spec_from_file_location("briefgen_eval_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _briefs(articles: list[Path]) -> list[dict]:
    command = [str(Path(sys.executable).parent / "briefgen"), "extract", "--format", "json"]
    run = subprocess.run(command + [str(p) for p in articles], capture_output=True, text=True, check=True)
    briefs = json.loads(run.stdout)
    return [briefs] if isinstance(briefs, dict) else briefs


def calibrate(corpus: Path) -> dict:
    score = _scorer()
    articles = sorted(p for p in (corpus / "articles").glob("*.md") if (corpus / "gold" / f"{p.stem}.yml").exists())
    bands = {(lo, hi): [0, 0] for lo, hi in zip(BANDS, BANDS[1:])}
    unnamed = 0  # matched reactions left without a speaker: not wrong, but not attributed either
    rules: dict[str, list[int]] = {}  # the weakest link of the speaker_rule chain: right, named
    for path, brief in zip(articles, _briefs(articles)):
        gold = yaml.safe_load((corpus / "gold" / f"{path.stem}.yml").read_text(encoding="utf-8")) or {}
        golds, preds = gold.get("reactions") or [], brief.get("reactions") or []
        pairs, *_ = score.match(golds, preds, score.reaction_match)
        for gi, pi in pairs:
            g, p = golds[gi], preds[pi]
            if g.get("optional") or not g.get("speaker"):
                continue
            if not p.get("speaker"):
                unnamed += 1
                continue
            band = next(b for b in bands if b[0] <= p.get("confidence", 0.0) < b[1])
            right = score.speaker_ok(g, p, brief.get("actors") or [])
            bands[band][0] += right
            bands[band][1] += 1
            tally = rules.setdefault(f"{p.get('confidence', 0.0):.2f} {p.get('speaker_rule')}", [0, 0])
            tally[0] += right
            tally[1] += 1
    return {
        "corpus": corpus.name,
        "bands": {f"{lo:.2f}-{min(hi, 1):.2f}": tally for (lo, hi), tally in bands.items()},
        "no_speaker": unnamed,
        "rules": dict(sorted(rules.items(), reverse=True)),
    }


def main(args: list[str]) -> int:
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"]
    for name in paths or ["tests/corpus/dev"]:
        result = calibrate(Path(name))
        above = [
            sum(t[i] for (lo, _), t in zip(zip(BANDS, BANDS[1:]), result["bands"].values()) if lo >= UNCERTAIN_BELOW)
            for i in (0, 1)
        ]
        print(f"== {name}: speaker right / named, by confidence (uncertain below {UNCERTAIN_BELOW})")
        for band, (right, named) in result["bands"].items():
            share = f"{right / named:.2f}" if named else "  - "
            print(f"  {band}  {share}  ({right}/{named})")
        if above[1]:
            print(f"  at or above the threshold: {above[0] / above[1]:.2f} ({above[0]}/{above[1]})")
        print(f"  matched reactions with no speaker: {result['no_speaker']}")
        if verbose:
            for rule, (right, named) in result["rules"].items():
                print(f"    {rule:<40} {right}/{named}")
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
