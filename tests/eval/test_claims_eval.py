"""The claim-pair labels point at corpus sentences, and the scorer reports both sets."""

from __future__ import annotations

import pytest

from rasad.eval.claims import LABELS, read_pairs, sentence_sha1, statement
from rasad.eval.shared import corpus_articles


def test_pairs_point_at_corpus_sentences(shared):
    rows = read_pairs(LABELS / "claim_pairs.tsv")
    articles = corpus_articles(shared, {r[k] for r in rows for k in ("article_a", "article_b")})
    if not articles:
        pytest.skip("corpora not present")
    assert len(rows) >= 60
    for r in rows:
        for side in ("a", "b"):
            article = articles[r[f"article_{side}"]]
            start, end = r[f"start_{side}"], r[f"end_{side}"]
            assert sentence_sha1(article, start, end) == r[f"sha1_{side}"]
            assert statement(article, start, end).lang == r[f"lang_{side}"]
        assert r["article_a"] != r["article_b"]


def test_scorer_on_both_sets(shared):
    from rasad.eval.claims import evaluate_claims, format_claims_report

    result = evaluate_claims(shared, embeddings=False)
    if not result:
        pytest.skip("corpora not present")
    report = format_claims_report(result)  # `rasad eval claims --no-embeddings` prints it
    assert "previous release" in report and "+ embeddings" not in report
    for name, pairs in (("claim-pairs", 60), ("claim-pairs-heldout", 150)):
        r = result[name]
        assert r["pairs"] >= pairs
        # accuracy is the confusion matrix's diagonal over all pairs (gated in baseline.json)
        confusion = r["confusion"]
        assert sum(confusion.values()) == r["pairs"]
        right = sum(n for k, n in confusion.items() if k.split(" -> ")[0] == k.split(" -> ")[1])
        assert r["accuracy"] == pytest.approx(right / r["pairs"])
        assert set(r["labels"]) == {"contradict", "update", "agree", "unrelated"}
        assert r["previous_release"]["pairs"] == r["pairs"]


def test_dev31_pairs_point_at_corpus_sentences(shared):
    rows = read_pairs(LABELS / "claim_pairs_dev31.tsv")
    articles = corpus_articles(shared, {r[k] for r in rows for k in ("article_a", "article_b")})
    if not articles:
        pytest.skip("corpora not present")
    assert len(rows) == 44
    assert sum(r["label"] == "contradict" for r in rows) == 8
    assert sum(r["lang_a"] != r["lang_b"] for r in rows) == 17
    for r in rows:
        for side in ("a", "b"):
            article = articles[r[f"article_{side}"]]
            start, end = r[f"start_{side}"], r[f"end_{side}"]
            assert sentence_sha1(article, start, end) == r[f"sha1_{side}"]
            assert article["lang"] == r[f"lang_{side}"]


@pytest.mark.parametrize(
    ("name", "pairs", "contradictions", "earlier", "two_outlets"),
    [
        ("claim_pairs_dev33.tsv", 27, 4, ["claim_pairs.tsv", "claim_pairs_dev31.tsv"], False),
        (
            "claim_pairs_dev36.tsv",
            61,
            4,
            ["claim_pairs.tsv", "claim_pairs_dev31.tsv", "claim_pairs_dev33.tsv"],
            True,
        ),
        (
            "claim_pairs_dev40.tsv",
            48,
            12,
            [
                "claim_pairs.tsv",
                "claim_pairs_dev31.tsv",
                "claim_pairs_dev33.tsv",
                "claim_pairs_dev36.tsv",
            ],
            True,
        ),
        (
            "claim_pairs_dev41.tsv",
            58,
            14,
            [
                "claim_pairs.tsv",
                "claim_pairs_dev31.tsv",
                "claim_pairs_dev33.tsv",
                "claim_pairs_dev36.tsv",
                "claim_pairs_dev40.tsv",
            ],
            True,
        ),
        (
            "claim_pairs_dev42.tsv",
            54,
            4,
            [
                "claim_pairs.tsv",
                "claim_pairs_dev31.tsv",
                "claim_pairs_dev33.tsv",
                "claim_pairs_dev36.tsv",
                "claim_pairs_dev40.tsv",
                "claim_pairs_dev41.tsv",
            ],
            True,
        ),
        (
            "claim_pairs_dev43.tsv",
            61,
            3,
            [
                "claim_pairs.tsv",
                "claim_pairs_dev31.tsv",
                "claim_pairs_dev33.tsv",
                "claim_pairs_dev36.tsv",
                "claim_pairs_dev40.tsv",
                "claim_pairs_dev41.tsv",
                "claim_pairs_dev42.tsv",
            ],
            True,
        ),
        (
            # one pair tells one crash from one outlet's two days (pair 34, noted in
            # claims_dev44.md), so two outlets are not asserted
            "claim_pairs_dev44.tsv",
            54,
            1,
            [
                "claim_pairs.tsv",
                "claim_pairs_dev31.tsv",
                "claim_pairs_dev33.tsv",
                "claim_pairs_dev36.tsv",
                "claim_pairs_dev40.tsv",
                "claim_pairs_dev41.tsv",
                "claim_pairs_dev42.tsv",
                "claim_pairs_dev43.tsv",
            ],
            False,
        ),
        (
            "claim_pairs_dev44b.tsv",
            49,
            0,
            [
                "claim_pairs.tsv",
                "claim_pairs_dev31.tsv",
                "claim_pairs_dev33.tsv",
                "claim_pairs_dev36.tsv",
                "claim_pairs_dev40.tsv",
                "claim_pairs_dev41.tsv",
                "claim_pairs_dev42.tsv",
                "claim_pairs_dev43.tsv",
                # not dev44: the two were annotated side by side in session 44, each before
                # its round's tuning, and share an article or two
            ],
            True,
        ),
        (
            "claim_pairs_dev47.tsv",
            13,
            4,
            [
                "claim_pairs.tsv",
                "claim_pairs_dev31.tsv",
                "claim_pairs_dev33.tsv",
                "claim_pairs_dev36.tsv",
                "claim_pairs_dev40.tsv",
                "claim_pairs_dev41.tsv",
                "claim_pairs_dev42.tsv",
                "claim_pairs_dev43.tsv",
                "claim_pairs_dev44.tsv",
                "claim_pairs_dev44b.tsv",
            ],
            True,
        ),
        (
            # pair 46 is one outlet's story and its reprint a day later, so two outlets are
            # not asserted
            "claim_pairs_dev49.tsv",
            81,
            1,
            [
                "claim_pairs.tsv",
                "claim_pairs_dev31.tsv",
                "claim_pairs_dev33.tsv",
                "claim_pairs_dev36.tsv",
                "claim_pairs_dev40.tsv",
                "claim_pairs_dev41.tsv",
                "claim_pairs_dev42.tsv",
                "claim_pairs_dev43.tsv",
                "claim_pairs_dev44.tsv",
                "claim_pairs_dev44b.tsv",
                "claim_pairs_dev47.tsv",
                "claim_pairs_dev48.tsv",
            ],
            False,
        ),
    ],
)
def test_dev_pairs_point_at_unused_corpus_sentences(
    shared, name, pairs, contradictions, earlier, two_outlets
):
    """Each development set's pairs point at corpus sentences (their hashes) in articles no
    other claim set uses; from dev36 on, the two sides of a SaudiNewsNet pair are always two
    outlets (dev41's BBC and ntrex pairs are two articles of one outlet, or one article and its
    translation)."""
    rows = read_pairs(LABELS / name)
    articles = corpus_articles(shared, {r[k] for r in rows for k in ("article_a", "article_b")})
    if not articles:
        pytest.skip("corpora not present")
    assert len(rows) == pairs
    assert sum(r["label"] == "contradict" for r in rows) == contradictions
    others = set()
    for other in [*earlier, "claim_pairs_heldout.tsv"]:
        others |= {r[k] for r in read_pairs(LABELS / other) for k in ("article_a", "article_b")}
    for r in rows:
        if two_outlets and r["article_a"].startswith("snn-"):
            assert articles[r["article_a"]]["outlet"] != articles[r["article_b"]]["outlet"]
        for side in ("a", "b"):
            article = articles[r[f"article_{side}"]]
            start, end = r[f"start_{side}"], r[f"end_{side}"]
            assert sentence_sha1(article, start, end) == r[f"sha1_{side}"]
            assert r[f"article_{side}"] not in others  # no article another claim set uses


def test_missed_contradictions_are_counted_by_class(shared):
    from rasad.eval.claims import evaluate_set

    result = evaluate_set(shared, LABELS / "claim_pairs_dev33.tsv", embeddings=False)
    if not result:
        pytest.skip("corpora not present")
    found = result["labels"]["contradict"]["recall"] * result["labels"]["contradict"]["gold"]
    assert sum(result["missed"].values()) == 4 - round(found)
    assert all(isinstance(why, str) and why for why in result["missed"])


def test_an_unaligned_miss_is_classed_with_what_a_later_step_would_say():
    # dev40 pairs 10/11 (SaudiNewsNet, two outlets, one Community Shield preview): Chelsea's
    # titles, three before vs four. Until session 50 rasad did not align the sentences (no name
    # in common: «تشيلسي» was not recognised); arclubs50 reads both spellings as the club, and
    # the pair is now aligned and still missed: the second sentence's score «3 -صفر» is a
    # figure in common with «ثلاث» (a missed contradiction, never a false one)
    from rasad.analysis.statements import relate, statement_in
    from rasad.eval.claims import analysed_article, miss_class

    a_text = "وكان تشيلسي قد حصل على لقب البطولة في ثلاث مرات سابقة."
    b_text = (
        "ويخوض ارسنال المسابقة للمرة الحادية والعشرين باحثا عن لقبه الرابع عشر بعد تتويجه"
        " العام الماضي على حساب مانشستر سيتي 3 -صفر، فيما احرز تشلسي اللقب اربع مرات اخرها"
        " في 2009 وذلك في 11 مشاركة."
    )
    # the club called by a description, no name in common: the pair is not aligned, and the
    # class says what a later step would give
    unnamed_text = b_text.replace("تشلسي", "النادي اللندني")
    found = []
    for i, text in enumerate((a_text, b_text, unnamed_text)):
        article = {"id": f"t{i}", "text": text, "lang": "ar", "published": "2015-08-02"}
        article["outlet"] = f"outlet {i}"
        found.append(statement_in(analysed_article(article), 0, len(text)))
    a, b, unnamed = found
    rel = relate(a, b)
    assert (rel.verdict, rel.reason) == ("agree", "a figure in common")
    assert miss_class(a, b, rel.reason) == "a figure in common"
    rel = relate(a, unnamed)
    assert rel.verdict == "unrelated"
    assert miss_class(a, unnamed, rel.reason) == (
        "not aligned (one language, figures; if aligned: agree)"
    )


def test_the_eval_reads_an_age_as_the_numbers_stage_does():
    """A duration stays a number in the numbers stage («(24 عاما)», an age); the eval read it
    as a date and lost it, so no dev pair could compare two ages told in digits
    (claim_pairs_dev47.tsv pair 2, SaudiNewsNet 2015-08-02)."""
    from rasad.eval.claims import analysed_article

    text = "اقتربت إدارة نادي الاتحاد من إعلان التعاقد مع اللاعب الغاني مبارك واكاسو (24 عاما)، لينضم إلى صفوف الفريق الأول لكرة القدم."
    doc = analysed_article({"id": "t", "text": text, "lang": "ar", "published": "2015-08-02"})
    assert [n["value"] for n in doc.numbers] == [24]
