"""A story's contradiction search at scale gives what the pair-by-pair search gave: the
aligned pairs found from each statement's best match per document are the candidate pairs
that pass the mutual alignment, and a sentence read from the cache is the sentence read
afresh (real news sentences, copied across outlets as wire stories are)."""

from __future__ import annotations

from datetime import date

from rasad.analysis.statements import (
    Alignment,
    aligned_pairs,
    comparable,
    comparison_blocks,
    sentence_reading,
    source_of,
    statement_of,
    statements,
    story_contradictions,
)
from rasad.model import Document
from rasad.stages.dates import find_temporal
from rasad.stages.entities import find_entities
from rasad.stages.numbers import find_numbers

# real sentences (Saudi and Iraqi outlets, 2015-08) as tests/test_statements.py uses them
TOLL_A = "أعلن مصدر طبي عن مقتل 35 مدنيا في قصف جوي استهدف أحد المنازل في قضاء الرطبة غرب الأنبار."
TOLL_B = "أفادت مصادر محلية بمقتل 46 مدنيا في قصف جوي استهدف منزلا في قضاء الرطبة غرب الأنبار."
CRASH_A = "لقي 12 شخصا مصرعهم في حادث تصادم حافلة بشاحنة على طريق الطائف."
CRASH_B = (
    "أسفر انقلاب حافلة الركاب قرب الطائف أمس عن مقتل 9 أشخاص وإصابة آخرين، بحسب الهلال الأحمر."
)
TRADE = "أخفق وزراء دول المحيط الهادي في التوصل لاتفاق أمس الجمعة لتحرير التجارة بين 12 دولة."
FIGHTING = "أسفرت المعارك في مديرية حدنان أمس عن مقتل 56 من مسلحي الحوثي، بحسب المقاومة الشعبية."


def analysed(text: str, day: str, outlet: str, doc_id: str) -> Document:
    doc = Document(id=doc_id, source="t", text=text, lang="ar")
    doc.outlet = outlet
    doc.published = {"value": day, "precision": "day", "window": [day, day], "source": "t"}
    doc.dates = find_temporal(text, "ar", date.fromisoformat(day))
    doc.numbers = find_numbers(text, "ar", [(d["start"], d["end"]) for d in doc.dates])
    doc.entities = find_entities(text, "ar")
    return doc


def wire_story() -> list[Document]:
    """One wire text in eight outlets (two of them changing a figure), and other reports."""
    wire = "\n".join([TOLL_A, CRASH_A, TRADE])
    docs = []
    for n in range(8):
        text = wire.replace("35", "37") if n in (3, 6) else wire
        docs.append(analysed(text, f"2015-08-0{1 + n % 2}", f"outlet{n % 5}", f"w{n}"))
    docs.append(analysed("\n".join([TOLL_B, CRASH_B]), "2015-08-01", "outlet7", "o1"))
    docs.append(analysed("\n".join([FIGHTING, CRASH_B]), "2015-08-02", "outlet8", "o2"))
    return docs


def candidate_pairs(said) -> set[tuple[int, int]]:
    """The pair-by-pair search: every pair of one block from two sources."""
    pairs: set[tuple[int, int]] = set()
    for members in comparison_blocks(said).values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if source_of(said[i]) != source_of(said[j]):
                    pairs.add((i, j))
    return pairs


def mutual(aligned: Alignment, i: int, j: int) -> bool:
    """Each is the other's best match in its document (a toll among the tolls of its kind)."""
    said = aligned.said
    tolls: list[set[int]] = [set() for _ in said]
    for b, (key, members) in enumerate(comparison_blocks(said).items()):
        if key[1] == "v" and key[2].startswith("<"):
            for k in members:
                tolls[k].add(b)
    return aligned.best(i, said[j].doc, tolls) == j and aligned.best(j, said[i].doc, tolls) == i


def test_aligned_pairs_are_the_mutually_aligned_candidate_pairs():
    said = comparable(wire_story())
    aligned = Alignment(said)
    expected = sorted(p for p in candidate_pairs(said) if mutual(aligned, *p))
    assert expected  # the copies align with each other
    assert aligned_pairs(said) == expected


def test_the_wire_story_still_finds_its_changed_figure():
    found = story_contradictions(wire_story())
    assert any(set(item["values"]) == {"35", "37"} for item in found)


def test_a_cached_sentence_reading_is_the_fresh_one_and_not_shared():
    doc = analysed("\n".join([TOLL_A, CRASH_B]), "2015-08-01", "outlet1", "c1")
    sentence_reading.cache_clear()
    fresh = statements(doc)
    again = statements(doc)  # read from the cache
    assert [vars(a) == vars(b) for a, b in zip(fresh, again, strict=True)] == [True] * len(fresh)
    fresh[0].keys.add("<changed>")  # a statement's sets are its own
    assert "<changed>" not in statement_of(doc, fresh[0].start, fresh[0].end).keys


def test_a_toll_is_matched_with_the_other_document_s_toll_not_its_closest_wording():
    # the second document's first sentence shares more words with the toll than its own toll
    # sentence does, but gives no toll: the toll is compared with the toll
    rains = (
        "لقي 15 شخصًا مصرعهم وأصيب 12 آخرون اليوم جراء حوادث ناجمة عن الأمطار الغزيرة في باكستان."
    )
    other = (
        "تسببت الأمطار الغزيرة في باكستان اليوم في حوادث ناجمة عنها منذ 3 أيام.\n"
        "وخلفت السيول 20 قتيلا."
    )
    docs = [analysed(rains, "2015-08-01", "A", "d1"), analysed(other, "2015-08-01", "B", "d2")]
    said = comparable(docs)
    toll = next(i for i, s in enumerate(said) if s.doc == "d2" and "قتيلا" in s.text)
    assert any(toll in pair for pair in aligned_pairs(said))


def test_cue_loops_ask_only_where_a_phrase_may_begin(seed_text):
    """Polarity and the mood cues read as when every word was asked (`cue_in` at each
    position), on the sentences of real articles in the three languages and on denials."""
    import rasad.analysis.statements as st
    from rasad.text.sentences import tagging_sentences

    everywhere = {}

    def every_position(words, phrases):
        index = st.by_first_word(phrases)
        return any(st.cue_in(words, i, index) for i in range(len(words)))

    texts = [seed_text(p) for p in ("000", "001", "002", "003", "004")]
    texts.append("نفت الوزارة أن يكون 12 شخصا قد قتلوا. لم يقتل أحد. ما لا يقل عن 151 جريحا.")
    texts.append("The ministry denied that 12 people were killed. No one was hurt in the blast.")
    table = st.cues()
    for text in texts:
        for s, e in tagging_sentences(text):
            sentence = text[s:e]
            words = [w for _, _, w in st.words_of(sentence)]
            for lang in ("ar", "fa", "en"):
                for kind in ("modal", "revision", "tally", "denial", "negation", "at_least"):
                    phrases = table.get((lang, kind), ())
                    got = st.has_cue(words, phrases)
                    everywhere[got] = everywhere.get(got, 0) + 1
                    assert got == every_position(words, phrases)
    assert everywhere.get(True, 0) > 5  # some cues were met


def test_polarity_is_read_as_when_every_word_is_asked(seed_text, monkeypatch):
    import rasad.analysis.statements as st
    from rasad.text.sentences import tagging_sentences

    texts = [seed_text(p) for p in ("000", "001", "002", "003", "004")]
    texts.append("نفت الوزارة أن يكون 12 شخصا قد قتلوا. لم يقتل أحد. ما لا يقل عن 151 جريحا.")
    texts.append("The ministry denied that 12 people were killed. No one was hurt in the blast.")
    sentences = [text[s:e] for text in texts for s, e in tagging_sentences(text)]
    langs = ("ar", "fa", "en")
    fast = [st.polarity_of(x, lang) for x in sentences for lang in langs]
    monkeypatch.setattr(st, "may_begin", lambda word, index: True)
    assert [st.polarity_of(x, lang) for x in sentences for lang in langs] == fast
    assert sum(p[0] != "asserted" for p in fast) >= 3
