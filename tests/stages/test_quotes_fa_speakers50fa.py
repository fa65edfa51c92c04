"""Persian quote speakers, session 50 (quotes50fa, issue 21 point 3): the failure kinds of
quotes_dev50fa.tsv — offices written after the name («بخشدار», «مخبر کمیسیون»), an unnamed
source placed in a body («یک منبع در سازمان ملل»), a source's name cut inside a joined word,
«وی» opening a paragraph after a one-sentence paragraph about another person. Short sentences
written in the style of Fars News."""

from __future__ import annotations

from tests.support.quotes import found_quotes, speaker_of


def test_a_district_governor_is_the_man_named_before():
    """fars-8708040919: «مجتبي شاكري … گفت» then «بخشدار مركزي تايباد تصريح كرد»: the office
    of the man named, not a new speaker."""
    text = (
        "به گزارش خبرگزاري فارس، مجتبي شاكري در همايش آموزشي دهياران گفت: بخش مركزي داراي 24"
        " روستا است.\nشاكري ادامه داد: دهياران در يك كارگاه آموزشي شركت كرده‌اند.\nبخشدار مركزي"
        " تايباد تصريح كرد: علاوه بر اين كارگاه، دهياران آموزش ديده‌اند.\n"
    )
    quote = next(q for q in found_quotes(text, "fa") if q["text"].startswith("علاوه بر"))
    first = next(q for q in found_quotes(text, "fa") if q["text"].startswith("بخش مركزي"))
    assert quote["speaker"] == first["speaker"] or quote["speaker_text"] == "مجتبي شاكري"


def test_a_committee_rapporteur_is_the_man_named_before():
    """fars-8607030189: «محمد حياتي … گفت» then «مخبر كميسيون آموزش و تحقيقات مجلس اظهار
    داشت»: the rapporteur is the man named, not the committee."""
    text = (
        "محمد حياتي در گفت‌وگو با خبرنگار فارس گفت: ما در بحث فضاهاي آموزشي دچار مشكل بوديم.\n"
        "حياتي افزود: اين كار زمان طولاني را مي‌برد.\nمخبر كميسيون آموزش و تحقيقات مجلس اظهار"
        " داشت: در حال حاضر سازمان نوسازي مدارس به بازسازي مدارس مي‌پردازد.\n"
    )
    assert speaker_of(text, "در حال حاضر") != "كميسيون آموزش و تحقيقات مجلس"
    quote = next(q for q in found_quotes(text, "fa") if q["text"].startswith("در حال حاضر"))
    first = next(q for q in found_quotes(text, "fa") if q["text"].startswith("ما در بحث"))
    assert quote["speaker"] == first["speaker"]


def test_a_source_in_a_body_keeps_the_body():
    """fars-13981021000595: «یک منبع در سازمان ملل گفت که …»: a source in the UN, not «یک
    منبع»; «او همچنین گفت» is the same source."""
    text = (
        "به گزارش فارس، یازده کشور حق رأی ندارند.\nیک منبع در سازمان ملل گفت که لبنان تلاش کرده"
        " تا اوضاع را بهبود بخشد.\nاو همچنین گفت که پیش‌بینی می‌کند این مشکل حل شود.\n"
    )
    assert speaker_of(text, "لبنان تلاش") == "یک منبع در سازمان ملل"
    assert speaker_of(text, "پیش‌بینی می‌کند") == "یک منبع در سازمان ملل"


def test_a_source_in_a_conversation_is_no_body():
    """«یک مقام آمریکایی در گفت‌وگو با …»: no body is named after «در»; the source as before."""
    text = (
        "به گزارش فارس، یک مقام آمریکایی در گفت‌وگو با خبرنگاران گفت که این نشست به تعویق"
        " افتاده است.\n"
    )
    assert speaker_of(text, "این نشست") == "یک مقام آمریکایی"


def test_a_source_named_after_according_to_ends_with_its_name():
    """fars-13901217001196: «به نقل از روابط عمومی اداره کل فرهنگ و ارشاد اسلامی
    آذربایجان‌شرقی، …»: ten words counting the joined one as two; the name is not cut inside
    «آذربایجان‌شرقی»."""
    text = (
        "به گزارش خبرگزاری فارس از تبریز به نقل از روابط عمومی اداره کل فرهنگ و ارشاد اسلامی"
        " آذربایجان‌شرقی، کتاب دلدادگان توحید پژوهشی پیرامون زندگانی علامه طباطبایی است.\n"
    )
    assert speaker_of(text, "کتاب") == (
        "روابط عمومی اداره کل فرهنگ و ارشاد اسلامی آذربایجان\u200cشرقی"
    )


def test_a_pronoun_after_a_paragraph_about_another_man_is_that_man():
    """fars-8809130556: «ابراهيم باغباني … بيان داشت: …» then «مسعود روحاني، عضو هيئت علمي
    دانشگاه مازندران … را … ذكر كرد.» then «وي افزود: …»: the man just narrated speaks."""
    text = (
        "به گزارش خبرگزاري فارس، ابراهيم باغباني امروز در همايش خيرين گفت: 70 هزار مستمري‌بگير"
        " زير پوشش اين نهاد قرار دارند.\nمسعود روحاني، عضو هيئت علمي دانشگاه مازندران در اين"
        " همايش بخشش و ايثار را از خصلت‌هاي ائمه اطهار ذكر كرد.\nوي افزود: ايشان هيچ سائلي را"
        " رد نمي‌كنند.\n"
    )
    assert speaker_of(text, "ايشان هيچ") == "مسعود روحاني"


def test_a_pronoun_after_a_paragraph_with_the_name_as_object_is_the_last_speaker():
    """«X را … انتخاب کرد.» names X as an object: «وی» is still the one who spoke before."""
    text = (
        "به گزارش خبرگزاري فارس، ابراهيم باغباني امروز در همايش خيرين گفت: 70 هزار مستمري‌بگير"
        " زير پوشش اين نهاد قرار دارند.\nمسعود روحاني را هيئت امنا به رياست اين همايش انتخاب"
        " كرد.\nوي افزود: اين همايش هر سال برگزار مي‌شود.\n"
    )
    assert speaker_of(text, "اين همايش هر") == "ابراهيم باغباني"


def test_this_player_whose_clause_names_clubs_is_the_player_named_before():
    """fars-14000424000463: «این بازیکن که نمایش درخشانی در تیم‌های چلسی … به ثبت رساند، …
    نوشت»: the clubs are in the relative clause; the player named before writes."""
    text = (
        "به گزارش خبرگزاری فارس، آرین روبن که سال گذشته تصمیم گرفت به فوتبال بازگردد، بار دیگر"
        " از فوتبال خداحافظی کرد.\nاین بازیکن که نمایش درخشانی در تیم‌های چلسی، رئال مادرید و"
        " بایرن مونیخ به ثبت رساند، در فضای مجازی نوشت: دوستان عزیز فوتبالی، تصمیم گرفته‌ام"
        " به دوران فوتبالی‌ام پایان دهم.\n"
    )
    assert speaker_of(text, "دوستان عزیز") == "آرین روبن"


def test_a_role_listed_among_those_present_is_someone_else():
    """fars-13921217001592 (unlabelled): «با حضور مدیرکل …، بخشدار مرکزی بویراحمد، …» in the
    lead, «برزو شجاعی … اظهار کرد», then «بخشدار مرکزی بویراحمد … گفت»: one of those present
    speaks, not the man before him."""
    text = (
        "به گزارش خبرگزاری فارس از یاسوج، طی مراسمی با حضور مدیرکل منابع طبیعی، بخشدار مرکزی"
        " بویراحمد و اعضای شوراهای روستایی مراسم روز درختکاری برگزار شد.\nدر این آیین ابتدا"
        " برزو شجاعی ضمن خیر مقدم اظهار کرد: حفاظت از منابع طبیعی وظیفه‌ای عمومی است.\nبخشدار"
        " مرکزی بویراحمد گفت: اعضای شورای روستاها از عرصه‌های منابع طبیعی حراست می‌کنند.\n"
    )
    assert speaker_of(text, "اعضای شورای") == "بخشدار مرکزی بویراحمد"


def test_a_role_present_that_speaks_before_the_name_is_that_man():
    """fars-13970505000874 (quotes_dev42.tsv): «با حضور استاندار مازندران» in the lead, then
    «استاندار مازندران … اظهار کرد», «محمد اسلامی افزود» and «استاندار مازندران … گفت»: the
    governor spoke before his name came, so the role is his."""
    text = (
        "به گزارش خبرگزاری فارس از ساری، مراسم اختتامیه نمایشگاه مهارت‌آموزی با حضور استاندار"
        " مازندران برگزار شد.\nاستاندار مازندران در گفت‌و‌گو با فارس اظهار کرد: این نمایشگاه"
        " به کسانی که صاحب مهارت نیستند کمک می‌کند.\nمحمد اسلامی افزود: خوداشتغالی دغدغه‌های"
        " مردم را کم می‌کند.\nاستاندار مازندران در پایان گفت: مازندران مملو از استعداد است.\n"
    )
    quote = next(q for q in found_quotes(text, "fa") if q["text"].startswith("مازندران مملو"))
    named = next(q for q in found_quotes(text, "fa") if q["text"].startswith("خوداشتغالی"))
    assert quote["speaker"] == named["speaker"]


def test_a_pronoun_after_the_speaker_misspelt_is_still_the_speaker():
    """fars-13911110000246 (unlabelled): «علی اسماعیلی … گفت» then «علی اسماعیل از ناشران …
    خواست …» then «وی تاکید کرد»: the same man with a letter dropped, not a new person."""
    text = (
        "به گزارش خبرگزاری فارس، علی اسماعیلی از ارائه فرم ثبت نام ناشران خبر داد و گفت: ناشران"
        " می‌توانند فرم ثبت نام را دریافت کنند.\nعلی اسماعیل از ناشران خواست تا ضوابط را به دقت"
        " مطالعه کنند.\nوی تاکید کرد: اظهار بی‌اطلاعی از ضوابط موجب سلب مسؤولیت نخواهد شد.\n"
    )
    assert speaker_of(text, "اظهار بی‌اطلاعی") == "علی اسماعیلی"


def test_a_byline_source_runs_to_its_comma():
    """fars-13930824001490 (quotes_dev33.tsv): «به نقل از واحد رسانه شرکت نمایشگاه های بین
    المللی استان اصفهان، …» over a sentence with no speech verb: the source is named up to the
    comma, not cut after «نمایشگاه های»."""
    text = (
        "به گزارش خبرگزاری فارس به نقل از واحد رسانه شرکت نمایشگاه های بین المللی استان اصفهان،"
        " نمایشگاه کتاب فردا در محل دائمی نمایشگاه‌ها آغاز می‌شود.\n"
    )
    assert speaker_of(text, "نمایشگاه کتاب") == (
        "واحد رسانه شرکت نمایشگاه های بین المللی استان اصفهان"
    )


def test_a_clause_before_the_main_verb_shares_its_speaker():
    """fars-13930108000136 (its first six lines): the lead lost its name («به گزارش خبرگزاری
    فارس، با بیان اینکه X، اظهارداشت:‌ Y»); Y is given to the deputy named later, X is his
    too."""
    text = (
        "به گزارش خبرگزاری فارس، با بیان اینکه در هدفمندی یارانه ها سه محور باید رعایت شود، اظهارداشت:\u200c اولین هدف اصلاح الگوی مصرف انرژی در کشور است که از اهداف واقعی اجرای قانون هدفمندی یارانه\u200cها تلقی شده و بسیار اهمیت دارد.\n"
        "این نماینده مجلس نهم تاکید کرد: رویکرد قانون هدفمندی نباید به یک روشی برای تامین منابع مالی بخشی از جامعه در نظر گرفته شود.\n"
        "وی در گفت\u200cوگو با خانه ملت با اشاره به سومین هدف اصلی اجرای مرحله دوم قانون هدفمندی یارانه\u200cها تصریح کرد: تاثیرات اجرای فاز دوم این قانون باید به گونه\u200cای باشد که یارانه\u200cها به کسانی تعلق گیرد که از محل افزایش قیمت انرژی دچار زیان می\u200cشوند.\n"
        "جلیلی درباره تحقق هدفگذاری دولت در جهت کاهش نرخ تورم به 25 و رشد 3 درصدی اقتصادی تا پایان امسال با توجه به اجرای مرحله دوم هدفمندی یارانه ها گفت: اگر دولت منابع هدفمندی را به درستی برای جبران هزینه\u200cهای ناشی از اجرای این قانون اختصاص دهد، شاهد افزایش نرخ تورم نخواهیم بود و هدفگذاری\u200cهای دولت محقق می\u200cشود.\n"
        "وی با اشاره به افزایش نرخ سود تسهیلات بانکی، گفت: اتفاقاتی از این دست منجر به افزایش هزینه\u200cهای تامین مالی برای تولیدکنندگان شده و نرخ تورم به تبع آن افزایش خواهد یافت.\n"
        "جلیلی افزود: دولت باید این موضوع را مدیریت کند تا اثر افزایشی بر قیمت تمام شده کالاهای تولید نداشته باشد و حتی کاهش نرخ تورم را شاهد باشیم.\n"
    )
    found = found_quotes(text, "fa")
    clause = next(q for q in found if q["text"].startswith("در هدفمندی"))
    main = next(q for q in found if q["text"].lstrip("\u200c ").startswith("اولین"))
    assert main["speaker_text"] == "جلیلی" and clause["speaker_text"] == "جلیلی"


def test_the_subject_after_but_speaks():
    """fars-8307120201: «علت سقوط اين هواپيما هنوز مشخص نيست ولي پليس پاكستان اعلام كرد كه …»:
    the police, named after «ولي», speak."""
    text = (
        "به گزارش خبرگزاري رويتر، يك هواپيماي جاسوسي آمريكا در پاكستان سقوط كرد.\nعلت سقوط اين"
        " هواپيما هنوز مشخص نيست ولي پليس پاكستان اعلام كرد كه اين حادثه تلفات يا خساراتي در پي"
        " نداشته است.\n"
    )
    assert speaker_of(text, "اين حادثه") == "پليس پاكستان"
