"""A large pattern read back from the regex cache matches exactly what ``re`` compiles."""

from __future__ import annotations

import re

import pytest

from briefgen import regex_cache
from briefgen.regex_cache import MIN_CHARS, cached_regex_compilation

pytestmark = pytest.mark.skipif(not hasattr(re, "_compiler"), reason="the cache needs Python 3.11's re._compiler")

# Hyphenated words kept whole, like spaCy's French token_match, long enough to go through the cache.
WORDS = [f"mot{i}-(?:t-)?(?P<g{i}>il|elle)" if i % 50 == 0 else f"arc{i}-en-ciel{i}" for i in range(400)]
PATTERN = "(?iu)" + "|".join(f"(?:{w})" for w in WORDS)
SAMPLES = ["ARC7-en-ciel7", "mot50-t-elle", "mot100-il", "arc7-en-ciel8", "peut-être", "mot49-il"]


def _compiled(tmp_path):
    re.purge()  # re's own cache would answer before the compiler is called
    with cached_regex_compilation(tmp_path):
        return re.compile(PATTERN)


def test_cached_pattern_matches_like_a_fresh_one(tmp_path):
    assert len(PATTERN) >= MIN_CHARS
    reference = re.compile(PATTERN)
    first = _compiled(tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == 1
    second = _compiled(tmp_path)  # read back from the entry
    for pattern in (first, second):
        assert pattern.groupindex == reference.groupindex and pattern.flags == reference.flags
        for sample in SAMPLES:
            got, want = pattern.match(sample), reference.match(sample)
            assert (got and (got.group(), got.groupdict())) == (want and (want.group(), want.groupdict()))


def test_a_corrupt_entry_is_compiled_again_and_rewritten(tmp_path):
    _compiled(tmp_path)
    [entry] = tmp_path.glob("*.json")
    entry.write_text("[0, [1, 2, 3], 0, {}, []]", encoding="utf-8")  # code _sre refuses
    assert _compiled(tmp_path).match("arc3-en-ciel3")
    assert len(entry.read_text(encoding="utf-8")) > 1000


def test_small_patterns_and_an_empty_setting_leave_re_alone(tmp_path, monkeypatch):
    with cached_regex_compilation(tmp_path):
        re.compile("petit-motif-" + "x" * 10)
    assert not list(tmp_path.iterdir())
    monkeypatch.setenv("BRIEFGEN_REGEX_CACHE", "")
    assert regex_cache.cache_dir() is None
