"""Verb forms a phrase is written with: the verb that carries the meaning, its past participle agreed
with a noun, its present participle, whether it is in the present.

``about`` phrases turn clauses into noun phrases ("les pompiers ont évacué 3 200 habitants" →
"habitants évacués"), so they need the forms French writes there; the irregular ones and the endings
are data (data/about.yml, through AboutWords), the agreement rules are here.
"""

from __future__ import annotations

from ..lexicon import AboutWords


def lexical(verb, words: AboutWords):
    """The verb that carries the meaning: the past participle right after an auxiliary the small
    model took for the main verb ("Les pompiers ont évacué 3 200 habitants", "ont" as root); the participle
    after an opening quotation mark the model took for the verb ("sont « portées disparues »", "«" as root)."""
    if verb.is_quote or verb.is_punct:
        quoted = next((c for c in verb.children if c.i > verb.i and c.pos_ in ("VERB", "ADJ")), None)
        if quoted is not None:
            return quoted
    if verb.lemma_.lower() in words.auxiliaries:
        for t in verb.doc[verb.i + 1 : verb.i + 3]:
            if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"):
                return t
            if t.pos_ != "ADV":
                break
    return verb


def participle(verb, noun, words: AboutWords, *, agree: bool = True, like: tuple[str, str] | None = None) -> str | None:
    """The past participle of ``verb`` agreed with ``noun``: "envoyer" + "soldats" → "envoyés";
    unagreed (``agree=False``) after "ayant": "ayant défilé"; ``like`` (gender, number) agrees it with
    a noun briefgen writes instead ("peine requise"). ``verb`` may be a lemma ("supprimer"), for the
    verb of an action noun ("la suppression de 1 700 postes" → "supprimés")."""
    lemma = verb if isinstance(verb, str) else verb.lemma_.lower()
    form = words.participles.get(lemma)
    if form is None:
        ending = next((e for e in words.participle_endings if lemma.endswith(e)), None)
        if ending is None:
            return None
        form = lemma[: -len(ending)] + words.participle_endings[ending]
    if not agree:
        return form
    gender, number = like or (noun.morph.get("Gender"), noun.morph.get("Number"))
    # the small model often tags a counted plural singular ("1,2 million de skieurs")
    return agreed(form, gender, "Plur" if like is None and noun.lower_.endswith(("s", "x")) else number)


def agreed(form: str, gender, number) -> str:
    """A participle or adjective agreed in gender and number (spaCy's morph values, a list or a string):
    "manquant" + Fem → "manquante", + Plur → "manquants"; "nécessaire" stays in the feminine."""
    if "Fem" in gender and not form.endswith("e"):
        form += "e"
    if "Plur" in number and not form.endswith(("s", "x")):
        form += "s"
    return form


def present_participle(verb, words: AboutWords) -> str | None:
    """The present participle of a verb written in the present: "dorment" → "dormant", "travaille" →
    "travaillant", "font" → "faisant"; None when neither its infinitive's ending, its written third person
    plural nor the table of irregular verbs gives it."""
    lemma = verb.lemma_.lower()
    if lemma in words.present_participles:
        return words.present_participles[lemma]
    ending = next((e for e in words.present_participle_endings if lemma.endswith(e)), None)
    if ending is not None:
        return lemma[: -len(ending)] + words.present_participle_endings[ending]
    plural = "Plur" in verb.morph.get("Number") and verb.lower_.endswith("ent")
    return verb.lower_[:-3] + words.present_participle if plural and words.present_participle != "\0" else None


def in_present(verb, words: AboutWords) -> bool:
    """Whether a finite verb is in the present: tagged so, or tagged another simple tense with none of the
    endings of the imperfect and the conditional ("impliquent" tagged imperfect is present, "impliquaient" not)."""
    if "Fin" not in verb.morph.get("VerbForm") or "Fut" in verb.morph.get("Tense"):
        return False
    return "Pres" in verb.morph.get("Tense") or not verb.lower_.endswith(tuple(words.imperfect_endings))
