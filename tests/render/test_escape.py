import yaml

from briefgen.render import escape_markdown, format_number, safe_url, yaml_string


def test_escape_markdown_neutralises_html_markdown_and_jinja():
    out = escape_markdown("<script>alert(1)</script> {{ x }} a|b **c**\nd")
    assert "<" not in out and "|" not in out and "{" not in out and "*" not in out
    assert "\n" not in out


def test_yaml_string_survives_colons_hashes_and_quotes():
    value = 'Sécheresse : "barrages" # au plus bas'
    assert yaml.safe_load(f"title: {yaml_string(value)}")["title"] == escape_markdown(value)


def test_safe_url_keeps_http_and_drops_everything_else():
    assert safe_url("https://example.org/a b") == "https://example.org/a%20b"
    assert safe_url("javascript:alert(1)") == "" and safe_url("/relative") == ""


def test_numbers_are_formatted_for_the_language():
    assert format_number(12000, "fr") == "12\u202f000"
    assert format_number(1.5, "fr") == "1,5" and format_number(12000, "en") == "12,000"
    assert format_number(3.0, "fr") == "3"
