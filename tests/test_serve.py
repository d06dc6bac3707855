"""``briefgen serve`` and its MkDocs hook: a saved article reaches the preview without a restart."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from briefgen import mkdocs_hook, serve
from briefgen.config import load_config


def test_hook_regenerates_pages_and_logs_article_errors(project: Path, monkeypatch, caplog):
    config = load_config(project / "site_config.yml")
    monkeypatch.setattr(serve, "ACTIVE", config)
    (project / "content" / "nouvelle-note.md").write_text(
        "---\ntitle: Une note ajoutée\n---\n\nLe port de Marseille est bloqué depuis mardi.\n", encoding="utf-8"
    )
    (project / "content" / "cassee.md").write_text("---\ntitle: [\n---\nTexte.\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="mkdocs.briefgen"):
        mkdocs_hook.on_pre_build(config={})
    generated = config.generated_dir
    assert any("nouvelle-note" in p.name for p in generated.rglob("*.md"))
    assert any("cassee.md" in r.getMessage() for r in caplog.records)


def test_hook_does_nothing_outside_serve(monkeypatch):
    import briefgen.build

    calls = []
    monkeypatch.setattr(briefgen.build, "generate", lambda *a, **k: calls.append(a))
    monkeypatch.setattr(serve, "ACTIVE", None)
    mkdocs_hook.on_pre_build(config={})  # a plain `mkdocs build` of the theme file: no briefgen step
    assert calls == []
    monkeypatch.setattr(serve, "ACTIVE", object())
    with pytest.raises(TypeError):  # under serve it runs generate (here a stub that returns no report)
        mkdocs_hook.on_pre_build(config={})
    assert len(calls) == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_serve_previews_and_rebuilds_when_an_article_is_saved(project: Path, nlp):
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        if not _wait_for(lambda: _get(base) is not None, 120):
            server.kill()
            pytest.fail(f"serve did not answer: {server.communicate()[1][-2000:]}")
        (project / "content" / "note-du-jour.md").write_text(
            "---\ntitle: Une note du jour sur le port\n---\n\nLes dockers ont voté la grève mardi.\n",
            encoding="utf-8",
        )
        assert _wait_for(lambda: "Une note du jour sur le port" in (_get(base) or ""), 120)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
