"""A MkDocs hook used by ``briefgen serve``: regenerate pages before each rebuild.

MkDocs only: Zensical runs no hooks, and serve.py watches and regenerates for it.
"""

from __future__ import annotations

import logging

log = logging.getLogger("mkdocs.briefgen")


def on_pre_build(config, **kwargs) -> None:
    from briefgen import serve
    from briefgen.build import generate

    if serve.ACTIVE is None:
        return
    _, report = generate(serve.ACTIVE)
    for error in report.errors:
        log.error(str(error))
