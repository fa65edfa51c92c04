"""Persian quote speakers, session 47, second helper (issue 21 point 3). Short real sentences
from Fars News and the Persian side of ntrex_ar_fa_en (quotes_dev47b.tsv articles and
unlabelled Fars News)."""

from __future__ import annotations

from tests.support.quotes import found_quotes


def quotes(text: str) -> list[dict]:
    return found_quotes(text, "fa")


def quoted(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker_text"]) for q in quotes(text)]


JANANI = (
    "جناني افزود: با توجه به سياست سازمان تامين اجتماعي، احتمال افزايش تعداد كارگزاري‌ها تا"
    " 28 كارگزاري تا پايان سال جاري وجود دارد.\n"
)


def test_with_announcing_that_is_a_quote():
    """fars-8602130025: «وي با اعلام اينكه X، … يادآور شد: Y» is two quotes, as «با بيان
    اينكه» is (quotes_dev47b.tsv); the one named before speaks both."""
    text = (
        "سيد محمدعلي جناني، رئيس گروه توسعه و پشتيباني كارگزاريهاي رسمي تامين اجتماعي با اعلام"
        " اين خبر، گفت: افتتاح 10 كارگزاري اقماري در استان تهران خواهد بود.\n" + JANANI + "وي"
        " با اعلام اينكه در آينده نزديك 3 كارگزاري رسمي در شعب 9، 22 و 24 تامين اجتماعي تهران"
        " بزرگ به طور رسمي افتتاح خواهد شد، در خصوص كارگزاري‌هاي در حال فعاليت يادآور شد: اين"
        " كارگزاري‌ها مشتمل بر 8 كارگزاري است.\n"
    )
    found = quoted(text)
    assert any(t.startswith("در آينده نزديك 3 كارگزاري") for t, _ in found)
    assert {s for _, s in found} == {"سيد محمدعلي جناني"}


def test_announcing_a_noun_inside_a_clause_is_no_cue():
    """fars-13970711000990 (unlabelled): «… با بیان اینکه با اعلام گزارش مردمی …، گفت:» —
    «با اعلام» with a noun after it is no cue and does not cut the clause it stands in."""
    text = (
        "داریوش جودکی مدیرکل تعزیرات حکومتی استان کرمانشاه  با بیان اینکه با اعلام گزارش مردمی"
        " در مورد ورود غیرقانونی محموله برنج به کرمانشاه، نیروی انتظامی از یک کامیون  مقدار ۲۲"
        " تن برنج کشف کردند، گفت: پرونده به شعبه هشتم تعزیرات حکومتی کرمانشاه ارسال شد.\n"
    )
    assert any(t.startswith("با اعلام گزارش مردمی") for t, _ in quoted(text))


def test_claims_hopes_and_beliefs_with_a_clause_are_quotes():
    """fars-13900612000389 «الاشعل ادعا کرد که …», fars-8307110249 «بر اين باور است كه …»
    and «ابراز امیدواری کرد» (quotes_dev47b.tsv; unlabelled Fars News): quotes of the one
    named before the verb."""
    text = (
        "الاشعل ادعا کرد که موسی موجب تاسیس پایگاه‌های نظامی زمینی ناتو در لیبی شد.\n"
        "هدایت هاشمی ابراز امیدواری کرد شهردار نظر مثبتی برای احیای «لاله‌زار» توسط گروه"
        " «پاپتی‌ها» داشته باشد.\n"
    )
    found = quoted(text)
    assert found[0][0].startswith("موسی موجب تاسیس") and found[0][1] == "الاشعل"
    assert found[1][0].startswith("شهردار نظر مثبتی") and found[1][1] == "هدایت هاشمی"


def test_a_comma_after_an_assurance_ends_it():
    """ntrex-fa-reuters.218914 (quotes_dev42b.tsv): «Furyk به بازیکنان خود ابراز اطمینان
    کرده، البته …» — the writer's comment after the comma is no quote."""
    text = "Furyk به بازیکنان خود ابراز اطمینان کرده، البته چیز دیگری نمی‌توانسته بگوید.\n"
    assert not quotes(text)


def test_a_role_given_with_the_name_speaks_for_that_person():
    """fars-13990524000351 (unlabelled): «احسان احمدی‌نژاد کارشناس هواشناسی استان ایلام …
    گفت» … «کارشناس هواشناسی استان، بیان داشت» — the role the article wrote right after the
    name is that person, though «کارشناس» alone may be anyone."""
    text = (
        "احسان احمدی‌نژاد کارشناس هواشناسی استان ایلام ظهر امروز در گفت‌وگو با خبرنگار"
        " خبرگزاری فارس در ایلام، گفت: جو استان پایدار و گاهی همراه با ورزش باد پیش بینی"
        " می‌شود.\nوی افزود: از فردا شنبه تا اواسط هفته، دمای هوای این استان با 2 درجه کاهش،"
        " خنک می‌شود.\nکارشناس هواشناسی استان، بیان داشت: از دوشنبه هفته آینده تا پایان هفته"
        " دمای هوای استان مجدد افزایش خواهد یافت.\n"
    )
    assert [s for _, s in quoted(text)] == ["احسان احمدی‌نژاد"] * 3


def test_a_role_after_a_surname_alone_is_that_person():
    """fars-8306080041 (quotes_dev46b.tsv): «خديمي با اعلام اين خبر افزود: …» then «وزير
    بازرگاني افغانستان تصريح كرد: …» — Fars writes the minister's surname alone, which the
    recogniser misses; the role that speaks next is his."""
    text = (
        "به گزارش خبرگزاري فارس به نقل از روزنامه پاك تريبون، خديمي با اعلام اين خبر افزود:"
        " تاسيس اين بانك ايراني در افغانستان به توسعه روابط تجاري و اقتصادي دو كشور كمك خواهد"
        " كرد.\nوزير بازرگاني افغانستان تصريح كرد: دو كشور با اين اقدام زمينه را براي نزديكي"
        " بخش تجاري دو كشور به يكديگر فراهم كردند.\n"
    )
    assert [s for _, s in quoted(text)] == ["خديمي", "خديمي"]


def test_the_pronoun_written_with_a_non_joiner_is_no_surname():
    """fars-13971121000309 (unlabelled): «و‌ی» (وی with a zero-width non-joiner) spoke, then
    «سرمربی تیم مس کرمان … گفت»: the pronoun is no name the role could stand for."""
    text = (
        "و‌ی در ادامه گفت: ما برای حضور در لیگ برتر تلاش می‌کنیم.\n"
        "سرمربی تیم مس کرمان در مورد این‌که جلسه با مدیران باشگاه چه زمانی برگزار می‌شو‌د،"
        " گفت: من هر چه اصرار کردم آنها قبول نکردند.\n"
    )
    assert quoted(text)[-1][1] != "و‌ی"
