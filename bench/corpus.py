"""A deterministic benchmark corpus built from the repository's own articles.

Real articles are few in the repo, so N articles are made by recombining their
paragraphs (headings included) under new titles and slugs with a seeded RNG: the
same N always gives the same files, so figures are comparable between runs.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from briefgen.content import load_articles

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "content", ROOT / "tests"]


def paragraphs() -> list[str]:
    files = sorted(p for d in SOURCES if d.is_dir() for p in d.rglob("*.md"))
    articles, _ = load_articles(files)
    blocks = [b.strip() for a in articles for b in a.body.split("\n\n") if b.strip()]
    if not blocks:
        raise SystemExit("no articles found under content/ or tests/ to build a corpus from")
    return blocks


def write_corpus(content_dir: Path, n: int, *, seed: int = 0) -> list[Path]:
    """Write ``n`` articles of 6 to 14 paragraphs each into ``content_dir``."""
    rng = random.Random(seed)
    pool = paragraphs()
    content_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        body = "\n\n".join(rng.choice(pool) for _ in range(rng.randint(6, 14)))
        day = 1 + i % 28
        path = content_dir / f"bench-{i:04d}.md"
        path.write_text(
            f'---\ntitle: "Article de banc d\'essai n° {i}"\ndate: 2024-{1 + i % 12:02d}-{day:02d}\n'
            f"lang: fr\ntags: [banc, lot-{i % 7}]\n---\n\n{body}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def make_project(root: Path, n: int, *, seed: int = 0) -> Path:
    """A project dir like the repo's (same config and theme file) holding ``n`` generated articles."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("site_config.yml", "mkdocs.yml"):
        shutil.copy(ROOT / name, root / name)
    write_corpus(root / "content", n, seed=seed)
    return root / "site_config.yml"
