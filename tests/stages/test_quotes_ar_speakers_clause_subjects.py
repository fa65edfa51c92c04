"""Arabic quote speakers, session 66 (speakers82ar; issue 21 point 3): a time adverb after the
verb («وأبلغت حينها أن», «أعلن بالامس أن») is no subject; a verb right after «حيث»/«إذ» with
no subject of its own has the subject of the sentence's opening verb, not a name of the clause
between; «وكان X قد» + a speech verb has X for subject. Short real sentences from SaudiNewsNet
(quotes_dev82ar.tsv, quotes_dev80ar.tsv, quotes_dev74ar.tsv, quotes_dev44d.tsv)."""

from __future__ import annotations

from tests.support.quotes import found_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker as written of each Arabic quote found."""
    return [q["speaker_text"] for q in found_quotes(text, "ar")]


def test_a_time_adverb_after_the_verb_is_no_speaker():
    """snn-2015-08-02-00054 (quotes_dev82ar): «حينها» ("then") was the speaker of three quotes."""
    text = (
        "طالبت المواطنة صباح السلمي وزير الصحة بإنصافها. وتضيف: في 1436/2هـ تم التواصل معي من"
        " قسم الموارد البشرية، وتم تسليمي أوراق الكشف الطبي للوظيفة وأبلغت حينها أن جميع أوراقي"
        " مكتملة وذلك بتاريخ 1436/2/19هـ."
    )
    assert "حينها" not in speakers(text)


def test_a_speech_verb_after_haythu_has_the_opening_subject():
    """snn-2015-08-04-00058 (quotes_dev80ar): «حيث قالت» went to «النصر», a name of the clause."""
    text = (
        "تغنت صحيفة “torcedores” بالهدف الذي سجله اللاعب تشافي نجم برشلونة السابق ولاعب السد"
        " القطري الحالي في مرمى النصر في المباراة الودية التي أقيمت بين الفريقين مؤخراً حيث قالت"
        " إن اللاعب ورغم كبر عمره إلا أنه قدم لمحات فنية رائعة وهدفا من ركلة حرة ولا أروع."
    )
    assert speakers(text) == ["torcedores"]


def test_a_name_apposed_to_the_opening_role_speaks_after_idh():
    """snn-2015-08-01-00068 (quotes_dev44d): the party's head, set between commas, speaks."""
    text = (
        "أعلن رئيس حزب الحركة القومية، دولت بهتشلي، شرطًا جديدًا لتشكيل ائتلاف حكومي، إذ قال إن"
        " موافقة حزب العدالة والتنمية على الشروط الخمسة التي طرحها حزبه أمر لا بد منه."
    )
    assert speakers(text) == ["دولت بهتشلي"]


def test_the_subject_of_kana_qad_speaks():
    """snn-2015-08-04-01246 (quotes_dev74ar): «وكان إبرا قد أعلن بالامس أن» went to «بالامس»."""
    text = (
        "وقالت صحيفة التوتو ميركاتو الايطالية انه من المتوقع أن يجدد لصفوف ناديه.\nوكان إبرا قد"
        " أعلن بالامس أن مباراة السوبر امام ليون الفرنسي قد تكون الاخيرة له مع النادي الباريسي."
    )
    assert speakers(text)[-1] == "إبرا"


def test_a_role_opening_the_sentence_is_its_participles_subject():
    """snn-2015-08-02-01280 (quotes_dev82ar): «وعبر اللاعب …، موضحًا أن» went to «الوحدة», the
    club named later in the sentence; the player is named in the sentence before."""
    text = (
        "جدد هشام مرسي رئيس مجلس إدارة نادي الوحدة عقد اللاعب عبدالخالق برناوي لمدة أربعة"
        " مواسم قادمة.   وعبر اللاعب عن سعادته للتجديد لنادي الوحدة مقدمًا امتنانه لإدارة"
        " النادي على حرصها واهتمامها بتجديد العقد، موضحًا أن جماهير الوحدة هي أحد أهم أسباب"
        " تجديد العقد."
    )
    assert speakers(text) == ["عبدالخالق برناوي"]


def test_a_name_between_commas_after_the_opening_role_speaks():
    """snn-2015-08-04-01011 (quotes_dev56ar): «رانيا السواد», a name the recogniser missed,
    set between commas after her post."""
    text = (
        "وبينت نائبة النادي للسعودي في جامعة sdsu، رانيا السواد، في كلمة القتها خلال الحفل"
        " شكرها لمنظمة البيت السعودي على اتاحة الفرصة للنادي بالمشاركة في احتفال الطلبة بعيد"
        " الفطر المبارك، مؤكدا أن النادي حريص على المشاركة."
    )
    assert speakers(text) == ["رانيا السواد"]


def test_by_saying_after_a_comma_has_the_subject_of_the_clause_before():
    """snn-2015-08-03-00492 (quotes_dev82ar): «وعبر أحد الفائزين بالجائزة، بقوله «…»» went to
    the marketing director quoted before."""
    text = (
        "وفي تعليق له، قال فيصل كريم، مدير التسويق بجوتن السعودية، «استحوذت جوتن على مكانة"
        " مرموقة في السوق السعودية». وعبر أحد الفائزين بالجائزة، بقوله «يسعدني كثيراً قضاء"
        " إجازتي في تركيا، وذلك بفضل جوتن»."
    )
    assert speakers(text) == ["فيصل كريم", "أحد الفائزين بالجائزة"]


def test_tweeted_before_a_colon_is_a_cue_and_the_account_no_speaker():
    """snn-2015-08-02-00034 (quotes_dev82ar): «وغرّد عبر حسابه على تويتر: “…”» had no cue; in
    another SaudiNewsNet article «وغرد بحسابه في "تويتر": "…"» is the minister's, not Twitter's."""
    text = (
        "نفى أستاذ وعالم الأبحاث في تخصص المسرطنات الدكتور فهد الخضيري وجود خطورة صحية من إعادة"
        " غلي الماء.\n وغرّد عبر حسابه على تويتر: “ما تم تداوله عن خطورة إعادة تسخين وغلي الماء"
        " غير صحيح ولم أجد أي توثيق علمي له”."
    )
    assert speakers(text) == ["فهد الخضيري"]
    text = (
        "أكد وزير التعليم الدكتور عزام الدخيل أهمية دور المرشد الطلابي في المدارس وغرد بحسابه في"
        ' "تويتر": "لدوره الحيوي في العملية التعليمية، اعتمدت الوزارة أولوية التعيين".'
    )
    assert speakers(text) == ["عزام الدخيل"]


def test_birds_that_sing_say_nothing():
    """«الطيور الصغيرة المغردة» (SaudiNewsNet): no cue without a colon after it."""
    text = "وتضم الحديقة البلبل أبيض الخد، إلى جانب مجموعة من الطيور الصغيرة المغردة."
    assert speakers(text) == []


def test_akmala_with_its_subject_before_a_colon_is_a_cue():
    """snn-2015-08-01-00327 (quotes_dev82ar): «وأكملت الزوجة: «…»» was not found; «وأكمل الفريق
    استعداداته …» completes, it says nothing."""
    text = (
        "وتابعت الزوجة: «بعد مرور الـ 5 شهور زواج الأولى طلب مني أن أسافر معه خارج القاهرة»."
        " وأكملت الزوجة: «استطعت الهرب بعد عذاب معه وذهبت إلى أهلي»."
    )
    assert speakers(text) == ["الزوجة", "الزوجة"]
    text = "وأكمل الفريق استعداداته للمباراة في الملعب الرئيسي بمدينة جدة أمس."
    assert speakers(text) == []


def test_haythu_qalat_after_an_unrecognised_outlet_is_not_the_player():
    """snn-2015-08-01-00000 (SaudiNewsNet, the look of session 66): «كشفت إحدى الصحف اليونانية
    “sport24″ عن … اللاعب إيوانيس فيتفاتزيدس …، حيث قالت إن» went to the player; the paper
    speaks, and a Latin name alone is no speaker shown, so no one."""
    text = (
        "كشفت إحدى الصحف اليونانية “sport24″ عن القيمة الحقيقة لانتقال اللاعب إيوانيس فيتفاتزيدس ،"
        " لاعب جنوى الإيطالي والمنتقل حديثاً لصفوف الأهلي مدة ثلاث سنوات، حيث قالت إن تكلفة الصفقة"
        " وصلت لنحو مليون ونصف المليون يورو دفعتها إدارة الأهلي لجنوى الإيطالي."
    )
    assert speakers(text) == [None]
