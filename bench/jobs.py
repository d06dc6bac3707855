"""A cold extraction of N articles in one process, in two processes, and on a two-worker Dask cluster.

Usage: python bench/jobs.py N [VARIANT ...]   (one JSON line; VARIANTs: 1, 2, … processes, dask)

Each variant runs in a fresh process, from loading the articles to the last brief, model loads
included (the parent's for ``1``, each worker's otherwise), with an empty cache: what the
extraction step of ``briefgen build --no-cache --jobs N`` (or ``--dask``) costs. ``dask`` starts
a LocalCluster of two single-threaded worker processes first (timed apart: a real cluster is
already running). The line gives each variant's time and peak memory per process, the speed-up
over one process, and whether every variant produced byte-identical briefs.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_corpus

from briefgen.config import DEFAULT_MODELS
from briefgen.content import load_articles
from briefgen.executors import DaskCluster, InProcess, Processes, peak_rss_mb
from briefgen.pipeline import extract_articles


def one(n: int, variant: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="briefgen-jobs-") as tmp:
        articles, _ = load_articles(write_corpus(Path(tmp), n))
    cluster = None
    clock = time.perf_counter()
    if variant == "dask":
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        executor = DaskCluster(cluster.scheduler_address)
    else:
        executor = InProcess() if variant == "1" else Processes(int(variant))
    started = time.perf_counter() - clock
    clock = time.perf_counter()
    with executor:
        briefs, errors = extract_articles(articles, DEFAULT_MODELS.get, executor=executor)
    seconds = time.perf_counter() - clock
    if cluster is not None:
        cluster.close()
    digest = hashlib.sha256(json.dumps([b and b.to_json() for b in briefs], ensure_ascii=False).encode()).hexdigest()
    return {
        "extract_s": round(seconds, 2),
        "cluster_start_s": round(started, 2) if cluster is not None else None,
        "errors": len(errors),
        "parent_peak_rss_mb": round(peak_rss_mb()),
        "worker_peak_rss_mb": sorted(round(mb) for mb in executor.peak_rss_mb.values()),
        "worker_busy_s": sorted(round(s, 1) for s in executor.busy_s.values()),
        "briefs_sha256": digest[:16],
    }


def main(n: int, variants: list[str]) -> dict:
    runs = {}
    for variant in variants:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), variant], capture_output=True, text=True)
        if out.returncode:
            sys.stderr.write(out.stderr)
            raise SystemExit(f"bench/jobs.py: variant {variant} failed")
        runs[variant] = json.loads(out.stdout.strip().splitlines()[-1])
    base = runs.get("1", {}).get("extract_s")
    return {
        "bench": "jobs",
        "articles": n,
        "runs": runs,
        "speedup_over_1": {v: round(base / r["extract_s"], 2) for v, r in runs.items() if base and v != "1"},
        "identical_briefs": len({r["briefs_sha256"] for r in runs.values()}) == 1,
    }


if __name__ == "__main__":
    if sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]), sys.argv[3])), flush=True)
    else:
        print(json.dumps(main(int(sys.argv[1]), sys.argv[2:] or ["1", "2", "dask"])), flush=True)
