from pathlib import Path

import pytest

from briefgen.config import load_config
from briefgen.errors import ConfigError


def test_defaults_when_no_file(tmp_path: Path):
    config = load_config(tmp_path / "site_config.yml")
    assert config.content_dir == tmp_path / "content"
    assert config.generated_dir == tmp_path / "_build" / "docs"
    assert config.model_for("fr") == "fr_core_news_md"
    assert config.model_for("de") == "fr_core_news_md"  # unknown language: the site's own


def test_paths_are_relative_to_the_file(tmp_path: Path):
    (tmp_path / "site_config.yml").write_text("content_dir: articles\nmodels: {fr: fr_core_news_md}\n")
    config = load_config(tmp_path / "site_config.yml")
    assert config.content_dir == tmp_path / "articles"
    assert config.models["fr"] == "fr_core_news_md" and config.models["en"] == "en_core_web_sm"


@pytest.mark.parametrize(
    "text, message",
    [
        ("content_dir: 3\n", "'content_dir' must be a directory path"),
        ("language: de\n", "'language' must be one of fr, en"),
        ("colour: red\n", "unknown option(s) 'colour'"),
        ("- a\n- b\n", "must be a mapping"),
        ("models: [fr]\n", "'models' must be a mapping"),
        ("generated_dir: .\ncontent_dir: content\n", "must not hold 'content_dir'"),
    ],
)
def test_invalid_options_name_the_key_and_file(tmp_path: Path, text: str, message: str):
    path = tmp_path / "site_config.yml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_yaml_error_has_a_line(tmp_path: Path):
    path = tmp_path / "site_config.yml"
    path.write_text("content_dir: content\nmodels: {fr: [\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.line is not None and err.value.line >= 2
