"""How a site's build grows with its number of articles, extraction left out: render, MkDocs, sizes.

Usage: python bench/size.py N [N ...]   (one JSON line per size, each size in a fresh process)

Parsing 10,000 articles takes about 15 minutes per core, and it is linear (bench/build.py); what
this benchmark looks for is what grows faster than the site in everything after extraction:
cross-article pages (timeline, figures, countries), the actors index, MkDocs's navigation and
its search index. So the extraction cache is filled beforehand: TEMPLATES corpus articles are
extracted for real, and each of the N articles gets one of their briefs under its own slug,
title, date and tags, its actors renamed so that the site has a long tail of actors (half keep
their name, the others get one of N/2 variants) as a real archive does. Then one ``generate``
(which reads the N briefs from the cache) and one MkDocs build are timed, with the peak memory
of that process and the sizes of the search index, of the largest generated pages and of site/.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import make_project, write_corpus

from briefgen.brief import Brief
from briefgen.build import generate, run_mkdocs
from briefgen.cache import BriefCache
from briefgen.config import DEFAULT_MODELS, load_config
from briefgen.content import load_articles
from briefgen.executors import peak_rss_mb

TEMPLATES = 30


def templates(path: Path) -> None:
    """Extract TEMPLATES corpus articles for real and store their briefs' JSON."""
    from briefgen.pipeline import extract_articles

    with tempfile.TemporaryDirectory(prefix="briefgen-size-") as tmp:
        articles, _ = load_articles(write_corpus(Path(tmp), TEMPLATES, seed=1))
        briefs, errors = extract_articles(articles, DEFAULT_MODELS.get)
    assert not errors, errors[:3]
    path.write_text(json.dumps([b.to_json() for b in briefs], ensure_ascii=False), encoding="utf-8")


def _renamed(template: dict, article, rng: random.Random, variants: int) -> dict:
    brief = json.loads(json.dumps(template))
    brief.update(slug=article.slug, title=article.title, tags=list(article.tags))
    brief["date"] = article.date.isoformat() if article.date else None
    names = {}
    for actor in brief["actors"]:
        if rng.random() < 0.5:
            names[actor["name"]] = f"{actor['name']} {rng.randrange(variants)}"
            actor["name"] = names[actor["name"]]
            actor["aliases"] = [f"{a} {rng.randrange(variants)}" for a in actor.get("aliases", [])]
    for reaction in brief["reactions"]:
        reaction["speaker"] = names.get(reaction.get("speaker"), reaction.get("speaker"))
    return brief


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def one(n: int, templates_file: Path) -> dict:
    pool = json.loads(templates_file.read_text(encoding="utf-8"))
    rng = random.Random(n)
    with tempfile.TemporaryDirectory(prefix="briefgen-size-") as tmp:
        config = load_config(make_project(Path(tmp), n))
        articles, _ = load_articles(sorted(config.content_dir.glob("*.md")))
        store = BriefCache(config.cache_dir)
        for i, article in enumerate(articles):
            brief = Brief.from_json(_renamed(pool[i % len(pool)], article, rng, max(1, n // 2)))
            store.put(store.key(article, config.model_for(article.lang)), brief)

        _, report = generate(config)
        assert report.ok and len(report.briefs) == n, report.errors[:3]
        clock = time.perf_counter()
        warnings = run_mkdocs(config)
        steps = {**report.timings, "mkdocs": time.perf_counter() - clock}
        site = config.site_dir
        index = site / "search" / "search_index.json"
        pages = sorted(config.generated_dir.rglob("*.md"), key=lambda p: p.stat().st_size, reverse=True)
        actor_pages = len(list((config.generated_dir / "actors").glob("*.md")))
        return {
            "bench": "size",
            "articles": n,
            "s_per_step": {k: round(v, 2) for k, v in steps.items()},
            "s_per_1000_articles": {k: round(v * 1000 / n, 2) for k, v in steps.items()},
            "peak_rss_mb": round(peak_rss_mb()),
            "pages": len(list(config.generated_dir.rglob("*.md"))),
            "actor_pages": actor_pages,
            "largest_pages_kb": {
                p.relative_to(config.generated_dir).as_posix(): p.stat().st_size // 1024 for p in pages[:4]
            },
            "search_index_mb": round(index.stat().st_size / 1e6, 1) if index.exists() else None,
            "site_mb": round(_size(site) / 1e6, 1),
            "mkdocs_warnings": len(warnings),
        }


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        print(json.dumps(one(int(argv[1]), Path(argv[2]))), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="briefgen-size-") as tmp:
        pool = Path(tmp) / "templates.json"
        templates(pool)
        for n in argv:
            done = subprocess.run([sys.executable, __file__, "--one", n, str(pool)])
            if done.returncode:
                return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
