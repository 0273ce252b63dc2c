"""Quotes from a cue's complement: a marked region, a colon, an إن/أن clause (mixed when
quoted fragments sit inside it), never overlapping a quote already found.
"""

from __future__ import annotations

import bisect

from marsad.document import Agent, Document, Quote, Span
from marsad.extract.quotes.attribution import CLOSING, Attribution
from marsad.extract.quotes.clauses import Tok, lexicon_set, rstrip_span
from marsad.extract.quotes.cues import Cue
from marsad.extract.quotes.speaker_words import norm_word
from marsad.extract.quotes.speakers import Mention, parse_speaker
from marsad.text.marks import Region


class Builder(Attribution):
    """Adds quotes to `self.quotes` from what the cue handlers found."""

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self._relays: dict[int, Tok | None] = {}  # relay_source by cue end

    # ------------------------------------------------------------------ helpers

    def in_quote(self, pos: int) -> bool:
        # a plain loop: asked for every cue, where any(…) would build a generator each time
        for q in self.quotes:  # noqa: SIM110
            if q.start <= pos < q.end:
                return True
        return False

    def relay_source(self, cue: Cue) -> Tok | None:
        """The عن of "نقل X عن Y" (None: نقل means "moved", not "quoted"); read once per cue
        (the cue positions, the clause breaks and the cue's handler all ask)."""
        if cue.end not in self._relays:
            toks = self.tokens(cue.end, self.paragraph_end(cue.end), 12)
            self._relays[cue.end] = next((t for t in toks if t.norm == "عن"), None)
        return self._relays[cue.end]

    def relay_reports(self, cue: Cue) -> bool:
        """ "ونقلت وكالة الأناضول أن …", "نقلت إذاعة صفاقس الرسمية أن": نقل with no عن
        reports what its subject, a body or an outlet, says when its إن/أن clause follows
        the subject straight away (not "نقل رجل إلى المستشفى بعد أن")."""
        comp = self.complement(cue.end, cue)
        if comp is None or comp[0] != "an":
            return False
        mention = parse_speaker(self.text, cue.end, comp[1].start, self.doc.entities)
        if mention is None or mention.kind != "organisation":
            return False  # "ونقل الدخيل تعازيه …، متمنيا أن", "نقل البيانات": no outlet
        # the outlet, then (at most a day word) its clause: "نقلت وكالة الأناضول السبت أن"
        return len(self.text[mention.end : comp[1].start].split()) <= 1

    def inner_credits(self, cues: list[Cue], phrases: list[Cue]) -> set[int]:
        """Credits ("بحسب", "حسب", "وفقا ل", "نقلا عن") between a verb cue's subject and its
        إن/أن clause ("وقال الناطق X حسب الإعلام الإيراني إن", "وأكدت الحكومة وفقاً لوكالة
        الأنباء اليمنية أنه", "قالت صحيفة X نقلا عن مسؤولين إن"): the verb's subject said
        it, so they bar no complement (with no فـ after them they open no quote of their
        own)."""
        out: set[int] = set()
        credits = [
            p
            for p in phrases
            if not p.prefixed
            and p.form.kind == "preposed"
            and p.form.lemma in lexicon_set("reporting_verbs", "credits")
        ]
        if not credits:
            return out  # most articles
        verbs = [c.end for c in cues if c.form.kind == "verb"]
        for p in credits:
            i = bisect.bisect_right(verbs, p.start) - 1
            if i < 0:
                continue
            gap = self.text[verbs[i] : p.start]
            if len(gap.split()) <= 10 and CLOSING.isdisjoint(gap):
                out.add(p.start)
        return out

    def clause_breaks(self, cues: list[Cue]) -> list[int]:
        """Where a new cue ends a reported clause it stands in.

        "… وفتاة وتوقعوا أن", "… المحلي مشيرا": a cue with و/ف, or a circumstantial one;
        "، وبين مدير عام الكلية أن": an ambiguous form only when it reports (an إن/أن, a colon
        or a mark follows); "… فإن المجلس قال إن ثمة": a subject and its verb nested in the
        clause start a quote of their own (the break is at the subject).
        """
        out = []
        for c in cues:
            if c.form.kind not in ("verb", "adv") or (
                c.form.relay and self.relay_source(c) is None
            ):
                continue  # "، فنقل إلى": moved
            at = c.start - (1 if c.prefixed else 0)
            if c.prefixed or c.form.kind == "adv":
                if not c.form.ambiguous or self.ambiguous_reports(c):
                    out.append(at)
            elif not c.form.ambiguous and self.nested_report(c):
                before = self.subject_before(c)
                opens = self.opens_clause(before.start) if isinstance(before, Mention) else None
                if opens is not None:
                    out.append(opens)
        return sorted(out)

    def ambiguous_reports(self, cue: Cue) -> bool:
        """Does an ambiguous form report here? A verb: an إن/أن, a colon or a mark within a few
        words ("وبين مدير الكلية أن"); a circumstantial form: at once ("مذكرة أصدرها" is a
        memo, "مبينة أن" reports)."""
        limit = self.paragraph_end(cue.end)
        if cue.form.kind != "adv":
            return self.reports(cue.end, limit)
        toks = self.tokens(cue.end, limit, 2)
        if toks and toks[0].norm in cue.form.preps:
            toks = toks[1:]
        return bool(toks) and (self.is_comp(toks[0].norm) or toks[0].norm == ":")

    def nested_report(self, cue: Cue) -> bool:
        """An unprefixed verb with its إن/أن right after it ("المجلس قال إن")."""
        nxt = self.text[cue.end : cue.end + 12].split(maxsplit=1)
        return bool(nxt) and self.is_comp(norm_word(nxt[0]))

    def opens_clause(self, pos: int) -> int | None:
        """Where a new main clause starts before the subject at `pos`: at "فإن"/"وإن" or
        right after a comma (None when the subject opens no clause).

        A bare أن before it is the outer cue's own ("أوضحت المصادر أن المتهم أقر بأنه"): the
        nested report is then what was said, not a new quote.
        """
        toks = self.tokens(max(0, pos - 12), pos, 4)
        if not toks:
            return None
        last = toks[-1]
        if last.norm in ("،", ","):
            return last.end
        if last.norm[:1] in "وف" and self.is_comp(last.norm[1:]):
            return last.start
        return None

    # ------------------------------------------------------------------ building quotes

    def add(
        self, start: int, end: int, kind: str, cue: Span, speaker: Agent | None, conf: float
    ) -> Quote | None:
        start, end = max(0, start), min(end, len(self.text))
        while start < end and self.text[start].isspace():
            start += 1
        end = rstrip_span(self.text, start, end)
        if end <= start or not any(map(str.isalpha, self.text[start:end])):  # no generator
            return None
        for q in self.quotes:  # a plain loop: no generator per quote added
            if q.start < end and start < q.end:
                return None
        quote = Quote(self.text[start:end], start, end, kind, cue, speaker, conf)
        self.quotes.append(quote)
        for r in self.regions:
            if start <= r.start and r.end <= end + 1:
                self.used.add(r.open_at)
        return quote

    def content_quote(
        self, cue: Cue, cue_span: Span, speaker: Agent | None, comp: tuple[str, Tok, Region | None]
    ) -> None:
        """Turn the complement found after a cue into a quote."""
        how, tok, region = comp
        conf = 0.9 if speaker is not None else 0.4
        if how == "mark" and region is not None:
            self.add(region.start, region.end, "direct", cue_span, speaker, conf)
            return
        if how == "colon":
            nxt = self.tokens(tok.end, len(self.text), 1)
            if nxt and nxt[0].start in self.open_at and nxt[0].start not in self.used:
                r = self.open_at[nxt[0].start]
                self.add(r.start, r.end, "direct", cue_span, speaker, conf)
                return
            if nxt and self.is_comp(nxt[0].norm):
                # "وأضاف الوزير: إن بلاده تحتاج …": a reported clause after the colon
                how, tok = "an", nxt[0]
            elif nxt:
                # unmarked speech ends with its sentence or where the narrator takes over
                # again with a new cue ("…، مشيراً إلى أن", "…، وأوضح أن")
                end = min(self.clause_end_sentence(nxt[0].start), self.next_break(nxt[0].start))
                self.add(nxt[0].start, end, "direct", cue_span, speaker, conf - 0.1)
                return
            else:
                return
        start = tok.end
        end = self.clause_end(start)
        inner = [r for r in self.regions if start <= r.open_at and r.start < end]
        text = self.text[start:end].strip()
        kind = "indirect"
        if inner:
            r = inner[0]
            whole = len(inner) == 1 and text and text[0] in '«“"„”' and r.end >= end - 1
            if whole:
                self.add(r.start, r.end, "direct", cue_span, speaker, conf)
                return
            kind = "mixed"
            end = max(end, max(r.close_at + 1 if r.close_at else r.end for r in inner))
        self.add(start, end, kind, cue_span, speaker, conf - 0.05)

    def next_break(self, start: int) -> int:
        """Where the next clause-breaking cue (not inside quote marks) starts."""
        i = bisect.bisect_right(self.breaks, start)
        while i < len(self.breaks):
            if not self.region_at(self.breaks[i]):
                return rstrip_span(self.text, start, self.breaks[i])
            i += 1
        return len(self.text)

    # ------------------------------------------------------------------ speakers
