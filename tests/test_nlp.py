from briefgen.nlp import normalise
from tests.conftest import MODEL


def test_normalise_folds_typography_and_keeps_offsets():
    text = "L’Institut a dit « 12\u202f000 soldats » ﬁn"
    norm = normalise(text)
    assert norm.text == "L'Institut a dit « 12 000 soldats » fin"
    start = norm.text.index("fin")
    assert text[slice(*norm.to_original(start, start + 3))] == "ﬁn"
    assert text[slice(*norm.to_original(0, 10))] == "L’Institut"


def test_blank_line_ends_a_sentence(parse):
    parsed = parse("Un titre sans point\n\nLe président a parlé. Il a tout dit.")
    sentences = [parsed.span_text(s).strip() for s in parsed.doc.sents]
    assert sentences[0] == "Un titre sans point"
    assert "Le président a parlé." in sentences


def test_sentences_are_the_original_text(parse):
    text = "Titre\n\nL’armée a envoyé 12\u00a0000 soldats jusqu’à la frontière."
    parsed = parse(text)
    for sent in parsed.doc.sents:
        assert parsed.span_text(sent) in text


def test_chunks_join_back_exactly_and_cut_at_paragraphs():
    from briefgen.nlp import chunks

    text = "\n\n".join(f"Phrase numéro {i}. Une autre phrase." for i in range(200))
    pieces = chunks(text, 300)
    assert "".join(pieces) == text and all(len(p) <= 300 for p in pieces) and len(pieces) > 10
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    assert "".join(chunks("x" * 1000, 300)) == "x" * 1000  # no break at all: still bounded


def test_a_long_text_is_parsed_in_chunks_into_one_doc(nlp):
    from briefgen.nlp import CHUNK_CHARS, parse_texts

    paragraph = "Le conseil de Lyon a voté 3 millions d'euros, selon Jean Dupont. « Nous avançons », a-t-il dit.\n\n"
    text = paragraph * (2 * CHUNK_CHARS // len(paragraph) + 1)
    parsed = next(iter(parse_texts([text], MODEL)))
    assert parsed.doc.text == parsed.norm.text == text
    starts = {s.start_char for s in parsed.doc.sents}
    assert set(range(0, len(text), len(paragraph))) <= starts  # every paragraph, across chunks
    assert parsed.doc[-5].dep_ and parsed.doc.ents  # the joined Doc keeps parse and entities


def test_only_a_final_stop_or_a_blank_line_ends_a_sentence(parse):
    """The small parser cut "L'entraîneur lyonnais | Paulo | Fonseca s'est dit…" into three sentences."""
    parsed = parse(
        "Football\n\nL'entraîneur lyonnais Paulo Fonseca s'est dit « fier de ses joueurs ». "
        "« Nous ne céderons pas ! » Puis il est parti."
    )
    sents = [s.text.strip() for s in parsed.doc.sents if s.text.strip()]
    assert sents == [
        "Football",
        "L'entraîneur lyonnais Paulo Fonseca s'est dit « fier de ses joueurs ».",
        "« Nous ne céderons pas ! »",
        "Puis il est parti.",
    ]


def test_sentence_of_a_token_or_span_comes_from_the_index(parse):
    """Token.sent and Span.sent answer from the index of sentence starts, as spaCy's scan would."""
    parsed = parse(
        "Bilan des crues\n\nLe fleuve a monté de deux mètres. Les pompiers ont évacué 300 personnes. "
        "« Nous restons mobilisés », a dit le préfet.\n\nLa décrue est attendue lundi."
    )
    doc = parsed.doc
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    sentences = list(doc.sents)
    for token in doc:
        want = next(s for s in sentences if s.start <= token.i < s.end)
        assert (token.sent.start, token.sent.end) == (want.start, want.end)
        span = doc[token.i : min(token.i + 2, want.end)]
        assert (span.sent.start, span.sent.end) == (want.start, want.end)


def test_a_closing_quote_glued_to_the_next_word_gets_its_space_back():
    """'“… d’euros”indique Inès Papin': the tokenizer would read «”indique» as one token; the space comes
    back in the normalised copy, and maps to the quote's own offset in the original."""
    from briefgen.nlp import normalise

    text = "“La valeur dépasse un million”indique Inès Papin, « oui »non."
    norm = normalise(text)
    assert "” indique" in norm.text and "» non" in norm.text
    start = norm.text.index("indique")
    assert text[slice(*norm.to_original(start, start + len("indique")))] == "indique"


def test_a_dateline_glued_to_the_first_word_by_a_hyphen_is_cut_off_it(parse):
    """ "(24hinfo)-Le leader de l'opposition regrette …": the tokenizer would read one token "24hinfo)-Le";
    the hyphen is a space in the normalised copy (one character for one: the offsets hold), and the
    leader is the sentence's noun. "Jean-Pierre" keeps its hyphen."""
    from briefgen.nlp import normalise

    text = "(24hinfo)-Le leader de l'opposition, Jean-Pierre Fabre, regrette la décision."
    norm = normalise(text)
    assert norm.text.startswith("(24hinfo) Le leader") and "Jean-Pierre" in norm.text
    assert len(norm.text) == len(text)
    parsed = parse(f"Législatives\n\n{text}")
    assert any(t.text == "Le" for t in parsed.doc)


def test_an_elided_word_before_a_quotation_mark_is_one_token(parse):
    """ "d'« erreur historique »", 'd'"anomalie"': the tokenizer cut "d" and "'" apart before a quotation
    mark (the tagger made the letter a noun), and read a straight quote glued after the apostrophe as
    part of one token; the elided word is its own token, the quotation mark another."""
    from briefgen.nlp import normalise

    text = "Elle a qualifié la présence d'\"anomalie démocratique\" et la décision d’« erreur » qu'« il faut réparer »."
    norm = normalise(text)
    assert "d' \"anomalie" in norm.text
    start = norm.text.index('"anomalie')
    assert text[slice(*norm.to_original(start, start + 1))] == '"'
    words = [t.text for t in parse(f"Motion de censure\n\n{text}").doc]
    for elided, mark in (("d'", '"'), ("d'", "«"), ("qu'", "«")):
        assert any(a == elided and b == mark for a, b in zip(words, words[1:])), words
