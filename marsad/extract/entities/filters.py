"""Clean-up of tagger spans that are not names, or not only names.

A statistical tagger errs in predictable ways on news text: it lets an adverb or a day name
into a span (حينذاك هاري ترومان، زيلينسكي الإثنين), tags a title or an adverb alone
(الزعيمان، ميدانياً), runs a place into the person after it (بيونغ يانغ ألكسندر ماتسيجورا),
or tags a description (جامعة كينية، الأراضي الروسية). Each rule below is a general property of
Arabic names, never a list of particular names.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from marsad.extract.entities.correct import NATIONALITY
from marsad.extract.entities.gazetteer import (
    calendar_words,
    common_words,
    gazetteer,
    is_common,
    is_definite,
    is_stop,
    loc_heads,
    name_readings,
    name_words,
    org_words,
)
from marsad.extract.entities.mentions import Mention, Stream, match_in, owner_map, words
from marsad.extract.entities.titles import title_at, title_before, titles
from marsad.extract.entities.words import bound, person_words
from marsad.text.normalize import normalize, strip_diacritics

# a word with tanween fath is an adverb or an accusative (ميدانياً، دولاراً), not a name; the
# other tanweens also mark names in fully vowelled text (فاطمة بنت محمدٍ)
TANWEEN = frozenset("\u064b")


def drop_calendar_words(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A span that is only a month or day name (أيلول، تموز) is a date, and one that opens
    with a currency (ريال سعودي، دينار كويتي) an amount's unit: neither is an entity."""
    months = calendar_words()
    money = name_words().currencies
    return [
        m
        for m in mentions
        if " ".join(words(stream, m)) not in months
        and not (words(stream, m)[0] in money and _money_phrase(stream, m))
    ]


def _money_phrase(stream: Stream, m: Mention) -> bool:
    """ريال alone, or ريال + a nationality adjective (ريال سعودي); not ريال مدريد."""
    return m.j - m.i == 1 or (m.j - m.i == 2 and match_in(stream, m.i + 1, NATIONALITY) is not None)


def trim_edges(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """Cut particles, day names and words with tanween off both ends of tagger spans; a span
    left empty, or a person that is only a title word, is dropped. A person's name ends
    before a preposition on an ordinary word (حافظ سيد الدين | بالسلاح الناري), and any span
    before a particle that opens a clause (الوكالة الفرنسية للإعلام | أنّ برلمان كاتالونيا)."""
    kept = []
    for m in mentions:
        opened = m.i
        while m.j > m.i and _complementiser(stream, m.i):
            m.i, m.skip = m.i + 1, 0  # أن | فوغر
        m.j = next((k for k in range(m.i, m.j) if _complementiser(stream, k)), m.j)
        if m.i > opened and m.j - m.i == 1 and is_common(stream.tokens[m.i]):
            continue  # فإن غالب: the particle's subject, an ordinary word
        if m.type == "PER":
            m.j = next(
                (
                    k
                    for k in range(m.i + 1, m.j)
                    if _prepositional(stream, k) or _inner_stop(stream, k, m.j)
                ),
                m.j,
            )
        while m.j > m.i and _not_name(stream, m.j - 1):
            m.j -= 1
        while m.j > m.i and (_not_name(stream, m.i) or _future_verb(stream.tokens[m.i].norm)):
            m.i, m.skip = m.i + 1, 0  # وسيقوم | كيرميت
        while m.type == "PER" and m.j - m.i > 1 and _title_form(stream.tokens[m.i].norm):
            m.role = m.role or stream.tokens[m.i].text
            m.i, m.skip = m.i + 1, 0
        if m.j <= m.i:
            continue
        if m.type == "PER" and m.j - m.i == 1 and _title_form(stream.tokens[m.i].norm):
            continue
        if m.j - m.i == 1 and (found := title_at(stream, m.i)) is not None and found[1] == m.j:
            continue  # وسمو، والمستشار: a title with its proclitic names no one
        kept.append(m)
    return kept


_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)


def drop_in_links(stream: Stream, mentions: list[Mention], text: str) -> list[Mention]:
    """Words of a web address or an e-mail are no names (…/dywan-almzalm-almmlkt…)."""
    links = [(m.start(), m.end()) for m in _URL.finditer(text)]
    if not links:
        return mentions
    tokens = stream.tokens
    return [
        m
        for m in mentions
        if not any(a < tokens[m.j - 1].end and tokens[m.i].start < b for a, b in links)
    ]


def drop_inflected_words(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """One-word tagger mentions whose shape shows an ordinary word inflected: a verb with the
    future سـ (سيبقى), a dual or plural of an adjective (عسكريان، عقاريون), a noun with a
    pronoun (أراضينا), a feminine adjective after its noun (ممرات آمنة), a preposition on an
    ordinary word (لبيان; not بجدة, a place)."""
    return [m for m in mentions if not (m.source == "tagger" and _inflected(stream, m))]


def drop_adjective_orgs(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A one-word organisation the tagger read from a quoted indefinite feminine relative
    adjective (لأسباب "بروتوكولية"، حلول "جذرية") is that adjective; unquoted, such a word is
    often a town's club (قرمبالية الرياضية)."""
    return [m for m in mentions if not _adjective_org(stream, m)]


def _adjective_org(stream: Stream, m: Mention) -> bool:
    if m.type != "ORG" or m.source != "tagger" or m.j - m.i != 1:
        return False
    tokens = stream.tokens
    norm = tokens[m.i].norm
    quoted = m.i > 0 and m.j < len(tokens) and tokens[m.i - 1].kind == tokens[m.j].kind == "quote"
    return quoted and len(norm) > 5 and norm.endswith("يه") and not is_definite(tokens[m.i])


def _inflected(stream: Stream, m: Mention) -> bool:
    if m.j - m.i != 1:
        return False
    token = stream.tokens[m.i]
    norm = token.norm
    words = common_words()
    if _feminine_adjective(stream, m.i):
        return True
    if _future_verb(norm):
        return True
    if norm in words or norm in gazetteer():
        return False
    if norm.endswith(("يون", "يين", "يان")) and norm[:-2] in words:
        return True
    if len(norm) > 5 and norm.endswith(("نا", "ها", "هم", "كم")) and norm[:-2] in words:
        return True  # أراضينا: an ordinary noun with a pronoun
    readings = name_readings(token)[1:]
    return any(
        r in words
        and r not in gazetteer()
        and norm[: len(norm) - len(r)] in ("ب", "ل", "وب", "ول", "فب", "فل")
        for r in readings
    )


def _future_verb(norm: str) -> bool:
    """سـ + an imperfect verb the corpus knows (سيبقى، وسيقوم)."""
    words = common_words()
    for stem in (norm, norm[1:] if norm[:1] in ("و", "ف") else norm):
        if stem[:1] == "س" and stem[1:2] in ("ي", "ت", "ن") and stem[1:] in words:
            return True
    return False


def _feminine_adjective(stream: Stream, k: int) -> bool:
    """An ordinary word in ة right after an indefinite noun in ة or ات agrees with it as its
    adjective (ممرات آمنة), unlike a name in construct (قيادة سلمان)."""
    token = stream.tokens[k]
    if k == 0 or not stream.same_sentence(k - 1, k + 1) or token.norm not in common_words():
        return False
    if not strip_diacritics(token.text).endswith("ة"):
        return False
    noun = stream.tokens[k - 1]
    bare = strip_diacritics(noun.text)
    return (
        noun.kind == "word"
        and bare.endswith(("ة", "ات"))
        and not noun.norm.startswith("ال")
        and len(name_readings(noun)) == 1
        and noun.norm not in gazetteer()
        and noun.norm not in loc_heads()
        and noun.norm not in org_words().heads
    )  # جزيرة جربة، شركة سابك: a place or a body's noun takes a name


def _prepositional(stream: Stream, k: int) -> bool:
    """A word read as ب / ل + an ordinary word, the whole no ordinary word (بالسلاح، بتجديد)."""
    token = stream.tokens[k]
    words = common_words()
    if token.norm in words or token.norm in gazetteer():
        return False
    return any(
        r in words and len(r) >= 4 and token.norm[: len(token.norm) - len(r)] in ("ب", "ل")
        for r in name_readings(token)[1:]
    )  # not فيليب لام، ايزابيل بريم: a short stem is too often a name


def _pair_tail(stream: Stream, m: Mention, owners: list[Mention | None]) -> bool:
    """Does the word after person `m` complete it as the news always writes the name
    (`name_pairs.txt`)? "كيم جونغ | أون", "يوسف | الشاهد"; never a particle ("الشيباني في"),
    and after a name of two words or more no definite word ("مالك الجزيري المصنف": a title)."""
    if m.j >= len(stream.tokens) or owners[m.j] is not None or not stream.same_sentence(m.i, m.j):
        return False
    nxt = stream.tokens[m.j]
    if nxt.kind != "word" or is_stop(nxt) or (m.j - m.i > 1 and nxt.norm.startswith("ال")):
        return False
    return bound(stream.tokens[m.j - 1], nxt)


def complete_names(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A person span never ends on a linking word (أورسولا فون → أورسولا فون دير لاين) nor
    before the word the news always writes after its last one (`name_pairs.txt`: كيم جونغ →
    كيم جونغ أون), and never holds an honorific formula (محمد صلى الله عليه وسلم → محمد); a
    formula alone (رحمه الله) is no mention."""
    nw = name_words()
    owners = owner_map(mentions, len(stream.tokens))
    firsts = {h[0] for h in nw.honorifics}

    def honorific_at(k: int) -> bool:
        norm = stream.tokens[k].norm
        return norm in firsts and any(_starts(stream, k, h) for h in nw.honorifics)

    mentions = [m for m in mentions if not honorific_at(m.i)]
    for m in mentions:
        if m.type != "PER":
            continue
        for k in range(m.i + 1, m.j):
            if honorific_at(k):
                m.j = k
                break
        while (
            stream.tokens[m.j - 1].norm in nw.linkers
            and m.j < len(stream.tokens)
            and stream.same_sentence(m.i, m.j + 1)
            and owners[m.j] is None
            and stream.tokens[m.j].kind == "word"
        ):
            m.j += 1
            if stream.tokens[m.j - 1].norm not in nw.linkers:
                break
        if _pair_tail(stream, m, owners):
            m.j += 1
    return mentions


def trim_to_known_names(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A person span that is a name found elsewhere plus one word found in no other name loses
    that word: "خالد الفيصل يرعى" (a verb the tagger ran on) → خالد الفيصل."""
    people = [m for m in mentions if m.type == "PER"]
    forms = {words(stream, m) for m in people}
    counts = Counter(w for m in people for w in words(stream, m))
    for m in people:
        form = words(stream, m)
        if len(form) >= 3 and form[:-1] in forms and counts[form[-1]] == 1:
            m.j -= 1
    return mentions


def _starts(stream: Stream, k: int, phrase: tuple[str, ...]) -> bool:
    """Do tokens k… begin with the first two words of `phrase` (or all of a shorter one)?"""
    n = min(2, len(phrase))
    return k + n <= len(stream.tokens) and all(
        stream.tokens[k + x].norm == phrase[x] for x in range(n)
    )


@cache
def _complementiser_norms() -> frozenset[str]:
    return frozenset(normalize(w) for w in name_words().complementisers)


def _complementiser(stream: Stream, k: int) -> bool:
    """أن، إن، فإن، لئن … at token k; إن between two short words is a spelled letter (سي إن إن)."""
    tokens = stream.tokens
    if tokens[k].norm not in _complementiser_norms():
        return False  # ان، فان … as normalised: the cheap test first
    text = strip_diacritics(tokens[k].text)
    if text not in name_words().complementisers:
        return False
    if text != "إن":
        return True
    return all(0 <= n < len(tokens) and len(tokens[n].norm) > 2 for n in (k - 1, k + 1))


INNER_STOPS = frozenset({"علي", "في", "الي", "عن", "مع"})


def _inner_stop(stream: Stream, k: int, end: int) -> bool:
    """A particle inside a person's span (ending at token `end`) ends the name (حسن معاذ |
    على كرت اصفر); على may be the given name علي spelt with ى when one name word ends the
    span after it (الشيخ محمد على هلوس) or a name follows it (محمد على بن …)."""
    token = stream.tokens[k]
    if token.norm not in INNER_STOPS or not is_stop(token):
        return False  # بين، لا … may be syllables of foreign names (هاك بين تشاو)
    if token.norm != "علي" or k + 1 >= len(stream.tokens):
        return True
    after = stream.tokens[k + 1].norm
    if end == k + 2 and not is_common(stream.tokens[k + 1]):
        return False
    return after not in ("بن", "ابن") and after not in person_words()


def _not_name(stream: Stream, k: int) -> bool:
    token = stream.tokens[k]
    return is_stop(token) or any(ch in TANWEEN for ch in token.text) or not token.is_word


@cache
def _title_words() -> frozenset[str]:
    """Single-word titles without the article (رئيس، زعيم، مستشار …)."""
    out = set()
    for first, entries in titles().items():
        for title in entries:
            if len(title.words) == 1:
                out.add(first[2:] if first.startswith("ال") else first)
    return frozenset(out)


def _title_form(norm: str) -> bool:
    """A definite title word (الزعيم) or a dual or plural one (الزعيمان، مستشارو); a bare
    singular title is also a given name (أمين، مساعد) and is not one."""
    definite = norm.startswith("ال")
    bare = norm[2:] if definite else norm
    base = _title_words()
    for suffix in name_words().title_inflections:
        if bare.endswith(suffix) and bare[: -len(suffix)] in base:
            return True
    return definite and bare in base


def drop_descriptions(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """Spans that describe rather than name: an indefinite organisation word with an
    indefinite adjective (جامعة كينية), or a lone definite common noun or plural left of a
    place adjective (الأراضي الروسية، الولايات الأميركية، المحيطين الهندي) — not a rare
    place name (الرقة السورية)."""
    heads = org_words().heads
    kept = []
    for m in mentions:
        form = words(stream, m)
        if (
            m.type == "ORG"
            and len(form) == 2
            and form[0] in heads
            and not form[1].startswith("ال")
            and (form[1].endswith("يه") or match_in(stream, m.i + 1, NATIONALITY))
        ):
            continue
        if (
            m.type == "LOC"
            and m.key is None
            and len(form) == 1
            and form[0].startswith("ال")
            and (is_common(stream.tokens[m.i]) or form[0].endswith(("ين", "ان", "ات")))
            and m.j < len(stream.tokens)
            and stream.same_sentence(m.i, m.j + 1)
            and match_in(stream, m.j, NATIONALITY) is not None
        ):
            continue
        kept.append(m)
    return kept


def drop_lone_definite_people(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """Persons the tagger read from ordinary words. A one-word person with the article
    (الرضا) is a name only as the family name of a person named in full in the document
    (العتيبي ← مبارك غازي العتيبي) or a rare word the tagger found more than once
    (الحازمي); a person of ordinary words that opens with the article (الهيكل التنظيمي) is no
    name, nor a preposition with its pronoun or a question word alone (قال لي، وأين) unless a
    title stands before it or the article names it in full (السيدة لي، هاربر لي)."""
    full = {w for m in mentions if m.type == "PER" and m.j - m.i > 1 for w in words(stream, m)[1:]}
    seen = Counter(words(stream, m) for m in mentions if m.type == "PER")
    return [m for m in mentions if not _ordinary_person(stream, m, full, seen)]


def _ordinary_person(
    stream: Stream, m: Mention, full: set[str], seen: Counter[tuple[str, ...]]
) -> bool:
    if m.type != "PER" or m.source != "tagger":
        return False
    form = words(stream, m)
    tokens = stream.tokens[m.i : m.j]
    common = [is_common(t) for t in tokens]
    if len(form) > 1:  # a definite noun and its adjectives: الهيكل التنظيمي
        return (
            all(is_definite(t) for t in tokens)
            and common[0]
            and all(c or w.endswith("ي") for c, w in zip(common, form, strict=True))
        )
    if form[0] in full:
        return False  # العتيبي after مبارك غازي العتيبي, لي after هاربر لي
    nw = name_words()
    if form[0] in nw.pronoun_prepositions or form[0] in nw.interrogatives:
        return not title_before(stream, m.i)  # قال لي، وأين: السيدة لي is a name
    if not form[0].startswith("ال"):
        return False  # فهد، أوباما alone: given names and surnames are names
    return seen[form] < (3 if common[0] else 2)  # السبسي, frequent in news, read 3 times
