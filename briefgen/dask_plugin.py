"""The Dask worker plugin that loads the spaCy pipelines once per worker (imported only with ``--dask``).

A module of its own so that a build without Dask never imports dask.distributed (1.4 s).
"""

from __future__ import annotations

from distributed import WorkerPlugin

from .executors import load_models


class LoadModels(WorkerPlugin):
    """Loads the pipelines when a worker starts (or joins later, or is restarted), not in its first task."""

    def __init__(self, models: tuple[str, ...]):
        self.models = models

    def setup(self, worker) -> None:
        load_models(self.models)
