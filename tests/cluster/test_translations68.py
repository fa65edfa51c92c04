"""Round stories68: a thin neighbourhood joins no story on likeness of text alone; a story's
title is a headline, never a piece of running text."""

from __future__ import annotations

import numpy as np
import pytest

from rasad.analysis.stories import central_title, is_headline
from rasad.cluster.index import StoryIndex, language_key
from rasad.model import Document

DIM = 64
EN, AR = language_key("en"), language_key("ar")


def basis(i: int) -> np.ndarray:
    return np.eye(DIM, dtype=np.float32)[i]


def near(i: int, cosine: float, j: int | None = None, other: float = 0.0) -> np.ndarray:
    """A unit vector at `cosine` to basis vector i (and `other` to basis vector j)."""
    v = cosine * basis(i) + (other * basis(j) if j is not None else 0)
    rest = max(1 - cosine**2 - other**2, 0.0) ** 0.5
    return (v + rest * basis(DIM - 1)).astype(np.float32)


def archive(index: StoryIndex, n: int = 10) -> None:
    """n English stories, each its own (a neighbourhood of CANDIDATES stories or more)."""
    for i in range(n):
        index.add(f"en{i}", basis(i), None, {EN, f"PER:name{i}"})


def test_a_thin_neighbourhood_joins_no_story_on_likeness_of_text_alone():
    """A new archive: the second article (a referendum on a country's name) is like the first
    (an assembly's row over its members' name) and shares no name with it."""
    index = StoryIndex(dim=DIM)
    index.add("welsh", basis(0), None, {EN, "GPE:Wales"})
    assert index.add("macedonia", near(0, 0.45), None, {EN, "GPE:Greece"}).story != "s1"
    index = StoryIndex(dim=DIM)
    index.add("welsh", basis(0), None, {EN, "GPE:Wales"})
    assert index.add("welsh2", near(0, 0.45), None, {EN, "GPE:Wales"}).story == "s1"
    index = StoryIndex(dim=DIM)
    index.add("welsh", basis(0), None, {EN})
    assert index.add("copy", near(0, 0.9), None, {EN}).story == "s1"  # one event's cosine


@pytest.mark.parametrize(
    ("title", "lang", "headline"),
    [
        ("And Women Need to Wield It.", "en", False),
        ("وللنساء الحق في استخدامه.", "ar", False),
        ("Trump rallies in West Virginia", "en", True),
        ("والكهرباء أهم من الحب أحيانا", "ar", True),  # a column's headline, no full stop
        ("حزب العمال لم يعد حزبًا ذو آراء متنوعة بعد الآن.", "ar", True),  # a translated one
        ("وزير الصحة يكتب لعمال الاتحاد الأوروبي", "ar", True),  # «وزير»: no conjunction
        ("والي الرياض يفتتح المعرض.", "ar", True),  # «والي» governor
        ("إنَّ الله لا يُحِبُّ الْفَرِحِين: ولكنَّ ذلك ليْسَ على إطْلاقِهِ (2 ـ 5):", "ar", True),
        ("Trump said at a rally in Wheeling,", "en", False),
    ],
)
def test_is_headline(title: str, lang: str, headline: bool):
    assert is_headline(title, lang) is headline


def doc(doc_id: str, lang: str, title: str | None) -> Document:
    return Document(id=doc_id, source=doc_id, text="text", lang=lang, title=title)


def test_a_fragment_gives_no_story_its_title_when_a_member_has_a_headline():
    docs = [
        doc("en", "en", "And Women Need to Wield It."),
        doc("fa", "fa", "Rage is a tool for women"),
    ]
    assert central_title(docs, {}) == "Rage is a tool for women"


def test_a_story_of_fragments_only_is_untitled():
    docs = [doc("en", "en", "And Women Need to Wield It."), doc("ar", "ar", None)]
    assert central_title(docs, {}) is None
    assert central_title([doc("ar", "ar", None)], {}) == "text"  # untitled: its text, as before
