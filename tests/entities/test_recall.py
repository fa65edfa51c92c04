"""Names the CRF cannot see alone, on real corpus articles (issue 24, point 3): a name
announced by the word before it (منطقة الجوف, وزارة الصحة, بجامعة هارفارد) and a name written
again in the same document (بالجوف after منطقة الجوف).

The articles are read from ../shared by id; none of them is in a held-out set of eval/labels.
"""

from __future__ import annotations

import pytest

from rasad.entities.recognise import Mention, recognise, repeatable
from rasad.stages.entities import find_entities
from tests.support.articles import article_reader

ARTICLES = {
    "jawf": "snn-2015-08-02-01249",  # «منطقة الجوف», «بالجوف», «الجوف:»
    "harvard": "snn-2015-08-01-00869",  # «بجامعة هارفارد»
    "najran": "snn-2015-08-01-00518",  # «بمنطقة نجران»
}


@pytest.fixture(scope="module")
def article(shared):
    return article_reader(shared, ARTICLES)


def _found(text: str, lang: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_entities(text, lang):
        out.setdefault(m["text"], set()).add(m["type"])
    return out


def test_a_region_after_its_classifier_is_a_place_though_a_common_word(article):
    """الجوف is a common Arabic word to wordfreq: after منطقة it is the region (and the
    gazetteer now lists the province, so it is found in the byline too)."""
    text = article("jawf")["text"]
    spans = [(m.start, m.end) for m in recognise(text, "ar") if m.text == "الجوف"]
    assert any(text[s - 6 : s] == "منطقة " for s, _ in spans)


def test_a_name_is_the_same_name_where_the_document_writes_it_again(article):
    text = article("jawf")["text"]
    found = [m for m in find_entities(text, "ar") if m["text"] == "الجوف"]
    behind_b = [m for m in found if text[m["start"] - 1] == "ب"]  # بالجوف, the ب left out
    assert len(found) >= 4 and behind_b and {m["type"] for m in found} == {"GPE"}


def test_head_words_begin_an_organization_and_a_proclitic_stays_outside(article):
    found = _found(article("harvard")["text"], "ar")
    assert "جامعة هارفارد" in found and "بجامعة هارفارد" not in found
    assert found["جامعة هارفارد"] == {"ORG"}


def test_a_classifier_behind_a_proclitic(article):
    assert _found(article("najran")["text"], "ar").get("نجران") == {"GPE"}


def test_generic_words_after_a_classifier_are_no_place():
    text = "أقامت القوات منطقة عازلة في منطقة العمليات قرب الحدود."
    assert not [m for m in recognise(text, "ar") if m.text in ("عازلة", "العمليات")]


@pytest.mark.parametrize(
    ("mention", "times", "expected"),
    [
        (Mention(0, 5, "أرامكو", "ORG"), 1, True),
        (Mention(0, 5, "الطاقة", "ORG"), 1, False),  # a common noun the CRF read once
        (Mention(0, 5, "الهلال", "ORG"), 2, True),  # a club named by a common word, twice
        (Mention(0, 5, "رفائيل", "PER"), 1, False),  # one-word persons: surnames only
        (Mention(0, 5, "ريال", "MISC"), 1, False),
    ],
)
def test_which_names_repeat(mention, times, expected):
    assert repeatable(mention, "ar", times) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("الملك سلمان بن عبدالعزيز آل سعود يزور الرياض", "سلمان بن عبدالعزيز آل سعود"),
        ("قتل أبو مهدي المهندس في بغداد", "أبو مهدي المهندس"),
        ("قال عبد الرحمن العازمي إن", "عبد الرحمن العازمي"),
    ],
)
def test_a_person_name_grows_over_the_words_that_bind_it(text, name):
    assert name in [m.text for m in recognise(text, "ar") if m.type == "PER"]


def test_a_listed_name_leaves_its_proclitics_outside_its_span():
    """و[بالقاهرة], ل[لسعودية] (after لل the article's ل stays), and a name's own first
    letter (بغداد, لبنان) is kept."""
    text = "اجتمع بالرياض مع وفد من بغداد وبالقاهرة وللسعودية ولبنان."
    assert [m["text"] for m in find_entities(text, "ar")] == [
        "الرياض",
        "بغداد",
        "القاهرة",
        "لسعودية",
        "لبنان",
    ]


def test_clubs_after_a_word_for_clubs():
    """A club named after a region is the club after نادي (نادي الخليج is no gulf), and a
    plural word for clubs announces each name of its list (snn-2015-08-02-00355)."""
    text = "رفضت إدارة نادي الخليج العروض المقدمة من أندية الأهلي، الاتحاد، والنصر لضم الحارس"
    assert [(m["text"], m["type"], m["canonical"]) for m in find_entities(text, "ar")] == [
        ("الخليج", "ORG", None),
        ("الأهلي", "ORG", None),
        ("الاتحاد", "ORG", None),
        ("النصر", "ORG", None),
    ]


def test_an_outlet_quoted_after_li_and_a_space():
    text = 'وقال لـ "الاقتصادية": "اللاعبون الذين غادروا خلال الفترة الماضية".'
    assert [m["text"] for m in find_entities(text, "ar")] == ["الاقتصادية"]
