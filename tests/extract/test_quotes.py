"""Quotation spans: pairing marks, nesting, paragraphs (no model needed)."""

from __future__ import annotations

from briefgen.extract.quotes import clean_words, find_quotes


def inner(text: str) -> list[str]:
    return [clean_words(text[q.inner_start : q.inner_end]) for q in find_quotes(text)]


def test_french_guillemets_drop_their_inner_spaces():
    assert inner("Il a dit : « Nous resterons. » Puis il est parti.") == ["Nous resterons."]


def test_curly_and_straight_quotes():
    assert inner('Elle parle d\'une “crise grave” et d\'une "faute lourde".') == ["crise grave", "faute lourde"]


def test_straight_quotes_pair_by_position_within_a_paragraph():
    assert inner('"Un" et "deux" puis "trois') == ["Un", "deux"]
    assert inner('"ouvert\n\nfermé"') == []


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "« Il m'a dit “jamais” et « plus tard », voilà tout »"
    assert inner(text) == ["Il m'a dit “jamais” et « plus tard », voilà tout"]


def test_quote_continued_in_the_next_paragraph():
    text = "Il a conclu : « Premier paragraphe.\n\n« Second paragraphe. » Fin."
    assert inner(text) == ["Premier paragraphe.\n\nSecond paragraphe."]


def test_unclosed_quote_is_not_a_quotation():
    assert inner("Il a dit « rien de plus.\n\nAutre paragraphe sans guillemet.") == []


def test_a_quote_left_open_before_another_quotes_its_first_sentence_only():
    text = "Il a reconnu que « les choses vont bien. En effet, le club paiera. « Donc tout est assuré », a-t-il dit."
    assert inner(text) == ["les choses vont bien", "Donc tout est assuré"]


def test_a_closing_mark_typed_the_wrong_way_round_closes_the_quote():
    text = "« Colère après cette décision ! Notre pensée va aux victimes !« , réagit le syndicat."
    assert inner(text) == ["Colère après cette décision ! Notre pensée va aux victimes !"]


def test_offsets_cover_the_marks():
    text = "a « b c » d"
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "« b c »"
    assert text[quote.inner_start : quote.inner_end] == "b c"


def test_guillemets_typed_the_wrong_way_round_pair():
    text = "Il a parlé.  »  Nous ferons appel de ce jugement. Nous irons jusqu'au bout « , a dit l'avocat."
    assert inner(text) == ["Nous ferons appel de ce jugement. Nous irons jusqu'au bout"]


def test_a_closing_guillemet_before_lower_case_words_opens_nothing():
    assert inner("fin de citation » puis le récit « reprend ici") == []


def test_a_closing_guillemet_opening_a_quote_closed_the_usual_way():
    text = "Fin du paragraphe.\n\n»Au niveau rouge, toute la population doit faire attention », a précisé le ministre."
    assert inner(text) == ["Au niveau rouge, toute la population doit faire attention"]
