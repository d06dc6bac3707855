"""The gold passages' `parsed_by` key becomes a mark that tests/conftest.py skips under other models."""

from __future__ import annotations

from tests.extract.passages import passage_params


def test_a_case_names_the_models_whose_parse_it_reads():
    (marked, plain) = passage_params({"misread": {"parsed_by": ["fr_core_news_sm"]}, "any": {}})
    assert marked.values == ("misread",) and marked.id == "misread"
    assert [(m.name, m.args) for m in marked.marks] == [("parsed_by", ("fr_core_news_sm",))]
    assert not plain.marks


def test_a_list_of_cases_is_named_by_its_name_or_case_key():
    first, second = passage_params([{"name": "a"}, {"case": "b", "parsed_by": ["fr_core_news_md"]}])
    assert (first.id, second.id) == ("a", "b")
    assert first.values == ({"name": "a"},)
    assert second.marks[0].args == ("fr_core_news_md",)


def test_a_known_gap_names_its_model_and_its_reason():
    (gap,) = passage_params({"gap": {"fails_under": {"fr_core_news_md": "md hangs the name elsewhere"}}})
    assert [(m.name, m.args) for m in gap.marks] == [
        ("fails_under", ("fr_core_news_md", "md hangs the name elsewhere"))
    ]
