"""Word-shape data for the framing matcher: clitics and suffixes per language (folded forms:
ي→ی, ة→ه, ك→ک), and the shape of a headline that puts its speaker first ("الكاظمي: …")."""

# Arabic proclitics: a conjunction, then a preposition, then the article (or لل for ل + ال).
AR_CONJUNCTIONS = "وف"
AR_PREPOSITIONS = "بلک"

# Suffixes a term may carry and still be the same word.
SUFFIXES = {
    "ar": [
        "یین",
        "یون",
        "ین",
        "ون",
        "ات",
        "یه",
        "یا",
        "ی",
        "ه",
        "ها",
        "هم",
        "هما",
        "نا",
        "وا",
        "ت",
        "ا",
    ],
    # Persian plural, ezafe, indefinite and verb endings, written joined or after a ZWNJ.
    "fa": ["هایی", "های", "ها", "ای", "یی", "ی", "ان", "یان", "ین", "ند"],
    "en": ["s", "es", "'s", "s'", "’s"],
}

# A headline that starts with its speaker: up to this many words before a colon.
HEADLINE_SPEAKER_WORDS = 5

# A group named after one of these words, between it and the term, is where or against whom
# the act happened (the victim, the place), not whom the term is applied to:
# «جريمة بحق الفلسطينيين», «تجاوز به غزه», "terrorism against Israel".
NOT_TARGET_BEFORE = {
    "ar": ["ضد", "بحق", "حق", "على", "علی", "في", "فی", "تجاه"],
    "fa": ["در", "علیه", "به", "بر", "ضد"],
    "en": ["against", "in", "on", "at", "to"],
}

# Words just before a term that make its use generic (the fight against terrorism as such,
# «مكافحة الإرهاب», «مبارزه با تروریسم», "counter-terrorism"): no one is named by it.
GENERIC_BEFORE = {
    "ar": ["مكافحة", "محاربة", "لمكافحة", "لمحاربة", "ومكافحة", "ومحاربة", "بمكافحة"],
    "fa": ["مبارزه", "مقابله", "ضد", "مبارزه با", "مقابله با"],
    "en": ["counter", "anti", "against", "fight", "fighting", "war on", "combat", "combating"],
}
