from briefgen.brief import Reaction
from briefgen.render.statements import country_rows, stance_line, stances_used, statements

from .conftest import make_brief

SAID = "« Ces frappes sont inacceptables », a dit la ministre, « elles doivent cesser »."


def _r(quote, speaker="Anna Blanc", sentence=SAID, **kw):
    return Reaction(speaker=speaker, quote=quote, kind="direct", sentence=sentence, **kw)


def test_fragments_of_one_sentence_by_one_speaker_are_one_statement():
    joined = statements(
        [
            _r("Ces frappes sont inacceptables", country="France", confidence=0.9),
            _r("elles doivent cesser", stance="condemn", confidence=0.4),
            _r("Nous attendrons", sentence="Autre phrase."),
        ]
    )
    assert [s.quote for s in joined] == ["Ces frappes sont inacceptables … elles doivent cesser", "Nous attendrons"]
    first = joined[0]
    assert first.stance == "condemn" and first.country == "France" and len(first.ids) == 2
    assert first.confidence == 0.4 and first.uncertain  # a doubt on one fragment is a doubt on the whole


def test_unknown_speakers_are_never_joined():
    joined = statements([_r("un", speaker=None), _r("deux", speaker=None)])
    assert [s.quote for s in joined] == ["un", "deux"]


def test_the_stance_line_names_countries_else_speakers_once_each_in_stance_order():
    said = statements(
        [
            _r("a", sentence="1", stance="call", country="Chine", speaker="Wang Yi"),
            _r("b", sentence="2", stance="condemn", country="France"),
            _r("c", sentence="3", stance="condemn", country="France", speaker="Jean Noir"),
            _r("d", sentence="4", stance="condemn", speaker="Amnesty International", group="organisation"),
            _r("e", sentence="5", stance="statement", country="Kenya"),
        ]
    )
    assert stance_line(said) == [("condemn", ["France", "Amnesty International"]), ("call", ["Chine"])]


def test_country_rows_count_stances_and_pick_the_dominant_one():
    brief = make_brief()
    said = statements(
        [
            _r("a", sentence="1", stance="condemn", country="Corée du Sud"),
            _r("b", sentence="2", stance="call", country="Corée du Sud", speaker="X"),
            _r("c", sentence="3", stance="call", country="Corée du Sud", speaker="Y"),
            _r("d", sentence="4", country="Kenya"),
            _r("e", sentence="5", stance="support", group="expert"),
        ]
    )
    rows = country_rows([(brief, s) for s in said])
    assert [(r.name, r.code, r.anchor) for r in rows] == [("Corée du Sud", "KR", "pays-kr"), ("Kenya", "KE", "pays-ke")]
    korea, kenya = rows
    assert korea.counts == {"call": 2, "condemn": 1} and korea.dominant == "call" and korea.flag == "🇰🇷"
    assert kenya.dominant == "statement"
    assert stances_used(rows) == ["condemn", "call", "statement"]


def test_a_tie_goes_to_the_stronger_stance():
    said = statements(
        [
            _r("a", sentence="1", stance="call", country="Chine"),
            _r("b", sentence="2", stance="condemn", country="Chine"),
        ]
    )
    assert country_rows([(make_brief(), s) for s in said])[0].dominant == "condemn"
