"""Where extraction runs: this process, N local processes, or an existing Dask cluster.

Extraction is "a parsed article in, a brief out", so the articles of a build can be parsed
anywhere that has briefgen and the spaCy model: every executor takes articles of one
language in batches and hands back, per article, its brief as JSON (``Brief.to_json()``,
the cache's own format) or the failure met on it. The parent keeps everything else: it
looks up and writes the extraction cache, applies corrections and renders, so workers
never write a file and two executors give byte-identical briefs.

- ``InProcess``: today's behaviour (``--jobs 1``), and what ``serve`` uses: its process
  keeps the model between rebuilds, and forking a process that runs threads is unsafe.
- ``Processes``: ``--jobs N``, a pool of N spawned processes (spawn works the same on
  Linux and macOS and never copies the parent's threads or locks); each loads the model
  once, in its initializer, and reports its peak resident memory.
- ``DaskCluster``: ``--dask ADDRESS``, tasks on a ``dask.distributed`` scheduler; a worker
  plugin loads the model once per worker; a worker lost mid-build costs only its tasks,
  which the scheduler runs again elsewhere.

Work is cut into batches of whole articles bounded in characters (a worker's memory grows
with what one batch holds), about four per worker so that a slow batch does not leave
the other workers idle at the end.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .brief import Brief
from .cache import rules_fingerprint
from .content import Article
from .errors import BriefgenError
from .extract import extract_brief
from .nlp import parse_texts
from .plaintext import article_text

# A batch holds at least this many characters of text (spawning and messaging cost per batch)…
MIN_BATCH_CHARS = 20_000
# …and at most this many (what a worker holds at once; parse_texts cuts it further for spaCy).
MAX_BATCH_CHARS = 200_000
BATCHES_PER_WORKER = 4
# Below this much text a pool costs more than it saves: a worker takes 1-2 s to start and import
# spaCy, and parsing runs at roughly 35,000 characters per second per core (about 50 articles here).
POOL_MIN_CHARS = 150_000
# How long a build waits for a Dask scheduler before saying it cannot be reached.
DASK_CONNECT_TIMEOUT_S = 10


@dataclass(frozen=True)
class Failure:
    """Extraction raised on one article: what, and the traceback for ``--debug``."""

    kind: str
    message: str
    detail: str


@dataclass
class BatchResult:
    """One batch's briefs (JSON) or failures, in the batch's order, and who made them."""

    results: list[dict | Failure]
    worker: str
    peak_rss_mb: float
    rules: str  # the worker's rules fingerprint: its briefs are cached under the client's key
    seconds: float = 0.0  # the batch's time in the worker, parsing included


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (ru_maxrss is in kB on Linux, bytes on macOS)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def extract_batch(articles: list[Article], model: str) -> BatchResult:
    """Parse and extract a batch of articles of one language: the unit of work of every executor.

    A bug met on one article is returned as a ``Failure`` for that article and the others go on.
    """
    clock = time.perf_counter()
    results: list[dict | Failure] = []
    texts = [article_text(a.title, a.body) for a in articles]
    for article, parsed in zip(articles, parse_texts(texts, model)):
        try:
            results.append(extract_brief(article, parsed).to_json())
        except Exception as err:  # noqa: BLE001 - reported per article by the parent
            results.append(Failure(type(err).__name__, str(err), "".join(traceback.format_exception(err))))
    return BatchResult(
        results,
        worker=f"pid {os.getpid()}",
        peak_rss_mb=peak_rss_mb(),
        rules=rules_fingerprint(),
        seconds=time.perf_counter() - clock,
    )


def batches(articles: list[Article], workers: int) -> list[list[int]]:
    """Indices of ``articles`` cut into consecutive batches bounded in characters."""
    sizes = [len(a.title) + len(a.body) for a in articles]
    target = sum(sizes) / max(1, workers * BATCHES_PER_WORKER)
    budget = min(MAX_BATCH_CHARS, max(MIN_BATCH_CHARS, target))
    out: list[list[int]] = []
    size = 0
    for index, chars in enumerate(sizes):
        if out and out[-1] and size + chars <= budget:
            out[-1].append(index)
            size += chars
        else:
            out.append([index])
            size = chars
    return out


@dataclass
class Executor:
    """Runs ``extract_batch`` somewhere; ``run`` yields (index, brief JSON or Failure) as batches finish."""

    name: str = "in-process"
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    busy_s: dict[str, float] = field(default_factory=dict)  # per worker: time spent on batches

    def run(self, articles: list[Article], model: str) -> Iterator[tuple[int, Brief | dict | Failure]]:
        """Each article's brief (a Brief in this process, its JSON from elsewhere) or its Failure."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the workers, if any (a build closes its executor when extraction is done)."""

    def _record(self, result: BatchResult) -> None:
        self.peak_rss_mb[result.worker] = max(self.peak_rss_mb.get(result.worker, 0.0), result.peak_rss_mb)
        self.busy_s[result.worker] = self.busy_s.get(result.worker, 0.0) + result.seconds

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class InProcess(Executor):
    """Parse in this process, the model loaded once per process (``--jobs 1``, ``serve``)."""

    def run(self, articles: list[Article], model: str) -> Iterator[tuple[int, Brief | Failure]]:
        texts = (article_text(a.title, a.body) for a in articles)
        for index, (article, parsed) in enumerate(zip(articles, parse_texts(texts, model))):
            try:
                yield index, extract_brief(article, parsed)
            except Exception as err:  # noqa: BLE001 - reported per article by the pipeline
                yield index, Failure(type(err).__name__, str(err), "".join(traceback.format_exception(err)))


def load_models(models: tuple[str, ...]) -> None:
    """A worker's initializer: load each pipeline once, before the first batch arrives."""
    from .nlp import load_pipeline

    for model in models:
        load_pipeline(model)


class Processes(Executor):
    """``--jobs N``: a pool of N spawned processes, started at the first batch, each loading the model once.

    With little to do (a warm rebuild that parses one article, a small site) the work stays in
    this process: starting workers and loading the model in each would cost more than it saves.
    """

    def __init__(self, jobs: int):
        super().__init__(name=f"{jobs} processes")
        self.jobs = jobs
        self._pool = None
        self._models: set[str] = set()
        self._local = InProcess()

    def _pool_for(self, model: str):
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        if self._pool is not None and model not in self._models:
            self.close()  # a second language: one pool with both models loaded is started below
        if self._pool is None:
            self._models.add(model)
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=get_context("spawn"),
                initializer=load_models,
                initargs=(tuple(sorted(self._models)),),
            )
        return self._pool

    def run(self, articles: list[Article], model: str) -> Iterator[tuple[int, Brief | dict | Failure]]:
        from concurrent.futures import as_completed
        from concurrent.futures.process import BrokenProcessPool

        groups = batches(articles, self.jobs)
        if self.jobs <= 1 or len(groups) <= 1 or sum(len(a.title) + len(a.body) for a in articles) < POOL_MIN_CHARS:
            yield from self._local.run(articles, model)
            return
        pool = self._pool_for(model)
        futures = {pool.submit(extract_batch, [articles[i] for i in group], model): group for group in groups}
        try:
            for future in as_completed(futures):
                try:
                    result = future.result()
                except BrokenProcessPool as err:
                    raise BriefgenError(f"an extraction worker died ({err}); out of memory? try fewer --jobs") from None
                self._record(result)
                yield from zip(futures[future], result.results)
        finally:
            for future in futures:
                future.cancel()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskCluster(Executor):
    """``--dask ADDRESS``: batches sent to an existing dask.distributed scheduler.

    Workers need briefgen and the model installed (the same versions as here: a worker whose
    extraction rules differ is refused, since its briefs would be cached under this build's key).
    Run workers with ``--nthreads 1``: one spaCy pipeline per worker process, one batch at a time.
    """

    def __init__(self, address: str, *, timeout: float = DASK_CONNECT_TIMEOUT_S, client=None):
        super().__init__(name=f"Dask cluster {address}")
        self.address = address
        self.timeout = timeout
        self._client = client
        self._own_client = client is None
        self._models: set[str] = set()

    def _connect(self):
        if self._client is not None:
            return self._client
        try:
            from distributed import Client
        except ImportError:
            raise BriefgenError(
                "--dask needs dask.distributed: pip install 'briefgen[dask]' (or dask[distributed])"
            ) from None
        try:
            self._client = Client(self.address, timeout=self.timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise BriefgenError(
                f"cannot reach the Dask scheduler at {self.address} (waited {self.timeout:g} s): {err}"
            ) from None
        return self._client

    def _register(self, client, model: str) -> None:
        if model in self._models:
            return
        from .dask_plugin import LoadModels

        self._models.add(model)
        plugin = LoadModels(tuple(sorted(self._models)))
        if hasattr(client, "register_plugin"):
            client.register_plugin(plugin, name="briefgen-models")
        else:  # distributed < 2023.9
            client.register_worker_plugin(plugin, name="briefgen-models")

    def run(self, articles: list[Article], model: str) -> Iterator[tuple[int, dict | Failure]]:
        from distributed import as_completed

        client = self._connect()
        self._register(client, model)
        groups = batches(articles, max(1, len(client.scheduler_info().get("workers", {}))))
        futures = [
            client.submit(extract_batch, [articles[i] for i in group], model, pure=False, retries=1) for group in groups
        ]
        which = {future.key: group for future, group in zip(futures, groups)}
        try:
            for future, result in as_completed(futures, loop=client.loop, with_results=True, raise_errors=False):
                group = which[future.key]
                if future.status != "finished":
                    failure = _lost(future, self.address)
                    yield from ((index, failure) for index in group)
                    continue
                if result.rules != rules_fingerprint():
                    raise BriefgenError(
                        f"a Dask worker ({result.worker}) runs other extraction rules than this briefgen: "
                        f"install the same briefgen on every worker of {self.address}"
                    )
                self._record(result)
                yield from zip(group, result.results)
        finally:
            for future in futures:
                future.cancel()

    def close(self) -> None:
        if self._client is not None and self._own_client:
            self._client.close()
            self._client = None


def _lost(future, address: str) -> Failure:
    """A batch the cluster could not run (its workers kept dying, or the task raised)."""
    try:
        err = future.exception(timeout=1)
    except Exception as raised:  # noqa: BLE001 - the cluster itself may be gone
        err = raised
    return Failure(type(err).__name__, f"{err} (on the Dask cluster {address})", repr(err))


def executor_for(jobs: int, dask: str | None) -> Executor:
    """The executor a build asked for: a Dask cluster, N processes, or this process."""
    if dask:
        return DaskCluster(dask)
    return Processes(jobs) if jobs > 1 else InProcess()


def indices_by_model(articles: Iterable[Article], model_for) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for index, article in enumerate(articles):
        groups.setdefault(model_for(article.lang), []).append(index)
    return groups
