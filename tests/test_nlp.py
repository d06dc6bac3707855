from briefgen.nlp import normalise


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
