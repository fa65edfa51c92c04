"""How an entity's names are listed to a reader (web page and CLI), from forms a whole-archive
ingest stored for real entities: the stored names keep every form as written."""

from rasad.display import readable_names


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
