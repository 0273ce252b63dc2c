"""Where a speaker phrase ends or goes on: family names, conjoined subjects, quoted names.

Small pure judgements on the words of `speaker_words.words`, used by `speakers.parse_speaker`:
"الدغريري" closes a bare name, "ومسؤولون" starts a second subject but "وزارة" does not,
"صحيفة "ديلي ميل" البريطانية" takes its quoted name, "مصدر في الشركة" keeps where it sits.
"""

from __future__ import annotations

from marsad.extract.quotes.heads import head_kind
from marsad.extract.quotes.speaker_words import (
    SpeakerLexicon,
    Word,
    family_name,
    hard_stop,
    in_set,
    is_definite,
    match_title,
    speaker_lexicon,
    words,
)


def closes_name(ws: list[Word], j: int, lex: SpeakerLexicon) -> bool:
    """ "الدغريري" (a nisba), or "المسلم" in "فؤاد المسلم مدير فريق هجر" (an ال-word with a
    title or the end of the phrase after it): the family name that closes a bare name."""
    if family_name(ws[j], lex):
        return True
    w = ws[j].norm
    if not w.startswith("ال") or w == "الله" or match_title(ws, j, lex) or w in lex.nisbas:
        return False
    nxt = j + 1
    return (
        nxt >= len(ws) or hard_stop(ws, nxt, lex, in_title=False) or bool(match_title(ws, nxt, lex))
    )


def conjoined(norm: str, lex: SpeakerLexicon) -> bool:
    """و + a second subject ("ومسؤولون", "والشرطة"), not a word that opens with و (وزارة)."""
    if not norm.startswith("و") or len(norm) < 4:
        return False
    rest = norm[1:]
    return rest.startswith("ال") or head_kind(rest, lex) != "person"


OPEN_MARKS = frozenset('"«“{')
CLOSE_MARKS = '"»”}″'


def next_char(text: str, pos: int) -> int:
    """Index of the first non-space character at or after `pos` (at most 3 ahead)."""
    end = min(len(text), pos + 3)
    while pos < end and text[pos] in " \t\u00a0":
        pos += 1
    return pos


def quoted_name(text: str, at: int, limit: int) -> int | None:
    """End of a short quoted name at `at` (and of a nationality adjective after it)."""
    # the complement search may stop the phrase at this very mark: look past `limit`
    close = next(
        (k for k in range(at + 1, min(len(text), at + 40)) if text[k] in CLOSE_MARKS + "\n"),
        -1,
    )
    if close < 0 or text[close] == "\n" or not 1 <= len(text[at + 1 : close].split()) <= 4:
        return None
    end = close + 1
    nxt = words(text, end, min(len(text), end + 30))
    if nxt and is_nisba(nxt[0].norm):
        end = nxt[0].end  # "البريطانية"
    return end


def is_nisba(norm: str) -> bool:
    """ "البريطاني", "البريطانيه": a definite nationality adjective (either gender)."""
    nisbas = speaker_lexicon().nisbas
    return norm in nisbas or (norm.endswith("يه") and norm[:-1] in nisbas)


def source_place(ws: list[Word], j: int, lex: SpeakerLexicon) -> bool:
    """في/من before a body ("في الشركة", "من وزارة"), not before a setting ("في تصريح")."""
    if ws[j].norm not in ("في", "من", "لدي") or j + 1 >= len(ws):
        return False
    nxt = ws[j + 1].norm
    if in_set(nxt, lex.settings):
        return False
    return is_definite(nxt) or head_kind(nxt, lex) == "organisation"
