"""Arabic quote speakers, session 50 (quotes50ar; issue 21 point 3), from the failures of a third
development set drawn at random (quotes_dev50ar.tsv): a source before its words and «فقد», a
company's name with a conjunct, a body written with its name in parentheses then called by its kind,
conclusions and judgements of likelihood, a topic name before a relative clause, a condition after
a noun, an outlet described around its marked name, a report's noun before a cited name. Short
sentences in the style of the SaudiNewsNet articles of quotes_dev50ar.tsv and quotes_dev49.tsv."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def analysed(text: str) -> Document:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return doc


def quotes(text: str) -> list[dict]:
    return find_quotes(analysed(text))


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in quotes(text)]


def test_a_source_then_faqad_opens_the_sources_words():
    """snn-2015-08-02-00637: «وبحسب النقيب … فقد تبلغ …» was no quote (only «فإن» closed the
    source)."""
    text = (
        "أجهز حريق على عشرات السيارات بالمدينة المنورة ، وبحسب النقيب نايف الجهني المتحدث"
        " الرسمي للدفاع المدني بالمنطقة فقد تبلغ مركز التحكم عن حادث حريق بأحد المحلات."
    )
    found = quotes(text)
    assert len(found) == 1 and found[0]["text"].startswith("تبلغ مركز التحكم")
    assert "نايف الجهني" in (found[0]["speaker_text"] or "")


def test_a_company_name_with_a_conjunct_and_its_adjective_is_one_name():
    """snn-2015-08-03-01103: «وأوضحت الشركة» was «شركة الغاز», the name cut at «والتصنيع»."""
    text = (
        "سجل صافي أرباح شركة الغاز والتصنيع الأهلية تراجعاً بنسبة 4.6% في النصف الأول.\n"
        "وأوضحت الشركة في إعلان لها أمس، أنها حققت صافي ربح بلغ 27.4 ملايين ريال."
    )
    assert speakers(text) == ["شركة الغاز والتصنيع الأهلية"]


def test_a_body_written_with_its_name_in_parentheses_speaks_when_called_by_its_kind():
    """snn-2015-08-04-01038: «وقال المعهد في بيان» stayed «المعهد»."""
    text = (
        "شرع الباحثون في معهد (وودز هول) لعلوم المحيطات في الاستعانة بطائرات بلا طيار.\n"
        "وقال المعهد في بيان إن الباحثين استخدموا هذه الطائرات في يوليو الماضي لمراقبة الحيتان."
    )
    assert speakers(text) == ["معهد (وودز هول) لعلوم المحيطات"]


def test_a_kind_written_with_two_marked_names_stays_the_kind():
    """Two institutes in parentheses: «المعهد» alone is either."""
    text = (
        "تعاون معهد (وودز هول) مع معهد (سكريبس) لعلوم المحيطات في دراسة جديدة عن الحيتان.\n"
        "وقال المعهد في بيان إن الباحثين جمعوا عشرين عينة من زفير الحيتان."
    )
    assert speakers(text) == ["المعهد"]


def test_researchers_concluding_and_judging_likely_are_quoted():
    """snn-2015-08-04-01021: «وخلص الباحثون … إلى أن», «ورجح الباحثون أن» were no quotes."""
    text = (
        "وخلص الباحثون في دراستهم إلى أن وجود نسبة كبيرة من الفيتامين في الجسم يؤدي إلى خلل.\n"
        "ورجح الباحثون أن تناول جرعات مكثفة من الفيتامين يزيد حب الشباب."
    )
    found = quotes(text)
    assert [q["cue"] for q in found] == ["خلص", "رجح"]
    assert speakers(text) == ["الباحثون", "الباحثون"]


def test_a_name_opening_the_sentence_before_a_relative_clause_speaks():
    """snn-2015-08-04-01210: «مرام القصير الذي برز اسمها …، ترى أن» went to «منى الزهراني»,
    named in the sentence before."""
    text = (
        "قررت أن تبدأ مشروعها الخاص مع صديقتها منى الزهراني في مدينة الرياض.\n"
        "مرام القصير الذي برز اسمها في مجال تنظيم المعارض، ترى أن نجاح أي مشروع تديره المرأة"
        " يأتي من خلال دراسة نابعة عن خبرة."
    )
    assert speakers(text) == ["مرام القصير"]


def test_a_condition_after_a_noun_is_no_clause_of_the_verb():
    """The unlabelled check of quotes50ar (snn-2015-08-01-01090): «وخلصت المسوحات إلى ضرورة …،
    شريطة أن تكون …» gave «تكون …» to «المسوحات»; «أشار … إلى ضرورة …، شريطة أن» did too."""
    text = (
        "وأشارت المسوحات إلى ضرورة تلبية احتياجات سكان المدن المستهدفة بالمشروع، شريطة أن تكون"
        " قادرة على تحقيق التنظيم."
    )
    assert quotes(text) == []


def test_a_clause_before_a_condition_is_still_quoted():
    """«قال الوزير إنه سيوافق … شريطة أن …»: the verb's own «إن» comes first."""
    text = "وقال الوزير إنه سيوافق على المشروع شريطة أن تكون الشركات قادرة على التنفيذ."
    assert len(quotes(text)) == 1


def test_an_outlet_described_around_its_marked_name_is_the_name():
    """snn-2015-08-04-01021 (quotes_dev50ar.tsv): «وفقا لموقع «فارما ويكي» الألماني» gave the
    whole description as the speaker."""
    text = (
        "وظلت هذه الظاهرة تشكل لغزا للأطباء لفترة طويلة، لا سيما أن الحبوب تزول بمجرد إيقاف"
        " الحقن، وفقا لموقع «فارما ويكي» الألماني."
    )
    assert speakers(text) == ["فارما ويكي"]


def test_a_report_of_a_named_company_ending_the_sentence_is_its_source():
    """snn-2015-08-03-00307 (quotes_dev49.tsv): «… بحسب تقييم شركة SocialBakers.» was no source:
    only a name right after the marker made one."""
    text = (
        "وحققت الشركة نموا كبيرا في حساباتها على مواقع التواصل الاجتماعي، وهو ما خوله للحصول على"
        " الحساب الأول حول العالم لخدمة العملاء من خلال تويتر بحسب تقييم شركة SocialBakers."
    )
    found = quotes(text)
    assert len(found) == 1 and "SocialBakers" in (found[0]["speaker_text"] or "")


def test_a_request_before_a_name_is_no_source():
    """«حسب طلب الجهاز …»: a request, no report; nothing is quoted."""
    text = "وتم نقل المعدات إلى الموقع الجديد خلال الأسبوع الماضي حسب طلب وزارة الصحة."
    assert quotes(text) == []
