"""Quotations: who said what (direct, indirect, mixed and headline quotes with speakers).

The grammar of reporting in Arabic news, driven by the lexicons in `marsad/lang/ar/`:
- a cue verb, its subject, then an إن/أن clause (indirect; mixed when the clause holds quoted
  fragments), a quote mark (direct) or a colon (direct, marked or not);
- the cue after the quote ("«…»، قال الوزير", "«…»، بحسب البيان", "على حد قوله");
- circumstantial cues ("مشيراً إلى أن") that continue the clause's speaker;
- nominal and passive cues ("وبحسب X فإن", "وجاء في البيان أن");
- headlines "زيلينسكي: 12 ألف جندي …".
Speakers come from `speakers.parse_speaker` and are resolved by `resolve.Speakers`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache

from marsad.document import Agent, Document, Quote, Span
from marsad.extract.cues import Cue, bounded, cue_lexicon, scan
from marsad.extract.resolve import Speakers
from marsad.extract.speakers import Mention, parse_speaker, speaker_lexicon
from marsad.lang import load_lexicon
from marsad.registry import component
from marsad.settings import Options
from marsad.text.marks import Region, quoted_regions
from marsad.text.normalize import normalize
from marsad.text.sentences import split_paragraphs

_TOKEN = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+|[^\s\w]")
_FIRST_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?؟…؛;\n]|[،,]")
_FINAL = ".!?؟…؛;"
_PRONOUN_GENDER = {"ه": "m", "ها": "f", "هم": "p", "هما": "p", "هن": "p"}
WINDOW_AN = 22  # words between a cue and its إن/أن
WINDOW_MARK = 32  # words between a cue and the opening quote mark
WINDOW_COLON = 14


@component("quotes", assigns=("quotes",), requires=("entities?",))
def extract_quotes(doc: Document, options: Options) -> Document:
    doc.quotes = find_quotes(doc)
    return doc


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    norm: str


class Finder:
    """One pass over one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.regions = quoted_regions(self.text)
        self.open_at = {r.open_at: r for r in self.regions}
        self.region_opens = [r.open_at for r in self.regions]
        self.speakers = Speakers(doc)
        self.quotes: list[Quote] = []
        self.used: set[int] = set()  # open_at of regions already inside a quote
        self.lex = cue_lexicon()
        self.slex = speaker_lexicon()
        self.cue_starts: set[int] = set()
        self.cue_list: list[int] = []
        self.breaks: list[int] = []

    # ------------------------------------------------------------------ helpers

    def region_at(self, pos: int) -> Region | None:
        """The quoted region whose content contains `pos`."""
        i = bisect.bisect_right(self.region_opens, pos) - 1
        if i >= 0:
            r = self.regions[i]
            if r.open_at < pos < (r.close_at if r.close_at is not None else r.end + 1):
                return r
        return None

    def in_quote(self, pos: int) -> bool:
        return any(q.start <= pos < q.end for q in self.quotes)

    def tokens(self, start: int, limit: int, n: int) -> list[Tok]:
        out = []
        for m in _TOKEN.finditer(self.text, start, limit):
            norm = normalize(m.group())
            if norm:
                out.append(Tok(m.start(), m.end(), norm))
            if len(out) >= n:
                break
        return out

    def paragraph_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return len(self.text) if end < 0 else end

    def is_comp(self, norm: str) -> bool:
        if norm in self.lex.complementizers:
            return True
        return any(
            norm.endswith(p) and norm[: -len(p)] in self.lex.complementizers
            for p in self.lex.comp_pronouns
        )

    def is_title_quote(self, region: Region) -> bool:
        """A quoted name, title or scare quote: glued to a word or after "بعنوان", "في"."""
        i = region.open_at
        if i > 0 and (self.text[i - 1].isalnum() or self.text[i - 1] == "\u0640"):
            return True
        before = self.text[max(0, i - 40) : i].split()
        if not before:
            return False
        prev = normalize(before[-1])
        if prev in _lexicon_set("speakers", "title_introducers"):
            return True
        short = len(self.text[region.start : region.end].split()) <= 3
        return short and prev in _lexicon_set("speakers", "short_quote_prepositions")

    # ------------------------------------------------------------------ clause boundaries

    def clause_end(self, start: int) -> int:
        """End of a reported clause that starts at `start`."""
        limit = self.paragraph_end(start)
        i = bisect.bisect_right(self.breaks, start)
        while i < len(self.breaks) and self.breaks[i] < limit:
            if not self.region_at(self.breaks[i]):
                limit = self.breaks[i]
                break
            i += 1
        for m in _SENTENCE_END.finditer(self.text, start, limit):
            pos = m.start()
            if self.region_at(pos):
                continue
            ch = m.group()
            if ch == "." and _inside_number(self.text, pos):
                continue
            if ch in "،,":
                if self.breaks_clause(m.end(), limit):
                    return _rstrip(self.text, start, pos)
                continue
            return _rstrip(self.text, start, pos)
        return _rstrip(self.text, start, limit)

    def breaks_clause(self, pos: int, limit: int) -> bool:
        """Does the text after a comma start a new clause (not more of what was said)?"""
        toks = self.tokens(pos, limit, 3)
        if not toks:
            return False
        norms = tuple(t.norm for t in toks)
        for brk in self.lex.clause_breaks:
            if norms[: len(brk)] == brk:
                return True
        first = norms[0]
        if first in self.lex.forms or (first[:1] in "وف" and first[1:] in self.lex.forms):
            return self.lex.forms.get(first, self.lex.forms.get(first[1:])) is not None
        # "، ويمثل الإخفاق": و + an imperfect verb opens a new main clause
        return len(first) >= 4 and first[0] == "و" and first[1] == "ي"

    # ------------------------------------------------------------------ building quotes

    def add(
        self, start: int, end: int, kind: str, cue: Span, speaker: Agent | None, conf: float
    ) -> Quote | None:
        start, end = max(0, start), min(end, len(self.text))
        while start < end and self.text[start].isspace():
            start += 1
        end = _rstrip(self.text, start, end)
        if end <= start or not any(ch.isalpha() for ch in self.text[start:end]):
            return None
        if any(q.start < end and start < q.end for q in self.quotes):
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
            if nxt:
                end = self.clause_end_sentence(nxt[0].start)
                self.add(nxt[0].start, end, "direct", cue_span, speaker, conf - 0.1)
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

    def clause_end_sentence(self, start: int) -> int:
        limit = self.paragraph_end(start)
        for m in re.finditer(r"[.!?؟]", self.text[start:limit]):
            pos = start + m.start()
            if not self.region_at(pos) and not _inside_number(self.text, pos):
                return pos
        return limit

    def complement(self, start: int, cue: Cue | None) -> tuple[str, Tok, Region | None] | None:
        """What follows the speaker: ("an", token) | ("mark", token, region) | ("colon", token).

        One compiled regex jumps from event to event (a mark, a colon, a full stop, an إن/أن
        word); only the words in between are counted, never normalised one by one.
        """
        limit = self.paragraph_end(start)
        first = _FIRST_WORD.search(self.text, start, limit)
        if first is None:
            return None
        barrier = self.next_cue(first.end(), limit)
        for m in _events().finditer(self.text, start, min(limit, barrier)):
            at = m.start()
            n_words = len(self.text[start:at].split())
            if n_words > WINDOW_MARK:
                return None
            kind = m.lastgroup
            tok = Tok(at, m.end(), m.group())
            if kind == "mark":
                if at not in self.open_at or at in self.used:
                    continue
                region = self.open_at[at]
                if self.is_title_quote(region) or self.quoted_name(region):
                    continue  # لـ"الوطن", في "أسئلة وأجوبة", وكالة "سبوتنيك": read on
                if cue is not None and not cue.form.direct:
                    return None
                return ("mark", tok, region)
            if kind == "final":
                if _inside_number(self.text, at) or self.region_at(at):
                    continue
                return None
            if kind == "colon":
                if self.region_at(at):
                    continue
                return ("colon", tok, None) if n_words <= WINDOW_COLON else None
            if kind == "comp" and n_words <= WINDOW_AN and not self.region_at(at):
                before = self.text[max(start, at - 30) : at].split()
                if not before or normalize(before[-1]) not in self.lex.an_blockers:
                    return ("an", tok, None)
        return None

    def next_cue(self, start: int, limit: int) -> int:
        """Where the next cue word starts after `start` (or `limit`)."""
        i = bisect.bisect_left(self.cue_list, start)
        return self.cue_list[i] if i < len(self.cue_list) and self.cue_list[i] < limit else limit

    # ------------------------------------------------------------------ speakers

    def subject(self, start: int, comp: tuple[str, Tok, Region | None] | None) -> Mention | None:
        limit = comp[1].start if comp else self.paragraph_end(start)
        return parse_speaker(self.text, start, limit, self.doc.entities)

    def speaker_for(
        self, cue: Cue, mention: Mention | None, pos: int
    ) -> tuple[Agent | None, float]:
        gender = cue.form.gender
        if mention is not None:
            return self.speakers.agent(mention, gender, pos), 0.0
        if cue.form.kind == "adv":  # "مشيراً إلى أن": the clause's own speaker
            return self.speakers.implied(gender, pos), -0.1
        before = self.subject_before(cue)
        if isinstance(before, Mention):
            return self.speakers.agent(before, gender, pos), 0.0
        if isinstance(before, str):  # "… إلا أنه قال": the sentence's own subject
            gender = before
            subject = self.sentence_subject(cue)
            if subject is not None:
                return self.speakers.agent(subject, gender, pos), -0.1
        found = self.speakers.implied(gender, pos)
        if found is None:
            subject = self.sentence_subject(cue)
            if subject is not None:
                return self.speakers.agent(subject, gender, pos), -0.2
        return found, -0.15

    def sentence_subject(self, cue: Cue) -> Mention | None:
        """The named subject after the first (verb) word of the cue's sentence."""
        begin = max(self.text.rfind(ch, 0, cue.start) for ch in ".!?؟\n") + 1
        toks = self.tokens(begin, cue.start, 2)
        if len(toks) < 2 or toks[0].norm[:1] not in "وف" or toks[0].start >= cue.start - 1:
            return None
        mention = parse_speaker(self.text, toks[1].start, cue.start, self.doc.entities)
        if mention is None or mention.kind != "person" or mention.end > cue.start:
            return None
        return mention

    def subject_before(self, cue: Cue) -> Mention | str | None:
        """SVO order: "لكن كينياتا قال إن", "إلا أنه قال إنه" (a pronoun gives a gender)."""
        if cue.prefixed:
            return None
        head = self.text[max(0, cue.start - 80) : cue.start]
        words = head.split()
        if not words or any(ch in words[-1] for ch in "،,.:؛\n"):
            return None
        last = normalize(words[-1])
        for comp in ("ان", "بان"):
            for pron, gender in _PRONOUN_GENDER.items():
                if last == comp + pron:
                    return gender
        run: list[str] = []
        for w in reversed(words[-4:]):
            n = normalize(w)
            if n in self.slex.stops or n in self.slex.openers or n in self.lex.forms:
                break
            if any(ch in w for ch in "،,.:؛()"):
                break
            run.insert(0, w)
        if not run:
            return None
        start = cue.start - len(" ".join(run)) - 1
        start = self.text.find(run[0], max(0, start - 2))
        if start < 0:
            return None
        mention = parse_speaker(self.text, start, cue.start, self.doc.entities)
        if mention is None or mention.end > cue.start:
            return None
        return mention

    # ------------------------------------------------------------------ cue handlers

    def on_verb(self, cue: Cue) -> None:
        form = cue.form
        cue_span = Span(self.text[cue.start : cue.end], cue.start, cue.end)
        start = cue.end
        if form.relay:
            toks = self.tokens(start, self.paragraph_end(start), 12)
            an = next((t for t in toks if t.norm == "عن"), None)
            if an is None:
                return
            start = an.end
        if form.kind == "adv":
            toks = self.tokens(start, self.paragraph_end(start), 3)
            if not toks or not (
                self.is_comp(toks[0].norm)
                or toks[0].norm == ":"
                or toks[0].start in self.open_at
                or (toks[0].norm in form.preps and len(toks) > 1 and self.is_comp(toks[1].norm))
            ):
                return
        comp = self.complement(start, cue)
        if (
            form.ambiguous
            and not cue.prefixed
            and not self.after_particle(cue)
            and (comp is None or comp[0] != "an")
        ):
            return
        mention = None if form.kind == "adv" else self.subject(start, comp)
        if mention is not None and comp is not None and mention.start >= comp[1].start:
            mention = None
        if mention is not None and mention.kind == "thing":
            return  # "تؤكد الأحداث أن …": events, not a speaker
        if (
            comp is not None
            and comp[0] == "mark"
            and comp[2] is not None
            and self.far_scare(cue, comp[2])
        ):
            return
        if comp is None:
            self.postposed(cue, cue_span, mention)
            return
        speaker, penalty = self.speaker_for(cue, mention, cue.start)
        self.note_issued(mention, comp)
        self.content_quote(cue, cue_span, speaker, comp)
        if self.quotes and self.quotes[-1].cue is cue_span and penalty:
            self.quotes[-1].confidence = round(self.quotes[-1].confidence + penalty, 2)

    def quoted_name(self, region: Region) -> bool:
        """A short quoted name inside the speaker phrase: وكالة "سبوتنيك"، أوضحت "بوصلة" أن.

        Three words or fewer, and the sentence goes on (a short answer ends its sentence:
        "وقال: «لا»."), or the word before is an organisation's head.
        """
        if len(self.text[region.start : region.end].split()) > 3 or region.close_at is None:
            return False
        before = self.text[max(0, region.open_at - 30) : region.open_at].split()
        if before and normalize(before[-1]) in self.slex.organisations:
            return True
        after = self.text[region.close_at + 1 : region.close_at + 4].strip()
        return bool(after) and after[0] not in _FINAL + "،,\n"

    def far_scare(self, cue: Cue, region: Region) -> bool:
        """A one- or two-word quote far from its cue is a nickname or a scare quote."""
        short = len(self.text[region.start : region.end].split()) <= 2
        return short and len(self.text[cue.end : region.open_at].split()) > 6

    def after_particle(self, cue: Cue) -> bool:
        words = self.text[max(0, cue.start - 12) : cue.start].split()
        return bool(words) and normalize(words[-1]) in ("كما", "قد", "وقد", "لقد", "ثم")

    def note_issued(
        self, mention: Mention | None, comp: tuple[str, Tok, Region | None] | None
    ) -> None:
        """ "ذكرت السفارة في بيان": the speaker issued a بيان (for a later "البيان")."""
        if mention is None or not self.speakers.records:
            return
        limit = comp[1].start if comp else self.paragraph_end(mention.end)
        toks = self.tokens(mention.end, limit, 4)
        for a, b in itertools.pairwise(toks):
            if a.norm in ("في", "عبر") and b.norm in self.slex.documents:
                self.speakers.issued(self.speakers.records[-1], b.norm)

    def postposed(self, cue: Cue, cue_span: Span, mention: Mention | None) -> None:
        """ "«…»، قال الوزير" / "«…» حسبما ذكرت الوكالة": the cue comes after the quote."""
        region = self.region_closing_before(cue.start - (1 if cue.prefixed else 0))
        if region is None:
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

    def region_closing_before(self, pos: int) -> Region | None:
        gap_start = pos
        words = 0
        while gap_start > 0 and (self.text[gap_start - 1] in " \t،,:" or words < 2):
            ch = self.text[gap_start - 1]
            if ch in '»”"›':
                break
            if ch.isalpha() or ch in "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652":
                # allow one backward marker word ("حسبما", "كما")
                j = gap_start
                while j > 0 and not self.text[j - 1].isspace():
                    j -= 1
                if normalize(self.text[j:gap_start]) not in _backward_words():
                    return None
                gap_start = j
                words += 1
                continue
            if ch not in " \t،,:":
                return None
            gap_start -= 1
        if gap_start == 0:
            return None
        close = gap_start - 1
        for r in self.regions:
            if r.close_at == close and r.open_at not in self.used:
                return r
        return None

    def on_phrase(self, cue: Cue) -> None:
        kind = cue.form.kind
        cue_span = Span(
            self.text[cue.start : cue.end].rstrip(),
            cue.start,
            cue.start + len(self.text[cue.start : cue.end].rstrip()),
        )
        if kind == "passive":
            comp = self.complement(cue.end, None)
            mention = self.subject(cue.end, comp)
            if comp is None or mention is None:
                return
            self.content_quote(cue, cue_span, self.speakers.agent(mention, None, cue.start), comp)
        elif kind == "preposed":
            self.preposed(cue, cue_span)
        elif kind in ("postposed", "own_words"):
            region = self.region_closing_before(cue.start)
            if region is None or region.open_at in self.used:
                return
            speaker: Agent | None
            if kind == "own_words":
                gender = _PRONOUN_GENDER.get(_suffix(normalize(cue_span.text)), "m")
                speaker = self.speakers.implied(gender, cue.start)
            else:
                mention = parse_speaker(
                    self.text, cue.end, self.paragraph_end(cue.end), self.doc.entities
                )
                speaker = self.speakers.agent(mention, None, cue.start) if mention else None
            self.add(region.start, region.end, "direct", cue_span, speaker, 0.8)

    def preposed(self, cue: Cue, cue_span: Span) -> None:
        """ "وبحسب البيان، فإن …", "ووفقاً للرئيس الأوكراني، فإنه …", "بحسب X: «…»"."""
        limit = self.paragraph_end(cue.end)
        toks = self.tokens(cue.end, limit, 16)
        for i, tok in enumerate(toks):
            if tok.norm in _FINAL:
                return
            if tok.start in self.open_at and i > 0:
                region = self.open_at[tok.start]
                if toks[i - 1].norm in "،,:" and not self.is_title_quote(region):
                    mention = parse_speaker(
                        self.text, cue.end, tok.start, self.doc.entities, governed=True
                    )
                    speaker = self.speakers.agent(mention, None, cue.start) if mention else None
                    self.add(region.start, region.end, "direct", cue_span, speaker, 0.8)
                return
            if i > 0 and tok.norm[:1] == "ف" and _fa_clause(tok.norm, self.lex.complementizers):
                mention = parse_speaker(
                    self.text, cue.end, tok.start, self.doc.entities, governed=True
                )
                if mention is None:
                    return
                speaker = self.speakers.agent(mention, None, cue.start)
                start = tok.end if _fa_skips_word(tok.norm) else tok.start + 1
                end = self.clause_end(start)
                inner = [r for r in self.regions if start <= r.open_at < end]
                self.add(start, end, "mixed" if inner else "indirect", cue_span, speaker, 0.8)
                return

    # ------------------------------------------------------------------ headlines

    def headlines(self) -> None:
        spans = self.doc.headings or self.doc.paragraphs or split_paragraphs(self.text)
        for para in spans:
            line = self.text[para.start : para.end]
            colon = line.find(":")
            if colon <= 0 or line.rstrip()[-1:] in _FINAL or len(line.split()) > 16:
                continue
            left, right = line[:colon].strip(), line[colon + 1 :].strip()
            lw = left.split()
            if not 1 <= len(lw) <= 4 or len(right.split()) < 2 or any(c.isdigit() for c in left):
                continue
            norms = [normalize(w) for w in lw]
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
        self.cue_starts = {c.start - (1 if c.prefixed else 0) for c in cues + phrases}
        self.cue_list = sorted(self.cue_starts)
        # a new cue inside a reported clause ends it ("… وفتاة وتوقعوا أن", "… المحلي مشيرا")
        self.breaks = sorted(
            c.start - (1 if c.prefixed else 0)
            for c in cues
            if not c.form.ambiguous
            and c.form.kind in ("verb", "adv")
            and (c.prefixed or c.form.kind == "adv")
        )
        events = sorted(cues + phrases, key=lambda c: (c.start, c.form.kind != "verb"))
        self.headlines()
        done: set[tuple[int, str]] = set()
        for cue in events:
            if self.region_at(cue.start) or self.in_quote(cue.start):
                continue
            if cue.form.kind == "impersonal":
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


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:"):
        end -= 1
    return end


def _inside_number(text: str, pos: int) -> bool:
    return 0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()


def _suffix(norm: str) -> str:
    for p in ("هما", "هم", "هن", "ها", "ه"):
        if norm.endswith(p):
            return p
    return ""


_FA_WORDS = frozenset(
    ["ان", "انه", "انها", "انهم", "قد", "لقد", "منذ", "لا", "لم", "لن", "هناك", "ان"]
)


def _fa_clause(norm: str, comps: frozenset[str]) -> bool:
    """A فـ word that opens the main clause after "بحسب X": فإن، فإنه، فقد، فمنذ …"""
    rest = norm[1:]
    return len(rest) >= 2 and (rest in _FA_WORDS or rest in comps)


def _fa_skips_word(norm: str) -> bool:
    return norm[1:] in ("ان", "انه", "انها", "انهم", "قد", "لقد")


@cache
def _lexicon_set(name: str, key: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in load_lexicon(name).get(key, []))


@cache
def _events() -> re.Pattern[str]:
    """Quote marks, colons, sentence ends and إن/أن words (with a pronoun: إنه، أنها)."""
    lex = cue_lexicon()
    words = [c + p for c in lex.complementizers for p in ("", *lex.comp_pronouns)]
    comp = bounded(words, prefix=False).pattern
    return re.compile(
        r'(?P<mark>[«»“”"„‟‹›])|(?P<colon>:)|(?P<final>[.!?؟…؛;\n])|(?P<comp>' + comp + ")"
    )


@cache
def _backward_words() -> frozenset[str]:
    data = load_lexicon("reporting_verbs")["nominal"]
    return frozenset(normalize(w) for w in data.get("backward", []) if " " not in w)
