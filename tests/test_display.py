"""How the interfaces list what the analysis found: an entity's names (forms a whole-archive
ingest stored for real entities; the stored names keep every form as written) and a story's
contradictions by fact."""

from rasad.display import by_fact, claim_facts, readable_names


def test_forms_behind_a_joined_proclitic_are_not_listed_beside_their_bare_form():
    stored = {
        "ar": ["إندونيسيا", "الإندونيسية", "وإندونيسيا", "بإندونيسيا", "ولإندونيسيا", "لإندونيسيا"],
        "en": ["Indonesia", "Indonesian"],
    }
    assert readable_names(stored) == {
        "ar": ["إندونيسيا", "الإندونيسية"],
        "en": ["Indonesia", "Indonesian"],
    }


def test_the_article_contracted_after_li_and_a_datelines_dash_are_folded():
    stored = {"ar": ["القاهرة", "لقاهرة"], "fa": ["تهران", "تهران ـ"], "x": ["موسكو ـــ"]}
    assert readable_names(stored) == {"ar": ["القاهرة"], "fa": ["تهران"], "x": ["موسكو"]}


def test_a_lone_form_and_names_that_only_look_alike_stay():
    assert readable_names({"ar": ["وآسيا"]}) == {"ar": ["وآسيا"]}  # nothing to fold it into
    # a name that opens with a proclitic's letter: too short a remainder to be a name
    assert readable_names({"ar": ["ولز", "لز"]}) == {"ar": ["ولز", "لز"]}


def _pair(a: str, b: str, values: list[str], outlets: list[str]) -> dict:
    return {
        "about": f"injured: {values[0]} vs {values[1]}",
        "kind": "value",
        "fact": "injured",
        "values": values,
        "a": {"doc": a, "start": 0, "end": 10, "text": "…"},
        "b": {"doc": b, "start": 0, "end": 10, "text": "…"},
        "outlets": outlets,
        "published": ["2015-08-03", "2015-08-03"],
    }


def test_contradictions_are_grouped_by_the_fact_and_values_they_differ_in():
    # three pairs of Saudi News Net reports of one attack in eastern Turkey (2015-08-03): two
    # outlets give 24 injured where a third gives 31, and a mine blast's 4 vs 7 injured
    found = [
        _pair("snn-00374", "snn-01228", ["24", "31"], ["Al-Jazirah", "Okaz"]),
        _pair("snn-01108", "snn-00164", ["أربعة", "سبعة"], ["Al-Yaum", "Al-Sharq Al-Awsat"]),
        _pair("snn-01228", "snn-00890", ["31", "24"], ["Okaz", "Al-Watan"]),
        _pair("snn-00880", "snn-00615", ["اربعة", "سبعة"], ["Al-Riyadh", "Al-Watan"]),
    ]
    groups = by_fact(found)
    assert [(g["about"], len(g["pairs"])) for g in groups] == [
        ("injured: 24 vs 31", 2),
        ("injured: أربعة vs سبعة", 2),
    ]
    assert groups[0]["pairs"][1]["outlets"] == ["Okaz", "Al-Watan"]


def test_claim_facts_group_the_values_of_one_fact_and_keep_older_items_apart():
    claims = [
        {"about": "injured", "kind": "injured", "fact": "f1", "value": 31, "evidence": []},
        {"about": "injured", "kind": "injured", "fact": "f1", "value": 24, "evidence": []},
        {"about": "troops", "value": 2500, "evidence": []},  # stored before claims had facts
        {"about": "troops", "value": 3000, "evidence": []},
    ]
    facts = claim_facts(claims)
    assert [len(f["values"]) for f in facts] == [2, 1, 1]
    assert facts[0]["kind"] == "injured" and [c["value"] for c in facts[0]["values"]] == [31, 24]


def test_a_gazetteer_entity_is_named_in_the_readers_language():
    from rasad.analysis.entities import name_for_reader

    assert name_for_reader("Pakistan", "fa") == "پاکستان"
    assert name_for_reader("United States", "ar") == "الولايات المتحدة"
    assert name_for_reader("United States", "en") == "United States"
    assert name_for_reader("جلال الدين حقاني", "fa") == "جلال الدين حقاني"  # as written
    assert name_for_reader("Italy", "ar") == "إيطاليا"  # CLDR's name when the hand list has none


def test_an_entity_named_in_latin_letters_takes_its_own_name_in_the_readers_language():
    """Forms and counts as the whole-archive ingest stored them (Kabul, Ta'if, Ireland, Bush)."""
    from rasad.analysis.entities import name_for_reader

    assert name_for_reader("Kabul", "ar") == "كابول"  # CLDR's, before the documents' forms
    tabuk = {"ar": ["تبوك"], "fa": ["تبوك", "تبوک"], "en": ["Tabuk"]}
    assert name_for_reader("Tabuk", "fa", tabuk, "GPE") == "تبوک"  # Persian letters first
    assert name_for_reader("Tabuk", "ar", tabuk, "GPE") == "تبوك"
    assert name_for_reader("Tabuk", "en", tabuk, "GPE") == "Tabuk"
    taif = {"ar": ["الطائف", "الطائـف", "لطائف"]}
    assert name_for_reader("Ta’if", "ar", taif, "GPE") == "الطائف"
    assert name_for_reader("Ta’if", "fa", taif, "GPE") == "Ta’if"  # no Persian form: as named
    ireland = {"ar": ["وأيرلندا", "أيرلندا"]}
    assert name_for_reader("Leinster", "ar", ireland, "GPE") == "أيرلندا"  # not with «و»
    bush = {"fa": ["بوش", "جرج بوش"], "en": ["George Bush", "Bush"]}
    assert name_for_reader("George Bush", "fa", bush, "PER") == "جرج بوش"  # the full name
    assert name_for_reader("George Bush", "fa", {"fa": ["بوش"]}, "PER") == "George Bush"
