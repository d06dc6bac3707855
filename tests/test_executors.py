"""Extraction in N processes or on a Dask cluster gives the briefs one process gives, byte for byte."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time

import pytest

import briefgen.executors
import briefgen.nlp
from briefgen.cache import BriefCache
from briefgen.content import load_articles
from briefgen.errors import BriefgenError
from briefgen.executors import DaskCluster, InProcess, Processes, batches
from briefgen.pipeline import extract_articles
from tests.conftest import MODEL, ROOT

sys.path.insert(0, str(ROOT / "bench"))
from corpus import write_corpus  # noqa: E402 - the benchmark's seeded corpus


def _model_for(lang: str) -> str:
    return MODEL


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    loaded, errors = load_articles(write_corpus(tmp_path_factory.mktemp("content"), 6, seed=3))
    assert not errors
    return loaded


@pytest.fixture(scope="module")
def reference(articles, nlp):
    """Briefs made in this process, as JSON text: what every executor must reproduce."""
    briefs, errors = extract_articles(articles, _model_for)
    assert not errors
    return [json.dumps(b.to_json(), ensure_ascii=False) for b in briefs]


def _as_json(briefs) -> list[str]:
    return [json.dumps(b.to_json(), ensure_ascii=False) for b in briefs]


@pytest.fixture
def one_article_per_batch(monkeypatch):
    monkeypatch.setattr(briefgen.executors, "MIN_BATCH_CHARS", 1)
    monkeypatch.setattr(briefgen.executors, "POOL_MIN_CHARS", 1)


def test_batches_keep_order_and_bound_characters(articles, monkeypatch):
    monkeypatch.setattr(briefgen.executors, "MIN_BATCH_CHARS", 1)
    monkeypatch.setattr(briefgen.executors, "MAX_BATCH_CHARS", 6_000)
    groups = batches(articles, workers=2)
    assert [i for g in groups for i in g] == list(range(len(articles)))
    for group in groups:
        chars = sum(len(articles[i].title) + len(articles[i].body) for i in group)
        assert len(group) == 1 or chars <= 6_000


def test_small_work_stays_in_this_process(articles, reference):
    """A few articles are not worth processes that would each load the model: no pool is started."""
    executor = Processes(2)
    briefs, errors = extract_articles(articles, _model_for, executor=executor)
    assert not errors and _as_json(briefs) == reference
    assert executor._pool is None and not executor.peak_rss_mb


def test_two_processes_give_the_same_briefs_and_the_parent_writes_the_cache(
    articles, reference, tmp_path, one_article_per_batch
):
    cache = BriefCache(tmp_path)
    with Processes(2) as executor:
        briefs, errors = extract_articles(articles, _model_for, cache=cache, executor=executor)
        assert not errors and _as_json(briefs) == reference
        assert len(executor.peak_rss_mb) == 2, "two workers, each reporting its peak memory"
        assert all(100 < mb < 4000 for mb in executor.peak_rss_mb.values())
    assert len(list(tmp_path.rglob("*.json"))) == len(articles)
    again, _ = extract_articles(articles, _model_for, cache=cache, executor=Processes(2))
    assert cache.hits == len(articles) and _as_json(again) == reference


def test_a_failing_article_is_reported_and_the_others_extracted(articles, reference, monkeypatch):
    real = briefgen.executors.extract_brief

    def fragile(article, parsed):
        if article is articles[1]:
            raise ValueError("boom")
        return real(article, parsed)

    monkeypatch.setattr(briefgen.executors, "extract_brief", fragile)
    briefs, errors = extract_articles(articles[:3], _model_for, executor=InProcess())
    assert briefs[1] is None and _as_json([briefs[0], briefs[2]]) == [reference[0], reference[2]]
    assert [str(e) for e in errors] == [
        f"{articles[1].path}: extraction failed (ValueError: boom); please report it"
    ] and "Traceback" in errors[0].detail


def test_an_unreachable_scheduler_is_a_clear_error_naming_it(articles):
    pytest.importorskip("distributed")
    address = "tcp://127.0.0.1:9"  # the discard port: nothing listens there
    clock = time.perf_counter()
    with pytest.raises(BriefgenError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        extract_articles(articles[:1], _model_for, executor=DaskCluster(address, timeout=2))
    assert time.perf_counter() - clock < 30


def test_build_dask_option_names_the_unreachable_address(project, monkeypatch):
    pytest.importorskip("distributed")
    from click.testing import CliRunner

    from briefgen.cli import main

    monkeypatch.chdir(project)
    monkeypatch.setattr(briefgen.executors, "DASK_CONNECT_TIMEOUT_S", 2)
    result = CliRunner().invoke(main, ["build", "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as local:
        with distributed.Client(local, set_as_default=False) as client:
            yield local, client


def test_a_dask_cluster_gives_the_same_briefs(articles, reference, cluster, one_article_per_batch):
    local, client = cluster
    executor = DaskCluster(local.scheduler_address, client=client)
    briefs, errors = extract_articles(articles, _model_for, executor=executor)
    assert not errors and _as_json(briefs) == reference
    assert executor.peak_rss_mb and len(executor.peak_rss_mb) <= 2
    loaded = client.run(lambda: sorted(briefgen.nlp.load_pipeline.cache_info()._asdict().items()))
    assert all(dict(info)["currsize"] == 1 for info in loaded.values()), "each worker loaded the model once"


def test_a_worker_lost_mid_build_costs_only_a_retry(articles, reference, cluster, one_article_per_batch):
    """Kill a worker while it extracts: the scheduler runs its batches again on the other one."""
    local, client = cluster
    pids = client.run(os.getpid)
    killed: list[str] = []

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            busy = [addr for addr, keys in client.processing().items() if keys and addr in pids]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])
                return
            time.sleep(0.01)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    briefs, errors = extract_articles(
        articles, _model_for, executor=DaskCluster(local.scheduler_address, client=client)
    )
    killer.join()
    assert killed, "no worker was busy to be killed"
    assert not errors and _as_json(briefs) == reference
