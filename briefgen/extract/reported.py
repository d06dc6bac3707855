"""Reported clauses: speech a verb, an incise, a colon or a source phrase reports without quoting it.

The part of ``statements.Finder`` that reads reported speech (``ReportedClauses``, a mixin; the
incises are ``reported_incises.py``'s, the source phrases ``reported_sources.py``'s):

- a speech verb with a que-clause (``que-clause``: "X a déclaré que …"), bounded by
  ``reported_que.py``;
- a clause after a colon that closes the verb's own clause (``colon-clause``: "X a annoncé la
  couleur : il manque 4 millions d'euros");
- a clause closed by a short incise (``incise-clause``: "La situation est grave, a annoncé le
  ministre."; "L'UDC confond souveraineté et isolement, a critiqué quant à lui X (Verts/GE).");
  a verb inside that clause defers to the incise ("La Russie condamne …, a déclaré le
  porte-parole du Kremlin");
- a verb of saying with an infinitive (``infinitive``: "a dit ne pas être surpris");
- a stance verb or a verb of assertion, or a reflexive "se dire", "se féliciter", with its
  complement (``verb-phrase``: "a appelé à …", "a souligné la nécessité de …", "s'est dit
  profondément choqué par …"), up to a coordinated verb or a participle that starts a predicate
  of its own (a coordinated verb of saying that quotes nothing goes on with it: "condamnent X et
  demandent Y"; so does an additive "…, ainsi que …"); a present of saying the tagger misread ("L'institution constate …") with the words
  after it up to a comma;
- a source phrase (``selon-clause``, data/speech_verbs.yml source_phrases): "Selon X, …",
  "…, d'après X", "Celles-ci doivent, aux yeux de l'UDC, être …", "Pour X, …";
- a quotation inside such a clause, which it does not fill, is a fragment of the clause (one
  reported statement); a clause mostly quoted, or whose complement is all quoted ("s'est dit
  « consterné »"), is the quotation's frame, and the quotation the statement.
"""

from __future__ import annotations

from .reported_que import QueClauses
from .speech import (
    CLAUSE_DEPS,
    COMPLEMENT_DEPS,
    Statement,
    comma_incise,
    loose_mark,
    sentence_of,
    verb_lemma,
)


class ReportedClauses(QueClauses):
    """Mixin of ``statements.Finder``: reported clauses around a verb of saying or a source phrase."""

    def reported_clause(self, verb) -> Statement | None:
        """Speech verb + que-clause (the clause), stance verb + complement (the verb phrase), or
        a clause closed by an incise (the clause)."""
        doc, lex = self.doc, self.lex
        if (
            self.bare_participle(verb)
            and "Past" in verb.morph.get("Tense")
            and verb.dep_ not in ("conj", "ROOT")
            and not self.speech_phrase(verb)
        ):
            return None  # "Salah Abdeslam, accusé le plus connu du procès": a participle describes, it says nothing
        passive = any(c.dep_ == "aux:pass" and c.lemma_.lower() == "être" for c in verb.children) or (
            # "un adolescent a été arrêté et accusé": a participle joined to a passive one shares its auxiliary
            verb.dep_ == "conj"
            and "Part" in verb.morph.get("VerbForm")
            and not any(c.dep_.startswith("aux") for c in verb.children)
            and any(c.dep_ == "aux:pass" for c in verb.head.children)
        )
        if passive or self.sentence_passed(verb):  # "a prescrit" the parse may call passive too
            return None  # "a été condamné", "a condamné Lafarge à une amende": done to someone, not said
        if self.incise_of_quotation(verb):
            return None
        if self.parsed.block_of(verb.idx) == 0:
            return None  # the title sums up what the article reports, as its quotation does (is_headline)
        compared = self.comparative_clause(verb)
        if verb.i in self.speech_nouns:
            # "Elle a prononcé ses réquisitions : vingt ans de réclusion": the clause after the colon
            span, rule, after = self.after_colon(verb), "colon-clause", False
            if span is None:
                return None
        elif compared is None and self.comparative_frame(verb) is not None:
            return None  # "Il a agi comme l'a demandé le juge": its object is the neuter "l'", no words
        elif compared is not None:
            # "Comme l'a rappelé le ministre, la loi …": the frame reports the clause, as an incise does
            span, rule, after = compared[:2], "incise-clause", compared[2]
        else:
            span, rule, after = self.que_clause(verb), "que-clause", False
        if span is None:
            # "L'UDC confond souveraineté et isolement, a critiqué X.": an incise closing the
            # sentence reports the clause before it, even when its verb takes a stance
            span, rule, after = self.before_incise(verb), "incise-clause", True
        if span is None:
            span, rule, after = self.after_colon(verb), "colon-clause", False
        if span is None and self.inside_incise_clause(verb):
            return None  # "La Russie condamne …, a déclaré le porte-parole": the incise reports it all
        if span is None:
            span, rule, after = self.infinitive(verb), "infinitive", False
        if span is None and (
            verb_lemma(verb, lex) in lex.verb_phrase
            or self.reflexive_phrase(verb)
            or self.speech_phrase(verb)
            or self.support_verb(verb)
            or self.judgement(verb)
        ):
            span, rule, after = self.verb_phrase(verb), "verb-phrase", False
        if span is None and self.speech_phrase(verb):
            # "avait fait état d'une décrue": the parse made the light verb the noun's auxiliary
            start = verb.i
            while start > sentence_of(verb).start and self.doc[start - 1].pos_ == "AUX":
                start -= 1
            span, rule, after = (
                (start, self.clause_end(verb.i + 2, sentence_of(verb).end, strict=True)),
                "verb-phrase",
                False,
            )
        if span is None:
            return None
        start, end = span
        while end > start and loose_mark(doc[end - 1]) and (end - 1 not in self.quoted or end - 1 in self.terms):
            end -= 1  # a closing mark of a quotation inside the clause stays with it
        while end < len(doc) and end in self.quoted and end - 1 in self.quoted and doc[end].is_punct:
            end += 1  # a quotation closing the phrase keeps its closing mark (the parse may hang it elsewhere)
        after_verb = start <= verb.i < end and self.all_quoted(verb.i + 1, end)
        if rule in ("que-clause", "infinitive"):
            # "a assuré qu'il n'y avait « pas de signal d'alerte »", "écrivait s'attendre à un pic
            # « au premier semestre », entre 7 % et 8 %": a clause of its own runs through the
            # quotations inside it; they are its fragments, and it is the statement unless they fill it
            end = self.through_quotations(start, end, sent_end=sentence_of(verb).end)
            while end > start and doc[end - 1].text in ".!?…,;:" and end - 1 not in self.quoted:
                end -= 1  # the sentence's stop, not a "%" or a closing bracket
            quoted_only = self.all_quoted(start, end) or self.quoted_after_adverbial(start, end)
        else:
            # "Pour la seule période de mercredi à vendredi, « … », a déclaré X": a prepositional phrase, then the
            # quotation ("Les résultats de la région, par exemple, « … »" quotes the predicate of a subject)
            quoted_only = self.mostly_quoted(start, end) or (
                doc[start].pos_ == "ADP" and self.quoted_after_adverbial(start, end)
            )
        if end - start < 3 or quoted_only or after_verb:
            # the words are a quotation already ("s'est dit « consterné »"): a direct reaction
            return None
        if end < len(doc) and end in self.quoted and end not in self.terms:
            piece = next((q for q in self.quotes if q.span.start == end), None)
            if piece is None or sum(1 for t in piece.span if t.is_alpha) > 1:
                return None  # "a dénoncé un prix « … »": the quotation that follows carries the reaction
            # "dénonce une grève « irresponsable »": a one-word quote is no reaction of its own; the
            # phrase runs through it
            end = piece.span.end
        sent = sentence_of(verb)
        shown = self.with_subject(verb, start, end) if rule == "verb-phrase" else start
        return self.reported(start, end, sent, rule, verbs=(verb.i,), after=after, shown=shown)

    def after_colon(self, verb) -> tuple[int, int] | None:
        """ "Charles Demouge a annoncé la couleur : il manque 4 millions d'euros": the clause after
        a colon that closes the verb's own clause is what it reports (a quotation there is direct)."""
        sent = sentence_of(verb)
        start = self.colon_opening(verb)
        if start is None or start >= sent.end or start in self.quoted:
            return None
        return start, sent.end

    def quotes_after_colon(self, verb) -> bool:
        """ "s'est exprimé sur un tweet en disant : « … »", "a affirmé sur le réseau X (ex-Twitter) : « … »":
        the verb's phrase runs to a colon and a quotation, with no clause of its own before it; the
        quotation is what it says, the phrase only frames it."""
        start = self.colon_opening(verb)
        return start is not None and start in self.quoted

    def colon_opening(self, verb) -> int | None:
        """The first word after a colon that closes the verb's own clause (no quotation and no other
        finite verb before it), past the spaces of a line break."""
        for token in self.doc[verb.i + 1 : sentence_of(verb).end]:
            if token.i in self.quoted:
                return None
            if token.text == ":":
                start = token.i + 1
                while start < len(self.doc) and self.doc[start].is_space:
                    start += 1
                return start
            if token.pos_ in ("VERB", "AUX") and token.text[:1].islower() and "Fin" in token.morph.get("VerbForm"):
                return None  # another clause before the colon: the colon is not this verb's
        return None

    def infinitive(self, verb) -> tuple[int, int] | None:
        """ "a dit ne pas être surpris", "ont affirmé avoir capturé le président", "en précisant
        suivre la situation": a verb of saying whose complement is an infinitive reports it."""
        for child in verb.children:
            if child.dep_ not in CLAUSE_DEPS or child.i < verb.i:
                continue
            if not self.is_infinitive(child) and not any(
                c.dep_.startswith("aux") and self.is_infinitive(c) for c in child.children
            ):
                continue  # "a dit ne pas être surpris", "affirment avoir capturé": the auxiliary says it
            if any(c.dep_ == "mark" or c.dep_ == "case" for c in child.children if c.i < child.i):
                return None  # "appelé à …", "menacé de …": the verb phrase of a stance verb
            return self.verb_group_start(verb), max(t.i for t in child.subtree) + 1
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if nxt is not None and self.is_infinitive(nxt) and nxt.head.i != verb.i and nxt.i not in self.quoted:
            # "en précisant suivre la situation": the parse made the verb of saying the infinitive's auxiliary
            return self.verb_group_start(verb), max(t.i for t in nxt.subtree if t.i >= nxt.i) + 1
        return None

    @staticmethod
    def is_infinitive(token) -> bool:
        """A verb in the infinitive: the tagger's word, in lower case (it reads "Inter", "Salifou"
        of a name as infinitives)."""
        return token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm") and token.text[:1].islower()

    def sentence_passed(self, verb) -> bool:
        """ "condamner X à une amende / à six ans": the legal sense of a stance verb."""
        if verb.lemma_.lower() not in self.lex.verb_phrase:
            return False
        for token in verb.subtree:
            if token.i > verb.i and token.lower_ in self.lex.penalty_prepositions:
                after = self.doc[token.i + 1 : token.i + 4]
                if any(t.lower_ in self.lex.penalties for t in after):
                    return True
        return False

    def verb_phrase(self, verb) -> tuple[int, int] | None:
        if self.quotes_after_colon(verb):
            return None
        if comma_incise(verb) is not None:
            return None  # "Son gouvernement, a déclaré Milei, sera basé …": the name is its subject, no object
        if any(
            "Rel" in c.morph.get("PronType") and not c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children
        ):
            # "les mesures qu'elle a demandées": the relative's antecedent is what was asked, named
            # before; the clause reports no new statement ("X, qui a annoncé un appel" does)
            return None
        if self.is_infinitive(verb) and verb.head.i in self.verb_set and verb.head.i != verb.i:
            return None  # "a jugé bon de rappeler les consignes": the verb it completes reports it
        if (
            "Part" in verb.morph.get("VerbForm")
            and "Pres" in verb.morph.get("Tense")
            and verb.i > 1
            and self.doc[verb.i - 1].text == ","
            and verb.i - 2 in self.quoted
        ):
            # "a qualifié l'alliance de « menace importante … », soulignant l'ampleur des enjeux": a
            # participle glossing the quotation it follows is the narrator's, not a second statement
            return None
        complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.i > verb.i and c.pos_ != "PRON"]
        if self.judgement(verb):  # "juge le plan trop timide": the attribute, however the parse hangs it
            complements += [c for c in verb.children if c.i > verb.i and c.pos_ == "ADJ" and c not in complements]
        if any(
            t.lower_ in self.lex.complementisers and t.dep_ == "mark"
            for c in complements
            for t in c.subtree
            if t.i < min(x.i for x in c.subtree) + 2
        ):
            return None  # "a reconnu après le match que …": a que-clause the parse hung elsewhere is no object
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT":
            # "L'institution constate « l'échec » du projet, …" read as an adjective: the parse gives
            # it no complement; its words run to the first comma, stop or incise
            return verb.i, self.with_coordinated(self.words_end(verb.i + 1, sentence_of(verb).end))
        unsure = verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dep" and c.i > verb.i for c in verb.children)
        if not complements and unsure and verb.dep_ == "ROOT":
            # "Les conseils dénoncent des méthodes …" read as an adverb, or its object left unlabelled
            # ("dep"): its words run to the boundary
            return verb.i, self.clause_end(verb.i + 1, sentence_of(verb).end, strict=True)
        if not complements:
            return None
        start = self.verb_group_start(verb)
        end = self.phrase_end(start, max(t.i for c in complements for t in c.subtree) + 1, sentence_of(verb).end)
        if any(
            t.lower_ in self.lex.complementisers and t.pos_ == "SCONJ" and self.doc[t.i - 1].lower_ != "ce"
            for t in self.doc[verb.i + 1 : min(end, verb.i + 6)]
        ):
            return None  # "a reconnu après le match que …": a que-clause the parse hung elsewhere ("à ce que" is one)
        for token in self.doc[verb.i + 1 : end - 1]:
            nxt = self.doc[token.i + 1]
            if token.text == "," and "Part" in nxt.morph.get("VerbForm") and "Pres" in nxt.morph.get("Tense"):
                return start, token.i  # "…, reprochant à Moscou …": a participle starts a predicate of its own
            if token.pos_ == "CCONJ" and nxt.pos_ == "VERB" and nxt.head.i == verb.i and nxt.dep_ == "conj":
                return start, self.with_coordinated(token.i)  # a verb, a phrase, unless it says too
        return start, end

    def with_subject(self, verb, start: int, end: int) -> int:
        """Where the text of a verb-phrase statement starts: "Sa présidente Sophie Binet a parlé d'un
        succès" reads whole, "a parlé d'un succès" reads as a fragment. The subject is shown where a
        noun phrase without punctuation stands right before the verb group; not a pronoun, which
        says nothing read alone. Where the phrase quotes words ("a évoqué « trois morts »"), those
        words are the statement: the frame stays short. Only the text: the words said, and so their
        stance, are still the verb's phrase, and the subject is still the frame's."""
        if any(i in self.quoted for i in range(start, end)):
            return start
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return start
        first, last = subject.left_edge.i, subject.right_edge.i
        if last + 1 != start or any(t.is_punct or t.i in self.quoted for t in self.doc[first : last + 1]):
            return start
        doc = self.doc
        while (
            first > 1
            and doc[first - 1].text == "-"
            and not doc[first - 2].whitespace_
            and not doc[first - 1].whitespace_
        ):
            first -= 2  # "Anne-Christine Bataille", whose first name the parse left out of the subject
        return first

    def words_end(self, start: int, stop: int) -> int:
        """The first comma, colon, semicolon, stop or verb of saying after ``start`` outside the
        quotations, or ``stop``."""
        end = next(
            (
                t.i
                for t in self.doc[start:stop]
                if t.i not in self.quoted and (t.text in ",;:.!?" or t.i in self.verb_set)
            ),
            stop,
        )
        while end > start and self.doc[end - 1].pos_ == "CCONJ":
            end -= 1  # "condamnent le coup de force et réclament …": the next verb's conjunction
        return end

    def phrase_end(self, start: int, end: int, stop: int) -> int:
        """Where the parse left a phrase unfinished, its words go on: a token right after it that
        hangs on a word inside ("estime le taux à 40 %" with "%" attached to "40"), or the rest
        after a determiner or a preposition that cannot end a phrase ("de sa « vive inquiétude »"),
        up to a comma, a stop or an incise."""
        doc = self.doc
        while end < stop:
            token, last = doc[end], doc[end - 1]
            added = self.additive_after(end) if token.text == "," else 0
            if added:
                # "exprimé la solidarité des États-Unis, ainsi que leur volonté de …": one more term
                return self.words_end(end + 1 + added, stop)
            if token.text in (",", ";", ":", ".", "!", "?") or token.i in self.verb_set:
                break
            anchor = (
                token.head.head if token.dep_ in ("case", "det", "mark") else token.head
            )  # "sur le bilan": "bilan"'s head
            if (
                start <= anchor.i < end
                or last.pos_ in ("DET", "ADP", "CCONJ")
                or (
                    token.pos_ == "CCONJ" and doc[end + 1].pos_ in ("DET", "NOUN", "PROPN") if end + 1 < stop else False
                )
                or (token.i in self.quoted and last.i in self.quoted)
            ):
                end += 1
                continue
            break
        return end

    def with_coordinated(self, conj: int) -> int:
        """ "condamnent toute prise de pouvoir et demandent la libération de X", "a dénoncé des actes
        odieux et exprimé la solidarité de …": a verb of saying coordinated to the phrase, sharing its
        subject, goes on with the same statement through its own phrase; one that quotes ("a annoncé
        la rupture … et accusé la Russie d'avoir « attaqué … »") gives words of their own, apart."""
        doc = self.doc
        if conj >= len(doc) - 1 or doc[conj].pos_ != "CCONJ":
            return conj
        nxt = next((t for t in doc[conj + 1 : conj + 3] if t.pos_ != "AUX"), None)
        if nxt is None or nxt.i not in self.verb_set:
            return conj  # (right after "et", no subject of its own stands between)
        statement = self.reported_clause(nxt)
        if statement is None or statement.start <= conj or any(i in self.quoted for i in range(conj, statement.end)):
            return conj
        return statement.end

    def additive_after(self, comma: int) -> int:
        """How many words of an additive conjunction ("ainsi que", grammar.yml) follow a comma, or 0."""
        words = [t.lower_.replace("\u2019", "'") for t in self.doc[comma + 1 : comma + 4]]
        return next((len(c) for c in self.lex.additive_conjunctions if tuple(words[: len(c)]) == c), 0)

    @staticmethod
    def verb_group_start(verb) -> int:
        """First token of the verb group: its auxiliaries and reflexive clitic ("s'est prononcé")."""
        before = [
            c.i for c in verb.children if c.i < verb.i and (c.dep_.startswith("aux") or "Yes" in c.morph.get("Reflex"))
        ]
        return min(before + [verb.i])

    def reflexive_phrase(self, verb) -> bool:
        """ "s'est dit profondément choqué", "s'est félicité du succès" (speech_verbs.yml, reflexive_phrases)."""
        return verb_lemma(verb, self.lex) in self.lex.reflexive_phrases and any(
            "Yes" in c.morph.get("Reflex") for c in verb.children if c.i < verb.i
        )

    @staticmethod
    def bare_participle(token) -> bool:
        """ "objectif annoncé par Laura Flessel": a participle with no auxiliary reports nothing itself;
        "a nié que …", "a toutefois nié" where the parse made "a" the head has one, written before it."""
        if "Part" not in token.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in token.children):
            return False
        i = token.i - 1
        while i > 0 and token.doc[i].pos_ == "ADV":
            i -= 1
        before = token.doc[i]
        if before.i == token.i:
            return True
        if before.lemma_.lower() == "avoir":
            return False
        # "s'est dit": être after a reflexive clitic is the auxiliary of a verb ("est annoncé" is passive)
        return not (before.lemma_.lower() == "être" and i > 0 and "Yes" in token.doc[i - 1].morph.get("Reflex"))

    def quoted_after_adverbial(self, start: int, end: int) -> bool:
        """ "a précisé qu'en examinant la liste, « cinq personnes manquent encore à l'appel »": a clause
        whose only words of the narrator are an adverbial before a comma, the quotation filling the
        rest, is the quotation's frame ("qu'à sa connaissance, « il n'y avait pas » de …" goes on
        after it, and is the statement)."""
        doc = self.doc
        first = next((i for i in range(start, end) if i in self.quoted and i not in self.terms), None)
        if first is None or first == start or doc[first - 1].text != ",":
            return False
        narrator = [t for t in doc[start : first - 1] if t.is_alpha]
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in narrator):
            return False
        return self.all_quoted(first, end)

    def all_quoted(self, start: int, end: int) -> bool:
        """Every word is quoted speech: "s'est dit « consterné »" is the quotation's frame."""
        words = [t.i for t in self.doc[start:end] if t.is_alpha or t.like_num]
        return bool(words) and all(i in self.quoted and i not in self.terms for i in words)

    def mostly_quoted(self, start: int, end: int) -> bool:
        """Half the words or more are quoted speech (named terms aside; marks are no words)."""
        words = [t.i for t in self.doc[start:end] if t.is_alpha or t.like_num]
        quoted = sum(1 for i in words if i in self.quoted and i not in self.terms)
        return quoted * 2 >= len(words)
