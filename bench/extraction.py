"""Extraction throughput, and briefgen's overhead over a bare ``nlp.pipe`` of the same pipeline.

Usage: python bench/extraction.py N   (prints one JSON line)

Also times, on the same texts, ``nlp.pipe(n_process=2)`` and the pipeline with each
component disabled in turn: what a component costs tells whether disabling it would pay.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_corpus

from briefgen.config import load_config
from briefgen.content import load_articles
from briefgen.nlp import load_pipeline, normalise
from briefgen.pipeline import extract_articles
from briefgen.plaintext import article_text


def timed(func) -> float:
    clock = time.perf_counter()
    func()
    return time.perf_counter() - clock


def main(n: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        articles, _ = load_articles(write_corpus(Path(tmp) / "content", n))
        config = load_config(Path(tmp) / "site_config.yml")  # no file: the default models
    model = config.model_for("fr")
    nlp = load_pipeline(model)
    texts = [normalise(article_text(a.title, a.body)).text for a in articles]
    list(nlp.pipe(texts[:5]))  # warm-up: first calls allocate
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))

    bare = timed(lambda: list(nlp.pipe(texts, batch_size=16)))
    ours = timed(lambda: extract_articles(articles, config.model_for))
    two = timed(lambda: list(nlp.pipe(texts, batch_size=16, n_process=2)))
    component_cost = {}
    for name in nlp.pipe_names:
        with nlp.select_pipes(disable=[name]):
            component_cost[name] = round(bare - timed(lambda: list(nlp.pipe(texts, batch_size=16))), 2)
    return {
        "bench": "extraction",
        "articles": n,
        "tokens": tokens,
        "bare_pipe_s": round(bare, 2),
        "briefgen_extract_s": round(ours, 2),
        "tokens_per_s": round(tokens / ours),
        "ratio_extract_to_pipe": round(ours / bare, 3),
        "pipe_n_process_2_s": round(two, 2),
        "component_cost_s": component_cost,
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)), flush=True)
