"""Persian quote speakers, session 45, second helper (issue 21 point 3): a Latin-letter name
after a Persian description the recogniser took for a person speaks, and a Persian subject
that opens with a Latin-letter name ends at its first Persian word. Short real sentences from
the Persian side of ntrex_ar_fa_en and Fars News (quotes_dev45b.tsv articles)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.quotes import latin_words_only
from tests.support.quotes import found_quotes


def quotes(text: str) -> list[dict]:
    return found_quotes(text, "fa")


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in quotes(text)]


DALEY = (
    "شیرجه‌زن المپیکی Tom Daley می‌گوید او در حالی بزرگ شده که به دلیل تمایلات جنسی خود"
    " نسبت به همه احساس حقارت داشته است - اما این موضوع به او انگیزه داده تا موفق شود.\n"
)


def test_a_latin_name_after_a_description_speaks():
    """ntrex-fa-bbc.381646: «شیرجه‌زن المپیکی» (an Olympic diver) is read as a person; the
    name after it speaks."""
    assert speakers(DALEY)[0] == "Tom Daley"


def test_a_latin_subject_ends_at_its_first_persian_word():
    """ntrex-fa-bbc.381646: «Daley سال قبل با … ازدواج کرد اما گفت»: Daley, not «Daley سال»;
    a title of Latin words is kept whole («Information week», fars-8611270013)."""
    assert latin_words_only("Daley سال", "fa") == "Daley"
    assert latin_words_only("Information week", "fa") == "Information week"
    text = DALEY + (
        "Daley سال قبل با این برنده اسکار که 20 سال از خودش بزرگتر است ازدواج کرد اما گفت که"
        " فاصله سنی هرگز مشکل‌ساز نبوده‌است.\n"
    )
    assert speakers(text)[-1] in {"Daley", "Tom Daley"}


def test_a_role_after_the_channel_of_according_to_speaks():
    """fars-8510080030: «به نقل از خبرگزاري آلمان، يكي از سخنگويان … اعلام كرد: «…»»: the
    agency is the channel; the spokesman, unnamed, speaks as written."""
    text = (
        "به گزارش فارس به نقل از خبرگزاري آلمان، يكي از سخنگويان برنامه جهاني غذاي سازمان ملل"
        " در اين باره اعلام كرد: «دولت انتقالي به سازمان ملل چراخ سبز لازم را براي انجام"
        " پروازهاي امدادي به اين كشور داده است.»\n"
    )
    assert speakers(text) == ["يكي از سخنگويان برنامه جهاني غذاي سازمان ملل"]


def test_a_surname_that_is_a_common_word_before_the_time_of_day():
    """fars-13951201001400 (unlabelled): «علیرضا آرامش ظهر امروز …»: the recogniser keeps
    «علیرضا» only («آرامش» is also "calm"); the name runs to the time of day."""
    text = (
        "به گزارش خبرگزاری فارس از سنندج، علیرضا آرامش ظهر امروز در پنجمین جلسه شورای اداری"
        " شهرستان سنندج اظهار کرد: هر سال در آستانه نوروز و پایان اسفندماه، کمیته امداد"
        " اقدام به جمع‌آوری کمک برای محرومین جامعه می‌نماید.\n"
    )
    assert speakers(text) == ["علیرضا آرامش"]


def test_the_afternoon_is_no_surname():
    """fars-8704030885 (unlabelled): «علي افتخاري بعدازظهر امروز»: the name is whole."""
    text = (
        "به گزارش خبرگزاري فارس از قزوين، علي افتخاري بعدازظهر امروز در نشست خبري بيان"
        " داشت: امر به معروف و نهي از منكر از وظايف همگاني و متقابل مردم و دولت است.\n"
    )
    assert speakers(text) == ["علي افتخاري"]


KAMALVAND = (
    "استقلالی‌ها حتی پیشنهاد کردند مسابقه روز سه شنبه به روز 25 اسفند ماه موکول شود اما فراز"
    " کمالوند معتقد است این موضوع شدنی نیست.\nکمالوند در گفت‌و‌گو با خبرنگار ورزشی خبرگزاری"
    " فارس در خصوص درخواست استقلالی ها مبنی بر تعویق بازی گفت: اگر قرار به انجام چنین"
    " کارهایی باشد ما باید 5 هفته در لیگ بازی نکنیم.\n"
)


def test_a_given_name_that_is_a_common_word_before_a_surname():
    """fars-13961108001536 (quotes_dev44c.tsv): «اما فراز کمالوند معتقد است»: the recogniser
    finds «کمالوند» only («فراز» is also "rise"); his next quote is «فراز کمالوند» too."""
    assert speakers(KAMALVAND)[-1] == "فراز کمالوند"


def test_an_honorific_or_adverb_is_no_given_name():
    """ntrex-fa-nytimes.184853 (unlabelled): «آقای آدامز می‌گوید» is Adams, not «آقای آدامز»
    as a name; «سپس» (then) before a surname is no given name either."""
    text = KAMALVAND.replace("اما فراز", "اما سپس")
    assert speakers(text)[-1] == "کمالوند"


QORBANI = (
    "به گزارش خبرنگار گروه اقتصاد بین‌الملل فارس، خبرگزاری رویترز خبری بر روی سایت خود منتشر"
    " کرد که پیمان قربانی، معاون اقتصادی بانک مرکزی گفته است 3 بانک خارجی در حال گشایش دفاتر"
    " نمایندگی در ایران هستند.\nقربانی مندرجات این خبر را تائید کرد.\n"
)


def test_a_name_of_common_words_before_its_role_after_that():
    """fars-13950812001038 (quotes_dev44b.tsv): «… منتشر کرد که پیمان قربانی، معاون اقتصادی
    بانک مرکزی گفته است …»: he speaks, not Reuters (both his words are common words)."""
    assert speakers(QORBANI)[0] == "پیمان قربانی"


def test_no_name_before_the_role_when_the_article_never_writes_it_again():
    """The same clause with the last line gone: nothing shows «پیمان قربانی» is a name."""
    assert speakers(QORBANI.split("\nقربانی")[0] + "\n")[0] != "پیمان قربانی"


def test_a_name_after_the_time_of_day_that_opens_the_subject():
    """fars-13961221000361 (unlabelled): «…، صبح امروز علی‌اصغر خرم‌روی اظهار داشت:»: the
    recogniser finds no name; the words after the time of day are the speaker's name."""
    text = (
        "به گزارش خبرگزاری فارس از بندرعباس، صبح امروز علی‌اصغر خرم‌روی اظهار داشت: در پی"
        " ارتقای امنیت مرزها طرح مبارزه با قاچاق کالا و ارز در سواحل شهرستان بندرلنگه اجرا"
        " شد.\n"
    )
    assert speakers(text) == ["علی‌اصغر خرم‌روی"]


def test_a_given_name_listed_as_a_common_word_before_a_surname():
    """fars-8503240550 (unlabelled): «برانكو ايوانكوويچ در گفت و گو با … گفت»: «برانكو» is
    listed as a common word, «ايوانكوويچ» is none; the two words are his name."""
    text = (
        "به گزارش خبرگزاري فارس، برانكو ايوانكوويچ در گفت و گو با نشريه آلماني اشپورت بيلد"
        " كه روز پنجشنبه چاپ مي‌شود، گفت: رئيس جمهوري ايران از طرفداران سرسخت فوتبال است.\n"
    )
    assert speakers(text) == ["برانكو ايوانكوويچ"]


def test_a_pronoun_after_a_marked_name_with_a_role_opening_a_sentence():
    """fars-13910708000449 (unlabelled): «"پائولو اتوری" سرمربی برزیلی این تیم …» (read as no
    person) then «وی در این باره گفت»: the pronoun stands for the marked name."""
    text = (
        "به گزارش خبرگزاری فارس تیم ملی قطر از فردا به مدت یک هفته در شهر ابوظبی امارات اردوی"
        " آماده‌سازی خود را برگزار می‌کند.\n«پائولو اتوری»‌ سرمربی برزیلی این تیم 30 بازیکن مورد"
        " نظر خود را برای این منظور برگزیده است.\nوی در این باره گفت: دو بازی خیلی مهم در مرحله"
        " مقدماتی جام جهانی پیش رو داریم.\n"
    )
    assert speakers(text)[-1] == "پائولو اتوری"


def test_a_surname_written_with_a_joiner_is_read_without_failing():
    """«شجاعی‌نژاد» holds a ZWNJ, which folding reads as a space: three folded words, no crash."""
    from rasad.stages.quotes import foreign_surname_after

    text = "رمضان شجاعی‌نژاد، امروز در گفت‌وگو با خبرنگار فارس گفت: این طرح اجرا می‌شود."
    doc = Document(id="t", source="test", text=text, lang="fa")
    assert foreign_surname_after(doc, "رمضان شجاعی‌نژاد") is False
