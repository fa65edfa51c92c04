"""Cut and fused Arabic names fixed on entities_dev47 (session 47: long names, names joined by
«و», future verbs and pious formulas run on into a name, bodies with «و» in their name), on
short real sentences of the SaudiNewsNet corpus."""

from __future__ import annotations

from rasad.stages.entities import find_entities
from tests.support.entities import arabic as names


def people(text: str) -> set[str]:
    return {t for t, k in names(text) if k == "PER"}


def test_a_title_grows_no_name_over_the_next_name_or_a_future_verb():
    text = "ترى من نصدق؛ أغاني السيد روحاني وجواد ظريف، أم أناشيد الحرب التي ينشدها المرشد."
    assert "روحاني" in people(text) and "روحاني وجواد" not in people(text)
    text = "الرئيس روحاني سيزور باريس في شهر نوفمبر المقبل ورجال الأعمال الفرنسيون كذلك."
    assert "روحاني" in people(text) and "روحاني سيزور" not in people(text)


def test_a_name_run_on_over_waw_splits_when_both_sides_are_names():
    text = "عبد الله الفرشان، عقيل العبودي، حسام راجح وطلال الشهري وبهذا الفوز يتصدر الهلال."
    assert {"حسام راجح", "طلال الشهري"} <= people(text)
    # what follows «و» is no name: the role «ولي العهد», a nationality
    text = (
        "أكد اقتصاديون أن زيارة صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد النائب "
        "الثاني لرئيس مجلس الوزراء وزير الدفاع الى مصر امس الاول تعطي إشارة البدء."
    )
    assert people(text) == {"محمد بن سلمان"}


def test_a_chain_through_al_is_the_whole_name_and_no_word_after_it():
    text = (
        "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس "
        "باتريك ألين حاكم عام جامايكا بمناسبة ذكرى استقلال بلاده."
    )
    assert people(text) == {"سلمان بن عبدالعزيز آل سعود", "باتريك ألين"}


def test_the_given_name_ali_before_bin_and_a_family_name_ending_the_phrase():
    text = (
        "وأوضح المتحدث الرسمي لإمارة المنطقة علي بن موسى زعلة أن سمو أمير المنطقة وجه محافظي "
        "المحافظات على الفور."
    )
    assert "علي بن موسى زعلة" in people(text)
    text = (
        "قرارا بتشكيل لجنة تعنى بالفصل في الطعون بمنطقة المدينة المنورة، برئاسة الدكتور مصطفى "
        "كرامة الله مخدوم.\n وبينت أمانة منطقة المدينة المنورة أن اللجنة تختص بالنظر."
    )
    assert "مصطفى كرامة الله مخدوم" in people(text)


def test_a_pious_formula_or_a_titles_abbreviation_is_no_part_of_a_name():
    text = "سعادة الأستاذ تركي السديري حفظه الله \nالمشرف العام لمؤسسة اليمامة الصحفية "
    assert people(text) == {"تركي السديري"}
    text = (
        "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع – حفظه الله – ولقاءه "
        "الملك عبدالله الثاني بن الحسين؛ يتم في إطار التشاور."
    )
    assert "حفظه الله" not in people(text)
    text = "حيث يترأس اللجنة د. أحمد الحليبي وبعضوية كل من (د. يوسف الجبر ود. إحسان أبو حليقة)."
    assert "يوسف الجبر" in people(text) and "يوسف الجبر ود" not in people(text)


def test_a_body_with_waw_in_its_name_is_one_name():
    text = (
        "مشيداً بالتعاون الملموس بين الرئاسة ووزارة الثقافة والإعلام ممثلة بهيئة الإذاعة "
        "والتلفزيون و التي تأتي ترجمة للجهود."
    )
    assert ("هيئة الإذاعة والتلفزيون", "ORG") in names(text)
    text = "وذكرت وكالة الطاقة والموارد الطبيعية اليابانية في تقرير أولي أن الواردات تراجعت."
    assert ("وكالة الطاقة والموارد الطبيعية اليابانية", "ORG") in names(text)
    # «و» before a participle or a plural joins no part of the name
    text = "للخريجين المتقدمين للتدريس المحولين من وزارة الخدمة المدنية والبالغ عددهم 377 متقدماً."
    assert ("وزارة الخدمة المدنية", "ORG") in names(text)


def test_a_body_is_one_name_where_the_document_writes_it_whole_elsewhere():
    text = (
        "عقد مجلس الشؤون الاقتصادية والتنمية اجتماعاً بعد ظهر اليوم الاثنين في قصر السلام بجدة. "
        "وأوضح رئيس مجلس الشؤون الاقتصادية والتنمية. ثم رابط الخبر: مجلس الشؤون الاقتصادية "
        "والتنمية يطلع على الرؤى."
    )
    bodies = {t for t, k in names(text) if k == "ORG"}
    assert "مجلس الشؤون الاقتصادية والتنمية" in bodies and "مجلس الشؤون الاقتصادية" not in bodies


def test_the_recogniser_and_the_linker_share_one_speech_verb_test():
    from rasad.entities import link, recognise

    assert link.opens_arabic_speech is recognise.opens_arabic_speech
    assert recognise.opens_arabic_speech("وقال") and recognise.opens_arabic_speech("فأضاف")
    # a phrase cue with its space folded away is no word («وفقا ل» → «وفقال», «جاء في»)
    assert not recognise.opens_arabic_speech("وفقال")
    assert not recognise.opens_arabic_speech("جاءفي")


def test_words_the_tagger_took_for_a_name_grow_over_no_family_name():
    # the whole-archive look (session 47): the tagger's «مسؤولون يرافقون» ("officials
    # accompanying") grew over «بحاح إن» and took the document's bare «بحاح» from Khaled Bahah
    text = (
        "وصل نائب الرئيس خالد بحاح إلى عدن أمس. "
        "وقال مسؤولون يرافقون بحاح إن خطته تتمثل في ما بدأه وفد وزاري سابق."
    )
    found = find_entities(text, "ar")
    assert not any(m["text"].endswith("يرافقون بحاح") for m in found)
    bahah = {m["entity"] for m in found if m["text"] in ("خالد بحاح", "بحاح")}
    assert len(bahah) == 1


def test_a_title_grows_a_name_over_its_own_word_beginning_with_waw():
    # «جوكو ويدودو» (Joko Widodo): «ويدودو» is no «و» + a known name, so the title's name runs on
    # over it, and the mention links to the English entity (tests/test_search_entity_links.py)
    text = "وقال الرئيس جوكو ويدودو في حملته الانتخابية إن تحسين البنية التحتية أولوية."
    assert "جوكو ويدودو" in {m["text"] for m in find_entities(text, "ar")}
    # a known given name after «و» is the next person of a list
    text = "وقال السيد روحاني وجواد ظريف إن الاتفاق قائم."
    assert "روحاني وجواد" not in {m["text"] for m in find_entities(text, "ar")}
