"""Corrections (content/<slug>.brief.yml): each operation, and every way one can fail loudly."""

from __future__ import annotations

from pathlib import Path

from briefgen.brief import Actor, Brief, Figure, Question, Reaction
from briefgen.content import load_article
from briefgen.corrections import (
    apply_corrections,
    check_corrections,
    correct_briefs,
    corrections_path,
    parse_corrections,
    review_hints,
)
from tests.conftest import MODEL

HERE = Path(__file__).parent / "editorial"


def sample_brief() -> Brief:
    """A brief like extraction makes one, about a port strike (no spaCy needed)."""
    laurent = Actor("Sophie Laurent", "person", role=None, country=None, aliases=["Laurent"], mentions=3)
    short = Actor("Mme Laurent", "person", role="secrétaire générale du syndicat", mentions=1)
    cgt = Actor("CGT", "organization", mentions=2)
    place = Actor("Grand Port maritime", "organization", mentions=1)
    return Brief(
        slug="greve-port",
        title="Grève au port",
        lang="fr",
        figures=[
            Figure(1200, "1 200 dockers", "dockers", "exact", "Quelque 1 200 dockers ont cessé le travail."),
            Figure(48, "48 heures", None, "exact", "La grève doit durer 48 heures.", claimed_by="Mme Laurent"),
        ],
        actors=[laurent, short, cgt, place],
        reactions=[
            Reaction(
                "Mme Laurent",
                "Nous ne céderons pas",
                "direct",
                "« Nous ne céderons pas », dit Mme Laurent.",
                role="secrétaire générale du syndicat",
            ),
            Reaction(
                None, "la direction refuse tout dialogue", "reported", "Selon elle, la direction refuse tout dialogue."
            ),
            Reaction(
                "CGT",
                "le mouvement sera suivi",
                "reported",
                "La CGT assure que le mouvement sera suivi.",
                confidence=0.3,
            ),
        ],
        questions=[Question("Combien de temps tiendra le port ?", "Combien de temps tiendra le port ?")],
    )


def apply(text: str, brief: Brief | None = None) -> tuple[Brief, list[str]]:
    corrections = parse_corrections(text, Path("content/greve-port.brief.yml"))
    corrected, stale = apply_corrections(brief or sample_brief(), corrections)
    return corrected, corrections.warnings + stale


def test_drop_by_id_and_by_text():
    brief = sample_brief()
    fig_id = brief.figures[1].id
    corrected, warnings = apply(f"drop: [{fig_id}, \"grand port  MARITIME\"]\n", brief)
    assert warnings == []
    assert [f.text for f in corrected.figures] == ["1 200 dockers"]
    assert "Grand Port maritime" not in [a.name for a in corrected.actors]
    assert len(brief.figures) == 2, "the extracted brief itself is left untouched"


def test_fix_sets_fields_marks_edited_and_speakers_follow():
    brief = sample_brief()
    corrected, warnings = apply(
        f"fix:\n  {brief.actors[0].id}: {{role: maire de Marseille, country: France}}\n"
        f"  \"48 heures\": {{what: heures de grève}}\n"
        f"  \"la direction refuse tout dialogue\": {{speaker: Sophie Laurent}}\n",
        brief,
    )
    assert warnings == []
    sophie = corrected.actors[0]
    assert (sophie.role, sophie.country, sophie.edited, sophie.id) == (
        "maire de Marseille",
        "France",
        True,
        brief.actors[0].id,
    )
    assert corrected.figures[1].what == "heures de grève" and corrected.figures[1].edited
    assert not corrected.figures[0].edited
    reported = corrected.reactions[1]
    assert reported.speaker == "Sophie Laurent" and reported.edited


def test_fix_renaming_an_actor_renames_its_reactions_and_claims():
    corrected, warnings = apply('fix:\n  "Mme Laurent": {name: Sophie Laurent-Vidal}\n')
    assert warnings == []
    assert corrected.reactions[0].speaker == "Sophie Laurent-Vidal"
    assert corrected.figures[1].claimed_by == "Sophie Laurent-Vidal"


def test_merge_combines_aliases_mentions_and_moves_reactions():
    brief = sample_brief()
    corrected, warnings = apply('merge:\n  - ["Laurent", "Mme Laurent"]\n', brief)
    assert warnings == []
    names = [a.name for a in corrected.actors]
    assert "Mme Laurent" not in names
    sophie = corrected.actors[0]
    assert sophie.name == "Sophie Laurent" and sophie.id == brief.actors[0].id
    assert sophie.aliases == ["Laurent", "Mme Laurent"]
    assert sophie.mentions == 4
    assert sophie.role == "secrétaire générale du syndicat" and sophie.edited
    assert corrected.reactions[0].speaker == "Sophie Laurent" and corrected.reactions[0].edited
    assert corrected.figures[1].claimed_by == "Sophie Laurent"


def test_fix_of_an_actor_merged_away_says_where_it_went():
    brief = sample_brief()
    corrected, warnings = apply(
        f'merge: [[Laurent, "Mme Laurent"]]\nfix:\n  {brief.actors[1].id}: {{country: France}}\n', brief
    )
    assert warnings == [
        f"content/greve-port.brief.yml:3: fix '{brief.actors[1].id}': this actor was merged into 'Sophie Laurent' above: fix that one instead"
    ]
    assert corrected.actors[0].country is None


def test_add_items_by_hand():
    corrected, warnings = apply(
        "add:\n"
        "  figures:\n"
        "    - {value: 3000, what: conteneurs, text: 3 000 conteneurs, sentence: Près de 3 000 conteneurs attendent.}\n"
        "  actors: [{name: Ministère des Transports, type: organization}]\n"
        "  reactions: [{speaker: Mme Laurent, quote: la grève est reconduite, kind: reported}]\n"
        "  questions: [{text: \"Qui paiera ?\"}]\n"
    )
    assert warnings == []
    added = corrected.figures[-1]
    assert (added.value, added.what, added.qualifier, added.edited) == (3000, "conteneurs", "exact", True)
    assert added.id.startswith("fig-")
    assert corrected.actors[-1].name == "Ministère des Transports" and corrected.actors[-1].edited
    added_reaction = corrected.reactions[-1]
    assert added_reaction.confidence == 1.0 and added_reaction.sentence == "la grève est reconduite"
    assert added_reaction.role == "secrétaire générale du syndicat", "a known speaker brings their role"
    assert corrected.questions[-1].text == "Qui paiera ?"


def test_stale_id_and_text_warn_with_line():
    corrected, warnings = apply("drop:\n  - fig-00000000\n  - un texte disparu\nfix:\n  act-12345678: {role: x}\n")
    assert warnings == [
        "content/greve-port.brief.yml:2: drop 'fig-00000000': no item has this id any more (stale correction?)",
        "content/greve-port.brief.yml:3: drop 'un texte disparu': no item has this text any more (stale correction?)",
        "content/greve-port.brief.yml:5: fix 'act-12345678': no item has this id any more (stale correction?)",
    ]
    assert corrected.to_json() == sample_brief().to_json()


def test_unknown_keys_and_wrong_types_warn_with_line():
    brief = sample_brief()
    _, warnings = apply(
        "dorp: [x]\n"
        f"fix:\n  {brief.actors[0].id}: {{rôle: maire, type: city}}\n"
        f"  {brief.figures[0].id}: {{value: beaucoup}}\n"
        "add:\n  figures: [{text: sans valeur}]\n  people: []\n"
        "merge: [[Sophie Laurent]]\n",
        brief,
    )
    text = "\n".join(warnings)
    assert "greve-port.brief.yml:1: unknown key 'dorp'" in text
    assert f"greve-port.brief.yml:3: fix '{brief.actors[0].id}': unknown actor field 'rôle'" in text
    assert (
        "greve-port.brief.yml:3: fix '" + brief.actors[0].id + "': 'type' must be one of person, organization, country"
        in text
    )
    assert "greve-port.brief.yml:4: fix '" + brief.figures[0].id + "': 'value' must be a number, got 'beaucoup'" in text
    assert "greve-port.brief.yml:6: add figures: missing value; item not added" in text
    assert "greve-port.brief.yml:7: add: unknown section 'people'" in text
    assert "greve-port.brief.yml:8: merge: each group is a list of two or more actors" in text


def test_ambiguous_text_and_wrong_field_for_the_kind_warn():
    brief = sample_brief()
    brief.questions.append(Question("1 200 dockers", "1 200 dockers ?"))
    _, warnings = apply('fix:\n  "1 200 dockers": {what: grévistes}\n  CGT: {what: syndicat}\n', brief)
    assert warnings[0].startswith("content/greve-port.brief.yml:2: fix '1 200 dockers': 2 items have this text")
    assert (
        warnings[1]
        == "content/greve-port.brief.yml:3: fix 'CGT': 'what' is not a field of actors, got 'syndicat' (ignored)"
    )


def test_bad_yaml_names_the_line_and_applies_nothing():
    corrected, warnings = apply("drop: [fig-1\nfix:\n  x: {a: 1}\n")
    assert len(warnings) == 1
    assert warnings[0].startswith("content/greve-port.brief.yml:")
    assert "not valid YAML" in warnings[0] and "no correction applied" in warnings[0]
    assert corrected.to_json() == sample_brief().to_json()


def test_merge_with_unknown_actor_warns_and_keeps_both():
    corrected, warnings = apply("merge: [[CGT, Force ouvrière]]\n")
    assert warnings == [
        "content/greve-port.brief.yml:1: merge 'Force ouvrière': no actor has this id or name; group not merged"
    ]
    assert len(corrected.actors) == 4


def test_edited_reaches_the_json_and_round_trips():
    corrected, _ = apply('fix:\n  "48 heures": {what: heures}\n')
    data = corrected.to_json()
    assert [f["edited"] for f in data["figures"]] == [False, True]
    assert Brief.from_json(data).figures[1].edited is True


def test_review_hints_name_what_to_check():
    hints = review_hints(sample_brief())
    brief = sample_brief()
    assert any(brief.figures[1].id in h and "no 'what'" in h for h in hints)
    assert any(brief.reactions[1].id in h and "no speaker" in h for h in hints)
    assert any(brief.reactions[2].id in h and "confidence 0.30" in h for h in hints)
    assert len(hints) == 3
    corrected, _ = apply('fix:\n  "48 heures": {what: heures}\n')
    assert len(review_hints(corrected)) == 2, "an item the editor fixed is no longer hinted"


def test_review_hints_flag_actor_without_type():
    brief = Brief("x", "x", "fr", actors=[Actor("Quelqu'un", "")])
    assert review_hints(brief) == [f"actor {brief.actors[0].id} Quelqu'un: no type (person, organization or country)"]


def test_sibling_file_is_found_and_checked(tmp_path):
    article_path = tmp_path / "greve-port.md"
    article_path.write_text("---\ntitle: Grève au port\n---\n\nTexte.\n", encoding="utf-8")
    article = load_article(article_path)
    assert corrections_path(article) == tmp_path / "greve-port.brief.yml"
    assert check_corrections(article) == []
    corrections_path(article).write_text("drop: [fig-00000000]\nfixe: {}\n", encoding="utf-8")
    without_brief = check_corrections(article)
    assert without_brief == [
        f"{tmp_path}/greve-port.brief.yml:2: unknown key 'fixe' (ignored); known: drop, merge, fix, add"
    ]
    with_brief = check_corrections(article, sample_brief())
    assert len(with_brief) == 2 and "stale correction" in with_brief[1]


def test_correct_briefs_returns_warnings_and_skips_failed_briefs(tmp_path):
    article_path = tmp_path / "greve-port.md"
    article_path.write_text("---\ntitle: Grève au port\n---\n\nTexte.\n", encoding="utf-8")
    (tmp_path / "greve-port.brief.yml").write_text('drop: ["48 heures", absent]\n', encoding="utf-8")
    article = load_article(article_path)
    corrected, warnings = correct_briefs([article, article], [sample_brief(), None])
    assert corrected[1] is None
    assert [f.text for f in corrected[0].figures] == ["1 200 dockers"]
    assert warnings == [
        f"{tmp_path}/greve-port.brief.yml:1: drop 'absent': no item has this text any more (stale correction?)"
    ]


def test_corrections_apply_after_extraction_and_cache(nlp, tmp_path):
    """End to end: the sibling file changes `extract`'s output; the cache keeps the raw brief."""
    from briefgen.cache import BriefCache
    from briefgen.pipeline import corrected_briefs, extract_articles

    (tmp_path / "greve-port.md").write_bytes((HERE / "greve-port.md").read_bytes())
    article = load_article(tmp_path / "greve-port.md")
    raw, _ = extract_articles([article], lambda lang: MODEL)
    assert raw[0] is not None
    (tmp_path / "greve-port.brief.yml").write_text(
        f"drop: [{raw[0].figures[0].id}]\nadd:\n  questions: [{{text: \"La grève durera-t-elle ?\"}}]\n",
        encoding="utf-8",
    )
    cache = BriefCache(tmp_path / "cache")
    for _ in range(2):  # a miss, then a hit: corrections apply both times, and only on top of the cache
        briefs, errors, warnings = corrected_briefs([article], lambda lang: MODEL, cache=cache)
        assert errors == [] and warnings == []
        assert [f.id for f in briefs[0].figures] == [f.id for f in raw[0].figures[1:]]
        assert briefs[0].questions[-1].text == "La grève durera-t-elle ?" and briefs[0].questions[-1].edited
    assert (cache.misses, cache.hits) == (1, 1)


def _project(tmp_path: Path, monkeypatch, corrections: str) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "greve-port.md").write_bytes((HERE / "greve-port.md").read_bytes())
    (tmp_path / "content" / "greve-port.brief.yml").write_text(corrections, encoding="utf-8")
    return tmp_path


def test_check_reports_correction_problems_without_extracting(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from briefgen.cli import main

    _project(tmp_path, monkeypatch, "drop: [fig-00000000]\nfix:\n  act-00000000: {rang: 2}\n")
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert (
        f"warning: {tmp_path}/content/greve-port.brief.yml:3: fix 'act-00000000': unknown actor field 'rang'"
        in result.output
    )
    assert "stale" not in result.output, "whether an id still matches needs the brief (--hints)"
    assert "1 warning(s)" in result.output
    assert CliRunner().invoke(main, ["check", "--strict"]).exit_code == 1


def test_check_hints_extracts_then_checks_corrections_and_lists_hints(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import briefgen.pipeline
    from briefgen.cli import main

    calls = []

    def fake_extract(articles, model_for, *, cache=None):
        calls.append(False)  # the raw brief: corrections are applied only by corrected_briefs
        return [sample_brief() for _ in articles], []

    monkeypatch.setattr(briefgen.pipeline, "extract_articles", fake_extract)
    brief = sample_brief()
    _project(
        tmp_path, monkeypatch, f"drop: [fig-00000000]\nfix:\n  {brief.reactions[1].id}: {{speaker: Sophie Laurent}}\n"
    )
    result = CliRunner().invoke(main, ["check", "--hints"])
    assert calls == [False], "corrections are checked against the uncorrected brief"
    assert result.exit_code == 0, result.output
    assert (
        f"{tmp_path}/content/greve-port.brief.yml:1: drop 'fig-00000000': no item has this id any more" in result.output
    )
    hints = [line for line in result.output.splitlines() if line.startswith("hint: ")]
    assert len(hints) == 2 and all(line.startswith(f"hint: {tmp_path}/content/greve-port.md: ") for line in hints)
    assert "no speaker" not in result.output, "the corrected reaction is no longer hinted"
