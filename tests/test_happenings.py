"""One happening told in several languages or outlets as one timeline entry
(`rasad.analysis.happenings`), on real text: NTREX-128 articles (an English news article and
its Arabic and Persian translations, CC BY-SA 4.0) and SaudiNewsNet articles of August 2015."""

from __future__ import annotations

import pytest

from rasad.analysis.happenings import fold_across, is_deadline
from rasad.analysis.stories import timeline
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.readers import document_from_item

STAGES = ["extract", "clean", "outlet", "langid", "pubdate", "dates", "entities"]


@pytest.fixture(scope="module")
def read():
    pipeline = build_pipeline(Settings(), STAGES)

    def read(doc_id: str, lang: str, title: str, text: str, day: str | None = None) -> Document:
        item = {"id": doc_id, "lang": lang, "title": title, "text": text, "published": day}
        return pipeline(document_from_item(item, "test", doc_id))

    return read


VANN = {  # BBC, "Bernard Vann: WW1 Victoria Cross cleric celebrated" (NTREX bbc.381692)
    "en": (
        "Bernard Vann: WW1 Victoria Cross cleric celebrated",
        "Lt Col The Reverend Bernard Vann won the award on 29 September 1918 in the attack at "
        "Bellenglise and Lehaucourt.\nLt Col Vann was killed by a German sniper on 4 October "
        "1918 - just over a month before the war ended.",
    ),
    "ar": (
        "بيرنارد فان: الاحتفال بمنح الكاهن صليب فيكتورياخلال الحرب العالمية الأولى",
        "فاز الملازم العقيد برنارد فان بالجائزة في 29 سبتمبر 1918 في أثناء الهجوم "
        "علىBellengliseوLehaucourt.\nقُتل الملازم العقيد فان على يد قناص ألماني في 4 أكتوبر "
        "1918 –فقط قبل أكثر من شهر من انتهاء الحرب.",
    ),
    "fa": (
        "Bernard Vann: از کشیش دریافت کننده صلیب ویکتوریا در جنگ جهانی اول تجلیل شد",
        "جناب کشیش سرهنگ دوم Bernard Vann این جایزه را در 29 سپتامبر 1918 در حمله به "
        "Bellenglise و Lehaucourt دریافت کرد.\nسرهنگ دوم Vann توسط یک تک\u200cتیرانداز آلمانی "
        "در 4 اکتبر 1918 - تنها یک ماه پیش از پایان جنگ، کشته شد.",
    ),
}


def test_one_happening_told_in_three_languages_is_one_entry(read):
    """The award and the death, each told in English, Arabic and Persian: two entries, each
    with the three documents' words (a shared place name, a linked country)."""
    docs = [read(f"vann-{lang}", lang, *VANN[lang]) for lang in ("en", "ar", "fa")]
    entries = timeline(docs)
    assert [e["date"] for e in entries] == ["1918-09-29", "1918-10-04"]
    for e in entries:
        assert sorted(ev["doc"] for ev in e["evidence"]) == ["vann-ar", "vann-en", "vann-fa"]
    assert all("1918" in ev["text"] for e in entries for ev in e["evidence"])


PALIN = {  # Newsweek, "Sarah Palin's Eldest Son Arrested ..." (NTREX newsweek.51339)
    "en": (
        "Sarah Palin's Eldest Son Arrested on Domestic Violence Charges",
        "In January 2016 he was charged with domestic assault, interfering with the report of "
        "a domestic violence crime, and possessing a weapon while intoxicated in connection "
        "with the incident.\nSarah Palin was criticised by veterans groups in 2016 after "
        "linking her son's violent behaviour to PTSD stemming from his service in Iraq.",
    ),
    "ar": (
        "القبض على الابن الأكبر لسارة بالين بتهمة العنف المنزلي",
        "وبشهر يناير 2016، تم توجيه تهمة العنف المنزلي ضد تراك بالين، وعرقلة سير الإبلاغ عن "
        "الحادث وحيازة أسلحة نارية تحت تأثير الكحول.\nتعرضت سارة بالين للعديد من الانتقادات "
        "بواسطة مجموعة المحاربين القدامى في عام 2016 بعد أن تم ربط سلوكيات ابنها العنيف بمرض "
        "اضطراب ما بعض الصدمة والناتج عن خدمته بالجيش بحرب العراق.",
    ),
    "fa": (
        "پسر بزرگ سارا پالین به اتهام خشونت خانگی دستگیر شد",
        "در ژانویه 2016، او به اتهام خشونت خانگی، مداخله در گزارش جرم خشونت خانگی و همراه داشتن "
        "سلاح گرم حین مستی در ارتباط با حادثه متهم شد.\nسارا پالین در سال 2016 به خاطر نسبت "
        "دادن رفتار خشونت آمیز پسرش به اختلال استرسی پس از حادثه به خاطر انجام خدمت سربازی اش "
        "در عراق، توسط گروههای نظامیان بازنشسته مورد انتقاد قرار گرفت.",
    ),
}


def test_a_month_and_another_happening_of_its_year_stay_apart(read):
    """ "January 2016" (charged) lies inside "2016" (criticised), but nothing the sentences
    name agrees: the criticism is one entry in three languages, never folded into a charge."""
    docs = [read(f"palin-{lang}", lang, *PALIN[lang]) for lang in ("en", "ar", "fa")]
    entries = timeline(docs)
    [year] = [e for e in entries if e["date"] == "2016"]
    assert len(year["evidence"]) == 3
    months = [e for e in entries if e["date"] == "2016-01"]
    assert months and all("2016" in ev["text"] for e in months for ev in e["evidence"])
    criticised = {ev["text"] for ev in year["evidence"]}
    assert not criticised & {ev["text"] for e in months for ev in e["evidence"]}


def test_one_day_told_by_three_outlets_in_other_words_is_one_entry(read):
    """Three outlets date the canal's opening ceremony to Thursday in different words; two
    share wording, the third names Suez as they do: one entry (Al-Yaum, 2 and 4 August 2015,
    Al-Watan, 4 August 2015)."""
    yaum = read(
        "yaum",
        "ar",
        "مصر ترفع تأهبها لافتتاح قناة السويس الجديدة",
        "فيما بدأ العد التنازلي لافتتاح مشروع قناة السويس الجديدة المقرر الخميس المقبل بحضور "
        "زعماء وقادة ووفود دول عربية وعالمية رفعت السلطات المصرية من وتيرة تأهبها الأمني "
        "عسكريًا وشرطيًا؛ لتأمين المناسبة من أية محاولات لإفسادها أو ارتكاب جرائم عنف محتملة.",
        "2015-08-02",
    )
    watan = read(
        "watan",
        "ar",
        "10 آلاف جندي يؤمنون افتتاح قناة السويس",
        "يشارك عدد كبير من زعماء ورؤساء وملوك وقادة دول العالم في حفل افتتاح قناة السويس "
        "المصرية الجديدة المقرر له بعد غد الخميس.",
        "2015-08-04",
    )
    yaum2 = read(
        "yaum2",
        "ar",
        "مصر تتأهب لتدشين «السويس 2»",
        "فيما تستعد مصر، لتدشين قناتها الجديدة - الخميس - باحتفالات تتجاوز مخاوف العنف وأعمالاً "
        "إرهابية متوقعة، انتهت جميع الإجراءات الأمنية وفق خطة طوارئ قصوى غير معلنة اعتمدتها "
        "القوات المسلحة والشرطة وعناصر القوات الخاصة ومكافحة الإرهاب التي انتشرت بمحيط قناة "
        "السويس، لتأمين الحفل العالمي بالكامل.",
        "2015-08-04",
    )
    [entry] = [e for e in timeline([yaum, watan, yaum2]) if e["date"] == "2015-08-06"]
    assert sorted(ev["doc"] for ev in entry["evidence"]) == ["watan", "yaum", "yaum2"]


def test_a_coarser_date_is_not_folded_into_a_finer_one(read):
    """ "until early 2017" and "until the end of March 2017" (the Tornado strikes, two
    outlets) stay two entries at their own precision: a date inside another's is no proof of
    one happening (Al-Sharq Al-Awsat and Sabq, 4 August 2015)."""
    awsat = read(
        "awsat",
        "ar",
        "بريطانيا تقرر تمديد حملتها ضد «داعش» في العراق لمدة سنة",
        "قال وزير الدفاع البريطاني مايكل فالون، اليوم (الثلاثاء)، إنّ بلاده ستمدد حملتها الجوية "
        "في العراق ضد تنظيم «داعش» سنة، مشيرًا إلى أنّها ستستخدم مقاتلات تورنادو في شن الضربات "
        "حتى مطلع 2017 على الاقل.",
        "2015-08-04",
    )
    sabq = read(
        "sabq",
        "ar",
        "بريطانيا تُمَدّد ضرباتها الجوية ضد داعش في العراق لعام 2017",
        "قال وزير الدفاع البريطاني مايكل فالون: إن بريطانيا ستُمدد الضربات الجوية التي تشنها على "
        "تنظيم داعش في العراق لمدة عام أي حتى نهاية شهر مارس 2017.",
        "2015-08-04",
    )
    entries = [e for e in timeline([awsat, sabq]) if e["date"].startswith("2017")]
    assert [(e["date"], e["precision"]) for e in entries] == [
        ("2017", "year"),
        ("2017-03", "month"),
    ]


@pytest.mark.parametrize(
    ("text", "date", "deadline"),
    [
        ("ستستخدم مقاتلات تورنادو في شن الضربات حتى مطلع 2017 على الاقل.", "2017", True),
        ("ستُمدد الضربات الجوية لمدة عام أي حتى نهاية شهر مارس 2017.", "مارس 2017", True),
        ("تم تخصيصها لتؤثّر على حياة أكثر من 25,2 مليار شخص بحلول عام 2030.", "2030", True),
        ("که پایان دادن به فقر شدید تا سال 2030 است", "2030", True),
        ("the event's true goal of ending extreme poverty by 2030.", "2030", True),
        ("A tsunami also struck western Donggala in 1996, killing nine.", "1996", False),
        ("منذ عام 2011، يصرّح أنه سجّل أكثر من 19 مليون", "2011", False),
        ("در 1938، یک سونامی بیش از 200 تن را به کشتن داد", "1938", False),
        # the timeline's own cue list (hidden until session 46 by the publication-date list
        # of the same name): "deadline" is a cue, «قبل» ("before", "ago") is none
        ("giving a deadline of 22 February for the home to be moved", "22 February", True),
        ("لا تشمل حق الدول في المطالبة باسترداد آثارها التي سرقت قبل عام 1970", "1970", False),
    ],
)
def test_a_deadline_is_told_from_a_happening(text: str, date: str, deadline: bool):
    """ "by 2030", «بحلول عام 2030», «تا سال 2030», «حتى نهاية شهر مارس» are deadlines; "in
    1996", «منذ عام 2011» are not (NTREX and SaudiNewsNet sentences)."""
    assert is_deadline(text, text.index(date)) is deadline


DONGGALA = {  # Reuters, "Earthquakes and tsunamis in Indonesia" (NTREX reuters.218865)
    "en": (
        "Earthquakes and tsunamis in Indonesia",
        "In 1938, a tsunami killed more than 200 people and destroyed hundreds of houses in "
        "Donggala.\nA tsunami also struck western Donggala in 1996, killing nine.",
    ),
    "ar": (
        "الزلازل وأمواج تسونامي بإندونيسيا",
        "في عام 1938، قُتل أكثر من 200 شخص ودمرت المئات من البيوت والمنازل في مدنية دونغالا "
        "بسبب أمواج تسونامي.\nوتعرضت المدينة لأمواج تسونامي في عام 1996، ليروح ضحيتها ما "
        "يقرب من 9 أشخاص.",
    ),
    "fa": (
        "زمین لرزه و سونامی در اندونزی",
        "در 1938، یک سونامی بیش از 200 تن را به کشتن داد و صدها خانه را در دانگالا تخریب "
        "کرد.\nیک سونامی دیگر در غرب دانگالا در 1996 باعث مرگ 9 تن شد.",
    ),
}


def test_a_figure_in_words_or_one_digit_anchors_a_year_across_languages(read):
    """ "killing nine", «9 أشخاص», «9 تن»: one value named in three languages folds the 1996
    tsunami into one entry, as the 200 dead fold 1938 (a year holds many happenings: it
    needs an anchor, and this sentence names no place the Arabic and Persian share)."""
    docs = [read(f"palu-{lang}", lang, *DONGGALA[lang]) for lang in ("en", "ar", "fa")]
    entries = timeline(docs)
    # undated reports: their latest year is the story's own time, 1938 its background
    assert [(e["date"], e["background"]) for e in entries] == [("1996", False), ("1938", True)]
    for e in entries:
        assert sorted(ev["doc"] for ev in e["evidence"]) == ["palu-ar", "palu-en", "palu-fa"]


def test_a_one_digit_figure_anchors_only_across_languages():
    """ "2 villages" and "2 men" in two English outlets' sentences of one year are not one
    happening (within one script a one-digit figure is too common to tell happenings apart);
    the same value in an English and an Arabic sentence is an anchor."""

    def entry(doc: str, lang: str) -> dict:
        return {
            "date": "2010",
            "precision": "year",
            "evidence": [{"doc": doc}],
            "_anchors": {"=2"},
            "_langs": {lang},
            "_deadline": False,
            "_keys": set(),
            "_near": set(),
        }

    telling = {"=2"}
    assert len(fold_across([entry("one-en", "en"), entry("two-en", "en")], telling)) == 2
    folded = fold_across([entry("one-en", "en"), entry("two-ar", "ar")], telling)
    assert [len(e["evidence"]) for e in folded] == [2]
