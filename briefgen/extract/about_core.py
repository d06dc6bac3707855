"""The phrase of the noun a figure counts or measures (extract/about.py has found it), made specific: the
measure written after it ("une trêve de quatre jours dans la bande de Gaza"), a sentence or a share it
measures ("peine de prison requise…", "part des Transiliens"), the action a noun names ("postes supprimés"),
the owner a light verb gives it ("morts de l'épidémie"), the participle of the verb that acts on it
("soldats envoyés en Russie"), the predicate of its clause ("personnes décédées dans l'incendie"), and the
place, period or event complements of the governing verb (extract/about_context.py).
"""

from __future__ import annotations

import logging

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_clause as cl
from . import about_context as cx
from . import about_nouns as nn
from . import about_verbs as av
from . import phrases as ph
from . import verb_forms as vf
from .phrases import NOUNS, SUBJECTS

log = logging.getLogger("briefgen.extract.about")  # one logger for the whole reading of about


def core_about(
    parsed: Parsed, number, core, rule: str, verb, stop: set[int], words: AboutWords, percent: bool, what_end: int = 0
):
    """The phrase of the noun the figure counts or measures, with its owner or participle and setting."""
    doc = parsed.doc
    sent = number.sent
    span = ph.phrase(doc, core, sent, stop, words)
    if span is None:
        return None, None
    hanging = cl.hanging_participle(doc, core, span, stop, words) if rule == "counted noun" else None
    if hanging:  # "195 pays ayant participé à la COP21"
        span = hanging
    text = ph.text(parsed, span)
    later = nn.after_measure(doc, core, number, sent, stop, words) if rule.startswith("measured noun") else None
    if later is not None and span[1] <= number.start:  # "une trêve de quatre jours dans la bande de Gaza"
        text = f"{text} {ph.text(parsed, later)}"
        span = (span[0], later[1])
    sentence = (
        core.i + 2 < sent.end
        and doc[core.i + 1].lower_ in words.partitive
        and doc[core.i + 2].lower_ in words.sentence_nouns
        and span[0] == core.i
    )
    if sentence:  # "6 ans de prison" measure a sentence: "peine de prison requise contre…"
        text = f"{words.sentence_head} {ph.text(parsed, (core.i + 1, span[1]))}"
    acted_on = (  # "On a sécurisé 53 % de l'objectif": the share the verb acted on
        percent
        and rule == "unit complement"
        and verb is not None
        and (number.root.dep_ == "obj" or (number.root.dep_ == "xcomp" and number.root.pos_ == "NOUN"))
        and number.root.head.i == verb.i
        and vf.lexical(verb, words).lemma_.lower() not in words.copulas  # "produisent 40 % du pétrole" (xcomp)
        and vf.lexical(verb, words).lemma_.lower() not in words.light_verbs
    )
    shared = percent and rule == "unit complement" and words.share and ("Plur" in core.morph.get("Number") or acted_on)
    if shared:
        # "40 % des Transiliens": a share of them, written with the article's own "des"
        first = core.i - 1 if doc[core.i - 1].pos_ == "DET" and doc[core.i - 2].lower_ in words.partitive else core.i
        text = f"{words.share} {ph.text(parsed, (first - 1, span[1]))}"
        form = vf.participle(vf.lexical(verb, words), core, words, like=words.share_agreement) if acted_on else None
        if form:  # right after the noun and its adjectives: "part du budget consacrée à la défense"
            split = core.i + 1
            while split < span[1] and doc[split].pos_ == "ADJ":
                split += 1
            rest = ph.text(parsed, (split, span[1])) if split < span[1] else ""
            text = " ".join(p for p in (words.share, ph.text(parsed, (first - 1, split)), form, rest) if p)
            by = av.agent_of(parsed, verb, span, stop, words)
            if by and by[0] is not None:  # "part du pétrole brut mondial produite par les pays de l'Opep+"
                text = ph.join(text, words.agent_preposition, by[0], by[1], words)
            rule = f"{rule}+participle"
    taken = set(range(*span))
    added = None
    action = av.action_noun(doc, number, sent, words) if rule == "counted noun" and not sentence else None
    acted = av.acted_on(parsed, core, span, action, verb, stop, words, what_end) if action else None
    if acted:  # "la suppression de 1 700 postes" → "postes supprimés", whatever verb announced it
        text, added = acted, "action noun"
        taken.add(action[0].i)  # "a procédé à l'arrestation de 45 personnes": the participle says it
        if verb is not None:
            taken |= {t.i for t in (ph.subject(verb, sent),) if t is not None}
    if verb is not None:
        # "des armes, notamment 13 000 conteneurs": the noun stands where the one it restates does
        node = core
        while node.dep_ in ("appos", "conj") and node.head.i != node.i and node.head.i != verb.i:
            node = node.head
            taken.add(node.i)
        if node.head.i == number.root.i and node.i != number.root.i:
            node = number.root  # "3 200 habitants" parsed with the number as the head
        subject = ph.subject(verb, sent)
        if rule == "measured noun" and core.head.pos_ == "NOUN" and core.head.i != core.i:
            subject = core.head  # "un nombre de chômeurs en croissance de 124": the noun that grows
        if subject is not None:
            subject, _ = ph.resolve(parsed, subject, words)
        is_object = node.dep_ not in SUBJECTS and node.head.i in (verb.i, number.root.i)
        light = vf.lexical(verb, words).lemma_.lower() in words.light_verbs
        said = vf.lexical(verb, words).lemma_.lower() in words.source_verbs  # "Guterres a annoncé une réduction…"
        adjunct = nn.light_participle(doc, number, sent, words) if rule == "counted noun" else None
        if adjunct is not None:  # "Les cas ont bondi de 30 %, faisant 110 000 morts": the main clause's subject
            main = ph.verb_of(adjunct.head, sent) if verb.i == adjunct.i else verb
            found = ph.subject(main, sent) if main is not None else None
            if found is not None:
                subject, _ = ph.resolve(parsed, found, words)
                is_object, light, said = True, True, False
        # "neuf organisations ont déposé un préavis", parsed with the count as an oblique: a noun before a verb
        # that has no subject and an object of its own is that verb's subject, not what it acted on
        subject_misread = (
            node.i < verb.i and subject is None and any(c.dep_ == "obj" and c.i != node.i for c in verb.children)
        )
        # "les douaniers ont saisi 12 kg de cocaïne": the verb acts on what the unit measures, "cocaïne saisie par
        # les douaniers", not on a thing the subject owns (a share, "40 % du budget", is read above)
        unit_acted = (
            rule == "unit complement"
            and not percent
            and not light
            and not said
            and core.head.i != core.i
            and core.head.lower_ in words.unit_nouns
            and core.head.head.i == verb.i
            and (nn.object_like(core.head, words, nn.qualified(number)) or av.locution_argument(core.head, verb, words))
        )
        if acted:
            pass
        elif unit_acted:  # a mass noun after a unit is singular as written ("kg d'héroïne"), "tonnes de déchets" not
            plural = core.lower_.endswith(("s", "x")) and "Sing" not in core.morph.get("Number")  # not "cannabis"
            number_written = ["Plur"] if plural else ["Sing"]
            like = (core.morph.get("Gender"), number_written)
            text, added = cl.object_participle(
                parsed, core, span, verb, text, sentence, stop, taken, words, what_end, like=like
            )
        elif (
            subject is not None
            and subject.pos_ in NOUNS
            and subject.i not in taken | stop
            and not said
            and (
                rule in ("unit complement", "measured noun")
                or (is_object and light)
                or (rule == "modified noun" and core.lower_ in words.change_heads)  # "une forte hausse, passant de…"
            )
        ):
            owned = ph.phrase(doc, subject, subject.sent, stop, words, limit=6)
            before = doc[owned[0] - 1] if owned and owned[0] > subject.sent.start else None
            if before is not None and before.head.i == subject.i and before.like_num and before.i - 1 not in stop:
                owned = (before.i, owned[1])  # "les trois prévenus" → "des trois prévenus", not "de prévenus"
            if owned:
                det = ph.determiner(doc, owned[0], subject.sent)
                owner = nn.bridged(parsed, subject, owned, stop, words) or ph.text(parsed, owned)
                text = ph.join(text, words.owner_preposition, det, owner, words)
                added = "owner"
                if subject.sent.start == sent.start:
                    taken |= set(range(*owned))
        elif (
            rule == "counted noun"
            and is_object
            and not subject_misread
            and not light
            and nn.object_like(node, words, nn.qualified(number))
            and not any(c.dep_ == "expl:subj" for c in verb.children)  # "il existe 12 000 références": none done
        ):
            text, added = cl.object_participle(parsed, core, span, verb, text, sentence, stop, taken, words, what_end)
        elif (
            rule in ("counted noun", "unit complement", "measured noun")
            and ((node.dep_ in SUBJECTS and node.head.i == verb.i) or cl.verb_after(doc, number, core, span, words))
            and not any("Rel" in t.morph.get("PronType") for t in doc[span[0] : span[1]])  # it says it already
        ):
            # "quatre personnes sont décédées dans l'incendie", "12 % des références étaient en rupture"
            told = (
                verb
                if node.dep_ in SUBJECTS and node.head.i == verb.i
                else cl.verb_after(doc, number, core, span, words)
            )
            predicate = cl.predicate(parsed, told, core, sent, stop | taken, words)
            if predicate is not None:
                text = f"{text} {predicate[0]}"
                taken |= set(range(*predicate[1]))
                added = "predicate"
        setting = [piece for piece in cx.verb_setting(parsed, verb, sent, taken, stop, words) if piece not in text]
        if acted and said:  # "a annoncé le 26 juin la suppression de…": the day it was said, not done
            setting = []
        text = " ".join([text, *setting])
    rule = f"{rule}+{added}" if added else rule
    log.debug("about %r: %r (%s)", number.text, text, rule)
    return text, rule
