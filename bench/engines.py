"""Both engines on the same generated docs: MkDocs against Zensical, for N generated articles.

Usage: python bench/engines.py N   (prints one JSON line; run it in a fresh process)

briefgen loads, extracts and renders once (not timed here: bench/build.py times it);
then each engine builds the same generated dir into a staging dir swapped into site/,
exactly as ``briefgen build --engine E`` does: MkDocs in this process, Zensical in a
child process (its start-up included). Each engine builds twice: ``first`` with
nothing cached (Zensical keeps a ``.cache`` next to its generated config; MkDocs has
none), ``again`` right after, nothing changed, as a rebuild under ``serve`` would.
Wall time and CPU time (this process and its children: Zensical's) are both given:
on a shared machine the CPU time is the steadier of the two.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from corpus import make_project

from briefgen.build import generate, run_mkdocs
from briefgen.config import ENGINES, load_config


def main(n: int) -> dict:
    result: dict = {"bench": "engines", "articles": n}
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        config = load_config(make_project(Path(tmp), n))
        _, report = generate(config)
        assert report.ok, report.errors[:3]
        result["pages"] = sum(1 for _ in config.generated_dir.rglob("*.md"))
        for engine in ENGINES:
            for run in ("first", "again"):
                clock, cpu = time.perf_counter(), _cpu()
                run_mkdocs(config, engine=engine)
                result[f"{engine}_{run}_s"] = round(time.perf_counter() - clock, 2)
                result[f"{engine}_{run}_cpu_s"] = round(_cpu() - cpu, 2)
            result[f"{engine}_html_pages"] = sum(1 for _ in config.site_dir.rglob("*.html"))
    result["ratio_zensical_to_mkdocs"] = round(result["zensical_first_s"] / result["mkdocs_first_s"], 3)
    result["cpu_ratio_zensical_to_mkdocs"] = round(result["zensical_first_cpu_s"] / result["mkdocs_first_cpu_s"], 3)
    return result


def _cpu() -> float:
    """User + system CPU seconds of this process and of its finished children."""
    return sum(
        r.ru_utime + r.ru_stime for r in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    )


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)), flush=True)
