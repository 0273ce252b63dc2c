"""Names a description points to elsewhere in the article (used by `resolve.Speakers`).

"مدير الكرة بنادي X" written again with a name, the same title with an affiliation holding
ours ("مدير عام الخطوط السعودية" → "مدير عام الخطوط الجوية العربية السعودية المهندس X"), and
a title with a family name ("الرئيس الغانم" → "مرزوق الغانم").
"""

from __future__ import annotations

from marsad.document import Agent, Entity
from marsad.extract.quotes.fullnames import occurrences, written_before
from marsad.extract.quotes.speaker_words import readings, speaker_lexicon
from marsad.extract.quotes.speakers import Mention, parse_speaker
from marsad.text.normalize import normalize, normalize_phrase


def named_elsewhere(
    text: str, mention: Mention, entities: list[Entity] | None = None
) -> str | None:
    """The name that follows the same title phrase somewhere else in the article (the tagged
    persons end it: "أمر رئيس الحكومة X بإيقاف الوحدات بمصنع" names X, not بمصنع)."""
    words = text[mention.start : mention.end].split()
    if not words:
        return None
    words[0] = definite_form(words[0])
    phrase = " ".join(words)
    for at in occurrences(text, phrase, 0, len(text)):
        if at == mention.start:
            continue
        found = parse_speaker(text, at, min(len(text), at + len(phrase) + 120), entities)
        if found and found.name and found.kind == "person":
            name = text[slice(*found.name)]
            if not any(ch.isdigit() for ch in name) and _a_person(found.name, entities):
                return name
    return named_loosely(text, mention, entities)


def _a_person(span: tuple[int, int], entities: list[Entity] | None) -> bool:
    """With the tagger's persons at hand, a name found after a title elsewhere must be one of
    them ("وأشاد رئيس الجمهورية بالمساعدات الإيطالية ذات الصلة" names no one)."""
    if not entities:
        return True  # no tagger ran (the quotes stage alone)
    start, end = span
    return any(e.type == "PER" and e.start < end and start < e.end for e in entities)


def named_loosely(text: str, mention: Mention, entities: list[Entity] | None = None) -> str | None:
    """ "مدير عام الخطوط السعودية" after "مدير عام الخطوط الجوية العربية السعودية المهندس
    X": the same title, elsewhere with a name and an affiliation holding all of ours."""
    if mention.role is None or mention.affiliation is None:
        return None
    role = text[slice(*mention.role)]
    ours = set(normalize_phrase(text[slice(*mention.affiliation)]).split())
    for at in occurrences(text, role, 0, len(text)):
        if at == mention.start:
            continue
        found = parse_speaker(text, at, min(len(text), at + 250), entities)
        if not (found and found.name and found.kind == "person"):
            continue
        theirs = set()
        if found.affiliation:
            theirs = set(normalize_phrase(text[slice(*found.affiliation)]).split())
        missing = ours - theirs
        if not missing and found.affiliation:
            return text[slice(*found.name)]
        # "وزير المعادن السوداني" after "ووقّع عن الجانب السوداني، وزير المعادن X": the
        # nationality added later stands in the sentence that named the holder
        if missing != ours and _nisba_before(text, at, missing) and _a_person(found.name, entities):
            return text[slice(*found.name)]
    return None


def _nisba_before(text: str, at: int, ours: set[str]) -> bool:
    """`ours` is one relative adjective ("السوداني") whose stem is written in the sentence
    before `at` ("عن الجانب السوداني، وزير المعادن")."""
    if len(ours) != 1:
        return False
    (word,) = ours
    if not (word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 5):
        return False
    stem = word[2:].removesuffix("يه").removesuffix("ي")
    start = max(0, at - 150)
    for stop in ".!؟?\n":
        start = max(start, text.rfind(stop, start, at) + 1)
    return any(
        w.startswith(("ال" + stem + "ي", stem + "ي"))
        for w in normalize_phrase(text[start:at]).split()
    )


def family_name(text: str, agent: Agent) -> str | None:
    """ "وقال الرئيس الغانم" after "رئيس مجلس الأمة مرزوق الغانم": a title with a family
    name is the person written in full elsewhere."""
    aff = agent.affiliation or ""
    if len(aff.split()) != 1 or not aff.startswith("ال"):
        return None
    role_words = normalize(agent.role or "").split()
    head = bare_form(role_words[0]) if role_words else ""
    lex = speaker_lexicon()
    for name in written_before(text, aff):
        first = normalize(name.split()[0])
        if first in role_words or any(r in lex.organisations for r in readings(first)):
            continue  # "لوزارة الآثار", "باسم الجهاز": a body or the title, not a name
        at = text.find(name)
        if head and head in normalize(text[max(0, at - 80) : at]):
            return name  # the same title stands before the full name
    return None


def definite_form(word: str) -> str:
    """ "للرئيس" → "الرئيس", "والوكالة" → "الوكالة" (as written, not normalised)."""
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    if len(word) > 4 and word[0] in "وفبك" and word[1:3] in ("ال", "لل"):
        return definite_form(word[1:])
    return word


def bare_form(word: str) -> str:
    """ "الوكالة" → "وكالة": the head as it is written without the article."""
    word = definite_form(word)
    return word[2:] if word.startswith("ال") and len(word) > 3 else word
