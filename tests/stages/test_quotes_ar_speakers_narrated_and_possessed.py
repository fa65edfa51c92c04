"""Arabic quote speakers, session 67 (speakers84ar; issue 21 point 3): a citizen word before a
narrated name («وأكد المواطن X وجود …») lets the null subject after it refer to X; a speech or
feeling noun with a possessive suffix («سعادتي», «حديثه») is no subject; a participle's speaker
is never the words between it and the quote; «صديقي» before a name is dropped as a title; a
«حسب/بحسب» source after its clause headed by a report's or role's noun speaks the clause; a
given name between a role and a family name is the name's. Short real sentences from SaudiNewsNet (quotes_dev84ar.tsv, quotes_dev82ar.tsv)."""

from __future__ import annotations

from tests.support.quotes import found_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker as written of each Arabic quote found."""
    return [q["speaker_text"] for q in found_quotes(text, "ar")]


def test_a_citizen_narrated_after_a_quote_speaks_the_next_null_subject():
    """snn-2015-08-03-01083 (quotes_dev84ar): «واضاف:» went to the spokesman quoted before."""
    text = (
        "وقال الناطق الإعلامي بصحة الشرقية اسعد سعود: شملت الجولة أقسام الطوارئ، والتنويم،"
        " والمساندة، ومركز أمراض الدم.\nوأكد المواطن عبدالعزيز آل ابراهيم وجود ملاحظات عديدة على"
        " مركز امراض الدم الوراثية.\nواضاف: إنه من المحزن أن تجد بعض المرضى يزحفون على الدرج"
        " للصعود للدور العلوي للعلاج."
    )
    assert speakers(text) == ["اسعد سعود", "عبدالعزيز آل ابراهيم"]


def test_a_possessed_noun_after_the_verb_is_no_speaker():
    """snn-2015-08-02-01276 (quotes_dev84ar): «سعادتي» and «حديثه» were speakers."""
    text = (
        'فيما تحدث مدير شركة التطوير الرياضي الكابتن خميس الزهراني قائلاً: " لدي ثلاثة رسائل'
        ' سأدلي بها في هذه المناسبة".   وأضاف سعادتي أيضاً أن أتواجد في نادي الاتحاد صاحب الفضل'
        ' علي.   واختتم حديثه قائلاً: بدأنا مع منتخب الشباب حيث يتواجد فيه 5 من لاعبي الاتحاد".'
    )
    assert speakers(text) == ["خميس الزهراني"] * 3


def test_the_words_after_a_participle_are_not_its_speaker():
    """snn-2015-08-02-00969 (quotes_dev84ar): «لهو من دواعي سروري» was the speaker."""
    text = (
        "فيما علق المواطن حسن العلي الذي يتردد على سوق الخميس بشكل أسبوعي قائلاً لهو من دواعي"
        " سروري أن اجد مواطنين سعوديين يعملون في هذه الارض المباركة."
    )
    assert speakers(text) == ["حسن العلي"]


def test_my_friend_before_a_name_is_dropped():
    """snn-2015-08-03-00014 (quotes_dev84ar): «صديقي عدنان» kept the writer's «my friend»."""
    text = (
        "فقلت له: إن العرب لا يتورعون عن قول: (لا أعلم).. حينها نهرني صديقي عدنان وقال: أنت"
        " متحامل بعض الشيء على العرب."
    )
    assert speakers(text)[-1] == "عدنان"


def test_a_report_noun_after_its_clause_is_the_source():
    """snn-2015-08-04-00127 (quotes_dev84ar): «حسب تقارير فرنسية،» after its clause was missed."""
    text = (
        "ويذكر أن «إدواردو» كان معارًا من نادي بورتو البرتغالي إلى نادي نيس الفرنسي قبل انتقاله"
        " للنادي السعودي بصفقة قاربت الـ10 ملايين يورو حسب تقارير فرنسية، ويعتبر موقف نادي الهلال"
        " سليمًا من الشكوى."
    )
    assert speakers(text) == ["تقارير فرنسية"]


def test_an_agreement_after_its_clause_cites_no_one():
    """snn-2015-08-02-00821 (quotes_dev84ar): «حسب العقود المتفق عليها» is no source."""
    text = (
        "كما كانا يجمعان المبالغ ووضعها في حساب مشغلي الأموال لغرض استثمارها ولم يعيدا الأموال"
        " حسب العقود المتفق عليها."
    )
    assert speakers(text) == []


def test_a_given_name_between_a_role_and_a_family_name_is_kept():
    """snn-2015-08-01-00549 (quotes_dev84ar): «هلال» (a common word too) was left out of seven
    speakers, «حناوي» alone."""
    text = (
        "وفي هذا الصدد أكد الخبير الاقتصادي هلال حناوي أنه من الضروري الأخذ بعين الاعتبار، أن"
        " تأثيرات ذلك تختلف باختلاف المستويات التي تستقر عندها أسعار النفط."
    )
    assert speakers(text) == ["هلال حناوي"]
