"""Persian quote speakers, session 49 (quotes49fa, issue 21 point 3): the newspapers and foreign
people the cherry-picked recogniser rules of fanames48b name, read as speakers, and the failure
kinds of quotes_dev49fa.tsv. Short sentences written in the style of Fars News."""

from __future__ import annotations

from tests.support.quotes import speaker_of


def test_this_newspaper_is_the_paper_named_after_the_word():
    """«روزنامه «نزاويسمايا گازتا» … اين روزنامه گزارش داده بود: …» — the recogniser names the
    paper without «روزنامه» (an ORG); «اين روزنامه» still refers back to it."""
    text = (
        "به گزارش خبرگزاري فارس، راس ويلسون سفير آمريكا در آنكارا گفت: ما چنين طرحي را در دست"
        " نداريم.\nوي با اين سخنان گزارش روزنامه «نزاويسمايا گازتا» را رد كرد.\n"
        "اين روزنامه گزارش داده بود: پنتاگون طرحي را براي حمله آماده كرده است.\n"
    )
    assert speaker_of(text, "پنتاگون طرحي") == "نزاويسمايا گازتا"


def test_a_newspaper_named_without_the_word_leaves_where_it_is_printed():
    """«روزنامه ال مركوريو چاپ سانتياگو» — the paper is «ال مركوريو», not the city it is
    printed in."""
    text = (
        "به گزارش خبرگزاري فارس به نقل از روزنامه ال مركوريو چاپ سانتياگو، دولت شيلي با"
        " استرداد او موافقت نكرده است.\n"
    )
    assert speaker_of(text, "دولت شيلي") == "ال مركوريو"


def test_a_foreign_name_whose_given_name_is_a_persian_word():
    """«لری گیلز، کاپیتان گارد نجات … گفت» — «لری» is also a Persian word ("Lori"), but it
    opens the sentence before the surname: the speaker is the whole name."""
    text = (
        "یک پسر نوجوان در ساحل مورد حمله کوسه قرار گرفت.\nلری گیلز، کاپیتان گارد نجات در جلسه"
        " رسانه‌ای گفت: چند هفته قبل از آن یک کوسه در این منطقه دیده شده بود.\n"
    )
    assert speaker_of(text, "چند هفته") == "لری گیلز"


def test_a_pronoun_after_a_byline_source_is_the_person_named_again_later():
    """fars-8212160144: «به نقل از خبرگزاري قرآني ايران، … جعفري كار نگارش … دارد.» then «وي
    … توضيح داد» — the recogniser finds «جعفري» only further on; the pronoun is that person,
    not the agency."""
    text = (
        "به گزارش خبرگزاري فارس به نقل از خبرگزاري قرآني ايران، تاكنون شش جلد از اين تفسير"
        " به چاپ رسيده و جعفري كار نگارش جلد هفتم را در دست اقدام دارد.\nوي درباره اين اثر"
        " توضيح داد: اين مجموعه براي دانشجويان قابل استفاده است.\nجعفري در باره نام اين تفسير"
        " گفت: واژه كوثر به معناي خير كثير است.\n"
    )
    assert speaker_of(text, "اين مجموعه") == "جعفري"


def test_a_surname_of_two_words_before_a_role():
    """fars-8408210230: «عليرضا سرگل زهي شهردار منطقه 9 … گفت» — the recogniser leaves off
    «زهي», the surname's second word, right before the role."""
    text = (
        "به گزارش خبرگزاري فارس، رئيس جديد يگان اجرائيات منطقه 9 منصوب شد.\nدر اين مراسم"
        " عليرضا سرگل زهي شهردار منطقه 9 با اشاره به نقش نظم در جامعه گفت: همكاران اجرائيات"
        " كمتر مورد تقدير قرار مي‌گيرند.\n"
    )
    assert speaker_of(text, "همكاران") == "عليرضا سرگل زهي"


def test_a_surname_of_two_words_written_again_opening_a_sentence():
    """fars-8705100153: «محمد حسن اكبري مطلق … افزود» then «اكبري مطلق به …» — the article
    writes both words of the surname again, opening a sentence."""
    text = (
        "به گزارش خبرگزاري فارس، محمد حسن اكبري مطلق در نشست مديران بهزيستي بر اهميت برنامه"
        " تاكيد كرد و افزود: توجه مديران به اين برنامه ضروري است.\nاكبري مطلق به مواد قانون"
        " اشاره كرد.\n"
    )
    assert speaker_of(text, "توجه مديران") == "محمد حسن اكبري مطلق"


def test_a_preposition_after_a_name_is_no_part_of_the_surname():
    """«حسین انواری در نشست خبری … اظهار کرد» then «انواری در بخش دیگری …» — the pair is
    written again opening a sentence, but «در» goes on with the sentence (unlabelled Fars
    News, round quotes49fa)."""
    text = (
        "به گزارش خبرگزاری فارس، حسین انواری در نشست خبری اظهار کرد: امسال اشتغالزایی در"
        " روستاها ایجاد می‌شود.\nانواری در بخش دیگری از سخنان خود اضافه کرد: این توانمندسازی"
        " متفاوت است.\n"
    )
    assert speaker_of(text, "امسال") == "حسین انواری"


def test_a_source_after_according_to_keeps_its_kind_word():
    """fars-13951017000743: «به نقل از سایت فدراسیون فوتبال، …» — the website speaks, as the
    article names it (as a source before its content is written with its kind word)."""
    text = (
        "به گزارش خبرگزاری فارس و به نقل از سایت فدراسیون فوتبال، ملی پوشان فوتبال ایران امروز"
        " در یک نوبت به تمرین پرداختند.\n"
    )
    assert speaker_of(text, "ملی پوشان") == "سایت فدراسیون فوتبال"


def test_this_newspaper_with_an_object_after_it_names_no_paper():
    """quotes_ar_fa.tsv, fars-8501260288: «ديلي‌تلگراف … گزارش داد: …» then «اين روزنامه دولت
    توني بلر را مقصر اين امر عنوان كرده و نوشت: …» — «اين روزنامه» is the Telegraph; the
    government after it is the object, no paper named «دولت توني بلر»."""
    text = (
        "ديلي‌تلگراف در شماره امروز خود در اين باره گزارش داد: «هر انگليسي سالانه 800 پوند"
        " قمار مي‌كند.»\nاين روزنامه دولت توني بلر را مقصر اين امر عنوان كرده و نوشت: «دولت،"
        " با نرمش در قوانين شرط‌بندي كمك زيادي كرده است.»\n"
    )
    assert speaker_of(text, "دولت، با نرمش") == "ديلي‌تلگراف"
