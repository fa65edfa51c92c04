"""Persian quote speakers, session 60 (speakers70fa, issue 21 point 3; quotes_dev70fa.md): a
given name closing in «الدین» written apart («نور الدين پيرموذن») is one name, as one closing in
«الله»; «ماموستا» is a title outside the name; a time word («دقایقی پیش») is no part of the name
before an interview phrase; «مسوول» is Fars News' spelling of the role «مسئول»; a person named
by a role of his own inside a role phrase («نماینده مقام معظم رهبری») is its complement; Friday
prayers are led by one person («… امروز در نماز جمعه رشت»), and «خطیب جمعه» is his office.
Short excerpts of Fars News articles of quotes_dev70fa (typed in; shortened)."""

from __future__ import annotations

from rasad.eval.quotes import analysed_document
from rasad.stages.entities import find_entities


def people(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, "fa") if m["type"] == "PER"]


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in analysed_document("t", text, "fa").quotes]


# fars-8408150415, shortened
PIRMOAZZEN = (
    "به گزارش خبرنگار پارلماني خبرگزاري فارس نور الدين پيرموذن نماينده اردبيل عصر امروز"
    " يكشنبه در جمع خبرنگاران درباره جلسه اين فراكسيون گفت:فراكسيون اقليت مجلس در جلسه امروز"
    " خود تصميم گرفت.\n"
    "وي تصريح كرد: نگاه كلي فراكسيون عدم اطمينان از معرفي وزيران توانمند است.\n"
    "پيرموذن تاكيد كرد:ما معتقديم معرفي وزيران در يك حلقه بسته صورت گرفته است.\n"
)


def test_a_given_name_closing_in_al_din_is_read_whole():
    assert people(PIRMOAZZEN)[0] == "نور الدين پيرموذن"
    assert speakers(PIRMOAZZEN) == ["نور الدين پيرموذن"] * 3


def test_a_title_closing_in_allah_still_stays_out():
    text = "آیت الله احمد جنتی امروز در خطبه‌های نماز جمعه تهران گفت: مردم در صحنه هستند."
    assert not any(p.startswith("آیت") for p in people(text))


# fars-13980705000362, shortened
KALESHINEJAD = (
    "به گزارش خبرگزاری فارس از ارومیه، ماموستا مامد کلشی‌نژاد امروز در آیین عبادی سیاسی نماز"
    " جمعه اهل سنت نقده اظهار کرد: صدام در شرایطی به کشورمان حمله کرد که انقلاب نوپا بود.\n"
    "وی افزود: جوانان بسیاری برای دفاع از میهن اسلامی جان و خون دادند.\n"
)


def test_mamosta_is_a_title_outside_the_name():
    assert "مامد کلشی‌نژاد" in people(KALESHINEJAD)
    assert speakers(KALESHINEJAD) == ["مامد کلشی‌نژاد"] * 2


# fars-13980528001224, shortened
NAZEMIANPOUR = (
    "حسین ناظمیان‌پور دقایقی پیش در گفت ‌وگو با خبرنگار فارس در شهرستان دیر اظهار داشت: "
    "ساعت 21 دوشنبه، تصادفی در حوالی روستای شیبرم رخ داد.\n"
)


def test_a_time_word_before_an_interview_phrase_is_no_part_of_the_name():
    assert people(NAZEMIANPOUR)[0] == "حسین ناظمیان‌پور"
    assert speakers(NAZEMIANPOUR) == ["حسین ناظمیان‌پور"]


# fars-8211070051, shortened
UNNAMED_OFFICIAL = (
    "به گزارش شبكه اطلاع رساني عراق، سخنگوي دفتر نخست وزير ژاپن تاكيد كرد كه اين مبالغ ناچيز"
    " است.\n"
    "يك مسوول آگاه نيز گفت: «اين توافقنامه طي سفر ماه گذشته وي به توكيو صورت گرفته است.»\n"
    "اين مسوول كه نامش فاش نشده است، افزود: «الركابي وعده داده كه از جان سربازان ژاپني"
    " حفاظت كند.»\n"
)


def test_masool_spelt_without_hamza_is_a_role_of_its_own():
    assert speakers(UNNAMED_OFFICIAL)[-2:] == ["يك مسوول آگاه"] * 2


# fars-13920710001190, shortened
RASOULI = (
    "به گزارش خبرگزاری فارس از کیاشهر، حجت‌الاسلام و المسلمین سید هاشم رسولی محلاتی بعد از"
    " ظهر امروز در مراسم افتتاح واحدهای مسکونی مهر این شهر اظهار کرد: شهدا ناظر بر اعمال ما"
    " هستند.\n"
    "نماینده مقام معظم رهبری در بنیاد مسکن انقلاب اسلامی با اشاره به اینکه معتقدیم شهدا زنده"
    " هستند، افزود: قرآن می‌فرماید شهدا در پیشگاه خدا روزی می‌خورند.\n"
    "وی خاطرنشان کرد: شهدا ما را می‌بینند.\n"
)


def test_the_leaders_representative_is_not_the_leader():
    said = speakers(RASOULI)
    assert "مقام معظم رهبری" not in said
    assert said[-1].startswith("سید هاشم رسولی")  # the person named before, not a role


# fars-8611190281, shortened
GHORBANI = (
    "به گزارش خبرگزاري فارس از رشت، زين‌العابدين قرباني امروز در نماز جمعه رشت، با اشاره به"
    " سالروز پيروزي انقلاب اسلامي افزود: 22 بهمن، روز استقرار حكومت الهي است.\n"
    "خطيب جمعه رشت يادآور شد: بزرگ‌ترين خدمت امام (ره) اين بود كه اسلام را از غربت بيرون"
    " آورد.\n"
    "وي گفت: قيام امام براي پياده كردن دستورات خدا است.\n"
    "قرباني خاطر نشان كرد: راهپيمايي 22 بهمن يك واجب شرعي است.\n"
)


def test_the_friday_preacher_is_named_before_his_office():
    assert "زين‌العابدين قرباني" in people(GHORBANI)
    assert speakers(GHORBANI)[:3] == ["زين‌العابدين قرباني"] * 3


def test_a_glued_cleric_title_is_no_given_name():
    """fars-13960201000599 (quotes_dev49fb): «حجت‌الاسلام‌والمسلمین» written as one word."""
    text = (
        "حجت‌الاسلام‌والمسلمین حسین جمالی‌زاده امروز در خطبه‌های نماز جمعه بوشهر اظهار داشت:"
        " مردم در صحنه هستند.\n"
    )
    assert not any(p.startswith("حجت") for p in people(text))
