"""Stories over the seeds: one story across Arabic and Persian, with evidence that points home."""

from __future__ import annotations

import pytest

from rasad.analysis.export import build_export, validate_export
from rasad.services.ingest import ingest_paths
from rasad.store import open_store


@pytest.fixture(scope="module")
def export(module_store_url, seeds_dir):
    from rasad.config import Settings

    settings = Settings(strict=True, db=module_store_url)
    store = open_store(module_store_url)
    ingest_paths([seeds_dir], store, settings)
    data = build_export(store.iter_documents(), dict(store.iter_vectors()))
    store.close()
    return data


def test_seeds_form_one_cross_lingual_story(export):
    assert len(export["stories"]) == 1
    story = export["stories"][0]
    assert sorted(story["languages"]) == ["ar", "fa"]
    assert len(story["documents"]) == 5
    assert any(r.startswith("shared entities") for r in story["why"])
    assert {d["story"] for d in export["documents"]} == {story["id"]}
    members = [doc for e in story["events"] for doc in e["documents"]]
    assert sorted(members) == sorted(story["documents"])  # every document in exactly one event


def test_timeline_is_ordered_and_grounded(export):
    """The story's own happenings lead in date order, its deadlines follow (the end of 2021,
    set for the withdrawal: no happening), and its background last, in date order:
    «نیروهای آمریکایی در سال ۲۰۱۴، وارد عراق شدند» (seed 000), Iraq's victory over ISIS
    in 2017 (seed 001) and the parliament's vote of 5 January 2020 («وفي 5 يناير/كانون الثاني
    2020، صوّت البرلمان العراقي», seed 002), before the first report dated to its day
    (2020-11-18, seed 001) by more than a report's lag; Kazemi's statement of that day is
    the story's own."""
    timeline = export["stories"][0]["timeline"]
    own = [t["date"] for t in timeline if not t["background"] and not t["deadline"]]
    due = [t["date"] for t in timeline if not t["background"] and t["deadline"]]
    background = [t["date"] for t in timeline if t["background"]]
    assert [t["date"] for t in timeline] == own + due + background
    assert due == sorted(due) and "2021-12-31" in due
    assert own == sorted(own) and "2020-11-18" in own and "2020-01-05" not in own
    assert background == sorted(background) and {"2014", "2020-01-05"} <= set(background)
    assert validate_export(export) == []  # includes every evidence span


def test_a_deadline_is_marked_apart_from_what_happened(export):
    """«بحلول 31 ديسمبر 2021», «در پایان شب ۳۱ دسامبر ۲۰۲۱» set a deadline; the parliament's
    vote of 5 January 2020 happened."""
    timeline = export["stories"][0]["timeline"]
    deadlines = {t["date"] for t in timeline if t["deadline"]}
    assert "2021-12-31" in deadlines and "2020-01-05" not in deadlines


def test_a_bare_dateline_dates_the_lead_that_follows_it(export):
    """A dateline alone on its line (seed 001: «الأربعاء 2020/11/18») is no happening by
    itself: its entry is the lead it dates, past the headline printed under the dateline
    («الكاظمي: انسحاب القوات الأميركية مطلب الجميع», a short line with no closing stop), and
    every entry says something."""
    story = export["stories"][0]
    entry = next(t for t in story["timeline"] if t["date"] == "2020-11-18")
    assert " ".join(entry["summary"].split()[2:]).startswith("أكد رئيس الوزراء العراقي مصطفى")
    assert "مطلب الجميع" not in entry["summary"] and "\n" not in entry["summary"]
    assert all(len(t["summary"].split()) >= 3 for t in story["timeline"])


def test_claims_tie_one_figure_across_languages_and_digit_scripts(export):
    claims = [c for c in export["stories"][0]["claims"] if c["value"] == 2500]
    (troops,) = claims  # one fact and one value, whatever script its digits are in
    assert {e["doc"][:3] for e in troops["evidence"]} >= {"001", "003"}  # Arabic and Persian
    assert {e["text"] for e in troops["evidence"]} >= {"2500", "۲۵۰۰"}
    assert troops["fact"] and troops["kind"] == "count"


def test_framing_per_document(export):
    framing = export["stories"][0]["framing"]
    persian = next(v for k, v in framing.items() if k.startswith("003"))
    arabic = next(v for k, v in framing.items() if k.startswith("004"))
    assert persian["loaded_terms"] > arabic["loaded_terms"]


@pytest.fixture(scope="module")
def with_copy(tmp_path_factory, seeds_dir):
    """The seeds plus a syndicated copy of 002: re-spaced, its last paragraph cut."""
    from rasad.config import Settings

    folder = tmp_path_factory.mktemp("copy")
    (original,) = seeds_dir.glob("002_*.txt")
    paras = [p for p in original.read_text("utf-8").split("\n") if p.strip()]
    (folder / "syndicated.txt").write_text("\n\n".join(paras[:-1]), encoding="utf-8")
    settings = Settings(strict=True, db=str(folder / "s.db"))
    store = open_store(settings.db)
    ingest_paths([seeds_dir], store, settings)
    ingest_paths([folder / "syndicated.txt"], store, settings)
    store.close()
    return settings, original.stem


def test_copy_is_grouped_under_its_original(with_copy):
    from rasad.analysis.stories import build_stories

    settings, original = with_copy
    store = open_store(settings.db)
    (story,) = build_stories(store.iter_documents(), dict(store.iter_vectors()))
    store.close()
    assert "syndicated" in story["documents"] and len(story["documents"]) == 6
    assert len(story["members"]) == 5 and story["copies"] == 1
    by_id = {m["id"]: m["copies"] for m in story["members"]}
    assert by_id[original] == ["syndicated"] and "syndicated" not in by_id


def test_story_page_shows_copies_once(with_copy):
    from fastapi.testclient import TestClient

    from rasad.api.app import create_app

    settings, original = with_copy
    client = TestClient(create_app(settings))
    listing = client.get("/api/v1/stories").json()["stories"][0]
    assert listing["documents"] == 5 and listing["copies"] == 1
    story = client.get(f"/api/v1/stories/{listing['id']}").json()
    coverage = {c["id"]: c for c in story["coverage"]}
    assert "syndicated" not in coverage
    assert [k["id"] for k in coverage[original]["copies"]] == ["syndicated"]
    page = client.get(f"/stories/{listing['id']}").text
    assert "5 documents (+1 near-duplicate copy)" in page
    coverage_html = page.split("Coverage side by side")[1].split("Quotes by speaker")[0]
    assert coverage_html.count('<section class="outlet"') == 5
    copies = coverage_html.split('<details class="copies"')[1].split("</details>")[0]
    assert "1 copy</span>" in copies and 'href="/documents/syndicated"' in copies


def test_who_reports_what(export):
    from rasad.analysis.stories import reported_by
    from rasad.model import Document

    story = export["stories"][0]
    docs = {
        d["id"]: Document(id=d["id"], source=d["source"], outlet=d["outlet"], text=d["text"])
        for d in export["documents"]
    }
    table = reported_by(story, docs)
    assert len(table["sources"]) >= 2
    assert table["facts"], "the seeds share numbers and dated happenings"
    for row in table["facts"]:
        assert sorted(row["reported"] + row["omitted"]) == table["sources"]
        assert [c is not None for c in row["cells"]] == [
            s in row["reported"] for s in table["sources"]
        ]
        for cell in filter(None, row["cells"]):
            assert docs[cell["doc"]].text[cell["start"] : cell["end"]] == cell["text"]
    assert any(row["omitted"] for row in table["facts"]), "some outlet leaves some fact out"


def test_why_names_entities_readably_in_the_storys_language(export, seed_text):
    from rasad.entities.recognise import is_demonym

    (line,) = [r for r in export["stories"][0]["why"] if r.startswith("shared entities")]
    names = line.removeprefix("shared entities: ").split(", ")
    seeds = "".join(seed_text(p) for p in ("000", "001", "002", "003", "004"))
    assert names and all(name in seeds for name in names)  # as written, never a key
    assert not any(is_demonym(n) for n in names)  # الولايات المتحدة, not «الأمريكية»
    assert all(":" not in n and "~" not in n and len(n) >= 3 for n in names)
    arabic_script = [n for n in names if not n.isascii()]
    assert len(arabic_script) == len(names)  # the seeds story is mostly Arabic


def test_why_drops_keys_fragments_and_joined_proclitics():
    from rasad.analysis.stories import why
    from rasad.model import Document

    def doc(i, lang, mentions):
        entities = [{"entity": k, "text": t, "type": k.split(":")[0]} for k, t in mentions]
        return Document(id=i, source=i, text="…", lang=lang, entities=entities)

    docs = [
        doc("a", "ar", [("LOC:~sntn", "واشنطن"), ("PER:~r", "ر"), ("LOC:Iraq", "العراق")]),
        doc("b", "ar", [("LOC:~sntn", "وواشنطن"), ("PER:~r", "ر"), ("LOC:Iraq", "العراق")]),
        doc("c", "ar", [("LOC:~sntn", "وواشنطن"), ("LOC:Iraq", "Iraq")]),
        doc("d", "en", [("LOC:~sntn", "Washington"), ("LOC:Iraq", "Iraq")]),
    ]
    assert why(docs)[0] == "shared entities: العراق, واشنطن"  # ties in key order
    assert why([docs[3], docs[3]])[0] == "shared entities: Iraq, Washington"
    written = doc("e", "en", [("LOC:=scotland", "Scotland"), ("LOC:Iraq", "Iraq")])
    assert why([written, written])[0] == "shared entities: Scotland, Iraq"  # not "=scotland"
    adjective = doc("f", "ar", [("GPE:United States", "الأمريكية"), ("LOC:Iraq", "العراق")])
    # a place written only as its adjective is named by the gazetteer's own Arabic form
    assert why([adjective, adjective])[0] == "shared entities: الولايات المتحدة, العراق"


def test_undated_document_takes_its_events_dates_only_when_they_agree(tmp_path, shared):
    """Real SaudiNewsNet text: one wire lead run by three outlets, each with a tail of its
    own (not near-duplicates), two of them dated: the undated one joins their event and is
    dated from it. In the seeds, the undated articles' events hold no agreeing days."""
    import json

    from rasad.config import Settings

    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    with path.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for _, line in zip(range(200), lines, strict=False)]
    long = [a for a in articles if len(a["text"].split()) > 250]
    lead, tails = long[0], long[1:4]
    items = []
    for k, (tail, day) in enumerate(zip(tails, ["2015-08-02", "2015-08-03", None], strict=True)):
        text = " ".join(lead["text"].split()[:80]) + "\n" + tail["text"]
        item = {"id": f"wire-{k}", "lang": "ar", "title": lead["title"], "text": text}
        items.append(item | ({"published": day} if day else {}))
    feed = tmp_path / "wire.jsonl"
    feed.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), "utf-8")
    settings = Settings(strict=True, db=str(tmp_path / "s.db"))
    store = open_store(settings.db)
    ingest_paths([feed], store, settings)
    docs = {d.id.rsplit(":", 1)[-1]: d for d in store.iter_documents()}
    store.close()
    undated = next(d for i, d in docs.items() if i.endswith("wire-2"))
    assert undated.published["window"] == ["2015-07-30", "2015-08-06"]
    assert undated.published["source"] == "inferred"
    assert all(d.duplicate_of is None for d in docs.values())


def test_seeds_undated_articles_stay_unknown(export):
    published = {d["id"][:3]: d["published"] for d in export["documents"]}
    assert published["000"] is None and published["003"] is None


def test_timeline_shows_what_the_text_dates_at_its_precision():
    """A day entry only for a named day, a month for "mid-July", a year the text writes; a
    week ("last week") is no day. Sentences from SaudiNewsNet articles of 2–3 August 2015."""
    from rasad.analysis.stories import timeline

    text = (
        "وصل نائب الرئيس اليمني خالد بحاح السبت إلى عدن. "
        "وبحاح أرفع مسؤول يمني يعود إلى عدن منذ الإعلان في منتصف يوليو عن استعادة المدينة. "
        "ونجح الحوثيون في 2014 في بسط سيطرتهم على مناطق عدة. "
        "وعدلت موبايلي الأسبوع الماضي بياناتها."
    )
    doc = _dated("d1", None, text, "2015-08-02")
    entries = [(e["date"], e["precision"], e["background"]) for e in timeline([doc])]
    # 2014 is the report's background (before its publication day by more than a report's
    # lag), listed after its own happenings
    assert entries == [
        ("2015-07", "month", False),
        ("2015-08-01", "day", False),
        ("2014", "year", True),
    ]


def test_timeline_takes_the_year_before_or_after_not_this_year():
    """«العام المقبل» against a known publication day is a year on the timeline; "this year" is
    the time the article is written in (Al-Sharq Al-Awsat, 2 August 2015)."""
    from rasad.analysis.stories import timeline

    text = (
        "وستلتزم كل ولاية بتقديم خطة لوكالة حماية البيئة العام المقبل. "
        "وارتفعت مبيعات الشركة هذا العام."
    )
    doc = _dated("d1", None, text, "2015-08-02")
    assert [(e["date"], e["precision"]) for e in timeline([doc])] == [("2016", "year")]


def _dated(doc_id: str, title: str | None, text: str, day: str):
    """An Arabic document published on `day` (from its metadata), its dates read."""
    from datetime import date

    from rasad.model import Document
    from rasad.stages.dates import find_temporal

    doc = Document(id=doc_id, source="test", text=text, lang="ar", title=title)
    doc.published = {"value": day, "precision": "day", "window": [day, day], "source": "metadata"}
    doc.dates = find_temporal(text, "ar", date.fromisoformat(day))
    return doc


def test_timeline_leaves_out_other_news_in_an_aside():
    """A roundup's aside about other news ("من جهة اخرى …", "على صعيد آخر …") puts nothing on
    the story's timeline unless its sentence shares a word with the story's headlines (Al-Yaum
    and Al-Watan on the Suez Canal opening, 2 and 4 August 2015)."""
    from rasad.analysis.stories import timeline

    roundup = _dated(
        "yaum",
        "مصر ترفع تأهبها لافتتاح قناة السويس الجديدة",
        "وقف رئيس الوزراء المصري إبراهيم محلب على آخر الاستعدادات في زيارة قام بها أمس لمدينة "
        "الاسماعيلية.\nمن جهة اخرى ارجأت محكمة جنايات مصرية السبت الى 10 اغسطس النطق بالحكم على "
        "محمد الظواهري و66 آخرين.",
        "2015-08-02",
    )
    watan = _dated(
        "watan",
        "10 آلاف جندي يؤمنون افتتاح قناة السويس",
        "على صعيد آخر، كشفت مصادر حكومية أن رئيس الوزراء سيصدر خلال اجتماع الحكومة غدا قرارا "
        "باعتبار السادس من أغسطس إجازة حتى يتمكن المصريون من مشاهدة حفل الافتتاح.",
        "2015-08-04",
    )
    riyadh = _dated(
        "riyadh",
        "مصر: أكثر من 10 آلاف رجل أمن لتأمين افتتاح قناة السويس الجديدة",
        "أعلن مصدر أمني مصري مسؤول أن المرحلة النهائية من خطة تأمين حفل افتتاح مشروع قناة السويس.",
        "2015-08-04",
    )
    entries = timeline([roundup, watan, riyadh])
    dated = {(e["date"], e["evidence"][0]["doc"]) for e in entries}
    assert ("2015-08-01", "yaum") in dated  # Mahlab's visit, before the aside
    assert ("2015-08-10", "yaum") not in dated  # a verdict in other news
    assert ("2015-08-05", "watan") in dated  # an aside about the opening stays


def test_timeline_leaves_out_a_year_things_are_compared_with():
    """'32% in 2030 from their 2005 levels': 2030 is a deadline, 2005 a point of comparison
    (Al-Sharq Al-Awsat, 2 August 2015)."""
    from rasad.analysis.stories import timeline

    doc = _dated(
        "d1",
        "",
        "وتهدف النسخة المعدلة من خطة الطاقة النظيفة إلى خفض انبعاثات الكربون بنسبة 32 في المائة في "
        "2030، عن مستوياتها في 2005.",
        "2015-08-02",
    )
    assert [e["date"] for e in timeline([doc])] == ["2030"]


def test_one_happening_told_by_two_outlets_is_one_entry_with_each_outlets_words():
    """Ain Alyoum's long sentence and Al-Yaum's short one both date the video to Sunday with the
    same words around the date: one entry, each outlet's words and name (2 and 3 August 2015)."""
    from rasad.analysis.stories import timeline

    ain = _dated(
        "ain",
        "أوباما يكشف عن خطة كبيرة لمكافحة التغيير المناخي",
        "وسينشر البيت الابيض النسخة النهائية لخطة اميركا لطاقة نظيفة وهي مجموعة من القواعد "
        "البيئية والقوانين التي تستهدف مكافحة التلوث الصادر عن منشآت الطاقة في الولايات المتحدة، "
        "بحسب فيديو نشر صباح الاحد.",
        "2015-08-02",
    )
    ain.outlet = "Ain Alyoum"
    yaum = _dated(
        "yaum",
        "أوباما يكشف اليوم «أكبر خطة» لمكافحة التغيير المناخي",
        "وقال اوباما في فيديو نشر في ساعة مبكرة الاحد: «التغيير المناخي ليس مشكلة جيل آخر».",
        "2015-08-03",
    )
    yaum.outlet = "Al-Yaum"
    [entry] = [e for e in timeline([ain, yaum]) if e["date"] == "2015-08-02"]
    assert [(ev["doc"], ev["outlet"]) for ev in entry["evidence"]] == [
        ("ain", "Ain Alyoum"),
        ("yaum", "Al-Yaum"),
    ]
    assert "فيديو" in entry["evidence"][1]["text"]


def test_a_document_that_does_not_belong_adds_nothing_to_the_timeline():
    """A document placed in a story whose headline shares nothing with the story's others (the
    Korean health minister among the Saudi embassy in the Maldives) adds no entry; the story's
    own documents do (SaudiNewsNet, 2–4 August 2015)."""
    from rasad.analysis.stories import timeline

    ain = _dated(
        "ain",
        "سفارة المملكة في المالديف تباشر أعمالها اليوم",
        "فقد باشرت سفارة المملكة العربية السعودية في عاصمة جمهورية المالديف (ماليه) أعمالها "
        "اليوم الأحد.",
        "2015-08-02",
    )
    jazirah = _dated(
        "jazirah",
        "سفارة المملكة في المالديف باشرت أعمالها",
        "فقد باشرت سفارة المملكة العربية السعودية في عاصمة جمهورية المالديف (ماليه) أعمالها أمس.",
        "2015-08-03",
    )
    stray = _dated(
        "weeam",
        "كوريا الجنوبية تقيل وزير الصحة بسبب كورونا",
        "أقالت رئيسة كوريا الجنوبية وزير الصحة أمس بعد انتقادات لطريقة تعامله مع تفشي المرض.",
        "2015-08-04",
    )
    entries = timeline([ain, jazirah, stray])
    assert [(e["date"], [ev["doc"] for ev in e["evidence"]]) for e in entries] == [
        ("2015-08-02", ["ain", "jazirah"])
    ]


def test_why_names_entities_once_in_the_language_the_story_is_read_in(shared):
    """Reuters' Palu report (NTREX-128, ntrex-en-reuters.218863) with its Arabic and Persian
    translations: the story is read in its original's English, so the why line names Indonesia,
    Jakarta and Joko Widodo as the English writes them (main named them «إندونيسيا»,
    «جاكرتا», «جوكو ويدودو»: three languages tied and Arabic came first by name), and names
    each entity once (`one_entity_keys`: the keys the linker reads as one entity)."""
    import json

    from rasad.analysis.stories import one_entity_keys, reading_language, why
    from rasad.config import Settings
    from rasad.pipeline import build_pipeline
    from rasad.stages.readers import document_from_item

    path = shared / "corpus" / "ntrex_ar_fa_en" / "articles.jsonl"
    with path.open(encoding="utf-8") as lines:
        items = [a for a in map(json.loads, lines) if a["id"].endswith("-reuters.218863")]
    pipeline = build_pipeline(
        Settings(), ["extract", "clean", "outlet", "langid", "pubdate", "dates", "entities"]
    )
    docs = [pipeline(document_from_item(a, "test", a["id"])) for a in items]
    assert reading_language(docs) == "en"
    (line,) = [r for r in why(docs) if r.startswith("shared entities")]
    names = line.removeprefix("shared entities: ").split(", ")
    assert {"Indonesia", "Jakarta", "Joko Widodo"} <= set(names)
    assert all(n.isascii() for n in names), names
    entity_of = one_entity_keys(docs)
    named = {
        entity_of[m["entity"]]
        for d in docs
        for m in d.entities
        if " ".join(m["text"].split()) in names
    }
    assert len(named) == len(names)  # no entity named twice


def test_what_a_dated_report_recalls_from_before_its_day_is_background():
    """A report dated to its day tells its own happening within days of it: the last session
    before the Athens bourse closed (26 June) is background to its reopening (Al-Eqtisadiya's
    snn-2015-08-03-00194, published 3 August 2015); the reopening, that day, is its own."""
    from rasad.analysis.stories import timeline

    text = (
        "سجلت سوق الأسهم اليونانية هبوطا حادا اليوم الاثنين بعد إغلاقها على مدى خمسة أسابيع. "
        "وكانت آخر جلسة لسوق الأسهم قبل الإغلاق هي جلسة 26 من يونيو حزيران الماضي."
    )
    doc = _dated("d1", None, text, "2015-08-03")
    entries = [(e["date"], e["background"]) for e in timeline([doc])]
    assert entries == [("2015-08-03", False), ("2015-06-26", True)]
