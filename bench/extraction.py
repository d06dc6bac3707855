"""Extraction throughput, and briefgen's overhead over a bare ``nlp.pipe`` of the same pipeline.

Usage: python bench/extraction.py N [--components]   (prints one JSON line)

The ratio is the median of three interleaved runs (bare pipe, then briefgen's extraction, three
times), so that a burst of load from another job on a shared machine hits both sides; it is taken
on this process's CPU time, which other jobs on the machine change far less than wall time (both
sides run in this one process), and given on wall time too. The rules
are also timed as a whole: ``extract_brief`` over the same texts parsed beforehand (parsed anew for each
run, as the rules keep some readings on the Doc), which is what the rules cost next to spaCy's parse; the rest of the overhead is briefgen's text
preparation (Markdown to text, typography folding, chunks). ``nlp.pipe(n_process=2)`` is timed
once for reference; ``--components`` also times the pipeline with each component disabled in
turn (what a component costs tells whether disabling it would pay).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_corpus

from briefgen.config import load_config
from briefgen.content import load_articles
from briefgen.extract import extract_brief
from briefgen.nlp import load_pipeline, normalise, parse_texts
from briefgen.pipeline import extract_articles
from briefgen.plaintext import article_text

RUNS = 3


def timed(func) -> float:
    clock = time.perf_counter()
    func()
    return time.perf_counter() - clock


def cpu_and_wall(func) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    func()
    return time.process_time() - cpu, time.perf_counter() - wall


def main(n: int, components: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        articles, _ = load_articles(write_corpus(Path(tmp) / "content", n))
        config = load_config(Path(tmp) / "site_config.yml")  # no file: the default models
    model = config.model_for("fr")
    nlp = load_pipeline(model)
    texts = [normalise(article_text(a.title, a.body)).text for a in articles]
    list(nlp.pipe(texts[:5]))  # warm-up: first calls allocate
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))

    bare_cpu, bare, ours_cpu, ours = [], [], [], []
    for _ in range(RUNS):
        cpu, wall = cpu_and_wall(lambda: list(nlp.pipe(texts, batch_size=16)))
        bare_cpu.append(cpu)
        bare.append(wall)
        cpu, wall = cpu_and_wall(lambda: extract_articles(articles, config.model_for))
        ours_cpu.append(cpu)
        ours.append(wall)
    ratios = [o / b for o, b in zip(ours_cpu, bare_cpu)]
    rules_runs = []
    for _ in range(RUNS):  # parsed anew each run: what the rules keep on a Doc must not serve a second run
        parsed = list(parse_texts([article_text(a.title, a.body) for a in articles], model))
        rules_runs.append(
            cpu_and_wall(lambda parsed=parsed: [extract_brief(a, p) for a, p in zip(articles, parsed)])[0]
        )
    rules = statistics.median(rules_runs)
    result = {
        "bench": "extraction",
        "articles": n,
        "tokens": tokens,
        "bare_pipe_cpu_s": round(statistics.median(bare_cpu), 2),
        "briefgen_extract_cpu_s": round(statistics.median(ours_cpu), 2),
        "tokens_per_cpu_s": round(tokens / statistics.median(ours_cpu)),
        "ratio_extract_to_pipe": round(statistics.median(ratios), 3),
        "ratio_runs": [round(r, 3) for r in ratios],
        "ratio_wall": round(statistics.median(o / b for o, b in zip(ours, bare)), 3),
        "rules_cpu_s": round(rules, 2),
        "rules_ms_per_1000_tokens": round(rules * 1e6 / tokens, 1),
        "rules_share_of_pipe": round(rules / statistics.median(bare_cpu), 3),
        "pipe_n_process_2_s": round(timed(lambda: list(nlp.pipe(texts, batch_size=16, n_process=2))), 2),
    }
    if components:
        cost = {}
        for name in nlp.pipe_names:
            with nlp.select_pipes(disable=[name]):
                cost[name] = round(statistics.median(bare) - timed(lambda: list(nlp.pipe(texts, batch_size=16))), 2)
        result["component_cost_s"] = cost
    return result


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    print(json.dumps(main(int(args[0]) if args else 100, "--components" in sys.argv)), flush=True)
