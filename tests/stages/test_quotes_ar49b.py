"""Arabic quote speakers, session 49 second round (quotes49ar2; issue 21 point 3), from the
failures of a second development set drawn at random (quotes_dev49b.tsv): a role written short
(«مدير هيئة السياحة») after the holder was named with the full title («بمدير الهيئة العامة
للسياحة والتراث الوطني بمحافظة ينبع سامر الجهني») is that person, even when the recogniser read
the title and the name as one body. Short sentences in the style of the SaudiNewsNet article."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def analysed(text: str) -> Document:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return doc


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in find_quotes(analysed(text))]


SHORT_TITLE = (
    "التقى مدير تعليم ينبع محمد العقيبي، بمدير الهيئة العامة للسياحة والتراث الوطني بمحافظة"
    " ينبع سامر الجهني، وتم في الاجتماع بحث سبل التعاون.\n"
    "وأكد مدير هيئة السياحة أن التعليم شريك أساس في العديد من البرامج، مشيراً إلى أن تعليم"
    " ينبع يقدم مشاريع متكاملة.\nوأعرب الجهني، عن تقديره لاستقبال مدير التعليم له."
)


def test_a_role_written_short_is_the_person_named_with_the_full_title():
    """snn-2015-08-04-00506: «وأكد مدير هيئة السياحة» and the participle after it stayed the
    role, the full title written earlier with the name under clitics («بمدير», «للسياحة»)."""
    assert speakers(SHORT_TITLE) == ["سامر الجهني", "سامر الجهني"]


def test_a_short_role_two_titles_hold_stays_the_role():
    """Two directors whose titles both hold «مدير» and «السياحة»: the short role is either."""
    text = (
        "التقى مدير فرع هيئة السياحة بجدة خالد الزهراني، بمدير الهيئة العامة للسياحة بمكة"
        " سامر الجهني، لبحث التعاون.\nوأفاد الزهراني بأن اللقاء مثمر.\nوأكد الجهني أن الموسم"
        " جيد.\nوأكد مدير هيئة السياحة أن التعليم شريك أساس في العديد من البرامج."
    )
    assert speakers(text)[-1] not in ("سامر الجهني", "خالد الزهراني")


def test_a_role_whose_words_are_not_all_in_the_title_stays_the_role():
    """«مدير هيئة الآثار» is not the director of the tourism body named before."""
    text = SHORT_TITLE.replace("وأكد مدير هيئة السياحة", "وأكد مدير هيئة الآثار")
    assert "سامر الجهني" not in speakers(text)[:1]


def test_a_person_named_in_what_a_source_said_is_not_its_holder():
    """snn-2015-08-04-01163 (quotes_dev36.tsv): «أكدت مصادر باكستانية أن رئيس الوزراء …
    نواز شريف» names the prime minister in the sources' words, not as their title."""
    text = (
        "أكدت مصادر باكستانية أن رئيس الوزراء الباكستاني نواز شريف نجا من هجوم على موكبه أمس.\n"
        "وقالت المصادر في تصريحات لـ «عكاظ» إن رئيس الوزراء كان مع زوجته في السيارة الرسمية."
    )
    assert "نواز شريف" not in speakers(text)


def test_a_broken_plural_and_its_adjective_speak_a_plural_participle():
    """snn-2015-08-03-01166: «وعبر الطلبة المتخرجون … عن شكرهم …، مشيرين الى انهم» was left
    unknown: «الطلبة» shows no «ون», its adjective «المتخرجون» does."""
    text = (
        "وعبر الطلبة المتخرجون من برنامج إعداد قادة المستقبل عن شكرهم لرئيس المؤسسة لإعطائهم"
        " الفرصة للدراسة، مشيرين الى انهم يتطلعون للدراسة في افضل الجامعات في المستقبل."
    )
    assert speakers(text) == ["الطلبة المتخرجون"]


def test_a_noun_before_an_object_in_ين_is_no_group():
    """«وهنأ الرئيس اللاعبين …»: a word in «ين» after the subject is the object, not its
    adjective, so the pair speaks nothing."""
    text = "وهنأ الرئيس اللاعبين المحترفين على الفوز، مشيرين الى انهم يتطلعون للبطولة القادمة."
    assert speakers(text) != ["الرئيس اللاعبين"]


def test_a_name_cut_after_bin_goes_on_to_the_family_name():
    """snn-2015-08-02-00689: the recogniser read «وليد بن» alone, so the speaker of «وقال مدير
    مكتب الحملة في لبنان وليد بن علي الجلال في بيان أمس إن» was half a name."""
    text = (
        "وقال مدير مكتب الحملة في لبنان وليد بن علي الجلال في بيان أمس إن هذا البرنامج يسعى"
        " لتأهيل خمسة آلاف شقيق سوري من الطلبة واولياء الامور."
    )
    assert speakers(text) == ["وليد بن علي الجلال"]


def test_a_platform_after_via_is_the_channel_not_the_speaker():
    """snn-2015-08-02-00853: «وأوضحت الوزارة عبر حسابها … “تويتر” أن» was spoken by Twitter,
    the name after the verb; the ministry says it, named in full earlier."""
    text = (
        "أعلنت وزارة العدل تطبيق نظام البصمة الإلكترونية على كافة موظفي القطاعات العدلية.\n"
        "وأوضحت الوزارة عبر حسابها الرسمي على موقع التواصل الاجتماعي “تويتر” أن تطبيق النظام"
        " يأتي لتطوير الجانب الإداري والتنظيمي."
    )
    assert speakers(text) == ["وزارة العدل"]
