from briefgen.plaintext import article_text, body_blocks


def test_markdown_becomes_blocks_of_plain_text():
    body = "## Un *titre*\n\nUn [lien](http://x.org) et du **gras**.\n\n- un\n- deux\n\n```\ncode()\n```\n\n<script>alert(1)</script>\n"
    assert body_blocks(body) == ["Un titre", "Un lien et du gras.", "un", "deux"]


def test_article_text_starts_with_the_title():
    assert article_text("Le  titre ?", "Texte.").split("\n\n") == ["Le titre ?", "Texte."]
