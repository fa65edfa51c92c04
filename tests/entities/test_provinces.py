"""An Iranian province written «استان» + its name, or its name alone where that names no
city, is the province (round 42b; forms written in Fars News articles)."""

from __future__ import annotations

from rasad.entities.link import linked_mentions


def _linked(texts: list[str]) -> list[tuple[str, str | None]]:
    stored = [{"text": t, "type": "LOC", "canonical": None} for t in texts]
    return [(m["type"], m["canonical"]) for _, m in linked_mentions(stored, "fa")]


def test_a_province_by_its_name_is_the_province():
    assert _linked(["استان مازندران", "مازندران", "خراسان رضوی"]) == [
        ("GPE", "Mazandaran Province"),
        ("GPE", "Mazandaran Province"),
        ("GPE", "Razavi Khorasan Province"),
    ]
    # written with Arabic letters and a zero-width non-joiner, as Fars News has it
    assert _linked(["استان\u200c آذربايجان شرقي"]) == [("GPE", "East Azerbaijan Province")]


def test_a_name_shared_with_a_city_or_a_body_is_left_alone():
    """«قم» is the city as much as the province (since session 51 the city, Qom, of
    places_linked_cities.tsv); «استان قدس رضوی» is Astan Quds Razavi, a foundation, no province
    (since session 58 an organization: body_heads_fa.tsv); «خراسان» alone is the old region
    too."""
    linked = _linked(["قم", "استان قدس رضوی", "خراسان"])
    assert linked == [("GPE", "Qom"), ("ORG", None), ("LOC", None)]


def test_only_persian_text():
    stored = [{"text": "مازندران", "type": "LOC", "canonical": None}]
    assert linked_mentions(stored, "ar")[0][1]["canonical"] is None


def test_the_entities_stage_names_the_province():
    from rasad.stages.entities import find_entities

    text = (  # fars-9001141391
        "با اشاره به ورود حدود 13.5 ميليون گردشگر در استان مازندران اظهار داشت: هماهنگي ستاد "
        "تسهيلات سفر در مازندران"
    )
    found = [(m["text"], m["entity"]) for m in find_entities(text, "fa")]
    # both mentions are the province, the first written without «استان» (entities.md)
    assert found == [("مازندران", "GPE:Mazandaran Province")] * 2
