"""Multi-part Arabic names fixed on entities_dev48 (session 48: a lineage word after the name
the tagger stopped at, a compound given name in «الله», a family name before a role or after
a father's name closed by a day word, a middle name dropped later in the article), on short
sentences written as SaudiNewsNet writes them."""

from __future__ import annotations

from rasad.stages.entities import find_entities
from tests.support.entities import arabic as names


def people(text: str) -> set[str]:
    return {t for t, k in names(text) if k == "PER"}


def test_a_lineage_word_after_the_name_carries_it_on():
    text = (
        "وقالت الشيخة مي بنت محمد آل خليفة رئيسة هيئة البحرين للثقافة والآثار إن المهرجان "
        "ينطلق من سترة."
    )
    assert "مي بنت محمد آل خليفة" in people(text)


def test_allah_ends_a_compound_given_name_and_opens_none():
    text = "قام نائب مدير عام الجوازات اللواء ضيف الله بن سطام الحويفي بزيارة تفقدية للمقر."
    assert "ضيف الله بن سطام الحويفي" in people(text)
    # a pious formula before «الله» is no part of the name
    text = "صاحب السمو الملكي الأمير نايف بن عبدالعزيز رحمه الله مع إطلاق وقف خيري لسموه."
    assert people(text) == {"نايف بن عبدالعزيز"}


def test_a_family_name_that_is_a_common_word_before_a_role():
    text = "وقال الشيخ أحمد الفهد الصباح رئيس المجلس الأولمبي الآسيوي في تصريح للصحفيين."
    assert "أحمد الفهد الصباح" in people(text)
    # a day between a name and a role is no family name
    text = "استقبل الأمير محمد بن نايف الأربعاء نائب الرئيس الأمريكي في قصر السلام."
    assert "محمد بن نايف الأربعاء" not in people(text)


def test_a_family_name_after_the_fathers_name_closed_by_a_day_word():
    text = (
        "استقبل المستشار بالديوان الملكي الدكتور عبدالله بن عبدالعزيز الربيعة اليوم، وزيرة "
        "الإعلام اليمنية بمقر المركز بالرياض."
    )
    assert "عبدالله بن عبدالعزيز الربيعة" in people(text)
    # an object after the father's name is no family name
    text = "افتتح الأمير فيصل بن بندر المعرض اليوم بحضور عدد من المسؤولين."
    assert "فيصل بن بندر" in people(text)


def test_a_name_with_its_middle_name_is_one_entity_with_the_name_without_it():
    text = (
        "وصل رئيس الوزراء اليمني خالد محفوظ بحاح إلى الرياض أمس. وقال خالد بحاح إن الحكومة "
        "ستعود إلى عدن قريبا."
    )
    mentions = [m for m in find_entities(text, "ar") if m["type"] == "PER"]
    assert [m["text"] for m in mentions] == ["خالد محفوظ بحاح", "خالد بحاح"]
    assert mentions[0]["entity"] == mentions[1]["entity"]


def test_a_middle_named_name_keeps_its_surnames_when_it_joins_the_short_form():
    text = (
        "وأوضح مدير المركز إبراهيم حسن العسيري أن البرنامج يستمر شهرا. وأضاف العسيري أن "
        "المشاركين تجاوزوا مئة. وقال إبراهيم العسيري إن الدعم مستمر."
    )
    mentions = [m for m in find_entities(text, "ar") if m["type"] == "PER"]
    assert {m["text"] for m in mentions} == {"إبراهيم حسن العسيري", "العسيري", "إبراهيم العسيري"}
    assert len({m["entity"] for m in mentions}) == 1


def test_a_longer_chain_of_a_known_person_is_that_person_in_every_script():
    text = (
        "وأكد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد أن الرؤية "
        "واضحة. وقال الأمير محمد بن سلمان إن العمل مستمر."
    )
    english = find_entities("Mohammed bin Salman said on Monday that oil prices would rise.", "en")
    keys = {m["entity"] for m in find_entities(text, "ar") if m["type"] == "PER"}
    assert keys == {english[0]["entity"]}
