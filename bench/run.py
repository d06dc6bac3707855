"""``make bench``: every benchmark, each in a fresh process, one JSON line per result.

BENCH_SIZES (default 100,300,1000) sets the corpus sizes for the build benchmark and
for the engines benchmark (MkDocs against Zensical on the same generated docs);
the extraction benchmark runs on the smallest size. BENCH_BIG_MB (default 0.5,1; empty to
skip) sets the sizes of the one-long-article benchmark (5 MB takes several minutes).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    sizes = sorted(int(s) for s in os.environ.get("BENCH_SIZES", "100,300,1000").split(",") if s.strip())
    big = [s.strip() for s in os.environ.get("BENCH_BIG_MB", "0.5,1").split(",") if s.strip()]
    runs = [["extraction.py", str(sizes[0])]] + [["build.py", str(n)] for n in sizes]
    runs += [["engines.py", str(n)] for n in sizes]
    if big:
        runs.append(["big_article.py", *big])
    for script, *args in runs:
        done = subprocess.run([sys.executable, str(HERE / script), *args])
        if done.returncode:
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
