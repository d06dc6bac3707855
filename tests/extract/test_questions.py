"""Gold passages for open questions."""

from __future__ import annotations

import pytest

from briefgen.extract.questions import extract_questions

GOLD = [
    ("Une présidentielle sous tension, vers un second tour ?\n\nLe scrutin a lieu dimanche.",
     [("Une présidentielle sous tension, vers un second tour ?", "direct", False)]),
    ("Titre\n\nLe rapport soulève une question : qui financera la reconstruction ?",
     [("qui financera la reconstruction ?", "direct", False)]),
    ("Titre\n\n## Quel avenir pour la filière ?\n\nLes usines ferment.".replace("## ", ""),
     [("Quel avenir pour la filière ?", "direct", False)]),
    ("Titre\n\nReste à savoir si le cessez-le-feu tiendra au-delà de l'hiver.",
     [("Reste à savoir si le cessez-le-feu tiendra au-delà de l'hiver", "indirect", False)]),
    ("Titre\n\nPour l'heure, on ignore encore combien de victimes sont à déplorer.",
     [("on ignore encore combien de victimes sont à déplorer", "indirect", False)]),
    ("Titre\n\nNul ne sait quand les négociations reprendront.",
     [("Nul ne sait quand les négociations reprendront", "indirect", False)]),
    ("Titre\n\n« Que faire de plus ? Nous avons tout essayé », a lancé le maire.",
     [("Que faire de plus ?", "direct", True)]),
    ("Titre\n\nLe ministre a parlé de « la question de savoir si l'aide suffit », sans conclure.", []),
    ("Titre\n\nLes prix ont baissé de 3 %. La demande reste forte.", []),
    ("Titre\n\nLes agriculteurs se demandent : jusqu'à quand tiendront-ils ?",
     [("jusqu'à quand tiendront-ils ?", "direct", False)]),
]


@pytest.mark.parametrize("passage, expected", GOLD, ids=[g[0][:40] for g in GOLD])
def test_gold_passages(parse, passage, expected):
    questions = extract_questions(parse(passage), lang="fr")
    assert [(q.text, q.kind, q.in_quote) for q in questions] == expected
    for question in questions:
        assert question.sentence in passage
