"""The site engines: MkDocs (the default) or Zensical, building the same generated docs.

Material for MkDocs reaches its end of life on 5 May 2027; Zensical, by the same team,
is its successor and reads an existing ``mkdocs.yml``. briefgen hands MkDocs its
settings (``nav``, ``not_in_nav``) as overrides when it loads the config; Zensical
has no such call, so briefgen writes them into a config file of its own: the user's
theme file, loaded, with briefgen's settings applied and its paths rewritten for
the new location, written next to the generated dir (``_build/zensical.yml`` by default). The user's
``mkdocs.yml`` is never edited.

Zensical drops what it does not implement without a word (a plugin it does not
know, a plugin option, MkDocs ``hooks``, a theme feature its theme never reads).
``zensical_unsupported`` finds each one before the build and names it, so the build
reports it as a warning (and ``--strict`` stops on it) while the site is still built.

Both engines write into a directory the caller gives (the build's staging dir),
so the atomic swap of ``build.py`` is the same for both.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from .config import ENGINES, SiteConfig
from .errors import BriefgenError

ANSI = re.compile(r"\x1b\[[0-9;]*m")
LOCATION = re.compile(r"\[ (\S+:\d+:\d+) \]")
__all__ = ["ENGINES", "build_site", "check", "load_theme_file", "write_zensical_config", "zensical_unsupported"]
ZENSICAL_CONFIG = "zensical.yml"  # written in the generated dir's parent, with Zensical's .cache/
TESTED_ZENSICAL = "0.0.73"  # the version the unsupported-feature checks were written against


def load_theme_file(config: SiteConfig) -> dict:
    """The user's theme file as its engine reads it: a mkdocs.yml as MkDocs does (``!ENV``,
    ``INHERIT`` resolved), or a zensical.toml (its ``[project]`` table) as Zensical does."""
    path = config.mkdocs_config
    if not path.is_file():
        raise BriefgenError(f"MkDocs config not found: {path}")
    if path.suffix.lower() == ".toml":
        return _load_toml(path)
    from mkdocs.exceptions import MkDocsException
    from mkdocs.utils.yaml import yaml_load

    try:
        with open(path, "rb") as fd:
            theme = yaml_load(fd)
    except (OSError, MkDocsException) as err:
        raise BriefgenError(f"cannot read the MkDocs config: {err}", path=path) from None
    if not isinstance(theme, dict):
        raise BriefgenError("must be a mapping of settings", path=path)
    return theme


def _load_toml(path: Path) -> dict:
    try:
        import tomllib
    except ImportError:  # Python 3.10: zensical depends on tomli
        import tomli as tomllib
    try:
        with open(path, "rb") as fd:
            data = tomllib.load(fd)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise BriefgenError(f"cannot read the Zensical config: {err}", path=path) from None
    project = data.get("project", data)
    if not isinstance(project, dict):
        raise BriefgenError("[project] must be a table of settings", path=path)
    return project


def check(config: SiteConfig, engine: str) -> list[str]:
    """What the engine will silently not do with this theme file: one warning per feature."""
    if engine != "zensical":
        return []
    _require_zensical()
    problems = zensical_unsupported(load_theme_file(config))
    installed = _zensical_version()
    if installed != TESTED_ZENSICAL:
        problems.append(
            f"version {installed} installed; these checks know {TESTED_ZENSICAL}, a skipped feature may go unnamed"
        )
    return [f"Zensical: {problem}" for problem in problems]


def build_site(config: SiteConfig, engine: str, out_dir: Path, *, strict: bool = False) -> list[str]:
    """Build the generated docs into ``out_dir`` (an existing empty dir) with ``engine``.

    Returns the engine's own warnings about the pages (a broken link…), for the build's report.
    """
    if engine == "zensical":
        return _zensical_build(config, out_dir)
    return _mkdocs_build(config, out_dir)


# --- MkDocs


class _Warnings(logging.Handler):
    """MkDocs's warnings (a broken link, a missing page), collected for the build's report."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"MkDocs: {record.getMessage()}")


def _mkdocs_build(config: SiteConfig, out_dir: Path) -> list[str]:
    """MkDocs in this process; its warnings are returned, not judged: the build decides (``--strict``)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config as mkdocs_config
    from mkdocs.exceptions import MkDocsException

    from .build import mkdocs_settings

    if not config.mkdocs_config.is_file():
        raise BriefgenError(f"MkDocs config not found: {config.mkdocs_config}")
    if config.mkdocs_config.suffix.lower() == ".toml":
        raise BriefgenError(
            "MkDocs reads no zensical.toml: set 'engine: zensical' in site_config.yml, or point "
            "'mkdocs_config' at a mkdocs.yml",
            path=config.mkdocs_config,
        )
    collected = _Warnings()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(collected)
    try:
        cfg = mkdocs_config(
            config_file=str(config.mkdocs_config),
            docs_dir=str(config.generated_dir),
            site_dir=str(out_dir),
            **mkdocs_settings(config),
        )
        mkdocs_build(cfg)
    except (MkDocsException, SystemExit) as err:
        raise BriefgenError(f"MkDocs failed: {err}", path=config.mkdocs_config) from None
    finally:
        mkdocs_log.removeHandler(collected)
    return collected.messages


# --- Zensical


def _require_zensical() -> None:
    if importlib.util.find_spec("zensical") is None:
        raise BriefgenError("engine 'zensical' needs the zensical package: pip install 'briefgen[zensical]'")


def _zensical_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zensical")
    except PackageNotFoundError:
        return "unknown"


def zensical_root(config: SiteConfig) -> Path:
    """Where the generated config lives: Zensical wants docs_dir and site_dir inside its file's dir."""
    return config.generated_dir.parent


def write_zensical_config(config: SiteConfig, site_dir: Path, *, name: str = ZENSICAL_CONFIG) -> Path:
    """The user's theme file plus briefgen's settings, as a config Zensical reads; returns its path.

    Paths that MkDocs resolves against the theme file's dir (``theme.custom_dir``,
    ``watch``) are made absolute, since the file lives elsewhere. ``hooks`` are left
    out: Zensical does not run them (``zensical_unsupported`` says so).
    """
    import yaml

    from .build import mkdocs_settings
    from .render.files import atomic_write

    theme = load_theme_file(config)
    theme.update(mkdocs_settings(config, theme))
    theme.pop("hooks", None)
    base = config.mkdocs_config.parent
    root = zensical_root(config)
    theme["docs_dir"] = os.path.relpath(config.generated_dir, root)  # Zensical 0.0.73 panics on absolute ones
    theme["site_dir"] = os.path.relpath(site_dir, root)
    if isinstance(theme.get("theme"), dict) and isinstance(theme["theme"].get("custom_dir"), str):
        theme["theme"]["custom_dir"] = str((base / theme["theme"]["custom_dir"]).resolve())
    if isinstance(theme.get("watch"), list):
        theme["watch"] = [str((base / w).resolve()) if isinstance(w, str) else w for w in theme["watch"]]
    path = root / name
    header = (
        f"# Written by briefgen for Zensical from {config.mkdocs_config}: edit that file, not this one.\n"
        "# Rewritten on every build: briefgen's nav and not_in_nav added, paths rewritten for this dir.\n"
    )
    # yaml.dump (not safe_dump): the theme file may hold !!python/name tags (emoji functions).
    text = header + yaml.dump(theme, allow_unicode=True, sort_keys=False)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:  # serve: an unchanged file rebuilds nothing
        atomic_write(path, text)
    return path


def _zensical_build(config: SiteConfig, out_dir: Path) -> list[str]:
    """``zensical build`` in a child process (its Rust runtime prints and may exit), into ``out_dir``.

    Zensical requires the output inside its config file's dir: it builds into
    ``.zensical-out`` there, which then becomes ``out_dir``. The name is fixed so the
    generated config is the same from one build to the next, and Zensical's cache of
    rendered pages is reused: it writes every page again into the emptied dir, at
    about half the CPU time of a first build.
    """
    _require_zensical()
    root = zensical_root(config)
    root.mkdir(parents=True, exist_ok=True)
    inner = root / ".zensical-out"
    shutil.rmtree(inner, ignore_errors=True)  # left by a killed build
    try:
        config_file = write_zensical_config(config, inner)
        done = subprocess.run(
            [sys.executable, "-m", "zensical", "build", "-f", str(config_file)],
            cwd=config.mkdocs_config.parent,  # as MkDocs: snippets and the like resolve from the theme file's dir
            capture_output=True,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},  # the convention, for a version that honours it
        )
        warnings = zensical_warnings(done.stderr)
        if done.returncode != 0 or not (inner / "index.html").is_file():
            message = ANSI.sub("", done.stderr or done.stdout).strip().splitlines()
            raise BriefgenError(
                f"Zensical failed: {message[-1] if message else f'exit status {done.returncode}'}",
                path=config.mkdocs_config,
            )
        _move_into(inner, out_dir)
    finally:
        shutil.rmtree(inner, ignore_errors=True)
    return warnings


def zensical_warnings(stderr: str) -> list[str]:
    """Zensical's own report, one warning per issue: ``Zensical: page.md:5:8: page does not exist``.

    Zensical 0.0.73 prints each issue as a ``Warning: …`` (or ``Error: …``) line and a
    drawn excerpt whose first frame line holds ``[ page.md:line:col ]``; it colours it even
    into a pipe (NO_COLOR is not honoured), so colour codes are dropped first. Text that
    is not in that shape is passed on to stderr whole, not lost.
    """
    text = ANSI.sub("", stderr)
    warnings: list[str] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        head = re.match(r"(Warning|Error): (.+)", line.strip())
        if head is None:
            continue
        where = next((m.group(1) for m in map(LOCATION.search, lines[i + 1 : i + 3]) if m), None)
        warnings.append(f"Zensical: {where + ': ' if where else ''}{head.group(2).strip()}")
    rest = text.strip()
    if not warnings and rest and "No issues found" not in rest:
        print(rest, file=sys.stderr)
    return warnings


def _move_into(source: Path, target: Path) -> None:
    """Make the empty dir ``target`` hold what ``source`` holds: a rename on one disk, else a copy."""
    try:
        os.rename(source, target)  # replaces an empty directory
    except OSError:
        shutil.copytree(source, target, dirs_exist_ok=True)


def zensical_unsupported(theme: dict) -> list[str]:
    """Every setting of the theme file that Zensical would ignore, each named once."""
    problems: list[str] = []
    hooks = theme.get("hooks") or []
    if hooks:
        names = ", ".join(str(h) for h in (hooks if isinstance(hooks, list) else [hooks]))
        problems.append(f"MkDocs hooks are not run ({names})")
    known = _zensical_plugins() or {}
    for name, options in _plugins(theme.get("plugins")) if known else []:
        canonical = name.removeprefix("material/").split("/", 1)[0]
        if canonical not in known:
            problems.append(f"plugin '{name}' is not supported and is skipped")
            continue
        for option in known[canonical]:
            if option in options:
                problems.append(f"option '{option}' of plugin '{name}' is ignored")
    theme_settings = theme.get("theme") if isinstance(theme.get("theme"), dict) else {}
    if theme_settings.get("name", "material") in ("material", "zensical", None):
        words = _zensical_theme_words()
        for feature in theme_settings.get("features") or []:
            if isinstance(feature, str) and feature not in words:
                problems.append(f"theme feature '{feature}' is not implemented by its theme")
    for extension in _extension_names(theme.get("markdown_extensions")):
        if not _extension_available(extension):
            problems.append(f"Markdown extension '{extension}' cannot be loaded")
    return problems


def _plugins(value: Any) -> list[tuple[str, dict]]:
    """(name, options) of each plugin, from either MkDocs spelling (list or mapping)."""
    if isinstance(value, dict):
        items = list(value.items())
    else:
        items = [next(iter(p.items())) if isinstance(p, dict) else (p, {}) for p in value or []]
    return [(str(name), options if isinstance(options, dict) else {}) for name, options in items]


def _extension_names(value: Any) -> list[str]:
    """Extension names from a list (mkdocs.yml) or a mapping, whose ``pymdownx``/``zensical`` keys
    nest their extensions (zensical.toml: ``pymdownx.details = {}``), as Zensical reads them."""
    if not isinstance(value, dict):
        return [str(next(iter(e))) if isinstance(e, dict) else str(e) for e in value or []]
    names: list[str] = []
    for key, options in value.items():
        if key in ("pymdownx", "zensical") and isinstance(options, dict):
            for sub, sub_options in options.items():
                nested = sub in ("blocks", "extensions") and isinstance(sub_options, dict)
                names += [f"{key}.{sub}.{leaf}" for leaf in sub_options] if nested else [f"{key}.{sub}"]
        else:
            names.append(str(key))
    return names


def _extension_available(name: str) -> bool:
    """As Zensical resolves it: Material's extension namespace is read as Zensical's."""
    name = name.replace("material.extensions", "zensical.extensions").replace("materialx", "zensical.extensions")
    module = name.split(":", 1)[0]
    candidates = [module] if "." in module else [f"markdown.extensions.{module}", module]
    for candidate in candidates:
        try:
            if importlib.util.find_spec(candidate) is not None:
                return True
        except (ImportError, ValueError):
            continue
    return False


@functools.cache
def _zensical_plugins() -> dict[str, tuple[str, ...]] | None:
    """The MkDocs plugins Zensical knows, each with the options it ignores (its own table)."""
    try:
        from zensical import config as zconfig
    except ImportError:
        return None
    table = getattr(zconfig, "_PLUGIN_UNSUPPORTED_OPTIONS", None)
    return dict(table) if isinstance(table, dict) else None


@functools.cache
def _zensical_theme_words() -> frozenset[str]:
    """Every feature-like word its theme's templates and scripts mention: a feature never mentioned does nothing."""
    spec = importlib.util.find_spec("zensical")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    templates = Path(next(iter(spec.submodule_search_locations))) / "templates"
    words: set[str] = set()
    for path in templates.rglob("*"):
        if path.suffix in (".html", ".js") and path.is_file():
            words.update(re.findall(r"[a-z]+(?:\.[a-z]+)+", path.read_text(encoding="utf-8", errors="replace")))
    return frozenset(words)
