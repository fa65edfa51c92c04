"""Person names the whole archive cut or split (round 42, eval/labels/names42.tsv): the given
name «علي» that normalizes like the preposition على, a rank word between a rank and a name
(«العميد الركن»), and the Portuguese "nh"/"lh" that Arabic writes «ني» or «نه»."""

from __future__ import annotations

from rasad.entities.link import linked_mentions, mention_key, skeleton


def _stored(text: str, names: list[str]) -> list[dict]:
    """Person mentions at each name's first place after the previous one, as stored."""
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append({"start": start, "end": start + len(name), "text": name, "type": "PER"})
        out[-1]["canonical"] = None
        at = start + len(name)
    return out


def _linked(text: str, names: list[str]) -> list[str]:
    return [m["text"] for _, m in linked_mentions(_stored(text, names), "ar", text)]


def test_ali_before_a_stored_name_is_its_given_name():
    # sabq and al-Riyadh, August 2015: the span stored without «علي»
    text = "يجنح الرئيس المخلوع علي عبدالله صالح إلى تعمد إضعافها"
    assert _linked(text, ["عبدالله صالح"]) == ["علي عبدالله صالح"]
    text = "وأوضح المقدم علي بن عمير الشهراني أن الدفاع المدني"
    assert _linked(text, ["بن عمير الشهراني"]) == ["علي بن عمير الشهراني"]
    # a one-word name only after a title
    text = "وقال الدكتور علي السواط ، أن إدارة صحة البيئة"
    assert _linked(text, ["السواط"]) == ["علي السواط"]


def test_ali_is_kept_once_in_the_span():
    text = "وأتباع الرئيس السابق علي عبد الله صالح."
    assert _linked(text, ["علي عبد الله صالح"]) == ["علي عبد الله صالح"]
    assert mention_key("علي عبد الله صالح", "PER", None, "ar") != mention_key(
        "عبد الله صالح", "PER", None, "ar"
    )


def test_the_preposition_and_other_words_are_left_alone():
    # على spelled with ى is only the preposition; a one-word name without a title may follow it
    text = "وتم القبض على عبدالله صالح أمس"
    assert _linked(text, ["عبدالله صالح"]) == ["عبدالله صالح"]
    text = "وتم القبض علي الشمري أمس"
    assert _linked(text, ["الشمري"]) == ["الشمري"]
    text = "وقوات وعلي عبدالله صالح"  # «وعلي» is another word
    assert _linked(text, ["عبدالله صالح"]) == ["عبدالله صالح"]


def test_a_rank_word_is_no_part_of_a_name():
    text = "وقال العميد الركن أحمد علي عبدالله صالح"
    assert _linked(text, ["الركن أحمد علي عبدالله صالح"]) == ["أحمد علي عبدالله صالح"]


def test_portuguese_nh_keys_as_n():
    """José Mourinho, «جوزيه مورينهو» and «جوزيه مورينيو» were two entities (87 and 78)."""
    assert skeleton("Jose Mourinho") == skeleton("جوزيه مورينهو", "ar")
    assert skeleton("جوزيه مورينيو", "ar") == skeleton("جوزيه مورينهو", "ar")
    assert skeleton("Ricardo Carvalho") == "rkrd krl"
    # not inside a word, where English writes n + h
    assert skeleton("Manhattan") == skeleton("مانهاتن", "ar") == "mnhtn"
