"""Who states a figure: the speaker of the quote around it, else the credited organisation.

Order of evidence, for an amount at shadow offsets `start:end`:
1. the quote layer: inside a quote's content → its speaker; in the sentence of a quote's cue
   but outside its content ("وقدر البنتاغون أنه … ارتفاعاً من تقديرات بلغت 3000 جندي") →
   that speaker, unless the figure comes before a cue that is a new verb ("… 71.5 مليار،
   وقال الوزير إن …") or between the cue and the quoted words, where the outlet describes
   the occasion ("وقال … بمناسبة إتمام 30 طالباً {إن …}": no source);
2. inside quote marks the quote layer did not report (paired by `marsad.text.marks`) → the
   subject of the reporting verb before the opening mark;
3. the nearest reporting verb before it in its sentence ("أعلن X مقتل أربعة …") → its subject,
   not a verb whose subject is the clause before it ("مما يؤكد زيادة …"); findings too
   ("أظهرت دراسة حديثة أن …"); a participle with no such verb before it ("ابتكر أستاذ …،
   مؤكدا أن …") → the subject of the sentence's opening verb;
4. a credit in its sentence ("بحسب تحليل أجرته وكالة الصحافة الفرنسية", "وفق إحصائيات
   رسمية", "حسب بيانات برنامج حافز") → the organisation or document credited; a credit after
   the figure reaches back to its own clause only (not past "في حين", "بينما"…); "وفق ما
   أكده X" → X;
5. "للإعلان عن" → the subject of the sentence's first verb; a headline "X: …" → X when X
   names a person or body (not "قربص : حجز …", a place).
Otherwise None (the outlet itself). A source named again ("وفق ذات المصدر", "البيان نفسه") is
the last one named before it, one with the same noun first. Word lists: `lang/ar/sources.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.document import Agent, Document
from marsad.extract.amounts.source_cues import cues
from marsad.extract.amounts.source_subjects import (
    CLOSER,
    fronted_subject,
    marked_subject,
    participle_credit,
    relative_subject,
)
from marsad.extract.amounts.source_text import MAX_NAME, WORD, SourceText
from marsad.extract.amounts.source_words import (
    CREDIT_MA,
    KINDS,
    THAT,
    Tok,
    bare,
    before_document,
    is_number_word,
    is_time_word,
    marked_end,
    measured,
    names_a_source,
    past_saying,
    proviso,
    same_again,
    stops,
    trim,
)
from marsad.extract.numeric.shadow import Shadow, fold

_BRACKETS = str.maketrans({c: " " for c in '()«»"“”'})
_RESUMED = ("به", "بها", "فيه", "فيها")  # a relative clause's pronoun before the subject


def _head(text: str) -> str:
    """The noun of "المصدر ذاته" / "ذات المصدر", folded, without the article: "مصدر"."""
    words = [fold(w) for w in text.split()]
    word = (
        words[-1] if words and bare(words[0]) in cues().same_before else words[0] if words else ""
    )
    return word[2:] if word.startswith("ال") else word


@dataclass(slots=True)
class _QuoteRef:
    start: int
    end: int
    cue: int | None
    speaker: Agent


@dataclass(slots=True)
class Sources(SourceText):
    """Source finder for one document (built once per document by the amounts stage)."""

    quotes: list[_QuoteRef] = field(default_factory=list)
    entities: list[tuple[int, int, str, str]] = field(default_factory=list)
    # (start, end) of the verbs of a sentence, and under (-start - 1, end) of its credits
    _cue_spans: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    _agents: dict[tuple[str, int], Agent | None] = field(default_factory=dict)
    # sentence start → (where its first participle is, the subject it carries)
    _participles: dict[int, tuple[int, Agent | None]] = field(default_factory=dict)

    @classmethod
    def for_document(cls, doc: Document, shadow: Shadow) -> Sources:
        self = cls(doc, shadow)
        to = shadow.to_shadow
        for e in doc.entities:
            if e.type in ("PER", "ORG"):
                self.entities.append((to(e.start), to(e.end), e.type, e.canonical or e.text))
        for q in doc.quotes:
            if q.speaker is None or q.speaker.kind == "article":
                continue
            if q.kind == "headline" and not self._names_someone(q.speaker):
                continue  # "قربص : حجز زورق …": a place or topic heads the line, no one speaks
            cue = to(q.cue.start) if q.cue is not None else None
            self.quotes.append(_QuoteRef(to(q.start), to(q.end), cue, q.speaker))
        return self

    def _names_someone(self, agent: Agent) -> bool:
        """A headline's "X:" is a speaker when X opens with a tagged person or body or with a
        source noun (وزير، وزارة، مصدر …); not "رابط الخبر بصحيفة الوئام:", a footer."""
        start = self.shadow.to_shadow(agent.start)
        first = WORD.match(self.shadow.text, start)
        if first is None:
            return False
        if any(e_start <= start < e_end for e_start, e_end, _, _ in self.entities):
            return True
        return first.group() in cues().source_heads

    # ----------------------------------------------------------------- attribution

    def find(self, start: int, end: int) -> tuple[Agent | None, str]:
        """The agent stating the figure at shadow `start:end`, and which rule found it; a
        source named again ("وحسب المصدر ذاته") is the one named last before it."""
        agent, how = self._find(start, end)
        if agent is not None and how != "quote" and same_again(agent.text):
            # none named before: "المصدر نفسه" still names a source, "ذات المصدر" no one
            return self._earlier(agent) or (agent if names_a_source(agent) else None), how
        return agent, how

    def _earlier(self, again: Agent) -> Agent | None:
        """The last source named before `again` (a quote's speaker or a figure's source),
        preferably one with the same head noun ("المصدر ذاته" → "مصدر قضائي", not a person
        quoted since)."""
        named = [q.speaker for q in self.quotes] + [a for a in self._agents.values() if a]
        before = [a for a in named if a.end <= again.start and not same_again(a.text)]
        head = _head(again.text)
        alike = [a for a in before if head in {_head(w) for w in a.text.split()}]
        return max(alike or before, key=lambda a: a.start, default=None)

    def _find(self, start: int, end: int) -> tuple[Agent | None, str]:
        for q in self.quotes:
            if q.start <= start and end <= q.end + 1:
                return q.speaker, "quote"
        s_start, s_end = self.sentence(start)
        framed = False  # between a cue and its quote: "وقال … بمناسبة إتمام 30 طالباً {إن …}"
        for q in self.quotes:
            if q.cue is not None and s_start <= q.cue < s_end and self._covers(q.cue, start):
                if q.cue < start and end <= q.start and not proviso(self.shadow.text, q.start):
                    framed = True  # the outlet describes the occasion, the speaker says the rest
                    continue
                return q.speaker, "under"
        region = self.region_of(start)
        limit = start
        if region is not None:  # quoted words: who speaks them is named before the marks
            limit = region[0]
            s_start, s_end = self.sentence(max(region[0] - 1, 0))
        agent = None if framed else self._verb_credit(s_start, s_end, limit)
        if agent is not None:
            return agent, "verb"
        agent = None if framed else participle_credit(self, s_start, s_end, limit)
        if agent is not None:
            return agent, "verb"
        if region is None:
            agent = self._preposition_credit(s_start, s_end, start)
            if agent is not None:
                return agent, "credit"
        agent = self._masdar_credit(s_start, s_end, limit) or self._headline(start)
        if agent is not None:
            return agent, "credit"
        return None, "none"

    def _covers(self, cue: int, start: int) -> bool:
        """Does the statement cued at `cue` take in the figure at `start` of its sentence?
        After the cue, yes; before it only when the cue is a participle that carries on the
        same speaker ("… بنسبة 3%، مشيرا إلى أن"), not a new verb ("… 71.5 مليار جنيه، وقال
        الوزير إن": the outlet's figure, then his statement)."""
        if cue < start:
            return True
        m = WORD.match(self.shadow.text, cue)
        word = m.group() if m else ""
        return word in cues().participles or bare(word) in cues().participles

    def _verb_credit(self, s_start: int, s_end: int, limit: int) -> Agent | None:
        """The subject of the last reporting verb before `limit` outside quote marks."""
        inside = self.regions(limit)
        best = first = last = -1
        for v_start, v_end in self._verbs(s_start, s_end):
            if v_end > limit:
                break
            if (
                not any(s <= v_start < e for s, e in inside)
                and self._reports(v_start, v_end, limit)
                and not self._relative(v_start)
            ):
                best, last = v_end, v_start  # participles (مشيرا) keep the verb's subject
                first = v_start if first < 0 else first
        if best < 0:
            return None
        key = ("verb", best)
        if key not in self._agents:  # figures of one sentence share their verb's subject
            relative, named = relative_subject(self, last)
            if relative:  # "… الذي أكد اهتمام …": the name before الذي, or none
                self._agents[key] = named
            else:
                fronted = fronted_subject(self, s_start, first)
                after = self._after(best, s_end)
                self._agents[key] = fronted or self._subject(after, 0, until_clause=True)
        return self._agents[key]

    def _relative(self, v_start: int) -> bool:
        """ "مما يؤكد زيادة …", "ما يشير إلى": a verb whose subject is the clause before it,
        not a speaker ("حسب ما يقول الخبراء" still credits them)."""
        before = self.shadow.text[max(0, v_start - 16) : v_start].split()[-2:]
        if not before or before[-1] not in ("ما", "مما", "وما", "ومما"):
            return False
        imperfect = self.shadow.text[v_start : v_start + 1] in "يتو"
        return before[-1].endswith("مما") or (imperfect and before[:-1] not in CREDIT_MA)

    def _reports(self, v_start: int, v_end: int, limit: int) -> bool:
        """ "وتابع" reports only before إن/أن, a colon or a quote mark; "تابع الباحثون حالة
        14 ألفاً" (followed up) does not."""
        verb = bare(self.shadow.text[v_start:v_end])
        if verb not in cues().speech_only:
            return True
        after = WORD.findall(self.shadow.text, v_end, limit)[: MAX_NAME + 2]
        return any(bare(w) in THAT or w in (":", '"', "«", "“") for w in after)

    def _verbs(self, s_start: int, s_end: int) -> list[tuple[int, int]]:
        """(start, end) of the reporting verbs of a sentence, found once per sentence."""
        key = (s_start, s_end)
        if key not in self._cue_spans:
            found = cues().verb_re.finditer(self.shadow.text, s_start, s_end)
            self._cue_spans[key] = [(m.start(), m.end()) for m in found]
        return self._cue_spans[key]

    def _preposition_credit(self, s_start: int, s_end: int, pos: int) -> Agent | None:
        span = (-s_start - 1, s_end)  # negative start: the credits' slot of this sentence
        if span not in self._cue_spans:
            found = cues().preposition_re.finditer(self.shadow.text, s_start, s_end)
            self._cue_spans[span] = [(m.start(), before_document(m)) for m in found]
        for c_start, c_end in sorted(self._cue_spans[span], key=lambda c: abs(c[0] - pos)):
            if c_start > pos and cues().clause_re.search(self.shadow.text, pos, c_start):
                continue  # "… 52% مما يؤكد … في حين انخفض … إلى 8% حسب بيانات X": X's is 8%
            key = ("credit", c_end)
            if key not in self._agents:
                toks = self._after(c_end, s_end)
                j = past_saying(toks)  # "وفق ما أكده X": X is the subject of a saying verb
                agent = self._credited(toks, j)
                said = self.shadow.text[c_start:c_end].split()[-1:] == ["ما"]
                named = agent is not None and (  # "على ما أفاد X", not "على ما هو عليه"
                    j > 0 or (not said and (names_a_source(agent) or same_again(agent.text)))
                )
                self._agents[key] = agent if named else None
            if self._agents[key] is not None:
                return self._agents[key]
        return None

    def _credited(self, toks: list[Tok], j: int) -> Agent | None:
        """The source named at token `j` after a credit: a document, or who made it."""
        c = cues()
        if j >= len(toks):
            return None
        first = toks[j].text
        strip = 1 if first.startswith("ل") and len(first) > 3 else 0
        if first.startswith("لل"):  # "وفقا للوزارة": ل + the article, whose alif is dropped
            agent = self._credited_lam(toks, j)
            if agent is not None and agent.canonical.startswith("لل"):
                agent.canonical = "ال" + agent.canonical[2:]
            return agent
        if first in ("احدث", "اخر") and j + 1 < len(toks) and toks[j + 1].text in c.documents:
            return self._credited(toks, j + 1)  # "حسب أحدث الأرقام الرسمية", "آخر إحصائية"
        if first.removeprefix("ل" if strip else "") in c.documents:
            for at in (j + 1, j + 2):  # "تحليل أجرته X", "بيانات رسمية صادرة عن X"
                for n in range(c.longest, 0, -1):
                    key = tuple(t.text for t in toks[at : at + n])
                    if len(key) == n and key in c.links:  # who made a document is a source
                        maker = self._subject(toks, at + n, until_clause=False)
                        if maker is not None and maker.kind == "unknown":
                            maker.kind = "organisation"
                        return maker
            if j + 1 < len(toks) and toks[j + 1].text.startswith("لل"):
                return self._document_of(toks, j, strip)  # "حسب بلاغ للداخلية"
            return self._subject(toks, j, until_clause=False, skip=strip, kind="document")
        return self._subject(toks, j, until_clause=False, skip=strip)

    def _document_of(self, toks: list[Tok], j: int, strip: int) -> Agent | None:
        """ "بيان للوزارة", "بلاغ للداخلية": the document and its maker, named by the maker
        (ل + the article, whose alif is dropped), which the document word alone never names."""
        maker = self._credited_lam(toks, j + 1)
        if maker is None:
            return None
        agent = self._agent(toks[j].start + strip, self.shadow.to_shadow(maker.end), "document")
        agent.canonical = (
            "ال" + maker.canonical[2:] if maker.canonical.startswith("لل") else maker.canonical
        )
        return agent

    def _credited_lam(self, toks: list[Tok], j: int) -> Agent | None:
        """After وفقا/طبقا, "للوزارة", "للتقرير": the name without its ل."""
        kind = "document" if "ال" + toks[j].text[2:] in cues().documents else ""
        return self._subject(toks, j, until_clause=False, kind=kind, lam=True)

    def _masdar_credit(self, s_start: int, s_end: int, limit: int) -> Agent | None:
        """ "انتهز X الفرصة للإعلان عن …": X, the subject of the sentence's first verb."""
        m = cues().masdar_re.search(self.shadow.text, s_start, limit)
        if m is None:
            return None
        toks = self.tokens(s_start, m.start())
        return self._subject(toks, 1, until_clause=False) if len(toks) > 1 else None

    def _headline(self, pos: int) -> Agent | None:
        """A paragraph "X: …" with a short X that names a person or a body: who the figures
        after the colon are from."""
        p_start, _ = self.paragraph(pos)
        colon = self.shadow.text.find(":", p_start, min(pos, p_start + 60))
        if colon < 0:
            return None
        toks = self.tokens(p_start, colon)
        if not 1 <= len(toks) <= 4 or not all(t.text[0].isalpha() for t in toks):
            return None
        agent = self._agent(toks[0].start, toks[-1].end, "unknown")
        # a place ("قربص : حجز …") or a topic ("خطايا الرادار : …") heads news too
        return agent if self._names_someone(agent) else None

    # ----------------------------------------------------------------- names

    def _subject(
        self,
        toks: list[Tok],
        j: int,
        until_clause: bool,
        skip: int = 0,
        kind: str = "",
        lam: bool = False,
    ) -> Agent | None:
        """The noun phrase starting at token `j` (the subject of a verb, a credited name);
        `lam`: a first word with ل + the article is the name ("وفقا للوزارة")."""
        c = cues()
        while j < len(toks) and (is_time_word(toks[j].text) or toks[j].text in _RESUMED):
            j += 1  # "أفادت به X", "قال أمس X", "في وقت أعلنت فيه X"
        if j >= len(toks):
            return None
        first = toks[j].text
        if first in CLOSER:  # "أعلنت «شل» عن خفض …": a body's name in quote marks
            return marked_subject(self, toks, j, kind)
        heard = skip > 0 and first[1:] in c.source_heads  # "وفقا لوكالة الأنباء", "لموقع"
        if (stops(first) and not heard) or (first.startswith("لل") and not lam):
            return None  # "أشار إلى أن", "تقدر ب120 مليون": the subject is not named here
        if len(first.rstrip("ـ")) < 2:
            return None  # "أشار إلى أن", "تقدر ب120 مليون": the subject is not named here
        if measured(first) or not first[0].isalpha():
            return None  # "قدّرت قيمتها بـ …", "يقدر 6400 دينار": what is measured
        words: list[Tok] = []
        if until_clause:  # "قال X … إن": everything up to إن/أن when it comes soon
            for k in range(j, min(j + MAX_NAME + 2, len(toks))):
                if bare(toks[k].text) in THAT:
                    words = trim(toks[j:k])
                    break
                if toks[k].text in ",،.:؛;!?؟":
                    break
        if not words:
            depth = 0
            for k in range(j, min(j + MAX_NAME, len(toks))):
                t = toks[k].text
                if t == "(":
                    depth += 1
                    continue
                if t == ")" and depth:
                    depth -= 1
                    continue
                if depth:
                    continue
                if k > j and (stops(t) or t == "ل" or t.startswith("لل") or measured(t)):
                    break  # "وقدر التقرير حجم الغرامات بـ": what is measured ends the name
                if marked_end(toks, k, j) > k:  # "صحيفة «الشروق»": the outlet's name
                    words.extend(toks[k : marked_end(toks, k, j)])
                    break
                one_of = k == j and t in ("احد", "احدي")  # "أحد مؤسسي الشركة"
                said = k > j and (t in c.verbs or bare(t) in c.verbs)  # "مصدر عسكري أوضح"
                said = said and bare(t) not in c.speech_only  # "تابع لمنطقة الشرطة": of
                stop = t in c.stop and not (k == j and heard)
                if not t[0].isalpha() or stop or said or (is_number_word(t) and not one_of):
                    break
                words.append(toks[k])
            words = trim(words)
        if not words:
            return None
        start = words[0].start + (skip if words[0] is toks[j] else 0)
        return self._agent(start, words[-1].end, kind)

    def _agent(self, start: int, end: int, kind: str) -> Agent:
        o_start, o_end = self.shadow.span(start, end)
        text = self.doc.text[o_start:o_end]
        canonical = " ".join(text.translate(_BRACKETS).split())  # "جماعة (X)", "صحيفة «X»"
        found = kind or "unknown"
        for e_start, e_end, e_type, e_name in self.entities:
            if start <= e_start and e_end <= end:
                canonical, found = e_name, kind or KINDS.get(e_type, "unknown")
        return Agent(text, o_start, o_end, canonical=canonical, kind=found)
