"""Fixtures of the extraction tests."""

from __future__ import annotations

import pytest

from briefgen.extract.figures import extract_figures


@pytest.fixture(scope="session")
def abouts(parse):
    """The `about` of each figure of an invented passage (title block first), by value."""

    def _abouts(text: str) -> dict:
        return {f.value: f.about for f in extract_figures(parse(text), [], lang="fr")}

    return _abouts
