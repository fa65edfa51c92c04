"""Arabic quotes and speakers, session 45 (issue 21 point 3): an initialism written with points
and spaces («سي. إن. إن.», «بي. بي. سي») ends no sentence and its letter «إن» is no
complementizer. Short real sentences from SaudiNewsNet (quotes_dev45.tsv articles)."""

from __future__ import annotations

from tests.support.quotes import found_quotes


def quotes(text: str) -> list[dict]:
    return found_quotes(text, "ar")


def test_a_dotted_initialism_ends_no_sentence():
    """snn-2015-08-02-01000: «قد قال لشبكة سي. إن. إن. الأمريكية إن قناصا …» is a quote."""
    text = (
        "وكان جوني رودريحيز رئيس مجموعة المهام الخاصة قد قال لشبكة سي. إن. إن. الأمريكية إن"
        " قناصا أطلق النار بشكل غير قانوني على الأسد جيركو في محمية هوانج القومية."
    )
    found = quotes(text)
    assert [text[q["start"] : q["end"]][:10] for q in found] == ["قناصا أطلق"]
    assert found[0]["speaker_text"] == "جوني رودريحيز"


def test_an_initialism_after_the_speaker_keeps_the_quote():
    """snn-2015-08-04-00288: «وذكرت هيئة الإذاعة البريطانية "بي. بي. سي" أنه لا يزال …»."""
    text = (
        'وذكرت هيئة الإذاعة البريطانية "بي. بي. سي" أنه لا يزال نحو عشرة آلاف مهاجر يحصلون على'
        " مساعدات حكومية من دافعي الضرائب."
    )
    assert [text[q["start"] : q["end"]][:10] for q in quotes(text)] == ["لا يزال نح"]


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in quotes(text)]


def test_the_issuer_of_a_statement_speaks_in_it():
    """snn-2015-08-04-01074: «أصدر البنك المركزي بيانا لاحقا قال فيه إنه …»: the bank, never
    «البنك المركزي بيانا»."""
    text = (
        "من ناحيته أصدر البنك المركزي بيانا لاحقا قال فيه إنه حدث سوء فهم بالنسبة لمسودة القواعد"
        " الجديدة."
    )
    assert speakers(text) == ["البنك المركزي"]


def test_a_statement_published_then_a_comma():
    """snn-2015-08-04-00268: «ونشرت الحكومة الصينية بيانا عبر موقعها الإلكتروني، أوضحت فيه
    أن …»: the government, not no one."""
    text = (
        "ونشرت الحكومة الصينية بيانا عبر موقعها الإلكتروني، أوضحت فيه أن خدمات التأمين الصحي"
        " ستغطي 50 في المائة من نفقات علاج الأمراض الخطيرة."
    )
    assert speakers(text) == ["الحكومة الصينية"]


def test_a_topic_before_its_verb_speaks_in_the_participle():
    """snn-2015-08-03-00938: «أما الصحفي صدام أبو عاصم، فقد علق على خطاب الحوثي قائلاً "…"»:
    the journalist, not the Houthi leader the sentence names after the verb."""
    text = (
        "من جهته اعتبر المحلل السياسي حسين الوادعي، أن عبدالملك الحوثي ظهر بسقف منخفض من"
        " التوقعات، فلم يعد يقدم نفسه كقائد لحركة ثورية.\nأما الصحفي صدام أبو عاصم، فقد علق على"
        " خطاب الحوثي قائلاً “قالوا عبدالملك الحوثي شبه معركة عدن بمعركة أحد، يمكن لأن في عدن"
        " جبل حديد يشبه جبل أحد”."
    )
    assert speakers(text)[-1] == "صدام أبو عاصم"


def test_the_subject_of_kana_qad_speaks_in_the_participle():
    """snn-2015-08-02-01000: «وكانت مجموعة المهام الخاصة … قد اعلنت … مقتل الاسد جيركو …
    قائلة إن …»: the task force, never «الاسد» read as a person."""
    text = (
        "وكانت مجموعة المهام الخاصة بالحفاظ على الطبيعة قد اعلنت فى وقت سابق اطلاق النار ومقتل"
        ' الاسد جيركو شقيق الاسد سيسيل على شبكة التواصل الاجتماعى " فيسبوك " قائلة إن قلوبهم'
        " يعتصرها الألم الشديد."
    )
    assert speakers(text) == ["مجموعة المهام الخاصة بالحفاظ على الطبيعة"]


def test_by_saying_takes_the_sentence_subject():
    """snn-2015-08-03-00938: «الروائي اليمني مروان الغفوري، سخر من … وعلق عليه بالقول "…"»."""
    text = (
        "الروائي اليمني مروان الغفوري، سخر من تبرير الحوثي لهزيمة أنصاره في عدن، وعلق عليه"
        " بالقول “شفت يا عبدالملك؟ رحت القرية تزور عمتك في العيد، والسعوديين دخلوا عدن”."
    )
    assert speakers(text) == ["مروان الغفوري"]


def test_an_indefinite_minister_is_the_one_named_next_with_his_post():
    """snn-2015-08-04-00288: «أوضح وزير بريطاني أمس أن …», then «وقال جريك كلارك وزير
    المجتمعات المحلية البريطاني، بحسب "الألمانية"، إن …»: the minister is Greg Clark."""
    text = (
        "أوضح وزير بريطاني أمس أن الحكومة البريطانية تعتزم مطالبة ملاك العقارات بطرد المهاجرين"
        " الذين يفشلون في الحصول على موافقات على طلباتهم. \nوقال جريك كلارك وزير المجتمعات"
        ' المحلية البريطاني، بحسب "الألمانية"، إن ملاك العقارات الذين لا يلتزمون قد يعرضون'
        " أنفسهم للمحاكمة."
    )
    assert speakers(text) == ["جريك كلارك", "جريك كلارك"]


def test_an_indefinite_expert_stays_when_the_next_name_holds_another_post():
    """A post that differs («خبير» … «عضو الاتحاد العربي لعلوم الفضاء») is no evidence."""
    text = (
        "قال خبير في الأرصاد الجوية إن موجة الحر التي تضرب بلدان عدة في المنطقة العربية تأتي"
        " نتيجة تغيرات على سطح الشمس.\nوأوضح عضو الاتحاد العربي لعلوم الفضاء والفلك عبدالعزيز"
        " الشمري إن هذه الموجة شديدة الحرارة جاءت بسبب تأثير الدورة الشمسية."
    )
    assert "الشمري" not in (speakers(text)[0] or "")


def test_by_saying_after_a_verb_and_its_subject():
    """«ورد جيب بوش على تصريحات كلينتون بقوله إن «…»»: Bush speaks, not Clinton (SaudiNewsNet,
    an article outside the label files)."""
    text = (
        "ورد جيب بوش على تصريحات كلينتون بقوله إن «طلب كلينتون إلغاء الحظر يتعارض مع مبادئ الحرية"
        " والديمقراطية للشعب الكوبي»."
    )
    found = speakers(text)
    assert len(found) == 1 and "بوش" in (found[0] or "") and "كلينتون" not in (found[0] or "")


def test_by_saying_after_an_apposition():
    """«صرح الدكتور غسان بن عبدالرحمن الشبل، الرئيس التنفيذي لشركة الإلكترونيات المتقدمة
    بقوله:»: the man, never the company of his post."""
    text = (
        "وبهذه المناسبة صرح الدكتور غسان بن عبدالرحمن الشبل، الرئيس التنفيذي لشركة الإلكترونيات"
        ' المتقدمة بقوله: "نحن فخورون بالحصول على شهادة الجودة الخاصة بأمن أنظمة المعلومات".'
    )
    assert "الإلكترونيات" not in (speakers(text)[0] or "")


def test_a_described_site_is_the_site():
    """snn-2015-08-03-01010: «وأشار موقع "بي.سي ماجازين" المتخصص في موضوعات التكنولوجيا إلى
    أن»: the site, without «المتخصص»."""
    text = (
        'وأشار موقع "بي.سي ماجازين" المتخصص في موضوعات التكنولوجيا إلى أن الشركة اكتشفت عدة طرق'
        " لتشغيل هذه الثغرة وتفعيلها."
    )
    assert speakers(text) == ['موقع "بي.سي ماجازين"']


def test_there_are_those_who_think_is_no_quote():
    """snn-2015-08-02-00728: «إلا أن هناك من يرى أن موقفه ضعيف للغاية»: unspecified people."""
    text = (
        "وهو ما أثار غضب ناديه السابق الطائي الذي هدد باللجوء الى القانون، إلا أن هناك من يرى أن"
        " موقفه ضعيف للغاية أمام لجنة الاحتراف."
    )
    assert quotes(text) == []


def test_plural_participles_speak_for_the_group():
    """snn-2015-08-04-00851 (quotes_dev44d.tsv): «طالب عدد من أصحاب مكاتب حجاج الداخل وزارة الحج
    بالسماح لهم …، مؤكدين أن …», then «وأشاروا إلى أنه …»: the office owners, never the ministry
    they asked."""
    text = (
        "طالب عدد من أصحاب مكاتب حجاج الداخل وزارة الحج بالسماح لهم باستقبال طلبات الحج، مؤكدين أن"
        " الوزارة لم تتوصل إلى آلية مناسبة للتسجيل عن طريقها.\n وأشاروا إلى أنه لا فائدة من"
        " عملية تخصيص المواقع التي قامت بها الوزارة بصورة مبكرة."
    )
    assert speakers(text) == ["عدد من أصحاب مكاتب حجاج الداخل"] * 2


def test_a_source_opening_its_sentence_before_fa_inna():
    """«وبحسب مركز المنشآت الصغيرة والمتوسطة بمجلس الغرف السعودية فإن …» (SaudiNewsNet, an
    article outside the label files; «وبحسب دريك فإن …», quotes_dev45.tsv): the centre speaks."""
    text = (
        "ارتفع عدد المنشآت كثيرا. وبحسب مركز المنشآت الصغيرة والمتوسطة بمجلس الغرف السعودية فإن"
        " عدد المنشآت الصغيرة والمتوسطة في المملكة قد ارتفع مؤخرا."
    )
    found = quotes(text)
    assert [text[q["start"] : q["end"]][:9] for q in found] == ["عدد المنش"]
    assert "مركز المنشآت" in (found[0]["speaker_text"] or "")


def test_a_text_cited_is_no_source():
    """«وبحسب الاتفاق بين الناديين الفرنسي والبرتغالي فإن …»: an agreement, no one speaks."""
    text = (
        "وبحسب الاتفاق بين الناديين الفرنسي والبرتغالي فإن نصيب نيس من الصفقة هو 700 ألف يورو"
        " بعد بيع اللاعب."
    )
    assert quotes(text) == []
