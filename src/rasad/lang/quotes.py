"""Speech cues, pronouns and source markers for quote attribution."""

# Verbs and markers that introduce speech (folded on use). Arabic forms appear with the
# conjunction و attached, which is handled by the matcher.
SPEECH_CUES = {
    "ar": [
        "قال",
        "قالت",
        "أكد",
        "أكدت",
        "أضاف",
        "أضافت",
        "تابع",
        "تابعت",
        "أشار",
        "أشارت",
        "أوضح",
        "أوضحت",
        "شدد",
        "شددت",
        "أعلن",
        "أعلنت",
        "ذكر",
        "ذكرت",
        "صرح",
        "صرحت",
        "لفت",
        "لفتت",
        "بين",
        "بينت",
        "نقل عن",
        "نقلت عن",
        "وفق",
        "وفقا ل",
        "بحسب",
        "حسب",
        "قوله",
        # «علق مدير قناة بلقيس أحمد الزرقة بقوله "…"», «وعلق عليه بالقول "…"»: "by saying",
        # the subject of the sentence's verb speaks (quotes_dev45.tsv; general Arabic usage)
        "بقوله",
        "بقولها",
        "بالقول",
        # plural verbs and participles («طالب عدد من أصحاب مكاتب حجاج الداخل …، مؤكدين أن»,
        # «وأشاروا إلى أنه», «موضحين أن»; quotes_dev44d.tsv, quotes_dev45.md; general usage)
        "قالوا",
        "أكدوا",
        "أضافوا",
        "أشاروا",
        "أوضحوا",
        "مؤكدين",
        "مشيرين",
        "موضحين",
        "مضيفين",
        "لافتين",
        "قائلين",
        "مبينا",
        "مشيرا",
        "لافتا",
        "مؤكدا",
        "موضحا",
        "مضيفا",
        # feminine participles and further speech verbs (seen in development articles)
        "مبينة",
        "مشيرة",
        "لافتة",
        "مؤكدة",
        "موضحة",
        "مضيفة",
        "قائلا",
        "قائلة",
        "أفاد",
        "أفادت",
        "اعتبر",
        "اعتبرت",
        "كشف",
        "كشفت",
        "أبلغ",
        "أبلغت",
        "حذر",
        "حذرت",
        "نوه",
        "نوهت",
        "يقول",
        "تقول",
        "رأى",
        "رأت",
        "نفى",
        "نفت",
        "زعم",
        "زعمت",
        # participles and verbs read in the issue-21 development articles (quotes_dev.tsv)
        "منوها",
        "منوهة",
        "متوقعا",
        "متوقعة",
        "أبان",
        "أبانت",
        "أردف",
        "أردفت",
        # findings: "توصلت دراسة … إلى أن" (issue-21 development articles)
        "توصل",
        "توصلت",
        # estimates and views with a clause ("وتقدر روسيا أن", "ويرى الخبير أن")
        "تقدر",
        "يقدر",
        "يرى",
        "ترى",
        # pledges and posts with a clause (second development set, quotes_dev33.tsv)
        "تعهد",
        "تعهدت",
        # a statement's words ("وجاء في بيان النادي"), closing words ("وختم البيان",
        # "واختتم تصريحه"), claims ("زاعما أن"), posts ("وكتب سميث …:") (third development set, quotes_dev35.tsv)
        "جاء في",
        "ختم",
        "ختمت",
        "اختتم",
        "اختتمت",
        "زاعما",
        "زاعمة",
        "كتب",
        "كتبت",
        # going on and ruling out with a clause ("واستطرد "…"", "واستبعد أن …"; sixth
        # development set, quotes_dev39.tsv)
        "استطرد",
        "استطردت",
        "استبعد",
        "استبعدت",
        # an answer to a question put to the speaker («وجددت "دنيا الرياضة" سؤال المعيبد عن …
        # فأجاب: "…"»; quotes_dev43.tsv, round 15's leftovers)
        "أجاب",
        "أجابت",
        # conclusions and judgements of likelihood with a clause («وخلص الباحثون في دراستهم …
        # إلى أن …», «ورجح الباحثون أن …»; quotes_dev50ar.tsv), beside «توصلت … إلى أن»
        "خلص",
        "خلصت",
        "رجح",
        "رجحت",
    ],
    "fa": [
        "گفت",
        "گفته",
        "افزود",
        "تاکید کرد",
        "تأکید کرد",
        "اعلام کرد",
        "اظهار داشت",
        "بیان داشت",
        "بیان کرد",
        "خاطرنشان کرد",
        "تصریح کرد",
        "اظهار کرد",
        "به نقل از",
        "گزارش داد",
        "عنوان کرد",
        "ادامه داد",
        # further verbs and their perfect forms (seen in development articles)
        "ابراز داشت",
        "ابراز کرد",
        "متذکر شد",
        "یادآور شد",
        "یاد آور شد",  # written apart (quotes_dev39.tsv)
        "اطمینان داد",  # gave assurance that … (quotes_dev39.tsv)
        "یادآوری کرد",
        "خاطر نشان کرد",
        "خاطرنشان ساخت",
        "اضافه کرد",
        "توضیح داد",
        "هشدار داد",
        "اعلام داشت",
        "مدعی شد",
        # "claims that" («… مدعی است که …»; quotes_dev78fa.tsv, general Persian usage)
        "مدعی است",
        "نوشت",
        "گزارش داده",
        # present tenses and beliefs with a clause (quotes_ar_fa.tsv guidelines: "اعتقاد دارند"
        # is a quote); read in its development articles
        "می گوید",
        "می گویند",
        "اعلام می کند",
        "اعلام می کنند",
        "اذعان کرد",
        "اذعان کرده",
        "اذعان داشت",  # the same, with «داشت» («کوره‌آ … اذعان داشت:»; quotes_dev44c.tsv)
        "اعتقاد دارند",
        "معتقد است",
        "معتقدند",
        "معتقد بود",
        "معتقد بودند",
        "گزارش کرد",
        "گزارش کرده",
        "افزوده",
        "تاکید کرده",
        "تأکید کرده",
        "اعلام کرده",
        "اظهار داشته",
        "اظهار کرده",
        "بیان کرده",
        "تصریح کرده",
        "عنوان کرده",
        "خاطرنشان کرده",
        # plurals and one more verb (second development set, quotes_dev33.tsv)
        "اعلام کردند",
        "گفتند",
        "افزودند",
        "عنوان داشت",
        # testimony with a clause ("سنفورد … شهادت داد که آن روز در شهر نبوده است";
        # quotes_dev43b.tsv; "به شهادت رسید", martyrdom, has no such verb)
        "شهادت داد",
        "شهادت دادند",
        "شهادت داده",
        # adverbial speech phrases, quotes only with a clause (CUES_NEEDING_THAT)
        "با اشاره به",
        "با تاکید بر",
        "با تأکید بر",
        "با بیان",
        "با اذعان به",
        # the past continuous («همل می‌گفت زمانی که …»; quotes_dev46b.tsv): «می» is the verb's
        # prefix, never the end of the subject's name
        "می گفت",
        "می گفتند",
        # a light verb written glued to its noun («احمد احمدي‌منش … اظهارداشت:», 14 times in
        # Fars News; quotes_dev46b.tsv)
        "اظهارداشت",
        # a report's next words («اين گزارش مي افزايد: …», «این اطلاعیه می‌افزاید: …»;
        # quotes_dev45b.tsv; the subject «این گزارش» is the source the byline names,
        # `this_report_48`)
        "می افزاید",
    ],
    "en": [
        "said",
        "says",
        "told",
        "added",
        "stressed",
        "noted",
        "stated",
        "announced",
        "according to",
        "explained",
        "warned",
        "insisted",
        "claimed",
        # further report verbs read in development articles (PolNeAR, BBC): "Benitez
        # responded: …", present tenses of the BBC's style
        "responded",
        "replied",
        "admitted",
        "argued",
        "confirmed",
        "wrote",
        "tweeted",
        "adds",
        "tells",
        "warns",
        "explains",
        "insists",
        "argues",
        # report verbs of the BBC's style (issue-21 development articles, quotes_dev.tsv)
        "conceded",
        "believes",
        "found",
    ],
}
# Cues that open a quote only right before a colon: a statement's words («در اطلاعیه شورای …
# آمده است: …», «در ادامه این اطلاعیه بیان شده است: …»; quotes_dev39.tsv). Elsewhere «آمده
# است» is "has come" («به وجود آمده است که …»). In Fars News (20,000 articles read) 67 of 119
# «آمده است» stand before a colon, all a text's words.
# And a tweet quoted after a colon («او توئیت کرد: «…»», 'he tweeted'; quotes_dev44b.tsv), both
# spellings, the words in marks after it its quote: «X توئیت کرد که Y «…»» was read as the words
# of the last speaker before it (an unlabelled ntrex story), so only the colon form.
TWEET_CUES = {"fa": ["توئیت کرد", "توییت کرد"]}
# The present of «نوشت» is an outlet's report before a colon («نیویورک تایمز می‌نویسد: «…»»;
# unlabelled Fars News, round quotes48b) and narration before «که» («… نامه‌ای به رییس جمهور
# می نویسد که رونوشت آن …», a relative clause), so only the colon form.
# Like a tweet's cue, its marked words are taken after the colon (no marked quote looks for it).
WRITES_CUES_48 = {"fa": ["می نویسد", "می نویسند"]}
COLON_ONLY_CUES = {"fa": ["آمده است", "بیان شده است", "آمده بود", *TWEET_CUES["fa"],
                          *WRITES_CUES_48["fa"]]}  # fmt: skip
# A message's words in the passive before a colon («در پیام رئیس سازمان … تاکید شده است: …»;
# quotes_dev51fa.tsv; general Persian usage, as «بیان شده است»): its issuer speaks.
COLON_ONLY_CUES["fa"] += ["تاکید شده است", "تأکید شده است"]
# English report verbs whose clause may follow with no "that" ("Microsoft said it would buy
# …", "he conceded the win … was not pretty"), and the words such a clause may open with (a
# subject pronoun or determiner; a capitalised name is taken too).
CLAUSE_WITHOUT_THAT = {
    "en": ["said", "says", "added", "warned", "conceded", "believes", "insisted", "argued",
           "claimed", "admitted", "confirmed", "stressed", "explained", "announced", "insists",
           "argues", "warns", "adds", "explains", "noted"],
}  # fmt: skip
CLAUSE_OPENERS = {
    "en": ["he", "she", "it", "they", "we", "i", "you", "there", "its", "his", "her", "their",
           "our", "the", "this", "these", "those", "a", "an", "some", "many", "most", "all",
           "no", "more", "about", "nearly", "almost", "only"],
}  # fmt: skip
# Adverbials between a report verb and its clause ("said in a statement it was …").
REPORT_ADVERBIALS = {
    "en": ["in a statement", "in an interview", "in a report", "on monday", "on tuesday",
           "on wednesday", "on thursday", "on friday", "on saturday", "on sunday", "yesterday",
           "today", "last week", "last month", "earlier", "earlier this week", "this week",
           "later", "also"],
}  # fmt: skip
# Auxiliaries and adverbs between an English subject and its report verb ("Microsoft has said").
AUXILIARY_WORDS = {"en": ["has", "have", "had", "also", "has also", "will", "would", "later",
                          "then", "previously", "earlier", "already", "again"]}  # fmt: skip
# Cues whose object is the one told ("told BBC Radio", "tells reporters"), never the speaker.
TELLING_CUES = {"en": ["told", "tells"]}
# Passive and infinitive uses ("is said to be", "was found dead"): the word before is no subject.
NOT_REPORT_BEFORE = {"en": ["is", "was", "were", "are", "be", "been", "being", "to"]}
# Participles that add to the sentence's speech ("وأكد فلان أن …، مشيرا إلى أن …"): right
# after a quote of their own sentence, that quote's speaker goes on.
PARTICIPLES = {
    "ar": ["مبينا", "مشيرا", "لافتا", "مؤكدا", "موضحا", "مضيفا", "مبينة", "مشيرة", "لافتة",
           "مؤكدة", "موضحة", "مضيفة", "قائلا", "قائلة", "منوها", "منوهة", "متوقعا", "متوقعة", "زاعما", "زاعمة"],
}  # fmt: skip
# «بقوله»/«بالقول» ("by saying") take the subject of the verb their clause opens with
# («ورد جيب بوش على تصريحات كلينتون بقوله إن»: Bush, not Clinton; quotes_dev45.tsv and
# SaudiNewsNet articles outside the label files).
PARTICIPLES["ar"] += ["مؤكدين", "مشيرين", "موضحين", "مضيفين", "لافتين", "قائلين"]
BY_SAYING = {"ar": ["بقوله", "بقولها", "بالقول"]}
# Verbs and participles of going on that speak only before a colon («وأكمل: “…”», «متابعًا: ”…”»;
# quotes_dev76ar.tsv; general usage): elsewhere they complete or follow a thing («أكمل الفريق
# استعداداته», «متابعا سير العمل»). The participle goes on with its sentence's speaker. Not the
# feminine «متابعة»: a byline's "follow-up" before a colon («عبدالحكيم شار- سبق- متابعة:»).
CUES_ONLY_BEFORE_COLON = {"ar": ["أكمل", "أكملت", "متابعا"]}
PARTICIPLES["ar"] += ["متابعا"]
# «زاد» "added" speaks only right before a colon or an opening quote mark («وزاد "المادة
# السادسة …"», «وزاد: "…"»; quotes_dev80ar.tsv, quotes_dev47.tsv): elsewhere it increases
# («زاد عدد الزوار», «زادت من قدرتها»).
CUES_ONLY_BEFORE_COLON_OR_QUOTE = {"ar": ["زاد", "زادت"]}
# «غرّد» "tweeted" speaks when a colon ends its clause, after the account it wrote from («وغرّد
# عبر حسابه على تويتر: “…”»; quotes_dev82ar.tsv; «وغرد بحسابه في "تويتر": "…"» in SaudiNewsNet):
# elsewhere a bird sings or users tweet about a thing («الطيور المغردة», «ويغرد بها»).
CUES_BEFORE_NEAR_COLON = {"ar": ["غرد", "غردت"]}
# Circumstantial participles beside a verb of speech («…، داعيا جميع العملاء», «معربا عن»):
# masculine forms (the feminine ends in ة: «داعية»). One that agrees with the speaker carried to
# a verb of the other gender shows that verb's ending is the writer's slip («وأضافت أن …، داعيا»;
# stages.quotes.participle_agrees_47). General Arabic usage, by hand (session 47, quotes47c).
AGREEING_PARTICIPLES_47 = {
    "ar": ["داعيا", "مطالبا", "معربا", "مشددا", "معتبرا", "مبديا", "محذرا", "ناصحا", "مستدركا",
           "متسائلا", "مختتما", "مستشهدا", "مستعرضا", "متابعا", "معلنا", "كاشفا", "نافيا", "مشيدا"],
}  # fmt: skip
# Words that may stand between an Arabic clause's opening and its verb («وقد عكست», «حيث رد»).
BEFORE_VERB = {"ar": ["قد", "حيث", "ثم", "كما", "بينما", "فيما", "لكن", "لكنه", "بدوره", "بدورها"]}
# Words that may stand between an Arabic verb and its subject («حيث رد عليه الجبير بقوله»).
AFTER_VERB_OBJECTS = {"ar": ["عليه", "عليها", "له", "لها", "عليهم", "لهم"]}
# Auxiliaries after a Persian perfect ("گفته است که", "اعلام کرده بود که"): part of the cue.
AUXILIARIES = {"fa": ["است", "بود", "اند", "بوده است"]}
# Subjects that refer back to the last speaker.
PRONOUNS = {"وی", "او", "ایشان", "he", "she", "they", "هو", "هي"}
# Arabic honorifics that stand for the person as a pronoun does ("وقال سموه", "وأكد معاليه"):
# the person spoken of goes on (read in random saudinewsnet articles outside the label files).
PRONOUNS |= {"سموه", "سموها", "معاليه", "سعادته", "فضيلته", "جلالته", "سماحته"}
# Pronouns a speaker left unresolved may be written as ("it said", «هم قالوا»): never shown as
# a speaker's name; the quote is unattributed instead.
BARE_PRONOUNS = PRONOUNS | {"it", "its", "we", "i", "you", "هم", "نحن", "آنها", "ما", "أنا"}
# "that" after a speech verb introduces reported speech.
COMPLEMENTIZERS = {"ar": ["أن", "إن", "ان"], "fa": ["که", "اینکه", "این که"], "en": ["that"]}
# Cues that make a quote only with a complementizer right after them ("با اشاره به اینکه …").
# Cues that are also a common preposition: speech only after و/ف or at a sentence's start.
CUES_NEEDING_CONJUNCTION = {"ar": ["بين"]}
# Words that hand the turn to a new speaker before a verb ("من جانبه بيّن مصدر …"): as good as
# a conjunction for CUES_NEEDING_CONJUNCTION.
TURN_WORDS = {"ar": ["جانبه", "جانبها", "جانبهم", "بدوره", "بدورها", "بدورهم"]}
# Relative words after an Arabic subject: a name in the relative clause is not the speaker
# ("وأكدت الدراسة التي أجراها العالمان … أن").
RELATIVES = {"ar": ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"]}
# «با اذعان به اینکه X، … گفت» ("acknowledging that X"; quotes_dev80fa.tsv): as «با بیان اینکه»
CUES_NEEDING_THAT = {"fa": ["با اشاره به", "با تاکید بر", "با تأکید بر", "با بیان", "با اذعان به"]}
# "according to X", "X quoted Y": the speaker is the one after these.
VIA_SOURCE = ["به نقل از", "نقلا عن", "نقل عن", "نقلت عن", "quoted"]
OPEN_TO_CLOSE = {"«": "»", "“": '”″"', '"': '"″”', "”": "“”"}
# Pronouns attached to an Arabic complementizer ("أنه", "إنهم", "بأن"): the word is still "that".
COMPLEMENTIZER_SUFFIXES = {"ar": ["ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم"]}
COMPLEMENTIZER_PREFIXES = {"ar": ["ب", "ف"]}
# Source markers: "بحسب X، …", "به گفته X، …", "…، بحسب X." — X is the speaker of the clause.
SOURCE_MARKERS = {
    "ar": ["بحسب", "حسب", "وفق", "وفقا ل", "وفقاً ل", "طبقا ل", "طبقاً ل", "نقلا عن", "نقلاً عن"],
    "fa": [
        "به گفته",
        "به نقل از",
        "طبق گزارش",
        "بنا بر گزارش",
        "بنا به گزارش",
        # "according to X's report" («بر اساس گزارش مایک ارگان از تنسی، …»; quotes_dev44b.tsv;
        # general Persian usage, as «طبق گزارش»); «بر اساس گزارش‌ها» cites no one
        "بر اساس گزارش",
        "به ادعای",
        "بنا بر اعلام",
        "بنا به اعلام",
        "طبق اعلام",
        "به اعلام",
        # "as X writes" («به نوشته ال مركوريو …»; fourth development set, quotes_dev36.tsv)
        "به نوشته",
        # "according to X's words" («بر اساس گفته‌های Dan Bennett، …»; quotes_dev43b.tsv;
        # general Persian usage)
        "بر اساس گفته",
        "بر اساس گفته های",
        "طبق گفته",
        "طبق گفته های",
        "به گفته های",
        # "in X's opinion" («به اعتقاد منابع آگاه در چين …»; quotes_dev48b.tsv; general Persian
        # usage, as «به گفته»)
        "به اعتقاد",
        "به عقیده",
        # "in X's belief" («به باور او، …»; quotes_dev78fa.tsv; general Persian usage, as
        # «به اعتقاد»)
        "به باور",
    ],
    "en": ["according to"],
}
# Phrases that open a part of a Persian subject slot naming the outlet that reports the words,
# while the speech verb's own subject follows («بر اساس گزارش رویترز، سیمون هدر … گفت»;
# quotes_dev44b.tsv): the source markers that cite a report.
REPORT_OPENERS = {"fa": ["طبق گزارش", "بنا بر گزارش", "بنا به گزارش", "بر اساس گزارش"]}
# «به نوشته X، Y گفت» ("as X writes, Y said"): X is the outlet that reports Y's words, Y speaks
# (quotes_dev47d.tsv: «به نوشته خبرگزاری «آناتولی»، استاندار بیروت … گفت»; in the Fars News
# corpus «به نوشته X، … گفت/اعلام کرد» twice, both read as the outlet before; round quotes47d).
REPORT_OPENERS["fa"] += ["به نوشته"]
# The words an indefinite Persian role opens with («یک مقام …», «یکی از …»): after an adverbial
# that names no one («در این میان یک مقام آمریکایی گفت»), a new speaker (round quotes47d).
INDEFINITE_ROLE_OPENERS_47D = {"fa": ["یک", "یکی"]}
# Verbs that end a Persian news headline («… آغاز می‌شود», «… بارانی می‌شود», «… برگزار شد»;
# general Persian grammar: the finite forms of «شدن», «بودن», «کردن», «داشتن»), so a role word
# before one belongs to the headline, not to the lead's subject (quotes_dev48b.tsv).
HEADLINE_VERBS_48 = {"fa": ["می‌شود", "میشود", "شود", "شد", "است", "هستند", "بود", "کرد",
                            "می‌کند", "دارد", "نیست", "یافت"]}  # fmt: skip
# The Persian reflexive pronoun («خود», «خودش»: "himself"; general Persian grammar), written
# after a subject for emphasis («مقدمي خود تصريح كرد»): never a word of a name.
REFLEXIVES_48 = {"fa": ["خود", "خودش"]}
# Words of a Fars News byline naming the outlet's own desk or reporter («به گزارش خبرنگار
# اقتصادی خبرگزاری فارس», «به گزارش گروه بین‌الملل فارس»): «این گزارش» is then the article's
# own report, no one's words (round quotes48b).
OWN_DESK_WORDS_48 = {"fa": ["فارس", "خبرنگار", "گروه"]}
# Persian titles a translated story writes before a Latin-letter surname («پروفسور Czeisler»;
# quotes_dev47b.tsv): never a word of the name.
LATIN_NAME_TITLES_48 = {"fa": ["پروفسور", "پرفسور", "دکتر", "آقای", "خانم"]}
# Kinds of outlet a Persian «این …» subject names («این گزارش می‌افزاید», «به نوشته این
# هفته‌نامه»), and the markers that name the outlet a Fars article quotes («به نقل از
# بیزینس لاین،»): «این» + a kind is the outlet the last marker named (round quotes47d;
# quotes_dev47d.tsv; general Persian news usage).
OUTLET_KINDS_47D = {"fa": ["گزارش", "خبرگزاری", "روزنامه", "نشریه", "هفته نامه", "ماهنامه",
                           "مجله", "پایگاه", "شبکه", "سایت"]}  # fmt: skip
# Persian cues of writing (an outlet's verbs: «ايلاف نوشت», «پولیتیکو گزارش داده»): an outlet
# «این پایگاه / این رسانه» speaking later with no outlet named since takes up the last writer
# (quotes_dev74fa.tsv, quotes_dev76fa.tsv; general Persian news usage).
WRITING_CUES = {"fa": ["نوشت", "نوشته", "نوشته است", "نوشته بود", "می‌نویسد", "مي‌نويسد",
                       "گزارش داد", "گزارش داده", "گزارش داده است", "به نوشته"]}  # fmt: skip
# Kinds of outlet «این» takes up so (`OUTLET_KINDS_47D` less «گزارش», with «رسانه»).
OUTLETS_TAKEN_UP = {"fa": ["خبرگزاری", "روزنامه", "نشریه", "هفته نامه", "ماهنامه", "مجله",
                           "پایگاه", "شبکه", "رسانه", "سایت"]}  # fmt: skip
# Words that may follow «این گزارش» as its whole subject («این گزارش همچنین می‌افزاید»).
ALSO_WORDS_47D = {"fa": ["همچنین", "نیز", "در ادامه", "ادامه"]}
OUTLET_MARKERS_47D = {"fa": ["به نقل از", "به نوشته", "بر اساس گزارش", "براساس گزارش",
                             "طبق گزارش", "بنا بر گزارش", "بنا به گزارش"]}  # fmt: skip
# Persian suffixes a text writes as words of their own, a space for the ZWNJ («ناآرامی ها سوریه»;
# quotes_dev44b.tsv): never a given name before a surname. The plural and comparative endings
# (general Persian orthography).
SUFFIXES_WRITTEN_APART = {"fa": ["ها", "های", "هایی", "تر", "ترین"]}
# A news agency's byline ("به گزارش خبرگزاری فارس،") names the reporter, never a speaker.
BYLINES = ["به گزارش", "بنا بر این گزارش", "بر اساس این گزارش"]
# Words that continue a cue into another word ("گفت‌وگو" is a conversation, not "said").
# A plural ending makes a noun of a participle cue ("گفته‌های X" are X's words, "داده‌ها" data;
# quotes_dev43b.tsv): the cue is then the source marker around it, if any.
CUE_CONTINUATIONS = {
    "fa": [
        "وگو",
        "گو",
        "وگوی",
        "گوی",
        "وگوها",
        "وگوهای",
        # the conversation written with two spaces («در پي گفت و گوي فراتيني با خرازي», 59
        # times in Fars News; quotes_dev80fa.tsv): no "said" either
        "و گو",
        "و گوی",
        "و گویی",
        "وگویی",
        "و گوها",
        "و گوهای",
        "ها",
        "های",
        # a passive makes a participle cue no speech («سه رشته … افزوده
        # می‌شود», "is added"; «گفته شده است», "it is said"): unlabelled
        # Fars News
        "شود",
        "شد",
        "شده",
        "می شود",
        "خواهد شد",
        # a first or second person ending makes a participle cue the speaker's own words of
        # himself or the one he answers («همه جا گفته‌ام من به خاطر یک نفر به این تیم
        # آمده‌ام», an interview's answer, given to the coach named before it; unlabelled
        # Fars News, fars-13930123001468, round speakers80fa): no third person speaks
        "ام",
        "ایم",
        "اید",
    ]
}
# A subject starting with one of these refers back ("این مسئول افزود", "هذا المسؤول"): the last
# speaker continues; any other short subject with no recognised name is the speaker as written.
CONTINUING_SUBJECTS = PRONOUNS | {"این", "همین", "هذا", "هذه", "this", "the"}
# Role words so general that «این» + one of them («این مسئول», «این مقام») stands for whoever
# spoke last, with no earlier person so described needed (Persian news usage; quotes_dev43b).
GENERIC_ROLE_HEADS = {"fa": ["مسئول", "مسؤول", "مقام"]}
# Where an Arabic subject after the verb ends and the adverbials begin ("وقال X في بيان …").
SUBJECT_ENDS = {
    "ar": [
        "إلى",
        "الى",
        "على",
        "في",
        "خلال",
        "عبر",
        "أمس",
        "يوم",
        "مساء",
        "صباح",
        # a relative clause or a time adverbial after the subject ("الفنانة التي كانت …",
        # "واحدة من الجماهير عقب الحفل"): read in corpus articles outside the label files
        "الذي",
        "التي",
        "الذين",
        "عقب",
        "إثر",
        "اثر",
        "فور",
        "وسط",
        "أثناء",
        "اثناء",
        "اليوم",
        "لـ",
        "ل",
        "حسب",
        "بحسب",
        "وفق",
        # "وقالت الوكالة نقلا عن مسؤولين": the ones quoted follow the subject
        "نقلا",
        "نقلاً",
        # what the speakers spoke about («وأعلن مفاوضو الدول ال12 حول هذه الاتفاقية أنهم …»;
        # quotes_dev41.tsv)
        "حول",
    ],
    "fa": ["در", "با", "به", "که", "نیز", "هم", "همچنین", "ضمن", "امروز", "امشب", "دیروز",
           "روز", "بعد", "پس", "قبل", "پیش", "طی", "ظهر", "صبح", "عصر", "شب", "چندی",
           # «Ford هفته گذشته نزد کمیته … شهادت داد», «هفته گذشته، متیو آلبنس، …» (unused
           # ntrex articles, session 43): a time, never part of the name
           "هفته", "گذشته"],
}  # fmt: skip
MAX_SUBJECT_WORDS = 7

# Words a role phrase begins with ("المتحدث باسم وزارة الخارجية", «سخنگوی وزارت امور خارجه»,
# "the foreign ministry spokesman"): such a subject is a role, resolved to the person named
# beside an earlier occurrence of it, else kept as the role.
ROLE_WORDS = {
    "ar": [
        "المتحدث", "الناطق", "متحدث", "ناطق", "وزير", "الوزير", "رئيس", "الرئيس", "مدير",
        "المدير", "مسؤول", "المسؤول", "مسؤولون", "قائد", "القائد", "سفير", "السفير", "أمين",
        "الأمين", "نائب", "النائب", "محافظ", "المحافظ", "أمير", "الأمير", "الملك", "ولي",
        "عضو", "رئيسة", "مديرة", "المستشار", "مستشار", "المدرب", "مدرب", "اللواء", "العميد",
        "العقيد", "الفريق", "المقدم", "الرائد", "النقيب", "الدكتور", "الشيخ", "المهندس",
        "مصادر", "مصدر", "المصادر", "المصدر", "وزارة", "هيئة", "منظمة", "الأمم", "بيان",
        "وكالة", "صحيفة", "تقرير", "التقرير", "البيان", "مسؤولو",
        # a definite description of the one who spoke last ("وأضاف الباحث، الذي …"):
        # read in corpus articles outside the label files (quotes34)
        "الباحث", "الخبير", "المحلل", "الطبيب", "اللاعب", "الكاتب", "المحامي",
        "مساعد", "مساعدة", "وكيل", "وكيلة", "نائبة", "عضوة", "المتحدثة", "الناطقة", "متحدثة",
        "المفوض", "مفوض", "المفوضة", "مفوضة",
        # an employee speaks for himself, not for the ministry he works in («وقال موظف في
        # ادارة … في وزارة الشؤون الاجتماعية»; quotes_dev37.tsv)
        "موظف", "موظفة",
        # the feminine of مسؤول («أكدت مسؤولة كبيرة في حملة …»; quotes_dev39.tsv)
        "مسؤولة", "المسؤولة",
        # a mufti holds an office as a minister does («وأضاف مفتي مصر» after «مفتي مصر الدكتور
        # شوقي علام»; quotes_dev40.tsv)
        "مفتي", "المفتي",
    ],
    "fa": [
        "سخنگوی", "سخنگو", "وزیر", "رئیس", "رییس", "مدیر", "مدیرکل", "مسئول", "مسؤول",
        "نماینده", "فرمانده", "دبیر", "دبیرکل", "معاون", "سفیر", "نخست وزیر", "رئیس جمهور",
        "رئیس جمهوری", "استاندار", "فرماندار", "شهردار", "عضو", "سرپرست", "مشاور", "امام",
        "رهبر", "مقام", "مقامات", "منابع", "منبع", "مسئولان", "کارشناس", "دادستان", "سردار",
        "سرلشکر", "سرتیپ", "حجت الاسلام", "آیت الله", "دکتر", "مهندس", "وزارت", "سازمان",
        "یکی از", "سرمربی", "مربی", "روابط عمومی", "ستاد", "استاد", "مدیرعامل", "مدیر عامل",
        "هافبک", "مهاجم", "مدافع", "دروازه بان", "کاپیتان", "بازیکن",
        "یک مقام", "یک منبع", "قائم مقام",
        # a district governor and a committee's rapporteur, referred to by the office after
        # their name («بخشدار مرکزی تایباد تصریح کرد», «مخبر کمیسیون آموزش … اظهار داشت»;
        # quotes_dev50fa.tsv); «مخبر» alone is also a surname, so only with «کمیسیون»
        "بخشدار", "دهیار", "مخبر کمیسیون",
        # a national team player, referred to by that after his name («داوید کونارسکی، ملی‌پوش
        # والیبال لهستان …» then «ملی‌پوش والیبال لهستان خاطرنشان کرد:»; quotes_dev58fa.tsv,
        # round quotes58fa; as «بازیکن»)
        "ملی پوش",
        # a deputy, referred to by the office after his name was written alone («بهمن سالاری
        # … اظهار داشت» then «جانشین ناحیه مقاومت بسیج سپاه قشم تصریح کرد»; quotes_dev60fa.tsv,
        # round quotes60fa; as «معاون», «قائم مقام»)
        "جانشین",
        # «مسوول», Fars News' older spelling of «مسئول»/«مسؤول» («يك مسوول آگاه نيز گفت»,
        # «اين مسوول … افزود»; quotes_dev70fa.tsv, round speakers70fa): the same role word
        "مسوول", "یک مسوول",
        # the Friday preacher, referred to by the office after his name as «امام جمعه» is
        # («خطيب جمعه رشت يادآور شد» after «زين‌العابدين قرباني … افزود»; quotes_dev70fa.tsv)
        "خطیب",
        # «one more of …», as «یکی از» (general Persian usage: «يكي ديگر از اساتيد دانشگاه
        # نيز گفت» after another professor's words; quotes_dev72fa.tsv, round speakers72fa):
        # someone unnamed, not the last speaker
        "یکی دیگر از",
    ],
    "en": [
        "spokesman", "spokeswoman", "minister", "president", "director", "chief", "head",
        "officials", "official", "sources", "the", "a", "secretary", "chairman", "leader",
    ],
}  # fmt: skip
# A mention right after one of these is an object or an adverbial, never the subject.
PREPOSITIONS = {
    "ar": ["في", "من", "إلى", "الى", "على", "عن", "مع", "لـ", "ل", "لدى", "أمام", "حول",
           "خلال", "بين", "بحق", "ضد", "عبر", "مثل", "بعد", "قبل", "فيه", "فيها", "له",
           "لها", "منه", "عنه", "عليه", "كما", "أيضا", "أيضًا", "بدوره", "بدورها"],
    "fa": ["از", "با", "به", "در", "برای", "بر", "تا", "نزد", "درباره", "علیه", "بین",
           "پیش", "جز", "مثل", "همراه",
           # «در مورد»/«در خصوص» written glued, as «درباره» is («پاول زاتورسکی درمورد
           # برگزاری کمپ … اظهار داشت»; Fars News writes each some 10–20 times)
           "درمورد", "درخصوص"],
    "en": ["of", "to", "with", "by", "for", "at", "in", "on", "from", "about", "against"],
}  # fmt: skip
MAX_ROLE_WORDS = 9
# A subject ending in one of these is cut mid-phrase ("… and"): a fragment, or a role cut short.
TRAILING_CONJUNCTIONS = frozenset({"و", "and", "or", "او", "یا"})
# Languages whose speaker is read from the parts of its clause (pronoun, role, name, adverbial:
# `subject_in`); the others take the first name after the verb or the last before it. Arabic
# stays on the latter: with the parts reading (and VERB_FIRST) it scored lower on the gated
# quotes_ar_fa set (0.818 against 0.841) on 2026-12-02.
SUBJECT_BY_PARTS = {"fa"}
# Languages whose reported-speech subject stands before the verb ("Pence said in a CNN
# interview that", "Comey told Congress that"): a name between the verb and the clause is an
# object or an adverbial (PolNeAR, development: speaker accuracy 0.438 → 0.470).
SUBJECT_BEFORE_VERB = {"en"}
# Languages whose articles may open with the pronoun of a person named later ("وی در
# گفت‌وگو با رادیو … گفت", the headline's person): with no person before, the first one after.
# Not English, where an opening "they" or "the report" is seldom the next name (PolNeAR).
NAMED_AFTER_PRONOUN = {"fa", "ar"}
# Verb-first languages: a clause before a cue that has no name at its head opens with a verb
# (or a participle follows its sentence's main verb), so its subject is the last speaker.
VERB_FIRST = {"ar"}
# Role words that name a kind of organization, not a person's post: the organization they
# introduce speaks ("قالت صحيفة الديلي ميل").
ORGANIZATION_WORDS = {
    "fa": ["روابط عمومی", "وزارت", "سازمان", "ستاد", "اداره", "شرکت", "روزنامه", "خبرگزاری",
           "پایگاه", "سایت", "شبکه", "دفتر", "مرکز"],
    "ar": ["صحيفة", "وكالة", "وزارة", "هيئة", "منظمة", "الأمم", "بيان", "البيان", "تقرير",
           "التقرير", "قناة", "مجلة", "موقع", "شركة", "جمعية", "مؤسسة", "شبكة", "إذاعة"],
}  # fmt: skip
# Persian bodies a person leads or runs for: a role of one («سخنگوی کمپین رئیس جمهور ترامپ»,
# the spokesman of the president's campaign; quotes_dev44b.tsv) is not held by the person
# named with his own role at its end.
BODY_OF_PERSON_WORDS = {"fa": ["کمپین", "ستاد", "دفتر", "کابینه", "دولت", "تیم", "حزب"]}
# Heads of an Arabic body's full name that goes on with «لـ» and what the body deals with
# («الرئاسة العامة للأرصاد وحماية البيئة», «المديرية العامة لمكافحة المخدرات»), which later
# subjects shorten to that word («وأوضحت الأرصاد»; quotes_dev49.tsv, quotes_dev48.tsv; general
# Arabic usage, by hand, round quotes49ar).
BODY_HEADS_49 = {
    "ar": ["الرئاسة", "المديرية", "الإدارة", "الهيئة", "المؤسسة", "الوكالة", "اللجنة",
           "الجمعية", "المصلحة"],
}  # fmt: skip
# A definite noun of these kinds ("الصحيفة", "وأضافت الصحيفة البريطانية", "the company")
# refers back to the organization that spoke last (PolNeAR and corpus articles: a newspaper,
# company or ministry is named once, then called by its kind).
GENERIC_ORGANIZATIONS = {
    "ar": ["صحيفة", "وكالة", "وزارة", "هيئة", "منظمة", "شركة", "قناة", "مجلة", "لجنة",
           "جمعية", "مؤسسة", "جامعة", "بلدية", "إدارة", "مديرية",
           # «وأكدت الحكومة» after «كما اعلنت الحكومة المالية» (round quotes48)
           "حكومة"],
    "en": ["company", "newspaper", "paper", "agency", "ministry", "firm", "group",
           "organization", "organisation", "department", "committee", "bank", "campaign"],
}  # fmt: skip
# Words before an Arabic «أن» that make it a condition, not the clause of a speech verb («إلى
# ضرورة …، شريطة أن …», «بشرط أن»; general usage, seen in the unlabelled check of quotes50ar).
CONDITION_WORDS_50AR = {"ar": ["شريطة", "بشريطة", "شرط", "بشرط", "شرطا", "شرطاً"]}
# Words before an Arabic «أن» that make it a conjunction of time or manner ("after", "before",
# "since", "without": «… ستكون مؤكدة، بعد أن تمكن مدربه من إقناعه», quotes_dev76ar.tsv; general
# usage): an adverbial clause, never the clause a speech verb before it reports.
ADVERBIAL_CONJUNCTIONS = {"ar": ["بعد", "قبل", "منذ", "دون", "بدون", "حين", "لحين", "ريثما"]}
# Words that open an Arabic clause going on with the sentence's own subject: a speech verb right
# after one with no subject of its own («تغنت صحيفة “torcedores” بالهدف … في مرمى النصر … حيث
# قالت إن», "whereby it said"; quotes_dev80ar.tsv) has the subject of the sentence's opening
# verb, never a name of the clause between (general Arabic usage).
SUBJECT_SHARING_CONJUNCTIONS = {"ar": ["حيث", "إذ", "اذ"]}
# Arabic words for an outlet written before its name in marks («موقع «فارما ويكي» الألماني»,
# «صحيفة "بريميوم تايمز" المحلية»; quotes_dev50ar.tsv, quotes_dev49.tsv): the name in marks is
# the speaker, as `NEWSPAPER_WORDS` make it in Persian.
OUTLET_WORDS_50AR = {"ar": ["صحيفة", "موقع", "مجلة", "قناة", "وكالة", "شبكة", "إذاعة", "مدونة"]}
# Nouns of a report between an Arabic source marker at a sentence's end and the name it cites
# («… بحسب تقييم شركة SocialBakers.»; quotes_dev49.tsv): the one named speaks through them.
REPORT_NOUNS_50AR = {
    "ar": ["تقييم", "تقرير", "دراسة", "إحصائية", "إحصاءات", "احصاءات", "بيانات", "أرقام",
           "استطلاع", "تقديرات", "مسح", "تصنيف"],
}  # fmt: skip
# Heads of an Arabic source cited after its clause with no name the recogniser found, beside
# REPORT_NOUNS_50AR, OUTLET_WORDS_50AR, MEMBER_SOURCES and role words («… 50 مليون يورو حسب
# تقارير فرنسية، و…», «… 300 عاملة منزلية بحسب السفير البنجلاديشي لدى المملكة!»;
# quotes_dev84ar.tsv, quotes_dev82ar.tsv): plurals of reports and of researchers.
SOURCE_HEADS_AFTER_CLAUSE_AR = frozenset({"تقارير", "دراسات", "إحصائيات", "الباحثين", "خبراء"})
# Kinds of body SaudiNewsNet writes with the name in parentheses or marks after them and then
# calls by the kind alone («معهد (وودز هول) لعلوم المحيطات» … «وقال المعهد»; quotes_dev50ar.tsv),
# beside GENERIC_ORGANIZATIONS.
MARKED_BODY_KINDS_50AR = {"ar": ["معهد", "مركز", "كلية", "مستشفى", "بنك", "مجلس", "برنامج"]}
# An Arabic statement or report written with the words that name its issuer («وأوضح بيان صادر
# عن مكتب العلاقات العامة …», «بيانات تحليلية قامت بها شركة زاوية», «تقرير أصدرته رابطة …»;
# quotes_dev53ar.tsv, quotes_dev46.tsv, quotes_dev44.tsv): the issuer speaks, as «بيان للوزارة»
# makes the ministry speak. Studies keep their own name (the labels' usage: «دراسة أجراها
# باحثون …» is the study). General Arabic usage.
ISSUED_DOCUMENT_NOUNS_54AR = {"ar": ["بيان", "بيانات", "تقرير", "تصريح", "إعلان", "اعلان"]}
ISSUING_LINKS_54AR = {
    "ar": ["صادر عن", "صادرة عن", "الصادر عن", "الصادرة عن", "صادر من", "صادرة من",
           "الصادر من", "الصادرة من", "أصدرته", "اصدرته", "أصدرها", "اصدرها", "قامت بها",
           "قام بها", "أعدته", "اعدته", "أعدتها", "اعدتها", "نشرته", "نشرتها"],
}  # fmt: skip
# «نتائج» before a study («وأكدت نتائج دراسة بريطانية»; quotes_dev45.tsv): the study speaks.
RESULTS_WORDS_54AR = {"ar": ["نتائج"]}
STUDY_NOUNS_54AR = {"ar": ["دراسة", "دراسه"]}
# Words for what an organization says or who runs it («بيان للوزارة», «إدارة المكتبة»): the
# organization speaks (third development set, quotes_dev35.tsv).
STATEMENT_WORDS = {"ar": ["بيان", "إدارة", "ادارة", "تصريح"]}
# Pronouns that stand for a person, never an organization («وی گفت»).
PERSON_PRONOUNS = {"fa": ["وی", "او"]}
# "Also" in a role's subject slot («فرماندار دنا نیز … گفت»): another person speaks.
ALSO_WORDS = {"fa": ["نیز"]}
# «هم» ("too") after a subject («رئیس آموزش و پرورش بویراحمد هم گفت», «معاون … فرمانداری قاینات هم
# در این جلسه … اظهار داشت»; quotes_dev72fa.tsv, quotes_dev84fa.tsv; general Persian usage): an
# also-word as «نیز» when it is the slot's only free-standing «هم» and no «و» stands before it
# («هم … و هم …» is "both … and").
ALSO_WORDS_ALONE = {"fa": ["هم"]}
# Words after which such a «هم» is the topic's, not the speaker's («معاون … در ادامه سخنان خود بر
# ایجاد نمایشگاه … هم تأکید کرد و افزود»: "also stressed the exhibition", the same speaker going
# on; fars-13990501000338, unlabelled): the object of «تأکید بر», a continuation.
ALSO_ALONE_NOT_AFTER = {"fa": ["بر", "ادامه"]}
# Words that may open a Persian subject slot before a role that says it speaks too («همچنين در اين
# جلسه نماينده مردم … نيز گفت»; quotes_dev84fa.tsv): an also-word of the article and a place in
# the meeting, never part of the role.
SLOT_OPENERS_BEFORE_ROLE = {"fa": ["همچنین", "در این جلسه", "در این نشست", "در این مراسم",
                                   "در این دیدار", "در ادامه", "در ادامه این جلسه",
                                   "در ادامه این نشست", "در ادامه این مراسم"]}  # fmt: skip
# Indefinite speakers a role-less slot may open with («يكي اساتيد دانشگاه … نيز در اين نشست
# گفت»; quotes_dev72fa.tsv): someone of a group, not the last speaker.
ONE_OF_WORDS = {"fa": ["یکی از", "یکی"]}
# «همچنین» ("furthermore") after a subject: the same speaker goes on, so a «نیز» after it is of
# the topic («رئیس اداره … همچنین از برگزاری کلاس‌های … ویولن نیز … خبر داد و گفت»;
# quotes_dev68fa.tsv), not "X too spoke".
GOING_ON_WORDS_68FA = {"fa": ["همچنین"]}
# Openers of a topic phrase in a Persian subject slot («در ارتباط با …», «در مورد …»): an
# "also" after them is the topic's, not the speaker's (third development set).
TOPIC_OPENERS = {"fa": ["در ارتباط با", "در مورد", "درباره", "در خصوص", "در زمینه"]}
# Openers of an Arabic topic phrase that starts a clause before a speech verb, the question an
# interview puts («وعن علاقته مع الرئيس السابق خالد البلطان قال: «…»», «وحول ابتعاد خالد عزيز
# عن الملاعب قال», «وفيما يخص رأيه بسامي الجابر قال»; quotes_dev70ar.tsv): the names in it are
# what is spoken of, never the verb's subject. Written from the Arabic interview shapes of the
# quotes development sets (dev40, dev46, dev47, dev50ar, dev62ar, dev64ar, dev70ar).
TOPIC_OPENERS_70AR = {"ar": ["عن", "عما", "حول", "بشأن", "بخصوص", "فيما يخص", "فيما يتعلق",
                             "في ما يخص", "في ما يتعلق"]}  # fmt: skip
# The complementizers between an Arabic subject slot's closing comma or colon and the content
# («…، إن "…"», «…: إن …»; quotes_dev70ar.tsv), as `bare` leaves them.
THAT_WORDS_70AR = {"ar": ["إن", "أن", "ان", "بأن", "بان"]}
# Prepositions whose object before an Arabic cue is never its speaker («قتال مع الحوثيين،
# وأكدت»); not «عن» or «من» («نقلت … عن فلان قوله»).
OBJECT_PREPOSITIONS = {"ar": ["مع", "على", "ضد", "إلى", "الى", "في", "بين", "حول", "أمام",
                              "لدى", "عبر", "خلال", "بحق"]}  # fmt: skip
# Prepositions written joined to the next word: a name after the subject of an Arabic verb
# that carries one («ورحب سموه بسفراء الحزم», «وتمنى البلوي لنايف …») is the verb's object, not
# the speaker of a «وقال» joined to it (quotes_dev72ar.tsv, quotes_dev48.tsv).
OBJECT_CLITICS = frozenset("بل")
# «المواطن/المواطنة» ("the citizen") before a name in Saudi news: a word saying who the
# person is, not part of the name (quotes_dev64ar.tsv «المواطنة "ب.و"», quotes_dev72ar.tsv
# «المواطن "الصعب"»). Folded as `fold_same_length` folds.
CITIZEN_WORDS = frozenset({"المواطن", "المواطنة", "مواطن", "مواطنة"})
# Arabic possessive pronoun suffixes, longest first, and the nouns of speech and feeling that a
# speech verb takes as object or adverb with one («وأضاف سعادتي أيضاً أن» "my happiness",
# «واختتم حديثه قائلاً:» "his talk"; quotes_dev84ar.tsv): owned by the speaker, never the
# subject. Source nouns with a suffix do speak («مصادرها الخاصة»), so the nouns are listed.
POSSESSIVE_SUFFIXES_AR = ("هما", "هم", "هن", "ها", "نا", "ه", "ي")
POSSESSED_SPEECH_NOUNS_AR = frozenset(
    {"حديث", "كلام", "كلمة", "تصريح", "تصريحات", "قول", "رأي", "سعادة", "فرحة", "شكر", "أمل"}
)
# Arabic nouns of a relation with «my» («صديقي عدنان» "my friend Adnan"): the writer's word for
# the person, written before the name as a title is, never part of it (quotes_dev84ar.tsv).
FIRST_PERSON_RELATIONS_AR = frozenset(
    {"صديقي", "زميلي", "رفيقي", "أخي", "اخي", "أختي", "اختي", "والدي", "والدتي", "ابني"}
    | {"ابنتي", "زوجي", "زوجتي", "جاري", "جارتي", "خالي", "عمي", "جدي", "جدتي"}
)
# Words a Persian name may open with that are also common words («سيد احمد علوي»): the word
# after them says whether the name is a name.
NAME_PREFIXES = {"fa": ["سید", "سيد", "حاج"]}
# «سید» / «سیده» written apart before a Persian person's given name: the quote sets name the
# speaker with it («سید بهلول حسینی», «سیده فاطمه موسوی»; quotes_dev68fa.tsv), though the
# tagger leaves «سیده» out of the name.
SAYYID_WORDS_68FA = {"fa": ["سید", "سیده"]}
# Prepositions of company or opposition («لقاء مع الوزير …»): a person after one, past a role
# opening the subject slot, is the one met, never the subject (not «في», «على»: «مدير الإعلام
# في أمانة …», «المشرف على البرنامج» are parts of the role).
MEETING_PREPOSITIONS = {"ar": ["مع", "ضد"]}
# Second words of two-word titles («آیت الله», «حجت الاسلام»): never the first word of a name.
TITLE_TAILS = {"fa": ["الله", "الاسلام", "الإسلام"], "ar": ["الله", "الاسلام", "الإسلام"]}
# Names written like a preposition once letters are folded (علي = على): read as written.
NAMES_LIKE_PREPOSITIONS = frozenset({"علي"})
# Words that open a surname of two words («أبا الخيل», «آل شرمه»): the given name comes before.
NAME_PARTICLES = frozenset({"أبا", "ابا", "أبو", "ابو", "أبي", "ابي", "آل", "بن", "ابن", "بنت"})
# Persian words for a newspaper before its name («روزنامه ماركا اسپانيا», «روزنامه ال مركوريو
# چاپ سانتياگو», «روزنامه اينترنتي «اوترا»»): the speaker is the paper, named without them,
# its country or the city it is printed in (`PRINTED_IN`; quotes_dev35/36/39.tsv).
NEWSPAPER_WORDS = {"fa": ["روزنامه", "نشریه", "هفته نامه", "ماهنامه", "مجله", "پایگاه خبری"]}
PRINTED_IN = {"fa": ["چاپ"]}
# Kind words of an outlet or a company written right before its name («روزنامه کیهان»,
# «خبرگزاری رویترز», «شرکت اپل», «صحيفة الوطن», «وكالة رويترز», "the newspaper Le Monde"): the
# quotes scorer counts a speaker with one and the bare name as one speaker (round speakers62fa,
# eval/labels/quotes_dev.md; Persian from the dev labels and speakers61fa's list, Arabic from
# `OUTLET_WORDS_50AR`, English by hand).
OUTLET_KIND_WORDS = {
    "fa": ["روزنامه", "نشریه", "هفته نامه", "ماهنامه", "مجله", "خبرگزاری", "شرکت", "سایت",
           "وب سایت", "پایگاه خبری", "پایگاه اینترنتی", "شبکه", "رادیو", "تلویزیون"],
    "ar": ["صحيفة", "جريدة", "مجلة", "موقع", "قناة", "وكالة", "وكالة أنباء", "شبكة", "إذاعة",
           "مدونة", "شركة"],
    "en": ["newspaper", "the newspaper", "magazine", "the magazine", "news agency",
           "the news agency", "agency", "website", "the website", "broadcaster", "channel",
           "company", "the company"],
}  # fmt: skip
# Words that may stand between a Persian outlet's name in marks and its verb («سایت «وطن» همچنین
# نوشته است که», «پايگاه خبري "كانزاس‌سيتي استار" در گزارشي نوشت», «روزنامه صهیونیستی «هاآرتص»
# دو روز قبل مدعی شد»; quotes_dev82fa.tsv, quotes_dev45b.tsv, quotes_dev70fa.tsv; general Persian
# news usage): an also-word, a time, «در گزارش(ی/خود)». Any other word leaves the subject to the
# other readings.
AFTER_MARKED_OUTLET = {"fa": ["همچنین", "نیز", "هم", "در", "ادامه", "گزارشی", "گزارش", "خود",
                              "یک", "دو", "سه", "چند", "روز", "هفته", "ماه", "قبل", "پیش",
                              "گذشته", "اخیرا", "اخیراً", "امروز", "دیروز", "خبر"]}  # fmt: skip
# Outlet kinds such a subject may open with: `OUTLET_KIND_WORDS` and the Persian words for a
# website («وبگاه», «وب‌سایت خبری»).
MARKED_OUTLET_KINDS = {"fa": [*OUTLET_KIND_WORDS["fa"], "وبگاه", "وبگاه خبری", "سایت خبری",
                              "وب سایت خبری", "پایگاه", "پایگاه اطلاع رسانی"]}  # fmt: skip
# Persian clerics' titles, which stand only before a person's name, written with a joiner or a
# space («حجت الاسلام عباسی»; quotes_dev82fa.tsv): one surname after them is that person, even
# when the recogniser found no name and the surname is a common word too (general Persian
# usage; roles.tsv has them as titles). Ranks («سردار») are left out: also common nouns.
PERSON_ONLY_TITLES = {"fa": ["حجت الاسلام", "حجت الاسلام و المسلمین", "حجه الاسلام",
                             "حجه الاسلام والمسلمین", "حجت الاسلام والمسلمین", "آیت الله",
                             "آیت الله العظمی", "ثقه الاسلام"]}  # fmt: skip
# Finite verbs that end a Persian clause before «و» and a new subject («… ابراز نارضايتي كردند و
# شيخ خالد … اعلام كرد كه»; quotes_dev82fa.tsv; general Persian grammar): the words after the
# «و» are the next clause's subject when a name (or a title and a name) opens them.
FINITE_VERBS_BEFORE_AND = {"fa": ["کرد", "کردند", "شد", "شدند", "داد", "دادند", "بود", "بودند",
                                  "است", "هستند", "داشت", "داشتند", "رسید", "رسیدند"]}  # fmt: skip
# «اسپانيايي زبان»: "-language" after a nisba adjective of a newspaper.
LANGUAGE_WORDS = frozenset({"زبان"})
# Particles that open an Arabic family name a recogniser may leave out after the given names
# («حمد بن هادي» + «آل درهم»; quotes_dev39.tsv).
FAMILY_PARTICLES = {"ar": ["آل", "بن", "بنت"]}
# Role words that follow a name in apposition without a comma and are no role word before a
# name («عبدالرحمن الحصيني شيخ العسالين», the elder of the honey sellers; quotes_dev39.tsv).
ROLES_AFTER_NAME = {"ar": ["شيخ"]}
# Definite words that end an organization's written name ("المديرية العامة للدفاع المدني
# اليوم"): times, days and relatives.
NOT_IN_ORGANIZATION_NAMES = {
    "ar": ["اليوم", "الماضي", "الماضية", "الجاري", "الجارية", "الحالي", "الحالية", "المقبل",
           "المقبلة", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
           "الجمعة", "السبت", "الذي", "التي", "الذين", "اللذين", "اللتين", "الآن"],
}  # fmt: skip
# Adverbs between an Arabic verb and its subject ("وقالت أيضا القوات الجوية …"): not the
# subject's first word (fourth development set, quotes_dev36.tsv).
# «وأكد ثانية أن», «وقال مجددا إن» (quotes_dev46.tsv): «again», no subject.
# Time adverbs there too: «وأبلغت حينها أن» (then), «لتؤكد بعدها أن» (afterwards), «وكان إبرا قد
# أعلن بالامس أن» (yesterday) have no subject after the verb (quotes_dev82ar.tsv, quotes_dev74ar.tsv;
# general Arabic usage: an adverb of time with a pronoun of the time, or «أمس»).
ADVERBS_AFTER_VERB = {
    "ar": ["أيضا", "أيضًا", "أيضاً", "ايضا", "كذلك", "ثانية", "مجددا", "مجدداً", "مجددًا",
           "حينها", "حينئذ", "حينذاك", "وقتها", "وقتئذ", "آنذاك", "يومها", "بعدها", "بعد ذلك",
           "قبلها", "بالأمس", "مؤخرا", "مؤخراً", "مؤخرًا", "لاحقا", "لاحقاً", "لاحقًا"]
}  # fmt: skip
# Words before «كان» that make it no clause of its own with a subject before the speech verb
# («هل كان مفاجئا قال», «ولو كان مؤقتا»، «ما إذا كانت تؤيد», «مما كانت تنوي بيعه بعد ان
# قالت», «ابنته التي كانت مصابة …»): a question, a condition, «ما», a relative (quotes_dev45c.tsv
# round; quotes_ar_fa.tsv; the merge with quotes45).
NOT_BEFORE_KANA = {
    "ar": ["هل", "إذا", "اذا", "لو", "ولو", "ما", "مما", "عما", "كما", "بما", "لما", "الذي",
           "التي", "الذين", "اللذين", "اللتين", "اللواتي"],
}  # fmt: skip
# Arabic agreement, for a verb with no subject of its own: the feminine ending of a verb
# (قالت) and of a participle (مشيرة), the plural ending (قالوا), and the endings of a noun that
# takes a feminine verb (الوزارة، القوات، المصادر: a broken plural of things or sources).
FEMININE_VERB_ENDING = "ت"
FEMININE_PARTICIPLE_ENDING = "ة"
PLURAL_VERB_ENDING = "وا"
FEMININE_NOUN_ENDINGS = ("ة", "ات")
# Plural heads whose verb is feminine singular (broken plurals: «قالت المصادر»).
FEMININE_PLURAL_HEADS = {"ar": ["مصادر", "قوات", "سلطات", "تقارير", "أوساط", "جهات", "دوائر"]}
# Quantifiers heading a subject («عدد من وسائل الإعلام»): the verb agrees with what they count.
QUANTIFIER_HEADS = {"ar": ["عدد", "بعض", "معظم", "أغلب", "اغلب", "كثير", "جميع", "كل"]}
# Adjectives of size a quantifier may take before its «من» («أكد عدد كبير من طلاب مرحلة
# الدكتوراه …. وقالوا لـ"سبق" إن», quotes_dev70ar.tsv; «عدد قليل من», «جمع غفير من»: general
# Arabic usage, by hand, session 64).
QUANTIFIER_ADJECTIVES = {"ar": ["كبير", "قليل", "محدود", "كثير", "غفير", "ضخم", "هائل"]}
# Sound masculine plural endings of a human plural head ("مسؤولون"): its verb is plural.
HUMAN_PLURAL_ENDINGS = ("ون", "ين")
# Object pronouns between a verb and its subject ("أوضح ذلك رئيس المجلس").
OBJECT_WORDS = {"ar": ["ذلك", "هذا", "هذه", "ذاك", "بذلك", "بهذا"]}
# Words that never begin a speaker ("دون ذكر أي تفاصيل"); the passive «تم»/«تمت» opens
# unmarked words after a null subject («وأضاف تمت مناقشة آلية …»; quotes46's comparison on
# unlabelled SaudiNewsNet articles).
# Heads of an English subject that names a body or a group by its kind ("the authorities
# announced", "The agency later confirmed", "when federal authorities announced"): such a
# subject never stands for the person named last, though "the" makes it refer back (session 59,
# lead: Donald Trump's entity page listed the words of "federal authorities" and of "the agency"
# in a New York Times article that names only him; `GENERIC_ORGANIZATIONS` and general English).
# Beside `GENERIC_ORGANIZATIONS`, whose kinds are heads too (`body_subject_heads_59en`).
BODY_SUBJECTS_59 = {
    "en": ["authorities", "police", "government", "officials", "investigators", "prosecutors",
           "researchers", "organisers", "organizers", "court", "council", "army", "military",
           "embassy", "club", "board", "union", "commission", "office", "party", "statement",
           "report", "study", "survey"],
}  # fmt: skip
NOT_SUBJECTS = {
    "ar": ["أي", "اي", "كل", "بعض", "دون", "ما", "فور", "وسط", "عقب", "إثر", "تم", "تمت", "يتم"],
    "fa": ["هر", "هیچ"],
    # subordinators open a clause, not a name ("When A Questioner At Goldman Sachs …")
    "en": ["any", "every", "when", "while", "if", "as", "because", "although", "since",
           "after", "before", "whether", "how", "what", "why", "where"],
}  # fmt: skip
# Persian sentence adverbs that open a sentence before a surname («سپس کمالوند گفت», «همچنین
# X افزود»): never a given name written before it (general Persian usage; for the given-name
# rule of session 45, `given_name_of_common_word`).
SENTENCE_ADVERBS = {
    "fa": ["سپس", "همچنین", "همچنان", "بنابراین", "ضمنا", "البته", "اکنون", "هم‌اکنون", "اینک",
           "بعدا", "قبلا", "اخیرا", "سرانجام", "درنهایت", "ولی", "لیکن", "اما", "وی", "او",
           "این", "آن", "همین", "چنانکه", "چون", "زیرا", "پس", "نیز", "هم", "حتی", "تنها", "فقط"],
}  # fmt: skip
# Particles only a verb follows (Arabic grammar: «لم» and «لن» govern the imperfect verb):
# the word after one is no given name («ولم يخض شريف في تفاصيل», quotes_dev44d.tsv).
VERB_PARTICLES = {"ar": ["لم", "ولم", "فلم", "لن", "ولن", "فلن"]}
# Conjunctions a written subject may open with ("But Pence said", «اما در همين حال … اظهار
# داشت»; quotes_dev42.tsv): not the speaker's. Persian «اما» (but; general usage), not «ولی»,
# which also opens names («ولی‌الله», «ولی‌پور»).
LEADING_CONJUNCTIONS = {
    "en": ["but", "and", "yet", "so", "then", "still", "now"],
    "fa": ["اما"],
}
# Languages where an unresolved definite role continues the last person who spoke, and the
# role words that are indefinite or plural (someone else: "یکی از مقامات", "منابع آگاه").
ROLE_CONTINUES = {"fa", "ar"}
# A role of the outlet's own country («رئيس جمهور كشورمان», "our country's president") names
# its holder by the office: not a person of another country who spoke before it.
OWN_COUNTRY_WORDS = {"fa": ["کشورمان"], "ar": ["بلادنا"]}
INDEFINITE_ROLES = {
    "fa": [
        "یکی",
        "یک",
        "منابع",
        "منبع",
        "مقامات",
        "مسئولان",
        "کارشناس",
        "کارشناسان",
        # «مقام» with the plural «ها», glued or with its joiner: the «مقامات» of Fars News
        # («شينهوا به نقل از مقامهاي عالي رتبه چيني افزود»; quotes_dev48b.tsv)
        "مقامهای",
        "مقام‌های",
    ],
    # a source is anonymous, never the person named last («وأضافت المصادر», «وأشار المصدر»)
    "ar": ["مصادر", "مصدر", "مسؤولون", "أحد", "احد", "المصادر", "المصدر", "المسؤولون"],
}
# Arabic separate pronouns (grammar): a clause opening with one is a nominal sentence whose next
# word is its predicate («هي المسؤولة عن كل ما يتعلق»; quotes_dev47.tsv), never a verb's subject.
SEPARATE_PRONOUNS_47 = {"ar": ["هو", "هي", "هم", "هما", "هن", "نحن", "أنا", "انا", "أنت", "انت"]}
# Weekdays and time words the recogniser may fuse onto a name («صندوق النقد الدولي الخميس»;
# SaudiNewsNet, quotes47's comparison): never a word of an organization's full name.
TIME_WORDS_AFTER_NAME_47 = {
    "ar": [
        "السبت",
        "الأحد",
        "الاحد",
        "الإثنين",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الاربعاء",
        "الخميس",
        "الجمعة",
        "الماضي",
        "المقبل",
        "الحالي",
        "الجاري",
    ]
}
# "Another" after a role («قال أحد العاملين في مكتب استقدام آخر إن», «وقال مسؤول آخر»; general
# Arabic usage, quotes_dev47.tsv): the role is someone else's than the one it was written beside.
ANOTHER_WORDS_47 = {"ar": ["آخر", "اخر", "أخرى", "اخرى", "آخرون", "آخرين", "اخرون", "اخرين"]}
# A source described by whom it is close to («یک منبع نزدیک به جونز», «منابع نزدیک به طالبان»;
# quotes_dev42b.tsv; general Persian usage): the adjective and the preposition after it, which
# belong to the role, so the role runs on to the one named after them.
CLOSE_TO = {"fa": [("نزدیک", "به")]}
# The preposition that places an unnamed Persian source inside a body («یک منبع در سازمان ملل
# گفت که …», «یک مقام در وزارت خارجه»; quotes_dev50fa.tsv; general Persian usage): the body
# named after it belongs to the source, who is «a source in the UN», not «a source».
IN_BODY_PREPOSITIONS_50FA = {"fa": ["در"]}
# The Persian relative pronoun: after «این» + noun it opens what the one referred to did
# («این بازیکن که در تیم‌های چلسی … درخشید، نوشت»; general Persian grammar; quotes_dev50fa.tsv).
RELATIVE_50FA = {"fa": ["که"]}
# The words before a list of those present at an event («طی مراسمی با حضور مدیرکل …، بخشدار
# مرکزی …، اعضای شوراها … برگزار شد»; unlabelled Fars News, quotes50fa): a role listed after
# them is someone present, not the person who speaks in the article before it is written again.
PRESENT_50FA = {"fa": ["با حضور", "در حضور"]}
# The markers of a Persian byline channel («به نقل از X، …», «به نوشته X، …»), whose source runs
# to its comma, and the prepositions such a name may hold («سفارت … در وین», «بین المللی» is
# "international"); any other («خبرگزاري فرانسه از قاهره», «… بر اساس اعلام دبيرخانه») ends it
# (quotes_dev33.tsv; unlabelled Fars News, quotes50fa).
BYLINE_CHANNELS_50FA = {"fa": ["به نقل از", "به نوشته"]}
IN_NAME_PREPOSITIONS_50FA = {"fa": ["در", "بین"]}
# Words that carry a Persian outlet's name on past the recognised name («ال مركوريو چاپ
# سانتياگو», «… و …»; general Persian usage; round quotes55fa): a byline source with no comma
# followed by one of these has not ended, so no clause is read after it.
NAME_CONTINUATIONS_55FA = {"fa": ["چاپ", "و"]}
# Persian conjunctions that join two clauses («… مشخص نيست ولي پليس پاكستان اعلام كرد كه …»;
# general Persian grammar; quotes_dev50fa.tsv): the subject of a speech verb after one is after it.
CLAUSE_CONJUNCTIONS_50FA = {"fa": ["ولی", "اما", "لیکن", "ولیکن"]}
# and two-word ones («… مهم به شمار می‌رود، چرا که بانک جهانی هشدار داده است که …»; general
# Persian grammar; quotes_dev51fa.tsv), matched as the slot's two last words up to «که».
CLAUSE_CONJUNCTIONS_51FA = {"fa": ["چرا که"]}
# Anonymous sources written definite when the article named them before with a description
# («وعلمت "الوطن" من مصادر مطلعة أن …» … «وأشارت المصادر إلى أن …»: the informed sources;
# quotes_dev42.tsv): the definite word and the indefinite one it refers back to.
DEFINITE_SOURCES = {"ar": {"المصادر": "مصادر", "المصدر": "مصدر"}}
# Persian times of day a person's name is followed by ("محمدرضا قدیر ظهر امروز در ستاد …",
# read by the recogniser as the name «محمدرضا قدیر ظهر»): never the name's last word
# (quotes_dev41.tsv; «محمد قاسمی صبح» in an earlier round's unlabelled articles).
TIMES_AFTER_NAME = {"fa": ["ظهر", "صبح", "عصر", "شب", "بامداد", "امروز", "دیروز", "امشب"]}
# Words no Persian name ends with that a recogniser runs a name on over: the noun of «گریزی زد»
# ("made a digression"; «صابری گریزی نیز به مراکز بهداشتی … زد»; quotes_dev82fa.tsv) and
# "recently" («كره جنوبي اخيرا»; quotes_dev80fa.tsv). General Persian usage.
WORDS_AFTER_NAME = {"fa": ["گریزی", "اخیرا", "اخیراً"]}
# Abbreviated titles before a name, beside the titles of data/gazetteers/roles.tsv ("د. سفر
# الحلي": a one-word speaker "الحلي" is that name).
TITLE_ABBREVIATIONS = {"ar": ["د.", "م."], "fa": ["دکتر"]}
# Ranks before a name that roles.tsv does not list ("الكولونيل توكور جوسو"): a title, not
# part of the speaker's name (fourth development set, quotes_dev36.tsv).
RANK_TITLES = {
    "ar": ["الكولونيل", "الرائد", "النقيب", "الملازم", "المشير", "العقيد",
           # an academic title («وبينت البروفيسور ساهاكيان»; quotes_dev51ar.tsv)
           "البروفيسور", "البروفسور"],
    "fa": ["حجت الاسلام و المسلمین", "حجت الاسلام والمسلمین", "آیت الله العظمی",
           # a cleric's honorific (شيخ "علي‌السميسم"، مسؤول سياسي جنبش صدر; quotes_dev41.tsv)
           "شیخ",
           # military and police ranks written before a name («امیرخلبان عزیز نصیرزاده»,
           # «سرهنگ کارآگاه محمد اشراقی»; quotes_dev80fa.tsv) and a Sunni cleric's title
           # («مولوي عبدالعزيز»; quotes_dev74fa.tsv); «امیر» alone is also a given name
           "امیرخلبان", "امیر سرتیپ", "امیر دریادار", "امیر سرلشکر", "دریادار",
           "سرهنگ کارآگاه", "سرهنگ پاسدار", "سرهنگ", "سرگرد", "سروان", "ستوان", "مولوی"],
}  # fmt: skip
# Persian "as X said" openings ("آنطور که یکی از مقامات … گفته، …"): not part of the subject.
AS_SAID = {"fa": ["آنطور که", "آن طور که", "همانطور که", "همان طور که", "چنانکه", "چنان که"]}
# Persian clause openers before a subject ("این در حالی است که شیمون پرز … گفت", "this while
# Peres said"): not part of it (fourth development set, quotes_dev36.tsv).
SUBJECT_OPENERS = {"fa": ["این در حالی است که", "این در حالیست که", "در حالی که", "در حالیکه"]}
# and the reporter's «it is worth mentioning» («شایان ذکر است هفته گذشته آیت‌الله جوادی آملی …
# گفت: …»; unlabelled Fars News, quotes51fa; general Persian news usage): never a subject.
SUBJECT_OPENERS["fa"] += ["شایان ذکر است", "گفتنی است", "لازم به ذکر است", "قابل ذکر است"]
# Persian words no subject holds: the object marker and the copulas a clause ends with
# ("مصیبت وارده را تسلیت گفته", "… شهرآرا بود، بیان کرد").
NOT_IN_SUBJECT = {"fa": ["را", "بود", "است", "بودند", "هستند", "شد"]}
# Words after a Persian role that say whose country it is («آقاي چاوز رئيس جمهور كشورش»,
# «وزیر خارجه این کشور»; general Persian usage, quotes_dev74fa.tsv): that role elsewhere is not
# the bare one («رئيس جمهور … گفت» in an Iranian outlet).
ROLE_OWNER_WORDS = {"fa": ["کشورش", "کشورشان", "کشورمان", "کشورم", "این کشور", "آن کشور"]}
# Words that make a role a former one ("نخست وزیر وقت عراق", "رئيس الوزراء السابق",
# "former prime minister"): its holder named elsewhere in the article is not the speaker.
FORMER_WORDS = {
    "fa": ["وقت", "سابق", "پیشین", "اسبق"],
    "ar": ["السابق", "الأسبق", "الاسبق", "سابق", "آنذاك", "آنذاک"],
    "en": ["former"],
}
# Abbreviations whose point ends no sentence ("Mr. Smith", "Gen. Odierno").
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "rev"})
# Marks that end a clause inside a sentence («… عملی نشد؛ مصطفی الکاظمی … اعلام کرده بود که»):
# a new clause, with a subject of its own.
CLAUSE_ENDS = ("؛", ";")
# Arabic conjunctions that open a clause after a source marker's comma («…، حسب مجلة فوربز، كما
# …»): the marker governs the clause before, not the one after.
CLAUSE_OPENING_WORDS = frozenset({"كما", "فيما", "بينما", "حيث", "إذ", "لكن", "ولكن"})
# Arabic prepositions a subject slot after a verb may open with to say where it was said («فكتب
# على صفحته … تويتر»): an organization in it is the platform, not the speaker.
PLACE_PREPOSITIONS = frozenset({"على", "عبر", "في"})
# Arabic words before the one told («قال لـ«الحياة»»): who is told, not who speaks.
ADDRESSEE = frozenset({"لـ", "ل"})
# The ones an Arabic speaker tells, written under «لل» after the subject («وقالت المرأة للشرطة
# الصينية إنّها …», «قال … وزير خارجية سنغافورة للصحافيين»): never part of the speaker
# (quotes_dev41.tsv; general news usage).
TOLD_NOUNS = {
    "ar": ["الشرطة", "الصحافيين", "الصحفيين", "الصحافة", "الصحفي", "المراسلين", "المحققين",
           "الصحيفة", "الوكالة", "القناة", "المجلة", "الإذاعة", "التلفزيون", "وسائل"],
}  # fmt: skip
# Words for where something is written before a platform's name («على موقع فيسبوك», «في
# حسابه على تويتر»): the platform, never the speaker (read-throughs of unlabelled articles).
PLATFORM_WORDS = {"ar": ["موقع", "حساب", "حسابه", "حسابها", "صفحة", "صفحته", "صفحتها"]}
PLATFORM_PREPOSITIONS = {"ar": ["على", "عبر"]}
# Words of a cue written after its subject («وأضافت المصادر بالقول إن»): not the speaker's.
SPEECH_TAILS = {"ar": ["بالقول", "قائلا", "قائلة"]}

# Where or how a thing was said, written after «في» («وقال المسؤول في بيان», «في تصريح لقناة
# …»): never the place or body a speaker belongs to (`with_place_complement`; general news
# usage, quotes_dev41.tsv).
SPEECH_SETTINGS = {
    "ar": ["بيان", "تصريح", "تصريحات", "حديث", "مؤتمر", "كلمة", "لقاء", "مقابلة", "اتصال",
           "رسالة", "تغريدة", "حساب", "حسابه", "صفحة", "صفحته", "اجتماع", "جلسة", "ندوة",
           "خطاب", "تقرير", "مقال", "برنامج", "ختام", "افتتاح", "حفل", "زيارة", "مقر", "مقره",
           "مقرها"],
}  # fmt: skip
# Prepositions joining an indefinite Arabic role to the body it belongs to («موظف في …»,
# «مسؤول من الوزارة»): the person speaks, as the role written up to the body's name.
MEMBER_PREPOSITIONS = frozenset({"في", "من", "ب", "بـ"})
# Indefinite Arabic words for an unnamed source or official («قال مسؤول في المديرية العامة
# للجوازات», «قال مصدر مسؤول في الاتحاد الآسيوي»; quotes_dev42.tsv, quotes_dev43.tsv; general
# Arabic news usage): with «في»/«من»/«لدى» and a body after them, the source as written up to
# the body's end speaks, never the body; written definite later («وقال المسؤول») it is that
# source again (`SOURCE_ANAPHORS`: the definite form and the indefinite word it takes up).
MEMBER_SOURCES = {
    "ar": ["مسؤول", "مسؤولة", "مسئول", "مسئولة", "مصدر", "مصادر", "مسؤولون", "مسئولون",
           "موظف", "متحدث", "متحدثة",
           # researchers of a university («ونجح باحثون في جامعة كاليفورنيا …» … «وخلص الباحثون
           # … إلى أن»; quotes_dev50ar.tsv, quotes_dev51ar.tsv): the researchers, not the university
           "باحثون", "باحثين"],
}  # fmt: skip
# Prepositions joining an unnamed Arabic source to the body it belongs to («مصدر مسؤول في
# الاتحاد», «مسؤول من الوزارة», «مصادر لدى …», «مصادر داخل نادي الإسماعيلي»; quotes_dev42.tsv,
# quotes_dev51ar.tsv; general Arabic news usage): the source speaks, never the body.
SOURCE_JOINING = {"ar": ["في", "من", "لدى", "داخل"]}
# Arabic words for a named person's relative opening a speech verb's subject («وقال أحد أبناء
# الحرفي محمد حسين مسعد (رحمه الله): …», «وقالت والدة الطالب …», «وأوضح شقيق المتوفى …»;
# quotes_dev51ar.tsv; general Arabic news usage): the relative speaks, written with the name;
# never the person named («ابن»/«بنت» are left out: they also join a name's parts).
KIN_SPEAKERS_51AR = {
    "ar": ["أحد أبناء", "إحدى بنات", "أحد أقارب", "أحد أشقاء", "نجل", "كريمة", "ابنة", "شقيق",
           "شقيقة", "زوجة", "أرملة", "والد", "والدة", "خال", "عم", "حفيد", "حفيدة", "ذوو", "ذوي",
           "أسرة", "عائلة"],
}  # fmt: skip
# A paper's own find from sources («وعلمت "الوطن" من مصادر مطلعة أن …», «علمت «عكاظ» من
# مصادرها الخاصة أن …»; quotes_dev42.tsv, quotes_dev47.tsv, quotes_dev51ar.tsv; general Arabic
# news usage): the verb, and the endings a source word takes when the paper owns its sources.
LEARNED_VERBS_51AR = {"ar": ["علمت"]}
OWNED_SOURCE_ENDINGS_51AR = {"ar": ["ها", "ه"]}
# Present-tense «indicates» with an unnamed source as its subject («وتشير مصادر "الوطن" إلى أن
# …»; quotes_dev51ar.tsv; general Arabic news usage): a quote of the sources; with data or
# reports as the subject («وتشير التقارير/المعلومات إلى أن») a finding, no quote.
INDICATES_VERBS_51AR = {"ar": ["تشير", "يشير"]}
# Arabic words of belonging after a body («مركز المعلومات عن الحرائق التابع لهيئة الغابات
# الأمريكية», quotes_dev43.tsv; general Arabic usage): the body after their «ل» is the one the
# subject belongs to, part of the subject, never the one told.
BELONGING_WORDS = {"ar": ["التابع", "التابعة", "التابعين", "التابعون"]}
# An unnamed official opening an Arabic report («أعلن مسؤول عراقي أن …», «أكدت مسؤولة كبيرة
# في حملة هيلاري كلينتون …»), and the roles after a name in the very next sentence that make
# that person the official («وقال عيد عماش المتحدث باسم مجلس محافظة الأنبار», «وقالت جنيفر
# بالمييري الناطقة باسم حملة كلينتون», «وقال محمد حسن زاده المسؤول في هيئة …»;
# quotes_dev39.tsv, quotes_dev43.tsv; general Arabic news usage). A minister or other office
# after the name may be someone else, and «مصدر» stays anonymous by its very word.
UNNAMED_OFFICIALS = {"ar": ["مسؤول", "مسؤولة", "مسئول", "مسئولة"]}
NAMED_OFFICIAL_ROLES = {
    "ar": ["المتحدث", "المتحدثة", "الناطق", "الناطقة", "المسؤول", "المسؤولة", "المسئول",
           "المسئولة"],
}  # fmt: skip
SOURCE_ANAPHORS = {
    "ar": {"المسؤول": "مسؤول", "المسئول": "مسئول", "المسؤولة": "مسؤولة", "المصدر": "مصدر",
           "المصادر": "مصادر", "المسؤولون": "مسؤولون", "المسؤولين": "مسؤولون",
           # an unnamed spokesman taken up («وقال متحدث باسم مكتب مكافحة الجريمة …» … «وأضاف
           # المتحدث أنه …»; quotes_dev44.tsv; general Arabic news usage)
           "المتحدث": "متحدث", "المتحدثة": "متحدثة", "الناطق": "ناطق", "الناطقة": "ناطقة",
           "الباحثون": "باحثون", "الباحثين": "باحثين"},
}  # fmt: skip
# Verbs of reporting after an Arabic «حسبما»/«بحسب ما» that are no speech cue elsewhere
# («…، حسبما نقلت مصادر عسكرية», "as military sources reported"; quotes_dev44.tsv; general
# Arabic news usage): «نقل» alone is also "carried", so only after «ما».
REPORTED_AFTER_WHAT = {"ar": ["نقلت", "نقل", "نقلته", "نقله", "أورد", "أوردت", "أوردته"]}
# Words before an Arabic verbal noun spelled as a speech verb («طلبوا عدم ذكر اسمائهم», «دون
# ذكر لأي ضحايا»; quotes_dev44.tsv; general Arabic usage): the word after them is no cue.
NEGATING_NOUNS = {"ar": ["عدم", "دون", "بدون", "دونما"]}
# Words before the one who heads an Arabic body («مجلس إدارة اتحاد كرة القدم المصري برئاسة
# جمال علام»; quotes_dev44.tsv; general Arabic usage): the body speaks, not its head.
HEADED_BY = {"ar": ["برئاسة", "بقيادة", "يرأسه", "يرأسها", "ويرأسه", "ويرأسها"]}
# A report or documents written as an Arabic speaker, and the verbs of issuing that join them
# to the body behind them («كشف تقرير أصدرته رابطة طاقة الرياح الأوروبية أن», «كشفت وثائق
# نشرها موقع ويكيليكس أن», «التقرير السنوي لمركز الأبحاث …»; quotes_dev44.tsv; general Arabic
# news usage): the body speaks, as it does for its statement. The plural reports too («كشفت
# تقارير لوزارة التنمية … البرازيلية، أن»; quotes_dev44d.tsv).
DOCUMENT_WORDS = {
    "ar": ["تقرير", "التقرير", "تقارير", "التقارير", "وثائق", "الوثائق", "وثيقة", "الوثيقة"]
}
ISSUING_VERBS = {
    "ar": ["أصدرته", "أصدرها", "أصدرتها", "نشرته", "نشرها", "نشرتها", "أعدته", "أعده", "أعدها",
           "أعدتها"],
}  # fmt: skip
# Documents an Arabic article makes speak for the body that issued them, written bare once
# the article has said whose they are («كشف تقرير صادر عن الأمم المتحدة …، وأوضح التقرير أن»,
# «دراسة اعدها مجلس الاعمال المصري الايطالي … وأوضحت الدراسة أن», «التقرير الأسبوعي للبورصة
# المصرية … وأفاد التقرير أن», «وحسب إحصائية ل "معلومات مباشر"»; quotes_dev46.tsv; general
# Arabic news usage): the issuer speaks, as for `DOCUMENT_WORDS` with the issuer beside them.
# Persian (round 46b): «در اطلاعیه ستاد … آمده است: …» quotes the body named after the noun
# (unlabelled Fars News: 12 of 57 Persian quotes left with no speaker in 694 articles were such
# statements, letters and reports). One table for both languages: the two rounds each defined
# it, and the second definition hid the first.
ISSUED_DOCUMENTS = {
    "ar": ["تقرير", "دراسة", "إحصائية", "احصائية", "تعميم", "مسح", "استطلاع", "نشرة"],
    "fa": ["بیانیه", "اطلاعیه", "نامه", "پیام", "گزارش", "متن", "اعلامیه",
           # a letter of thanks («در بخشی از متن این تقدیرنامه آمده است»; quotes_dev78fa.tsv;
           # general Persian usage, as «نامه»)
           "تقدیرنامه"],
}  # fmt: skip
# Words joining such a document to its issuer besides `ISSUING_VERBS` («تقرير صادر عن …»,
# «التقرير الذي أصدره البنك …», «دراسة حديثة أجرتها الهيئة …»; general Arabic usage).
ISSUED_BY = {
    "ar": ["صادر", "الصادر", "صادرة", "الصادرة", "أصدره", "نشره", "أجرتها", "أجراها", "أجرته",
           "أجراه"]
}  # fmt: skip
# Verbs of answering: with no subject after them the one asked, who spoke before, answers,
# never a body the question names («وفي سؤال حول … المقدم من اتحاد القدم …، أجاب: "…"»;
# read in SaudiNewsNet, round 16).
ANSWER_CUES = {"ar": ["أجاب", "أجابت", "فأجاب", "فأجابت"]}
# Words after a definite source that say it is the same one («وقال المسؤول ذاته»,
# «المصدر نفسه»; quotes_dev44.tsv; general Arabic usage): the source without them.
SAME_WORDS = {"ar": ["ذاته", "ذاتها", "نفسه", "نفسها", "ذاتهم", "أنفسهم"]}

# A meeting noun with the host's pronoun («لدى لقائه عادل بن أحمد الجبير», «خلال
# استقبالها …»): the person right after it is the one met, never the speaker (quotes_dev37.tsv).
# Bare «لقاء الرئيس» may be the president's own meeting, so only the suffixed forms.
MET_AFTER = {
    "ar": ["لقائه", "لقائها", "لقائهم", "لقائهما", "استقباله", "استقبالها", "استقبالهم",
           "مقابلته", "مقابلتها"],
}  # fmt: skip
# Kinds of person an Arabic article calls the one person it names by («المطربة المصرية آمال
# ماهر» … «وقالت الفنانة …»; quotes_dev43c.tsv): the words of one kind, masculine and feminine,
# without the article. Written by hand from general knowledge of Arabic news usage (the
# leftovers named in docs/quotes-numbers.md, rounds 13 and 14: «الفنانة», «اللاعب», «المدرب»,
# «المخترق»); «النجم» is left out, said of singers and players alike.
PERSON_KINDS = {
    "ar": [
        ["فنان", "فنانة", "مطرب", "مطربة", "مغني", "مغنية", "ممثل", "ممثلة"],
        ["لاعب", "لاعبة", "مهاجم", "حارس", "مدافع"],
        ["مدرب", "مدربة"],
        ["مخترق", "قرصان", "هاكر"],
    ],
}
# Unnamed witnesses joined after a named source in one subject («وأضاف المرصد وشهود أن …»;
# quotes_dev43.tsv, guidelines of quotes_dev43.md: the first of the two speaks). «سكان
# وشهود» alone stays as written. Written by hand from the round-13 leftovers.
JOINED_WITNESSES = {"ar": ["شهود", "سكان", "شهود عيان"]}
# Verbs of issuing a statement and the statement nouns after them, and the pronoun «فيه» after
# the speech verb that points back to it («أصدر البنك المركزي بيانا لاحقا قال فيه إنه»,
# «ونشرت الحكومة الصينية بيانا عبر موقعها الإلكتروني، أوضحت فيه أن»; quotes_dev45.tsv; general
# Arabic news usage): the one who issued the statement speaks, never a word of the statement.
STATEMENT_ISSUING = {
    "ar": ["أصدر", "أصدرت", "أصدروا", "نشر", "نشرت", "نشروا", "وزع", "وزعت", "بث", "بثت",
           "أذاع", "أذاعت"],
}  # fmt: skip
STATEMENT_NOUNS = {"ar": ["بيان", "بيانا", "بيانًا", "بلاغ", "بلاغا", "بلاغًا"]}
IN_IT = {"ar": ["فيه", "فيها"]}
# Indefinite Arabic speakers by their post («أوضح وزير بريطاني أمس أن», then «وقال جريك كلارك
# وزير المجتمعات المحلية البريطاني»; quotes_dev45.tsv; general Arabic news usage): the person
# the next sentence names with the same post right after the name is the one who spoke.
INDEFINITE_POSTS = {"ar": ["وزير", "وزيرة", "خبير", "خبيرة", "باحث", "باحثة", "مستشار", "مستشارة"]}
# Describing adjectives an Arabic speaker written without a recognised name may end with, the
# slot's end cutting their complement off («وأشار موقع "بي.سي ماجازين" المتخصص في موضوعات
# التكنولوجيا إلى أن»; quotes_dev45.tsv, quotes_dev.tsv): the name without them.
SPEAKER_TAIL_ADJECTIVES = {"ar": ["المتخصص", "المتخصصة", "المختص", "المختصة"]}
# «هناك من يرى أن», «ثمة من يقول إن» ("there are those who think"): unspecified people, no
# speaker and no quote, as the held-out guidelines say (quotes_dev45.tsv; general Arabic usage).
SOMEONE_THERE = {"ar": ["هناك", "ثمة", "ثمه"]}
# «وقد يقول قائل إن …» ("someone may say"): a writer's hypothetical objector, no speaker and no
# quote (quotes46's comparison on unlabelled SaudiNewsNet columns; general Arabic usage).
SOMEONE_MAY_SAY = {"ar": ["قائل", "قائلون", "قائلا"]}
# Plural speech verbs and participles: their speaker is a group («عدد من أصحاب مكاتب …»,
# «مسؤولون», «المحتجين»), never one person or one body (quotes_dev44d.tsv; general usage).
PLURAL_CUES = {
    "ar": ["قالوا", "أكدوا", "أضافوا", "أشاروا", "أوضحوا", "مؤكدين", "مشيرين", "موضحين",
           "مضيفين", "لافتين", "قائلين"],
}  # fmt: skip
# Texts an Arabic «بحسب»/«وفقا لـ» may cite that speak for no one («وبحسب الاتفاق بين الناديين
# … فإن», «ووفقا للقواعد المقترحة فإن»; quotes_dev45.tsv and SaudiNewsNet articles outside the
# label files): no source, no quote.
TEXTS_NOT_SOURCES = {
    "ar": ["الاتفاق", "الاتفاقية", "العقد", "القواعد", "القانون", "النظام", "اللائحة", "الخطة",
           "الدستور", "القرار"],
}  # fmt: skip
# Words that open the cited words after an Arabic source with no comma after it: «فإن» («وبحسب
# دريك فإن …»; quotes_dev45.tsv) and «فقد» ("so", before a past verb: «وبحسب النقيب نايف الجهني
# المتحدث الرسمي … فقد تبلغ مركز التحكم …»; quotes_dev50ar.tsv, usage of SaudiNewsNet news).
SOURCE_CLAUSE_OPENERS_50AR = {"ar": ["فإن", "فان", "فانه", "فإنه", "فقد"]}
# Persian speech verbs with a clause that Fars News writes often and the cue list lacked (round
# 47b; quotes_dev47b.tsv, counted in the 1,491 Fars News articles of the shared corpus): beliefs
# («بر این باور است که …», 9), hopes and assurances («ابراز امیدواری کرد که …», 12; «ابراز
# اطمینان کرد», 1), claims («ادعا کرد که …», 3) and advice («توصیه کرد که …»). «با اعلام» makes a
# quote only with «اینکه» after it, as «با بیان» does («وی با اعلام اینکه … افتتاح خواهد شد،
# … یادآور شد»; 21 times), never «با اعلام این مطلب/خبر گفت». A comma right after these verbs
# ends their clause: «Furyk به بازیکنان خود ابراز اطمینان کرده، البته …» (ntrex,
# quotes_dev42b.tsv) is the writer's comment, unlike «ابراز اطمينان كرده مذاكرات … خواهد شد».
PERSIAN_CLAUSE_CUES_47 = {
    "fa": [
        "بر این باور است",
        "بر این باورند",
        "ابراز امیدواری کرد",
        "ابراز امیدواری کرده",
        "ابراز اطمینان کرد",
        "ابراز اطمینان کرده",
        "ادعا کرد",
        "ادعا کرده",
        "توصیه کرد",
        "با اعلام",
    ]
}
SPEECH_CUES["fa"] += PERSIAN_CLAUSE_CUES_47["fa"]
CUES_NEEDING_THAT["fa"] += ["با اعلام"]
# A report's finding («اين گزارش حاكي است كه …», «گزارش … حاكي است: …»; quotes_dev47b.tsv,
# quotes_dev45b.tsv), a clause cue as those above (a comma after it is narration: «این گزارش حاکی
# است، در پایان مراسم … اهدا شد»), and an opener only when the words after its colon hold a
# speech verb and colon of their own («اين گزارش حاكي است: خانم دانيالي … گفت : …»;
# quotes_dev35.tsv): that one speaks.
PERSIAN_CLAUSE_CUES_47["fa"] += ["حاکی است"]
SPEECH_CUES["fa"] += ["حاکی است"]
OPENER_CUES_48 = {"fa": ["حاکی است"]}
# Cues that are cues only with a complementizer right after them: «با اعلام گزارش مردمی …» in
# the clause of «… با بیان اینکه» is a noun phrase, and read as a cue it cut that clause off
# (unlabelled Fars News, round 47b).
CUES_ONLY_BEFORE_THAT_47 = {"fa": ["با اعلام"]}
# Round quotes51fa (quotes_dev51fa.tsv; general Persian news usage, by hand): a perfect warning
# («بانک جهانی هشدار داده است که …»: «هشدار داد» did not match inside «هشدار داده») and beliefs
# («بسیاری از دانشمندان عقیده دارند که …», as «اعتقاد دارند»); and verbs that report speech
# only with «که» right after them: «X خبر داد که …» (never «از X خبر داد», an object), «X به
# این نکته اشاره کرد که …» (never «به X اشاره کرد», a noun) and claims in the present («این
# شرکت ادعا می‌کند که …»; «… زمانی که ادعا می کند با دوستش … بوده» is a clause's verb, ntrex).
PERSIAN_CLAUSE_CUES_51FA = {"fa": ["هشدار داده", "عقیده دارند", "عقیده دارد"]}
CUES_ONLY_BEFORE_THAT_51FA = {
    "fa": ["خبر داد", "خبر دادند", "اشاره کرد", "اشاره کرده", "ادعا می کند", "ادعا می کنند"]
}
# «از X خبر داد(ند) که …» gives news of X, the «که» then opens what X was («منابع خبری … از
# وقوع یک انفجار مهیب در بندر بیروت خبر دادند که طبق جدیدترین آمار …»; quotes_dev47d.tsv): «از»
# in the verb's sentence makes it no cue, unless it follows a word of part («یکی از مسئولان»).
NEWS_OF_51FA = {"fa": ["خبر داد", "خبر دادند"]}
PART_BEFORE_FROM_51FA = {"fa": ["یکی", "برخی", "بسیاری", "بعضی", "تعدادی", "شماری", "یک"]}
# «X به این نکته اشاره کرد که …» reports X's words; «او به کمیته قضایی … اشاره کرد که حضار چطور
# او را هو کرده بودند» (ntrex, quotes_dev42b.tsv) refers to a thing, the «که» then opens what
# happened: «اشاره کرد» is a cue only after «این» + one of these nouns.
POINT_NOUNS_51FA = {"fa": ["نکته", "موضوع", "مطلب", "مساله", "مسئله", "امر"]}
POINTING_CUES_51FA = {"fa": ["اشاره کرد", "اشاره کرده"]}
SPEECH_CUES["fa"] += PERSIAN_CLAUSE_CUES_51FA["fa"] + CUES_ONLY_BEFORE_THAT_51FA["fa"]
CUES_ONLY_BEFORE_THAT_47["fa"] += CUES_ONLY_BEFORE_THAT_51FA["fa"]
# A deputy («علی نیکزاد نایب رئیس مجلس شورای اسلامی اظهار کرد»; quotes_dev51fa.tsv): «نایب»
# opens the office after a name as «معاون» does, never a word of the name (general Persian usage).
ROLE_WORDS["fa"] += ["نایب", "نائب"]
# Heads of a body's name that issues statements, besides `ORGANIZATION_WORDS` and the role
# words: «در بیانیه ارتش آمریکا آمده است: …» quotes the army (quotes_dev51fa.tsv; general
# Persian news usage, by hand). Only after a document's noun (`stages.quotes.issuer_of_document`).
ISSUING_BODY_HEADS_51FA = {
    "fa": ["ارتش", "سپاه", "پلیس", "نیروی", "دولت", "مجلس", "کمیته", "کمیسیون", "شورای",
           "اتحادیه", "فدراسیون", "باشگاه", "دانشگاه", "حزب", "کاخ", "دادگاه", "بنیاد",
           "دبیرخانه"],
}  # fmt: skip
# Source markers that may cite, inside a byline channel's source, the one it took the words
# from («به نقل از مرکز خبر حوزه علمیه قم بر اساس اعلام دبیرخانه این همایش، …»; quotes_dev51fa.tsv;
# general Persian news usage): that inner source speaks.
INNER_SOURCE_MARKERS_51FA = {
    "fa": ["بر اساس اعلام", "براساس اعلام", "بنا بر اعلام", "بنا به اعلام", "طبق اعلام", "به گفته"]
}
# Words of a time a Persian subject slot may open with before a recognised name («هفته گذشته
# آیت‌الله جوادی آملی در خطبه‌های نماز جمعه قم … گفت»; unlabelled Fars News, quotes51fa, where
# the slot was read as empty and the body whose statement came before took the words): skipped.
LEADING_TIME_WORDS = {
    "fa": ["هفته", "ماه", "سال", "روز", "گذشته", "پیش", "قبل", "دیروز", "امروز", "امشب", "صبح",
           "عصر", "شب", "ظهر", "اخیرا", "اخیراً"],
}  # fmt: skip
# Weekdays too, as the folded text splits them at the joiner («روز پنج‌شنبه پنتاگون … اعلام کرد
# که»: «پنج», «شنبه»; quotes_dev82fa.tsv; general Persian usage). «یک»/«دو» are left out: «دو
# وزیر … اعلام کردند» opens with a number, no time.
LEADING_TIME_WORDS["fa"] += ["شنبه", "یکشنبه", "دوشنبه", "سه", "چهارشنبه", "پنجشنبه", "پنج",
                                  "جمعه"]  # fmt: skip
# Time adverbials a Persian subject slot may end with, right before the verb («گروه‌های امدادی
# پیش از این هشدار داده بودند …»; quotes_dev45b.tsv, found by round quotes51fa; general Persian
# usage): "before this", never a subject «این» that refers back to the last speaker.
TIME_ADVERBIALS_ENDING_SUBJECT = {"fa": ["پیش از این", "قبل از این", "پیش از آن", "قبل از آن"]}
# "For the first time", "once again" end a subject slot as well («روز پنج‌شنبه پنتاگون برای اولین
# بار اعلام کرد که …»; quotes_dev82fa.tsv; general Persian usage): the body before them speaks.
TIME_ADVERBIALS_ENDING_SUBJECT["fa"] += ["برای اولین بار", "برای نخستین بار", "برای بار دوم",
                               "بار دیگر", "یک بار دیگر"]  # fmt: skip
# The plural past perfect's auxiliary («… هشدار داده بودند …», «اعلام کرده بودند که»; general
# Persian grammar): part of the cue, as «بود» is.
AUXILIARIES["fa"] += ["بودند"]
# Words a Persian role opens with when it is someone indefinite or many («یک مقام», «یکی از
# مسئولان», «منابع آگاه», «برخی کارشناسان»): such a role is never the one person the article
# gave the same words after the name («لاري فرانكلين يك مقام ميان رتبه پنتاگون» … «يك مقام در
# دفتر آريل شارون … گفت»: someone else; a test on fars-8306080001). Unlike INDEFINITE_ROLES,
# «کارشناس» is not here: «کارشناس هواشناسی استان» after «احسان احمدی‌نژاد کارشناس هواشناسی
# استان ایلام» is that man (round 47b).
NOT_ONE_PERSON_47 = {
    "fa": ["یک", "یکی", "منابع", "منبع", "مقامات", "مسئولان", "مسؤولان", "کارشناسان", "برخی",
           "چند", "تعدادی", "مقامهای", "مقام‌های"],
}  # fmt: skip
# Round quotes48 (Arabic; quotes_dev48.tsv, general Arabic news usage, written by hand).
# Question words: a subject slot opening with one («وكان يقول كيف يجوز للرئيس …») holds the
# words said, never the speaker; the one speaking before goes on.
QUESTION_WORDS_48 = {"ar": ["كيف", "هل", "لماذا", "ماذا", "متى", "أين", "اين", "لم"]}
# Verbs of receiving a copy in a relative clause after the speaker («وقالت الحكومة في بيان تلقت
# وكالة فرانس برس نسخة منه انه …»): the one who received it is told, never the speaker.
RECEIVED_COPY_48 = {"ar": ["تلقت", "تلقى", "تسلمت", "تسلم", "حصلت", "حصل"]}
COPY_NOUNS_48 = {"ar": ["نسخة", "نسخه"]}
# Conjunctions an Arabic sentence may open with before a subject written ahead of its verb of
# speech («لكن حنيفة أمان وزير الخارجية الماليزي قال إنّ …»): the words between are the subject.
SUBJECT_AHEAD_CONJUNCTIONS = {"ar": ["لكن", "ولكن", "بينما", "فيما"]}
# Military ranks, written before a name and never in apposition after one: a rank's word after
# a noun is that noun's genitive («الجهاز الإداري لاعبي الفريق», the team's players).
RANKS_BEFORE_NAMES_48 = {"ar": ["الفريق", "اللواء", "العميد", "العقيد", "الرائد", "النقيب",
                                "المشير"]}  # fmt: skip
# Verbs of announcing that a «، كما» after a clause turns into its source («…، كما اعلنت الحكومة
# المالية مساء الاحد.»); «كما أورد/أكد X …» is more often "X also included/stressed …".
AS_ANNOUNCED_VERBS_48 = {
    "ar": ["أعلن", "أعلنت", "اعلن", "اعلنت", "ذكر", "ذكرت", "أفاد", "أفادت", "افاد", "افادت",
           "قال", "قالت"],
}  # fmt: skip
# Times written after such a source («كما اعلنت الاستخبارات الافغانية الاسبوع الماضي»): no part
# of it (with `TIME_WORDS_AFTER_NAME_47`).
TIME_NOUNS_48 = {"ar": ["أمس", "امس", "اليوم", "الأسبوع", "الاسبوع", "الشهر", "العام", "مساء",
                        "صباح", "ليلة"]}  # fmt: skip
# Persian subjects naming two parties together («دو طرف … اعلام کردند», «طرفین»), with a
# plural verb: no one person speaks (quotes_dev48b.tsv; general Persian news usage; round
# quotes48c).
TWO_SIDES_48C = {"fa": ["دو طرف", "طرفین", "هر دو طرف", "دو کشور", "دو رهبر", "دو وزیر",
                        "دو رئیس جمهور", "دو مقام"]}  # fmt: skip
# Kinds of body a Persian «این …» subject names («اين مركز تحقيقاتي … تاكيد كرد»): not the
# outlet or person that spoke last unless its name holds the kind (quotes_dev48b.tsv: after «به
# نقل از فرانس پرس»; general Persian news usage; round quotes48c).
BODY_KINDS_48C = {"fa": ["مرکز", "موسسه", "مؤسسه", "سازمان", "نهاد", "انجمن", "پژوهشکده",
                         "اندیشکده", "دانشگاه", "شرکت", "بانک", "اداره", "کمیته", "بنیاد"]}  # fmt: skip
# Words that end a Persian «این» + body subject as written («اين مركز تحقيقاتي در عين حال»).
BODY_SUBJECT_ENDS_48C = {"fa": ["در", "نیز", "هم", "با", "ضمن", "به", "از", "که", "همچنین",
                                "امروز", "روز", "پس", "بر", "طی", "برای", "اما"]}  # fmt: skip
# Words that qualify an unnamed Persian source («منابع آگاه», «منبع مطلع»): a source marker with
# no comma after it («به اعتقاد منابع آگاه در چين مهمترين هدف …») names such a source, then at
# most «در»/«از» and a place, before the words it speaks (quotes_dev48b.tsv; general Persian
# news usage; round quotes48c).
SOURCE_QUALIFIERS_48C = {"fa": ["آگاه", "مطلع", "موثق", "رسمی", "غربی", "دیپلماتیک", "امنیتی",
                                "نظامی", "دولتی", "خبری"]}  # fmt: skip
# Persian speech phrases that quote only with a clause, as «با بیان اینکه» does: «با تصریح
# اینکه X گفت» and «با تصریح بر اینکه X» ("stating explicitly that"; 3 times in the 1,491 Fars
# News articles of the shared corpus; quotes_dev49fb.tsv). Nouns that carry a clause after a
# demonstrative between such a phrase and «که» («با تاکید بر این مطلب که X، افزود», «با اشاره
# به این نکته که», «با بیان این موضوع که»; 8 times in Fars News, quotes_dev49fb.tsv): «این
# مطلب که» is «اینکه» written out.
PERSIAN_STATING_CUES_49FB = {"fa": ["با تصریح بر", "با تصریح"]}
SPEECH_CUES["fa"] += PERSIAN_STATING_CUES_49FB["fa"]
CUES_NEEDING_THAT["fa"] += PERSIAN_STATING_CUES_49FB["fa"]
THAT_NOUNS_49FB = {"fa": ["مطلب", "نکته", "موضوع"]}
# never a cue without its clause: «با تصریح به …» inside another's clause is a noun phrase
CUES_ONLY_BEFORE_THAT_47["fa"] += PERSIAN_STATING_CUES_49FB["fa"]
# Persian nouns a person's name follows as a possessor («دولت خاتمي», «کابینه احمدی‌نژاد», «دوران
# X»): the name there is no one acting in the sentence, so a later «وی» does not stand for it
# («احمد فياض بخش … را موفقيت بزرگ دولت خاتمي خواند. وي گفت»; quotes_dev49fb.tsv; general
# Persian news usage).
POSSESSED_BY_PERSON_49FB = {"fa": ["دولت", "کابینه", "حکومت", "دوران", "دوره", "زمان", "عهد",
                                   "رژیم"]}  # fmt: skip
# Round quotes53fa (quotes_dev53fa.tsv and the older Persian sets, counted in the 1,491 Fars
# News articles of the shared corpus; general Persian news usage): verbs Fars writes glued to
# their particle («یادآورشد:», 2; «بابیان اینکه», 9: «وی بابیان اینکه …، افزود»), hopes voiced
# with «اظهار» as with «ابراز» («وی اظهار امیدواری کرد که …», 5; and «ابزار امیدواری کرد:», a
# misspelt «ابراز», 2) and promises with a clause («قول داد که …»). «بابیان»
# makes a quote only with «اینکه» after it, as «با بیان» does.
PERSIAN_GLUED_CUES_53FA = {"fa": ["یادآورشد", "بابیان"]}
PERSIAN_CLAUSE_CUES_53FA = {
    "fa": ["اظهار امیدواری کرد", "اظهار امیدواری کرده", "ابزار امیدواری کرد", "قول داد"]
}
SPEECH_CUES["fa"] += PERSIAN_GLUED_CUES_53FA["fa"] + PERSIAN_CLAUSE_CUES_53FA["fa"]
PERSIAN_CLAUSE_CUES_47["fa"] += PERSIAN_CLAUSE_CUES_53FA["fa"]
CUES_NEEDING_THAT["fa"] += ["بابیان"]
# Adverbial speech phrases besides «با بیان/با اشاره به/با تاکید بر» («وی ضمن بیان اینکه …،
# افزود», «صادقی با تشریح اینکه …», «وي در ادامه سخنان با طرح اين پرسش كه …»; quotes_dev45d.tsv
# and the 1,491 Fars News articles of the shared corpus, one to five times each; general Persian
# usage): quotes only with a complementizer right after them, as the others.
ADVERBIAL_SPEECH_CUES_53FA = {
    "fa": ["ضمن بیان", "با تشریح", "ضمن اشاره به", "با یادآوری", "ضمن تاکید بر", "ضمن تأکید بر",
           "با تصریح", "با طرح این پرسش", "با طرح این سوال", "با طرح این سؤال"]
}  # fmt: skip
SPEECH_CUES["fa"] += ADVERBIAL_SPEECH_CUES_53FA["fa"]
CUES_NEEDING_THAT["fa"] += ADVERBIAL_SPEECH_CUES_53FA["fa"]
# Words that open a Persian group as a subject («اعضای شورای اسلامی شهر یاسوج در نامه‌ای …»;
# quotes_dev53fa.tsv; general Persian usage): the group is the author of what it wrote.
GROUP_HEADS_53FA = {"fa": ["اعضای", "اعضا", "نمایندگان", "کارکنان"]}
# Round quotes54fa (the failures of every Persian quotes dev set pooled, eval/labels/
# quotes_misses54fa.md; counted in the 1,491 Fars News articles of the shared corpus; general
# Persian usage). Verbs that say something only with «که» or a colon after them: a promise
# («رئیس کل … وعده داد: …»), a threat («… تهدید کرد: «…»»), an accusation («مسئولان عراقی، دمشق
# را متهم کردند که …»); «X را تهدید کرد و …» has an object and «آنچه را خدا وعده داده بود» is a
# relative clause, no words. Left out: the perfect «وعده داده» (its subject «بي.بي.سي از قول وي»
# was misread on unlabelled text); the present «متهم می‌کند» («در حالی … متهم می‌کند که تهران
# …» opens the writer's contrast); «انکار کرد(ه)» («فینشتاین انکار کرده که …» went to the last
# speaker); plural «گزارش دادند»/«خاطر نشان کردند», whose group or pair subjects fell to the
# last single speaker (read on the dev sets).
THAT_OR_COLON_CUES_54FA = {
    "fa": ["وعده داد", "وعده دادند", "تهدید کرد", "تهدید کردند", "تهدید کرده", "متهم کرد",
           "متهم کردند", "متهم کرده"]
}  # fmt: skip
SPEECH_CUES["fa"] += THAT_OR_COLON_CUES_54FA["fa"]
CUES_ONLY_BEFORE_THAT_47["fa"] += THAT_OR_COLON_CUES_54FA["fa"]
COLON_ONLY_CUES["fa"] += THAT_OR_COLON_CUES_54FA["fa"]
# «خبر داد» glued as Fars writes it, with «که» only («منابع پلیس … خبردادند که …»): before a
# colon it heads press digests («- شيركوند خبرداد: …»), whose items the digest rules read.
GLUED_NEWS_CUES_54FA = {"fa": ["خبرداد", "خبردادند"]}
SPEECH_CUES["fa"] += GLUED_NEWS_CUES_54FA["fa"]
CUES_ONLY_BEFORE_THAT_47["fa"] += GLUED_NEWS_CUES_54FA["fa"]
NEWS_OF_51FA["fa"] += GLUED_NEWS_CUES_54FA["fa"]
# Claims of many with their words after a comma, no «که» («تولید کنندگان این ربات ادعا
# می‌کنند، این دستگاه‌ها …»; quotes_dev51fa.tsv): the comma stands for «که». Not «خبر دادند،»:
# its subject with a time («رسانه‌های آمریکا بامداد امروز خبر دادند، …»; quotes_dev53fa.tsv) fell
# to the last speaker.
CUES_BEFORE_THAT_OR_COMMA_54FA = {"fa": ["ادعا می کنند"]}
# Verbs of an outlet's report: a name written right before one («بلومبرگ گزارش داد: …») or
# after «به گزارش» is an outlet even when the recogniser took it for a person, and a person's
# role speaking next («رئيس كل بانك مركزي آمريكا … وعده داد:»; quotes_dev49fa.tsv) is not it.
OUTLET_REPORT_VERBS_54FA = {"fa": ["گزارش داد", "گزارش دادند", "گزارش داده"]}
OUTLET_REPORT_MARKERS_54FA = {"fa": ["به گزارش"]}
# English personal pronouns a speech verb's subject may be, and the kind of mention each stands
# for (English grammar: "he"/"she" a person; "it" a body — a company, a committee, a paper;
# "they" a body or a group, never one named person): a pronoun's antecedent is the subject of
# an earlier clause of that kind, not a name in a prepositional phrase ("… on the London Stock
# Exchange …, after it said"; session 50, quotes_dev50en.tsv).
PRONOUN_KINDS_50 = {"en": {"he": "PER", "she": "PER", "it": "ORG", "they": "ORG"}}
# Words that open an English clause inside a sentence ("…, after it said", "… while Muse said"):
# a clause's subject stands right after one (English grammar; session 50).
# Not "and" nor "as": they join names in lists ("Boots and Snappy Snaps", "such as Jessops").
CLAUSE_OPENERS_50 = {"en": ["after", "while", "but", "although", "though", "because", "when",
                            "whereas", "however", "since", "before", "until", "which", "who",
                            "where"]}  # fmt: skip
# English abbreviations a full stop ends inside a sentence ("called on Mrs. Clinton", "Senator
# Charles E. Grassley"; US style writes titles with a stop, as PolNeAR's texts do): no sentence
# boundary after one (a single capital, an initial, is one too). General English usage.
TITLE_ABBREVIATIONS_50 = {"en": ["mr", "mrs", "ms", "dr", "st", "sen", "gov", "rep", "gen", "prof",
                                 "lt", "col", "sgt", "jr", "sr", "rev", "no", "vs"]}  # fmt: skip
# English words for one who speaks for a body ("A spokesman for the Business Software Alliance
# said: … He said"): "he"/"she" after it is that person, whom the body stands for as speaker.
SPOKESPEOPLE_50 = {"en": ["spokesman", "spokeswoman", "spokesperson", "representative"]}
# Small words an English name's initials skip ("Department for Culture, Media and Sport", "Bank
# of England"): not letters of its acronym (general English usage; session 50).
ACRONYM_SKIPPED_WORDS_50 = {"en": ["of", "and", "for", "the", "&", "on", "in"]}
# Words that set a name in a list or an example, never a subject ("Boots and Snappy Snaps",
# "such as the XDA II", "including Volkswagen"; general English usage; session 50).
LIST_WORDS_50 = {"en": ["and", "or", "as", "including", "like", "than", "nor"]}
# Nouns an Arabic report's results are read from before the report («وفقا لنتائج مسح أجرته
# رويترز»; quotes_dev53ar.tsv; general Arabic news usage): the report's maker speaks.
REPORT_RESULT_NOUNS_53AR = {"ar": ["نتائج", "نتيجة"]}
# An Arabic word that makes a participle after it a negated adjective («زيارة غير متوقعة»,
# "an unexpected visit"; «مصادر غير مؤكدة»; quotes_dev53ar.tsv; Arabic grammar): no speech cue.
ADJECTIVE_NEGATORS_53AR = {"ar": ["غير"]}
# The subject of an Arabic prayer a source marker's letters open («وفقه الله», "God grant him
# success", closing a column; quotes_dev53ar.tsv; Arabic usage): a verb with its object, no
# «وفق» ("according to").
PRAYER_SUBJECTS_53AR = {"ar": ["الله"]}
# Round quotes53ar (quotes_dev53ar.tsv and the older Arabic sets' missed quotes; general Arabic
# news usage, by hand): plural past forms of cues the list held in the singular only («وكان
# الباحثون قد أعلنوا سابقا ان», «وفحص الباحثون … وتوصلوا الى ان»), forecasts and hypotheses
# with a named subject («ويتوقع المزارعون أن», «وتوقعت نتو أن»), and admissions and hints
# («اعترف الحوثي بأن», «ألمح … إلى أن», «وأفصح … أن»). Not «يفترض» («التي يفترض أنها …»,
# "which are supposed to be") nor «ادعى/ادعت» (read on 800 unlabelled SaudiNewsNet articles:
# mostly impersonal, negated or with a pronoun subject the stage cannot resolve).
ARABIC_CLAUSE_CUES_53AR = {
    "ar": ["أعلنوا", "توصلوا", "توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "يتوقعون", "اعترف",
           "اعترفت", "ألمح", "ألمحت", "أفصح", "أفصحت"],
}  # fmt: skip
SPEECH_CUES["ar"] += ARABIC_CLAUSE_CUES_53AR["ar"]
PLURAL_CUES["ar"] += ["أعلنوا", "توصلوا", "توقعوا", "يتوقعون"]
# Of those, the verbs that are impersonal with «أن» right after them («ويتوقع أن يصل …», "it
# is expected that"): a cue only with a subject between the verb and «أن».
CUES_NOT_BEFORE_THAT_53AR = {"ar": ["توقع", "يتوقع", "تتوقع"]}
# Nor after a preposition, where «توقع» is the verbal noun ("expecting": «لابد لنزاهة من توقع
# قراءات أخرى»), nor before «لـ» («يتوقع لهذه الكتب أن …», "it is expected of"; read on the
# unlabelled check of round quotes53ar).
PREPOSITIONS_BEFORE_VERBAL_NOUN_53AR = {"ar": ["من", "في", "على", "عن", "إلى", "الى"]}
# Words Arabic science news uses for the same unnamed researchers in turn («قال العلماء إن …»
# … «وفحص الباحثون … وتوصلوا الى ان …»; quotes_dev46.tsv; general Arabic usage): a definite
# source of `SOURCE_ANAPHORS` with no earlier speaker of its own word takes up one of these.
SOURCE_SYNONYMS_53AR = {"ar": {"الباحثون": ["العلماء", "علماء"], "الباحثين": ["العلماء", "علماء"]}}
# Arabic name words ending as a plural in the construct state does («أبو», "father of"): no
# group (round quotes53ar, `construct_plural_subject`).
NAME_PARTICLES_53AR = {"ar": ["أبو", "ابو"]}
# Words that may open an Arabic clause before its verb besides `BEFORE_VERB` («إلى ذلك تحدث
# …», «وقد عبر …», «ولكن …»; round quotes53ar, `construct_plural_subject`).
CLAUSE_LEAD_WORDS_53AR = {"ar": ["و", "وقد", "فقد", "ولكن", "إلى", "الى", "ذلك"]}
# Round quotes56fa (quotes_dev56fa.tsv, the older Persian sets; general Persian news usage):
# verbs that go on with what their subject was saying («افزود», "added"). A person named for
# the first time with one of them («جلال اميني افزود:») has spoken already — under the role
# that opened the sentence before him («رئيس سازمان … گفت:»), not the one who spoke earlier.
ADDING_CUES_56FA = {"fa": ["افزود", "ادامه داد", "اضافه کرد"]}
# Round quotes56ar (quotes_dev56ar.tsv and the older Arabic sets' pooled failures; general Arabic
# news usage, by hand): the nouns after «في» that say when, how or in what respect a thing was
# said («وأضاف المتحدث في هذا الصدد أن», «وقال المسؤول في الوقت نفسه إن», «في ختام حديثه»,
# «وذكرت الزوجة في الدعوى أنها», «وأضاف المواطنون في شكوى تقدموا بها …», «قال أحد الكتاب في
# أحد كتبه»; read on the unlabelled check of round quotes56ar), with `SPEECH_SETTINGS`: never
# the body or place a speaker belongs to (`with_qualifier_56ar`).
QUALIFIER_STOPS_56AR = {
    "ar": ["الصدد", "صدد", "السياق", "سياق", "الإطار", "الاطار", "إطار", "اطار", "الوقت", "وقت",
           "حين", "ختام", "معرض", "أثناء", "اثناء", "نهاية", "بداية", "مستهل", "رده", "ردها",
           "ردا", "تعليق", "تعليقه", "تعليقها", "حديثه", "حديثها", "كلمته", "كلمتها", "تصريحه",
           "تصريحها", "تصريحاته", "تصريح", "حوار", "حواره", "تغريدة", "تغريدات", "منشور", "هذا",
           "هذه", "ذلك", "تلك", "المقابل", "المقابلة", "المؤتمر", "اللقاء", "الاجتماع",
           "الجلسة", "الحفل", "الندوة", "الكلمة", "البيان", "التقرير", "الرسالة", "المناسبة",
           "مناسبة", "الأثناء", "الاثناء", "غضون", "ظل", "حال", "حالة", "سبيل", "شأن",
           "البداية", "النهاية", "الختام", "الدعوى", "دعوى", "الشكوى", "شكوى", "العريضة",
           "عريضة", "المذكرة", "مذكرة", "أحد", "احد", "إحدى", "احدى", "الرد", "رد", "سؤال",
           "إجابة", "اجابة", "جواب", "بها", "به", "بهم", "لها", "له", "لهم", "فيه", "فيها",
           "عنه", "عنها", "منه", "منها", "عليه", "عليها", "أم", "ام", "أو", "او"],
}  # fmt: skip
# Prepositions after which Arabic news writes the body or place an unnamed speaker belongs to
# («وقال المحلل في مجموعة …», «مصدر مسؤول في السفارة … لدى بنجلادش»; `with_qualifier_56ar`).
QUALIFIER_PREPOSITIONS_56AR = {"ar": ["في", "لدى"]}
# Words for bodies, reports and accounts opening an unnamed Arabic source («قالت لجنة تنظيم
# الأوراق المالية في الصين أمس إنها», «ذكرت تقارير صحافية في ألمانيا أمس أن»; quotes_dev47.tsv,
# quotes_dev45c.tsv; general Arabic news usage): located where the place after «في» is, never
# speaking there (`located_56ar`, with `MEMBER_SOURCES` and `ORGANIZATION_WORDS`).
LOCATED_WORDS_56AR = {
    "ar": ["تقارير", "تقرير", "أنباء", "انباء", "معلومات", "لجنة", "اللجنة", "مكتب", "المكتب",
           "مجلس", "المجلس", "إدارة", "الإدارة", "الادارة", "ادارة", "سلطات", "السلطات", "الشرطة",
           "شرطة", "بعثة", "البعثة", "سفارة", "السفارة", "قنصلية", "القنصلية", "مديرية",
           "المديرية", "فرع", "الفرع", "الهيئة", "الوزارة", "الشركة", "الجمعية", "المؤسسة"],
}  # fmt: skip
# Round quotes57ar (the pooled Arabic development sets' unknown speakers: «أكّد وفد من أعضاء …
# …، مشيرين إلى أن», «عبر ائتلاف القوى السنية … مؤكدين بأنه», «واستطرد الطلاب …، وقالوا»,
# «وقد عبر ذوو الشهدين …، وأضافوا أن», «وكانت العشرات … أكدوا أن»; general Arabic usage, by
# hand): collective nouns and broken plurals naming a group of people, which take a plural verb
# or participle, though they end in neither «ون» nor «ين» (`collective_subject`).
COLLECTIVE_HEADS_57AR = {
    "ar": ["وفد", "ائتلاف", "أعضاء", "ذوو", "ذوي", "أهالي", "سكان", "طلاب", "طلبة", "عشرات",
           "مئات", "آلاف", "خبراء", "علماء", "أطباء", "نشطاء", "ناشطو", "زعماء", "قادة",
           "وزراء", "سفراء", "نواب", "شهود", "تجار", "عمال", "رجال", "نساء", "أبناء", "أولياء",
           "زملاء", "ممثلو", "مسؤولو", "أصحاب", "ملاك", "مشجعو", "لاعبو", "جماهير", "مغردو"],
}  # fmt: skip


# Round quotes57fa (eval/labels/quotes_misses56fa.md: the pooled Persian dev sets' misses whose
# speech verb or clause cue the list lacked; general Persian grammar, by hand). A Persian speech
# verb is mostly a light verb construction, a noun with «کردن», «داشتن», «دادن», «نمودن» or the
# honorific «فرمودن»: each noun below says with which light verbs it reports speech, and its
# past, plural (a group or the plural of respect) and honorific forms are made from it, so a
# form the articles write rarely («خاطر نشان كردند:», dev47d; «ابراز خوشبيني كرد،», dev46b;
# «پيشنهاد كرد كه», dev56fa; «پیشنهاد داد،», dev47b; «اظهار اميدواري كردند …», dev56fa) is not
# missed for want of its own line. Perfects («کرده») only where no passive shares them: «پیشنهاد
# داده شده است» and «پاسخ داده شد» are the passive, so no «داده» form.
SPEECH_NOUNS_57FA = {
    "fa": {
        "تاکید": ["کرد", "نمود", "فرمود"],
        "تأکید": ["کرد", "نمود", "فرمود"],
        "اعلام": ["کرد", "نمود", "داشت"],
        "اظهار": ["داشت", "کرد", "نمود"],
        "بیان": ["کرد", "داشت", "نمود"],
        "تصریح": ["کرد", "نمود"],
        "خاطرنشان": ["کرد", "نمود", "ساخت"],
        "خاطر نشان": ["کرد", "نمود", "ساخت"],
        "عنوان": ["کرد", "داشت", "نمود"],
        "اضافه": ["کرد", "نمود"],
        "توضیح": ["داد"],
        "هشدار": ["داد"],
        "پیشنهاد": ["کرد", "داد", "نمود"],
        "پاسخ": ["داد"],
        "ابراز امیدواری": ["کرد", "نمود"],
        "اظهار امیدواری": ["کرد", "نمود"],
        "ابراز خوشبینی": ["کرد", "نمود"],
        "اظهار خوشبینی": ["کرد", "نمود"],
        "ابراز خوش بینی": ["کرد", "نمود"],
        "ابراز اطمینان": ["کرد", "نمود"],
    }
}
# Light verbs whose perfect («… کرده است که») no passive shares (`SPEECH_NOUNS_57FA`).
PERFECT_LIGHT_VERBS_57FA = {"fa": ["کرد", "نمود", "داشت"]}


def light_verb_forms_57fa(noun: str, verbs: list[str]) -> list[str]:
    """A speech noun's past forms with its light verbs: singular, plural and perfect."""
    perfect = PERFECT_LIGHT_VERBS_57FA["fa"]
    return [
        form
        for verb in verbs
        for form in (
            f"{noun} {verb}",
            f"{noun} {verb}ند",
            *([f"{noun} {verb}ه"] * (verb in perfect)),
        )
    ]


LIGHT_VERB_CUES_57FA = {
    "fa": sorted(
        {
            f
            for noun, verbs in SPEECH_NOUNS_57FA["fa"].items()
            for f in light_verb_forms_57fa(noun, verbs)
        }
        - set(SPEECH_CUES["fa"])
    )
}
SPEECH_CUES["fa"] += LIGHT_VERB_CUES_57FA["fa"]
# Hopes and assurances end their clause at a comma, as their singulars do (`PERSIAN_CLAUSE_CUES_47`).
PERSIAN_CLAUSE_CUES_47["fa"] += [
    f for f in LIGHT_VERB_CUES_57FA["fa"] if "امیدواری" in f or "اطمینان" in f
]
# The honorific «say» («رهبر معظم انقلاب می‌فرمایند «…»», dev37; «حضرت علی … می‌فرمایند:»,
# dev49fb), in the present as «می گوید», and in the past only before «که» or a colon: «دستور
# فرمودند»/«مرقوم فرمودند» are other verbs whose noun may stand apart.
HONORIFIC_PRESENT_CUES_57FA = {"fa": ["می فرمایند", "می فرماید"]}
HONORIFIC_PAST_CUES_57FA = {"fa": ["فرمودند", "فرمود"]}
# Blessings written after the name of the Prophet, an Imam or a saint («حضرت علي (ع)», «امام موسی
# کاظم(ع)», «حضرت معصومه(س)»; quotes_dev84fa.tsv, quotes_dev74fa.tsv; general Persian usage): such
# a figure is named in the news for an anniversary or a greeting, and quoted only by the honorific
# «فرمود / می‌فرماید» (`HONORIFIC_SPEECH_STEMS`), never by a reporter's «گفت / افزود». «(ره)» is left
# out: it also closes the names of bodies («کمیته امداد امام خمینی (ره)»).
HOLY_FIGURE_BLESSINGS = {"fa": ["(ع)", "(ص)", "(س)", "(عج)"]}
HONORIFIC_SPEECH_STEMS = {"fa": ["فرمود", "فرمای"]}
# Titles written before such a figure's name («حضرت», «امام», «امیرالمومنین», «پیامبر»): the
# blessing rule reads a name only with one, since a recognised «محمدی» of «اسلام ناب محمدی (ص)» is
# an adjective, whose removal would move other readings (fars-13940905000317, unlabelled).
HOLY_FIGURE_TITLES = {"fa": ["حضرت", "امام", "امیرالمومنین", "امیرالمؤمنین", "پیامبر", "رسول"]}
# «تبیین کرد» ("explained") before a colon («فخر … خبر داد و تبیین کرد: 20 برنامه ویژه …»;
# quotes_dev84fa.tsv; general Persian news usage): a speech verb; «X را تبیین کرد» names a topic.
EXPLAINED_CUES = {"fa": ["تبیین کرد"]}
SPEECH_CUES["fa"] += EXPLAINED_CUES["fa"]
COLON_ONLY_CUES["fa"] += EXPLAINED_CUES["fa"]
SPEECH_CUES["fa"] += HONORIFIC_PRESENT_CUES_57FA["fa"] + HONORIFIC_PAST_CUES_57FA["fa"]
CUES_ONLY_BEFORE_THAT_47["fa"] += HONORIFIC_PAST_CUES_57FA["fa"]
COLON_ONLY_CUES["fa"] += HONORIFIC_PAST_CUES_57FA["fa"]
# Clause cues written without «با» («و بيان اينكه …، تصريح كرد», dev41; «مسؤول … اشاره به اینکه
# …، خاطرنشان کرد», dev53fa) and an outlet's perfect «نوشته» («رویترز نوشته که …», dev53fa):
# quotes only with «که»/«اینکه» right after them, as «با اعلام» (`CUES_ONLY_BEFORE_THAT_47`).
BARE_CLAUSE_CUES_57FA = {"fa": ["و بیان", "اشاره به"]}
PERFECT_WRITES_CUES_57FA = {"fa": ["نوشته"]}
SPEECH_CUES["fa"] += BARE_CLAUSE_CUES_57FA["fa"] + PERFECT_WRITES_CUES_57FA["fa"]
CUES_NEEDING_THAT["fa"] += BARE_CLAUSE_CUES_57FA["fa"]
CUES_ONLY_BEFORE_THAT_47["fa"] += BARE_CLAUSE_CUES_57FA["fa"] + PERFECT_WRITES_CUES_57FA["fa"]
# All of this round's cues (`round_cue_speaker_57fa` reads their speakers more strictly).
ROUND_CUES_57FA = {
    "fa": LIGHT_VERB_CUES_57FA["fa"]
    + HONORIFIC_PRESENT_CUES_57FA["fa"]
    + HONORIFIC_PAST_CUES_57FA["fa"]
    + BARE_CLAUSE_CUES_57FA["fa"]
    + PERFECT_WRITES_CUES_57FA["fa"]
}
# Perfect tenses of speech before «که» («سایت «وطن» همچنین نوشته است که …», «این شاهزاده سعودی
# در فایل صوتی گفته است که …», «منابع غربی فاش کرده‌اند که …»; quotes_dev82fa.tsv; general
# Persian usage): quotes only with «که» right after them, as the outlet's perfect «نوشته» above
# («آنچه گفته است» and «نوشته است» with no «که» stay narration).
PERFECT_SPEECH_BEFORE_THAT = {
    "fa": ["نوشته است", "نوشته اند", "گفته است", "گفته اند", "فاش کرد", "فاش کرده",
           "فاش کرده است", "فاش کرده اند", "فاش ساخت", "مدعی شده است", "مدعی شده اند"]
}  # fmt: skip
SPEECH_CUES["fa"] += PERFECT_SPEECH_BEFORE_THAT["fa"]
CUES_ONLY_BEFORE_THAT_47["fa"] += PERFECT_SPEECH_BEFORE_THAT["fa"]
# Words after one of this round's cues that make it narration, not speech: «و» joins the next
# verb («آمادگی خود را … اعلام داشتند و قرار شد …»), and a first-person ending shows the
# writer's own words («بارها اعلام نموده ايم كه …»); read on 800 unlabelled Fars News articles.
NOT_SPEECH_AFTER_57FA = {"fa": ["و", "ایم", "اید", "ام"]}
# The object marker: «X را پیشنهاد کرد(ه) که …» proposes a thing X, the «که» its relative
# («سازمان ملل … طرحي 4گزينه‌اي را پيشنهاد كرده كه شامل …»; quotes_dev47b.tsv; quotes56fa
# counted two such of seven «پيشنهاد كرد كه» in the corpus): no speech.
OBJECT_MARKERS_57FA = {"fa": ["را"]}
# Clause openers of comparison («همانگونه که برخی از فقهاء تصریح نموده اند، …»: "as some have
# said"): no subject of their own is read right, so this round's cues there make no quote.
COMPARISON_OPENERS_57FA = {"fa": ["همانگونه", "همانطور", "همان طور", "چنانکه", "چنان که",
                                  "آنگونه", "آنطور", "از آنجا"]}  # fmt: skip
# Pronouns a singular cue of this round's may carry its speaker over («وی پیشنهاد کرد که …»).
CARRYING_PRONOUNS_57FA = {"fa": ["وی", "او"]}

# Round quotes58ar (general Arabic grammar, by hand). Words of `PREPOSITIONS` that carry their
# own object pronoun or are adverbs, so govern no noun after them: a group written right after
# one is a verb's subject («أكد فيه عدد من أصحاب مكاتب الاستقدام …»; quotes_dev47.tsv), not the
# object of a preposition («بحضور عدد من …», «مع عدد من …»).
NOT_GOVERNING_58AR = {
    "ar": ["فيه", "فيها", "له", "لها", "منه", "عنه", "عليه", "كما", "أيضا", "أيضًا", "بدوره",
           "بدورها"],
}  # fmt: skip

# Round quotes58fa (the convention settled in eval/labels/quotes_dev.md, session 54: "according
# to" sources are speakers, issue 21). A Persian sentence opened by "according to this report"
# («بر اساس / براساس / بنا بر / بنابر / برپایه / بر پایه / طبق این (همین) گزارش، Y»; 15
# sentences over the Persian dev sets, quotes_dev33 … quotes_dev56fa; general Persian news usage)
# with no speech verb of its own is a quote of the report's source: the outlet or office the
# byline cites, the body the lead says announced it, or a paper written only as «این روزنامه».
# The agency's own report (`OWN_DESK_WORDS_48`) is no one's words.
THIS_REPORT_OPENERS_58FA = {"fa": ["بر اساس", "براساس", "بنا بر", "بنابر", "برپایه", "بر پایه",
                                   "طبق"]}  # fmt: skip
THIS_REPORT_WORDS_58FA = {"fa": ["این", "همین"]}
# Verbs with which the lead's subject announces the report the next sentence goes on from, under
# the agency's own byline («مرکز اطلاعات و کنترل ترافیک راهور ناجا آخرین وضعیت … را اعلام کرد.»
# then «برپایه این گزارش، …»; quotes_dev56fa.tsv): the announcing body is the report's source.
ANNOUNCING_VERBS_58FA = {"fa": ["اعلام کرد", "اعلام کردند", "اعلام نمود", "منتشر کرد",
                                "منتشر کردند"]}  # fmt: skip
# Speech cues the pooled Persian dev sets still missed (eval/labels/quotes_misses56fa.md and
# quotes_dev58fa.tsv; 21 in the 1,491 Fars News articles of the shared corpus; general Persian
# usage): a forecast with its clause, with «که», a comma or none («ميسك پيش‌بيني كرده كه …»,
# «منابع اگاه استراليايي همچنين پيش بيني كردند ، …», dev58fa; «بدنه جهانی پیش بینی کرد 120
# میلیون دلار …», dev49fb), as «پیشنهاد کرد» (`SPEECH_NOUNS_57FA`), read as this round's of
# quotes57fa are (`ROUND_CUES_57FA`: a speaker named in the clause or carried by «وی», else
# none; «X را پیش بینی کرد» has an object, no words). Not «به توضیح این مطلب پرداخت که»
# (dev56fa): once in the whole corpus.
SPEECH_NOUNS_58FA = {"fa": {"پیش بینی": ["کرد", "نمود"]}}
FORECAST_CUES_58FA = {
    "fa": [
        form
        for noun, verbs in SPEECH_NOUNS_58FA["fa"].items()
        for form in light_verb_forms_57fa(noun, verbs)
    ]
}
SPEECH_CUES["fa"] += FORECAST_CUES_58FA["fa"]
ROUND_CUES_57FA["fa"] += FORECAST_CUES_58FA["fa"]
# A website written with its kind and an adjective (a word in «ی») before its name («سايت
# سينمايي اسكرين ديلي», "the cinema site Screen Daily"; quotes_ar_fa.tsv, where the speaker is
# «اسکرین دیلی»): the name alone, as `newspaper_name` drops «روزنامه اينترنتي» before «اوترا».
# With no adjective («سایت فدراسیون فوتبال», quotes_dev37.tsv) the kind stays, as
# `with_source_kind_word_49` writes it.
WEBSITE_WORDS_58FA = {"fa": ["سایت", "وب سایت"]}

# Arabic adverbials a speech verb's own subject can follow («وأضاف في مؤتمر صحفي عقب استضافة
# محادثات بين وزراء … ووزير الخارجية الأمريكي جون كيري أنه»; quotes_dev60ar.tsv, session 55):
# a name after one of these openers and then «بين»/«مع» is one the adverbial speaks of (met,
# hosted), not who speaks. Written for round quotes60ar from that sentence's words.
ADVERBIAL_OPENERS_AFTER_VERB = {"ar": ["في", "خلال", "عقب", "أثناء", "اثناء", "لدى", "أمام", "بعد"]}
MEETING_WORDS_60AR = {"ar": ["بين", "مع"]}
# Nouns a name modifies in an English subject ("the Trump administration said", "the Old
# Trafford boss", "Mike Tindall's agent"): the speaker is the noun's holder or body, never the
# name (session 68, speakers68en: quotes_dev50en.tsv's "Mike Tindall's agent has warned",
# quotes_dev68en.tsv's "said the Old Trafford boss"; general English usage). People first: a
# body's or a place's holder ("BA chairman Martin Broughton") is someone else; the bodies of a
# person ("the Trump administration") only after a person's name. A spokesperson, a source, an
# official or a report of a body speaks for it and is not here (`spokesperson_of_50`).
NAME_HOLDERS_68 = {
    "en": ["agent", "agents", "boss", "lawyer", "lawyers", "attorney", "attorneys", "aide",
           "aides", "adviser", "advisers", "advisor", "advisors", "manager", "coach", "chief",
           "executive", "chairman", "chairwoman", "director", "president", "captain", "owner",
           "counterpart", "envoy", "wife", "husband", "son", "daughter", "brother", "sister",
           "mother", "father", "economist", "analyst", "correspondent", "editor"],
}  # fmt: skip
PERSON_BODIES_68 = {
    "en": ["administration", "government", "campaign", "camp", "team", "family", "regime",
           "cabinet", "allies", "rivals", "opponents", "supporters", "critics", "fans",
           "conspiracy", "book", "film", "novel", "album", "theory"],
}  # fmt: skip
# Words that make an English aside a clause about someone else, not the subject's name ("…,
# who met Tony Blair, said"; with a preposition or an -ing participle, session 68).
ASIDE_LINKS_68 = {
    "en": ["who", "whom", "whose", "which", "that", "than", "like", "under", "alongside"]
}
# Nouns of documents an English subject may be ("the report says", "the rule states", "the
# brief said"): a document speaks for its issuer, never for the person who spoke last (session
# 68: quotes_dev68en.tsv's "\"…,\" the report says" read as the NAO head; general English usage).
DOCUMENT_NOUNS_68 = {
    "en": ["report", "reports", "statement", "letter", "brief", "document", "documents",
           "study", "ruling", "rule", "rules", "policy", "survey", "memo", "memorandum",
           "filing", "lawsuit", "suit", "complaint", "order", "proposal", "regulation",
           "regulations", "bill", "law", "plan", "notice", "guidance", "guidelines",
           "judgment", "judgement", "verdict", "resolution", "communique", "release",
           "draft", "website", "tweet", "post", "petition", "indictment", "affidavit",
           "declaration", "agreement", "text", "manifesto", "leaflet", "advert", "ad"],
}  # fmt: skip

# Session 70 (speakers70en; quotes_dev70en). A role written after an English report verb with a
# name in its complement ("said the director behind JFK, Platoon and …", "wrote one reviewer in
# Rolling Stone magazine"): the name is what the role is of, never the speaker. These words
# close the role and open its complement (PREPOSITIONS and "behind", general English usage).
ROLE_COMPLEMENT_WORDS = {"en": ["of", "with", "by", "for", "at", "in", "on", "from", "about",
                                   "behind"]}  # fmt: skip
# Words after which such a role opens a clause as its subject ("Its comments came after the
# industry minister of … said"), unlike an object ("a statement detailing the banning of …
# Valve said"); a comma or the sentence's start does too (general English usage).
CLAUSE_SUBJECT_OPENERS = {"en": ["after", "before", "when", "while", "as", "but", "and",
                                    "since", "because", "until", "that", "although", "though",
                                    "once", "so", "yet"]}  # fmt: skip
# Heads that speak for the body in their complement ("a spokesman for Chelsea", "an official at
# the ministry"): the body stays the speaker, as `SPOKESPEOPLE_50` has it (general usage).
BODY_VOICES = {"en": ["spokesman", "spokeswoman", "spokesperson", "representative",
                         "official", "officials", "source", "sources"]}  # fmt: skip
