"""Round stories74: a rare name meets its spelling in another script (a translation standing
out towards its original's story), and a story is titled by the original's headline, not by a
translation's rendering of it."""

from __future__ import annotations

import numpy as np

from rasad.analysis.stories import central_title, untranslated
from rasad.cluster.index import StoryIndex, counted_keys, language_key, spelt_across, untyped
from rasad.cluster.sounds import sound_keys
from rasad.entities.link import mention_key
from rasad.model import Document

DIM = 64
EN, AR = language_key("en"), language_key("ar")


def basis(i: int) -> np.ndarray:
    return np.eye(DIM, dtype=np.float32)[i]


def near(i: int, cosine: float) -> np.ndarray:
    """A unit vector at `cosine` to basis vector i."""
    rest = max(1 - cosine**2, 0.0) ** 0.5
    return (cosine * basis(i) + rest * basis(DIM - 1)).astype(np.float32)


def keys_of(*mentions: tuple[str, str, str | None], lang: str) -> set[str]:
    """A document's entity and sound keys, as the story stage builds them."""
    entities = {mention_key(text, kind, canonical, lang) for text, kind, canonical in mentions}
    return entities | sound_keys(mentions) | {language_key(lang)}


def test_one_person_in_two_scripts_has_one_sound_key_but_two_entity_keys():
    english = keys_of(("Brett Kavanaugh", "PER", None), lang="en")
    arabic = keys_of(("بريت كافانو", "PER", None), lang="ar")
    assert not untyped(english) & untyped(arabic)  # skeletons `brt knq` and `brt kfn`
    assert "%brt kfn" in sound_keys([("Brett Kavanaugh", "PER", None)])
    assert english & arabic == {"%brt kfn"}


def test_a_listed_place_meets_its_unlisted_latin_spelling():
    """Holyoke, linked to the gazetteer in the Arabic translation, a written form in its
    English original."""
    assert sound_keys([("Holyoke", "LOC", None)]) == sound_keys([("هوليوك", "GPE", "Holyoke")])


def test_sound_keys_are_no_entity_names_but_are_counted():
    keys = keys_of(("Brett Kavanaugh", "PER", None), lang="en")
    assert "%brt kfn" not in untyped(keys)
    assert "%brt kfn" in counted_keys(keys)


def test_a_one_word_arabic_script_name_has_no_coarse_skeleton():
    """«كافانو» alone: three consonants meet too many names."""
    assert sound_keys([("كافانو", "PER", None)]) == set()


def archive() -> StoryIndex:
    """Ten English stories, each with a person of its own (a rare name) and Europe."""
    index = StoryIndex(dim=DIM)
    people = ["Brett Kavanaugh", "Dianne Feinstein", "Maxine Waters"] + [
        f"Person Number{i}" for i in range(3, 10)
    ]
    for i, person in enumerate(people):
        keys = keys_of((person, "PER", None), ("Europe", "LOC", "Europe"), lang="en")
        index.add(f"en{i}", basis(i), None, keys)
    return index


def test_a_translation_standing_out_meets_its_original_by_the_sound_of_a_rare_name():
    keys = keys_of(("بريت كافانو", "PER", None), lang="ar")
    placed = archive().add("ar0", near(0, 0.15), None, keys)
    assert placed.story == "s1"
    assert any("rare name shared: brt kfn" in w for w in placed.why)


def test_a_common_name_in_another_script_is_still_no_evidence():
    keys = keys_of(("أوروبا", "LOC", "Europe"), lang="ar")
    placed = archive().add("ar0", near(0, 0.15), None, keys)
    assert placed.story != "s1"


def doc(doc_id: str, lang: str, title: str, outlet: str | None) -> Document:
    return Document(id=doc_id, source=doc_id, text="text", lang=lang, title=title, outlet=outlet)


def test_a_translation_gives_no_title_beside_its_original():
    docs = [
        doc("fa", "fa", "زنان باید گریه‌هایشان را مدیریت کنند.", "Newsweek"),
        doc("en", "en", "Women Must Manage Their Tears", "Newsweek"),
        doc("ar", "ar", "على المرأة أن تتحكم في دموعها", "Newsweek"),
    ]
    assert [d.id for d in untranslated(docs)] == ["en"]
    assert central_title(docs, {}) == "Women Must Manage Their Tears"


def test_an_outlets_own_language_and_other_outlets_keep_their_titles():
    docs = [
        doc("ar", "ar", "سوريا تطلب الانسحاب", "Newsweek"),  # no English Newsweek here
        doc("riyadh", "ar", "سوريا تطلب انسحاب القوات", "Al-Riyadh"),
        doc("bbc", "en", "Syria asks forces to leave", "BBC News"),
        doc("none", "en", "Syria asks", None),
    ]
    assert untranslated(docs) == docs


def test_a_surname_written_alone_meets_its_latin_spelling_letter_for_letter():
    """CNN's Kavanaugh report: «كافانو» alone in the Arabic, "Kavanaugh" alone in the
    English; «فورد» and Ford are too short to say (four letters meet too many names)."""
    arabic = untyped(keys_of(("كافانو", "PER", None), ("فورد", "PER", None), lang="ar"))
    english = untyped(keys_of(("Kavanaugh", "PER", None), ("Ford", "PER", None), lang="en"))
    assert spelt_across(arabic, english) == [("=kavanaugh", "=کافانو")]
    assert spelt_across(arabic, {"=kennedy", "=cavendish"}) == []
