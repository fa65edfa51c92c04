"""Persian quote speakers, session 53 (quotes57fa, issue 21 point 3): speech verbs and clause
cues the cue list lacked (eval/labels/quotes_misses56fa.md) — light verb constructions with
their plural, perfect and honorific forms, «و بیان اینکه» and «اشاره به اینکه» with no «با»,
«نوشته که» — read strictly. Short sentences written in the style of Fars News."""

from __future__ import annotations

import pytest

from rasad.eval.quotes import analysed_document
from rasad.eval.shared import corpus_articles
from tests.support.quotes import found_quotes, speaker_of

LEAD = (
    "به گزارش خبرگزاری فارس، محمدعلی موسوی عضو کمیسیون اجتماعی مجلس در این نشست گفت: آلودگی"
    " هوای تهران به مرز هشدار رسیده است.\n"
)


def quote_opening(text: str, opening: str) -> bool:
    """Whether some quote of `text` opens with `opening`."""
    return any(q["text"].lstrip('«" ').startswith(opening) for q in found_quotes(text, "fa"))


def test_suggestion_with_that_is_a_quote_of_the_pronoun_s_person():
    """fars-8710250888 (quotes_dev56fa): «وي در ادامه پيشنهاد كرد كه …» was missed."""
    text = LEAD + "وی در ادامه پیشنهاد کرد که خیابان‌ها برای تردد اتوبوس‌ها تقسیم‌بندی شوند.\n"
    assert speaker_of(text, "خیابان‌ها برای تردد") == "محمدعلی موسوی"


def test_optimism_voiced_before_a_comma_is_a_quote():
    """fars-8306080041 (quotes_dev46b): «وي ابراز خوشبيني كرد، با گشايش …» was missed."""
    text = LEAD + "وی ابراز خوشبینی کرد، با گشایش این بانک سرمایه گذاران در این کشور فعال می‌شوند.\n"
    assert speaker_of(text, "با گشایش این بانک") == "محمدعلی موسوی"


def test_answer_after_a_question_is_a_quote():
    """fars-9003226329 (quotes_dev43b): «… پاسخ داد: …» after a long question was missed."""
    text = LEAD + (
        "وی در پاسخ به این سوال که چرا این نامه دیر منتشر شد پاسخ داد: ممکن است هر ناشری"
        " تاریخ دستی را در نظر بگیرد.\n"
    )
    assert speaker_of(text, "ممکن است هر ناشری") == "محمدعلی موسوی"


def test_statement_without_ba_before_that_is_a_quote():
    """fars-8311210018 (quotes_dev41), fars-13960626001398 (quotes_dev53fa): «و بيان اينكه» and
    «اشاره به اینکه» with no «با» were missed."""
    text = LEAD + (
        "وی با اشاره به گفت‌وگوهای مستمر با دولت و بیان اینکه این جنبش به توافق‌های بسیاری"
        " رسیده است، تصریح کرد: ما به توافق رسیدیم.\n"
    )
    assert quote_opening(text, "این جنبش به توافق‌های بسیاری")


def test_outlet_perfect_write_with_that_is_a_quote():
    """fars-13970419001282 (quotes_dev53fa): «رویترز نوشته که …» was missed."""
    text = (
        "به گزارش خبرگزاری فارس، رویترز نوشته که این افراد سه روز با مقامات سعودی مذاکره کرده‌اند.\n"
    )
    assert speaker_of(text, "این افراد سه روز") == "رویترز"


def test_plural_verb_after_a_pair_names_no_single_person():
    """fars-8410220069 (quotes_dev47d): «… انتقاد و خاطر نشان كردند:» after a pair the
    recogniser missed was given to the last man named; no quote rather than his."""
    text = LEAD + (
        "در پایان این برنامه دو استاد موسیقی از وضعیت آموزش انتقاد و خاطر نشان کردند: یکی از"
        " مهمترین مسائل نبود آموزش و پژوهش است.\n"
    )
    assert not quote_opening(text, "یکی از مهمترین مسائل")


def test_country_opening_the_clause_is_not_the_last_speaker():
    """fars-8406110175 (quotes_dev47b): «اين گزارش حاكي است، اتريش … پيشنهاد داد، …» was given
    to the man who spoke before; the country is not read as a speaker, so no quote."""
    text = LEAD + (
        "این گزارش حاکی است، اتریش در نشست وزرای خارجه اتحادیه اروپا پیشنهاد داد، ترکیه نباید"
        " به عضویت کامل این اتحادیه درآید.\n"
    )
    assert not quote_opening(text, "ترکیه نباید")


def test_verb_ending_a_source_s_sentence_leaves_the_source_its_words():
    """fars-8912230016 (quotes_dev49fa): «دو طرف بر ضرورت … تاكيد كردند.» inside the words
    after «به نقل از خبرگزاری سانا،» took them from the agency."""
    text = (
        "به گزارش فارس به نقل از خبرگزاری سانا، ایاد علاوی در دیدار دیروز خود با بشار اسد به"
        " بررسی تحولات عراق پرداخت و دو طرف بر ضرورت تداوم تلاش‌ها تاکید کردند.\n"
    )
    assert speaker_of(text, "ایاد علاوی") == "خبرگزاری سانا"


def test_light_verb_joined_by_and_is_narration():
    """Unlabelled Fars News (round quotes57fa): «… اعلام داشتند و قرار شد …» is no quote."""
    text = LEAD + (
        "نمایندگان آمادگی خود را برای حل مشکلات کارگری اعلام داشتند و قرار شد مشکلات از طریق"
        " بسیج کارگری پیگیری شود.\n"
    )
    assert not quote_opening(text, "و قرار شد")
    assert not quote_opening(text, "قرار شد")


def test_comparison_clause_makes_no_quote():
    """Unlabelled Fars News: «همانگونه که برخی از فقهاء تصریح نموده اند، …» gave «همانگونه»."""
    text = (
        "به عنوان مثال، همانگونه که برخی از فقهاء تصریح نموده اند، حاکم اسلامی در صورت فقدان"
        " پدر حق تزویج صغیر را ندارد.\n"
    )
    assert not quote_opening(text, "حاکم اسلامی در صورت")


def test_honorific_say_after_a_name_the_recogniser_missed_names_no_one_else():
    """Unlabelled Fars News: «امام صادق می‌فرماید: «…»» after another man's words was given
    to him; the name in «(ع)» is not found, so no one."""
    text = LEAD + "در روایت دیگری امام باقر (ع) می‌فرماید: «سؤال شدگان در قبر یا مؤمن محض هستند.»\n"
    assert speaker_of(text, "سؤال شدگان") != "محمدعلی موسوی"


def test_relative_clause_verb_before_another_verb_s_colon_makes_no_quote():
    """Unlabelled Fars News: «… که کامرون … پیشنهاد کردند شامل این موارد می‌باشند: …» read the
    list after the colon as the proposal's words; this round's verbs speak right before it."""
    text = (
        "چهار موضوع حیاتی که کامرون و وزرایش به اتحادیه اروپا پیشنهاد کردند شامل این موارد"
        " می‌باشند: معافیت انگلیس از اصول اساسی اتحادیه اروپا و حفظ ارزش پوند.\n"
    )
    assert not quote_opening(text, "معافیت انگلیس")


def test_since_clause_makes_no_quote():
    """Unlabelled Fars News: «از آنجا که شورای نگهبان، … را اعلام نموده که به معنای …» is a
    relative «که» ("which means"), the writer's words."""
    text = (
        "از آنجا که شورای نگهبان، صلاحیت هفت نفر از نامزدها را اعلام نموده که به معنای ملتزم"
        " بودن ایشان به قانون اساسی است، انجمن قلم از مردم دعوت کرد.\n"
    )
    assert not quote_opening(text, "به معنای ملتزم")


def test_relative_clause_verb_before_bare_words_makes_no_quote():
    """Unlabelled Fars News: the same sentence read with no colon: «… پیشنهاد کردند شامل …»."""
    text = (
        "چهار موضوع حیاتی که کامرون و وزرایش به اتحادیه اروپا پیشنهاد کردند شامل این موارد"
        " می‌باشند: معافیت انگلیس از اصول اساسی اتحادیه اروپا و حفظ ارزش پوند.\n"
    )
    assert not quote_opening(text, "شامل این موارد")


def test_proposal_of_a_thing_is_no_quote():
    """fars-8705180113 (quotes_dev47b): «… طرحي 4گزينه‌اي را پيشنهاد كرده كه شامل …» proposes a
    plan; the «که» is its relative."""
    text = (
        "سازمان ملل متحد درباره مساله کرکوک طرحی چهار گزینه‌ای را پیشنهاد کرده که شامل برگزاری"
        " انتخابات پس از سرشماری است.\n"
    )
    assert not quote_opening(text, "شامل برگزاری")


def test_role_written_in_the_clause_keeps_its_holder(shared):
    """fars-13960626001398 (quotes_dev53fa, read from the corpus): «مسؤول بسیج جامعه زنان سپاه
    کربلا مازندران اشاره به اینکه …» is the role's holder named before, not no one."""
    found = corpus_articles(shared, {"fars-13960626001398"}, ["farsnews_fa"])
    if not found:
        pytest.skip("farsnews_fa not present")
    text = found["fars-13960626001398"]["text"]
    quotes = analysed_document("fars-13960626001398", text, "fa").quotes
    said = [q["speaker_text"] for q in quotes if text[q["start"] :].startswith("25 نفر")]
    assert said == ["ام‌السادات رخشنده"]
