"""briefgen/data: the reviewed word lists load as words."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from briefgen.data import WordsLoader, load_data

NAMES = sorted(p.name[: -len(".yml")] for p in resources.files("briefgen.data").iterdir() if p.name.endswith(".yml"))


def _booleans_in_lists(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _booleans_in_lists(value, (*path, str(key)))
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool):
                yield "/".join(path)
            yield from _booleans_in_lists(item, path)


@pytest.mark.parametrize("name", NAMES)
def test_no_word_of_a_list_is_read_as_a_boolean(name):
    assert list(_booleans_in_lists(load_data(name))) == []


def test_the_words_yaml_1_1_took_for_booleans_stay_words():
    text = "subjects: [on, off, yes, no, y, n, On]\nflag: true\nother: False\n"
    assert yaml.load(text, Loader=WordsLoader) == {
        "subjects": ["on", "off", "yes", "no", "y", "n", "On"],
        "flag": True,
        "other": False,
    }
    # the lists that had lost a word: French "on" in the stance conditions, English "on" and "no"
    assert "on" in load_data("stance")["fr"]["condition"]["subjects"]
    assert "on" in load_data("grammar")["en"]["place_prepositions"]
