"""Arabic quote speakers, session 65 (speakers80ar; issue 21 point 3): a one-word body the
recogniser ran into the person after it («الاتحاد كامل زغير», «الهيئة صالح آل مريح») leaves
the person out; «وزاد» before a quote mark speaks; a plural cue's subject right after a
Sabq dateline («… - سبق- جازان: تعجّب موظفون …، مشيرين») is read; a contrasting clause
(«؛ بينما كشفت "…" أنه») ends the quote before it. Short real sentences from SaudiNewsNet
(quotes_dev80ar.tsv, quotes_dev76ar.tsv, quotes_dev47.tsv)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def analysed(text: str) -> Document:
    """An Arabic document with its entities found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return doc


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(the words, the speaker as written) of each quote found."""
    return [(text[q["start"] : q["end"]], q["speaker_text"]) for q in find_quotes(analysed(text))]


def speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quotes(text)]


def test_a_person_after_a_one_word_body_is_the_speaker():
    """snn-2015-08-03-00851 (quotes_dev80ar): «الاتحاد كامل زغير» was one organization, so the
    spokesman's words went to «الناطق الرسمي»."""
    text = (
        'وقال الناطق الرسمي باسم الاتحاد كامل زغير "طلبنا رسميا من دائرة أمن الفندق الذي أقام'
        ' فيه حاجي شريط تصوير الكاميرات داخل الفندق".'
    )
    assert speakers(text) == ["كامل زغير"]


def test_a_family_name_with_al_after_a_one_word_body_stays_whole():
    """snn-2015-08-03-00536 (quotes_dev80ar): the speaker was «صالح آل», cut inside «آل مريح»."""
    text = (
        "وأوضح مدير فرع الهيئة صالح آل مريح، أن منطقة نجران تحتضن العديد من المسارات السياحية"
        " والمواقع الأثرية والتاريخية."
    )
    assert speakers(text) == ["صالح آل مريح"]


def test_zada_before_a_quote_mark_goes_on_with_the_speaker():
    """snn-2015-08-02-00351 (quotes_dev80ar): «وزاد "…"» had no cue, so no speaker."""
    text = (
        'أكد لـ"الاقتصادية" القانوني فهد بارباع، أنه تلقى اتصالا يفيد بترشيحه لمنصب رئيس لجنة'
        ' الانضباط. \nوزاد "أنا أتولى بعض القضايا الرياضية من خلال مكتب المحاماة الذي أعمل فيه".'
    )
    assert speakers(text) == ["فهد بارباع", "فهد بارباع"]


def test_zada_as_increased_is_no_cue():
    """«زاد» that increases, with no quote mark or colon after it, opens no quote."""
    text = "وزاد عدد الزوار هذا العام إلى أكثر من مليون زائر في موسم الصيف."
    assert find_quotes(analysed(text)) == []


def test_a_plural_subject_after_a_dateline_speaks_its_participle():
    """snn-2015-08-01-01240 (quotes_dev76ar): «تعجّب موظفون …، مشيرين» had no speaker, and its
    quote ran on over the health directorate's reply after «؛ بينما كشفت»."""
    text = (
        "محمد المواسي- سبق- جازان: تعجّب موظفون في إدارة الطوارئ والأزمات من تصريح إدارتهم"
        ' لـ"سبق" بأنها قد رفعت بأسمائهم كمرابطين، بينما لم يتم إشعارهم بذلك، مشيرين إلى أن'
        ' إدارتهم رفضت تسليمهم صوراً من التكليف؛ بينما كشفت "صحة جازان" في رد على استفسار'
        ' "سبق" أنه تم الرفع بأسماء المشاركين في عاصفة الحزم من قبل الإدارة إلى الوزارة.'
    )
    found = quotes(text)
    assert ("إدارتهم رفضت تسليمهم صوراً من التكليف", "موظفون") in found
    assert found[-1][1] == "صحة جازان"


def test_singapore_s_adjective_is_no_word_of_the_architect_s_name():
    """snn-2015-08-02-00363 (quotes_dev80ar): «المهندس» went to «السنغافوري موك وي وي»;
    «السنغافوري» (demonyms.tsv) is Singapore's adjective, as «الإندونيسي» is Indonesia's."""
    text = (
        "صمم متحف لي كونج تشيان للتاريخ الطبيعي على يد المهندس السنغافوري موك وي وي، وبلغت"
        " تكلفة المتحف الجديد نحو 35 مليون دولار. ويتميز تصميم المبنى الخارجي بانعدام النوافذ"
        " تقريباً، ويقول المهندس إنه قصد ذلك للحفاظ على محتويات المتحف."
    )
    assert not [m for m in analysed(text).entities if m["text"].startswith("السنغافوري")]
    assert speakers(text) == ["المهندس"]
