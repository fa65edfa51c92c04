"""Arabic clubs set against each other in a match report (issue 24, session 38), on real
SaudiNewsNet sentences (entities_dev36/37 articles; the first words of the first two
adapted so that each sentence reports a game): a listed club name that is a common word too (الهلال, النصر) after
«أمام» or joined by و to another club is a club, and only where the article reports a game."""

from __future__ import annotations

from tests.support.entities import arabic as names


def test_a_listed_club_after_versus_in_a_match_report():
    text = (
        "وأكد مدرب الفريق أن اللاعبين جاهزون للتشكيلة التي ينوي الدخول بها في مواجهة السوبر "
        "أمام الهلال المقررة في 12 من أغسطس الجاري."
    )
    assert ("الهلال", "ORG") in names(text)


def test_two_listed_clubs_joined_by_wa_in_a_match_report():
    text = "انتهت المباراة التي جمعت قطبي العاصمة الهلال والنصر، وتوج الأول بلقبها بركلات الترجيح."
    assert {("الهلال", "ORG"), ("النصر", "ORG")} <= names(text)


def test_no_club_outside_a_match_report():
    text = "وقف الوزير أمام الشباب في الجامعة وتحدث عن الهلال والنصر في التاريخ."
    assert not {t for t, _ in names(text)} & {"الشباب", "الهلال", "النصر"}


def test_an_unlisted_word_after_versus_is_no_club():
    text = "وقال لاعب الفريق إن المباراة أمام الجمهور كانت صعبة."
    assert "الجمهور" not in {t for t, _ in names(text)}
