"""Print the ids of the articles annotated in time_ar_fa.tsv (how they were chosen).

From each corpus, articles of 300–1,500 characters are shuffled with a fixed seed; of the first
300, the 20 with the most time cues (digits, month/weekday/day words: a crude count, not rasad)
are taken, plus the next 10 of the shuffled order whatever their cues. Run from the repository
root with the shared folder beside it: python eval/labels/choose_time_articles.py ../shared
"""

import json
import random
import re
import sys
from pathlib import Path

CORPORA = {"ar": "saudinewsnet_ar", "fa": "farsnews_fa"}
CUES = re.compile(
    r"\d{4}|[0-9۰-۹٠-٩]{1,2}\s*(?:/|ساعت|الساعة)|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس"
    r"|سبتمبر|أكتوبر|نوفمبر|ديسمبر|شوال|رمضان|ذو القعدة|محرم|الأحد|الاثنين|الثلاثاء|الأربعاء"
    r"|الخميس|الجمعة|السبت|أمس|اليوم|غدا|الساعة|أسبوع|شهر|عام"
    r"|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|شنبه|جمعه|امروز|دیروز"
    r"|فردا|ساعت|هفته|ماه|سال|روز"
)


def choose(shared: Path, lang: str, seed: int = 20261129) -> list[str]:
    path = shared / "corpus" / CORPORA[lang] / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    pool = [r for r in rows if r["published"] and 300 <= len(r["text"]) <= 1500]
    random.Random(seed).shuffle(pool)
    head, rest = pool[:300], pool[300:]
    rich = sorted(head, key=lambda r: -len(CUES.findall(r["text"])))[:20]
    return [r["id"] for r in rich] + [r["id"] for r in rest[:10]]


if __name__ == "__main__":
    for lang in CORPORA:
        print(lang, " ".join(choose(Path(sys.argv[1]), lang)))
