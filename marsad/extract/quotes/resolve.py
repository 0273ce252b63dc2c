"""Who a speaker mention refers to, within one article.

`Speakers` remembers every speaker met so far (in text order) and turns a `Mention` into an
`Agent` with a `canonical` name consistent across the article:
- a name is completed to the fullest name that contains it ("زيلينسكي" → "فولوديمير زيلينسكي"),
- a parenthesised alias points to the name before it ("(البنتاغون)" → "وزارة الدفاع الأميركية"),
- a description resolves to the named speaker it describes ("المتحدثة", "الرئيس الأوكراني",
  "الوكالة", "البيان" → who issued it),
- a cue with no subject continues the last speaker whose gender agrees (أضاف ↔ m, أضافت ↔ f).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from marsad.document import Agent, Document
from marsad.extract.quotes.cues import bounded
from marsad.extract.quotes.fullnames import fullest, name_tokens, occurrences
from marsad.extract.quotes.heads import people_noun
from marsad.extract.quotes.introductions import introduced_name
from marsad.extract.quotes.namesakes import bare_form, family_name, named_elsewhere
from marsad.extract.quotes.speaker_names import several
from marsad.extract.quotes.speaker_words import is_definite, readings, speaker_lexicon
from marsad.extract.quotes.speakers import Mention, parse_speaker
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize, normalize_phrase
from marsad.text.tokens import article_form

_WORD = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+")


@dataclass(slots=True)
class Record:
    """A speaker met in the article."""

    pos: int
    agent: Agent
    gender: str  # m | f | p
    role: str = ""  # normalised, without proclitics
    affiliation: str = ""
    names: frozenset[str] = frozenset()  # proper words of the affiliation ("هجر")
    issued: set[str] = field(default_factory=set)  # documents it put out ("بيان")


@lru_cache(maxsize=4096)  # titles and affiliations repeat across speakers and articles
def _key(text: str | None) -> str:
    """Normalised words, each without و/ل/ب in front and without ال (for comparing titles)."""
    if not text:
        return ""
    out = []
    for w in normalize_phrase(text).split():
        base = next((r[2:] for r in readings(w) if r.startswith("ال") and len(r) > 3), w)
        out.append(base)
    return " ".join(out)


def _proper(text: str | None) -> frozenset[str]:
    """Words of an affiliation that carry no ال (names: "هجر" in "مدير فريق هجر")."""
    if not text:
        return frozenset()
    words = [w for w in normalize_phrase(text).split() if not is_definite(w)]
    return frozenset(w[1:] if w[:1] in "بل" and len(w) > 4 else w for w in words)


class Speakers:
    """Speaker memory of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.records: list[Record] = []
        self.aliases: dict[str, str] = {}

    # ------------------------------------------------------------------ mentions to agents

    def agent(self, mention: Mention, gender: str | None, pos: int) -> Agent:
        """The Agent a mention stands for; remembers it for later implied speakers."""
        text = self.text
        role = _display_role(text[slice(*mention.role)]) if mention.role else None
        affiliation = text[slice(*mention.affiliation)] if mention.affiliation else None
        if mention.name:
            start, end = mention.name
        else:
            start, end = mention.start, mention.end
        canonical = " ".join(text[start:end].translate(_NO_MARKS).split())
        if canonical.startswith(("لل", "بال")):
            canonical = _display_role(canonical)  # "وفقا للمسؤول" → المسؤول
        agent = Agent(text[start:end], start, end, canonical, mention.kind, role, affiliation)
        if mention.kind == "description":
            agent.kind = "person"
        if mention.entity is not None:
            agent.canonical = mention.entity.canonical or mention.entity.text
            agent.entity_id = mention.entity.entity_id
        elif mention.kind == "description":
            self._describe(agent, mention, pos)
        elif mention.kind in ("organisation", "document"):
            self._definite(agent, mention, pos)
        elif mention.kind in ("unnamed", "group"):
            self._anaphoric(agent, mention.kind, pos)
        if mention.quoted:
            self._fuller(agent, pos)
        if mention.alias:
            alias = text[slice(*mention.alias)]
            self.aliases.setdefault(normalize_phrase(alias), agent.canonical)
        # most articles name no alias: no need to normalise the name then
        target = self.aliases.get(normalize_phrase(agent.canonical)) if self.aliases else None
        if target:
            agent.canonical = target
        # VSO verbs agree in gender only ("وقال مسؤولو البيت الأبيض"): groups are plural
        # and so are several people with a singular verb ("وأكد أقارب المفقودين …، مشيرين")
        g = (
            "p"
            if mention.kind == "group" or several(text, mention)
            else mention.gender or gender or "m"
        )
        self.remember(agent, g, pos, role, affiliation)
        return agent

    def _fuller(self, agent: Agent, pos: int) -> None:
        """ "وأضافت "نسمة"" after "القناة التلفزية الخاصة "نسمة"": the fuller name met before."""
        mine = name_tokens(agent.canonical)
        for record in reversed(self.records):
            theirs = name_tokens(record.agent.canonical)
            if record.pos < pos and mine and mine < theirs:
                agent.canonical, agent.kind = record.agent.canonical, record.agent.kind
                agent.entity_id = record.agent.entity_id
                return

    def remember(
        self, agent: Agent, gender: str, pos: int, role: str | None, aff: str | None
    ) -> Record:
        record = Record(pos, agent, gender, _key(role), _key(aff), _proper(aff))
        self.records.append(record)
        return record

    def issued(self, record: Record, head: str) -> None:
        record.issued.add(_key(head))

    def implied(self, gender: str, pos: int) -> Agent | None:
        """The last speaker before `pos` whose gender agrees with the cue."""
        best = None
        for record in self.records:
            if (
                record.pos < pos
                and record.gender == gender
                and (best is None or record.pos >= best.pos)
            ):
                best = record
        return _copy(best.agent) if best else None

    # ------------------------------------------------------------------ descriptions

    def _describe(self, agent: Agent, mention: Mention, pos: int) -> None:
        """ "المتحدثة" / "الرئيس الأوكراني": the earlier (or later) named holder of the title."""
        role, aff = _key(agent.role), _key(agent.affiliation)
        for record in reversed(self.records):
            if record.agent.kind != "person" or not record.role:
                continue
            if record.role.split()[0] != role.split()[0]:
                continue
            if _key(record.agent.canonical) == record.role:
                continue  # an earlier bare "الوزير" names no one
            if aff and not record.affiliation and _nisba(aff) and aff not in record.role:
                continue  # "الوزير الألماني" is not a minister named without that country
            if (
                aff
                and record.affiliation
                and not set(aff.split()) <= set(record.affiliation.split())
                and not (
                    _proper(agent.affiliation) & record.names - speaker_lexicon().organisations
                )
            ):
                continue  # "مدير الكرة بنادي هجر" is still "مدير فريق هجر"
            agent.canonical = record.agent.canonical
            agent.entity_id = record.agent.entity_id
            return
        found = (
            named_elsewhere(self.text, mention, self.doc.entities)
            or self._introduced(agent, pos)
            or family_name(self.text, agent)
        )
        if found:
            agent.canonical = found
            return
        # "مواطنة تونسية مقيمة … وأوضحت المواطنة التونسية": the earlier speaker of that noun
        head = role.split()[0] if role else ""
        if not people_noun("ال" + head) and head not in speaker_lexicon().unnamed:
            return  # a title ("الوزير") finds its holder by role or name, not by a first word
        for record in reversed(self.records):
            words = normalize_phrase(record.agent.canonical).split()
            if record.pos < pos and words and words[0] == head and record.agent.kind != "document":
                agent.canonical = record.agent.canonical
                return
        if head in _generic_officials():
            # "وأضاف بن بشير … وأشار المسؤول": "the official" is the person just quoted
            named = self._last_named(mention.gender or "m", pos)
            if named is not None:
                agent.canonical, agent.entity_id = named.canonical, named.entity_id

    def _last_named(self, gender: str, pos: int) -> Agent | None:
        """The last person quoted before `pos` with a name of their own, if the gender agrees."""
        for record in reversed(self.records):
            if record.pos >= pos or record.agent.kind != "person":
                continue
            if _key(record.agent.canonical) == record.role:
                continue  # a bare title names no one
            return record.agent if record.gender == gender else None
        return None

    def _introduced(self, agent: Agent, pos: int) -> str | None:
        """ "رجل أمريكي يدعى "كارل سميث" … وقال الرجل": the name the noun was given."""
        words = _WORD.findall(agent.text)
        if len(words) != 1:
            return None
        noun = people_noun(normalize(words[0]))
        return introduced_name(self.text, noun, pos) if noun else None

    def _definite(self, agent: Agent, mention: Mention, pos: int) -> None:
        """ "الوكالة" → "وكالة الأنباء …"; "البيان" → who issued it; "نصها" → the document."""
        first = normalize(_WORD.findall(agent.text)[0]) if _WORD.search(agent.text) else ""
        head = next((r for r in readings(first) if r.startswith("ال")), "")
        if mention.kind == "document" and not head and first.endswith(("ها", "ه")):
            doc = self._last_document(pos)
            if doc:
                agent.canonical = doc
            return
        if not head:
            return
        bare = head[2:]
        if mention.kind == "document" and head in _parts():
            whole = self._last_whole(pos)  # "هذا الفصل" speaks for the law it belongs to
            if whole:
                agent.canonical = whole
                return
        if mention.kind == "document":
            for record in reversed(self.records):
                if record.pos < pos and bare in record.issued:
                    agent.canonical = record.agent.canonical
                    agent.entity_id = record.agent.entity_id
                    return
        for record in reversed(self.records):
            words = normalize_phrase(record.agent.canonical).split()
            # "قال تقرير … وقال التقرير": a document may be named by its head alone; a bare
            # head names a body named with its ال too ("المكتب الإعلامي لرئاسة الحكومة …
            # وأشار المكتب"), a longer phrase names its own
            heads = (bare, head) if " " not in agent.text.strip() else (bare,)
            if words and words[0] in heads and (len(words) > 1 or mention.kind == "document"):
                agent.canonical = record.agent.canonical
                agent.entity_id = record.agent.entity_id
                return
        if len(agent.text.split()) > 1:
            return  # "السلطات اللبنانية" names itself; only a bare "الوكالة" points back
        full = self._indefinite_phrase(bare_form(agent.text.split()[0]), pos)
        if full:
            agent.canonical = full

    def _anaphoric(self, agent: Agent, kind: str, pos: int) -> None:
        """ "وأضافت المصادر" → the "مصادر ملاحية" met before; "المصدر" alone → the last source.

        A definite unnamed source or group refers back: to the earlier mention with the same
        head ("مصدر مسؤول في الشركة", "خبراء أرصاد"), else (a source only) to the speaker
        just cited ("أوضحت الوكالة أن …، وأضاف المصدر أن").
        """
        words = agent.text.split()
        if len(words) != 1:
            return
        first = normalize(words[0])
        head = next((r for r in readings(first) if r.startswith("ال") and len(r) > 3), "")
        if not head:
            return
        bare = head[2:]
        for record in reversed(self.records):
            rwords = normalize_phrase(record.agent.canonical).split()
            if record.pos < pos and rwords and rwords[0] == bare:
                agent.canonical = record.agent.canonical
                return
        full = self._indefinite_phrase(bare_form(words[0]), pos)
        if full and len(full.split()) > 1 and not normalize(full.split()[1]).startswith("و"):
            agent.canonical = full
            return
        if kind == "unnamed" and bare in _SOURCE_HEADS:
            last = next((r for r in reversed(self.records) if r.pos < pos), None)
            para = self.text.rfind("\n", 0, pos)
            after = self.text[agent.end : agent.end + 12].split()[:1]
            if after and normalize(after[0]) in _SAME:
                para = -1  # "المصدر ذاته / نفسه": the same source, wherever it was cited
            if last is not None and last.pos > para:  # the source cited in this paragraph
                agent.canonical = last.agent.canonical
                agent.entity_id = last.agent.entity_id

    def _indefinite_phrase(self, bare: str, pos: int) -> str | None:
        """The last "وثيقة الإعلان"-like phrase (head without ال + what follows) before `pos`."""
        best = None
        for at in occurrences(self.text, bare, 0, pos):
            tagged = next((e for e in self.doc.entities if e.start == at and e.type == "ORG"), None)
            if tagged is not None:  # the entities stage knows where the name ends
                best = tagged.canonical or tagged.text
                continue
            found = parse_speaker(self.text, at, min(len(self.text), at + len(bare) + 120))
            if found and found.end > at + len(bare):
                best = self.text[at : found.end]
        return best

    def _last_whole(self, pos: int) -> str | None:
        """The last law, constitution or agreement named before `pos`, as written."""
        found_at = [
            (at, at + len(whole))
            for whole in _wholes()
            for at in occurrences(self.text, whole, 0, pos)
        ]
        # "مشروع قانون" covers the "قانون" inside it: keep the longer phrase
        starts = sorted(
            (a for a, b in found_at if not any(x < a < y for x, y in found_at)), reverse=True
        )
        for at in starts[:4]:
            found = parse_speaker(self.text, at, min(len(self.text), at + 160))
            if found is not None:
                return self.text[found.start : found.end]
        return None

    def _last_document(self, pos: int) -> str | None:
        lex = speaker_lexicon()
        for record in reversed(self.records):
            if record.pos < pos and record.agent.kind == "document":
                return record.agent.canonical
        last = None
        for m in _document_heads(lex.documents).finditer(self.text, 0, pos):
            found = parse_speaker(self.text, m.start("cue"), min(len(self.text), m.end() + 80))
            if found and found.end > m.end():
                last = self.text[found.start : found.end]
        return last

    # ------------------------------------------------------------------ canonical names

    def finish(self, agents: list[Agent]) -> None:
        """Give every person the fullest name of theirs found in the article."""
        # in text order, so that of two equally full names the first met wins (whatever the
        # hash seed)
        found = [r.agent.canonical for r in self.records if r.agent.kind == "person"]
        found += [e.canonical or e.text for e in self.doc.entities if e.type == "PER"]
        names = list(dict.fromkeys(found))
        done: dict[str, str] = {}
        for agent in agents:
            target = self.aliases.get(normalize_phrase(agent.canonical)) if self.aliases else None
            if target:
                agent.canonical = target
            if agent.kind != "person" or agent.entity_id:
                continue
            if agent.canonical not in done:
                done[agent.canonical] = fullest(self.text, agent.canonical, names)
            agent.canonical = done[agent.canonical]


_NO_MARKS = str.maketrans("", "", '"«»“”„{}')  # صحيفة "ديلي ميل" → صحيفة ديلي ميل
_SOURCE_HEADS = frozenset({"مصدر", "مصادر"})
_SAME = frozenset(normalize(w) for w in ("ذاته", "نفسه", "ذاتها", "نفسها"))


@cache
def _generic_officials() -> frozenset[str]:
    """ "مسؤول": a title any official bears, so it points back to the person just quoted."""
    words = load_lexicon("speakers").get("generic_officials", [])
    return frozenset(_key(w) for w in words)


@cache
def _parts() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_lexicon("speakers").get("document_parts", []))


@cache
def _wholes() -> tuple[str, ...]:
    return tuple(load_lexicon("speakers").get("document_wholes", []))


@cache
def _document_heads(documents: frozenset[str]) -> re.Pattern[str]:
    return bounded([d for d in documents if not d.startswith("ال")], prefix=True)


def _copy(agent: Agent) -> Agent:
    return Agent(
        agent.text,
        agent.start,
        agent.end,
        agent.canonical,
        agent.kind,
        agent.role,
        agent.affiliation,
        agent.entity_id,
    )


def _nisba(key: str) -> bool:
    """Only relative adjectives ("الالماني", "المصريه"): a country or a people, not a body."""
    return all(w.startswith("ال") and w.endswith(("ي", "يه")) for w in key.split())


def _display_role(role: str) -> str:
    """The role as a reader names it: "للرئيس الأوكراني" → "الرئيس الأوكراني"."""
    first, _, rest = role.partition(" ")
    return " ".join(w for w in (article_form(first), rest) if w)
