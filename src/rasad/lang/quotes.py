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
        "مبينا",
        "مشيرا",
        "لافتا",
        "مؤكدا",
        "موضحا",
        "مضيفا",
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
    ],
}
# Subjects that refer back to the last speaker.
PRONOUNS = {"وی", "او", "ایشان", "he", "she", "they", "هو", "هي"}
# "that" after a speech verb introduces reported speech.
COMPLEMENTIZERS = {"ar": ["أن", "إن", "ان"], "fa": ["که"], "en": ["that"]}
# "according to X", "X quoted Y": the speaker is the one after these.
VIA_SOURCE = ["به نقل از", "نقلا عن", "نقل عن", "نقلت عن", "quoted"]
OPEN_TO_CLOSE = {"«": "»", "“": '”″"', '"': '"″”', "”": "“”"}
# Pronouns attached to an Arabic complementizer ("أنه", "إنهم", "بأن"): the word is still "that".
COMPLEMENTIZER_SUFFIXES = {"ar": ["ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم"]}
COMPLEMENTIZER_PREFIXES = {"ar": ["ب", "ف"]}
# Source markers: "بحسب X، …", "به گفته X، …", "…، بحسب X." — X is the speaker of the clause.
SOURCE_MARKERS = {
    "ar": ["بحسب", "حسب", "وفق", "وفقا ل", "وفقاً ل", "طبقا ل", "طبقاً ل", "نقلا عن", "نقلاً عن"],
    "fa": ["به گفته", "به نقل از", "طبق گزارش", "بنا بر گزارش", "بنا به گزارش", "به ادعای"],
    "en": ["according to"],
}
# A news agency's byline ("به گزارش خبرگزاری فارس،") names the reporter, never a speaker.
BYLINES = ["به گزارش", "بنا بر این گزارش", "بر اساس این گزارش"]
# Words that continue a cue into another word ("گفت‌وگو" is a conversation, not "said").
CUE_CONTINUATIONS = {"fa": ["وگو", "گو"]}
# A subject starting with one of these refers back ("این مسئول افزود", "هذا المسؤول"): the last
# speaker continues; any other short subject with no recognised name is the speaker as written.
CONTINUING_SUBJECTS = PRONOUNS | {"این", "همین", "هذا", "هذه", "this", "the"}
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
        "اليوم",
        "لـ",
        "ل",
        "حسب",
        "بحسب",
        "وفق",
    ],
    "fa": ["در", "با", "به"],
}
MAX_SUBJECT_WORDS = 7
