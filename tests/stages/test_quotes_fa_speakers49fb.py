"""Persian quote speakers, session 49 (quotes49fa2, issue 21 point 3): the failure kinds of
quotes_dev49fb.tsv — clauses after «با تصریح اینکه» and «با تاکید بر این مطلب که», a role
first written as the one the last speaker met, a name after «دولت». Short sentences written in
the style of Fars News."""

from __future__ import annotations

from tests.support.quotes import found_quotes, speaker_of


def test_a_clause_after_stating_explicitly_that_is_a_quote():
    """fars-8611270606: «مدير گروه … با تصريح اينكه X گفت: Y» — X is the speaker's words too,
    as after «با بیان اینکه»."""
    text = (
        "به گزارش خبرگزاري فارس از شيراز، علي مزارعي امروز در جمع خبرنگاران گفت: اين گروه"
        " روز پنجشنبه شيراز را ترك كرد.\nمدير گروه كوهنوردي دانشگاه شيراز با تصريح اينكه هيچ"
        " يك از اعضاي اين گروه ناپديد نشده است گفت: اين موضوع يك سوء‌تفاهم بوده است.\n"
    )
    assert speaker_of(text, "هيچ يك از اعضاي") == "علي مزارعي"


def test_a_noun_of_the_phrase_before_that_is_still_a_clause():
    """fars-8704030155: «سرمربي با تاكيد بر اين مطلب كه X، افزود: Y» — «اين مطلب كه» is
    «اينكه» written out: X is a quote."""
    text = (
        "به گزارش خبرگزاري فارس، محمد ابراهيم پس از بازي اظهار داشت: از ميزباني خوب ايراني‌ها"
        " تشكر مي‌كنم.\nسرمربي با تاكيد بر اين مطلب كه در اين مسابقه شش بازيكن اصلي‌ را به همراه"
        " نداشتيم، افزود: تغييرات اجباري در تركيب اعمال كردم.\n"
    )
    assert speaker_of(text, "در اين مسابقه شش") == "محمد ابراهيم"


def test_a_stating_phrase_over_a_noun_is_no_quote():
    """«با تصریح به نقش مردم در …، گفت» — no clause: only the main verb quotes."""
    text = (
        "به گزارش خبرگزاری فارس، علی احمدی با تصریح به نقش مردم در انتخابات گفت: حضور مردم"
        " مهم است.\n"
    )
    assert [q["text"][:4] for q in found_quotes(text, "fa")] == ["حضور"]


def test_a_role_first_written_as_the_one_met_is_not_the_last_speaker():
    """fars-13981203000643: «محمد سعیدی کیا در دیدار با استاندار خراسان رضوی اظهار کرد» …
    «استاندار خراسان رضوی هم … گفت» then «علیرضا رزم حسینی افزود» — the governor is the one
    met, named in the next sentence, not the visitor."""
    text = (
        "به گزارش خبرگزاری فارس از مشهد به نقل از اداره کل روابط عمومی استانداری خراسان رضوی،"
        " محمد سعیدی کیا در دیدار با استاندار خراسان رضوی اظهار کرد: عملیات اجرایی پروژه از"
        " امروز آغاز می‌شود.\nاستاندار خراسان رضوی هم در این دیدار گفت: بنیاد مستضعفان عملکرد"
        " بسیار خوبی داشته است.\nعلیرضا رزم حسینی افزود: واحدهای مسکونی از کیفیت مناسبی"
        " برخوردار است.\n"
    )
    assert speaker_of(text, "بنیاد مستضعفان") == "علیرضا رزم حسینی"


def test_the_one_met_who_spoke_since_keeps_the_role():
    """fars-8207110046 (quotes_dev48b.tsv): «توزمن … در ديدار با وزير مسكن» … «عبدالعلي زاده …
    اظهار داشت» … «وزير مسكن گفت» — the minister met spoke last: the role is his."""
    text = (
        "به گزارش خبرگزاري فارس، كورشات توزمن كه در ديدار با وزير مسكن ايران سخن مي‌گفت، اظهار"
        " داشت: تركيه مايل به همكاري است.\nدر اين مراسم همچنين عبدالعلي زاده اظهار داشت:"
        " زمينه همكاري فراهم است.\nوزير مسكن گفت: ايران مايل به سرمايه‌گذاري خارجي است.\n"
    )
    assert speaker_of(text, "ايران مايل") != "كورشات توزمن"


def test_a_pronoun_is_not_the_name_a_government_is_called_by():
    """fars-8305040220: «احمد فياض بخش … را موفقيت بزرگ دولت خاتمي خواند. وي گفت» — «وي» is the
    one who spoke of the government, not the president it is named after."""
    text = (
        "به گزارش خبرگزاري فارس به نقل از روابط عمومي شركت سرمايه‌گذاري بانك ملي ايران، احمد"
        " فياض بخش مدير عامل شركت سرمايه‌گذاري و توسعه صنايع سيمان، توليد سيمان را موفقيت بزرگ"
        " دولت خاتمي خواند.\nوي گفت: ايران مي‌تواند به مركز مهم توليد سيمان تبديل شود.\n"
    )
    assert speaker_of(text, "ايران مي‌تواند") == "احمد فياض بخش"
