"""Persian quote speakers, session 58 (speakers67fa, issue 21 point 3): an unnamed source
written with a demonstrative and what kind of source it is («اين منبع آگاه عراقي اضافه كرد»)
in an article that names no one before it speaks as written without «این»
(quotes_dev66fa.tsv); when someone spoke before, or the noun stands bare, the demonstrative
points back as before. Short sentences written in the style of Fars News, and an article read
from the corpus."""

from __future__ import annotations

import pytest

from rasad.eval.quotes import analysed_document
from rasad.eval.shared import corpus_articles
from rasad.stages.quotes import source_nouns_67fa
from tests.support.quotes import speaker_of


def test_described_source_with_no_one_before_speaks():
    """A lead cut off: the article opens on «وی»; «این منبع آگاه عراقی» has no one to point
    to, so the source as written without «این» is the speaker."""
    text = (
        "وی در گفت‌وگو با خبرنگار فارس افزود: «آثار باستانی عراق به آمریکا منتقل شده است.»\n"
        "این منبع آگاه عراقی اضافه کرد: «این آثار از انبارهای بغداد خارج شده بود.»\n"
    )
    assert speaker_of(text, "این آثار") == "منبع آگاه عراقی"


def test_described_source_after_a_named_speaker_is_left_to_him():
    """fars-8303110001 (unlabelled): «ران جاكوب» … «اين كارشناس مسائل هسته‌اي … ادامه داد»:
    the demonstrative points to the expert who spoke before, not a new source."""
    text = (
        "«ران جاكوب» در گفتگو با خبرنگار فارس گفت: آمریکا خود را صاحب حق حکومت بر جهان"
        " می‌داند.\n"
        "جاكوب تصريح كرد: یک صحنه نبرد برای این افکار عراق است.\n"
        "اين كارشناس مسائل هسته‌اي ادامه داد: توانایی تهدید یک دفاع موثر است.\n"
    )
    assert speaker_of(text, "توانایی تهدید") != "كارشناس مسائل هسته‌اي"


def test_bare_source_noun_is_not_a_speaker():
    """«این منبع» alone says nothing of the source: no speaker is made of the bare noun."""
    text = (
        "وی در گفت‌وگو با خبرنگار فارس افزود: «آثار باستانی عراق به آمریکا منتقل شده است.»\n"
        "این منبع اضافه کرد: «این آثار از انبارهای بغداد خارج شده بود.»\n"
    )
    assert speaker_of(text, "این آثار") != "منبع"


def test_source_nouns_are_read_from_their_data_file():
    assert {"منبع", "مقام", "کارشناس"} <= source_nouns_67fa()


def test_iraqi_source_of_a_cut_lead(shared):
    """fars-8304240097 (quotes_dev66fa): «به گفته اين منبع آگاه عراقي،», «وي افزود» after it
    and «اين منبع آگاه عراقي اضافه كرد» are the source's; the first «وي» comes before any
    mention of it and stays unknown."""
    found = corpus_articles(shared, {"fars-8304240097"}, ["farsnews_fa"])
    if "fars-8304240097" not in found:
        pytest.skip("farsnews_fa not present")
    quotes = analysed_document("fars-8304240097", found["fars-8304240097"]["text"], "fa").quotes
    speakers = [q["speaker_text"] for q in quotes]
    assert speakers.count("منبع آگاه عراقي") == 3
    assert not speakers[0]
