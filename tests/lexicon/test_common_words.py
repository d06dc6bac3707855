"""The language's common words, from the model's lemmatizer tables."""

from __future__ import annotations

import pytest

from briefgen.lexicon.common_words import is_common_word


@pytest.mark.parametrize("word", ["Etat", "Ecole", "Election", "État", "Sinon"])
def test_a_capital_left_unaccented_is_the_accented_common_word(word):
    assert is_common_word(word, "fr")


@pytest.mark.parametrize("word", ["Emmanuel", "Etienne", "Edouard", "Ankara"])
def test_names_stay_names(word):
    assert not is_common_word(word, "fr")
