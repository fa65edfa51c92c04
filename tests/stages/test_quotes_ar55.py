"""Arabic quotes, session 52 (quotes55ar; issue 21 point 3), from the speaker failures left
across the Arabic development sets pooled (quotes_misses54ar.md): a role or kind word written
for a person or study named before, linked back to it. Short sentences in the style of the
SaudiNewsNet articles of those sets."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def analysed_55ar(text: str) -> Document:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return doc


def speakers_55ar(text: str) -> list[str | None]:
    """The speaker as written of each quote found."""
    return [q["speaker_text"] for q in find_quotes(analysed_55ar(text))]


def test_the_study_called_back_is_the_study_first_written():
    """snn-2015-08-03-00380 (quotes_dev35.tsv): «وأوضحت الدراسة أن» right after a quote of
    «دراسة جديدة أجراها باحثون من …» was left to «الدراسة»."""
    text = (
        "حذرت دراسة جديدة أجراها باحثون من الأكاديمية الوطنية للعلوم في أوكرانيا من أن"
        " الموجات اللاسلكية تزيد من خطر الإصابة بأورام المخ. وأوضحت الدراسة أن التعرض"
        " الطويل لهذه الموجات يضر بالخلايا."
    )
    study = "دراسة جديدة أجراها باحثون من الأكاديمية الوطنية للعلوم في أوكرانيا"
    assert speakers_55ar(text) == [study, study]


def test_the_epithet_written_before_a_name_is_that_person():
    """snn-2015-08-04-00623 (quotes_dev45c.tsv): «ولكن النجم المصري شدد على أنه» after
    «صورة للنجم المصري محمد صلاح» was left to «النجم المصري»."""
    text = (
        "تداول مستخدمو شبكات التواصل صورة للنجم المصري محمد صلاح وهو يتدرب مع نادي روما."
        " ولجأ فيورنتينا إلى القضاء لوقف صفقة انتقال صلاح إلى روما. ولكن النجم المصري شدد"
        " على أنه وقع اتفاقية منفصلة تعطيه الحق في الرحيل."
    )
    assert speakers_55ar(text)[-1] == "محمد صلاح"


def test_a_kind_written_after_the_name_links_among_several_people():
    """snn-2015-08-02-00648 (quotes_dev48.tsv): «وأضاف المدرب الهولندي» after «لويس فان جال
    مدرب يونايتد», in an article naming the players too, was left to «المدرب الهولندي»."""
    text = (
        "انضم باستيان شفاينشتايجر إلى مانشستر يونايتد قادما من بايرن ميونيخ. ويثق لويس فان"
        ' جال مدرب يونايتد في قدرات اللاعب الألماني. وقال فان جال "أنا سعيد حقا بانضمامه".'
        ' وأضاف المدرب الهولندي "إنه لاعب محترف".'
    )
    assert "جال" in (speakers_55ar(text)[-1] or "")


def test_another_epithet_is_not_that_person():
    """«النجم البرازيلي» is not the one written «للنجم المصري محمد صلاح»: left as written."""
    text = (
        "تداول مستخدمو شبكات التواصل صورة للنجم المصري محمد صلاح وهو يتدرب مع نادي روما."
        " ولجأ فيورنتينا إلى القضاء لوقف صفقة انتقال صلاح إلى روما. ولكن النجم البرازيلي"
        " شدد على أنه وقع اتفاقية منفصلة تعطيه الحق في الرحيل."
    )
    assert speakers_55ar(text)[-1] == "النجم البرازيلي"


def test_a_source_keeps_the_place_its_embassy_is_accredited_to():
    """snn-2015-08-04-00272 (quotes_dev47.tsv) writes «مصدر مسؤول في السفارة السعودية لدى
    بنجلادش،» (the label keeps «لدى بنجلادش»); the span ended before «لدى». Here with a place
    the recogniser finds."""
    text = (
        "وقال مصدر مسؤول في السفارة السعودية لدى مصر، إن عدد التأشيرات التي صادقت عليها"
        " السفارة بلغ نحو 1500 تأشيرة حتى الآن."
    )
    assert speakers_55ar(text) == ["مصدر مسؤول في السفارة السعودية لدى مصر"]
