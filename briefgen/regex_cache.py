"""Large regular expressions compiled once per machine, not once per process: most of a model load.

Importing spaCy's French language data compiles one very large regular expression: the
tokenizer's ``token_match``, an alternation of the hyphenated and elided forms it keeps whole
("peut-être", "arc-en-ciel", "aujourd'hui"…). Python's ``re`` parses and compiles it in pure
Python: about 3.3 s of a 5 s model load on a quiet core, paid by every ``briefgen build`` and by
every extraction worker. What ``re`` compiles a pattern to is a list of integers that
``_sre.compile`` turns into the pattern object (and validates); this module stores that list on
disk, per Python version and pattern, and hands it back on the next load. spaCy's own pattern
is used unchanged, and whatever goes wrong (another Python, a corrupt or unwritable cache) falls
back to compiling as usual.

The cache is JSON (integers and names, never pickled objects) under ``$BRIEFGEN_REGEX_CACHE``,
else ``$XDG_CACHE_HOME/briefgen/regex`` or ``~/.cache/briefgen/regex``; an empty
``BRIEFGEN_REGEX_CACHE`` turns it off. Only patterns of ``MIN_CHARS`` or more go through it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .files import atomic_write

log = logging.getLogger("briefgen")

MIN_CHARS = 2_000
_LOCK = threading.RLock()


def cache_dir() -> Path | None:
    """Where compiled patterns are kept, or None when the cache is turned off."""
    configured = os.environ.get("BRIEFGEN_REGEX_CACHE")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "briefgen" / "regex"


def _entry(directory: Path, pattern: str, flags: int) -> Path:
    import _sre

    material = f"{sys.version}\x1f{_sre.MAGIC}\x1f{flags}\x1f{pattern}"
    return directory / f"{hashlib.sha256(material.encode('utf-8', 'surrogatepass')).hexdigest()}.json"


def _compile_and_store(compiler, original, pattern: str, flags: int, path: Path):
    """Compile as ``re._compiler.compile`` does, keeping the arguments it hands to ``_sre.compile``."""
    import _sre

    parsed = re._parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    args = [flags | parsed.state.flags, list(code), parsed.state.groups - 1, groupindex, indexgroup]
    compiled = _sre.compile(pattern, args[0], args[1], args[2], groupindex, tuple(indexgroup))
    try:
        atomic_write(path, json.dumps(args, separators=(",", ":")))
    except OSError as err:  # a read-only home costs the next load its time, nothing else
        log.debug("could not store a compiled pattern in %s: %s", path.parent, err)
    return compiled


@contextmanager
def cached_regex_compilation(directory: Path | None = None) -> Iterator[None]:
    """Within this block, large patterns compiled by ``re`` are read from (and written to) the cache."""
    directory = directory if directory is not None else cache_dir()
    compiler = getattr(re, "_compiler", None)  # Python 3.11+; older ones compile as usual
    if directory is None or compiler is None or not hasattr(compiler, "_code") or not hasattr(re, "_parser"):
        yield
        return
    with _LOCK:
        original = compiler.compile

        def compile(pattern, flags=0):
            if not isinstance(pattern, str) or len(pattern) < MIN_CHARS or flags & re.DEBUG:
                return original(pattern, flags)
            import _sre

            path = _entry(directory, pattern, flags)
            try:
                stored_flags, code, groups, groupindex, indexgroup = json.loads(path.read_text(encoding="utf-8"))
                return _sre.compile(pattern, stored_flags, code, groups, groupindex, tuple(indexgroup))
            except FileNotFoundError:
                pass
            except Exception as err:  # noqa: BLE001 - a bad entry is compiled again and rewritten
                log.debug("ignoring compiled pattern %s (%s)", path, err)
            try:
                return _compile_and_store(compiler, original, pattern, flags, path)
            except Exception as err:  # noqa: BLE001 - re's internals changed: compile as re does
                log.debug("compiling without the regex cache (%s)", err)
                return original(pattern, flags)

        compiler.compile = compile
        try:
            yield
        finally:
            compiler.compile = original
