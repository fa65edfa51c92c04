"""Arabic people the tagger cut and a quoted adjective it read as a body (session 57,
speakers64ar; quotes_dev64ar.tsv and the older Arabic quotes sets): a nisba family name that is
also a common adjective, before a role («ازدهار عبدالسلام المدني استشاري»); a given name between a
title and an «عبد» name («الدكتورة عهود عبد العزيز عويضة»); a family name the text writes alone
after a speech verb («سلطان القحطاني» … «يقول القحطاني»); «سلسلة تغريدات “تويترية”». On short
sentences written as the articles write them."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def found(text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["type"]) for m in find_entities(text, "ar")]


def people(text: str) -> list[str]:
    return [t for t, kind in found(text) if kind == "PER"]


def test_a_common_nisba_before_a_role_is_the_family_name():
    text = (
        "من جانبها أوضحت لـ(عكاظ) الدكتورة ازدهار عبدالسلام المدني استشاري طب الأسرة مدير "
        "شؤون المراكز بصحة جدة، أنه"
    )
    assert "ازدهار عبدالسلام المدني" in people(text)


def test_a_nisba_the_text_also_writes_as_a_word_stays_out():
    text = "وقال محمد الشهري المتحدث باسم الدفاع المدني إن الدخل الشهري ثابت."
    assert "محمد الشهري" in people(text)
    assert not any(p.endswith("المتحدث") for p in people(text))
    text = "وقال فهد عبدالله المدني استشاري الطوارئ إن الدفاع المدني جاهز."
    assert "فهد عبدالله المدني" not in people(text)


def test_a_given_name_between_a_title_and_an_abd_name():
    text = "ومن جانبها أفادت الدكتورة عهود عبد العزيز عويضة أنه يمكن الاستدلال على إصابة العين."
    assert "عهود عبد العزيز عويضة" in people(text)


def test_no_word_behind_a_preposition_joins_an_abd_name():
    text = "وأوضح الناطق الإعلامي للمديرية عبدالعزيز العنزي، أن لجان التفتيش رصدت مخالفات."
    assert not any(p.startswith("للمديرية") for p in people(text))


def test_a_family_name_said_alone_joins_the_given_name():
    text = (
        "يستضيف خلالها المذيع سلطان القحطاني نخبة من الشخصيات. وعن الدورة الجديدة يقول "
        'القحطاني: "نستعد للانطلاق مجدداً".'
    )
    assert "سلطان القحطاني" in people(text)


def test_a_quoted_adjective_after_a_noun_is_no_body():
    text = (
        "وكانت “الهيئة العامة للطيران المدني” بالسعودية قد أطلقت سلسلة تغريدات “تويترية” أكدت "
        "فيها أن الحادث يحظى بمتابعة."
    )
    assert not any(t == "تويترية" for t, _ in found(text))


def test_a_quoted_brand_stays_a_body():
    text = "يذكر أن أكثر من 1.000 سيارة، بينها «أودي» و«بي إم دبليو»، سرقت العام الماضي."
    assert any(t == "أودي" for t, _ in found(text))
