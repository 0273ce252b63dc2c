"""The subject of a cue verb when something stands between them, or before the verb.

Arabic news often puts a phrase between a reporting verb and its subject, or names the
subject in a way the speaker-phrase parser alone does not read:
- a name in quote marks: "وقال "جورج" إن", "وأضافت «نسمة» أن" (the whole quoted name);
- a phrase fronted before the subject (VSO): "كشف لـ«عكاظ» السفير …", "وقال لوكالة الأنباء
  السعودية السفير …", "وقال في تصريح صحفي مدير …"; the addressee of أبلغ ("وأبلغ «الشرق
  الأوسط» مصدر …");
- the topic of أما … فـ: "أما مدير البرنامج … فأكد أن".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from marsad.document import Document
from marsad.extract.quotes.clauses import Tok, lexicon_set
from marsad.extract.quotes.cues import Cue
from marsad.extract.quotes.gaps import Gaps
from marsad.extract.quotes.phrase_edges import is_nisba
from marsad.extract.quotes.speaker_words import (
    BREAK_PUNCT,
    Word,
    in_set,
    is_definite,
    match_rank,
    match_title,
    norm_word,
)
from marsad.extract.quotes.speakers import Mention, parse_speaker
from marsad.text.marks import Region

MAX_QUOTED_NAME = 4  # words in a quoted name ("منتدى التجارة العادلة")
MAX_TOPIC = 16  # words between أما and its verb


class Subjects(Gaps):
    """Subject questions over one article (the entities layer pins names down)."""

    doc: Document

    def subject(
        self, start: int, comp: tuple[str, Tok, Region | None] | None, cue: Cue | None = None
    ) -> Mention | None:
        limit = comp[1].start if comp else self.paragraph_end(start)
        addressee = cue is not None and cue.form.addressee
        if comp is not None and comp[0] in ("an", "colon") and not addressee:
            quoted = self.quoted_subject(start, limit)
            if quoted is not None:
                return quoted
        after = self.fronted_pp(start, limit, addressee)
        if after is None:
            return parse_speaker(self.text, start, limit, self.doc.entities)
        # the subject follows the fronted phrase, or the verb has none of its own here
        mention = parse_speaker(self.text, after, limit, self.doc.entities)
        return mention if mention is not None and mention.kind != "thing" else None

    def tagged_subject(self, thing: Mention, limit: int) -> Mention | None:
        """A subject the speaker lexicons do not know but the tagger does: an organisation
        the phrase opens with ("وقال المرصد السوري لحقوق الإنسان إن"), or a person after a
        title the lexicons lack ("اعتبر المهاجم الدولي الهولندي روبن فان بيرسي بأن",
        "وأضافت الأخصائية الاجتماعية عائشة الملحم: إن"): one to four ال-words straight
        before the name, which speaks, the words before it its role."""
        org = next(
            (e for e in self.doc.entities if e.type == "ORG" and e.start == thing.start), None
        )
        if org is not None and org.end <= limit:
            return Mention(
                org.start, org.end, "organisation", name=(org.start, org.end), entity=org
            )
        person = next(
            (e for e in self.doc.entities if e.type == "PER" and thing.start < e.start < limit),
            None,
        )
        if person is None or person.end > limit:
            return self.surname_subject(thing, limit)
        before = self.text[thing.start : person.start].split()
        if not 1 <= len(before) <= 4 or not all(is_definite(norm_word(w)) for w in before):
            return None  # a comma, a preposition or an indefinite word: not one phrase
        mention = parse_speaker(self.text, person.start, limit, self.doc.entities)
        if mention is None or mention.kind != "person":
            return None
        if mention.role is not None and mention.role[0] < person.start:
            return None  # a title of its own before the name; one after it is an apposition
        role_end = person.start - 1
        while self.text[role_end - 1].isspace():
            role_end -= 1
        # a copy: the parser's answers may be shared
        return replace(mention, start=thing.start, role=(thing.start, role_end))

    def surname_subject(self, thing: Mention, limit: int) -> Mention | None:
        """A family name with ال, alone before the complement, names a person tagged earlier
        ("وأكد العيفة أن" after "محمد عيفة", "وأردف الحسن أن" after "عبدالعزيز آل حسن",
        "وأضاف الشمري أن" after "سعد الشمري"): the parser took the word for a noun."""
        words = self.text[thing.start : limit].split()
        if len(words) != 1 and not (len(words) == 2 and words[1] in ("،", ",")):
            return None
        surname = words[0].rstrip("،,")
        word = norm_word(surname)
        if not word.startswith("ال") or len(word) < 5:
            return None
        for e in reversed(self.doc.entities):
            if e.type != "PER" or e.end > thing.start:
                continue
            names = [norm_word(w) for w in e.text.split()]
            if len(names) < 2:
                continue
            last = names[-1]
            if last in (word, word[2:]):
                end = thing.start + len(surname)
                return Mention(thing.start, end, "person", name=(thing.start, end), entity=e)
        return self.surname_after_name(thing, surname)

    def surname_after_name(self, thing: Mention, surname: str) -> Mention | None:
        """The family name written earlier right after a tagged person the tagger cut short
        ("عبدالله بن داود الفايز، أن" … "وأوضح الفايز أن"): that person speaks."""
        at = self.text.rfind(" " + surname, 0, thing.start)
        while at > 0:
            after = self.text[at + 1 + len(surname) : at + 2 + len(surname)]
            person = next((e for e in self.doc.entities if e.type == "PER" and e.end == at), None)
            if person is not None and not after.isalpha():  # the whole word, not "الحسنات"
                end = thing.start + len(surname)
                return Mention(thing.start, end, "person", name=(thing.start, end), entity=person)
            at = self.text.rfind(" " + surname, 0, at)
        return None

    def quoted_subject(self, start: int, limit: int) -> Mention | None:
        """ "وقال "جورج" إن", "وأضافت "نسمة" أن": the subject is a name in quote marks."""
        lead = _LEAD.match(self.text, start, limit)
        if lead is None or lead.start(1) not in self.open_at:
            return None
        region = self.open_at[lead.start(1)]
        if region.close_at is None or region.close_at >= limit:
            return None
        if not 1 <= len(self.text[region.start : region.end].split()) <= MAX_QUOTED_NAME:
            return None
        mention = parse_speaker(self.text, region.start, region.end, self.doc.entities)
        if mention is None or mention.kind == "document":
            return None
        if mention.kind == "thing":
            mention.kind = "organisation"  # "الوطني الحر" in marks: a name, not a noun
        # the quoted words are the name, whatever the parser made of them
        mention.start, mention.end = region.start, region.end
        if mention.role is None:
            mention.name = (region.start, region.end)
        mention.quoted = True
        return mention

    def fronted_pp(self, start: int, limit: int, addressee: bool = False) -> int | None:
        """Where the subject may start after a phrase fronted before it, or None (no phrase).

        "لـ«عكاظ»", "لـ(عكاظ)" (to a newspaper, by name) and the addressee of أبلغ: right
        after the name (and its nationality adjective); "لوكالة الأنباء السعودية", "في تصريح
        صحفي", "خلال مؤتمر صحافي": at the first title, rank or source word within a few
        words, else `limit` (the verb has no subject of its own here).
        """
        lead = _LEAD.match(self.text, start, limit)
        if lead is None:
            return None
        chunk = lead.group(1)
        if not (addressee or chunk[0] == "ل" or norm_word(chunk) in _settings_preps()):
            return None  # most subjects: no phrase in front, no need to read further
        toks = self.tokens(start, limit, 8)
        if not toks:
            return None
        first = toks[0].norm
        k = 1 if first == "ل" else 0
        if (k or addressee) and k < len(toks):
            end = self.short_name_end(toks[k].start, limit)
            if end is not None:
                nxt = self.tokens(end, limit, 1)
                return nxt[0].end if nxt and is_nisba(nxt[0].norm) else end
            if k:
                return None
        glued = first[:1] == "ل" and len(first) > 3 and first[1:] in self.slex.organisations
        glued = glued or self.dative(toks[0])
        setting = (
            first in _settings_preps()
            and len(toks) > 1
            and in_set(toks[1].norm, self.slex.settings)
        )
        if not glued and not setting:
            return None
        ws = [Word(t.start, t.end, t.norm) for t in toks]
        for j in range(2 if setting else 1, len(ws)):
            if ws[j].norm in BREAK_PUNCT or self.is_comp(ws[j].norm) or ws[j].norm == "(":
                break  # "في تصريح لوكالة الأنباء الألمانية (د.ب.أ):" the outlet's initials
            if ws[j].norm[:1] in "لب" and ws[j].norm not in self.slex.title_firsts:
                continue  # "في تصريح لمراسلة …": a preposition's object, not the subject
            if ws[j].norm in lexicon_set("speakers", "company_prepositions"):
                break  # "أكد خلال مؤتمر صحافي مع نظيره": the one met, not the subject
            if ws[j].norm[:1] == "و" and ws[j].norm[1:] in self.slex.title_firsts:
                break  # "في مؤتمر صحفي عقده ونظيره الألماني X": a partner, not the subject
            if match_title(ws, j, self.slex) or match_rank(ws, j, self.slex):
                return ws[j].start
            if in_set(ws[j].norm, self.slex.unnamed):
                return ws[j].start
        return limit

    def dative(self, tok: Tok) -> bool:
        """ "قال لأنصاره إن", "وأكد لنظيره أن": a word glued to ل and ending in a pronoun right
        after the verb is to whom it was said (so is a place the tagger read with its ل,
        "لفرنسا"); a tagged person (لطفي) or body (لوكهيد), or a body of the lexicon (لجنة),
        is the subject."""
        n = tok.norm
        if n[:1] != "ل" or n[:2] == "لل" or len(n) < 4 or n in self.slex.title_firsts:
            return False
        if n in self.slex.organisations or n in self.slex.unnamed or n in self.slex.stops:
            return False
        entity = next((e for e in self.doc.entities if e.start == tok.start), None)
        if entity is not None:
            return entity.type == "LOC"
        raw = self.text[tok.start : tok.end]
        return len(n) > 4 and raw.endswith(("ه", "ها", "هم", "هما"))

    def short_name_end(self, at: int, limit: int) -> int | None:
        """End of a short name in quote marks or brackets starting at `at` ("«عكاظ»")."""
        if at in self.open_at:
            region = self.open_at[at]
            words = len(self.text[region.start : region.end].split())
            if region.close_at is not None and words <= MAX_QUOTED_NAME:
                return region.close_at + 1
            return None
        if self.text[at : at + 1] == "(":
            close = self.text.find(")", at, min(limit, at + 40))
            if close > at + 1:
                return close + 1
        return None

    def amma_topic(self, cue: Cue) -> Mention | None:
        """ "أما مدير البرنامج … فأكد أن": the topic after أما is the verb's subject.

        "أما عن X فأشار Y" (a preposition after أما) is no subject.
        """
        begin = max(0, cue.start - 200)
        text = self.text  # a substring test first: the regex tries every character
        if text.find("أما", begin, cue.start) < 0 and text.find("اما", begin, cue.start) < 0:
            return None
        if _AMMA_WORD.search(text, begin, cue.start) is None:
            return None  # no أما before the verb: most cues
        toks = self.tokens(begin, cue.start, 60)
        for i in range(len(toks) - 1, max(-1, len(toks) - MAX_TOPIC - 2), -1):
            tok = toks[i]
            if tok.norm in _ENDS or tok.norm in self.lex.forms:
                return None
            if self.text[tok.start : tok.end] not in _AMMA:
                continue
            if i + 1 >= len(toks) or toks[i + 1].norm in lexicon_set("speakers", "prepositions"):
                return None
            limit = cue.start - (1 if cue.prefixed else 0)  # before the ف of "فأكد"
            mention = parse_speaker(self.text, toks[i + 1].start, limit, self.doc.entities)
            if mention is None or mention.kind == "thing":
                return None
            return mention
        return None


_LEAD = re.compile(r"\s*(\S+)")  # the first word (or mark) after the cue


@cache  # asked for every subject: a C-level lookup, no frame
def _settings_preps() -> frozenset[str]:
    return lexicon_set("speakers", "setting_prepositions")


_AMMA = frozenset(["أما", "وأما", "اما", "واما"])  # as written: "إما" is "either"
_AMMA_WORD = re.compile(r"(?<![\u0621-\u064a])و?[أا]ما(?![\u0621-\u064a])")
_ENDS = frozenset(".!?؟؛")
