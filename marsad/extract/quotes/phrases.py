"""Nominal and passive cues: "وبحسب X فإن", "وجاء في البيان أن", "وفقاً لـ X", "على حد قوله",
and sources named after a quote ("«…»، بحسب البيان"). A mixin of the quotes Finder."""

from __future__ import annotations

from marsad.document import Agent, Span
from marsad.extract.quotes.attribution import PRONOUN_GENDER
from marsad.extract.quotes.building import Builder
from marsad.extract.quotes.clauses import FINAL, Tok, lexicon_set
from marsad.extract.quotes.cues import Cue
from marsad.extract.quotes.speaker_words import norm_word, speaker_lexicon
from marsad.extract.quotes.speakers import Mention, parse_speaker
from marsad.text.normalize import normalize


class PhraseCues(Builder):
    """Handlers of the cues that are no verb of a subject (Finder dispatches to them)."""

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
        elif kind == "masdar":
            self.masdar(cue, cue_span)
        elif kind in ("postposed", "own_words"):
            region = self.region_closing_before(cue.start)
            if region is None or region.open_at in self.used:
                return
            speaker: Agent | None
            if kind == "own_words":
                gender = PRONOUN_GENDER.get(_suffix(normalize(cue_span.text)), "m")
                speaker = self.speakers.implied(gender, cue.start)
            else:
                mention = parse_speaker(
                    self.text, cue.end, self.paragraph_end(cue.end), self.doc.entities
                )
                speaker = self.speakers.agent(mention, None, cue.start) if mention else None
            self.add(region.start, region.end, "direct", cue_span, speaker, 0.8)

    def masdar(self, cue: Cue, cue_span: Span) -> None:
        """ "ووسط تأكيدات رئيس البنك المركزي X بأن …": the verbal noun's genitive speaks.

        Only when the speaker phrase runs straight into the إن/أن word and names someone
        (a titled or tagged person, an organisation, a source): "في تصريح صحفي إن" is the
        setting of a verb's quote, not a speaker.
        """
        comp = self.complement(cue.end, None)
        if comp is None or comp[0] != "an":
            return
        mention = parse_speaker(self.text, cue.end, comp[1].start, self.doc.entities)
        if mention is None or mention.kind in ("thing", "document"):
            return
        if mention.kind == "person" and mention.entity is None and mention.role is None:
            return
        if self.text[mention.end : comp[1].start].strip(" \t،,"):
            return
        if self.addressee(mention):
            return  # "في تصريح لمراسل الجوهرة اف ام، إنه": to whom it was said, not who
        speaker = self.speakers.agent(mention, None, cue.start)
        self.content_quote(cue, cue_span, speaker, comp)

    def addressee(self, mention: Mention) -> bool:
        """A phrase behind ل (لمراسل، لوكالة): a verbal noun's genitive takes no preposition;
        a tagged person (لطفي) or a title of its own (لواء) is kept, not a body the tagger read
        with its ل ("في تصريح لجوهرة أف أم أن")."""
        lex = speaker_lexicon()
        first = (normalize(self.text[mention.start : mention.end].split()[0]),)
        if first[0][:1] != "ل" or first in lex.titles or first in lex.ranks:
            return False
        entity = mention.entity
        return entity is None or entity.start != mention.start or entity.type != "PER"

    def preposed(self, cue: Cue, cue_span: Span) -> None:
        """ "وبحسب البيان، فإن …", "ووفقاً للرئيس الأوكراني، فإنه …", "بحسب X: «…»"."""
        limit = self.paragraph_end(cue.end)
        toks = self.tokens(cue.end, limit, 16)
        begin = cue.end
        if len(toks) > 2 and toks[0].norm == "ما" and toks[1].norm.endswith(("ه", "ها")):
            begin = toks[2].start  # "بحسب ما بثته وكالة الأنباء": the verb's subject speaks
        elif len(toks) > 3 and toks[0].norm == "ما" and toks[2].norm in ("في", "علي"):
            begin = toks[3].start  # "بحسب ما ورد في التقرير": where it was written speaks
        elif (
            toks
            and _governs_li(cue_span.text, toks[0].norm)
            and not any(e.start == toks[0].start for e in self.doc.entities)
        ):
            # "وفقا لجيمس", "وفقا لبيانات الشرطة": ل is the cue's (a name tagged with its
            # ل, لسعد, keeps it)
            begin = toks[0].start + 1
        elif len(toks) > 2 and toks[0].norm in lexicon_set("speakers", "opinion_nouns"):
            begin = toks[1].start  # "وبحسب تقدير عدد من الاقتصاديين فإن": they speak
        for i, tok in enumerate(toks):
            if tok.norm in FINAL:
                return
            if tok.start in self.open_at and i > 0:
                region = self.open_at[tok.start]
                if toks[i - 1].norm in "،,:" and not self.is_title_quote(region):
                    mention = parse_speaker(
                        self.text, begin, tok.start, self.doc.entities, governed=True
                    )
                    speaker = self.speakers.agent(mention, None, cue.start) if mention else None
                    self.add(region.start, region.end, "direct", cue_span, speaker, 0.8)
                return
            if i > 0 and tok.norm[:1] == "ف" and _fa_clause(tok.norm, self.lex.complementizers):
                mention = parse_speaker(
                    self.text, begin, tok.start, self.doc.entities, governed=True
                )
                if mention is None:
                    return
                speaker = self.speakers.agent(mention, None, cue.start)
                start = tok.end if _fa_skips_word(tok.norm) else tok.start + 1
                end = self.clause_end(start)
                inner = [r for r in self.regions if start <= r.open_at < end]
                self.add(start, end, "mixed" if inner else "indirect", cue_span, speaker, 0.8)
                return

    def according_to(self, before: list[str], after: list[Tok]) -> bool:
        """ "حسبما أفادت", "وفق ما أعلنت", "ما أفاد به": a verb after these names a source."""
        last = norm_word(before[-1])
        if last == "حسبما" or (after and after[0].norm in ("به", "بها")):
            return True
        return last == "ما" and len(before) > 1 and norm_word(before[-2]) in _ACCORDING

    def considered(self, cue: Cue) -> bool:
        """ "ما اعتبره X", "ما وصفته بـX": a verb of two objects — X is what it was called."""
        word = normalize(self.text[cue.start : cue.end])
        return any(word.startswith(v) for v in lexicon_set("reporting_verbs", "two_objects"))

    def backward_sources(self, cues: list[Cue]) -> None:
        """ "وفق ما ذكره، اليوم، المدير العام للشركة", "وفق ما أفاد به المكلف بالإعلام X",
        "حسبما أفادت وكالة …": no quote (the clause before is the outlet's), but the source is
        met, so a later "وأضاف أن" finds him."""
        for cue in cues:
            if cue.form.kind not in ("backward", "verb") or cue.prefixed or cue.form.present:
                continue
            before = self.text[max(0, cue.start - 12) : cue.start].split()
            if not before or norm_word(before[-1]) not in self.back_heads:
                continue  # "ما ذكره" / "حسبما أكدته", not "ذكره" the noun
            toks = self.tokens(cue.end, self.paragraph_end(cue.end), 8)
            if cue.form.kind == "verb" and not self.according_to(before, toks):
                continue  # "كما أكد X" (also), "ما قال" (what he said): no source met
            if self.considered(cue):
                continue  # "على ما اعتبره سوء التفاهم": what he called a misunderstanding
            skip = next(
                (
                    t
                    for t in toks
                    if t.norm not in "،,"
                    and t.norm not in self.slex.stops
                    and t.norm not in ("به", "بها", "عنه", "عنها")
                ),
                None,
            )
            if skip is None:
                continue
            mention = parse_speaker(
                self.text, skip.start, self.paragraph_end(skip.start), self.doc.entities
            )
            if mention is not None and mention.kind != "thing":
                self.speakers.agent(mention, cue.form.gender, cue.start)


# ---------------------------------------------------------------------- small pure helpers


_ACCORDING = frozenset(["وفق", "حسب", "بحسب", "وفقا", "طبقا"])  # + ما + verb


def _suffix(norm: str) -> str:
    for p in ("هما", "هم", "هن", "ها", "ه"):
        if norm.endswith(p):
            return p
    return ""


_FA_WORDS = frozenset(
    ["ان", "انه", "انها", "انهم", "قد", "لقد", "منذ", "لا", "لم", "لن", "هناك", "ان"]
)


def _governs_li(cue: str, first: str) -> bool:
    """An adverbial cue in -an (وفقاً، طبقاً، استناداً) takes ل, glued to an indefinite word
    (لجيمس); "لل" (للمسؤول) is read by its article form."""
    bare = normalize(cue).rstrip("ً")
    return bare.endswith("ا") and first[:1] == "ل" and first[:2] != "لل" and len(first) > 3


def _fa_clause(norm: str, comps: frozenset[str]) -> bool:
    """A فـ word that opens the main clause after "بحسب X": فإن، فإنه، فقد، فمنذ …"""
    rest = norm[1:]
    return len(rest) >= 2 and (rest in _FA_WORDS or rest in comps)


def _fa_skips_word(norm: str) -> bool:
    return norm[1:] in ("ان", "انه", "انها", "انهم", "قد", "لقد")
