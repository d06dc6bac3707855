"""A cold build and a warm rebuild of N generated articles.

Usage: python bench/build.py N   (prints one JSON line; run it in a fresh process)

Cold: the whole pipeline in this process with an empty cache and the default ``jobs`` (every
core), its time split by step (loading the spaCy model, parsing and extraction, rendering,
MkDocs), the peak resident memory of this process and of each extraction worker, and the
sizes of the search index and of site/. Warm, one article edited each time, two ways:

- ``briefgen build`` as a user runs it (a new process, which must load the model for the one
  article), against a bare ``mkdocs build`` of the same pages (a new process): three
  interleaved pairs, one article edited before each, the ratio being their median;
- in this process, model already loaded (what ``briefgen serve`` does on each save),
  against the MkDocs step of that same build.

Articles parsed by a warm build are counted as new cache entries: an entry is
written exactly when an article had to be parsed.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import make_project

from briefgen.build import build
from briefgen.config import load_config
from briefgen.executors import peak_rss_mb
from briefgen.nlp import load_pipeline

RUNS = 3


def run(cmd: list[str], cwd: Path) -> float:
    clock = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - clock


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(n: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        config_file = make_project(Path(tmp), n)
        config = load_config(config_file)

        clock = time.perf_counter()
        if config.jobs == 1:  # with workers, each loads its own copy within the extract step
            load_pipeline(config.model_for("fr"))
        timings = {"model_load": time.perf_counter() - clock}
        report = build(config)
        assert report.ok, report.errors[:3]
        timings.update(report.timings)
        total = sum(timings.values())
        index = config.site_dir / "search" / "search_index.json"
        sizes = {
            "search_index_mb": round(index.stat().st_size / 1e6, 1),
            "site_mb": round(_size(config.site_dir) / 1e6, 1),
        }

        def edit_one(index: int) -> int:
            edited = sorted(config.content_dir.glob("*.md"))[index]
            edited.write_text(edited.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")
            return len(list(config.cache_dir.rglob("*.json")))

        warm, bare, parsed = [], [], []
        for i in range(RUNS):
            entries = edit_one(n // 2 + i)
            warm.append(run([sys.executable, "-m", "briefgen", "build", "--config", str(config_file)], Path(tmp)))
            parsed.append(len(list(config.cache_dir.rglob("*.json"))) - entries)
            mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config.mkdocs_config)]
            bare.append(run([*mkdocs, "-d", str(Path(tmp) / "bare")], Path(tmp)))

        entries = edit_one(n // 3)
        load_pipeline(config.model_for("fr"))  # serve's process keeps the model loaded
        clock = time.perf_counter()
        again = build(config)
        warm_in_process = time.perf_counter() - clock
        parsed_in_process = len(list(config.cache_dir.rglob("*.json"))) - entries
    return {
        "bench": "build",
        "articles": n,
        "jobs": config.jobs,
        "cold_s": round(total, 2),
        "cold_share": {step: round(t / total, 3) for step, t in timings.items()},
        "cold_s_per_step": {step: round(t, 2) for step, t in timings.items()},
        "peak_rss_mb": round(peak_rss_mb()),
        "worker_peak_rss_mb": sorted(round(mb) for mb in report.workers.values()),
        **sizes,
        "warm_parsed": parsed,
        "warm_s": [round(w, 2) for w in warm],
        "bare_mkdocs_s": [round(b, 2) for b in bare],
        "ratio_warm_to_mkdocs": round(statistics.median(w / b for w, b in zip(warm, bare)), 3),
        "serve_warm_parsed": parsed_in_process,
        "serve_warm_s": round(warm_in_process, 2),
        "serve_ratio_to_its_mkdocs": round(warm_in_process / again.timings["mkdocs"], 3),
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)), flush=True)
