"""What a user saw on the whole archive (session 45, eval/labels/types45.md): companies named by
their brand alone in the place, person and MISC lists — "Sony" and "Apple" as places, "Yahoo" and
"Rosneft" as people, "WorldCom" and "Gazprom" as MISC (data/gazetteers/companies.tsv) —, and
common words as entities of their own («كورنيش», «بريف», Persian «مان», «ویروس کرونا»,
«بالإسلام»: data/gazetteers/no_entity_words.tsv). Sentences from the corpus (BBC News,
SaudiNewsNet, Fars News, NTREX)."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def _types(text: str, lang: str) -> dict[str, str]:
    return {m["text"]: m["type"] for m in find_entities(text, lang)}


def test_sony_and_microsoft_in_a_games_story_are_companies():
    text = (
        "Microsoft, Sony and Nintendo are expected to release new consoles. "
        "Sony and Microsoft have both reduced console prices."
    )
    types = _types(text, "en")
    assert types.get("Sony") == "ORG"
    assert types.get("Microsoft") == "ORG"


def test_apple_suing_reporters_is_a_company():
    text = "Apple wants the reporters to reveal their sources. Apple is particularly keen to find them."
    assert _types(text, "en").get("Apple") == "ORG"


def test_yahoo_earning_money_is_a_company():
    text = "During the same quarter, Yahoo earned $187m, again tipping analysts' forecasts."
    assert _types(text, "en").get("Yahoo") == "ORG"


def test_russian_oil_firms_are_companies():
    text = (
        "The owners of embattled Russian oil giant Yukos are to ask the buyer of its former "
        "production unit to pay back a loan. State-owned Rosneft bought the Yugansk unit. "
        "Rosneft, meanwhile, has agreed to merge with Gazprom."
    )
    types = _types(text, "en")
    assert types.get("Yukos") == "ORG"
    assert types.get("Rosneft") == "ORG"
    assert types.get("Gazprom") == "ORG"


def test_worldcom_of_a_fraud_trial_is_a_company():
    text = (
        "Lawyers defending former WorldCom chief Bernie Ebbers against a battery of fraud charges."
    )
    assert _types(text, "en").get("WorldCom") == "ORG"


def test_sony_in_arabic_is_the_company():
    text = (
        "يع الأنواع – ابتداء من مجموعات الإنتاج الفني، مثل سوني، إلى شركات التجزئة وشركات التأمين."
    )
    assert _types(text, "ar").get("سوني") == "ORG"


def test_camels_are_no_apple():
    text = "وأكد أن مهرجان الإبل يجذب آلاف الزوار كل عام إلى المنطقة."
    assert all(m["type"] != "ORG" for m in find_entities(text, "ar"))


def test_a_product_name_keeps_its_reading():
    """A company's name gives the recognizer no gazetteer tag: the names around it read as
    before (as a tag it turned "Apple Powerbook" into a place)."""
    text = "The Apple Powerbook 100 has been chosen as the greatest gadget of all time."
    assert all(m["type"] != "LOC" for m in find_entities(text, "en"))


def test_a_corniche_alone_is_no_place():
    """«كورنيش» alone ("corniche") is no entity; the city after it is (types45)."""
    text = "اعتبر عدد من رواد كورنيش جدة قرار مجلس الوزراء بتأمين الشواطئ خطوة مهمة."
    found = [m["text"] for m in find_entities(text, "ar")]
    assert "كورنيش" not in found


def test_in_the_countryside_of_is_no_place():
    """«بريف حلب»: «بريف» is ب + ريف, "in the countryside of", no place of its own."""
    text = "وشن جيش الفتح، أمس، هجومًا واسعًا على منطقة حوض اليرموك بريف درعا، الخاضعة لسيطرة لواء شهداء اليرموك."
    assert "بريف" not in [m["text"] for m in find_entities(text, "ar")]


def test_the_persian_suffix_our_is_no_place():
    text = "امسال باید تمام تلاش مان را بکنیم تا آن خاطره تلخ را جبران کنیم."
    assert "مان" not in [m["text"] for m in find_entities(text, "fa")]


def test_common_arabic_words_are_no_entities():
    texts = [
        "لقوا مصرعهم وتدمّر كل شيء في مسارها. وعقبت أمواج تسونامي زلزال بقوة 7.5 درجات.",
        "وقالت إن القوات المتمركزة خارج أسوار قضاء الفلوجة أطلقت قذائف الهاون والدبابات بشكل عشوائي.",
        "وأوضح أن الحريق اندلع في المحل والتي لم ينتج عنها أي إصابات، ولله الحمد.",
        "خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز -يرحمه الله- بمغفرته ويسكنه فسيح جناته.",
    ]
    found = {m["text"] for text in texts for m in find_entities(text, "ar")}
    assert not {"تسونامي", "الهاون", "ولله الحمد", "يرحمه"} & found


def test_islam_behind_a_proclitic_is_no_entity():
    """A religion or scripture of not_entities.tsv behind a proclitic is that word (types45)."""
    texts = [
        "مؤكدا أن تنظيم داعش ليس له علاقة بالإسلام، وأن أفعاله مرفوضة.",
        "حيث بدأ برنامج الحفل بالقرآن الكريم رتل آياته الأستاذ عبدالله.",
    ]
    found = {m["text"] for text in texts for m in find_entities(text, "ar")}
    assert not {"بالإسلام", "بالقرآن"} & found


def test_the_coronavirus_is_no_place():
    text = "با افزایش شمار مبتلایان ویروس کرونا در آمریکا به ۵۶۰۴۳ نفر، نگرانی‌ها بیشتر شد."
    found = find_entities(text, "fa")
    assert "ویروس کرونا" not in [m["text"] for m in found]
    assert ("آمریکا", "GPE") in [(m["text"], m["type"]) for m in found]
