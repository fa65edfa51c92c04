"""Persian quote speakers, session 55 (quotes60fa, issue 21 point 3): the right person under a
shorter or other name — a role written with or without its space or ZWNJ («دبيركل» /
«دبير كل»), the role word «جانشین», a compound surname written with a space («نصر اصفهانی»)
or cut at its ZWNJ after the given name («ابراهیم حیدری»), and a statement's issuer named before
the comma that closes it. Short sentences written in the style of Fars News, and articles read
from the corpus (quotes_dev60fa.tsv, quotes_dev56fa.tsv)."""

from __future__ import annotations

import pytest

from rasad.eval.quotes import analysed_document
from rasad.eval.shared import corpus_articles
from tests.support.quotes import speaker_of


def corpus_quotes(shared, article: str) -> list[dict]:
    found = corpus_articles(shared, {article}, ["farsnews_fa"])
    if article not in found:
        pytest.skip("farsnews_fa not present")
    return analysed_document(article, found[article]["text"], "fa").quotes


def test_role_written_without_its_space_is_the_person_named_beside_it():
    """fars-8308180214 (quotes_dev56fa): «محمدرضا رمضاني، دبيركل اتاق تعاون» then «دبير كل اتاق
    تعاون … گفت»; the spaced role matched no earlier occurrence and stayed a role."""
    text = (
        "به گزارش خبرگزاری فارس، محمدرضا رمضانی، دبیرکل اتاق تعاون کشور امروز در نشستی خاطرنشان"
        " کرد: آیین‌نامه تأمین مالی صادرات در جلسه اخیر شورای پول و اعتبار تصویب شد.\n"
        "دبیر کل اتاق تعاون در ادامه گفت: از این پس دوره تأمین مالی صادرات دو سال است.\n"
    )
    assert speaker_of(text, "از این پس دوره") == "محمدرضا رمضانی"


def test_deputy_role_after_the_name_is_the_person(shared):
    """fars-13990516000561 (quotes_dev60fa): «بهمن سالاری … اظهار داشت» then «جانشین ناحیه
    مقاومت بسیج سپاه قشم تصریح کرد»: «جانشین» was no role word, so the office kept the quote."""
    quotes = corpus_quotes(shared, "fars-13990516000561")
    assert {q["speaker_text"] for q in quotes} == {"بهمن سالاری"}


def test_compound_surname_written_with_a_space_is_the_person(shared):
    """fars-13910918000996 (quotes_dev60fa): «علیرضا نصراصفهانی» then «نصر اصفهانی … تأکید
    کرد», where the recogniser finds «اصفهانی» alone, an organization."""
    quotes = corpus_quotes(shared, "fars-13910918000996")
    assert quotes[-1]["speaker_text"] == "علیرضا نصراصفهانی"
    assert quotes[-1]["speaker"] == quotes[0]["speaker"]


def test_surname_cut_at_its_zwnj_after_the_given_name_takes_the_full_name(shared):
    """fars-13990615000232 (quotes_dev60fa): «ابراهیم حیدری‌جناسمی» then «حیدری خاطرنشان کرد»,
    completed as «ابراهیم حیدری» (no entity)."""
    quotes = corpus_quotes(shared, "fars-13990615000232")
    assert {q["speaker_text"] for q in quotes} == {"ابراهیم حیدری‌جناسمی"}


def test_statement_issuer_named_before_its_own_comma():
    """fars-8510240305 (quotes_dev60fa): «روابط عمومي …، در اطلاعيه اي خود آورده است» then «در
    پايان اين اطلاعيه آمده است:» had no speaker: the subject was read after that comma."""
    text = (
        "به گزارش خبرگزاری فارس، روابط عمومی دبیرخانه شورای اطلاع رسانی دولت، در اطلاعیه ای خود"
        " آورده است: در مصوبه هیأت وزیران هیچ ذکری از سهمیه بنزین به میان نیامده است.\n"
        "در پایان این اطلاعیه آمده است: متن لایحه در پایگاه اطلاع رسانی دولت قابل مشاهده است.\n"
    )
    said = speaker_of(text, "متن لایحه در پایگاه")
    assert said == "روابط عمومی دبیرخانه شورای اطلاع رسانی دولت"


def test_a_different_surname_with_the_same_end_is_not_taken():
    """Precision: «رضا اصفهانی» is another man than «علیرضا نصراصفهانی»; with no «نصر اصفهانی»
    written, the spaced-surname rule does not fire."""
    text = (
        "علیرضا نصراصفهانی امروز در جلسه شورای شهر اظهار کرد: طرح پزشک خانواده ضرورت دارد.\n"
        "رضا اصفهانی نیز گفت: این طرح هنوز اجرا نشده است.\n"
    )
    assert speaker_of(text, "این طرح هنوز") != "علیرضا نصراصفهانی"
