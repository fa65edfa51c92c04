"""Arabic letters and prefixes written onto the next word, as the stages and views that read
a word under them share them (`stages.numbers`, `stages.quotes`, `analysis.statements`)."""

# One-letter clitics: the conjunctions و and ف, the prepositions ب and ل ("وعشرين", "بتعليم",
# "لوزارة"), in folded form.
CLITICS = ("و", "ف", "ب", "ل")
# The article alone or after a clitic ("التخطيط", "والتطوير", "بالرياض", "كالعادة") and the
# contracted لل ("للدفاع"): a definite word.
DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل")
# A word as written, after one clitic, or after the article (alone, after و or ب, or in the
# contracted لل): what the numbers stage strips before a casualty word or a dual noun
# («والقتلى», «بالمصابين», «للشهيدين»); not فال, كال or ولل, which it never strips there.
CLITIC_OR_ARTICLE = ("", *CLITICS, "ال", "وال", "بال", "لل")
