"""Promise tracking on real text: commitments with due dates, and later reports on them."""

from __future__ import annotations

import pytest

from rasad.analysis.promises import concepts_in, cue_kinds, track
from rasad.config import Settings
from rasad.entities.link import link_corpus
from rasad.pipeline import build_pipeline
from rasad.services.analyze import document_for
from rasad.services.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore

STAGES = ["extract", "clean", "langid", "entities", "pubdate", "dates", "quotes"]


@pytest.mark.parametrize(
    ("sentence", "lang", "kinds"),
    [
        ("وتعهدت الحكومة بسحب القوات بحلول نهاية العام", "ar", {"commit", "deadline"}),
        ("وأضاف أن المشروع سيتحقق قريبا", "ar", {"future", "soon"}),
        ("لكن الانسحاب لم يتم حتى الآن", "ar", {"failed", "deadline"}),
        ("وزیر گفت این طرح تا پایان سال اجرا خواهد شد", "fa", {"deadline", "future"}),
        ("اما این وعده هیچگاه عملی نشد", "fa", {"commitment", "failed"}),
        ("The ministry said the handover was completed on Monday.", "en", {"kept"}),
        ("ومن المتوقع أن تدخل 16 ألف وحدة أخرى إلى السوق بنهاية 2015", "ar", {"forecast"}),
        ("ومن المقرر إقامة مباراة الإياب بين الفريقين بعد غد الخميس", "ar", {"future"}),
    ],
)
def test_cue_kinds(sentence, lang, kinds):
    assert kinds <= cue_kinds(sentence, lang)


@pytest.fixture(scope="module")
def seed_story(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("promises") / "p.db"
    store = SQLiteStore(db)
    ingest_paths([seeds_dir], store, Settings(strict=True, db=str(db)))
    docs = list(store.iter_documents())
    store.close()
    assert len({d.story for d in docs}) == 1
    return docs


def test_a_deadline_denied_later_is_not_open(seed_story):
    found = track("s", seed_story)
    assert found, "the seeds hold commitments with deadlines"
    for p in found:  # every statement and evidence points at its exact words
        by_id = {d.id: d for d in seed_story}
        for ev in [*p["statements"], *p["evidence"]]:
            assert by_id[ev["doc"]].text[ev["start"] : ev["end"]] == ev["text"]
        assert p["status"] in {"kept", "broken", "disputed", "open"}
    dated = [p for p in found if p["due"] and p["due"].endswith("-12-31") and p["evidence"]]
    assert dated, "an end-of-year deadline with later reports on it"
    assert {p["status"] for p in dated} <= {"broken", "disputed"}
    later = {d.id: d.lang for d in seed_story}
    assert any(later[e["doc"]] == "fa" and e["verdict"] == "broken" for e in dated[0]["evidence"])


def test_a_promise_is_made_when_its_document_is_dated_as_precisely(seed_story):
    """A promise in a report dated only to its year was made in that year, not on its first
    day; an undated report's promise has no date."""
    published = {d.id: d.published for d in seed_story}
    for p in track("s", seed_story):
        date = published[p["doc_id"]]
        assert p["made"] == (date["value"] if date else None)
        assert p["made_source"] == (date["source"] if date else None)
    assert any(d and d["precision"] == "year" for d in published.values())


def _docs(items):
    pipeline = build_pipeline(Settings(strict=True), STAGES)
    out = []
    for n, (text, published) in enumerate(items):
        doc = pipeline(document_for(text, f"d{n}", f"d{n}.txt", published))
        doc.story = "s"
        out.append(doc)
    return out


def _no_promise(sentence: str, lang: str, day: str, kind: str) -> None:
    """A real sentence holds a cue of `kind` and, published on `day`, makes no promise."""
    assert kind in cue_kinds(sentence, lang)
    assert not track("s", _docs([(sentence, day)]))


def test_kept_open_and_disputed():
    pledge = (
        "The Defence Minister pledged on Sunday that all foreign troops would complete their "
        "withdrawal from the country by 31 March 2021, officials said."
    )
    done = (
        "Officials confirmed on Friday that the withdrawal of the foreign troops was completed "
        "ahead of the 31 March deadline, the ministry said."
    )
    denied = (
        "Local leaders said the withdrawal of foreign troops has not yet happened and the "
        "troops remain at two bases."
    )
    kept = track("s", _docs([(pledge, "2021-01-10"), (done, "2021-03-26")]))
    assert [p["status"] for p in kept] == ["kept"]
    assert kept[0]["due"] == "2021-03-31" and kept[0]["evidence"][0]["doc"] == "d1"

    still_open = track("s", _docs([(pledge, "2021-01-10")]))
    assert [(p["status"], p["overdue"]) for p in still_open] == [("open", False)]

    disputed = track(
        "s", _docs([(pledge, "2021-01-10"), (done, "2021-03-26"), (denied, "2021-04-02")])
    )
    assert [p["status"] for p in disputed] == ["disputed"]


def test_unrelated_later_reports_do_not_count():
    pledge = "The government promised to open the new airport by June 2022."
    other = "The football season was completed on Sunday after a long delay."
    found = track("s", _docs([(pledge, "2021-05-01"), (other, "2022-08-01")]))
    assert [(p["status"], p["overdue"]) for p in found] == [("open", True)]


def test_forecasts_compliance_and_questions_are_no_promises():
    """Sentences of real Saudi news: a forecast, compliance with rules and a question are no
    one's promise; a pledge reported without a date is."""
    day = "2015-08-02"
    assert not track(
        "s",
        _docs(
            [
                (
                    "وتوقع أن يحدث استقرار لأسعار النفط في شهر أغسطس الجاري، وسيكون هناك تصاعد "
                    "في سبتمبر المقبل.",
                    day,
                ),
                (
                    "وبين أن الزيارات أوضحت التزام عدد كبير من منافذ بيع حديد التسليح بالمحافظة "
                    "بوجود البيانات التجارية.",
                    day,
                ),
                ("فهل ستكون محطتها القادمة إدارة وتشغيل مدينة أخرى قريبا؟", day),
            ]
        ),
    )
    pledge = "وقالت مصادر إسرائيلية إن نتنياهو تعهد لعباس بالعمل على إلقاء القبض على منفذي العملية."
    assert [p["due"] for p in track("s", _docs([(pledge, day)]))] == [None]


def test_this_year_is_a_due_date_only_beside_a_future_verb():
    will = track("s", _docs([("سيبدأ العمل بالمشروع في هذا العام.", "2015-08-03")]))
    assert [p["due"] for p in will] == ["2015"]
    report = (
        "هر بشکه نفت برنت با 25 سنت افزایش 56.81 دلار فروخته شد و طی هفته گذشته 2 درصد افزایش "
        "قیمت را ثبت کرد که نخستین افزایش هفتگی در سال جاری میلادی به شمار می‌رود."
    )
    assert not track("s", _docs([(report, "2017-02-04")]))


def test_a_delay_is_a_verdict_on_the_old_date_not_on_the_date_it_sets():
    delay = "ووافق أمناء الاتحادات على طلب الاتحاد الكويتي تأجيل بطولة كأس الخليج إلى ديسمبر 2016."
    ready = "وقال رئيس الاتحاد الكويتي إن الكويت ستكون جاهزة لاستضافة بطولة كأس الخليج في ديسمبر 2016 أو يناير 2017."
    found = track("s", _docs([(ready, "2015-08-03"), (delay, "2015-08-04")]))
    assert [p["status"] for p in found] == ["open"]
    planned = "وكان من المقرر أن تقام بطولة كأس الخليج في الكويت في ديسمبر 2015 ويناير 2016."
    found = track("s", _docs([(planned, "2015-08-03"), (delay, "2015-08-04")]))
    assert [p["status"] for p in found] == ["broken"]


def test_still_not_done_breaks_a_promise_only_after_its_due_date():
    pledge = "The government promised to open the new airport by June 2022."
    still = "The government's new airport remains closed, officials said."
    early = track("s", _docs([(pledge, "2021-05-01"), (still, "2022-03-01")]))
    assert [p["status"] for p in early] == ["open"]
    late = track("s", _docs([(pledge, "2021-05-01"), (still, "2022-08-01")]))
    assert [p["status"] for p in late] == ["broken"]


def test_preparations_are_no_verdict():
    plan = "The electoral committee said voter registration will begin on 15 August 2015."
    ready = (
        "The electoral committee completed its preparations for voter registration in "
        "preparation for the launch, the committee said."
    )
    found = track("s", _docs([(plan, "2015-08-02"), (ready, "2015-08-04")]))
    assert [p["status"] for p in found] == ["open"]


def test_a_shadda_that_makes_another_word_is_no_cue():
    """«وعدّ» (considered) folds to «وعد» (promised) without its shadda (promises66)."""
    considered = "وعدّ رئيس اللجنة الكشفية العالمية المملكة أحد أهم الجمعيات الكشفية"
    assert "commit" not in cue_kinds(considered, "ar")
    assert "commit" not in cue_kinds("وعدَّ الأمين العام للجامعة العربية الزيارة خطوة", "ar")
    assert "commit" in cue_kinds("ووعد رجل الرئيس القوي بإجراء إصلاحات تشريعية", "ar")


def test_a_bare_wa_ad_opening_a_sentence_is_its_conjunction_and_another_word():
    """«وعد الاجتماع رسالة للطرف الآخر» is و + عُدّ (considered) and «وعدت إلى مقعدي» و + عُدت
    (returned); a pledge that opens a sentence is written «ووعد» (promises66)."""
    assert "commit" not in cue_kinds("وعد الاجتماع رسالة للطرف الآخر بأن الاتفاق", "ar")
    assert "commit" not in cue_kinds("وعدت إلى مقعدي بعدما انتهى من كلامه", "ar")
    assert "commit" in cue_kinds("ووعد نائب وزير الصحة بتأمين احتياجات المستشفيات", "ar")
    assert "commit" in cue_kinds("وقال إن الوزير وعد بتأمين احتياجات المستشفيات", "ar")


DECIDE = (
    "تحسم اللجنة الدائمة لأمناء سر الاتحادات الخليجية والعراق واليمن، والتي ستنعقد لمدة "
    "يومين في دولة الكويت بدءا من يوم غد الاثنين، مصير النسخة الثالثة والعشرين من دورة كأس "
    "الخليج العربي لكرة القدم أو تأجيلها، حيث سيتم الاطلاع على آخر المستجدات المتعلقة "
    "بالاستضافة."
)


def test_the_speaker_is_the_promiser_or_none():
    """The name after the commitment verb, not another person of the sentence; a byline is
    no speaker (promises66)."""
    day = "2015-08-04"
    bach = (
        "تعهد رئيس اللجنة الأولمبية الدولية توماس باخ أمس بعدم التسامح مع أي رياضي أولمبي "
        "تحوم حوله شبهة المنشطات، فيما رأى رئيس الاتحاد الدولي لألعاب القوى لامين دياك أن ما "
        "نشر أخيرا يشكل جزءا من حملة."
    )
    assert [p["speaker"] for p in track("s", _docs([(bach, day)]))] == ["توماس باخ"]
    byline = "فايز الأسمري - سبق - الرياض: " + DECIDE
    assert [p["speaker"] for p in track("s", _docs([(byline, "2015-08-02")]))] == [None]


def test_a_decision_taken_keeps_a_promise_to_decide_whatever_it_decided():
    """A committee that "decides tomorrow" and decides to postpone kept its word: the
    postponement is what it decided, not a delay of the decision (promises66)."""
    decided = (
        "وافق أمناء سر الاتحادات الخليجية والعراق واليمن لكرة القدم، على طلب تأجيل بطولة كأس "
        "الخليج الـ 23 لمدة عام، وذلك في اجتماع عقد أمس في الكويت."
    )
    found = track("s", _docs([(DECIDE, "2015-08-02"), (decided, "2015-08-04")]))
    assert [p["status"] for p in found] == ["kept"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a possibility, a prediction, an estimate, a hope and the weather (promises68)
        "إن الجولة الثالثة من مشاورات موسكو بشأن التسوية السورية، يمكن أن تعقد قبل نهاية سبتمبر المقبل",
        "وكثير من المحللين يتنبأون الآن بأن نمو الناتج المحلي الإجمالي هذا العام سوف ينكمش",
        "الذي يقدر أن يصل عدد أفرادها إلى أكثر من 850 مليون بحلول عام 2030",
        "وهو رقم تأمل العلامة في مضاعفته مع نهاية العام الحالي",
        "وينتظر مزيد من الأمطار غدا الثلاثاء خاصةً على مرتفعات منطقة عسير والباحة",
        "تستمر درجات الحرارة بالمنطقة الشرقية اليوم حول معدلاتها حتى نهاية الشهر الجاري",
        "وبين المصدر أن الاتحاد الكويتي سيعتذر على الأرجح في نهاية شهر ديسمبر المقبل عن الاستضافة",
    ],
)
def test_possibilities_predictions_hopes_and_the_weather_are_forecasts(sentence):
    assert "forecast" in cue_kinds(sentence, "ar")
    assert not track("s", _docs([(sentence + ".", "2015-08-02")]))


def test_a_speaker_is_a_person_or_body_without_the_day_fused_onto_it():
    """The recogniser's «ميخائيل بوجدانوف الخميس» is the minister on the day he spoke; «أحمد
    الخميس» is a name; a quote whose speaker is linked to a place has no promiser shown
    (promises68)."""
    from rasad.analysis.promises import _quote_speaker, _without_time_word

    assert _without_time_word("ميخائيل بوجدانوف الخميس", "ar") == "ميخائيل بوجدانوف"
    assert _without_time_word("أحمد الخميس", "ar") == "أحمد الخميس"
    assert _without_time_word("منظمة الصحة العالمية الآن", "ar") == "منظمة الصحة العالمية"
    assert _without_time_word("النائب العام", "ar") == "النائب العام"
    doc = _docs([("وقال الوزير إن المشروع سيبدأ غدا.", "2015-08-02")])[0]
    place = {"speaker": "GPE:Afghanistan", "speaker_text": "افغانستان"}
    assert _quote_speaker(doc, place) is None
    person = {"speaker": "PER:~mxl bjdnf", "speaker_text": "ميخائيل بوجدانوف الخميس"}
    assert _quote_speaker(doc, person) == "ميخائيل بوجدانوف"
    described = {"speaker": None, "speaker_text": "مصادر مطلعة"}
    assert _quote_speaker(doc, described) == "مصادر مطلعة"


def test_a_name_read_with_its_preposition_is_no_speaker():
    """«لبرشلونة» is «ل» + the club the document also names bare (promises68)."""
    from rasad.analysis.promises import _glued

    doc = _docs([("ولا يمكن لبرشلونة إشراك لاعبين جدد. وقال نادي برشلونة إن", "2015-08-01")])[0]
    doc.entities = [
        {"start": 10, "end": 18, "text": "لبرشلونة", "type": "ORG"},
        {"start": 40, "end": 47, "text": "برشلونة", "type": "ORG"},
    ]
    assert _glued(doc, "لبرشلونة")
    assert _glued(doc, "للجامعة العربية")
    assert not _glued(doc, "لابوز")
    assert not _glued(doc, "برشلونة")


def test_a_need_is_no_promise_without_a_future_verb():
    """What something takes is no one's pledge; a plan that also needs laws still is
    (promises68)."""
    day = "2015-08-02"
    need = (
        "وكانت صحف أرجنتينية أكدت أن اللاعب الأوروغواياني مورا يحتاج إلى ما لا يقل عن أسبوعين "
        "حتى يتعافى من الإصابة قبل 12 أغسطس الحالي."
    )
    assert "need" in cue_kinds(need, "ar")
    assert not track("s", _docs([(need, day)]))
    plan = "وبعضها يحتاج لتشريعات، وبعضها يحتاج لدراسات، سيتم تنفيذها بنهاية عام 2016."
    assert [p["due"] for p in track("s", _docs([(plan, day)]))] == ["2016"]


def test_most_likely_is_a_persian_forecast():
    """«به‌احتمال‌زیاد» hedges what an official expects (promises68)."""
    hedged = (
        "این مسؤول در پایان گفت: به‌احتمال‌زیاد تا تابستان سال آینده خط لوله گاز دامغان "
        "تحویل مازندران می‌شود."
    )
    assert "forecast" in cue_kinds(hedged, "fa")


@pytest.mark.parametrize(
    "sentence",
    [
        "وی گفت: برخی معتقدند که شب وعده شام را حذف کنند، این روش درستی نیست.",
        "کشورهای عضو جنبش عدم تعهد در این نشست حضور داشتند.",
        "بنابراین عضویت ما در آژانس به معنای تداوم تعهد ما در صلح آمیز بودن فعالیت‌ها است.",
    ],
)
def test_a_persian_promise_or_commitment_noun_alone_is_no_pledge(sentence):
    """«وعده» and «تعهد» name a meal, the Non-Aligned Movement, a stance or a verse as often as
    a pledge: alone they are commitment nouns, a promise only with a future date (promises70)."""
    kinds = cue_kinds(sentence, "fa")
    assert "commit" not in kinds and "commitment" in kinds
    assert not track("s", _docs([(sentence, "2016-05-01")]))


@pytest.mark.parametrize(
    "sentence",
    [
        "«ملک سلمان» با واشنگتن تماس گرفت و قول داد که استخراج نفت را افزایش دهد.",
        "رحمون گفت که روز یکشنبه عناصر کرد متعهد شدند که کنترل عین عیسی را واگذار کنند.",
        "من به شما مردم عزیز تعهد می‌دهم خالصانه برای حل این مسائل بکوشم.",
        "ترامپ وعده داده بود با خروج از برجام ایران را به مذاکره مجاب کند.",
    ],
)
def test_a_persian_pledge_is_the_verb_that_gives_or_makes_it(sentence):
    """«قول داد», «متعهد شدند», «تعهد می‌دهم», «وعده داده بود» (promises70)."""
    assert "commit" in cue_kinds(sentence, "fa")


def test_even_is_no_deadline():
    """«حتى أن» and «أو حتى» (even) are no «حتى» (until) (promises70)."""
    sentence = (
        "في أوروبا أو حتى في بعض الدول المهووسة بكرة القدم، الحضور للملعب بات أمراً "
        "إعتيادياً، حتى أن بعض الفرق باعت كافة تذاكرها للموسم المقبل كاملة."
    )
    assert "deadline" not in cue_kinds(sentence, "ar")
    assert "deadline" in cue_kinds("ويستمر المعرض حتى السابع والعشرين من سبتمبر المقبل", "ar")


@pytest.mark.parametrize(
    "sentence",
    [
        'ويقول كاسارين، "هذا العام كان عام دعوة قوية، لكنني ما زلت أعتقد أن عام 2016 سيكون أسوأ.',
        "ويرى بنك غولدمان ساكس أن احتياطيات إيران ستبدأ بالعودة إلى السوق في عام 2016.",
        "إلا أن بعض الوزراء رجحوا احتمالية عقدها قبل نهاية الشهر الجاري.",
        "وتقترب الاستثمارات المتوقعة لتنمية الإقليم من 100 مليار دولار حتى عام 2023.",
    ],
)
def test_a_belief_a_likelihood_and_an_expected_figure_are_forecasts(sentence):
    """promises70: what someone believes or thinks likely is no one's pledge."""
    assert "forecast" in cue_kinds(sentence, "ar")
    assert not track("s", _docs([(sentence, "2015-08-02")]))


def test_a_declaration_an_oath_and_a_rule_in_force_are_no_promises():
    """«وعد بلفور» names a declaration, «وعد الكشافة» an oath; sanctions that took effect run
    until their end date, which no one pledges (promises70)."""
    day = "2015-08-01"
    for sentence in (
        "واعتمد الصهاينة على مستعمر بريطاني مع صدور وعد بلفور في 1917.",
        "بعد ذلك قدمت لوحة فنية تقليدية، ثم ردد الجميع وعد الكشافة، تلاه أداء نشيد المخيم.",
        "وكان قرار الاتحاد الأوروبي بتمديد العقوبات قد دخل حيز التنفيذ في 23 حزيران المنصرم "
        "وحتى 31 كانون الثاني 2016.",
    ):
        assert not track("s", _docs([(sentence, day)]))
    assert "commit" in cue_kinds("ووعد الوزير بتعديل المشروع", "ar")


def test_a_sentence_about_putting_something_off_is_no_promise_of_it():
    """«وتؤجل تنظيم بطولة الخليج»: the present of «أجّل» reports a delay as «تأجيل» does, so
    the sentence is no promise whose outcome a later report of that delay could be (promises72:
    s4565.p1's verdict read the Gulf Cup's postponement, which its own words named)."""
    sentence = (
        "وسيكون من أهم أسباب التغيير الاستعدادات القطرية لاستضافة البطولة الآسيوية التي تقرر "
        "أن تقام في الدوحة في الفترة من 12 وحتى 30 من يناير 2016 وهذا يعني ضرورة أن تركز قطر "
        "جهودها على البطولة الرسمية وتؤجل تنظيم بطولة الخليج."
    )
    assert "failed" in cue_kinds(sentence, "ar")
    assert not track("s", _docs([(sentence, "2015-08-02")]))
    choice = "تحسم اللجنة غدا مصير البطولة المقرر إقامتها في الكويت أو تأجيلها"
    assert "failed" not in cue_kinds(choice, "ar")  # a choice, no delay


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("حينما تمر قريباً من متجر كبير وتقرأ إعلانا سيتم الكشف عن ملابساته", "soon"),
        ("ليس فقط من حيث تعهد علاقاته المتعددة الأبعاد مع دول الضفة الشمالية للمتوسط", "commit"),
        ("بعد جذبهن للمجيء إلى الصين على وعد بالحصول على وظائف كمضيفات", "commit"),
        # snn-2015-08-04-00041: «قريبًا منك», once the tanween keeps «قريبًا» one word (promises78)
        ("قد يقضي زوجك وقتًا طويلًا على الهاتف ولا يتركه قريبًا منك، ويرفض إعطاءك كلمة السر", "soon"),
    ],
)
def test_near_to_in_terms_of_nurturing_and_on_the_promise_of_are_no_cues(sentence, kind):
    """«قريبا من» is near to, «من حيث تعهد» in terms of nurturing, «على وعد» a lure
    (promises72)."""
    assert kind not in cue_kinds(sentence, "ar")


@pytest.mark.parametrize(
    "sentence",
    [
        "وأشارت آراء متفائلة إلى أن هذا سيكون مدعاة لإعادة سهم الشركة إلى التداول خلال الأسبوع الجاري.",
        "وعدد سكان الهند سوف يزيد عن عدد سكان الصين بحلول عام 2022.",
    ],
)
def test_optimism_and_a_population_are_forecasts(sentence):
    """promises72: an optimistic view and a population's growth are no one's pledge."""
    assert "forecast" in cue_kinds(sentence, "ar")
    assert not track("s", _docs([(sentence, "2015-08-01")]))


def test_a_contracts_length_is_no_promise():
    """A player's contract running until a date is its length, nothing due then; a contract to
    be signed is a plan (promises72)."""
    term = "ويستمر عقده مع النادي الإسباني حتى يونيو 2016."
    assert "term" in cue_kinds(term, "ar")
    assert not track("s", _docs([(term, "2015-08-04")]))
    signing = "وتوصل اللاعب والنادي إلى اتفاق لتجديد عقده وسيتم توقيع العقد خلال الأيام المقبلة."
    assert "term" not in cue_kinds(signing, "ar")


def test_an_opinion_columns_forecasts_are_no_promises():
    """A column (its outlet's mark «مقالات أخرى للكاتب») lists only a pledge someone named
    makes in it, not the writer's views and forecasts (promises72: the Gulf energy column; the
    plan it cites is listed from a news report)."""
    column = (
        "الطاقة المتجددة التي ستكون لها تأثير سلبي في استهلاك النفط، إذ تخطط أوروبا "
        "باعتمادها على نسبة 10 في المائة من هذه الطاقة بحلول عام 2020.\nمقالات أخرى للكاتب"
    )
    assert not track("s", _docs([(column, "2015-08-01")]))
    news = column.replace("\nمقالات أخرى للكاتب", "")
    assert track("s", _docs([(news, "2015-08-01")]))


def test_an_outlet_a_statement_and_a_revered_figure_are_no_promisers():
    """A news outlet reports a promise, «البيان» is a common noun, and an imam mourned with
    «(ع)» after his name is the subject of a ceremony (promises72)."""
    from rasad.analysis.promises import _shown

    text = (
        "ویژه‌برنامه عزاداری شهادت امام موسی کاظم(ع) یک‌شنبه تا سه‌شنبه 12 لغایت 14 "
        "اردیبهشت‌ماه برگزار می‌شود."
    )
    (fa,) = _docs([(text, "2016-05-01")])
    assert _shown("موسی کاظم", fa, 0, len(text)) is None
    assert _shown("نيويورك تايمز", fa, 0, len(text)) is None
    assert _shown("خبرگزاری اسپوتنیک", fa, 0, len(text)) is None
    assert _shown("حسن روحانی", fa, 0, len(text)) == "حسن روحانی"
    (ar,) = _docs([("وقال البيان إن الحفل سيتم في ديسمبر.", "2015-08-04")])
    assert _shown("البيان", ar, 0, len(ar.text)) is None
    assert _shown("وزارة الخارجية الصينية", ar, 0, len(ar.text)) == "وزارة الخارجية الصينية"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("بات مسؤول الاستثمار بالنادي الأهلي الأقرب إلى منصب نائب الرئيس", "الأهلي"),
        ("ستكون مبيعات أطقم نادي النصر الجديدة على المحك", "النصر"),
        ("لن تكون مباراة النصر والهلال في كأس السوبر في لندن", "النصر"),
    ],
)
def test_a_possessor_is_not_the_subject(sentence, name):
    """A name after a noun it possesses («مباراة النصر», «بالنادي الأهلي») is not the
    sentence's subject, so not its promiser (promises72)."""
    from rasad.analysis.promises import _genitive

    (doc,) = _docs([(sentence, "2015-08-02")])
    assert _genitive(doc, 0, sentence.index(name))
    subject = "وقع نادي الشباب عقدا حصريا مع الشركة على أن تبدأ العمل الأسبوع القادم"
    (doc,) = _docs([(subject, "2015-08-04")])
    assert not _genitive(doc, 0, subject.index("الشباب"))  # the club, after its verb


def test_a_team_facing_a_fixture_and_the_topic_of_an_aside_are_no_promisers():
    """«سيضطر ليفربول إلى مواجهة …»: the team faces its fixtures; «يذكر أن توريس …» opens
    background about him (promises72)."""
    from rasad.analysis.promises import _aside, _faces_fixture

    text = "وبعد ذلك سيضطر ليفربول إلى مواجهة أصحاب أول خمسة مراكز بنهاية نوفمبر."
    (doc,) = _docs([(text, "2015-08-02")])
    at = text.index("ليفربول") + len("ليفربول")
    assert _faces_fixture(doc, at, len(text))
    club = "تنهي إدارة نادي الوحدة خلال الساعات القليلة القادمة من معسكر الفريق التعاقد مع لاعبين"
    (doc2,) = _docs([(club, "2015-08-01")])
    assert not _faces_fixture(doc2, club.index("الوحدة") + 6, len(club))
    aside = "يذكر أن توريس كان قد انتقل لأتلتيكو في شتاء 2014 على سبيل الإعارة."
    (doc3,) = _docs([(aside, "2015-08-04")])
    assert _aside(doc3, 0, len(aside))
    assert not _aside(doc, 0, len(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "علاوة على تعهد من الموظف المراد فك الحجز عن كفالته يتضمن مسؤوليته",
        "وجاءت قضايا التصرف في البضاعة مع وجود تعهد بعدم التصرف في المرتبة الثانية",
        "وإبلاغ المخطئ بخطئه وإثبات ذلك وأخذ تعهد منه بعدم العودة إلى ذلك السلوك",
    ],
)
def test_an_arabic_undertaking_after_its_governing_word_is_a_noun(sentence):
    """«على تعهد», «وجود تعهد», «أخذ تعهد»: the noun, a promise only with a future date; the
    verb «وتعهد رئيس الوزراء بسحب» stays a pledge (promises72)."""
    kinds = cue_kinds(sentence, "ar")
    assert "commit" not in kinds and "commitment" in kinds
    assert not track("s", _docs([(sentence, "2015-08-01")]))
    assert "commit" in cue_kinds("وتعهد رئيس الوزراء بسحب القوات بحلول نهاية العام", "ar")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "هذا وقد أبلغ الجهاز الإداري لاعبي الفريق على منحهم راحة عن التدريبات لمدة يومين على "
            "أن يستأنف الفريق تدريباته يوم الاثنين المقبل.",
            "ar",
        ),
        ("ومن المقرر أن يختتم الفريق الأحمر معسكره يوم الخميس المقبل.", "ar"),
        ("ذوب آهن روز 21 تير براي برگزاري اردوي تداركاتي به تركيه خواهد رفت.", "fa"),
    ],
)
def test_a_teams_training_and_camp_calendar_is_no_promise(sentence, lang):
    """A club's training report and its camp dates are club news, nobody's pledge (promises74,
    the lead's look at the session-61 archive)."""
    assert "routine" in cue_kinds(sentence, lang)
    day = "2015-08-02" if lang == "ar" else "2012-07-01"
    assert not track("s", _docs([(sentence, day)]))


def test_a_course_and_its_exercises_are_no_team_calendar():
    """«تدريب» of a course and «التمارين» of its trainees are no club news: an election
    committee's training plan stays a schedule (promises74)."""
    plan = (
        "اعتمدت اللجنة المحلية للانتخابات الخطة التدريبية لأعضاء اللجان بدءا من العشرين من "
        "شهر شوال الحالي، وستعقد يوم الأربعاء المقبل ورشة عمل والتمارين اللازمة لجودة التدريب."
    )
    assert "routine" not in cue_kinds(plan, "ar")


@pytest.mark.parametrize(
    "sentence",
    [
        "و سيبقى جونسون عمدة للندن حتى العام 2016 ما عزز الشكوك حول ترشحه.",
        "وأضاف أن جميع الأعضاء الجدد المختارين سيستمرون حتى نهاية فترة الاتحاد الآسيوي عام 2019.",
    ],
)
def test_a_term_of_office_is_no_promise_even_with_a_future_verb(sentence):
    """How long someone holds a post is nothing due to happen (promises74)."""
    assert "office" in cue_kinds(sentence, "ar")
    assert not track("s", _docs([(sentence, "2015-08-02")]))


@pytest.mark.parametrize(
    "sentence",
    [
        "ولم يستبعد نائب وزير الخارجية أن تكون الجولة القادمة من المشاورات قبل نهاية سبتمبر.",
        "وتؤيد تصريحات مروان ترجيح مصادر سياسية إجراء الانتخابات قبل نهاية العام الحالي.",
        "رأت كلينتون أن الانتخابات الرئاسية عام 2016 ستكون حاسمة في هذا الشأن.",
        "وذكر أن تقرير الوزارة قدر حجم الطلب على المساكن حتى عام 2020 بنحو مليوني وحدة.",
    ],
)
def test_not_ruling_out_a_likelihood_a_view_and_an_estimate_are_forecasts(sentence):
    """promises74: a possibility («لم يستبعد») is no pledge, nor a view or an estimate."""
    assert "forecast" in cue_kinds(sentence, "ar")
    assert not track("s", _docs([(sentence, "2015-08-02")]))


def test_a_vow_to_do_ones_best_is_no_promise():
    """«ووعد … بأن تبذل الحكومة ما بوسعها»: nothing anyone could see kept or missed
    (promises74)."""
    vow = "ووعد الرئيس بأن تبذل الحكومة ما بوسعها لتقديم المساعدات."
    assert "vague" in cue_kinds(vow, "ar")
    assert not track("s", _docs([(vow, "2015-08-04")]))


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد مسؤول قلة البلاغات، وعد ذلك مؤشرا على نجاح الهيئة.",
        "في شأن علامات الساعة الصغرى وعدّد منها فقال.",
    ],
)
def test_considered_that_and_enumerated_are_no_pledge(sentence):
    """«وعد ذلك مؤشرا» is وعَدّ (considered); «وعدّد» (enumerated) is one word, not «وعد»
    and a stray «د» (promises74)."""
    assert "commit" not in cue_kinds(sentence, "ar")


def test_a_speaker_opening_with_a_demonstrative_is_a_common_noun():
    """«اين مركز تحقيقاتي» (this research centre) names no one (promises74)."""
    from rasad.analysis.promises import _shown

    text = "اين مركز تحقيقاتي تاكيد كرد: اقتصاد چين در سال 2050 اقتصاد برتر خواهد بود."
    (doc,) = _docs([(text, "2003-12-27")])
    assert _shown("اين مركز تحقيقاتي", doc, 0, len(text)) is None
    assert _shown("حسن روحانی", doc, 0, len(text)) == "حسن روحانی"


def test_two_things_one_document_schedules_in_one_month_are_two_promises():
    """Voter registration and candidate registration, two sentences of one article, share its
    words and their month, not their subject (promises74: merged as one promise, due on the
    later start)."""
    voters = (
        "وتعد مرحلة قيد الناخبين والتي ستبدأ في 7-11-1436هـ وتستمر لمدة (21) يوماً أولى المراحل "
        "العملية لإجراء الانتخابات، وفي هذه المرحلة يتم حصر وتسجيل من تنطبق عليهم شروط الانتخاب "
        "في سجلات مخصصة تسمى جداول قيد الناخبين، ويتم فيها قيد الناخبين خلال المدة المحددة في "
        "مراكز الانتخاب التي يتم إنشاؤها في نطاق المجلس البلدي، ويتم بعد انتهاء مدة القيد إصدار "
        "جداول قيد الناخبين ونشرها لمدة محددة وبالشكل الذي يتيح الاطلاع عليها، ويفتح مجال الطعن "
        "والتصحيح فيها."
    )
    candidates = (
        "و تتميز الدورة الثالثة وللمرة الأولى بتزامن عملية قيد الناخبين مع تسجيل المرشحين والتي "
        "ستبدأ في تاريخ 15-11-1436هـ وتستمر لمدة (17) يوماً إذ لا بد لممارسة حق الترشح أن يكون "
        "طالب الترشيح مقيداً في جداول قيد الناخبين."
    )
    found = track("s", _docs([(voters + " " + candidates, "2015-08-02")]))
    assert [len(p["statements"]) for p in found] == [1, 1]
    assert found[0]["due"] < found[1]["due"]


def test_a_teams_training_session_is_club_news():
    """«المران» is a team's training session as «التدريبات» is (snn-2015-08-01-00454;
    promises76, the lead's look at the session-62 archive)."""
    sentence = (
        "وأضاف بأنه سيتم استئناف المران يوم الأحد القادم لاختيار الصفوة من اللاعبين المميزين "
        "من جميع النواحي التي تفيد فرق النادي بشكل جيد، وتمثيل شعار النادي."
    )
    assert "routine" in cue_kinds(sentence, "ar")
    assert not track("s", _docs([(sentence, "2015-08-01")]))


@pytest.mark.parametrize(
    ("sentence", "lang", "day"),
    [
        (  # fars-13940621001420: the round's last futsal match, today
            "به گزارش خبرگزاری فارس از قم، در حالی که 6 بازی از هفته نهم نیم‌فصل نخست مسابقات "
            "هفدهمین دوره لیگ برتر فوتسال باشگاه‌های کشور به انجام رسید تنها بازی باقی مانده از "
            "این هفته عصر امروز در شهر مقدس قم بین تیم‌های یاسین‌پیشرو قم و آذرخش هرمزگان برگزار "
            "خواهد شد.",
            "fa",
            "2015-09-12",
        ),
        (  # ntrex-en-newsweek.51310
            "It's Trump's first of five scheduled rallies in the next week, including stops in "
            "friendly places including Tennessee and Mississippi.",
            "en",
            "2018-09-08",
        ),
    ],
)
def test_a_teams_match_and_a_campaigns_rallies_are_a_calendar(sentence, lang, day):
    """A fixture is no one's pledge: "a schedule, not a pledge" (promises76)."""
    assert "fixture" in cue_kinds(sentence, lang)
    assert not track("s", _docs([(sentence, day)]))


def test_a_championship_without_a_match_word_stays_a_schedule():
    """An organiser's tournament dates are no team fixture (snn-2015-08-01-00445)."""
    sentence = (
        "وبتلك النتيجة تأهل منتخبا مصر وتونس للمشاركة في نهائيات بطولة العالم المقرر إقامتها "
        "باليابان خلال الفترة من 8 وحتى 23 سبتمبر المقبل."
    )
    assert "fixture" not in cue_kinds(sentence, "ar")


def test_a_warning_of_what_comes_by_a_date_is_no_promise():
    """The UN warns what follows if others miss a date (fars-8406150441); a target before a
    warning of another clause stays (snn-2015-08-01-00970; promises76)."""
    warning = (
        "سازمان ملل همچنين هشدار داده است، كه اگر اهداف برنامه هاي توسعه آب در آفريقا تا سال "
        "2015 محقق نشوند، صدها هزار كودك آفريقايي جان خود را از دست خواهند داد."
    )
    _no_promise(warning, "fa", "2005-09-06", "warning")
    target = (
        "وترغب منظمة الصحة العالمية في تقليل معدلات الانتحار بواقع 10 في المائة بحلول عام 2020، "
        "لكنها حذرت من أن 28 دولة فقط تطبق استراتيجية خاصة لمنع الانتحار."
    )
    assert "warning" in cue_kinds(target, "ar")
    assert track("s", _docs([(target, "2015-08-01")]))


def test_an_extension_until_a_date_is_how_long_a_ban_or_contract_runs():
    """A ban or a contract extended until a date is its length (snn-2015-08-02-00332, a
    Persian contract); a contract to be extended soon stays a plan (fars-8504250327)."""
    ban = (
        "وفي الـ25 من حزيران (يونيو) 2015 قررت روسيا تمديد الحظر لمدة عام آخر حتى الـ5 من آب "
        "(أغسطس) عام 2016."
    )
    assert "term" in cue_kinds(ban, "ar")
    assert not track("s", _docs([(ban, "2015-08-02")]))
    assert "term" in cue_kinds("وی قرارداد خود را تا سال 2022 تمدید کرد.", "fa")
    soon = (
        "يكي از منابع نزديك به باشگاه پرسپوليس اعلام كرد كه جواد كاظميان به زودي قرارداد خود "
        "با اين تيم را تمديد خواهد كرد."
    )
    assert "term" not in cue_kinds(soon, "fa")
    assert track("s", _docs([(soon, "2006-07-16")]))


def test_one_pledge_told_twice_in_one_document_is_one_promise():
    """An article's lead and its body share the words of one pledge (snn-2015-08-02-01226:
    the ministry's kidney transplant; promises76)."""
    lead = (
        "ينتظر شاب بتيماء مصاب بفشل كلوي تنفيذ ما وعدت به وزارة الصحة عقب تقرير نشرته سبق "
        "العام الماضي، بالتكفل بزراعة كلية له على حساب الدولة، إلى جانب تحمل تكاليف السفر."
    )
    body = (
        "وأكد المواطن مشري الصريع لسبق أنه لا يزال ينتظر ما وعدت به وزارة الصحة منذ العام "
        "الماضي، مبيناً أنه قدم جميع التقارير اللازمة التي تثبت حالته."
    )
    found = track("s", _docs([(lead + " " + body, "2015-08-02")]))
    assert [len(p["statements"]) for p in found] == [1 + 1]


def test_a_year_and_a_day_in_it_on_one_concept_are_one_due_date(seed_story):
    """«بحلول نهاية العام الجاري 2021» and «حتى 31 ديسمبر» of the troops' withdrawal are one
    promise across the seeds' documents (promises76: listed apart before)."""
    found = track("s", seed_story)
    broken = [p for p in found if p["status"] == "broken"]
    assert len(broken) == 1
    assert len({s["doc"] for s in broken[0]["statements"]}) >= 2


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (  # fars-8210060171
            "بنابراين گزارش، هزينه‌هاي اقتصادي اين چهار كشور در سال 2009 دو برابر ميزان فعلي "
            "افزايش خواهد يافت.",
            "fa",
        ),
        ("وسوف ينخفض النمو المستمر في أداء هذه الشريحة حتى نهاية 2016.", "ar"),
        (  # snn-2015-08-01-00941
            "لذلك فإن المواجهة العسكرية المحتملة ستطول لأشهر عديدة.",
            "ar",
        ),
    ],
)
def test_a_quantitys_own_rise_and_a_possible_thing_are_forecasts(sentence, lang):
    """«افزایش خواهد یافت» (will rise, intransitive) and «المحتملة» are forecasts; the
    transitive «سترفع» (a body raises something) is no forecast (promises76)."""
    assert "forecast" in cue_kinds(sentence, lang)
    assert "forecast" not in cue_kinds("وسترفع الشركة طاقتها الإنتاجية بحلول 2017.", "ar")


def test_a_match_word_after_every_date_is_another_clauses():
    """A board meeting tomorrow stays a schedule though the league's matches follow in a later
    clause (snn-2015-08-01-00778; promises76)."""
    sentence = (
        "وستتم مناقشته خلال اجتماع مجلس الإدارة ظهر غدٍ بالمقر الرئيسي للاتحاد، مع الحرص على "
        "تعيين رئيس اللجنة قبل بدء المنافسات المحلية التي ستنطلق فعليا في 19 من أغسطس الجاري، "
        "وبداية مباريات دوري عبداللطيف جميل للمحترفين التي سيفتتحها الهلال وضيفه الوحدة."
    )
    assert "fixture" in cue_kinds(sentence, "ar")
    assert track("s", _docs([(sentence, "2015-08-01")]))


def test_a_persian_hope_is_a_forecast():
    """«امید می‌رود … تا پایان سال جاری تکمیل شود» (fars-13940711001308) hopes, as «يأمل»
    does (promises76)."""
    sentence = (
        "عملیات اجرایی این پروژه مهم نیز، آغاز شده که امید می‌رود تا پایان سال جاری تکمیل شود."
    )
    assert "forecast" in cue_kinds(sentence, "fa")
    assert not track("s", _docs([(sentence, "2015-10-03")]))


def test_a_quantitys_rise_is_a_forecast_even_when_promised():
    """The Fed chairman «وعده داد» that growth will rise: a forecast worded as a promise
    (fars-8203160020; promises_archive_s76, promises78)."""
    sentence = (
        "رئيس كل بانك مركزي آمريكا روز گذشته وعده داد: طي نيمه دوم سال جاري ميلادي ، رشد "
        "اقتصادي آمريكا افزايش خواهد يافت."
    )
    assert "commit" in cue_kinds(sentence, "fa")
    _no_promise(sentence, "fa", "2003-06-05", "trend")


def test_only_if_is_a_condition_not_a_plan():
    """An extension «فقط في حالة ما إذا» a buyer appears (snn-2015-08-01-00101); a pledge with
    its terms «في حال» stays (snn-2015-08-04-00724; promises78)."""
    only_if = (
        "وقال أحمد إن وزارة الخارجية المصرية أفادت يوم الخميس بأن خيار تمديد مهلة وقف رخصة "
        "تصدير التمثال حتى مارس 2016 «يمكن اللجوء إليه فقط في حالة ما إذا كان هناك عرض شراء»."
    )
    _no_promise(only_if, "ar", "2015-08-01", "condition")
    reward = (
        "وسبق وأن وعدت والأخ رئيس الاتحاد فهد الحريشي اللاعبين بتقديم مكافآت مجزية في حال "
        "تحقيق نتائج مشرفة."
    )
    assert {"commit"} <= cue_kinds(reward, "ar") and "condition" not in cue_kinds(reward, "ar")


def test_gods_promise_in_a_sermon_is_no_cue():
    """«خداوند وعده داده» (fars-13910716001162) and a verse's «وعده الهی» are faith, not even a
    commitment noun (promises78)."""
    verse = "جعفر کاوه افزود: با توجه به وعده الهی مبنی بر اینکه حق بر باطل پیروز است."
    assert not cue_kinds(verse, "fa") & {"commit", "commitment"}  # promises70 read it a noun
    sentence = (
        "حجت‌الاسلام علی اسفندیاری خاطرنشان کرد: کسی که از قرآن دور باشد دچار زندگی پست می‌شود "
        "و خداوند وعده داده قرآن و آنانکه با قرآن همراهند را حفظ می‌کند."
    )
    assert "commit" not in cue_kinds(sentence, "fa")


def test_an_undertaking_form_and_working_hand_in_hand_are_no_pledge():
    """An undertaking form is the noun (snn-2015-08-04-01081); working "hand in hand", written
    with the tanween of «يدًا», is vague (snn-2015-08-01-00164; promises78)."""
    form = "طباعة نموذج ارسال البريد الممتاز ونموذج تعهد الجامعة من خلال صفحة حساب الطالب."
    assert "commit" not in cue_kinds(form, "ar")
    assert not track("s", _docs([(form, "2015-08-04")]))
    hands = "مشيرًا إلى أن السلطات الفرنسية تتعرض لـ«ضغط هائل» وتعهد بالعمل معهم «يدًا بيد»."
    _no_promise(hands, "ar", "2015-08-01", "vague")


@pytest.mark.parametrize(
    ("sentence", "lang", "day"),
    [
        (  # snn-2015-08-02-00198: the season opens «بمواجهة» a team
            "وسيكون اللاعبون الجدد في حاجة إلى الانسجام معا بشكل سريع لأن قرعة الدوري لم تكن "
            "رحيمة بالفريق الذي سيبدأ الموسم بمواجهة ستوك الأحد المقبل.",
            "ar",
            "2015-08-02",
        ),
        (  # snn-2015-08-04-00723: the camp after its preposition
            "أبدى مدرب أحد عبدالوهاب ناصر تفاؤله بالمعسكر الخارجي الإعدادي المقام في مدينة ستة "
            "أكتوبر المصرية، والذي يستمر حتى العاشر من شهر أغسطس الجاري.",
            "ar",
            "2015-08-04",
        ),
        (  # fars-13940621001420: a league round's match
            "طبق برنامه‌ریزی کمیته فوتسال فدراسیون فوتبال، بازی یاسین‌پیشرو قم با تیم آذرخش "
            "هرمزگان در دیداری از هفته نهم نیم‌فصل نخست بازی‌های هفدهمین دوره لیگ برتر فوتسال از "
            "ساعت 17 امروز یکشنبه بیست و دوم شهریورماه در سالن شهید حیدریان قم انجام خواهد شد.",
            "fa",
            "2015-09-12",
        ),
    ],
)
def test_a_season_opener_a_camp_after_its_preposition_and_a_league_round(sentence, lang, day):
    """Fixtures and a team's camp told without the bare match or camp word (promises78)."""
    assert cue_kinds(sentence, lang) & {"fixture", "routine"}
    assert not track("s", _docs([(sentence, day)]))


def test_facing_alone_stays_no_fixture():
    """«بمواجهة» without a team or its season is "in the face of" (promises78)."""
    assert "fixture" not in cue_kinds("وتعهدت الحكومة بمواجهة الإرهاب بحلول نهاية العام", "ar")


@pytest.mark.parametrize(
    "sentence",
    [
        # snn-2015-08-01-00786: وعُدّت, was counted
        "حيث استخدمت الألوان في المخطوطة ببراعة، وعدت نسخة الملك فيصل الأكثر براعة في تصوير "
        "الحدث والتي يحتفظ بها الملك فيصل في مكتبته.",
        # snn-2015-08-03-00395: وعُدت, and I returned
        "أخذته وعدت للبيت وفي صباح الغد ارتديته في المدرسة مع حذائي الأسود.",
    ],
)
def test_waad_without_what_it_promises_is_another_word(sentence):
    """«وعد», «وعدت» pledge only with what is promised after them (promises78)."""
    assert "commit" not in cue_kinds(sentence, "ar")


def test_a_pledge_after_a_long_subject_stays():
    """«بتقديم» eighteen words after «وعدت» (snn-2015-08-01-00940; promises78)."""
    sentence = (
        "في سياق متصل وعدت الدول المنضوية في التحالف الدولي الذي تقوده الولايات المتحدة ضد "
        "تنظيم داعش اثر اجتماع في كندا الخميس بتقديم حزمة مساعدات جديدة الى الحكومة العراقية."
    )
    assert "commit" in cue_kinds(sentence, "ar")


def test_the_plural_of_expect_is_a_forecast():
    """«ويتوقعون» (snn-2015-08-02-01020; promises78)."""
    sentence = (
        "ويقدّر المحللون حجم السوق اليوم بنحو مليار دولار ويتوقعون نموه ليصل إلى 5 مليارات "
        "دولار بحلول عام 2018."
    )
    assert not track("s", _docs([(sentence, "2015-08-02")]))


def test_soon_with_its_tanween_is_one_word():
    """«قريبًا» is «قريبا» (soon), not «قريب» and a stray alif (promises78)."""
    assert "soon" in cue_kinds("وأضاف أن المشروع سيتحقق قريبًا", "ar")


def test_a_concept_after_its_preposition_is_named():
    """«وجود لقوات قتالية» names troops (the seeds' statement, one promise with the
    withdrawal by the end of 2021; promises_archive_s74, promises78)."""
    sentence = "ولن يكون هناك أي وجود لقوات قتالية أمريكية في العراق بحلول 31 ديسمبر 2021"
    assert "troops" in concepts_in(sentence, "ar")


@pytest.mark.parametrize(
    ("sentence", "lang", "day"),
    [
        (  # fars-13900607000136: a futsal team's league opener «دیدار با پرسپولیس»
            "وی بیان داشت: از تمام تماشاگران خوب و فوتسال دوست قمی دعوت می‌کنیم سه‌شنبه شب "
            "هشتم شهریور ماه در هفته نخست فصل جدید لیگ برتر فوتسال باشگاه‌های کشور و دیدار "
            "با پرسپولیس تهران از تیم صبای قم حمایت کنند تا ان‌شاءالله شروع خوبی در لیگ "
            "جدید داشته باشیم.",
            "fa",
            "2011-08-29",
        ),
        (  # snn-2015-08-02-01093: a club's third-division league and cup «سيلتقي»
            "يُذكر أن فريق الثقبة الأول لكرة القدم سوف يشارك في دوري المنطقة الشرقية للدرجة "
            "الثالثة والذي سينطلق يوم 6 ذي القعدة، إضافة لمشاركته في مسابقة كأس دوري خادم "
            "الحرمين الشريفين لكرة القدم والتي ستنطلق يوم 15 من الشهر الحالي حيث سيلتقي "
            "فريق النعيرية على ملعب الأمير سعود بن جلوي بالراكة.",
            "ar",
            "2015-08-02",
        ),
    ],
)
def test_a_teams_league_match_told_as_a_meeting_is_a_fixture(sentence, lang, day):
    """«دیدار با», «سيلتقي» in a league or cup are a team's match (promises80)."""
    _no_promise(sentence, lang, day, "fixture")


def test_a_meeting_without_a_league_stays_a_schedule():
    """Kerry «سيلتقي» his Gulf counterparts (snn-2015-08-01-01065): no fixture, a schedule."""
    sentence = (
        "ومن مصر سينتقل كيري الاثنين الى الدوحة حيث سيلتقي نظراءه في دول مجلس التعاون "
        "الخليجي لتهدئة مخاوفهم الناتجة عن الاتفاق النووي الذي ابرمته الدول الكبرى مع "
        "ايران في 14 يوليو في فيينا."
    )
    assert "fixture" not in cue_kinds(sentence, "ar")
    assert track("s", _docs([(sentence, "2015-08-01")]))


@pytest.mark.parametrize(
    ("sentence", "lang", "day", "kind"),
    [
        (  # snn-2015-08-04-00160: the French state on holiday until mid-month
            "الدولة الفرنسية في إجازة صيفية منذ آخر اجتماع لمجلس الوزراء يوم الجمعة الماضي "
            "وحتى منتصف الشهر الحالي.",
            "ar",
            "2015-08-04",
            "state",
        ),
        (  # snn-2015-08-02-00414: when the dates usually ripen
            "ويعرض المزارعون منتجاتهم في ساعات الصباح الأولى وعند المساء تفاديًا لتعرض "
            "الرطب لدرجات الحرارة المرتفعة, وعادة ما يبدأ نزول الرطب من هذا النوع في منتصف "
            "شهر يوليو وحتى نهاية شهر أغسطس, وخلال هذه الفترة تتبعها بقية الأصناف الأخرى "
            "كالخضرية والكعيكة والبيض المعيرصي.",
            "ar",
            "2015-08-02",
            "state",
        ),
        (  # fars-13940915000622: students' day spoken of as it comes
            "حسین گروسی امروز در گفت‌وگو با خبرنگار فارس در غرب استان تهران با اشاره به "
            "فرا‌رسیدن 16 آذر روز دانشجو اظهار کرد: مسئله‌ای که باعث شده است تا 16 آذر به "
            "عنوان روز دانشجو در اذهان همه مردم ایران‌زمین نقش ببندد و آن را در تقویم "
            "سالروزهای انقلاب اسلامی ایران از خاطر محو نکند، ریشه‌های ژرف و سترگ این "
            "نام‌گذاری است.",
            "fa",
            "2015-12-06",
            "occasion",
        ),
        (  # snn-2015-08-03-00178: the Taliban's spokesman heard it from the media
            "ونقلت الصحف ما جاء على لسان ذبيح الله مجاهد المتحدث باسم طالبان الذي قال: "
            "«سمعنا من وسائل الإعلام أن الجولة الثانية من المحادثات بين الإمارة الإسلامية "
            "وإدارة كابل ستبدأ قريبا في باكستان أو الصين».",
            "ar",
            "2015-08-03",
            "hearsay",
        ),
        (  # snn-2015-08-02-00467: what follows once Iran implements the deal
            "وبالنسبة للاتفاق مع إيران وتأثيره على زيادة البترول، قال إننا نريد من الجانب "
            "الإيراني أن ينفذ ما جاء في الاتفاق، وبالتالي سيتم عقب ذلك رفع تدريجي للعقوبات "
            "الاقتصادية عليها وسيتم شراء البترول الإيراني، ولا نعرف تحديداً حجم البترول "
            "الذي ستقوم إيران بتصديره، وهو أمر يحتاج لبعض الوقت، مشيراً إلى أن أسعار "
            "البترول انخفضت العام الحالي من 115 دولاراً إلى 52 دولاراً بسبب انخفاض الطلب من "
            "أوروبا والصين.",
            "ar",
            "2015-08-02",
            "condition",
        ),
        (  # fars-13971128000127: the number of judokas "will certainly rise"
            "وی با بیان اینکه پایان سال گذشته 815 جودوکار سازمان‌یافته در استان سمنان "
            "شناسایی شد، تصریح کرد: این جمعیت معادل 3.5 برابر میانگین جمعیت جودوکار "
            "سازمان‌یافته کشور است و در سال 97 چون آمار آخر سال بسته می‌شود، این تعداد "
            "قطعاً افزایش خواهد داشت.",
            "fa",
            "2019-02-17",
            "trend",
        ),
    ],
)
def test_a_state_an_occasion_hearsay_another_partys_act_and_a_trend_are_no_promise(
    sentence, lang, day, kind
):
    """On holiday until, usually, a commemorated day's coming, what was heard, what waits on
    another party, «افزایش خواهد داشت» (promises80)."""
    _no_promise(sentence, lang, day, kind)


def test_programmes_for_a_commemorated_week_stay_a_schedule():
    """«به مناسبت فرارسیدن هفته ملی کودک از 15 تا 24 مهر» (fars-13930631001010) is the
    programme's dates, not a greeting."""
    sentence = (
        "به گزارش خبرگزاری فارس از بوشهر، زکیه امیرپور ظهر امروز در جمع خبرنگاران استان "
        "با بیان اینکه به مناسبت فرارسیدن هفته ملی کودک از 15 تا 24 مهر ماه ویژه "
        "برنامه‌های متنوعی را برای شهروندان کودک تدارک دیده، اظهار داشت: برگزاری "
        "نمایشگاه از آثار فرهنگی، هنری اعضاء فعال کودک و برپایی کارگاه‌های تخصصی به "
        "صورت رایگان بخشی از این برنامه‌هاست."
    )
    assert "occasion" not in cue_kinds(sentence, "fa")
    assert track("s", _docs([(sentence, "2014-09-22")]))


def test_a_festival_lasting_until_a_date_stays_a_schedule():
    """«مهرجان «صيف البحرين» السابع، الذي يستمر حتى 31 أغسطس» (snn-2015-08-01-00150)."""
    sentence = (
        "أطلقت هيئة البحرين للثقافة والآثار، مساء أول من أمس، مهرجان «صيف البحرين» السابع، "
        "الذي يستمر حتى 31 أغسطس (آب) الحالي."
    )
    assert track("s", _docs([(sentence, "2015-08-01")]))


def test_a_university_behind_its_preposition_is_no_speaker():
    """«عمادة شؤون الطلاب بجامعة الملك عبدالعزيز» (snn-2015-08-02-00693): the deanship's
    university, read with «ب», is not who runs the programme (promises80)."""
    sentence = (
        'اطلقت عمادة شؤون الطلاب بجامعة الملك عبدالعزيز برنامج "صيفك أحلى 36" الذي يشمل '
        "عددا من الفعاليات والأنشطة الطلابية المتنوعة، بهدف ملء فراغ الطلاب خلال "
        "إجازتهم الصيفية، ويستمر حتى 30 من شوال 1436ه."
    )
    (found,) = track("s", _docs([(sentence, "2015-08-02")]))
    assert not (found["speaker"] or "").startswith("ب")


def test_promise_ids_stay_when_another_promise_goes(seed_story):
    """A promise's id comes from its first statement, not its place in the list: dropping the
    document of one promise leaves every other promise's id as it was (promises80)."""
    full = track("s", seed_story)
    assert len({p["id"] for p in full}) == len(full) >= 2
    dropped = full[0]["doc_id"]
    rest = track("s", [d for d in seed_story if d.id != dropped])
    kept = {p["id"]: p["text"] for p in full if p["doc_id"] != dropped}
    assert kept and all(kept[p["id"]] == p["text"] for p in rest if p["id"] in kept)
    assert {p["id"] for p in rest if p["doc_id"] != dropped} >= set(kept) - {
        p["id"] for p in full if any(s["doc"] == dropped for s in p["statements"])
    }


@pytest.mark.parametrize(
    ("sentence", "lang", "day", "kind"),
    [
        (  # snn-2015-08-01-00593: "the utmost generosity"
            "يذكر أن الجيش الألماني قام بإيواء 3500 لاجئ في ثماني ثكنات، وكانت وزيرة الدفاع "
            'الألمانية أورزولا فون دير لاين قد تعهدت مطلع الأسبوع الجاري بإبداء "أقصى درجة من '
            'السخاء" في إيواء اللاجئين داخل ثكنات وخيام الجيش، وقالت: "في هذا الموقف يتعين أن '
            'نكون على استعداد للمساعدة كلما أمكن الأمر".',
            "ar",
            "2015-08-01",
            "vague",
        ),
        (  # fars-13911222000736: "we are trying" to expand by next year
            "مدیرکل کتابخانه‌های عمومی استان اردبیل با اعلام اینکه در همین راستا تاکنون پنج "
            "ایستگاه مطالعه در شهرستان اردبیل راه‌اندازی شده است، یادآور شد: در تلاش هستیم تا "
            "سال آینده این ایستگاه‌ها را در نقاط پر‌جمعیت و پر‌تردد این شهرستان گسترش داده و "
            "بستری را فراهم کنیم تا جوانان و نوجوانان، دانش‌آموزان و دانشجویان و آحاد مردم از "
            "این فضا استفاده کنند.",
            "fa",
            "2013-03-12",
            "vague",
        ),
        (  # fars-8605200265: a town team's friendly on Sunday
            "قرار است عصر يكشنبه نيز تيم منتخب بم در ديداري دوستانه و نمادين به ديدار تيم منتخب "
            "هنرمندان ايران برود.",
            "fa",
            "2007-08-11",
            "fixture",
        ),
    ],
)
def test_the_utmost_trying_and_an_indefinite_friendly_are_no_promise(sentence, lang, day, kind):
    """A vow of the utmost, "we are trying", «دیداری دوستانه» (promises80)."""
    _no_promise(sentence, lang, day, kind)


def test_a_quotes_speaker_stays_the_promiser_once_the_story_is_linked():
    """The stored views link a story's documents before tracking its promises, and a quote's
    speaker key becomes an entity id: it is still a person (snn-2015-08-01-01019; promises80:
    `rasad promises` showed «?» for every promise whose speaker came from a quote)."""
    sentence = (
        'وبحسب الموقع الاخباري، أعلن بوغدانوف أنه سيتم "عقد لقاء في الثالث من اغسطس المقبل بين '
        "وزير الخارجية الروسي سيرجي لافروف ونظيره الأمريكي جون كيري في الدوحة لاستكمال "
        'المباحثات بشأن التسوية السورية".'
    )
    docs = _docs([(sentence, "2015-08-01")])
    (before,) = track("s", docs)
    link_corpus(docs)
    assert not docs[0].quotes[0]["speaker"].startswith("PER:")
    (after,) = track("s", docs)
    assert before["speaker"] == after["speaker"] == "بوغدانوف"


@pytest.mark.parametrize(
    ("sentence", "lang", "day"),
    [
        (  # fars-8611190281: everyone must march on 22 Bahman «تا», so that, the world knows
            "قرباني با تاكيد برضرورت حضور در روز راهپيمايي 22 بهمن خاطر نشان كرد: راهپيمايي "
            "22 بهمن يك واجب شرعي است و هركس به مقدار توان خود بايد در راهپيمايي شركت كند تا "
            "دنيا بداند مردم ما از اسلام نبريده‌اند.",
            "fa",
            "2008-02-08",
        ),
        (  # snn-2015-08-04-00814: a Saudi column's «حتى عام 1410» is the Hijri 1410, 1989-90
            "المفارقة أن السعوديين (حفظهم الله) كانوا يرفضون السكن في شقق العمائر، وظلت هذه "
            "العمائر بلا سكان حتى عام 1410 حين نزل بها الأشقاء الكويتيون أيام الأزمة.",
            "ar",
            "2015-08-04",
        ),
        (  # snn-2015-08-02-00153: 10 August 1990, told with «كان»
            "العاشر من أغسطس كان نقطة التوافق السياسي والعسكري، واستمر نطاق التحالف في "
            "الاتساع حتى وصل إلى أكثر من 30 دولة مشاركة، كانت الولايات المتحدة وبريطانيا "
            "وفرنسا وأستراليا وإيطاليا وغيرها، ضمن قوات تحالف كبرى تقودها المملكة وبإمرة "
            "الراحل الملك فهد.",
            "ar",
            "2015-08-02",
        ),
        (  # fars-14000302000175: the anniversaries of 2 Khordad 76 and 3 Khordad 61
            "به گزارش خبرنگار شهری خبرگزاری فارس، محسن هاشمی صبح امروز در دویست و نود و "
            "ششمین جلسه صحن شورای شهر درباره دوم و سوم خرداد اظهار داشت: ربع قرن از دوم "
            "خرداد 76 و چهار دهه تا سوم خرداد 61 سپری شده است و اکثر جامعه به ویژه نسل جوان "
            "خاطرات روشنی از این مناسبت‌ها ندارند.",
            "fa",
            "2021-05-23",
        ),
        (  # fars-13970923000486: «می خواهد» is "wants", no future
            "امام جمعه دیلم با اشاره به سخنان مقام معظم رهبری در دیدار با خانواده معظم شهدا و "
            "مدافعان حرم در خصوص نقشه دشمن برای سال ۹۸ ایران بیان کرد: دشمن می خواهد ما از "
            "نقاط قوتمان از جمله پیشرفت هسته ای، توان موشکی و منطقه ای صرف نظر کنیم و همگان "
            "باید برای تقویت اقتصادی وضعیت زندگی مردم، مبارزه با تورم، ترویج تولید ملی تلاش "
            "مضاعف نماییم.",
            "fa",
            "2018-12-14",
        ),
        (  # fars-13931026000656: inflation unsolved "despite the 100-day promise"
            "سلیمی با اشاره به افزایش بیکاری در ماه‌های اخیر و عدم حل مشکل تورم به رغم وعده 100 "
            "روزه برای آن، گفت: اکثر کارخانه‌ها راکد شده و در بورس 16 هزار و 500 میلیارد تومان "
            "به مردم ضرر وارد شده است.",
            "fa",
            "2015-01-16",
        ),
        (  # snn-2015-08-02-00558: world forecasts of the Fed's rate
            "وقال إن التوقعات العالمية تشير بقيام البنك الفيدرالي برفع سعر الفائدة الى %0.35 "
            "في الربع الرابع من هذا العام من 0-0.25% حاليا، ثم تتدرج في الارتفاع لتصل الى "
            "1.26% في العام المقبل وإلى 2.12% بنهاية عام 2017 و2.80% بحلول نهاية عام 2018.",
            "ar",
            "2015-08-02",
        ),
    ],
)
def test_a_demand_a_past_day_wanting_and_forecasts_pointing_are_no_promise(sentence, lang, day):
    """What everyone must do with «تا» "so that", a year or day the report tells as past (a
    Hijri year read as Solar Hijri, «كان» after a yearless day, a day the sentence also dates
    to a past year), «می خواهد» (wants), a promise named "despite" what happened and
    «التوقعات … تشير» (promises82)."""
    assert not track("s", _docs([(sentence, day)]))


def test_a_deadline_set_for_what_must_be_done_stays():
    """«کلیه بهره‌برداران … باید حداکثر تا روز دوشنبه 30 آبان‌ماه … مراجعه کنند»
    (fars-13900810000345): a deadline word before the date; «از فردا» starts one
    (promises82)."""
    sentence = (
        "هادربادی خاطرنشان کرد: در این روش که به صورت خود اظهاری صورت می‌گیرد کلیه "
        "بهره‌برداران بخش کشاورزی باید حداکثر تا روز دوشنبه 30 آبان‌ماه در روستاها به "
        "دفاترخدمات فناوری اطلاعات(ICT)  روستایی و در شهرها به دفاتر پست و کافینت‌ها مراجعه "
        "کنند."
    )
    assert "obligation" in cue_kinds(sentence, "fa")
    (found,) = track("s", _docs([(sentence, "2011-11-01")]))
    assert found["due"] == "2011-11-21"
    call = (  # fars-13980624000222: the call is published "from tomorrow"
        "پارسا با اشاره به اینکه از فردا فراخوان  ۱۵ گروه که ۵۰ صنف را در بر می‌گیرد در "
        "روزنامه‌های رسمی اعلام می‌شود، افزود: رستوران‌ها و چلوکبابی‌ها، فست فودی‌ها، مراکز "
        "اقامتی، هتل‌ها، هتل آپارتمان‌ها، مهمانپذیر‌ها، نمایشگاه‌ها، قنادی‌ها و شیرینی فروشی "
        "ها، میوه و تره بار فروش مستقر در میادین، مجموعه فرهنگی ورزشی و لوازم تحریر شامل این "
        "مسئله می‌شوند لذا، تمام اقتصاد کشور باید زیرپوشش جامع قرار بگیرند تا بتوانیم به سمت "
        "عدالت پیش برویم."
    )
    assert track("s", _docs([(call, "2019-09-15")]))


def test_a_jalali_year_is_due_by_its_last_day_and_i_will_not_is_future():
    """«تا پايان سال‌جاري», said in Bahman 1387 (fars-8712011009), is due by 20 March 2009,
    not "2008", a year before the report; «بنده نخواهم گذاشت» (fars-13970923000486) is a
    vow in the future (promises82)."""
    (found,) = track(
        "s",
        _docs(
            [
                (
                    "عزيرپور در پايان افزود: تا پايان سال‌جاري ضريح امامزاده ابوالقاسم دريا پشته "
                    "تهيه و نصب خواهد شد.",
                    "2009-02-19",
                )
            ]
        ),
    )
    assert found["due"] == "2009-03-20"
    vow = (
        "حسینی بوشهری اظهار داشت: برخی می خواهند برخی از مسائل را در این شهر رواج دهند و به "
        "دنبال ایجاد کنسرت هستند اما بنده نخواهم گذاشت؛  ما برویم مشکلات مردم را حل کنیم؛ "
        "مردم مشکلات رقص و پایکوبی و ترانه ندارند."
    )
    assert "future" in cue_kinds(vow, "fa")


def test_a_due_date_is_never_shown_before_the_report_and_a_month_is_not_overdue_within_itself():
    """«در سال آینده», 1400 said in Dey 1399 (fars-13991014000923), runs to 2022-03-20: it showed
    "2021", overdue; «از هفته جاري» (fars-8311040031) showed the week's Saturday, the day before
    the report; the WHO's "before the end of this year" (snn-2015-08-04-00132) showed overdue on
    the day it was said, a year compared with a day (promises84)."""
    budget = (
        "سخنگوی کمیسیون تلفیق مجلس شورای اسلامی گفت: براساس تصمیم اعضای کمیسیون، فروش روزانه "
        "نفت در سال آینده ۱.۵ میلیون بشکه نفت خواهد بود و همچنین مقرر شد در صورتی که دولت بیش "
        "از این نفت بفروشد، مازاد ۱.۵ میلیون بشکه در روز را به عنوان طلب صندوق توسعه ملی از "
        "دولت به صندوق واریز شود."
    )
    (found,) = track("s", _docs([(budget, "2021-01-03")]))
    assert (found["due"], found["overdue"]) == ("2022-03-20", False)
    week = (
        "ايرج نديمي در گفت و گو با خبرنگار اقتصادي خبرگزاري فارس، افزود: اعضاي كميسيون تلفيق "
        "از هفته جاري بررسي بودجه را با جديت بيشتري آغاز خواهند كرد."
    )
    (found,) = track("s", _docs([(week, "2005-01-23")]))
    assert found["due"] >= "2005-01-23" and not found["overdue"]
    who = (
        "وستتولى منظمة الصحة العالمية الآن تقييم جدوى العقار - الذي مولته جزئيا مؤسسة «بيل "
        "ومليندا جيتس» - بينما وعدت المنظمة بأن تعلن رأيها النهائي قبل نهاية العام الحالي "
        "بشأن توقيت استخدامه والأماكن الجغرافية التي يستخدم فيها."
    )
    (found,) = track("s", _docs([(who, "2015-08-04")]))
    assert found["due"].startswith("2015") and not found["overdue"]


def test_a_word_the_quotes_stage_read_into_a_speakers_name_is_cut():
    """snn-2015-08-03-00084: the teacher Fuad's account of Libya's plan showed «فؤاد لرفض», his
    name and the next word of an earlier sentence; no mention of the document holds that word
    (promises84)."""
    text = (
        "وقد اضطر فؤاد لرفض 6 آلاف طفل آخرين.\nوقال إن ليبيا (من بين جميع الدول الأخرى) ستبدأ "
        "هذا العام في تأهيل أطفال اللاجئين السوريين في تركيا كي يتمكنوا من الالتحاق بمستوى "
        "التعليم الأعلى."
    )
    (found,) = track("s", _docs([(text, "2015-08-03")]))
    assert found["speaker"] == "فؤاد"


@pytest.mark.parametrize(
    ("sentence", "lang", "day"),
    [
        (  # snn-2015-08-02-00236: an analyst's market forecast
            'من جانبه قال لـ "الاقتصادية" علي الزهراني محلل فني إن السوق ستأخذ مسارها خلال الأيام '
            "المقبلة، وذلك فور انتهاء أعمال نتائج الشركات التي ستنتهي اليوم وسيمتد مساره الجديد "
            "للربع الثالث، معتبرا أن القاع للربع الحالي سيكون خلال الشهر الجاري فقط، وسيشهد "
            "ارتفاعات وتحسن المؤشر",
            "ar",
            "2015-08-02",
        ),
        (  # snn-2015-08-02-00925: a club's season opener
            "واحتل الفتح المركز السادس في الدوري الموسم الماضي وسيبدأ مشواره في الموسم الجديد "
            "باللعب في ضيافة الخليج في 20 أغسطس آب الجاري.",
            "ar",
            "2015-08-02",
        ),
        (  # fars-13940609001376: a cup match of two teams
            "همچنین دیدار دو تیم بادران تهران-کوثر ایلام در روز جمعه 13 شهریور 94 در ساعت 17 در "
            "ورزشگاه کارگران تهران برگزار خواهد شد.",
            "fa",
            "2015-08-31",
        ),
    ],
)
def test_an_analysts_forecast_and_two_teams_match_are_no_promise(sentence, lang, day):
    """«محلل فني» says what the market will do; a season opened «باللعب في ضيافة» a team and
    «دیدار دو تیم» are team fixtures (promises84)."""
    assert not track("s", _docs([(sentence, day)]))


def test_a_novels_setting_is_no_plan():
    """snn-2015-08-02-00140: «وتدور أحداثها … في عام 2020», where a novel's story takes
    place (promises84)."""
    sentence = (
        "بينما تقرأ الشاعرة أمينة بوغيث رواية الكاتب سعود السنعوسي الجديدة «فئران أمي حصة»، "
        "وتقول عنها إنها عمل روائي رائع يستحق القراءة للروائي الكويتي سعود السنعوسي، وقد صدرت "
        "عن دار العربية للعلوم ناشرون، وتدور أحداثها في الكويت ما بين عامي 1985 وحتى الزمن "
        "الافتراضي الذي تتحرّك فيه الرواية في عام 2020 مرورا بأحداث الغزو العراقي."
    )
    assert "state" in cue_kinds(sentence, "ar")
    assert not track("s", _docs([(sentence, "2015-08-02")]))


@pytest.mark.parametrize(
    ("sentence", "day", "due"),
    [
        (  # fars-8306280022: 1384 beside January is after the report and leaves it the due date
            "انتخابات عراق، قرار است در ماه ژانويه سال آينده صورت پذيرد.",
            "2004-09-18",
            "2005-01",
        ),
        (  # snn-2015-08-03-00670: the week the government announced it, not when it is due
            "وكانت الحكومة البريطانية أعلنت مطلع الأسبوع الجاري أنها خصصت عشرة ملايين يورو (11 "
            "مليون دولار) لتحسين السياج حول موقع محطة يوروتانل في كوكيل خارج كاليه، وحذر كاميرون "
            'من أن الأزمة يمكن أن تستمر طوال الصيف ووعد "بتعزيز السياج وبمزيد من الموارد ومزيد '
            'من الفرق المزودة بالكلاب" لمساعدة الشرطة الفرنسية في عملياتها لضبط اللاجئين.',
            "2015-08-03",
            None,
        ),
    ],
)
def test_a_later_years_month_and_an_announcements_week(sentence, day, due):
    """«در ماه ژانويه سال آينده», said in 1383, is due in January 2005, not by 1384's last day;
    «أعلنت مطلع الأسبوع الجاري أنها خصصت …» dates the announcement, so Cameron's promise of
    fences has no due date (promises84)."""
    (found,) = track("s", _docs([(sentence, day)]))
    assert found["due"] == due
