"""Who a cue's quote belongs to: its subject, or the subject the grammar lends it.

`Attribution` extends `clauses.Scanner` with the speaker questions the quote finder asks:
the subject phrase after a cue, the subject before it (SVO: "لكن كينياتا قال"), the subject of
the sentence a subjectless cue hangs on (`verb_subjects`: "وحمل مصدر …، وقال إن"), and the last
speaker whose gender agrees (أضاف ↔ m, أضافت ↔ f).
"""

from __future__ import annotations

import itertools
import re

from marsad.document import Agent, Document, Entity, Quote
from marsad.extract.quotes.clauses import Tok, lexicon_set
from marsad.extract.quotes.cues import Cue
from marsad.extract.quotes.heads import partitive_head, plural_word
from marsad.extract.quotes.resolve import Speakers
from marsad.extract.quotes.speaker_words import (
    Word,
    match_title,
    norm_word,
    readings,
    speaker_lexicon,
)
from marsad.extract.quotes.speakers import Mention, parse_speaker
from marsad.extract.quotes.verb_subjects import ASIDES, VerbSubjects, can_speak
from marsad.text.marks import Region
from marsad.text.normalize import normalize

_RELATIVES = frozenset(
    ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"]
)
_ALI = re.compile("ي[\u064b-\u0652\u0640]*$")  # علي spelled with ي
_VERB_PARTICLES = frozenset(["لا", "لم", "لن", "ما", "قد", "لقد", "سوف"])
# punctuation that ends a phrase (before a cue; between a verb and a credit, building.py)
# and that stops a run of subject words; sets: one C-level test, no generator
CLOSING, _PUNCT = frozenset("،,.:؛\n"), frozenset("،,.:؛()")

_PLURAL_RELATIVES = _RELATIVES - {"الذي", "التي"}

PRONOUN_GENDER = {"ه": "m", "ها": "f", "هم": "p", "هما": "p", "هن": "p"}


class Attribution(VerbSubjects):
    """Quote marks, clause boundaries and speakers of one article."""

    def __init__(self, doc: Document) -> None:
        super().__init__(doc.text)
        self.doc = doc
        self.speakers = Speakers(doc)
        self.quotes: list[Quote] = []
        self._sentence_ends = None  # built on first use
        self._befores: dict[int, Mention | str | None] = {}  # subject_before by cue start

    def speaker_for(
        self, cue: Cue, mention: Mention | None, pos: int
    ) -> tuple[Agent | None, float]:
        gender = cue.form.gender
        if mention is None and cue.form.kind != "adv":
            mention = self.amma_topic(cue)  # "أما مدير البرنامج … فأكد أن"
        if mention is not None:
            return self.speakers.agent(mention, gender, pos), 0.0
        if cue.form.kind != "adv":
            before = self.subject_before(cue)
            if isinstance(before, Mention):
                return self.speakers.agent(before, gender, pos), 0.0
            if isinstance(before, str):  # "… إلا أنه قال": the sentence's own subject
                gender = before
                subject = self.sentence_subject(cue, gender)
                if subject is not None:
                    return self.speakers.agent(subject, gender, pos), -0.1
        # "وحمل مصدر مسؤول …، وقال إن", "ويطالب X بالإفراج … معتبراً أن": a cue with no
        # subject of its own shares the subject of its sentence's first verb, unless a quote
        # of this sentence already named the speaker
        if not self.quoted_in_sentence(cue) and not self.after_relative(cue):
            subject = self.sentence_subject(cue, gender)
            if subject is not None:
                return self.speakers.agent(subject, gender, pos), -0.1
        found = self.speakers.implied(gender, pos)
        if found is None:
            subject = None
            if cue.form.kind != "adv":
                subject = self.sentence_subject(cue, gender, strict=False)
            subject = subject or self.topic_subject(cue, gender)
            if subject is not None:
                return self.speakers.agent(subject, gender, pos), -0.2
        return found, (-0.1 if cue.form.kind == "adv" else -0.15)

    def quoted_in_sentence(self, cue: Cue) -> bool:
        begin = self.sentence_begin(cue.start)
        for q in self.quotes:  # noqa: SIM110 (a plain loop spares a generator per cue)
            if q.cue is not None and begin <= q.cue.start < cue.start:
                return True
        return False

    def subject_before(self, cue: Cue) -> Mention | str | None:
        """SVO order: "لكن كينياتا قال إن", "إلا أنه قال إنه" (a pronoun gives a gender).

        Read once per cue (asked again by the clause breaks, the speaker and the checks of an
        object); callers only read the mention."""
        if cue.start not in self._befores:
            self._befores[cue.start] = self._subject_before(cue)
        return self._befores[cue.start]

    def _subject_before(self, cue: Cue) -> Mention | str | None:
        if cue.prefixed:
            return None
        fronted = self.fronted_subject(cue)
        if fronted is not None:
            return fronted
        # within the cue's paragraph: a heading line above is no subject ("رؤية وبريق ¶ X رأت")
        head = self.text[max(0, cue.start - 80, self.text.rfind("\n", 0, cue.start)) : cue.start]
        words = head.split()
        if not words or not CLOSING.isdisjoint(words[-1]):
            return None
        last = norm_word(words[-1])
        if last in _RELATIVES:
            return self.relative_subject(cue)
        for comp in ("ان", "بان", "لكن", "ولكن"):  # "… لكنه قال إن": the pronoun's gender
            for pron, gender in PRONOUN_GENDER.items():
                if last == comp + pron:
                    return gender
        tail = words[-7:]
        k = len(tail)
        while k > 0:
            n = norm_word(tail[k - 1])
            if n == "علي" and _ALI.search(tail[k - 1]):
                pass  # "آية الله علي خامنئي": the name Ali, not the preposition على
            elif n in self.slex.stops or n in self.slex.openers or self.verb_word(n):
                break
            elif n[:1] in "وف" and n[1:] in self.slex.stops:
                break  # "وكان الجبير أكد", "فقد": the subject starts after it
            if self.is_comp(n) or (n[:1] in "وف" and self.is_comp(n[1:])):
                break  # "فإن المجلس قال": the subject starts after فإن
            if n[:1] == "و" and n[1:] in lexicon_set("speakers", "prepositions"):
                break  # "وعند التحقيق اعترف", "وحول X قال": a phrase, not a subject
            if not _PUNCT.isdisjoint(tail[k - 1]):
                k = -k  # punctuation: the run stops here, no preposition before it
                break
            k -= 1
        run = tail[abs(k) :]
        stop = norm_word(tail[k - 1]) if k > 0 else ""
        stop = stop[1:] if stop[:1] == "و" and len(stop) > 2 else stop
        if stop in _VERB_PARTICLES:
            return None  # "ولا تزال النتائج توضح": a verb follows the particle, not a subject
        if stop in lexicon_set("speakers", "prepositions"):
            # "كتب رسالة إلى توأمه يعترف": a preposition's object is no subject, unless the
            # phrase is a title's ("أن المتهم في القضية قال إنه")
            if k < 2 or not _title_word(tail[k - 2]):
                return None
            run = tail[k - 2 :]
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

    def fronted_subject(self, cue: Cue) -> Mention | None:
        """The sentence opens with the speaker, then the verb: "الشرطة الشيشانية، من جانبها،
        ذكرت أنها", "عتيق الرشيدي أحد سكان البلدة يقول:"."""
        begin = self.sentence_begin(cue.start)
        if cue.start - begin > 120:
            return self.apposed_subject(begin, cue)  # else within a few words of its verb
        toks = self.tokens(begin, cue.start, 12)
        if len(toks) > 10:
            return self.apposed_subject(begin, cue)
        if not toks or any(t.norm in self.lex.forms for t in toks):
            return None
        if toks[0].norm[:1] in "وف":
            return None  # "وبذل زكي …": a verb opens the sentence, its subject is no topic
        mention = parse_speaker(self.text, toks[0].start, cue.start, self.doc.entities)
        if mention is None or mention.end > cue.start or not can_speak(mention):
            return None
        rest = [t.norm for t in toks if t.start >= mention.end]
        # what may stand between: "، من جانبها،", "بدوره", or a short apposition
        if "،" in rest or "," in rest:
            tail = [n for n in rest if n not in "،,"]
            if tail and not (tail[0] == "من" and len(tail) == 2) and tail[0] not in ASIDES:
                return None
        elif len(rest) > 4:
            return None
        return mention

    def apposed_subject(self, begin: int, cue: Cue) -> Mention | None:
        """ "رؤوف معوض مهندس الإنشاء، والمسؤول عن بناء الخزانات …، يقول:": a tagged person
        opens the sentence and a long apposition between commas stands before the verb."""
        if self.text[begin : cue.start].rstrip()[-1:] not in ("،", ","):
            return None  # most cues: no comma right before the verb
        toks = self.tokens(begin, cue.start, 40)
        if len(toks) < 4 or len(toks) >= 40 or toks[-1].norm not in "،,":
            return None
        person = next((e for e in self.doc.entities if e.start == toks[0].start), None)
        if person is None or person.type != "PER":
            return None
        inside = [t.norm for t in toks if t.start >= person.end]
        if sum(n in "،," for n in inside) < 2:
            return None  # an apposition set off by commas, the verb right after the last
        if any(n in self.lex.forms or n in ".:؟?!" for n in inside):
            return None  # another verb of saying, or a sentence's end, in between
        return _person_mention(person)

    def relative_subject(self, cue: Cue) -> Mention | None:
        """ "محمد علي النصري، الذي قال إن": a tagged person right before الذي / التي is the
        subject of the relative clause's verb (a noun there is not: "العاشر الذي ينص")."""
        head = self.text[max(0, cue.start - 40) : cue.start].rstrip()
        rel = head.rfind(" ")  # the relative is the last word before the verb
        before = head[: max(rel, 0)].rstrip().rstrip("،,").rstrip()
        end = max(0, cue.start - 40) + len(before)
        for e in self.doc.entities:
            if e.end == end and e.type == "PER":
                return _person_mention(e)
        if cue.form.gender == "p" and norm_word(head[rel + 1 :]) in _PLURAL_RELATIVES:
            return self.plural_antecedent(end)
        relative = norm_word(head[rel + 1 :])
        if (relative, cue.form.gender) in (("التي", "f"), ("الذي", "m")):
            return self.body_antecedent(end)  # "الشرطة التي قالت", not "التي قال عنها"
        return None

    def body_antecedent(self, end: int) -> Mention | None:
        """ "القوات الأميركية التي قالت للصحافيين إن", "للشرطة التي قالت إنه", "المصادر
        الأمريكية التي قالت إن": a body, a source or a document of at most four words
        right before الذي / التي (one glued to ل/ب too) is the relative clause's subject."""
        if self.text[end : end + 2].strip()[:1] in ("،", ","):
            return None  # "مصدر في الجيش السوري الحر، الذي": the whole phrase, read elsewhere
        toks = self.tokens(max(0, end - 60), end, 12)[-4:]
        for k, tok in enumerate(toks):
            if any(t.norm in "،,.:؛" for t in toks[k:]):
                continue
            glued = tok.norm[:2] in ("لل", "بال")  # "للشرطة": the body after its preposition
            mention = parse_speaker(self.text, tok.start, end, self.doc.entities, governed=glued)
            if mention is None or mention.end < end - 1:
                continue
            if mention.kind not in ("organisation", "document", "unnamed"):
                continue
            if not tok.norm.startswith(("ال", "لل")):
                continue  # "رئيس فيفا السابق الذي": the title's holder, not the body
            if k and toks[k - 1].norm in speaker_lexicon().title_firsts:
                return None  # "مدير مستشفى برزيلاي الذي": the director
            return mention
        return None

    def plural_antecedent(self, end: int) -> Mention | None:
        """ "عددا من المواطنين الذين أكدوا أن", "لدى النواب، الذين يقولون إن": the plural of
        people nearest before الذين (within five words, past a preposition glued to it)."""
        toks = self.tokens(max(0, end - 80), end, 16)[-5:]
        for k in range(len(toks) - 1, -1, -1):
            word = toks[k].norm
            if word in "،,.:؛" or self.verb_word(word):
                return None
            stem = next((r for r in readings(word) if r.startswith("ال")), word)
            if not plural_word(stem):
                continue
            # "أعضاء مجلس الشيوخ", "الأطباء والمسؤولين الفيدراليين": the group's own head
            # may stand a construct noun or a conjunction further back
            for j in range(k - 1, max(k - 3, -1), -1):
                prev = toks[j].norm
                if prev in "،,.:؛" or self.verb_word(prev) or prev in ("من", "في", "على"):
                    break
                if plural_word(prev[1:] if prev[:1] == "و" else prev):
                    k = j
            word = toks[k].norm
            stem = next((r for r in readings(word) if r.startswith("ال")), word)
            start = toks[k].start + (len(word) - len(stem) if stem != word else 0)
            if k >= 2 and toks[k - 1].norm == "من" and partitive_head(toks[k - 2].norm):
                start = toks[k - 2].start  # "عدد من المواطنين"
            return Mention(start, end, "group")
        return None

    def after_relative(self, cue: Cue) -> bool:
        """ "… العاشر الذي ينص على أنه": the subject is the noun before الذي, not the sentence's."""
        words = self.text[max(0, cue.start - 12) : cue.start].split()
        return bool(words) and norm_word(words[-1]) in _RELATIVES

    def note_issued(
        self, mention: Mention | None, comp: tuple[str, Tok, Region | None] | None
    ) -> None:
        """ "ذكرت السفارة في بيان": the speaker issued a بيان (for a later "البيان")."""
        if mention is None or not self.speakers.records:
            return
        limit = comp[1].start if comp else self.paragraph_end(mention.end)
        window = self.text[mention.end : min(limit, mention.end + 40)]
        if "في" not in window and "عبر" not in window:
            return  # no "في بيان" after the speaker: most cues
        toks = self.tokens(mention.end, limit, 4)
        for a, b in itertools.pairwise(toks):
            if a.norm in ("في", "عبر") and b.norm in self.slex.documents:
                self.speakers.issued(self.speakers.records[-1], b.norm)


def _title_word(word: str) -> bool:
    return match_title([Word(0, len(word), normalize(word))], 0, speaker_lexicon()) is not None


def _person_mention(e: Entity) -> Mention:
    """A tagged person as the whole subject phrase."""
    return Mention(e.start, e.end, "person", name=(e.start, e.end), entity=e)
