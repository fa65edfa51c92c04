"""Persian quote speakers, session 54 (quotes58fa, issue 21 point 3): "according to this report"
(«بر اساس این گزارش، …») as a quote of the report's source (the convention settled in
eval/labels/quotes_dev.md), forecasts («پیش بینی کرد») as speech cues, read strictly, and a
speaker the recogniser cut taken to the document's fuller name. Short sentences written in the
style of Fars News, and two articles read from the corpus."""

from __future__ import annotations

import pytest

from rasad.eval.quotes import analysed_document
from rasad.eval.shared import corpus_articles
from tests.support.quotes import found_quotes, speaker_of

CITED = (
    "به گزارش فارس به نقل از خبرگزاری آسوشیتدپرس، نخست وزیر ژاپن کابینه خود را امروز ترمیم کرد.\n"
)
OWN = "به گزارش خبرگزاری فارس، مراسم بزرگداشت روز خبرنگار امروز در تبریز برگزار شد.\n"


def quoted(text: str, opening: str) -> list[dict]:
    """The quotes of `text` that open with `opening`."""
    return [q for q in found_quotes(text, "fa") if q["text"].lstrip('«" ').startswith(opening)]


def test_according_to_this_report_speaks_for_the_cited_source():
    """fars-8910240411 (quotes_dev42), fars-8406100136 (quotes_dev49fb): «بر اساس این گزارش، …»
    after «به نقل از X،» was no quote."""
    text = CITED + "بر اساس این گزارش، کابینه ژاپن پیش از این استعفا داده بود.\n"
    assert speaker_of(text, "کابینه ژاپن پیش از این") == "خبرگزاری آسوشیتدپرس"


def test_according_to_this_report_keeps_a_long_office_name():
    """fars-8808150390 (quotes_dev51fa): an office of seven words after «به نقل از»."""
    text = (
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی جشنواره بین‌المللی فیلم کوتاه تهران، این"
        " جشنواره فردا آغاز می‌شود.\n"
        "براساس این گزارش، در طول این ایام دو نشست ویژه برگزار می‌شود.\n"
    )
    said = speaker_of(text, "در طول این ایام")
    assert said == "روابط عمومی جشنواره بین‌المللی فیلم کوتاه تهران"


def test_the_agency_s_own_report_is_no_quote():
    """fars-8708050859 (quotes_dev56fa): the agency's own report speaks for no one."""
    text = OWN + "بر اساس این گزارش، در این مراسم از ده خبرنگار تجلیل شد.\n"
    assert not quoted(text, "در این مراسم از ده")


def test_an_inner_speech_verb_keeps_its_own_speaker():
    """fars-8406290171 (quotes_dev58fa), fars-8602130202 (quotes_dev53fa): the sentence's own
    verb speaks, not the report («بنا بر این گزارش، دادستان معتقد است …», «… اعتراف کرد که»)."""
    text = CITED + "بنا بر این گزارش، در بازجویی متهم اعتراف کرد که پول‌ها را خرج کرده است.\n"
    assert all(q["speaker_text"] != "خبرگزاری آسوشیتدپرس" for q in found_quotes(text, "fa")[1:])


def test_forecast_with_that_is_a_quote_of_its_subject():
    """fars-8812140039 (quotes_dev58fa): «ميسك پيش‌بيني كرده كه …» was missed."""
    text = (
        "به گزارش فارس، پیتر میسک از تحلیلگران بازار از تاخیر در عرضه این دستگاه خبر داد.\n"
        "میسک پیش‌بینی کرده که تعداد دستگاه‌های وارد شده به بازار کمتر از 300 هزار خواهد بود.\n"
    )
    assert speaker_of(text, "تعداد دستگاه‌های وارد شده") in ("میسک", "پیتر میسک")


def test_forecast_of_a_group_before_a_comma_is_a_quote():
    """fars-8601270104 (quotes_dev58fa): «منابع اگاه … پيش بيني كردند ، …» was missed."""
    text = OWN + (
        "منابع آگاه استرالیایی همچنین پیش بینی کردند ، تولید اورانیوم این کشور کاهش خواهد یافت.\n"
    )
    assert speaker_of(text, "تولید اورانیوم این کشور") == "منابع آگاه استرالیایی"


def test_forecast_of_an_unnamed_descriptor_is_no_quote():
    """fars-13990625000527 (quotes_dev49fb): «بدنه جهانی پیش بینی کرد …» ("the world body",
    FIFA in the English original) is no one the text names: no quote rather than a wrong one."""
    text = OWN + "بدنه جهانی پیش بینی کرد 120 میلیون دلار برای کمک به باشگاه‌ها هزینه شود.\n"
    assert not quoted(text, "120 میلیون دلار")


def corpus_speakers(shared, article: str, opening: str) -> list[str | None]:
    """The speakers of the quotes of a corpus article that open with `opening`."""
    found = corpus_articles(shared, {article}, ["farsnews_fa"])
    if not found:
        pytest.skip("farsnews_fa not present")
    text = found[article]["text"]
    quotes = analysed_document(article, text, "fa").quotes
    return [q["speaker_text"] for q in quotes if text[q["start"] :].startswith(opening)]


def test_surname_cut_at_its_zwnj_takes_the_full_name():
    """fars-8710250888 (quotes_dev56fa): «موسوي» later in the article is «محمدعلي موسوي‌مباركه»
    named in its first words, the recogniser having cut the surname at its ZWNJ."""
    text = (
        "محمدعلی موسوی‌مبارکه در گفت‌وگو با خبرنگار فارس اظهار داشت: طرح زوج و فرد باید"
        " اجرا شود.\n"
        "موسوی در پایان خاطرنشان کرد: مسئولان باید به کاهش آلودگی توجه کنند.\n"
    )
    assert speaker_of(text, "مسئولان باید به کاهش") == "محمدعلی موسوی‌مبارکه"


def test_two_cuts_of_one_name_are_joined(shared):
    """fars-8607040040 (quotes_dev53fa, read from the corpus): «مير محمد حسيني قلعه» and
    «حسيني قلعه جوق» are the two ends of «مير محمد حسيني قلعه جوق»."""
    assert corpus_speakers(shared, "fars-8607040040", "كالاهاي صادرشده") == [
        "مير محمد حسيني قلعه جوق"
    ]


def test_national_player_role_after_the_name_is_that_player():
    """fars-13980624000519 (quotes_dev58fa): «ملی‌پوش والیبال لهستان خاطرنشان کرد:» after
    «داوید کونارسکی، ملی‌پوش والیبال لهستان …» is that player, not the role as written."""
    text = (
        "به گزارش خبرگزاری فارس، داوید کونارسکی، ملی‌پوش والیبال لهستان درمورد شرایط این تیم"
        " اظهار داشت: بازی با استونی مسابقه اول ما بود.\n"
        "ملی‌پوش والیبال لهستان خاطرنشان کرد: در بازی دوم خود باید با میزبان روبرو شویم.\n"
    )
    assert speaker_of(text, "در بازی دوم خود") == "داوید کونارسکی"


def test_website_with_an_adjective_is_named_by_its_name():
    """fars-8707060313 (quotes_ar_fa.tsv): «به نقل از سايت سينمايي اسكرين ديلي،» is the site
    «اسكرين ديلي» (the cinema site), its kind and adjective dropped as for a newspaper."""
    text = (
        "به گزارش خبرگزاری فارس به نقل از سایت سینمایی اسکرین دیلی، فیلم کمدی شب ازدواج سفید"
        " نماینده ایسلند در اسکار شد.\n"
    )
    assert speaker_of(text, "فیلم کمدی شب") == "اسکرین دیلی"


def test_website_without_an_adjective_keeps_its_kind():
    """quotes_dev37.tsv: «به نقل از سایت فدراسیون فوتبال،» stays «سایت فدراسیون فوتبال»."""
    text = (
        "به گزارش خبرگزاری فارس به نقل از سایت فدراسیون فوتبال، اردوی تیم ملی از شنبه آغاز می‌شود.\n"
    )
    assert speaker_of(text, "اردوی تیم ملی") == "سایت فدراسیون فوتبال"


def test_according_to_this_report_after_a_body_announced_it():
    """fars-13990606000252 (quotes_dev56fa): under the agency's own byline the lead says a body
    announced the report («… مرکز اطلاعات … را اعلام کرد.»); «برپایه این گزارش، …» is its."""
    text = (
        "به گزارش خبرنگار انتظامی خبرگزاری فارس، مرکز اطلاعات و کنترل ترافیک راهور ناجا آخرین"
        " وضعیت ترافیکی محورهای کشور را اعلام کرد.\n"
        "برپایه این گزارش، ترافیک در محور کرج-چالوس نیمه سنگین است.\n"
    )
    assert speaker_of(text, "ترافیک در محور") == "مرکز اطلاعات"  # the recogniser's cut
