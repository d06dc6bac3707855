"""``make bench``: every benchmark, each in a fresh process, one JSON line per result.

BENCH_SIZES (default 100,300,1000) sets the corpus sizes of the cold/warm build benchmark and of
the engines benchmark (MkDocs against Zensical on the same generated docs);
10000 is opt-in (hours on two cores). The extraction benchmark runs on the smallest size, at most
300 articles (it parses them seven times).
BENCH_JOBS_SIZE (default 300; empty to skip) sets the size of the --jobs 1 / 2 / Dask comparison.
BENCH_SITE_SIZES (default 1000,3000; e.g. 10000) sets the sizes of the site-size benchmark,
which renders and builds with MkDocs from a pre-filled cache (no parsing).
BENCH_BIG_MB (default 0.5,1; empty to skip) sets the sizes of the one-long-article benchmark.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _list(name: str, default: str) -> list[str]:
    return [s.strip() for s in os.environ.get(name, default).split(",") if s.strip()]


def main() -> int:
    sizes = sorted(int(s) for s in _list("BENCH_SIZES", "100,300,1000"))
    runs = [["extraction.py", str(min(sizes[0], 300))]]
    runs += [["jobs.py", n] for n in _list("BENCH_JOBS_SIZE", "300")]
    runs += [["build.py", str(n)] for n in sizes]
    runs += [["engines.py", str(n)] for n in sizes]
    site = _list("BENCH_SITE_SIZES", "1000,3000")
    if site:
        runs.append(["size.py", *site])
    big = _list("BENCH_BIG_MB", "0.5,1")
    if big:
        runs.append(["big_article.py", *big])
    for script, *args in runs:
        done = subprocess.run([sys.executable, str(HERE / script), *args])
        if done.returncode:
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
