"""A left-to-right mark typed inside a Persian word for its ZWNJ (Fars News, 30 articles of the
corpus, 411 marks) is read as the ZWNJ for matching and recognition; the text keeps it."""

from rasad.stages.entities import find_entities
from rasad.text.normalize import fold_same_length, normalize

LRM, ZWNJ = "\u200e", "\u200c"


def test_a_mark_inside_a_word_matches_as_its_zwnj():
    assert normalize(f"ولی{LRM}پور") == normalize(f"ولی{ZWNJ}پور") == "ولی پور"
    assert normalize(f"{LRM}ولی پور") == "ولی پور"  # a mark before a word is dropped, as before
    assert fold_same_length(f"ولی{LRM}پور") == fold_same_length(f"ولی{ZWNJ}پور")


def test_a_province_written_with_the_mark_is_the_province_and_keeps_its_text():
    text = (
        f"به گزارش خبرگزاری فارس از مشهد و به نقل از روابط عمومی اداره کل ورزش و جوانان "
        f"خراسان{LRM}رضوی، مریم پورجعفریان که به همراه محمود نصیرلو باید پنجم تا 15 تیر ماه"
    )
    province = [e for e in find_entities(text, "fa") if e["text"].startswith("خراسان")]
    assert [(e["text"], e["type"]) for e in province] == [(f"خراسان{LRM}رضوی", "GPE")]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in province)


def test_a_surname_written_with_the_mark_stays_whole():
    text = (
        f"حسین عجم{LRM}نوروزی امروز در گفت{LRM}وگو با خبرنگار فارس در گرگان اظهار داشت: در حال حاضر"
    )
    names = [e["text"] for e in find_entities(text, "fa") if e["type"] == "PER"]
    assert names == [f"حسین عجم{LRM}نوروزی"]
