"""Cue handling for what stands between a cue and its complement: the verb's object word
("لفت الانتباه إلى أن"), a comma ("مضيفا، أن") or a short adverbial phrase ("مؤكدا في ذات
الوقت أن") after a circumstantial cue. The rules themselves are in asides.py."""

from __future__ import annotations

from marsad.extract.quotes.asides import ASIDE_WORDS, aside_then_comp, opens_aside
from marsad.extract.quotes.clauses import Scanner, Tok
from marsad.extract.quotes.cues import CueForm


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
