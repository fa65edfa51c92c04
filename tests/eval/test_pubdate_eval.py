"""`rasad eval pubdate`: the two samples and how one article's date is judged."""

from __future__ import annotations

from datetime import date

from rasad.eval.pubdate import judge, sample


def _pub(value: str, first: str, last: str) -> dict:
    return {"value": value, "precision": "day", "window": [first, last], "source": "inferred"}


def test_judge_counts_a_year_outside_the_window_as_wrong():
    truth = date(2015, 8, 2)
    assert judge(None, truth) == {
        "dated": False,
        "contains": False,
        "width": None,
        "wrong_year": False,
    }
    inside = judge(_pub("2015-08-01", "2015-08-01", "2015-08-03"), truth)
    assert inside["contains"] and inside["width"] == 3 and not inside["wrong_year"]
    assert judge(_pub("1938", "1938-01-01", "1939-12-31"), truth)["wrong_year"]
    # the right year as a value, but a window that ends the year before
    assert judge(_pub("2015", "2014-01-01", "2014-12-31"), truth)["wrong_year"]


def test_samples_are_disjoint_and_cover_both_corpora(shared):
    evaluated, development = sample(shared, "eval"), sample(shared, "dev")
    assert len(evaluated) >= 1000
    assert not {a["id"] for a in evaluated} & {a["id"] for a in development}
    assert {a["corpus"] for a in evaluated} == {"farsnews_fa", "saudinewsnet_ar"}
    years = {a["published"][:4] for a in evaluated if a["corpus"] == "farsnews_fa"}
    assert len(years) >= 17
    assert [a["id"] for a in sample(shared, "eval")] == [a["id"] for a in evaluated]


def test_grouped_neighbours_are_dated_documents_never_withheld_ones(shared, tmp_path):
    """Real articles in a real SQLite archive with real vectors: a withheld article's
    neighbours are the dated documents whose title-and-lead vector is near its own."""
    from rasad.cluster.embed import default_encoder, embed_text
    from rasad.eval.pubdate import Neighbours
    from rasad.model import Document
    from rasad.stages.pubdate import from_metadata
    from rasad.store import open_store

    snn = [a for a in (json_articles(shared, "saudinewsnet_ar")) if len(a["text"]) > 400][:2]
    fars = [a for a in json_articles(shared, "farsnews_fa") if len(a["text"]) > 400][:1]
    story, other = snn[0], snn[1]
    reprints = [  # one wire story as three outlets ran it: the same lead, an edited tail
        dict(story, id=f"{story['id']}-{k}", text=story["text"] + "\n" + tail, published=day)
        for k, (tail, day) in enumerate(
            (("(واس)", "2015-08-02"), ("المصدر: واس", "2015-08-03"), ("", None))
        )
    ]
    docs = []
    for a in [*reprints, other, *fars]:
        doc = Document(a["id"], "test", raw_text=a["text"], title=a["title"], text=a["text"])
        doc.lang, doc.published = a["lang"], from_metadata(a.get("published"))
        docs.append(doc)
    store = open_store(str(tmp_path / "archive.db"))
    store.put_documents(docs)
    encoder = default_encoder()
    store.put_vectors((d.id, encoder.encode([embed_text(d)])[0]) for d in docs)
    store.close()

    withheld = reprints[2]["id"]
    near = Neighbours(str(tmp_path / "archive.db"), {withheld})
    assert sorted(near.days_near(withheld)) == [date(2015, 8, 2), date(2015, 8, 3)]
    # a withheld reprint is no neighbour of its own story
    near = Neighbours(str(tmp_path / "archive.db"), {withheld, reprints[0]["id"]})
    assert near.days_near(withheld) == [date(2015, 8, 3)]
    assert near.days_near("not in the archive") == []


def json_articles(shared, folder):
    import json

    path = shared / "corpus" / folder / "articles.jsonl"
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for _, line in zip(range(50), lines, strict=False)]
