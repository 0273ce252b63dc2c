"""Where a reported clause starts and ends, read off the text with compiled regexes.

`Scanner` holds one article's quote-mark regions and cue positions and answers the questions
the quote finder asks: what follows a speaker (an إن/أن word, a quote mark, a colon), where a
reported clause stops (sentence end, ؛, a comma before a new clause or a new cue), whether a
quoted stretch is a title, a name or a scare quote rather than speech.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from marsad.extract.quotes.asides import apposition_after, long_apposition, opens_with_an
from marsad.extract.quotes.cues import LETTERS, Cue, bounded, cue_lexicon
from marsad.extract.quotes.dots import dotted_point
from marsad.extract.quotes.speaker_words import norm_word, speaker_lexicon
from marsad.lang import load_lexicon
from marsad.text.marks import ALL_MARKS, Region, quoted_regions
from marsad.text.normalize import DIACRITICS, TATWEEL, normalize

_NORM = attrgetter("norm")  # a token's norm, read in C (no generator)
_TOKEN = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+|[^\s\w]")
_FIRST_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?؟…؛;\n]|[،,]")
FINAL = ".!?؟…؛;"
WINDOW_AN = 22  # words between a cue and its إن/أن
WINDOW_MARK = 32  # words between a cue and the opening quote mark
WINDOW_COLON = 14
WINDOW_APPOSITION = 45  # words of a comma-bounded apposition (asides.long_apposition)
COMP_REACH = 400  # characters: more than WINDOW_AN words of any news text
# "، حيث أورد", "، لكنه قال إن": a connective before a new cue opens its own report
_CONNECTIVES = frozenset(
    ["حيث", "اذ", "ثم"] + [f"{c}{p}" for c in ("لكن", "ولكن") for p in ("ه", "ها", "هم", "هما")]
)


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    norm: str


class Scanner:
    """Quote marks, cue positions and clause boundaries of one article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.regions = quoted_regions(text)
        self.open_at = {r.open_at: r for r in self.regions}
        self.region_opens = [r.open_at for r in self.regions]
        self.used: set[int] = set()  # open_at of regions already inside a quote
        self.lex = cue_lexicon()
        self.slex = speaker_lexicon()
        self.cue_starts: set[int] = set()
        self.between: set[int] = set()  # ambiguous cues inside a phrase ("بين" between)
        self.cue_list: list[int] = []
        self.breaks: list[int] = []
        self.back_heads = _backward_words() | {"ما", "لما"}  # "حسبما", "وفق ما", "وفقا لما"

    def region_at(self, pos: int) -> Region | None:
        """The quoted region whose content contains `pos`."""
        i = bisect.bisect_right(self.region_opens, pos) - 1
        if i >= 0:
            r = self.regions[i]
            if r.open_at < pos < (r.close_at if r.close_at is not None else r.end + 1):
                return r
        return None

    def tokens(self, start: int, limit: int, n: int) -> list[Tok]:
        out: list[Tok] = []
        last = ""  # the norm of the token before
        for m in _TOKEN.finditer(self.text, start, limit):
            norm = norm_word(m.group())
            if not norm or (norm == "." and last == "د"):
                continue  # a lone mark; "د. سعد": the abbreviation's point ends no sentence
            out.append(Tok(m.start(), m.end(), norm))
            if len(out) >= n:
                break
            last = norm
        return out

    def paragraph_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return len(self.text) if end < 0 else end

    def comp_ahead(self, start: int) -> bool:
        """Is there an إن/أن word within the reach of a cue's complement? One word at `start`,
        or one after a non-letter: a pattern that opens with a character class, so the engine
        skips the letters inside words in C."""
        _, at, after = _event_scanners()
        end = start + COMP_REACH
        return at.match(self.text, start, end) is not None or (
            after.search(self.text, start, end) is not None
        )

    def is_comp(self, norm: str) -> bool:
        """إن/أن/بأن, also with a pronoun (إنه، أنها)."""
        return norm in _comp_words()

    def is_title_quote(self, region: Region) -> bool:
        """A quoted name, title or scare quote: glued to a word or after "بعنوان", "في"."""
        i = region.open_at
        if i > 0 and (self.text[i - 1].isalnum() or self.text[i - 1] == "\u0640"):
            return True
        before = self.text[max(0, i - 40) : i].split()
        if not before:
            return False
        prev = norm_word(before[-1])
        if prev in lexicon_set("speakers", "title_introducers"):
            return True
        short = len(self.text[region.start : region.end].split()) <= 3
        return short and prev in lexicon_set("speakers", "short_quote_prepositions")

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
                    return rstrip_span(self.text, start, pos)
                continue
            return rstrip_span(self.text, start, pos)
        return rstrip_span(self.text, start, limit)

    def breaks_clause(self, pos: int, limit: int) -> bool:
        """Does the text after a comma start a new clause (not more of what was said)?"""
        toks = self.tokens(pos, limit, 1)
        if not toks:
            return False
        if toks[0].norm in _break_firsts() or toks[0].norm in _CONNECTIVES:
            toks = self.tokens(pos, limit, 3)  # a break of two words, or a verb after حيث
        norms = tuple(map(_NORM, toks))
        breaks = _break_set()  # the first one, two or three words read: a set lookup each
        if norms[:1] in breaks or norms[:2] in breaks or norms[:3] in breaks:
            return True
        first = norms[0]
        if first in _CONNECTIVES and len(toks) > 1 and self.lex.forms.get(norms[1]):
            # "، حيث أورد فيها قوله:": a new cue after حيث/إذ starts its own report
            verb = self.lex.forms[norms[1]]
            return verb.kind == "verb" and not verb.ambiguous and self.reports(toks[1].end, limit)
        form = self.lex.forms.get(first) or (
            self.lex.forms.get(first[1:]) if first[:1] in "وف" else None
        )
        if form is not None and form.kind == "verb" and first in self.lex.forms:
            # without و/ف: "، بيّنت التحريات أن" (an ambiguous form) and "أن الرئيس المصري،
            # شدد على …" (no reported clause of its own) carry on; "وحول X، قال Y إن" is new
            return not form.ambiguous and self.reports(toks[0].end, limit)
        if form is not None:
            # "، فنقل إلى المستشفى": نقل without عن moves someone, it quotes no one
            return not form.relay or any(t.norm == "عن" for t in self.tokens(pos, limit, 12))
        # "، ويمثل الإخفاق": و + an imperfect verb opens a new main clause
        return len(first) >= 4 and first[0] == "و" and first[1] == "ي"

    def reports(self, start: int, limit: int) -> bool:
        """Does a reported clause, a colon or a quote mark follow within a few words?"""
        for tok in self.tokens(start, limit, 14):
            if tok.norm in FINAL:
                return False
            if tok.norm == ":" or tok.start in self.open_at or self.is_comp(tok.norm):
                return True
        return False

    def clause_end_sentence(self, start: int) -> int:
        limit = self.paragraph_end(start)
        for m in re.finditer(r"[.!?؟]", self.text[start:limit]):
            pos = start + m.start()
            if not self.region_at(pos) and not _inside_number(self.text, pos):
                return pos
        return limit

    def complement(self, start: int, cue: Cue | None) -> tuple[str, Tok, Region | None] | None:
        """What follows the speaker: ("an", token) | ("mark", token, region) | ("colon", token).

        Compiled regexes jump from event to event (a mark, a colon, a full stop, an إن/أن
        word); only the words in between are counted, never normalised one by one.
        """
        limit = self.paragraph_end(start)
        first = _FIRST_WORD.search(self.text, start, limit)
        if first is None:
            return None
        barrier = self.next_cue(first.end(), limit)
        text = self.text
        n_words = 0
        counted = start  # words of text[start:counted] are in n_words
        for kind, at, end in _scan_events(text, start, min(limit, barrier)):
            n_words += _words_between(text, start, counted, at)
            counted = at
            if n_words > WINDOW_MARK:
                if (
                    n_words <= WINDOW_APPOSITION
                    and kind == "comp"
                    and long_apposition(text, start, at)
                ):
                    return ("an", Tok(at, end, text[at:end]), None)
                return None
            if kind == "mark":
                if at not in self.open_at or at in self.used:
                    continue
                region = self.open_at[at]
                if self.is_title_quote(region) or self.quoted_name(region):
                    continue  # لـ"الوطن", في "أسئلة وأجوبة", وكالة "سبوتنيك": read on
                if (
                    cue is not None
                    and not cue.form.direct
                    and not opens_with_an(text, region, self.is_comp)
                ):
                    return None  # "واعتبر «…»": a name or a scare quote, not what was said
                return ("mark", Tok(at, end, text[at:end]), region)
            if kind == "final":
                if _inside_number(self.text, at) or self.region_at(at):
                    continue
                if text[at] == "؛" and apposition_after(text, at, self.is_comp, n_words <= 4):
                    continue  # "وقال محمد عزوز؛ عضو اللجنة الوطنية للذهب، إنه": a comma
                return None
            if kind == "colon":
                if self.region_at(at):
                    continue
                if n_words <= WINDOW_COLON:
                    return ("colon", Tok(at, end, text[at:end]), None)
                if self.opens_after(at + 1):
                    continue  # "وأضاف المسؤول الذي طلب … أمس: «…»": the mark is read next
                return None
            if kind == "comp" and (text[at - 1] == "." or text[at - 1].isdigit()):
                continue  # "محطة (سي.إن.إن)", "إتش7إن9": letters of an abbreviation
            if (
                kind == "comp"
                and n_words > WINDOW_AN
                and not self.region_at(at)
                and long_apposition(text, start, at)
            ):
                return ("an", Tok(at, end, text[at:end]), None)  # "وقالت X، إحدى …، إنها"
            if kind == "comp" and n_words <= WINDOW_AN and not self.region_at(at):
                before = self.text[max(start, at - 30) : at].split()
                if not before or norm_word(before[-1]) not in self.lex.an_blockers:
                    return ("an", Tok(at, end, text[at:end]), None)  # built once found
        return None

    def opens_after(self, at: int) -> bool:
        """Does a quote mark open at `at`, after spaces?"""
        while at < len(self.text) and self.text[at] in " \t":
            at += 1
        return at in self.open_at

    def next_cue(self, start: int, limit: int) -> int:
        """Where the next cue word starts after `start` (or `limit`)."""
        i = bisect.bisect_left(self.cue_list, start)
        return self.cue_list[i] if i < len(self.cue_list) and self.cue_list[i] < limit else limit

    def quoted_name(self, region: Region) -> bool:
        """A short quoted name inside the speaker phrase: وكالة "سبوتنيك"، أوضحت "بوصلة" أن.

        Three words or fewer, and the sentence goes on (a short answer ends its sentence:
        "وقال: «لا»."), or the word before is an organisation's head.
        """
        if len(self.text[region.start : region.end].split()) > 3 or region.close_at is None:
            return False
        before = self.text[max(0, region.open_at - 30) : region.open_at].split()
        if before and norm_word(before[-1]) in self.slex.organisations:
            return True
        after = self.text[region.close_at + 1 : region.close_at + 4].strip()
        if after[:1] in ("،", ","):
            # "على هامش افتتاحه لصالون "سيات"، إن", "الموالي للحوثي "عبدالله الديلمي"، ان"
            nxt = self.tokens(region.close_at + 1, self.paragraph_end(region.close_at), 2)
            return len(nxt) == 2 and self.is_comp(nxt[1].norm)
        return bool(after) and after[0] not in FINAL + "،,\n"

    def far_scare(self, cue: Cue, region: Region) -> bool:
        """A one- or two-word quote far from its cue is a nickname or a scare quote."""
        short = len(self.text[region.start : region.end].split()) <= 2
        return short and len(self.text[cue.end : region.open_at].split()) > 6

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
                if norm_word(self.text[j:gap_start]) not in _backward_words():
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


# ---------------------------------------------------------------------- small pure helpers


def rstrip_span(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:"):
        end -= 1
    return end


def _inside_number(text: str, pos: int) -> bool:
    """A decimal point (3.5), or the point of the abbreviation "د." (doctor): no full stop."""
    if pos > 0 and text[pos - 1] == "د" and (pos == 1 or text[pos - 2] in " \t("):
        return True
    if 0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit():
        return True
    # "www.sfda.gov.sa", "(بي.بي.سي)" (most points have a space after them)
    return text[pos + 1 : pos + 2].isalnum() and dotted_point(text, pos)


@cache
def lexicon_set(name: str, key: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in load_lexicon(name).get(key, []))


@cache
def _break_set() -> frozenset[tuple[str, ...]]:
    """The clause breaks ("في حين", "بينما") as word tuples (none is empty)."""
    breaks = cue_lexicon().clause_breaks
    assert all(breaks), "an empty clause break would break every clause"
    return frozenset(breaks)


@cache
def _break_firsts() -> frozenset[str]:
    """First words of the clause breaks of more than one word ("في" of "في حين")."""
    return frozenset(b[0] for b in _break_set() if len(b) > 1)


@cache
def _comp_words() -> frozenset[str]:
    lex = cue_lexicon()
    return frozenset(c + p for c in lex.complementizers for p in ("", *lex.comp_pronouns))


def _words_between(text: str, start: int, pos: int, at: int) -> int:
    """Words of text[start:at] not counted in text[start:pos]: a word across `pos` counts once."""
    n = len(text[pos:at].split())
    if n and pos > start and not text[pos].isspace() and not text[pos - 1].isspace():
        n -= 1
    return n


MARKS = DIACRITICS + TATWEEL
_KINDS = {**{ch: "mark" for ch in ALL_MARKS}, ":": "colon"}  # the rest: "final"


def _scan_events(text: str, start: int, stop: int) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each event in text[start:stop], in order: a quote mark ("mark"),
    a colon, a sentence end or line break ("final"), an إن/أن word ("comp").

    Two patterns that open with a character class (marks and stops; the non-letter before an
    إن/أن word), so the engine skips plain text in C, merged by position.
    """
    plain, comp_at, comp_after = _event_scanners()
    plains = plain.finditer(text, start, stop)
    first = comp_at.match(text, start, stop)
    comps = comp_after.finditer(text, first.end() if first else start, stop)
    comp = first or next(comps, None)
    mark = next(plains, None)
    while mark is not None or comp is not None:
        if mark is not None and (comp is None or mark.start() < comp.start("pre")):
            at = mark.start()
            yield _KINDS.get(text[at], "final"), at, at + 1
            mark = next(plains, None)
        elif comp is not None:
            yield "comp", comp.start("pre"), comp.end()
            comp = next(comps, None)


@cache
def _event_scanners() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(marks and stops; an إن/أن word at a given position; one after a consumed non-letter)."""
    plain = re.compile("[" + re.escape(ALL_MARKS) + r":.!?؟…؛;\n]")
    lex = cue_lexicon()
    words = [c + p for c in lex.complementizers for p in ("", *lex.comp_pronouns)]
    comp = bounded(words, prefix=False)
    lookbehind = f"(?<![{LETTERS}{MARKS}])"
    assert comp.pattern.startswith(lookbehind)
    after = re.compile(f"[^{LETTERS}{MARKS}]" + comp.pattern[len(lookbehind) :])
    return plain, comp, after


@cache
def _backward_words() -> frozenset[str]:
    data = load_lexicon("reporting_verbs")["nominal"]
    return frozenset(normalize(w) for w in data.get("backward", []) if " " not in w)
