"""Demonstratives, one list a language for every reader of them: a noun after one refers back
to what the text named before (`stages.framing` reads an anaphoric label, `stages.quotes` a
role of «this» body, `entities.recognise` no newspaper's name after «این روزنامه»).

Source: Halliday & Hasan, Cohesion in English, 1976, ch. 2, "demonstrative reference"; the
Arabic and Persian standard forms, near and far, written by hand for rasad (framing round 47c,
quotes round 48, entities round 49; one list since review50). «اين», «همين»: the Persian words
in Arabic ye, as older Persian pages write them.
"""

# The plain forms: Arabic singular, near and far («هذه المؤسسة», «ذلك»); Persian «این», «آن».
PLAIN_DEMONSTRATIVES = {
    "ar": ["هذه", "هذا", "تلك", "ذلك"],
    "fa": ["این", "اين", "آن"],
}
# Arabic plurals («هؤلاء», «أولئك») and the Persian emphatic «همین», «همان» ("this very").
# Only framing reads them: a plural body («مدير هؤلاء الطلاب») is no one the article has just
# quoted, and «همان روزنامه اسپانيايي ال پائيس» names the paper again after the word.
PLURAL_OR_EMPHATIC_DEMONSTRATIVES = {
    "ar": ["هؤلاء", "أولئك", "اولئك"],
    "fa": ["همین", "همان", "همين"],
}
DEMONSTRATIVES = {
    lang: words + PLURAL_OR_EMPHATIC_DEMONSTRATIVES[lang]
    for lang, words in PLAIN_DEMONSTRATIVES.items()
}
