"""Writing the generated dir: atomically per file, only what changed, nothing stale left."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..files import atomic_write


def write_pages(pages: dict[str, str | bytes], out_dir: Path) -> list[str]:
    """Make ``out_dir`` hold exactly ``pages``; write only what changed. Returns changed paths.

    ``out_dir`` belongs to briefgen (validated in config): files no page claims are removed,
    and so are symbolic links, before anything is written: followed, a link would make a
    write or a removal land outside it (in content/, say). Unchanged files keep their
    modification time, so ``serve`` rebuilds only what changed.
    """
    out_dir = out_dir.resolve()
    for link in [p for p in out_dir.rglob("*") if p.is_symlink()]:
        link.unlink()
    changed: list[str] = []
    for rel, content in pages.items():
        target = (out_dir / rel).resolve()
        if not target.is_relative_to(out_dir):
            raise ValueError(f"page path escapes the generated dir: {rel!r}")
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if target.read_bytes() == data:
                continue
        except OSError:
            pass
        atomic_write(target, data)
        changed.append(rel)
    wanted = {(out_dir / rel).resolve() for rel in pages}
    for existing in sorted(_files(out_dir), reverse=True):
        if existing not in wanted:
            existing.unlink()
    for directory in sorted((p for p in out_dir.rglob("*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    return changed


def _files(root: Path) -> Iterable[Path]:
    return (p for p in root.rglob("*") if p.is_file())
