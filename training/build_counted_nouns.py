"""Rebuild marsad/lang/ar/counted_nouns.yaml from corpus statistics (no text is kept).

Arabic grammar tells singular from plural after a number: 3-10 take a genitive plural
("ثلاثة جنود"), 11-99 an accusative singular ("76 عنصرا"), 100 and more a genitive singular
("3000 جندي"). Counting the word after each number in ../shared/data/corpus (SaudiNewsNet and
ANT) gives the nouns news counts with, and pairs each plural with its singular: a broken plural
shares its root consonants with the singular (جنود/جندي, أوراق/ورقة), a sound plural adds
ات/ين/ون to it. Only words and counts leave the corpora.

python -m training.build_counted_nouns [--min-count 4]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus"
OUT = ROOT / "marsad" / "lang" / "ar" / "counted_nouns.yaml"

_STRIP = re.compile("[\u064b-\u065f\u0670\u0640]")
_WORD = r"([\u0621-\u064a]+)"
_AFTER_DIGITS = re.compile(r"(?<![\d.,/:])(\d+)\s+" + _WORD)
_SMALL = {
    w: n
    for n, forms in {
        3: "ثلاثة ثلاث",
        4: "أربعة أربع",
        5: "خمسة خمس",
        6: "ستة ست",
        7: "سبعة سبع",
        8: "ثمانية ثماني ثمان",
        9: "تسعة تسع",
        10: "عشرة عشر",
    }.items()
    for w in forms.split()
}
_AFTER_WORD = re.compile(r"(?<![\u0621-\u064a])(" + "|".join(_SMALL) + r")\s+" + _WORD)
# words that follow numbers without being what is counted
_NUMBER_WORD = re.compile(
    "^و?(?:ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|ألف|آلاف|ملي|واحد|اثن)(?:ة|ون|ين|ي|ا|ان|ات)?$"
)
_NOT_NOUNS_TEXT = """
    في من إلى الى على عن مع أو او و ثم حتى بين بعد قبل خلال منذ نحو حيث التي الذي الذين
    أن ان إن لم لن قد كان كانت تم كما فيما بينما عندما مقابل منهم منها فقط وذلك وهو وهي عند
    أمام عبر تحت فوق لكن ما أرباع آخرين آخرون أخرى اخرين أخرين ألف آلاف الف الاف مليون ملايين مليار
    مليارات بالمائة بالمئة هـ ه م ن د ت ق مساء صباحا ظهرا عالميا بتوقيت الماضي الماضية المقبل
    مرة مرات ضعفا أضعاف ونصف ذي ذو عاما سنة سنوات أعوام عام يوما أيام يوم شهرا أشهر شهور ساعة
    ساعات دقيقة دقائق أسابيع أسبوعا أمس أثناء أكثر إثر إطار بسبب بمقدار بواسطة بينهم جاء حول حين
    داخل دون رغم ضمن عدم غير لمدة ممن منه وأن وال وحتى وفي وكان ولا ومن عدد رقم ضعف مكرر ميلادي
    ميلادية هجري هجرية سنه شهر تابعة مصرعهم ورفاقه تمت تهدف تؤكد قصفت عثر سترتفع يلعب حيا
    يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
    جانفي جانفى فيفري أفريل افريل ماي جوان جويلية أوت اوت آذار اذار أيار ايار أيلول ايلول تشرين
    كانون شباط نيسان حزيران تموز محرم صفر ربيع جمادى رجب شعبان رمضان شوال"""
_NOT_NOUNS = set(_NOT_NOUNS_TEXT.split())


def records() -> list[str]:
    texts = []
    for name in ("saudinewsnet.jsonl.gz", "ant.jsonl.gz"):
        path = CORPUS / name
        if not path.exists():
            raise SystemExit(f"{path} is missing: this script needs ../shared/data/corpus")
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            texts.extend(json.loads(line).get("text", "") for line in fh)
    return texts


# broken plural patterns → singular patterns (C = a root letter), tried on every plural;
# the candidate the corpus uses most as a counted singular wins
_H = "[أا]"
_TEMPLATES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(f"^{_H}(.)(.)ا(.)$"), ("{0}{1}{2}", "{0}{1}{2}ة", "{0}ا{1}{2}")),  # أفعال
    (re.compile(f"^{_H}(.)(.)(.)ة$"), ("{0}{1}ا{2}", "{0}{1}ي{2}", "{0}ا{1}{2}")),  # أفعلة
    (re.compile("^(.)(.)و(.)$"), ("{0}{1}{2}", "{0}{1}{2}ي", "{0}{1}{2}ة")),  # فعول
    (re.compile("^(.)(.)ائ(.)$"), ("{0}{1}ا{2}ة", "{0}{1}ي{2}ة", "{0}{1}ي{2}", "{0}{1}ا{2}")),
    (re.compile("^م(.)ا(.)(.)$"), ("م{0}{1}{2}ة", "م{0}{1}{2}")),  # مفاعل
    (re.compile("^م(.)ا(.)ي(.)$"), ("م{0}{1}و{2}", "م{0}{1}ا{2}")),  # مفاعيل
    (re.compile("^(.)(.)(.)اء$"), ("{0}{1}ي{2}",)),  # فعلاء
    (re.compile(f"^{_H}(.)(.)اء$"), ("{0}{1}و",)),  # أفعاء (أعضاء)
    (re.compile(f"^{_H}(.)(.)(.)اء$"), ("{0}{1}ي{2}",)),  # أفعلاء (أصدقاء)
    (re.compile("^(.)(.)(.)ى$"), ("{0}{1}ي{2}",)),  # فعلى (قتلى، جرحى)
    (re.compile("^(.)(.)ى$"), ("{0}{1}ية",)),  # فعى (قرى)
    (re.compile("^(.)(.)ا(.)$"), ("{0}{1}{2}", "{0}{1}{2}ة", "{0}ا{1}{2}")),  # فعال، فُعّال
    (re.compile("^(.)(.)(.)$"), ("{0}{1}{2}ة", "{0}{1}ي{2}ة", "{0}{1}ي{2}", "{0}ا{1}{2}")),
    (re.compile("^(.)(.)\\2$"), ("{0}{1}ة",)),  # فِعَل of a doubled root: جثث/جثة، خطط/خطة
    (re.compile("^(.)وا(.)(.)$"), ("{0}ا{1}{2}ة", "{0}ا{1}{2}")),  # فواعل
    (re.compile("^(.)(.)ايا$"), ("{0}{1}ية",)),  # فعايا
    (re.compile("^(.)(.)(.)ة$"), ("{0}ا{1}{2}",)),  # فَعَلة (طلبة)
    (re.compile("^(.)(.)(.)ان$"), ("{0}{1}{2}",)),  # فعلان
    (re.compile("^(.)(.)ا(.)ي(.)$"), ("{0}{1}{2}و{3}", "{0}{1}{2}ا{3}")),  # فعاليل
    (
        re.compile("^(.)(.)ا(.)(.)$"),
        ("{0}{1}{2}{3}", "{0}{1}{2}{3}ة", "{0}{1}{2}ي{3}", "{0}{1}{2}{3}ية"),
    ),  # فعالل (بنادق/بندقية)
]


def singular_candidates(plural: str) -> list[str]:
    """Singulars a plural may come from: sound endings first, then broken patterns."""
    out = []
    if plural.endswith("ات"):
        out += [plural[:-2] + "ة", plural[:-2]]  # a feminine singular first (طالبات/طالبة)
        if plural.endswith("يات"):
            out += [plural[:-3] + "ى", plural[:-3] + "اة"]  # مستويات/مستوى، مباريات/مباراة
    if plural.endswith(("ين", "ون")):
        out.append(plural[:-2])
    for pattern, forms in _TEMPLATES:
        m = pattern.match(plural)
        if m:
            out += [f.format(*m.groups()) for f in forms]
    return [c for c in out if c != plural and len(c) >= 2]


def accusative_base(word: str, vocab: Counter[str]) -> str:
    """ "عنصرا" → "عنصر" when the corpus also writes the word without the alif."""
    plain = len(word) >= 4 and word.endswith("ا") and not word.endswith(("اا", "ايا", "ءا"))
    if plain and vocab[word[:-1]] >= 5:
        return word[:-1]
    return word


def collect(texts: list[str]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    vocab: Counter[str] = Counter()
    singular_raw: Counter[str] = Counter()
    plural: Counter[str] = Counter()
    for text in texts:
        text = _STRIP.sub("", text)
        vocab.update(re.findall("[\u0621-\u064a]+", text))
        for m in _AFTER_DIGITS.finditer(text):
            n, word = int(m.group(1)[:9]), m.group(2)
            if word in _NOT_NOUNS:
                continue
            if 3 <= n <= 10:
                plural[word] += 1
            elif n >= 11 and not 1900 <= n <= 2100:
                singular_raw[word] += 1
        for m in _AFTER_WORD.finditer(text):
            if m.group(2) not in _NOT_NOUNS:
                plural[m.group(2)] += 1
    singular: Counter[str] = Counter()
    for word, count in singular_raw.items():
        singular[accusative_base(word, vocab)] += count
    return vocab, singular, plural


def pair(
    vocab: Counter[str], singular: Counter[str], plural: Counter[str], min_count: int
) -> dict[str, str]:
    nouns = {
        s
        for s, c in singular.items()
        if c >= min_count
        and s not in _NOT_NOUNS
        and len(s) >= 3
        and not s.startswith("ال")
        and not s.startswith("لل")
        and not s.endswith("وا")  # a past verb: سجلوا، خضعوا
        and not (s.startswith("ي") and s.endswith("ون"))  # an imperfect verb: يحملون
        and not (s[0] in "وف" and vocab[s[1:]] > vocab[s])  # و + noun: وإصابة
        and not (s[0] in "لب" and vocab[s[1:]] + vocab["ال" + s[1:]] > vocab[s] / 2)  # ل + كرة
    }
    table = {s: s for s in nouns}
    for p in {w for w, c in plural.items() if c >= min_count} | nouns:
        if p in _NOT_NOUNS or _NUMBER_WORD.match(p):
            table.pop(p, None)
            continue
        if p.endswith(("ين", "ون")) and p[:-2] in nouns:  # "906 مهاجرين": a sound plural
            table[p] = p[:-2]
            continue
        if p in nouns and not p.endswith(("ى", "اء", "ات")):  # قتلى، أعضاء، حالات
            continue
        found = [
            c
            for c in singular_candidates(p)
            if c not in _NOT_NOUNS and (singular[c] >= 2 or vocab[c] >= 50)
        ]
        if not found:
            continue
        best = max(found, key=lambda c: (singular[c], vocab[c]))
        if p.endswith("ات") and vocab[p[:-2] + "ة"] >= 30:
            best = p[:-2] + "ة"
        if singular[best] > singular[p] or (singular[p] == 0 and vocab[best] >= 50):
            table[p] = best  # محاور/محور: a singular news rarely counts past ten
    return table


def render(table: dict[str, str]) -> str:
    """The YAML text of the table (what `write` saves; a test compares it with the file)."""
    lines = [
        "# GENERATED by training/build_counted_nouns.py: do not edit by hand; rerun it.",
        "# Nouns counted after numbers in news, each written form mapped to its singular.",
        "# Derived word statistics (no text) of SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0) and",
        "# ANT v1.1 (Chouigui et al. 2017, Apache-2.0). Hand additions: counted_extra.yaml.",
        "nouns:",
    ]
    for form in sorted(table):
        lines.append(f"  {form}: {table[form]}")
    return "\n".join(lines) + "\n"


def build(min_count: int = 4) -> dict[str, str]:
    vocab, singular, plural = collect(records())
    return pair(vocab, singular, plural, min_count)


def write(table: dict[str, str], path: Path = OUT) -> None:
    path.write_text(render(table), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-count", type=int, default=4)
    args = parser.parse_args()
    table = build(args.min_count)
    write(table)
    print(f"{OUT}: {len(table)} forms ({sum(1 for k, v in table.items() if k != v)} plurals)")


if __name__ == "__main__":
    main()
