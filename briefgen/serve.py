"""Live preview: MkDocs's dev server, with briefgen's generate step before every rebuild.

MkDocs watches its docs dir; we add the content dir, the templates and the
config to its watch list and run ``generate`` from a MkDocs hook, so a saved
article shows up in the browser without restarting anything.
"""

from __future__ import annotations

from pathlib import Path

from .config import SiteConfig
from .errors import BriefgenError

HOOK = Path(__file__).with_name("mkdocs_hook.py")
ACTIVE: SiteConfig | None = None  # read by the hook, which MkDocs loads from its file path


def serve(config: SiteConfig, *, dev_addr: str = "127.0.0.1:8000") -> None:
    from mkdocs.commands.serve import serve as mkdocs_serve
    from mkdocs.exceptions import MkDocsException

    from .build import generate, mkdocs_settings

    global ACTIVE
    generate(config)  # the docs dir must exist before MkDocs loads its config
    ACTIVE = config
    watch = [
        str(p) for p in (config.content_dir, config.templates_dir, config.pages_dir, config.source) if p and p.exists()
    ]
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
