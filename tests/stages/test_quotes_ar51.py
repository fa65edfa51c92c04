"""Arabic quote speakers, session 51 (quotes51ar; issue 21 point 3), from the failures of a fourth
development set drawn at random (quotes_dev51ar.tsv): unnamed sources «داخل» a body, a named
person's relative as the speaker, a name cut after its title, a name between commas after a role.
Short sentences in the style of the SaudiNewsNet articles of quotes_dev51ar.tsv."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def analysed(text: str) -> Document:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return doc


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in find_quotes(analysed(text))]


def test_sources_inside_a_club_speak_not_the_club():
    """snn-2015-08-04-00476: «وقالت مصادر داخل نادي الإسماعيلي أن …» was «نادي الإسماعيلي»."""
    text = (
        "ينتظر مجلس إدارة النادي الأهلي المصري موافقة رسمية من مجلس إدارة الإسماعيلي برئاسة"
        " العميد محمد أبو السعود.\n"
        "وقالت مصادر داخل نادي الإسماعيلي أن مجلس الإدارة يجد صعوبة في إرسال الموافقة."
    )
    assert speakers(text) == ["مصادر داخل نادي الإسماعيلي"]


def test_a_relative_of_a_named_man_speaks_not_the_man():
    """snn-2015-08-03-01173: «وقال أحد أبناء الحرفي محمد حسين مسعد (رحمه الله): …» was the
    father, who had died."""
    text = (
        "قدم الأمير دعما ماديا لأسرة الحرفي سعيد علي القحطاني الذي وافته المنية.\n"
        "وقال أحد أبناء الحرفي سعيد علي القحطاني (رحمه الله): إن هذا الدعم غير مستغرب من"
        " سمو الأمير."
    )
    assert speakers(text) == ["أحد أبناء الحرفي سعيد علي القحطاني"]


def test_the_man_named_after_a_kin_word_of_a_name_part_is_kept():
    """«ابن» joins a name's parts: «وقال عبدالله ابن سعيد …» is not a relative's phrase."""
    text = "وقال المهندس عبدالله بن سعيد الغامدي إن المشروع سينتهي قريبا."
    assert speakers(text) == ["عبدالله بن سعيد الغامدي"]


def test_a_given_name_after_a_title_that_is_also_an_adjective_is_kept():
    """snn-2015-08-01-00626: «كشف د. موفق محمد أبو طالب …» was «محمد أبو طالب»."""
    text = "كشف د. موفق سعيد الزهراني مدير إدارة الحج بالمنطقة أن التجهيز يتطلب وقتا كافيا."
    assert speakers(text) == ["موفق سعيد الزهراني"]


def test_a_family_name_that_is_also_a_nisba_is_kept_after_a_one_word_name():
    """snn-2015-08-01-00775: «المهندس ممدوح عراقي أن …» was «ممدوح»."""
    text = "أوضح رئيس البلدية المهندس ممدوح عراقي أن الإزالة تمت بمشاركة الجهات الأمنية."
    assert speakers(text) == ["ممدوح عراقي"]


def test_a_name_between_commas_after_a_role_speaks():
    """snn-2015-08-04-00159: «وقال رئيس اتحاد المسلمين في الولاية، أفنين ألتينر، …: «…»» was
    the role, the name unrecognised."""
    text = (
        "حذرت اتحادات إسلامية في الولاية من مخاطر خطباء الكراهية. وقال رئيس اتحاد المسلمين"
        " في الولاية، أفنين ألتينر، في تصريحات لصحيفة ألمانية: «يتعين على الدولة أن تعلن"
        " بوضوح أننا ضد التطرف»."
    )
    assert speakers(text) == ["أفنين ألتينر"]
