"""The outlet stage on real text: the seeds that name their outlet (a wire credit in the
dateline, an about box) get it, the one that only cites an agency in a sentence does not,
and SaudiNewsNet articles stripped of their metadata get their outlet from a byline or
nothing, never a wrong one."""

from __future__ import annotations

import json
from itertools import islice

import pytest

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.outlet import (
    OutletDirectory,
    OutletRowError,
    packaged_directory,
    packaged_profiles,
    read_profiles,
    recognise_outlet,
)
from rasad.stages.readers import document_from_item


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(Settings(strict=True), ["extract", "clean", "outlet"])


def analysed(pipeline, text: str, **fields) -> Document:
    return pipeline(Document(id="d", source="test", raw_text=text, **fields))


@pytest.mark.parametrize(
    ("prefix", "outlet"),
    [
        ("004", "Xinhua News Agency"),  # «بغداد 9 أغسطس 2021 (شينخوا)»
        ("003", "Islamic World News"),  # its about box: «تحولات جهان اسلام»
        ("000", None),  # «خبرگزاری رسمی عراق (واع) به نقل از…» cites an agency: not the outlet
        ("001", None),
        ("002", None),  # «أخبارالشرق الأوسط» is a section, not Asharq Al-Awsat
    ],
)
def test_seed_outlets_from_their_own_words(pipeline, seed_text, prefix, outlet):
    assert analysed(pipeline, seed_text(prefix)).outlet == outlet


def test_domain_metadata_and_alias_name_the_profile(pipeline, seed_text):
    text = seed_text("001")
    by_url = analysed(pipeline, text, url="https://www.bbc.co.uk/persian/world-123")
    assert by_url.outlet == "BBC News"
    assert analysed(pipeline, text, outlet="BBC").outlet == "BBC News"
    assert analysed(pipeline, text, outlet="alriyadh.com").outlet == "Al-Riyadh"
    # a name no profile knows is kept as the container gave it
    assert analysed(pipeline, text, outlet="Some Weekly").outlet == "Some Weekly"


def test_a_copyright_line_names_the_holder(seed_text):
    text = seed_text("001") + "\n© 2021 صحيفة العرب اللندنية. All rights reserved."
    doc = Document(id="d", source="t", text=text)
    found = recognise_outlet(doc, packaged_directory())
    assert (found.name, found.evidence) == ("Al-Arab", "copyright")
    unknown = Document(id="d", source="t", text=seed_text("001") + "\nCopyright 2021 Baghdad Post")
    assert recognise_outlet(unknown, packaged_directory()).name == "Baghdad Post"


def test_packaged_profiles_have_a_type_source_and_known_values():
    profiles = packaged_profiles()
    assert len({p.name for p in profiles}) == len(profiles) >= 40
    assert all(p.source for p in profiles)
    assert all(
        p.type in {None, "state", "public", "private", "party", "military"} for p in profiles
    )
    assert all(p.country and len(p.country) == 2 for p in profiles)


def test_user_profiles_replace_packaged_ones():
    user = read_profiles("name,type,country,aliases\nSabq,state,SA,سبق الإلكترونية\n")
    directory = OutletDirectory.of(packaged_profiles(), user)
    assert directory.get("sabq.org").type == "state"
    assert directory.get("سبق الإلكترونية").name == "Sabq"
    with pytest.raises(OutletRowError):
        read_profiles("name,type\nX,tabloid\n")


def test_saudinewsnet_without_metadata_never_gets_a_wrong_outlet(pipeline, shared):
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    right = wrong = 0
    with path.open(encoding="utf-8") as lines:
        for line in islice(lines, 0, 1500, 3):
            item = json.loads(line)
            blind = {k: v for k, v in item.items() if k not in ("outlet", "url")}
            found = pipeline(document_from_item(blind, "t", item["id"])).outlet
            truth = pipeline(document_from_item(item, "t", item["id"])).outlet
            right += found == truth
            wrong += found is not None and found != truth
    assert wrong == 0 and right >= 5


@pytest.mark.parametrize(
    ("corpus", "article"),
    [
        ("bbc_news_en", "bbc-business-342"),  # "Honda has won a copyright case in Beijing"
        ("farsnews_fa", "fars-9003130398"),  # «ناظران حقوق بشر» and «نيويورك تايمز» cited
        ("saudinewsnet_ar", "snn-2015-08-01-00203"),  # «يكفل كل الحقوق» in a column
    ],
)
def test_a_sentence_about_rights_or_copyright_is_not_a_copyright_line(
    pipeline, shared, corpus, article
):
    path = shared / "corpus" / corpus / "articles.jsonl"
    with path.open(encoding="utf-8") as lines:
        item = next(json.loads(line) for line in lines if f'"{article}"' in line)
    blind = {k: v for k, v in item.items() if k not in ("outlet", "url")}
    assert pipeline(document_from_item(blind, "t", article)).outlet is None
