"""Arabic names the recogniser cut short and that became wrong quote speakers (session 47,
helper arnames47b, found on quotes_dev47c and quotes_dev47): a body's mission abroad, a
ministry's joined portfolios, an office holder named after a title and a nationality; on short
real sentences of the SaudiNewsNet corpus."""

from __future__ import annotations

from tests.support.entities import arabic as names


def of_type(text: str, kind: str) -> set[str]:
    return {t for t, k in names(text) if k == kind}


def test_a_mission_abroad_is_one_organisation():
    text = "وفي اطار اخر أكدت بعثة الأمم المتحدة في العراق أن 1332 عراقيا قتلوا نتيجة لأعمال العنف."
    assert "بعثة الأمم المتحدة في العراق" in of_type(text, "ORG")
    # without a mission word, the body and the country stay apart
    text = "وقالت الأمم المتحدة في العراق إن العنف أودى بحياة المئات."
    assert "الأمم المتحدة" in of_type(text, "ORG")


def test_a_ministry_goes_on_over_its_joined_portfolios_and_nationality():
    text = "وذكرت وزارة الشؤون الداخلية والاتصالات أن مؤشر أسعار المستهلكين الأساسي ارتفع."
    assert "وزارة الشؤون الداخلية والاتصالات" in of_type(text, "ORG")
    text = "وذكرت وزارة الاقتصاد والتجارة والصناعة اليابانية في بيان أن الناتج الصناعي يتقلب."
    assert "وزارة الاقتصاد والتجارة والصناعة اليابانية" in of_type(text, "ORG")


def test_an_office_holder_after_a_title_and_a_nationality():
    text = "وكان رئيس الوزراء اليوناني ألكسيس تسيبراس صرح في البرلمان أنه طلب من وزير المالية."
    assert "ألكسيس تسيبراس" in of_type(text, "PER")
    text = "وقال رئيس الوزراء البريطاني اليوم إن الحكومة ستدرس الأمر."
    assert of_type(text, "PER") == set()
