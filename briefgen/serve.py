"""Live preview with either engine, briefgen's generate step before every rebuild.

MkDocs: its dev server watches its docs dir; we add the content dir, the templates
and the config to its watch list and run ``generate`` from a MkDocs hook, so a saved
article shows up in the browser without restarting anything.

Zensical runs no MkDocs hooks: ``zensical serve`` (a child process) watches the
generated dir and its config file, and a thread of ours watches what briefgen reads
(content, templates, pages, site_config.yml, the theme file) and regenerates; the
pages that changed are rewritten, which Zensical sees and rebuilds.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from .config import SiteConfig
from .errors import BriefgenError

HOOK = Path(__file__).with_name("mkdocs_hook.py")
ACTIVE: SiteConfig | None = None  # read by the hook, which MkDocs loads from its file path
POLL_S = 0.5  # how often the Zensical watcher looks at briefgen's inputs

log = logging.getLogger("briefgen")


def serve(config: SiteConfig, *, dev_addr: str = "127.0.0.1:8000", engine: str | None = None) -> None:
    if (engine or config.engine) == "zensical":
        _serve_zensical(config, dev_addr)
    else:
        _serve_mkdocs(config, dev_addr)


def _watched(config: SiteConfig) -> list[Path]:
    return [
        p
        for p in (config.content_dir, config.templates_dir, config.pages_dir, config.source, config.mkdocs_config)
        if p and p.exists()
    ]


def _serve_mkdocs(config: SiteConfig, dev_addr: str) -> None:
    from mkdocs.commands.serve import serve as mkdocs_serve
    from mkdocs.exceptions import MkDocsException

    from .build import generate, mkdocs_settings

    global ACTIVE
    if config.mkdocs_config.suffix.lower() == ".toml":
        raise BriefgenError("MkDocs reads no zensical.toml: serve with --engine zensical", path=config.mkdocs_config)
    generate(config)  # the docs dir must exist before MkDocs loads its config
    ACTIVE = config
    watch = [str(p) for p in _watched(config) if p != config.mkdocs_config]
    try:
        mkdocs_serve(
            config_file=str(config.mkdocs_config),
            watch=watch,
            dev_addr=dev_addr,
            docs_dir=str(config.generated_dir),
            hooks=[str(HOOK)],
            **mkdocs_settings(config),
        )
    except (MkDocsException, OSError) as err:
        raise BriefgenError(f"serve failed: {err}") from None


def _serve_zensical(config: SiteConfig, dev_addr: str) -> None:
    from .build import generate
    from .engines import check, write_zensical_config, zensical_root

    for warning in check(config, "zensical"):
        log.warning(warning)
    generate(config)
    out = zensical_root(config) / ".zensical-serve"  # never site/: a preview is not a publication
    config_file = write_zensical_config(config, out, name="zensical-serve.yml")
    stop = threading.Event()

    def regenerate() -> None:
        try:
            _, report = generate(config)
            for error in report.errors:
                log.error(str(error))
            write_zensical_config(config, out, name="zensical-serve.yml")  # nav follows new pages
        except BriefgenError as err:
            log.error(str(err))

    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "zensical", "serve", "-f", str(config_file), "-a", dev_addr],
            cwd=config.mkdocs_config.parent,
        )
    except OSError as err:
        raise BriefgenError(f"serve failed: {err}") from None
    threading.Thread(target=watch_loop, args=(_watched(config), regenerate, stop), daemon=True).start()
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if main else None  # TERMinated, we take it along
    try:
        code = child.wait()
    except (KeyboardInterrupt, SystemExit):
        code = 0
    finally:
        stop.set()
        if main:
            signal.signal(signal.SIGTERM, previous)
        if child.poll() is None:
            child.terminate()
            child.wait(timeout=10)
    if code:
        raise BriefgenError(f"serve failed: zensical exited with status {code}")


def _terminated(signum, frame) -> None:
    raise SystemExit(128 + signum)


def snapshot(paths: list[Path]) -> dict[Path, int]:
    """Modification time of every file under ``paths`` (files or dirs), hidden files skipped."""
    seen: dict[Path, int] = {}
    for root in paths:
        files = [root] if root.is_file() else root.rglob("*")
        for path in files:
            try:
                if path.is_file() and not path.name.startswith("."):
                    seen[path] = path.stat().st_mtime_ns
            except OSError:
                continue
    return seen


def watch_loop(paths: list[Path], on_change: Callable[[], None], stop: threading.Event, poll: float = POLL_S) -> None:
    """Call ``on_change`` after any file under ``paths`` is added, removed or saved; until ``stop``."""
    before = snapshot(paths)
    while not stop.wait(poll):
        now = snapshot(paths)
        if now != before:
            before = now
            on_change()
