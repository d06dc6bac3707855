"""The language's common words, read from the lemmatizer tables the installed spaCy model ships.

A capitalised word opening a sentence ("Sinon, …", "Réfléchir à …") is a name only if it is no common
word: the model's lemmatizer knows some 200,000 inflected forms of French nouns, verbs, adjectives and
adverbs, so that table is the reviewed lexicon of common words (no list of ours to keep).
"""

from __future__ import annotations

from functools import cache

SIZES = ("sm", "md", "lg")
# the accented lower-case letters an unaccented capital may stand for
UNACCENTED_CAPITALS = {"E": "éèê", "A": "àâ", "I": "î", "O": "ô", "U": "ù", "C": "ç"}


@cache
def _tables(lang: str):
    """The lemmatizer's form → lemma table (keyed by hashes) and the set of its lemmas, or None."""
    import spacy.util
    from spacy.lookups import Lookups

    for size in SIZES:
        try:
            root = spacy.util.get_package_path(f"{lang}_core_news_{size}")
        except (ModuleNotFoundError, ImportError):
            continue
        tables = sorted(root.glob("*/lemmatizer/lookups/lookups.bin"))
        if not tables:
            continue
        lookups = Lookups().from_disk(tables[0].parent)
        forms = lookups.get_table("lemma_lookup") if lookups.has_table("lemma_lookup") else {}
        # a form's value is its lemma, or the list of its lemmas ("réfléchit" → ["réfléchir"])
        lemmas: set[str] = set()
        for value in forms.values() if forms else ():
            lemmas.update([value] if isinstance(value, str) else (v for v in value if isinstance(v, str)))
        if lookups.has_table("lemma_index"):
            for words in lookups.get_table("lemma_index").values():
                lemmas.update(words)
        return forms, frozenset(w.lower() for w in lemmas)
    return None


def is_common_word(word: str, lang: str) -> bool:
    """The lower-case word is a form or a lemma the lemmatizer of the language's news model knows."""
    tables = _tables(lang)
    if tables is None:
        return False
    forms, lemmas = tables
    lower = word.lower()
    # French often leaves a capital unaccented ("Etat", "Ecole", "A l'heure"): the word is its accented form's
    candidates = [lower] + (
        [a + lower[1:] for a in UNACCENTED_CAPITALS.get(word[:1], "")] if word[:1].isupper() else []
    )
    return any(w in lemmas or w in forms for w in candidates)


def table_lemmas(word: str, lang: str) -> frozenset[str]:
    """The lemmas the lemmatizer's table gives the lower-case word ("impose" → imposer, whatever the
    tagger calls it); none where the table lacks it or the language has none."""
    tables = _tables(lang)
    if tables is None:
        return frozenset()
    value = tables[0].get(word.lower())
    if value is None:
        return frozenset()
    return frozenset([value] if isinstance(value, str) else (v for v in value if isinstance(v, str)))


def is_inflected_form(word: str, lang: str) -> bool:
    """The lower-case word is an inflected form the lemmatizer's table lists ("impliquent", "tuées"): a
    word it reads as a verb but does not list ("orange" as "oranger", "activement" as "activemer") is
    the tagger's guess. True where the language has no table: nothing to check against."""
    tables = _tables(lang)
    return tables is None or word.lower() in tables[0]


# the finite endings of first-group verbs after their stem ("brill-e", "fonctionn-eront"), "es" aside: a
# plural noun the table files under a verb ("affaires" → affairer) would read as one
FIRST_GROUP_FINITE = ("e", "ent", "ons", "ez", "ait", "aient", "ions", "iez", "era", "eront", "erait", "eraient",
                      "erons", "erez", "erai", "èrent")  # fmt: skip


def is_finite_verb_form(word: str, lang: str) -> bool:
    """A lower-case word the lemmatizer's table lists as an inflected form of a first-group verb, written
    with a finite ending ("brille" → briller, "fonctionneront" → fonctionner), whatever the tagger calls
    it: "le maire brille par son absence" goes on with a verb, "14 fonctionneront" counts no noun.
    Participles ("déléguée") and nouns the table files under a verb ("affaires", "laitière") are not."""
    if not word.islower():
        return False
    # the form is the verb's stem and a finite ending: "brille" of "briller"; "laitière" of "laitier" is no verb
    return any(
        lemma.endswith("er") and word.startswith(lemma[:-2]) and word[len(lemma) - 2 :] in FIRST_GROUP_FINITE
        for lemma in table_lemmas(word, lang)
    )
