"""What a figure is about: a short noun phrase of the article, read from the parse.

``what`` is the count noun or unit ("morts", "%"); ``about`` is what a reader needs to
understand the figure alone in a table of figures from many articles: the thing counted or
measured with the owner, place or period that makes it specific. It is cut from the
article's own words (a contiguous phrase), and joined only with a preposition:

- **counted noun**: the noun the number counts, with its complements and adjectives:
  "14 000 cas signalés en RDC" → "cas signalés en RDC", "12 000 soldats nord-coréens";
- **owner**: when that noun is the object of a light verb, the subject owns or causes it:
  "l'épidémie avait fait 140 morts" → "morts de l'épidémie", "le Labour a obtenu 33,7 % des
  voix" → "voix du Labour";
- **participle**: the object of another verb keeps what was done to it: "envoyer 12 000 soldats
  en Russie" → "soldats envoyés en Russie" (the past participle, agreed with the noun);
- **unit complement**: a unit counts nothing by itself; its "de" complement is the thing:
  "5,4 % du PIB" → "PIB", "60 millions de fcp d'amende" → "amende";
- **measured noun**: the noun the number is a complement of: "une dégradation de 0,1 point" →
  "dégradation du canton de Vaud" (with the owner), and its complements written after the measure:
  "une trêve de quatre jours dans la bande de Gaza" → "trêve dans la bande de Gaza";
- **subject**: "le taux de grévistes s'établissait à 17 %" → "taux de grévistes"; a verb of
  change names the change ("le nombre de chômeurs s'est accru de 3823" → "hausse du nombre de
  chômeurs"); a pronoun subject ("Il a augmenté de 2551") is read from the subject of an
  earlier sentence of the paragraph that agrees with it;
- **predicate**: a counted subject keeps what its clause says of it: "quatre personnes sont
  décédées dans l'incendie d'un immeuble" → "personnes décédées dans l'incendie d'un immeuble",
  "30 % des trains devaient circuler" → "part des trains devant circuler";
- **bracketed phrase**, **price**, **restated**: "une envolée des prix du gaz (+45 %)" → "hausse des
  prix du gaz"; "le beurre coûte 18 % de plus" → "hausse du prix du beurre"; "…, contre 3 %
  vendredi" takes the about of the value it is set against (extract/about_restated.py);
- **setting** and **source** (extract/about_context.py): the place, period, event or argument the
  governing verb gives ("en janvier", "au Népal", "dans l'attaque de deux camps", "sur la ville") when
  the phrase names none, and the body that estimates the figure ("selon la Commission");
- **length**, **sum**, **colon**: a count of a time unit or a currency is a length or a sum ("seize mois
  après des élections" → "durée après des élections", "a détourné 300 000 euros" → "somme détournée par…");
  a bare figure after a colon restates the phrase before it ("le bilan des affrontements : 300 morts");
- **part**: a count after "dont" is a part of the noun before it ("les naufragés, dont six enfants" →
  "enfants parmi les naufragés");
- **sentence context**: a phrase of a few words still leaves out who and where; the main clause's subject
  and the names of its sentence follow it in brackets ("inflation britannique (Banque d'Angleterre)"), as a reader of a
  table of figures from many articles needs them.

This module finds the noun; extract/about_core.py makes its phrase specific (owner, participle, predicate,
setting). The finders of the noun measured are in extract/about_nouns.py, of what the verb does (actions,
votes, changes, the subject) in extract/about_verbs.py, of what the clause says of a counted noun (its
predicate, its participle, a unit written as "durée" or "somme") in extract/about_clause.py. null where the
sentence says nothing the number is about ("le bilan est de 140"). The words (prepositions, light verbs,
change nouns, irregular participles) are in data/figures.yml under ``about``.
"""

from __future__ import annotations

import logging
import re

from ..lexicon import AboutWords
from ..nlp import Parsed
from . import about_clause as cl
from . import about_context as cx
from . import about_nouns as nn
from . import about_restated as rs
from . import about_size as sz
from . import about_sources as src
from . import about_verbs as av
from . import phrases as ph
from . import verb_forms as vf
from .about_core import core_about
from .about_where import placed_value
from .numbers import rules
from .phrases import PLACES, SUBJECTS

log = logging.getLogger(__name__)


def figure_about(
    parsed: Parsed,
    number,
    counted,
    *,
    words: AboutWords,
    others: frozenset[int] = frozenset(),
    percent: bool = False,
    place: str | None = None,
    topic: str | None = None,
    kicker: str | None = None,
    what_end: int = 0,
    period: str | None = None,
    elided: str | None = None,
) -> tuple[str | None, str | None]:
    """What the figure at ``number`` (a Span) is about, and the rule chain that read it.

    ``counted`` is the noun the number counts (None for "%", a currency or a bare number);
    ``others`` are the tokens of every number of the article: a phrase never runs into another figure;
    ``percent``: the number is a percentage; ``place``: the article's place (``article_place``);
    ``topic``: the story its title names (``article_story``: the kicker, with the title's event when the
    kicker is a name), added to a phrase of a word or two that does not already say its ``kicker``;
    ``period``: the period the title dates the story with (``article_period``), for a sentence naming none;
    ``elided``: the noun a bare number stands for ("Onze, déjà en détention, vont comparaître": "accusés").
    """
    text, rule = None, None
    after = parsed.doc[number.end : number.end + 2]
    if elided and counted is None and len(after) == 2 and after[1].text == elided and after[0].pos_ == "ADJ":
        counted = after[1]  # "14 autres candidats de l'opposition": the noun is written, after "autres"
    elif elided and counted is None:
        text, rule = rs.elided_about(parsed, number, elided, set(range(number.start, number.end)) | set(others), words)
    if not text:
        text, rule = _figure_about(parsed, number, counted, words, others, percent, what_end)
    if not text and counted is None:  # "on retrouve l'Espagne (3,1 %)": the rate named for the place
        stop = set(range(nn.qualified(number), number.end)) | set(others)
        text = placed_value(parsed, number, stop, words)
        rule = "placed value" if text else None
    if not text:
        return text, rule
    bare = len([w for w in re.findall(r"\w+", text.casefold()) if w not in words.function_words]) <= 2
    colon = src.before_colon(parsed, number, set(others), words) if bare and len(text.split()) == 1 else None
    if colon and (colon[1] or counted is None or counted.lower_ in words.unit_nouns):
        # "le lourd bilan des affrontements : « 300 morts" → "morts des affrontements"; "l'effort demandé par
        # l'État : 2,5 millions d'euros" → "effort demandé par l'État"
        text, rule = (f"{text} {colon[0]}" if colon[1] else colon[0]), f"{rule}+colon"
        bare = False
    part_of = nn.among(parsed, number, set(others), words) if rule.startswith("counted noun") else None
    if part_of:  # "Les naufragés, dont six enfants": "enfants parmi les naufragés"
        text, rule = f"{text} {part_of}", f"{rule}+part"
        bare = False
    holder = src.holder(parsed, number, words)
    if holder and not any(w[:1].isupper() for w in text.split()):  # "… Bertin arrive deuxième avec 1,99 % des voix"
        if rule.split("+")[0] in ("opening noun", "subject"):  # "l'ancien président Henri Konan Bédié termine…"
            text, rule = f"{text} {holder}", f"{rule}+owner"
        else:
            text, rule = ph.join(text, words.owner_preposition, None, holder, words), f"{rule}+owner"
    agent = None if holder else src.named_agent(parsed, number, words)
    if agent and not src.shares_words(f"de {agent}", text):  # "peine de prison de François Fillon"
        text, rule = ph.join(text, words.owner_preposition, None, agent, words), f"{rule}+owner"
    own = cx.own_setting(parsed, number, counted, words, set(others))
    if own and not src.repeats(own, text, words):
        text, rule = f"{text} {own}", f"{rule}+own setting"
    named_place = any(t.ent_type_ in PLACES or t.lower_ in words.place_nouns for t in number.sent)
    if place and not named_place and place not in text and not src.names_country(text, place, parsed.doc.lang_):
        text, rule = f"{text} {place}", f"{rule}+article place"
    if period and period not in text and not cx.names_period(number.sent, words):
        text, rule = f"{text} {period}", f"{rule}+article period"
    # a long phrase that names someone or something is specific enough ("prix du gaz sur le marché TTF en
    # août 2022"); a short one is not ("voix de la liste Renouveau" does not say which election)
    content = [w for w in re.findall(r"\w+", text.casefold()) if w not in words.function_words]
    named = any(w[:1].isupper() for w in text.split()) and len(content) > words.story_words
    said = kicker or topic  # "durée de la grève" already says "Grève : un RER sur deux"
    short, core_end = len(content) <= words.context_words, len(text)
    if topic and (bare or not named) and not src.names_country(text, said, parsed.doc.lang_):  # the story it belongs to
        at = topic.casefold().find(text.casefold())
        if at >= 0:  # "soldats nord-coréens" in "Des soldats nord-coréens en Russie : …": it goes on
            text = text + topic[at + len(text) :]
            core_end = len(text)
        else:
            text = f"{text} ({topic})"
        rule = f"{rule}+title kicker"
    source = src.source(parsed, number, set(others), words)
    if source and not src.shares_words(source, text):
        text, rule = f"{text} {source}", f"{rule}+source"
    context = src.sentence_context(parsed, number, text, set(others), words) if short else None
    if context:  # "personnes tuées": by whom, where, as the sentence says, right after the phrase
        # in brackets, as the title's story is: what the figure is (its phrase) stays what figures across
        # articles are compared by (figure_subjects.py), the context only tells the reader more
        after = text[core_end:]
        if after.startswith(" ("):  # one bracket for both: "(Ukraine, Volodymyr Zelensky ; soldats … en Russie)"
            after = f" ; {after[2:]}"
        else:
            after = f"){after}"
        text, rule = f"{text[:core_end]} ({context}{after}", f"{rule}+sentence context"
    return text, rule


def _figure_about(parsed: Parsed, number, counted, words: AboutWords, others, percent: bool, what_end: int = 0):
    doc = parsed.doc
    sent = number.sent
    stop = set(range(nn.qualified(number), number.end)) | set(others)  # the figure and its qualifier ("à peine")
    anchor = counted if counted is not None else number.root
    verb = av.change_verb_before(doc, number, sent, words) or ph.verb_of(anchor, sent)
    if verb is not None and nn.qualified(number) <= verb.i < number.start and verb.head.i != verb.i:
        verb = ph.verb_of(verb.head, sent)  # "à pratiquement 30 000 euros": a qualifier the model tags a verb
    if verb is not None and verb.i < number.start and src.after_colon(doc, number):
        verb = None  # "l'effort demandé par l'État : 2,5 millions d'euros": a figure after a colon hangs on no verb
    level = nn.light_participle(doc, number, sent, words, words.level_verbs)
    main = ph.verb_of(level.head, sent) if level is not None else None
    if (
        main is not None and main.i != level.i
    ):  # "Le CAC 40 a reculé, terminant à 8 045 points": the main subject's level
        found = av.about_subject(parsed, number, main, stop, words, percent=percent)
        if found[0] is not None:
            return found
    if counted is not None and _value_of_a_change(doc, number, verb, words):
        # "le nombre de chômeurs a progressé de 64.000 à 2,3 millions de personnes": the people count what
        # changed, the verb's subject; the rise is by the first value, the level the second
        found = av.about_subject(parsed, number, verb, stop, words, percent=percent)
        if found[0] is not None:
            return found
    holder = sz.size_holder(parsed, number, counted, words)
    sized = sz.size_about(parsed, holder, counted, stop, words) if holder is not None else None
    if sized:  # "une ville de 20 000 habitants" → "population de la ville"
        return sized, "size"
    core = rule = None
    named = doc[number.start - 1] if number.start > sent.start else None
    duration = (
        nn.measured_noun(doc, number, sent, words)
        if counted is not None and counted.lower_ in words.time_units
        else None
    )
    if (
        duration is not None
        and duration.lemma_.lower() != words.sentence_head
        and nn.timed_noun(doc, counted, sent, words)
    ):
        # "à l'issue de deux heures de discussions": the discussions last, not the issue; "des peines de 6 à 18 ans
        # de prison" already names the sentence
        duration = None
    estimated = nn.estimated_noun(doc, number, sent, stop, words) if duration is None else None
    if duration is not None:  # "une trêve de quatre jours" is about the truce
        core, rule = duration, "measured noun"
    elif estimated is not None:  # "une fréquentation record estimée à 7,3 millions de visiteurs"
        core, rule = estimated, "measured noun"
    elif counted is not None and counted.lower_ not in words.unit_nouns:
        core, rule = counted, "counted noun"
    elif counted is None and named is not None and named.lower_ in words.measure_nouns and named.head.pos_ == "NOUN":
        core, rule = named.head, "measured noun"  # "un séisme de magnitude 7,4" is about the earthquake
        while core.dep_ == "nmod" and core.head.pos_ == "NOUN" and core.head.i < core.i:
            core = core.head  # "un tremblement de terre de magnitude 7,8": the whole compound
        stop |= set(range(named.i - 1, named.i + 1))
    else:
        after = number.end if counted is None else counted.i + 1
        core = nn.unit_complement(doc, after, sent, words)
        rule = "unit complement"
        if core is None:
            core, rule = nn.measured_noun(doc, number, sent, words), "measured noun"
            while core is not None and core.dep_ == "nmod" and core.head.pos_ == "NOUN" and core.head.i < core.i:
                cases = [c for c in core.children if c.dep_ == "case"]
                if not cases or cases[0].lower_ not in words.partitive:
                    break  # "un nombre de chômeurs en croissance de 124": the growth, owned by the number
                core = core.head  # "une prévision de recettes de fonctionnement de 36,7 millions": the whole phrase
            changed = (
                av.changed_by(parsed, number, core, verb, stop, words, percent=percent) if core is not None else None
            )
            if changed:  # "hausser le compte de taxes de 1,9 %": the rise of the account, what the verb changes
                return changed
    if rule == "unit complement" and core is not None:
        measured = nn.measured_noun(doc, number, sent, words)
        if measured is not None and measured.lower_ in words.change_heads:
            # "une croissance de 6 % de la demande": the change of the complement
            span = ph.phrase(doc, core, sent, stop, words)
            action = av.action_noun(doc, number, sent, words)
            if span is not None and action is not None and "Plur" in core.morph.get("Number") and words.share:
                # "la suppression de 19 % des postes": a share of the posts, cut
                acted = av.acted_on(parsed, core, span, action, verb, stop, words, 0)
                first = number.end if counted is None else counted.i + 1
                if acted and first < span[0]:
                    return f"{words.share} {ph.text(parsed, (first, span[0]))} {acted}", "unit complement+action noun"
            if span is not None:
                start = min([number.end if counted is None else counted.i + 1, span[0]])
                return f"{measured.text} {ph.text(parsed, (start, span[1]))}", "measured noun+unit complement"
        level = nn.level_noun(doc, number, sent, stop, words)
        if level is not None:  # "un déficit public à 2,4 % du PIB": the PIB is the base, the deficit measured
            core, rule = level, "measured noun"
    if core is None and counted is None:
        found = nn.bracketed(parsed, number, stop, words)
        if found is not None:  # "une accélération des prix de l'énergie (+23,1 %)"
            return found, "bracketed phrase"
    if (
        (core is None or rule == "unit complement")
        and verb is not None
        and verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and verb.head.dep_ not in ("amod", "acl")
        and not any(c.dep_ in SUBJECTS for c in verb.head.children)  # a verb tagged as a noun: "demeure inchangé"
        and "Part" in verb.morph.get("VerbForm")
    ):
        # "les besoins financiers, allant de six à trente milliards", "le taux … inchangé à 3,5 %"
        core, rule = verb.head, "modified noun"
        verb = ph.verb_of(core, sent)
    lemma = vf.lexical(verb, words).lemma_.lower() if verb is not None else ""
    if percent and verb is not None and lemma in words.share_verbs and (core is None or rule == "unit complement"):
        shared = av.share_of(parsed, number, verb, core, stop, words)
        if shared:  # "le tourisme représente 8 % du PIB" → "part du tourisme dans le PIB"
            return shared, "share"
    # the number, or the unit it counts ("ont saisi 12 kg de cocaïne"), is what the verb acts on: "ont diffusé plus
    # de 11 Go de contenus", a bare noun the model labels oblique, is acted on too
    held = counted if counted is not None and not percent and number.root.head.i == counted.i else number.root
    acted_on = (
        verb is not None
        and held.head.i == verb.i
        and (
            nn.object_like(held, words, nn.qualified(number))
            or av.locution_argument(held, verb, words)  # "ont mis la main sur 9 kg de cocaïne"
            # "les pays de l'Opep+ produisent 40 % du pétrole", the unit parsed as the verb's xcomp: its object still
            or (held.dep_ == "xcomp" and held.pos_ == "NOUN" and lemma not in words.copulas | words.auxiliaries)
        )
    )
    if (
        rule == "unit complement"
        and core is not None
        and verb is not None
        and lemma not in words.light_verbs
        and (lemma in words.level_verbs or not acted_on)  # "a consacré 12 % du budget": a share, not its subject
    ):
        found = av.about_subject(
            parsed, number, verb, stop, words, percent=percent
        )  # "le déficit atteint 5,4 % du PIB"
        if found[0] is not None:
            return found
    domain = cl.written_as(parsed, number, counted, stop, words) if core is None else None
    if domain:  # "3 170 milliards en recettes" → "recettes"
        return domain, "written as"
    purpose = nn.purpose(parsed, number, counted, sent, stop, words) if core is None else None
    if purpose is not None:
        base = (
            av.about_subject(parsed, number, verb, stop, words, setting=False, percent=percent)[0]
            if verb is not None
            else None
        )
        text = f"{base} {purpose}" if base else purpose.split(" ", 1)[1]
        log.debug("about %r: %r (purpose)", number.text, text)
        return text, "purpose"
    if (
        core is None
        and verb is not None
        and (doc[number.start - 1].lower_ in words.level_prepositions or _in_a_range(doc, number, sent))
        and vf.lexical(verb, words).lemma_.lower() not in words.light_verbs  # "a subi une dégradation … à 5,4 %"
        and number.start > verb.i  # "estime le taux à 32 %"; not "Plus forte que prévu - à 3,5 % - l'inflation a…"
    ):
        objects = [
            c
            for c in verb.children
            if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i not in stop and not cx.is_period(c, words)
        ]
        span = ph.phrase(doc, objects[0], sent, stop, words) if objects else None
        if span:  # "le syndicat estime le taux des grévistes à 32 %": the verb's object is measured
            return ph.text(parsed, span), "object"
    if core is None and av.spent(number, counted, verb, words):
        core, rule = counted, "counted noun"  # "a détourné 300 000 euros": the sum the verb acts on, not its subject
    if core is None and verb is not None:
        found = av.about_subject(parsed, number, verb, stop, words, percent=percent)
        if found[0] is not None:
            return found
    told = cl.bare_predicate(parsed, number, verb, stop, words) if core is None and counted is None else None
    if told:  # "En tout, 24 sont mortes de cette maladie": what the clause says of the number
        return told, "bare predicate"
    priced_at = (  # "L'once d'or s'échangeait à 2 000 dollars", whatever the parse made the subject: the opening noun
        counted is not None
        and counted.lower_ in words.currency_nouns
        and doc[nn.qualified(number) - 1].lower_ in words.level_prepositions
    )
    topic = nn.opening_noun(doc, number, sent, stop, words) if core is None and (counted is None or priced_at) else None
    span = ph.phrase(doc, topic, sent, stop, words) if topic is not None else None
    if span is not None:
        priced = nn.priced(parsed, number, span, words)
        return (priced, "price+opening noun") if priced else (ph.text(parsed, span), "opening noun")
    if core is None and counted is None:
        log.debug("about %r: nothing in %r", number.text, sent.text)
        return None, None
    if core is None:
        core, rule = counted, "counted noun"
    if rule == "counted noun" and verb is not None and vf.lexical(verb, words).lemma_.lower() in words.level_verbs:
        subject = ph.subject(verb, sent)
        if subject is not None and subject.lower_ in words.transparent_nouns:
            # "le bilan du séisme s'élève à 2946 morts": the dead of the earthquake
            span = ph.phrase(doc, subject, sent, stop, words)
            counted_span = ph.phrase(doc, core, sent, stop, words)
            if span is not None and counted_span is not None and span[1] > subject.i + 1:
                text = f"{ph.text(parsed, counted_span)} {ph.text(parsed, (subject.i + 1, span[1]))}"
                pieces = [
                    p for p in cx.verb_setting(parsed, verb, sent, set(range(*span)), stop, words) if p not in text
                ]
                return " ".join([text, *pieces]), "counted noun+owner"
        else:
            found = av.about_subject(
                parsed, number, verb, stop, words, percent=percent
            )  # "la hausse atteint 7001 personnes"
            if found[0] is not None:
                return found
    timed = rule == "counted noun" and core.lower_ in words.time_units  # a length: "durée", not "mois"
    since = cl.elapsed(parsed, core, sent, stop, words) if timed else None
    if since:  # "seize mois après les élections" → "durée après les élections"
        return f"{words.time_dimension} {since}", "elapsed time"
    set_for = cl.set_period(parsed, number, core, verb, stop, words) if timed else None
    if set_for:  # "a proclamé l'état d'urgence pour 30 jours" → "durée de l'état d'urgence proclamé"
        return set_for, "set period"
    voted = av.vote(parsed, number, counted, verb, stop, words) if rule == "counted noun" else None
    if voted:  # "le texte a été rejeté par 142 voix" → "voix contre le texte"
        return voted, "vote"
    text, rule = core_about(parsed, number, core, rule, verb, stop, words, percent, what_end)
    measured = rule is not None and rule.startswith("measured noun")
    dimension = words.unit_dimensions.get(counted.lower_) if counted is not None and measured else None
    if measured and counted is not None and counted.lower_ in words.time_units and core.i != counted.i:
        dimension = words.time_dimension  # "une trêve de quatre jours" → "durée de la trêve"
        if counted.lower_ in words.age_units and core.lemma_.lower() in words.person_nouns:
            dimension = words.age_dimension  # "un policier de 26 ans" → "âge du policier"
    if text and dimension and core.lemma_.lower() != dimension:  # "un satellite de 250 kilos" → "masse du satellite"
        # ("une durée minimale de deux semaines" names its dimension already: "durée minimale")
        text = f"{dimension} {ph.definite(core, words)}{text}"
    unit = (
        words.unit_dimensions.get(core.lower_) if text and core is counted and rule.startswith("counted noun") else None
    )
    if unit and text.startswith(core.text):  # "des records risquent d'être battus mardi avec 40 à 42 degrés"
        text = f"{unit}{text[len(core.text) :]}"
    if text and core is counted and rule.startswith("counted noun"):
        text = cl.as_head(parsed, core, text, words)  # "les 24 mois exigés par la Cédéao" → "durée exigée…"
    return text, rule


def _value_of_a_change(doc, number, verb, words: AboutWords) -> bool:
    """The number is the value a verb of change goes by or to ("a progressé de 64.000", "à 2,3 millions
    de personnes"), its subject a noun other than what the number counts."""
    if verb is None or words.change_nouns.get(verb.lemma_.lower()) is None:
        return False
    before = nn.qualified(number) - 1
    if before < 0 or doc[before].lower_ not in words.partitive | words.level_prepositions:
        return False
    subject = ph.subject(verb, number.sent)
    return subject is not None and subject.pos_ == "NOUN" and not number.start <= subject.i <= number.end + 2


def _in_a_range(doc, number, sent) -> bool:
    """A bound of a range a few words back ("a ramené sa prévision entre 1 % et 2 %"): a level, as "à 2 %" is."""
    between = rules(doc.lang_).words("between_words")
    return any(doc[k].lower_ in between for k in range(max(sent.start, number.start - 4), number.start))
