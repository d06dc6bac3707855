import pytest

from briefgen.render.numbers import figure_value

NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("value", "what", "lang", "expected"),
    [
        (413_000_000_000, "euros", "fr", f"413{NNBSP}milliards{NNBSP}€"),
        (33.7, "%", "fr", f"33,7{NNBSP}%"),
        (12000, "soldats", "fr", f"12{NNBSP}000"),
        (1_500_000, "soldats", "fr", f"1,5{NNBSP}million"),
        (1_234_567, "habitants", "fr", f"1{NNBSP}234{NNBSP}567"),  # compact would round it
        (-42, "%", "fr", "-42\u202f%"),
        (2_500_000, "dollars", "en", "$2.5\xa0million"),
        (12.5, "%", "en", "12.5%"),
    ],
)
def test_figure_value(value, what, lang, expected):
    def same_spaces(text):  # CLDR's no-break spaces differ by locale and version; any of them is fine
        return text.replace("\xa0", NNBSP)

    assert same_spaces(figure_value(value, what, lang)) == same_spaces(expected)
    assert " " not in figure_value(value, what, lang).replace("$2.5 ", "")
