"""The subject of the sentence a subjectless cue hangs on (used by `attribution.Attribution`).

"وحمل مصدر مسؤول …، وقال إن", "ويطالب X … معتبراً أن": a cue with no subject of its own
shares the subject of its sentence's first verb — also after an aside or a discourse opener
("من جانبه،", "إلى ذلك،"), a phrase fronted before the verb ("ومن هذا المنطلق تحدث X"), قد
("؛ فقد تقدمت أمانة العاصمة"), or a titled name that opens the paragraph before its verb
(SVO); and the topic of the sentences before, when no speaker was met yet. Verbs agree with
their subject in gender (a ت-verb of form V/VI may be a masculine past: تحدث، تطرق).
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from operator import attrgetter

from marsad.document import Document
from marsad.extract.quotes.clauses import Tok, lexicon_set
from marsad.extract.quotes.cues import Cue
from marsad.extract.quotes.fullnames import name_tokens
from marsad.extract.quotes.heads import head_kind, things_plural
from marsad.extract.quotes.speaker_names import several
from marsad.extract.quotes.speakers import Mention, parse_speaker
from marsad.extract.quotes.subjects import Subjects
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize

# ؛ joins sentences that stand alone; the point of "د." (doctor) at the text's start or after
# a space or a bracket ends none ("د. سعد"): lookbehinds after the one class the pattern
# opens with (so the engine skips plain text in C) spare a test per match
_SENTENCE_END = re.compile(r"[.!?؟؛\n](?<![ \t(]د\.)(?<!^د\.)")
_NORM = attrgetter("norm")  # a token's norm, read in C (no generator)
ASIDES = frozenset(["بدوره", "بدورها", "بدورهم", "بدورهما"])
_SIDES = ("جانب", "جهت", "ناحيت")
_QAD = frozenset(["قد", "فقد", "وقد", "لقد", "ولقد"])


class VerbSubjects(Subjects):
    """Subjects of the verbs of a cue's sentence (and of the sentences before)."""

    doc: Document
    _sentence_ends: list[int] | None = None  # read on first use, up to `_ends_read`
    _ends_read = 0

    def sentence_begin(self, pos: int) -> int:
        if self._sentence_ends is None:
            self._sentence_ends, self._ends_read = [], 0
        if pos > self._ends_read:  # the ends before `pos`, each read once (the tail often never)
            found = _SENTENCE_END.finditer(self.text, self._ends_read, pos)
            self._sentence_ends += [m.start() for m in found]
            self._ends_read = pos
        ends = self._sentence_ends
        i = bisect.bisect_left(ends, pos)
        return ends[i - 1] + 1 if i else 0

    def sentence_subject(self, cue: Cue, gender: str, strict: bool = True) -> Mention | None:
        """The subject after the first (verb) word of the cue's sentence, if it agrees.

        "وحمل مصدر مسؤول في الشركة …، وقال إن": the verb must carry و/ف (a main clause),
        agree with the cue in gender (وبلغت درجة الحرارة … وقال: no) and its subject must be
        someone who can speak (a named person, a title, a source, an organisation).
        """
        begin = self.sentence_begin(cue.start)
        if begin and self.text[begin - 1] == "؛" and not self.text[begin : cue.start].strip():
            begin = self.sentence_begin(begin - 1)  # "يعاني سكان حي …؛ لافتين إلى أن"
        # a paragraph's opening sentence may open with its verb bare ("وصف الرئيس …، مضيفا")
        opens = begin == 0 or self.text[begin - 1] == "\n"
        return self.subject_at(begin, cue.start, gender, strict, bare_verb=opens)

    def topic_subject(self, cue: Cue, gender: str) -> Mention | None:
        """The subject of one of the three sentences before, when no speaker was met yet.

        "سجلت وزارة الصحة أمس أربع إصابات … . وأكدت أن": the article's topic speaks.
        """
        end = self.sentence_begin(cue.start) - 1
        for _ in range(3):
            if end <= 0:
                return None
            begin = self.sentence_begin(end)
            # a paragraph's opening sentence, and a body, a source or a titled person: a bare
            # name after a verb is as often its object ("وهاجم طه حسين")
            opens = begin == 0 or self.text[begin - 1] == "\n"
            found = self.subject_at(begin, end, gender, strict=True, bare_verb=True, topic=True)
            if opens and found is not None and can_speak(found) and _no_bare_name(found):
                return found
            end = begin - 1
        return None

    def subject_at(
        self,
        begin: int,
        limit: int,
        gender: str,
        strict: bool,
        bare_verb: bool = False,
        topic: bool = False,
    ) -> Mention | None:
        toks = self.tokens(begin, limit, 7)
        aside = _aside_length(toks)  # "من جانبه، قدم رئيس الاتحاد …، وقال"
        toks = toks[aside:]
        if len(toks) < 2 or toks[0].start >= limit - 1:
            return None
        first = toks[0].norm
        bare = False
        if first in _QAD and len(toks) > 2 and not self.lex.forms.get(toks[1].norm):
            toks, aside = toks[1:], 1  # "فقد تقدمت أمانة العاصمة بالاعتذار …، وأوضحت"
            first = toks[0].norm
        if first[:1] == "و" and first[1:] in lexicon_set("speakers", "prepositions"):
            fronted = self.after_fronted(begin, limit, gender)
            if fronted is not None:
                return fronted  # else "وعبر الطالب X": the preposition's spelling is a verb
        if aside and not self.lex.forms.get(first) and not first.startswith("ال"):
            verb = first  # after "من جانبه" the verb needs no و
        elif first[:1] in "وف" and len(first) > 3:
            verb = first[1:]
        elif bare_verb and self.bare_verb(toks[0].norm):
            verb = first  # "سجلت وزارة الصحة", "وصف الرئيس": a verb opens the paragraph
            bare = True
        else:
            return self.subject_first(toks[0].start, limit, gender) if bare_verb else None
        if len(verb) < 3:
            return None
        mention = parse_speaker(self.text, toks[1].start, limit, self.doc.entities)
        if mention is None or mention.end > limit:
            return None
        if gender == "p" and not topic:
            pair = self.conjoined_pair(mention, limit)
            if pair is not None:
                return pair  # "وبحث الوزير X ونظيره Y …، مؤكدين": the two speak
        # "شكر اللاعبان …، مشيرين", "أعرب ذوو الشهداء …، مؤكدين": several people agree
        # with a plural cue, whatever the first verb's number
        # (in the cue's own sentence: "تمكن عدد من المساجين من الفرار" is no topic that speaks)
        many = (
            not topic
            and gender == "p"
            and mention.kind != "document"
            and several(self.text, mention)
        )
        if mention.kind in ("thing", "document") and not many:
            return None  # "وكتب رسالة …، وأضاف": the first verb's object is no speaker
        # VSO verbs agree in gender only: "نصح متخصصون …، وقالوا"
        if not _agrees(verb, gender, mention, self.text):
            return None
        if many:
            return mention
        if (
            strict
            and mention.kind == "person"
            and mention.entity is None
            and not self.tagged_from(mention)
            and not self.named_before(mention)
            and not self.set_off_name(mention)
        ):
            return None  # an untagged bare word after a verb is as often a noun as a name
        if bare and not (_named(mention) or self.tagged_from(mention)):
            return None  # without و the first word may be a noun: only a sure subject then
        return mention

    def conjoined_pair(self, first: Mention, limit: int) -> Mention | None:
        """ "الوزير X ونظيره الفرنسي Y", "شاهد عيان ومصدر طبي": two named, titled or unnamed
        people joined by و, as one plural subject (the whole phrase)."""
        if not _sure_person(first):
            return None
        toks = self.tokens(first.end, limit, 1)
        if not toks or toks[0].norm[:1] != "و" or len(toks[0].norm) < 3:
            return None
        second = parse_speaker(self.text, toks[0].start + 1, limit, self.doc.entities)
        if second is None or second.end > limit or not _sure_person(second):
            return None
        end = second.end
        for tok in self.tokens(second.start, second.end, 12):
            if self.verb_word(tok.norm):
                end = tok.start  # "ومصدر طبي أبلغا عن …": the verb is not the name's
                break
        end = second.start + len(self.text[second.start : end].rstrip())
        return Mention(first.start, end, "group") if end > second.start else None

    def after_fronted(self, begin: int, limit: int, gender: str) -> Mention | None:
        """The subject of a verb after a fronted phrase: "ومن هذا المنطلق تحدث X …، وقال إن",
        "وفي هذا الشأن يوصي الشيخ X … قائلاً": only a tagged person or a titled name."""
        toks = self.tokens(begin, limit, 12)
        for k in range(2, len(toks) - 1):
            if not self.bare_verb(toks[k].norm):
                continue
            at = toks[k + 1].start
            mention: Mention | None
            mention = parse_speaker(self.text, at, limit, self.doc.entities)
            if mention is None or mention.end > limit:
                continue
            entity = mention.entity
            tagged = (entity is not None and entity.type == "PER" and entity.start == at) or (
                mention.kind == "person" and self.tagged_from(mention)
            )
            short = len(self.text[mention.start : mention.end].split()) <= 8
            titled = mention.role is not None and mention.role[0] == at and mention.name is not None
            if tagged or (titled and short):
                return mention if _agrees(toks[k].norm, gender, mention, self.text) else None
        return None

    def tagged_from(self, mention: Mention) -> bool:
        """Does the tagger read a person from the same word ("دعا سليم سعد الله رئيس …": the
        parser stops at الله, the tagger does not)?"""
        return any(e.start == mention.start and e.type == "PER" for e in self.doc.entities)

    def subject_first(self, at: int, limit: int, gender: str) -> Mention | None:
        """ "مدرب الفريق الكابتن X عبر عن ابتهاجه …، وقال:": a paragraph opening with a titled
        name, then its verb (SVO), lends that subject to a later subjectless cue."""
        mention = parse_speaker(self.text, at, limit, self.doc.entities)
        if mention is None or mention.role is None or mention.name is None:
            return None
        if not (mention.entity is not None or self.set_off_name(mention)):
            return None
        nxt = self.tokens(mention.end, limit, 1)
        verbal = lexicon_set("speakers", "verb_spellings")  # عبر: expressed, not via
        if not nxt or not (self.bare_verb(nxt[0].norm) or nxt[0].norm in verbal):
            return None
        if self.lex.forms.get(nxt[0].norm):
            return None  # the cue itself follows: its own subject, not a lent one
        return mention if _agrees(nxt[0].norm, gender, mention, self.text) else None

    def set_off_name(self, mention: Mention) -> bool:
        """ "السفير الفلسطيني بتونس، هائل الفاهوم،", "مدير الشرطة اللواء X": a title's name set
        off by a comma or opened by a rank is sure even when the tagger missed it."""
        if mention.role is None or mention.name is None:
            return False
        name = self.text[mention.name[0] : mention.name[1]].split()
        if not name or len(name[0]) < 3 or self.verb_word(normalize(name[0])):
            return False  # "ضحك الشيخ وقال": a verb after the rank, no name
        before = self.text[max(0, mention.name[0] - 20) : mention.name[0]].split()
        if not before:
            return False
        if before[-1] in ("،", ",") or before[-1].endswith(("،", ",")):
            after = self.text[mention.name[1] : mention.name[1] + 2].lstrip()
            return after[:1] in ("،", ",")  # set off on both sides
        return (normalize(before[-1]),) in self.slex.ranks

    def named_before(self, mention: Mention) -> bool:
        """ "واستغرب العنزي": a bare family name of a person tagged earlier in full."""
        name = name_tokens(self.text[mention.start : mention.end])
        return len(name) == 1 and any(
            e.type == "PER" and e.end <= mention.start and name < name_tokens(e.text)
            for e in self.doc.entities
        )

    def bare_verb(self, norm: str) -> bool:
        """Could a word without و open a sentence as its verb? Not an ال-word, a particle, a
        preposition, a title or a body's head ("وزارة", "مدير" open a subject, not a verb)."""
        if len(norm) < 3 or norm.startswith("ال") or norm in self.slex.stops:
            return False
        if norm in self.slex.openers or norm in lexicon_set("speakers", "prepositions"):
            return False
        if (norm,) in self.slex.titles or norm in self.slex.title_firsts:
            return False
        return head_kind(norm, self.slex) == "person" and not norm[0].isdigit()

    def verb_word(self, norm: str) -> bool:
        """A cue form, also behind و/ف ("ومضى يقول": مضى is the verb, not a name)."""
        return norm in self.lex.forms or (norm[:1] in "وف" and norm[1:] in self.lex.forms)


def _aside_length(toks: list[Tok]) -> int:
    """Tokens of a leading "من جانبه،", "ومن جهتها"، "بدوره،", "إلى ذلك،", "في سياق متصل،"
    (0 when there is none)."""
    n = 0
    if len(toks) > 1 and toks[0].norm in ("من", "ومن") and toks[1].norm.startswith(_SIDES):
        n = 2
    elif toks and toks[0].norm in ASIDES:
        n = 1
    elif toks:
        first = toks[0].norm[1:] if toks[0].norm[:1] == "و" else toks[0].norm
        words = (first, *map(_NORM, toks[1:4]))
        n = next((len(o) for o in _openers().get(first, ()) if words[: len(o)] == o), 0)
    if n and n < len(toks) and toks[n].norm in ("،", ","):
        n += 1
    return n


def _sure_person(m: Mention) -> bool:
    """A tagged person, a titled one or an unnamed source ("مصدر طبي")."""
    if m.entity is not None:
        return m.entity.type == "PER"
    return m.kind == "unnamed" or (m.kind in ("person", "description") and m.role is not None)


def _named(m: Mention) -> bool:
    """A tagged person or body, a named (or short) title, or a body's name (وزارة الصحة)."""
    if m.entity is not None:
        return m.entity.type in ("PER", "ORG")
    if m.role is not None:
        return m.name is not None or m.end - m.start < 30  # "النائبة", not a run-on phrase
    return m.kind == "organisation" and m.end - m.start < 40


def _no_bare_name(m: Mention) -> bool:
    return m.kind in ("organisation", "unnamed", "group") or m.role is not None


def can_speak(m: Mention) -> bool:
    """A body, a source, a titled person or a tagged person (not a currency, not a place)."""
    if m.entity is not None:
        return m.entity.type in ("PER", "ORG")
    return m.kind in ("organisation", "unnamed", "group") or m.role is not None


def _agrees(verb: str, gender: str, mention: Mention, text: str) -> bool:
    """Does a VSO verb agree with the cue's gender? Groups and several people take a plural
    cue, never a singular one ("طالب أهالي القرية …، وقال": someone else); a ت-verb of four
    or five letters may be a masculine past of form V/VI (تحدث، تطرق، تساءل) as well as a
    feminine present (تقول): then the subject's own gender, when its title tells, decides."""
    if gender == "p" and (mention.kind == "group" or several(text, mention)):
        return True
    if gender != "p" and several(text, mention):
        # things and bodies in the plural take a feminine singular ("وأكدت المنظمات
        # والجمعيات …، مشيرة"); people do not
        first = text[mention.start : mention.end].split(maxsplit=1)[:1]
        return gender == "f" and bool(first) and things_plural(normalize(first[0]))
    found = _verb_gender(verb)
    if found == gender:
        return True
    return (
        found == "f"
        and gender == "m"
        and verb[0] == "ت"
        and len(verb) in (4, 5)
        and mention.gender in (None, "m")
    )


def _verb_gender(verb: str) -> str:
    """Subject gender marked on a verb: قالت/تقول → f, قالوا/يقولون → p, else m."""
    if verb.endswith(("وا", "ون")):
        return "p"
    if verb.endswith("ت") or (verb[0] == "ت" and not verb.endswith("ان")):
        return "f"
    return "m"


@cache
def _openers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Discourse openers before a sentence's verb ("إلى ذلك، امتدح اللاعب X") by their first
    word (a sentence's first word is tried only against the openers it can start), longest
    first."""
    found = {
        tuple(normalize(w) for w in o.split()) for o in load_lexicon("speakers")["sentence_openers"]
    }
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for opener in sorted(found, key=len, reverse=True):
        out[opener[0]] = (*out.get(opener[0], ()), opener)
    return out
