"""Quotations: who said what (direct, indirect, mixed and headline quotes with speakers).

The grammar of reporting in Arabic news, driven by the lexicons in `marsad/lang/ar/`:
- a cue verb, its subject, then an إن/أن clause (indirect; mixed when the clause holds quoted
  fragments), a quote mark (direct) or a colon (direct, marked or not);
- the cue after the quote ("«…»، قال الوزير", "«…»، بحسب البيان", "على حد قوله");
- circumstantial cues ("مشيراً إلى أن") that continue the clause's speaker;
- nominal and passive cues ("وبحسب X فإن", "وجاء في البيان أن");
- headlines "زيلينسكي: 12 ألف جندي …".
Speakers come from `speakers.parse_speaker` (with `speaker_words` and `phrase_edges`), are
chosen by `attribution.Attribution` (the cue's subject or the one the grammar lends it) and
resolved by `resolve.Speakers`; `building.Builder` turns a complement into a quote;
`phrases.PhraseCues` handles the nominal and passive cues; clause boundaries and quote-mark
questions are answered by `clauses.Scanner`.
"""

from __future__ import annotations

from marsad.document import Document, Quote, Span
from marsad.extract.quotes.attribution import can_speak
from marsad.extract.quotes.clauses import FINAL, Tok
from marsad.extract.quotes.cues import Cue, scan
from marsad.extract.quotes.heads import people_noun
from marsad.extract.quotes.phrases import PhraseCues
from marsad.extract.quotes.speaker_words import norm_word
from marsad.extract.quotes.speakers import Mention, parse_speaker
from marsad.registry import component
from marsad.settings import Options
from marsad.text.marks import Region
from marsad.text.normalize import normalize
from marsad.text.sentences import split_paragraphs


@component("quotes", assigns=("quotes",), requires=("entities?",))
def extract_quotes(doc: Document, options: Options) -> Document:
    doc.quotes = find_quotes(doc)
    return doc


class Finder(PhraseCues):
    """One pass over one document."""

    # ------------------------------------------------------------------ cue handlers

    def on_verb(self, cue: Cue) -> None:
        form = cue.form
        start = cue.end
        if form.relay:
            an = self.relay_source(cue)
            if an is None and not self.relay_reports(cue):
                return  # "نقل المصابين إلى المستشفى": moved, not quoted
            start = an.end if an is not None else start
        if form.objects:
            start = self.past_object(start, form.objects)  # "لفت الانتباه إلى أن"
        if form.kind == "adv":
            toks = self.tokens(start, self.paragraph_end(start), 2)  # two are read below
            if not toks or not (
                self.is_comp(toks[0].norm)
                or toks[0].norm == ":"
                or self.comma_comp(toks)
                or toks[0].start in self.open_at
                or (toks[0].norm in form.preps and len(toks) > 1 and self.is_comp(toks[1].norm))
                or self.aside_comp(start, form, toks[0].norm)
            ):
                return
        if (
            form.ambiguous
            and not cue.prefixed
            and not self.comp_ahead(start)
            and not self.after_particle(cue)
        ):
            return  # "بين الطرفين", "كتب التاريخ": no إن/أن ahead, no report
        if form.ambiguous and cue.start in self.between:
            return  # "بالشراكة بين بلدية الجم وبعض البلديات … أن": a preposition
        comp = self.complement(start, cue)
        if form.continuation and not self.continues_speech(cue, comp):
            return  # "واصلت القوات تقدمها": an action goes on, no one speaks
        if (
            form.needs_saying
            and comp is not None
            and comp[0] != "an"
            and not self.saying(cue, comp)
        ):
            return  # "فأورد نماذج من أعمالهم: …" lists, "أورد فيها قوله: «…»" quotes
        if comp is not None and comp[0] == "an" and self.bare_impersonal(cue, comp[1]):
            return  # "وتبين أن": it turned out that
        if (
            form.ambiguous
            and not cue.prefixed
            and not self.after_particle(cue)
            and (comp is None or comp[0] != "an")
        ):
            return
        mention = None if form.kind == "adv" else self.subject(start, comp, cue)
        if mention is None and form.kind != "adv" and comp is not None and comp[0] == "mark":
            marked = self.marked_subject(start, comp[2], cue)
            if marked is not None:
                mention, comp = marked  # "وقال «المرصد السوري لحقوق الإنسان» إن"
        if (
            mention is not None
            and comp is not None
            and comp[0] == "mark"
            and mention.start < comp[1].start < mention.end
        ):
            # "أعلن المعهد السعودي للخطوط الحديدية “سرب”، عن …": the quoted word is the
            # subject's name; what it says (if anything) comes after the subject
            comp = self.complement(mention.end, cue)
            mention = self.subject(start, comp, cue) if comp is not None else mention
        if mention is not None and comp is not None and mention.start >= comp[1].start:
            mention = None
        if mention is not None and mention.kind == "thing" and comp is not None:
            mention = self.tagged_subject(mention, comp[1].start) or mention
        if mention is not None and mention.kind == "thing":
            return  # "تؤكد الأحداث أن …": events, not a speaker
        if form.human and not self.human_subject(cue, mention):
            return  # "وجدت أن" (I found), "وجدت الدراسة أن": no one is quoted
        if (
            comp is not None
            and comp[0] == "mark"
            and comp[2] is not None
            and self.far_scare(cue, comp[2])
        ):
            return
        cue_span = Span(self.text[cue.start : cue.end], cue.start, cue.end)  # once it is kept
        if comp is None:
            self.postposed(cue, cue_span, mention)
            return
        speaker, penalty = self.speaker_for(cue, mention, cue.start)
        self.note_issued(mention, comp)
        self.content_quote(cue, cue_span, speaker, comp)
        if self.quotes and self.quotes[-1].cue is cue_span and penalty:
            self.quotes[-1].confidence = round(self.quotes[-1].confidence + penalty, 2)

    def marked_subject(
        self, start: int, region: Region | None, cue: Cue
    ) -> tuple[Mention, tuple[str, Tok, Region | None]] | None:
        """A name in quote marks right after the cue, then إن/أن: the marks hold the subject,
        not its words ("وقال «المرصد السوري لحقوق الإنسان» إن"); tagged or titled only."""
        if region is None or region.close_at is None:
            return None
        comp = self.complement(region.close_at + 1, cue)
        if comp is None or comp[0] != "an":
            return None
        if self.text[region.close_at + 1 : comp[1].start].strip(" \t،,"):
            return None  # only the complement follows the name
        mention = self.quoted_subject(start, comp[1].start)
        name = self.text[region.start : region.end].strip()
        tagged = any(e.type in ("ORG", "PER") and e.text == name for e in self.doc.entities)
        if mention is None or not (tagged or mention.role is not None):
            return None
        return mention, comp

    def after_adam(self, start: int) -> bool:
        """ "فضل عدم ذكر اسمه", "ورفض ذكر اسمه": a verbal noun after عدم or رفض, no cue."""
        chunk = self.text[max(0, start - 8) : start]
        if "عدم" not in chunk and "رفض" not in chunk and "رافض" not in chunk:
            return False  # most cues: a substring test, no word to normalise
        before = chunk.split()[-1:]
        return bool(before) and normalize(before[0]) in _NEGATING

    def continues_speech(self, cue: Cue, comp: tuple[str, Tok, Region | None] | None) -> bool:
        """ "وختم بالقول إن", "ومضى قائلاً «…»", "وواصل X حديثه: «…»", "وواصل «…»"."""
        if comp is None:
            return False
        if comp[0] == "colon":
            return True
        between = self.tokens(cue.end, comp[1].start, 12)
        if not between and (comp[0] == "mark" or (comp[0] == "an" and cue.prefixed)):
            return True  # "ومضى «…»", "وختمت بأنه" (not "من أي وقت مضى بأن")
        return any(t.norm in self.lex.saying for t in between)

    def human_subject(self, cue: Cue, mention: Mention | None) -> bool:
        """A person, group or source found it (وجد الباحثون), or "they" go on (ووجدوا)."""
        if mention is None:
            before = self.subject_before(cue)
            if not isinstance(before, Mention):
                return cue.form.gender == "p"
            mention = before
        if mention.entity is not None and mention.entity.type == "PER":
            return True
        if mention.role is None:
            return mention.kind in ("group", "unnamed")
        # a title, not a people noun ("وجد هذا الشاب وراءه": the man found is the object)
        role = self.text[mention.role[0] : mention.role[1]].split()
        return bool(role) and people_noun(normalize(role[0])) is None

    def saying(self, cue: Cue, comp: tuple[str, Tok, Region | None]) -> bool:
        """A saying word (قوله، بالقول) between the cue and its complement."""
        return any(t.norm in self.lex.saying for t in self.tokens(cue.end, comp[1].start, 12))

    def bare_impersonal(self, cue: Cue, comp: Tok) -> bool:
        if not cue.form.ambiguous:
            return False  # "تبين" is a form of the ambiguous بين
        if normalize(self.text[cue.start : cue.end]) not in self.lex.bare_impersonal:
            return False
        return not self.tokens(cue.end, comp.start, 1)

    def after_particle(self, cue: Cue) -> bool:
        words = self.text[max(0, cue.start - 12) : cue.start].split()
        return bool(words) and norm_word(words[-1]) in ("كما", "قد", "وقد", "لقد", "ثم")

    def postposed(self, cue: Cue, cue_span: Span, mention: Mention | None) -> None:
        """ "«…»، قال الوزير" / "«…» حسبما ذكرت الوكالة": the cue comes after the quote."""
        region = self.region_closing_before(cue.start - (1 if cue.prefixed else 0))
        if region is None:
            if mention is not None and not can_speak(mention):
                mention = None  # "وكتب رسالة", "أعلن اعترافه": the verb's object, no speaker
            elif mention is None and cue.form.kind == "verb":
                before = self.subject_before(cue)  # "… أن صويلو أعلن عن مقتل …، مشيراً"
                mention = before if isinstance(before, Mention) else None
            if mention is not None:
                speaker, _ = self.speaker_for(cue, mention, cue.start)
                self.note_issued(mention, None)
            return
        if (
            self.is_title_quote(region)
            or self.text[region.start : region.end].rstrip()[-1:] in "?؟"
        ):
            return  # a title, a scare quote or the journalist's question
        speaker, penalty = self.speaker_for(cue, mention, cue.start)
        self.note_issued(mention, None)
        self.add(region.start, region.end, "direct", cue_span, speaker, 0.85 + penalty)

    # ------------------------------------------------------------------ headlines

    def headlines(self) -> None:
        spans = self.doc.headings or self.doc.paragraphs or split_paragraphs(self.text)
        for para in spans:
            # the colon is looked for in place: only a line that has one is cut out
            colon = self.text.find(":", para.start, para.end) - para.start
            if colon <= 0:
                continue
            line = self.text[para.start : para.end]
            if line.rstrip()[-1:] in FINAL or len(line.split()) > 16:
                continue
            left, right = line[:colon].strip(), line[colon + 1 :].strip()
            lw = left.split()
            if not 1 <= len(lw) <= 4 or len(right.split()) < 2 or any(c.isdigit() for c in left):
                continue
            norms = [norm_word(w) for w in lw]
            if norms[0] in self.slex.headline_labels or any(
                n in self.slex.stops or n in self.slex.openers or n in self.lex.forms for n in norms
            ):
                continue
            if right[0] in "/\\" or "http" in right:
                continue
            start = para.start + line.index(left)
            mention = parse_speaker(self.text, start, start + len(left), self.doc.entities)
            if mention is None or mention.kind in ("document", "thing"):
                continue
            speaker = self.speakers.agent(mention, None, start)
            content = para.start + colon + 1
            cue_span = Span(":", para.start + colon, para.start + colon + 1)
            region = next((r for r in self.regions if r.open_at >= content and r.close_at), None)
            if (
                region
                and self.text[content : region.open_at].strip() == ""
                and region.end >= para.end - 2
            ):
                self.add(region.start, region.end, "headline", cue_span, speaker, 0.7)
            else:
                self.add(content, para.end, "headline", cue_span, speaker, 0.7)

    # ------------------------------------------------------------------ driver

    def run(self) -> list[Quote]:
        cues, phrases = scan(self.text)
        # "فضّل عدم ذكر اسمه إن", "طالبا عدم كشف هويته": a verbal noun after عدم reports
        # nothing, and bars no complement of the cue before it
        cues = [c for c in cues if not self.after_adam(c.start)]
        # a verbal noun ("تصريح") never bars a verb's complement ("وقال في تصريح إن")
        self.cue_starts = {
            c.start - (1 if c.prefixed else 0)
            for c in cues + phrases
            if c.form.kind not in ("masdar", "backward")
            and (not c.form.relay or self.relay_source(c))
        }
        # "بين" between two nouns bars nothing and reports nothing (never prefixed)
        self.between = {c.start for c in cues if c.form.ambiguous and self.inside_phrase(c)}
        self.cue_starts -= self.between | self.inner_credits(cues, phrases)
        self.cue_list = sorted(self.cue_starts)
        self.breaks = self.clause_breaks(cues)
        self.backward_sources(cues)
        events = sorted(cues + phrases, key=lambda c: (c.start, c.form.kind != "verb"))
        self.headlines()
        done: set[tuple[int, str]] = set()
        for cue in events:
            if self.region_at(cue.start) or self.in_quote(cue.start):
                continue
            if cue.form.kind in ("impersonal", "backward"):
                continue
            key = (cue.start, cue.form.kind)
            if key in done:
                continue
            done.add(key)
            if cue.form.kind in ("verb", "adv"):
                self.on_verb(cue)
            else:
                self.on_phrase(cue)
        self.quotes.sort(key=lambda q: q.start)
        self.speakers.finish([q.speaker for q in self.quotes if q.speaker is not None])
        return self.quotes


def find_quotes(doc: Document) -> list[Quote]:
    """Every quote of `doc`, in text order."""
    if not doc.text.strip():
        return []
    return Finder(doc).run()


# ---------------------------------------------------------------------- small pure helpers


_NEGATING = frozenset(["عدم", "رفض", "ورفض", "رفضت", "ورفضت", "رافضا", "رافضه"])
