"""The extraction cache: a brief is re-extracted only when something it depends on changed.

Parsing is most of a build's time, and most builds change one article. A brief
depends on the loaded article (every field that reaches it), on briefgen's
extraction rules and on the spaCy model, so the key hashes all three. The model's
version is read from its installed package metadata, not from ``nlp.meta``, so
that a build whose briefs are all cached never loads spaCy at all.

Each entry is one JSON file holding exactly ``Brief.to_json()``, written through
a temporary file and ``os.replace``: two builds sharing the cache (or shards of
``briefgen extract`` run in parallel) at worst write the same bytes twice, and a
reader never sees half a file. An unreadable entry is a miss and is rewritten.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
from functools import cache
from pathlib import Path

from . import __version__
from .brief import Brief
from .content import Article
from .files import atomic_write

log = logging.getLogger("briefgen")

# Bump when extraction changes in a way the fingerprint below cannot see
# (e.g. a new dependency's behaviour); source and data edits are seen already.
RULES_VERSION = 1

# What a brief is computed from, besides the article: editing any of these files
# invalidates the cache, so nobody has to remember to bump RULES_VERSION.
_PACKAGE = Path(__file__).resolve().parent
_RULE_FILES = ("extract/**/*.py", "data/*.yml", "lexicon/*.py", "nlp.py", "plaintext.py", "brief.py")


@cache
def rules_fingerprint() -> str:
    digest = hashlib.sha256(f"{__version__}\x1f{RULES_VERSION}".encode())
    for pattern in _RULE_FILES:
        for path in sorted(_PACKAGE.glob(pattern)):
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\x00")
            digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def model_version(model: str) -> str | None:
    """The installed version of a spaCy model package, without loading it.

    A model given as a directory is versioned by its meta.json. None when it
    cannot be told: then its briefs are not cached, rather than cached wrongly.
    """
    for name in (model, model.replace("_", "-"), model.replace("-", "_")):
        try:
            return importlib.metadata.version(name)
        except (importlib.metadata.PackageNotFoundError, ValueError):
            continue
    meta = Path(model) / "meta.json"
    try:
        return str(json.loads(meta.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def article_fingerprint(article: Article) -> str:
    """Hash of every field of the loaded article that reaches its brief (not its path)."""
    fields = {
        "slug": article.slug,
        "title": article.title,
        "body": article.body,
        "lang": article.lang,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "author": article.author,
        "tags": list(article.tags),
        "summary": article.summary,
    }
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


class BriefCache:
    """Briefs on disk under ``root``, one file per key; counts hits and misses for reports."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.hits = 0
        self.misses = 0

    def key(self, article: Article, model: str) -> str | None:
        version = model_version(model)
        if version is None:
            return None
        material = "\x1f".join((rules_fingerprint(), model, version, article_fingerprint(article)))
        return hashlib.sha256(material.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str | None) -> Brief | None:
        if key is None:
            self.misses += 1
            return None
        path = self._path(key)
        try:
            brief = Brief.from_json(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            brief = None
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.info("ignoring unreadable cache entry %s (%s); it will be rewritten", path, err)
            brief = None
        if brief is None:
            self.misses += 1
        else:
            self.hits += 1
        return brief

    def put(self, key: str | None, brief: Brief) -> None:
        if key is None:
            return
        path = self._path(key)
        text = json.dumps(brief.to_json(), ensure_ascii=False, indent=1)
        try:
            atomic_write(path, text)
        except OSError as err:
            # A read-only or full disk costs speed, never the build.
            log.warning("could not write the extraction cache %s: %s", path, err)
