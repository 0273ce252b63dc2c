"""Cue handling for what stands between a cue and its complement: the verb's object word
("لفت الانتباه إلى أن"), a comma ("مضيفا، أن") or a short adverbial phrase ("مؤكدا في ذات
الوقت أن") after a circumstantial cue (the rules themselves are in asides.py); and "بين"
between two nouns, which is no cue ("العلاقة بين المعارضة وقوات التحالف")."""

from __future__ import annotations

from marsad.extract.quotes.asides import ASIDE_WORDS, aside_then_comp, opens_aside
from marsad.extract.quotes.clauses import Scanner, Tok, lexicon_set
from marsad.extract.quotes.cues import Cue, CueForm
from marsad.extract.quotes.speaker_words import norm_word


class Gaps(Scanner):
    def past_object(self, start: int, objects: tuple[str, ...]) -> int:
        """After the verb's object word if it comes first ("لفت الانتباه إلى أن")."""
        toks = self.tokens(start, self.paragraph_end(start), 1)
        return toks[0].end if toks and toks[0].norm in objects else start

    def comma_comp(self, toks: list[Tok]) -> bool:
        """A comma, then the complement or a quote mark ("مضيفا، أن", "قائلا، "إن …"")."""
        return (
            len(toks) > 1
            and toks[0].norm in ("،", ",")
            and (self.is_comp(toks[1].norm) or toks[1].start in self.open_at)
        )

    def aside_comp(self, start: int, form: CueForm, first: str) -> bool:
        """A circumstantial cue, a short adverbial phrase, then its إن/أن clause
        ("مؤكدا في ذات الوقت أن", "قائلا لوكالة الصحافة الفرنسية، إن"); `first` is the
        first word after the cue."""
        lex = self.lex
        if form.ambiguous or not opens_aside(first, lex.adv_asides):
            return False  # "يتخذ من بيروت مقرا له، أن": a seat, not a cue
        toks = self.tokens(start, self.paragraph_end(start), ASIDE_WORDS + 2)
        return aside_then_comp(toks, form.preps, lex.adv_asides, lex.an_blockers, self.is_comp)

    def inside_phrase(self, cue: Cue) -> bool:
        """ "بين" straight after a noun, not followed by a short subject and إن/أن
        ("بالشراكة بين بلدية الجم وبعض البلديات … أن", "المعني بملف العلاقة بين المعارضة
        …"): the preposition "between", not the verb ("من جانبه، بين X أن", "وفي نفس
        السياق بيّن المهندس X أنه")."""
        if cue.prefixed or cue.form.lemma != "بين":
            return False
        before = self.text[max(0, cue.start - 12) : cue.start].split()
        if not before or not before[-1][-1:].isalpha():
            return False  # after a comma or a full stop: a clause opens
        if norm_word(before[-1]) in lexicon_set("reporting_verbs", "verb_openers"):
            return False  # "وبدوره بين", "كما بين", "و بين": the verb
        # the verb: its subject (no "و Y" of "بين X وY") and then إن/أن within four words
        ahead = self.text[cue.end : cue.end + 80]
        if not ("أن" in ahead or "إن" in ahead or "ان" in ahead):
            return True  # no إن/أن near: a quick answer for most "between"
        for tok in self.tokens(cue.end, self.paragraph_end(cue.end), 5):
            if self.is_comp(tok.norm):
                return False
            if tok.norm[:1] == "و" or not tok.norm[:1].isalpha():
                return True
        return True
