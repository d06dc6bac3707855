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
  profondément choqué par …"), bounded by ``reported_phrases.py``; a present of saying the tagger
  misread ("L'institution constate …") with the words after it up to a comma;
- a source phrase (``selon-clause``, data/speech_verbs.yml source_phrases): "Selon X, …",
  "…, d'après X", "Celles-ci doivent, aux yeux de l'UDC, être …", "Pour X, …";
- a quotation inside such a clause, which it does not fill, is a fragment of the clause (one
  reported statement); a clause mostly quoted, or whose complement is all quoted ("s'est dit
  « consterné »"), is the quotation's frame, and the quotation the statement.
"""

from __future__ import annotations

from .reported_phrases import VerbPhrases
from .reported_que import QueClauses
from .speech import (
    CLAUSE_DEPS,
    COMPLEMENT_DEPS,
    Statement,
    loose_mark,
    sentence_of,
    verb_lemma,
)


class ReportedClauses(QueClauses, VerbPhrases):
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
        suivre la situation": a verb of saying whose complement is an infinitive reports it; not in a
        relative ("ce qu'elle estime être le naufrage des législatives" names a thing, it says nothing)."""
        if any("Rel" in c.morph.get("PronType") for c in verb.children if c.i < verb.i):
            return None
        for child in verb.children:
            if child.dep_ not in CLAUSE_DEPS or child.i < verb.i:
                continue
            if not self.is_infinitive(child) and not any(
                (c.dep_.startswith("aux") or c.dep_ == "cop") and self.is_infinitive(c) for c in child.children
            ):
                # "a dit ne pas être surpris", "affirment avoir capturé": the auxiliary says it; "a
                # assuré être prête à dialoguer": the copula of the adjective it heads
                continue
            copula = next((c.i for c in child.children if c.dep_ == "cop"), None)
            if any(c.dep_ in ("mark", "case") for c in child.children if c.i < (copula or child.i)):
                return None  # "appelé à …", "menacé de …": the verb phrase of a stance verb
            return self.verb_group_start(verb), self.infinitive_end(verb, max(t.i for t in child.subtree) + 1)
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if nxt is not None and self.is_infinitive(nxt) and nxt.head.i != verb.i and nxt.i not in self.quoted:
            # "en précisant suivre la situation": the parse made the verb of saying the infinitive's auxiliary
            return self.verb_group_start(verb), max(t.i for t in nxt.subtree if t.i >= nxt.i) + 1
        return None

    def infinitive_end(self, verb, end: int) -> int:
        """Past the infinitive, what the parse hung on the verb of saying goes on with it, with no comma
        between ("affirme avoir recensé « … » dans tout le pays lors de la journée")."""
        for child in sorted(verb.children, key=lambda c: c.i):
            if child.i < end or child.is_punct or child.dep_ not in (*COMPLEMENT_DEPS, "advmod"):
                continue
            first = min(t.i for t in child.subtree)
            if any(t.text in ",;:" or t.i in self.verb_set for t in self.doc[end:first] if t.i not in self.quoted):
                break
            end = max(end, max(t.i for t in child.subtree) + 1)
        return end

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
