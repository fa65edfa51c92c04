"""Boilerplate removal and title finding on the real seed texts."""

from __future__ import annotations

import pytest

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline

SEED_002_CHROME = [
    "أخبارالشرق الأوسط",
    "مقالات ذات صلة",
    "اترك تعليقاً",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "زر الذهاب إلى الأعلى",
    "أنت تستخدم إضافة Adblock",
    "نحن نقوم بلربح من الاعلانات يرجى ازالة مانع الاعلانات واعادة تحميل الصفحة",
]
SEED_002_READ_ALSO = "اقرأ أيضاً.."
SEED_003_CHROME_STARTS = [
    "تحولات جهان اسلام",
    '"تحولات جهان اسلام" اولین',
    "• به اشتراک بگذارید",
    "دیدگاه",
    "• دیدگاه های شما",
    "• پیام هایی که",
]


@pytest.fixture(scope="module")
def clean():
    return build_pipeline(Settings(strict=True), ["extract", "clean"])


def cleaned(clean, text: str) -> Document:
    return clean(Document(id="t", source="t", raw_text=text))


def body_lines(raw: str, chrome: list[str], title: str | None) -> list[str]:
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    return [line for line in lines if line != title and not line.startswith(tuple(chrome))]


def test_seed_002_chrome_removed_and_body_kept(clean, seed_text):
    raw = seed_text("002")
    doc = cleaned(clean, raw)
    for line in SEED_002_CHROME:
        assert line not in doc.text
        assert line in doc.removed
    assert any(r.startswith(SEED_002_READ_ALSO) for r in doc.removed)
    for line in body_lines(raw, [*SEED_002_CHROME, SEED_002_READ_ALSO], doc.title):
        assert line in doc.text


def test_seed_003_chrome_removed_and_body_kept(clean, seed_text):
    raw = seed_text("003")
    doc = cleaned(clean, raw)
    for start in SEED_003_CHROME_STARTS:
        assert not any(line.startswith(start) for line in doc.text.splitlines()), start
        assert any(line.startswith(start) for line in doc.removed), start
    for line in body_lines(raw, SEED_003_CHROME_STARTS, doc.title):
        assert line in doc.text
    assert doc.text.rstrip().endswith("حل نخواهد شد!")


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("001", "الكاظمي: ملتزمون بإعادة جدولة انسحاب القوات الأميركية من العراق"),
        (
            "004",
            "العراق يؤكد أن انسحاب قوة من التحالف الدولي مؤخرا جاء وفقا لمخرجات الحوار الإستراتيجي",
        ),
        ("002", "نهاية العام الجاري.. انسحاب القوات الأمريكية المقاتلة من العراق"),
    ],
)
def test_title_found(clean, seed_text, prefix, title):
    doc = cleaned(clean, seed_text(prefix))
    assert doc.title == title
    assert not doc.text.startswith(title)


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_no_title_invented_for_articles_starting_with_a_sentence(clean, seed_text, prefix):
    raw = seed_text(prefix)
    doc = cleaned(clean, raw)
    assert doc.title is None
    assert doc.text.startswith(raw.splitlines()[0].strip())


def test_keyboard_noise_line_removed(clean, seed_text):
    doc = cleaned(clean, seed_text("001"))
    assert "اااا" in doc.removed
    assert "\nاااا\n" not in doc.text


def test_english_comment_form_removed(clean):
    text = (
        "Ministers met in Baghdad on Monday to discuss the withdrawal of foreign troops from the country.\n\n"
        "The talks, the fourth round of the strategic dialogue, ended with a joint statement on training.\n\n"
        "Related Articles\nTroops leave base in the north\nTalks resume in Washington\n\n"
        "Leave a Reply\nYour email address will not be published. Required fields are marked *\n"
    )
    doc = cleaned(clean, text)
    assert doc.text.endswith("joint statement on training.")
    assert "Leave a Reply" in doc.removed
    assert "Troops leave base in the north" in doc.removed


def test_cue_word_inside_a_sentence_is_kept(clean):
    text = (
        "The minister said the coalition would share intelligence with Iraqi forces until the end of the year.\n\n"
        "Officials said the decision to share bases was taken after long talks between the two governments.\n"
    )
    doc = cleaned(clean, text)
    assert doc.removed == []
    assert "share bases" in doc.text
