"""How the cost of one article grows with its size (a previous 5 MB run took ~12 minutes).

Usage: python bench/big_article.py MB [MB ...] [--profile]
(prints one JSON line per size; each size runs in this process, model loaded once)

The article is the repository's paragraphs recombined (seeded) up to the size. Timed
steps: parse (``nlp.pipe`` of the chunks, what spaCy itself costs), extraction of the
brief from the parsed text, rendering and MkDocs; per-MB figures show whether a step
grows faster than the text. ``--profile`` prints, on stderr, the functions with the
most own time in extraction (cProfile), to find a hot spot.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from corpus import ROOT, paragraphs

from briefgen.build import generate, run_mkdocs
from briefgen.cache import BriefCache
from briefgen.config import DEFAULT_MODELS, load_config
from briefgen.content import load_articles
from briefgen.extract import extract_brief
from briefgen.nlp import load_pipeline, parse_texts
from briefgen.plaintext import article_text


def big_article(path: Path, megabytes: float, *, seed: int = 0) -> None:
    rng = random.Random(seed)
    pool = paragraphs()
    blocks: list[str] = []
    size, target = 0, int(megabytes * 1_000_000)
    while size < target:
        blocks.append(rng.choice(pool))
        size += len(blocks[-1].encode("utf-8")) + 2
    path.write_text(
        '---\ntitle: "Un très long article"\ndate: 2024-05-01\nlang: fr\n---\n\n' + "\n\n".join(blocks) + "\n",
        encoding="utf-8",
    )


def run(megabytes: float, profile: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="briefgen-big-") as tmp:
        root = Path(tmp)
        for name in ("site_config.yml", "mkdocs.yml"):
            shutil.copy(ROOT / name, root / name)
        (root / "content").mkdir()
        big_article(root / "content" / "long.md", megabytes)
        config = load_config(root / "site_config.yml")
        [article], _ = load_articles([root / "content" / "long.md"])
        text = article_text(article.title, article.body)

        clock = time.perf_counter()
        [parsed] = list(parse_texts([text], config.model_for("fr")))
        parse_s = time.perf_counter() - clock
        profiler = cProfile.Profile() if profile else None
        clock = time.perf_counter()
        if profiler:
            profiler.enable()
        brief = extract_brief(article, parsed)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(15)
        extract_s = time.perf_counter() - clock

        store = BriefCache(config.cache_dir)  # the build below renders this brief without parsing again
        store.put(store.key(article, config.model_for("fr")), brief)
        _, report = generate(config)
        clock = time.perf_counter()
        run_mkdocs(config)
        mkdocs_s = time.perf_counter() - clock
    steps = {"parse": parse_s, "extract": extract_s, "render": report.timings["render"], "mkdocs": mkdocs_s}
    return {
        "bench": "big_article",
        "mb": megabytes,
        "tokens": len(parsed.doc),
        "s_per_step": {k: round(v, 2) for k, v in steps.items()},
        "s_per_mb": {k: round(v / megabytes, 2) for k, v in steps.items()},
        "total_s": round(sum(steps.values()), 2),
    }


def main(argv: list[str]) -> None:
    profile = "--profile" in argv
    load_pipeline(DEFAULT_MODELS["fr"])
    for mb in (float(a) for a in argv if not a.startswith("--")):
        print(json.dumps(run(mb, profile)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
