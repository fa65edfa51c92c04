"""What a user saw on the whole archive (session 45, eval/labels/aliases45.tsv): a listed
person's one-word form that is also a common word linked to him — Arabic «رئيسي» ("main") as
Ebrahim Raisi in 2015 articles, «السوداني» ("Sudanese") as Mohammed Shia al-Sudani, Persian
«روحانی» ("cleric") as Hassan Rouhani. Sentences from the corpus (SaudiNewsNet, Fars News)."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def _people(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m["text"], m["canonical"]) for m in find_entities(text, lang) if m["type"] == "PER"]


def test_the_arabic_adjective_main_is_no_raisi():
    text = "وعزت الشركة سبب الخسارة بشكل رئيسي إلى تسجيل مخصص إضافي للديون المشكوك في تحصيلها."
    assert _people(text, "ar") == []


def test_sudanese_after_a_title_is_no_al_sudani():
    text = "وقال النائب الأول للرئيس السوداني بكري حسن صالح للصحفيين إن تجمع المعارضة لن يؤثر."
    assert ("السوداني", "Mohammed Shia al-Sudani") not in _people(text, "ar")


def test_the_short_form_counts_where_the_document_names_him_in_full():
    text = "وقال الرئيس الإيراني إبراهيم رئيسي إن بلاده مستعدة للحوار. وأضاف رئيسي أن الحوار ممكن."
    assert _people(text, "ar").count(("رئيسي", "Ebrahim Raisi")) == 1


def test_a_cleric_is_no_rouhani():
    text = "در برخی از اتوبوس‌ها نیز یک نفر راوی و یک نفر روحانی حضور داشتند."
    assert _people(text, "fa") == []


def test_a_title_before_the_persian_short_form_suffices():
    text = "آیت‌الله رئیسی در طی این بازدید که بیش از 3 ساعت به طول انجامید از روستاها دیدن کرد."
    assert ("رئیسی", "Ebrahim Raisi") in _people(text, "fa")


def test_another_man_of_the_surname_is_not_the_listed_one():
    text = "مرتضی رئیسی در گفت‌وگو با خبرنگار فارس در بجستان اظهار داشت: این طرح اجرا می‌شود."
    assert ("رئیسی", "Ebrahim Raisi") not in _people(text, "fa")


def _types(text: str, lang: str, form: str) -> list[str]:
    return [m["type"] for m in find_entities(text, lang) if m["text"] == form]


def test_a_surname_the_tagger_reads_as_a_place_is_the_person_the_document_names():
    text = (
        "وتعد هذه هي المباراة الرسمية الأولى لحارس المرمي بيتر تشيك مع آرسنال ، بعد انضمامه "
        "للفريق هذا الصيف بعد 11 موسما قضاها في صفوف تشيلسي، وانتقل تشيك (33 عاما) إلى آرسنال "
        "في يونيو الماضي."
    )
    assert _types(text, "ar", "تشيك") == ["PER"]


def test_an_english_surname_read_as_a_place_is_the_named_player():
    text = (
        "Ferguson wants the Football Association to punish Arsenal's Thierry Henry for an "
        "incident involving Gabriel Heinze. Ferguson believes Henry deliberately caught Heinze "
        'on the head with his knee. "The tackle on Heinze was terrible," he said.'
    )
    assert set(_types(text, "en", "Heinze")) == {"PER"}


def test_a_place_a_list_knows_stays_a_place_after_a_name_ending_with_it():
    text = (
        "حادث تصادم، ونقلت المصاب إلى مستشفى أبو عريش العام، وعند عودتها انحرفت السيارة. "
        "وأوضح أن الطريق إلى عريش مغلق."
    )
    assert "PER" not in _types(text, "ar", "عريش")


def test_a_relink_drops_the_adjective_an_older_version_stored_as_raisi():
    from rasad.entities.link import linked_mentions

    text = "وعزت الشركة سبب الخسارة بشكل رئيسي إلى تسجيل مخصص إضافي للديون المشكوك في تحصيلها."
    start = text.index("رئيسي")
    stored = [
        {
            "start": start,
            "end": start + len("رئيسي"),
            "text": "رئيسي",
            "type": "PER",
            "canonical": "Ebrahim Raisi",
        }
    ]
    assert linked_mentions(stored, "ar", text) == []
    named = "وقال الرئيس الإيراني إبراهيم رئيسي إن بلاده مستعدة. وأضاف رئيسي أن الحوار ممكن."
    at = named.index("إبراهيم رئيسي")
    again = named.index("رئيسي", at + len("إبراهيم رئيسي"))
    both = [
        {
            "start": at,
            "end": at + 13,
            "text": "إبراهيم رئيسي",
            "type": "PER",
            "canonical": "Ebrahim Raisi",
        },
        {
            "start": again,
            "end": again + 5,
            "text": "رئيسي",
            "type": "PER",
            "canonical": "Ebrahim Raisi",
        },
    ]
    assert len(linked_mentions(both, "ar", named)) == 2


def test_a_relink_types_a_company_an_older_version_stored_as_a_place():
    from rasad.entities.link import linked_mentions

    text = "Microsoft, Sony and Nintendo are expected to unveil new consoles."
    stored = [{"start": 11, "end": 15, "text": "Sony", "type": "LOC", "canonical": None}]
    [(_, sony)] = linked_mentions(stored, "en", text)
    assert (sony["type"], sony["canonical"]) == ("ORG", "Sony")


def test_a_surname_beside_its_full_name_joins_no_place_of_its_form():
    """Hadi's «هادي» ("calm", a common word that shortens no name) beside «عبدربه منصور هادي»
    was linked to the archive's «الهادئ» (the Pacific) as a place; with no full name it still
    may be the place."""
    from rasad.entities.link import EntityIndex

    index = EntityIndex()
    [pacific] = index.add("d1", "ar", [{"text": "الهادئ", "type": "LOC", "canonical": None}])
    hadi = [
        {"text": "عبدربه منصور هادي", "type": "PER", "canonical": None},
        {"text": "هادي", "type": "PER", "canonical": None},
    ]
    assert pacific not in index.add("d2", "ar", hadi)
    assert index.add("d3", "ar", [{"text": "هادي", "type": "PER", "canonical": None}]) == [pacific]
