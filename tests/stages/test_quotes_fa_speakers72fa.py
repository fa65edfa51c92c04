"""Persian quote speakers, session 61 (speakers72fa, issue 21 point 3; quotes_dev72fa.md): a role
left unresolved takes the person the same role, written alike elsewhere in the article, was read
as; a person named in the relative clause of an opening adverbial («در اين مراسم كه … برگزار
شد،») is not the subject the next part names; «یکی دیگر از …» is someone unnamed, as «یکی از
…». Short excerpts of Fars News articles (typed in; shortened) and sentences built on them."""

from __future__ import annotations

from rasad.eval.quotes import analysed_document
from rasad.model import Document
from rasad.stages.quotes import role_held_by_one_person


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in analysed_document("t", text, "fa").quotes]


# fars-13920828000418 (quotes_dev60fa), shortened
ZARRINEH = (
    "به گزارش خبرگزاری فارس از بویین زهرا حجت‌الاسلام محمدهمایون زرینه صبح امروز در همایش امر"
    " به معروف شهرستان بویین زهرا بر اهتمام شیعیان برای تأسی از فرهنگ ائمه اطهار تأکید کرد.\n"
    "امام جمعه شهر بویین زهرا افزود: امام حسین (ع) زمینه برپایی فریضه الهی را فراهم کردند.\n"
    "زرینه، افزایش بصیرت را جزو وظایف روحانیون دانست و ابراز داشت: تذکر لسانی نخستین گام است.\n"
    "امام جمعه شهر بویین زهرا تصریح کرد: تمام نهادهای فرهنگی باید تلاش کنند.\n"
)


def test_an_unresolved_role_takes_the_holder_of_the_same_role_later():
    assert speakers(ZARRINEH) == ["محمدهمایون زرینه"] * 3


# fars-13910817001342 (quotes_dev58fa), shortened: the holder is named only after the role
ABOUDI = (
    "به گزارش خبرگزاری فارس از باشت، عصر چهارشنبه مراسم یادبود رحلت آیت‌الله ملک حسینی"
    " در مسجد الرسول باشت برگزار شد.\n"
    "امام جمعه باشت در این مراسم با تسلیت رحلت آیت‌الله ملک‌حسینی گفت: رحلت این عالم ربانی"
    " سبب تأثر همه شد.\n"
    "حجت‌الاسلام عبدالرحیم عبودی بیان کرد: آیت‌الله ملک‌حسینی تمام عمر خود را صرف خدمت به دین کرد.\n"
    "امام جمعه باشت خاطرنشان کرد: انسان عالم چشم و چراغ جامعه است.\n"
)


def test_a_role_named_only_after_its_first_quote_takes_that_holder():
    assert speakers(ABOUDI) == ["عبدالرحیم عبودی"] * 3


ROLE_THRICE = (
    "مدیر کل ورزش استان گفت: مسابقات برگزار می‌شود.\n"
    "مدیر کل ورزش استان افزود: بودجه کافی است.\n"
    "مدیر کل ورزش استان {also}افزود: زمین آماده است.\n"
)


def role_quotes(text: str, holders: list[tuple[str, str]]) -> list[dict]:
    """The three quotes of ROLE_THRICE, the first unresolved, the others read as `holders`."""
    starts = [text.index(":", k) + 2 for k in (0, text.index("\n") + 1, text.rindex("مدیر"))]
    spoken = [(None, "مدیر کل ورزش استان"), *holders]
    return [
        {"start": s, "end": text.index("\n", s), "speaker": e, "speaker_text": w, "cue": "گفت"}
        for s, (e, w) in zip(starts, spoken, strict=True)
    ]


def held(text: str, holders: list[tuple[str, str]]) -> str | None:
    doc = Document(id="t", source="t", text=text, lang="fa")
    return role_held_by_one_person(doc, role_quotes(text, holders))[0]["speaker"]


def test_a_role_read_as_one_person_elsewhere_is_that_person():
    text = ROLE_THRICE.format(also="")
    assert held(text, [("PER:a", "علی احمدی")] * 2) == "PER:a"


def test_a_role_read_as_two_people_is_left_as_written():
    text = ROLE_THRICE.format(also="")
    assert held(text, [("PER:a", "علی احمدی"), ("PER:b", "حسن رضایی")]) is None


def test_a_role_with_also_elsewhere_is_left_as_written():
    text = ROLE_THRICE.format(also="نیز ")
    assert held(text, [("PER:a", "علی احمدی")] * 2) is None


# fars-8601170059 (quotes_dev72fa), shortened
SOBHANI = (
    "به گزارش خبرگزاري فارس از قم، در اين مراسم كه در آستانه ميلاد حضرت محمد(ص) در شبستان"
    " امام خميني برگزارشد، آيت الله جعفر سبحاني از اساتيد حوزه علميه قم گفت: در برخي از روايات"
    " ميلاد پيامبر در 12 ربيع الاول عنوان شده است.\n"
    "وي ادامه داد: اما در هر حال هدف اين‌است كه ما به پيشگاه پيامبر عرض ادب داشته باشيم.\n"
)


def test_a_name_in_the_relative_clause_of_an_adverbial_is_not_the_speaker():
    assert speakers(SOBHANI) == ["جعفر سبحاني"] * 2


def test_the_person_after_the_clause_speaks():
    text = "در اين مراسم كه با حضور حسن روحانی برگزار شد، علی احمدی گفت: مردم در صحنه هستند."
    assert speakers(text) == ["علی احمدی"]


def test_an_adverbial_with_no_relative_clause_keeps_its_name():
    text = "در دیدار با حسن روحانی، علی احمدی گفت: مردم در صحنه هستند."
    assert speakers(text) == ["علی احمدی"]


# fars-8711030385 (quotes_dev72fa), shortened
GOLCHIN = (
    "محمدگلچين فرهنگ تبليغ را كار پيچيده برشمرد و گفت: اگر كار فرهنگ به افراط و تفريط برسد"
    " ممكن است به ضد خودش تبديل شود.\n"
    "يكي ديگر از اساتيد دانشگاه نيز گفت: براي انجام فعاليت فرهنگي بايد خط سيري تدوين شود.\n"
)


def test_one_more_of_a_group_is_someone_unnamed():
    assert speakers(GOLCHIN)[1] == "يكي ديگر از اساتيد دانشگاه"
