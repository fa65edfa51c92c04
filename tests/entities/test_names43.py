"""Names the whole archive showed cut, split or run into figures (round 43,
eval/labels/names43.tsv): Ali Abdullah Saleh listed without his given name «علي», which the
recogniser leaves out as the preposition على; José Mourinho split by the Portuguese "nh" that
Arabic writes «ني» or «نه»; a tennis score or an age read into a player's name. Sentences
from the corpus (BBC, SaudiNewsNet, Fars News)."""

from __future__ import annotations

from rasad.entities.link import (
    EntityIndex,
    linked_mentions,
    name_form,
    same_spelling,
    skeleton,
)


def _stored(text: str, names: list[str], kind: str = "PER") -> list[dict]:
    """Mentions at each name's first place after the previous one, as stored."""
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append({"start": start, "end": start + len(name), "text": name, "type": kind})
        out[-1]["canonical"] = None
        at = start + len(name)
    return out


def _linked(text: str, names: list[str], lang: str = "ar") -> list[dict]:
    return [m for _, m in linked_mentions(_stored(text, names), lang, text)]


def test_a_score_is_no_part_of_a_players_name():
    text = "Kiefer beat the fourth seed Vincent Spadea 6-2 6-4 and Tommy Haas overcame eighth seed"
    (m,) = _linked(text, ["Vincent Spadea 6-2 6-4"], "en")
    assert m["text"] == "Vincent Spadea" and text[m["start"] : m["end"]] == "Vincent Spadea"
    text = "رز در دقایق 19، 39 و 57، جیمی واردی 45، 56 و 4+90 ، چیلول 10"
    assert [m["text"] for m in _linked(text, ["جیمی واردی 45"], "fa")] == ["جیمی واردی"]


def test_a_surname_alone_keeps_its_figures():
    """A surname left alone would join the one full name of the archive written with it:
    «رضايي 1851» (Mohsen Rezaei's votes) joined محمدرضا رضایی, «1 ثقفي» (a reference list)
    عبد الملك بن الاعز الثقفي."""
    text = "موسوي با 49 هزار و 651 راي، رضايي 1851 راي و 2 هزار و 690 راي كسب كرد"
    assert [m["text"] for m in _linked(text, ["رضايي 1851"], "fa")] == ["رضايي 1851"]
    # a surname before set scores alone is cut since round 44 (test_names44.py)


def test_a_figure_stays_in_other_names():
    text = "a special on BBC Radio 4 last night"
    (m,) = [m for _, m in linked_mentions(_stored(text, ["BBC Radio 4"], "ORG"), "en", text)]
    assert m["text"] == "BBC Radio 4"


def test_portuguese_nh_keys_as_n():
    """José Mourinho, «جوزيه مورينهو» and «جوزيه مورينيو» were two entities (23 and 142)."""
    assert skeleton("Jose Mourinho") == skeleton("جوزيه مورينهو", "ar")
    assert skeleton("جوزيه مورينيو", "ar") == skeleton("جوزيه مورينهو", "ar")
    assert same_spelling("جوزيه مورينيو", "جوزيه مورينهو")
    assert skeleton("Ricardo Carvalho") == "rkrd krl"
    # not inside a word, where English writes n + h
    assert skeleton("Manhattan") == skeleton("مانهاتن", "ar") == "mnhtn"


def test_mourinho_in_two_arabic_spellings_and_english_is_one_entity():
    index = EntityIndex()
    texts = [
        ("en", "Chelsea boss Jose Mourinho has insisted", "Jose Mourinho"),
        ("ar", "لكن مدرب تشيلسي البرتغالي جوزيه مورينهو عدّ آرسنال مرشحا", "جوزيه مورينهو"),
        ("ar", "ورغم ما أبداه البرتغالي جوزيه مورينيو المدير الفني لتشيلسي", "جوزيه مورينيو"),
    ]
    ids = set()
    for n, (lang, text, name) in enumerate(texts):
        ids.update(index.add(f"d{n}", lang, _linked(text, [name], lang)))
    assert len(ids) == 1


def test_ali_before_a_name_is_listed_with_it_and_keeps_one_entity():
    """SaudiNewsNet, August 2015: «علي» before the span is the given name; «على» (ى), «وعلي»
    and a name «علي» continues are not; every form is the one entity
    (tests/entities/test_archive_links.py: a name with and without «علي» is one person)."""
    cases = [
        ("وأتباع الرئيس المخلوع علي عبد الله صالح والموالين لهما", "علي عبد الله صالح"),
        ("وقوات الرئيس اليمني السابق على عبدالله صالح. وقال المصدر", "عبدالله صالح"),
        ("وقوات وعلي عبدالله صالح", "عبدالله صالح"),
        ("الحوثيون ومعهم حليفهم علي عبد الله صالح يواجهون نقمة", "عبد الله صالح"),
        ("من قبل الحوثيين وحليفهم المخلوع علي عبد الله صالح، كان للعطاس", "علي عبد الله صالح"),
    ]
    index, ids = EntityIndex(), set()
    for n, (text, form) in enumerate(cases):
        name = form.removeprefix("علي ")
        (m,) = _linked(text, [name])
        assert m["text"] == name and name_form(m) == form
        ids.update(index.add(f"d{n}", "ar", [m]))
    assert len(ids) == 1
    (entity,) = index.entities()  # shown by the form most of its mentions are written in
    assert entity["name"] == "علي عبد الله صالح"


def test_ali_before_one_word_only_after_a_title():
    text = "وقال الدكتور علي السواط ، أن إدارة صحة البيئة"
    assert [name_form(m) for m in _linked(text, ["السواط"])] == ["علي السواط"]
    text = "وتم القبض علي الشمري أمس"
    assert [name_form(m) for m in _linked(text, ["الشمري"])] == ["الشمري"]
    text = "والجندي أول محمد علي ياسين العمري، والجندي"
    assert [name_form(m) for m in _linked(text, ["ياسين العمري"])] == ["ياسين العمري"]


def test_khamenei_by_his_epithets_is_one_entity_shown_by_his_name():
    """Fars News: «رهبر معظم انقلاب» was a person of its own (15 mentions); a Persian story that
    names Khamenei most by «مقام معظم رهبری» ("the Supreme Leader") showed him so."""
    from rasad.analysis.entities import name_for_reader
    from rasad.analysis.stories import entity_display_names
    from rasad.model import Document

    text = "شوراي نگهبان، با حكم حكومتي رهبر معظم انقلاب صحت اين حوزه‌ها را تاييد نموده است."
    (m,) = _linked(text, ["رهبر معظم انقلاب"], "fa")
    assert m["canonical"] == "Ali Khamenei"
    key = "PER:Ali Khamenei"
    docs = [
        Document(id=f"d{i}", source="t", lang="fa", entities=[{"text": t, "entity": key}])
        for i, t in enumerate(["مقام معظم رهبری", "مقام معظم رهبری", "آیت‌الله خامنه‌ای"])
    ]
    assert entity_display_names(docs, "fa")[key] == "علی خامنه ای"
    assert name_for_reader("Ali Khamenei", "fa") == "علی خامنه ای"  # not «آیت الله …»
    # a form that holds his name is shown as written, without a title before it (round 44)
    assert entity_display_names(docs[2:], "fa")[key] == "علی خامنه ای"
    docs[2].entities[0]["text"] = "خامنه‌ای"
    assert entity_display_names(docs[2:], "fa")[key] == "خامنه‌ای"


def test_a_stored_mention_keeps_its_fields():
    """The given name is the archive's reading of the text, no field of the stored mention
    (shared/spec/export.md)."""
    from rasad.stages.entities import find_entities

    text = "وأتباع الرئيس المخلوع علي عبد الله صالح والموالين لهما"
    (m,) = [m for m in find_entities(text, "ar") if m["type"] == "PER"]
    assert set(m) == {"start", "end", "text", "type", "canonical", "entity"}


def test_linking_documents_in_python_lists_the_given_name_as_the_store_does():
    """`link_corpus` (the export, the in-Python views) reads «علي» from the text as the store's
    linking does; a stored form with it stands for the mention without it (`listed_text`), so
    the spellings an entity holds stay those of its mentions (عبدالله صوابه is not الصبيحي)."""
    from rasad.entities.link import link_corpus, listed_text
    from rasad.model import Document
    from rasad.stages.entities import find_entities

    text = "وأتباع الرئيس المخلوع علي عبد الله صالح والموالين لهما"
    doc = Document(id="d", source="t", lang="ar", text=text, entities=find_entities(text, "ar"))
    names = [e["names"]["ar"] for e in link_corpus([doc]) if e["type"] == "PER"]
    assert names == [["علي عبد الله صالح"]]
    assert listed_text("علي عبدالله صوابه") == "عبدالله صوابه"
    assert listed_text("علي") == "علي" and listed_text("Ali Saleh") == "Ali Saleh"
