"""Framing targets set against the term (issue 25 point 2, round framing76): what a resistance
resists, whose enemies act, and a later group after a demonstrative term are not whom the term
is applied to; an aggression noun's possessive pronoun names its doer; «القاعدة» in a report on
an air base is the base; a deeming verb designates only after a relative pronoun. Short
excerpts of Fars News and SaudiNewsNet sentences, each with its article."""

from __future__ import annotations

from rasad.stages.framing import designator_before, folded
from tests.support.framing import term_written


def test_the_enemy_the_resistance_forces_face_is_not_the_resistance():
    # fars-8612260219 (framing_dev76fa): Islamic Jihad's spokesman
    text = (
        "وي تاكيد كرد: ديگر مجالي براي سخن گفتن از تلاش براي آتش\u200cبس باقي نمانده است، مردم "
        "فلسطين و نيروهاي مقاومت هيچ\u200cگاه نمي\u200cتوانند آتش\u200cبس را با خواست و شرايط دشمن "
        "صهيونيستي بپذيرند."
    )
    assert term_written(text, "fa", "مقاومت")["target"] != "Israel"


def test_the_attacks_resisted_are_not_the_resisters():
    # fars-8803230471 (framing_dev76fa): a message on the Palestinians
    text = (
        "هم اكنون مردم فلسطين به چه آرماني تكيه كرده\u200cاند كه بي\u200cمحابا و با دست خالي در برابر "
        "حملات وحشيانه صهيونيست ها مقاومت مي\u200cكنند؟"
    )
    assert term_written(text, "fa", "مقاومت")["target"] != "Israel"


def test_whose_enemies_attacked_is_not_the_aggressor():
    # fars-8904260246 (framing_dev76fa): the IRGC in the eight years' war
    text = (
        "سپاه در طول  هشت سال دفاع مقدس با \u200cمديريت صحيح در جنگ توانست در عرصه\u200cهاي نظامي "
        "در برابر تهاجم دشمنان اسلام و ايران بايستد."
    )
    assert term_written(text, "fa", "تهاجم")["target"] != "Iran"


def test_a_demonstrative_regime_defeated_by_a_group_is_its_antecedent():
    # fars-8607210173 (framing_dev76fa): the Leader's Eid sermon as SANA reported it
    text = (
        "آيت الله خامنه\u200cاي اين كنفرانس را خدعه و تلاش مأيوسانه از جانب آمريكا براي نجات رژيم "
        "اشغالگر اسرائيل بعد از شكست سنگين اين رژيم به\u200cدست حزب\u200cالله لبنان در تابستان سال "
        "2006 دانستند."
    )
    assert term_written(text, "fa", "رژيم", nth=1)["target"] == "Israel"


def test_the_aggression_noun_with_a_pronoun_is_the_states_before_it():
    # snn-2015-08-01-00968 (framing_dev70ar): the Arab League on Jerusalem
    text = (
        "واعتبر أن القدس بحاجة ماسة لوقفة عربية وإسلامية جدية، وفاعلة، وقادرة على ردع ومحاسبة "
        "إسرائيل على عدوانها المتواصل ضد المدينة المقدسة."
    )
    assert term_written(text, "ar", "عدوانها")["target"] == "Israel"


def test_the_air_base_is_not_al_qaeda():
    # snn-2015-08-04-00908 (framing_dev70ar): al-Anad air base
    text = (
        "قاعدة العند تعتبر أكبر قاعدة جوية عسكرية في اليمن، وتقع في العند بمحافظة لحج.\n"
        "وأنشأ البريطانيون القاعدة إبان احتلالهم لجنوب اليمن."
    )
    assert term_written(text, "ar", "احتلالهم")["target"] != "al-Qaeda"


def test_al_qaeda_by_its_full_name_is_still_read_beside_a_base():
    # snn-2015-08-03-00154 (framing_dev42), after snn-2015-08-04-00908's air-base sentence: the
    # full name «تنظيم القاعدة» keeps the group
    text = (
        "قاعدة العند تعتبر أكبر قاعدة جوية عسكرية في اليمن، وتقع في العند بمحافظة لحج.\n"
        "مد أجل النطق بالحكم في قضية اتهام 68 إرهابيا بارزا، من بينهم محمد الظواهري، شقيق أيمن "
        "الظواهري زعيم تنظيم القاعدة، بإنشاء وإدارة تنظيم إرهابي يرتبط بتنظيم القاعدة، يستهدف "
        "منشآت الدولة."
    )
    assert term_written(text, "ar", "إرهابي")["target"] == "al-Qaeda"


def test_a_deeming_verb_designates_only_after_a_relative_pronoun():
    # snn-2015-08-04-00211 (framing_dev50): «حزب العمال الذي تعده أنقرة منظمة إرهابية»
    with_relative = folded("حزب العمال الكردستاني الذي تعده أنقرة")
    alone = folded("وهو برنامج يعده المركز")
    assert designator_before(with_relative, len(with_relative) - len("أنقرة"), "ar")
    assert not designator_before(alone, len(alone) - len("المركز"), "ar")


SPOKESMAN = (
    "وي در پايان اين كنفرانس مطبوعاتي در خصوص برخورد جمهوري اسلامي با پديده عمليات تروريستي رژيم "
    "صهيونيستي در خارج از فلسطين، گفت: رژيم صهيونيستي مذاكره بردار نيست و از مذاكره براي وقت "
    "خريدن براي سركوب بيشتر سوءاستفاده مي\u200cكند و براي ما خيلي عجيب نيست و ماهيت اين رژيم را "
    "مي\u200cشناسيم و جنايات اين رژيم تاييدي است بر تحليل و برداشتهاي جمهوري اسلامي ايران از اين "
    "وقايع."
)


def test_a_demonstrative_regime_points_back_through_another():
    # fars-8307120083 (framing_dev76fa): the foreign ministry spokesman; the second «اين رژيم»
    # points back through the first to «رژيم صهيونيستي»
    assert term_written(SPOKESMAN, "fa", "رژيم", nth=1)["target"] == "Israel"


def test_a_crime_noun_before_a_demonstrative_is_not_repeated_from_before():
    # fars-8307120083 (framing_dev76fa): «جنايات اين رژيم» are this regime's, not America's
    # whose crimes the same article named earlier
    earlier = (
        "آصفي همچنين جنايات اخير آمريكا در سامرا كه بر اثر آن بسياري از افراد بيگناه كشته شدند "
        "را غير قابل توجيه بيان كرد و گفت: اين امر نشان مي دهد كه آمريكا از هيچ چيز "
        "نمي\u200cترسد.\n"
    )
    assert term_written(earlier + SPOKESMAN, "fa", "جنايات", nth=1)["target"] != "United States"
