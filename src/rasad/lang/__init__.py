"""Per-language data: the words stages match, kept out of their logic.

One module per topic, each table keyed by language (or holding the three languages' forms
together where a matcher reads them all at once, as number words do):

- `months`: month names of the Gregorian, Persian solar (Jalali) and Islamic lunar calendars;
- `date_words`: weekdays, relative-date words ("أمس", "دیروز"), ordinals, year markers;
- `times`: clock words, hour names, parts of the day, duration units;
- `numbers`: number words, multipliers, approximation markers, counted-noun skip words;
- `quotes`: speech cues, complementizers, source markers, bylines, subject ends;
- `clitics`: the Arabic clitics and article prefixes written onto a word (numbers, quotes and
  statements read words under them).
- `demonstratives`: «هذه», «این» and their kind, one list a language for every stage and the
  recogniser (a noun after one refers back).

Written by hand for rasad from general knowledge of Arabic (Modern Standard, with Egyptian/Gulf
and Levantine/Iraqi month names), Persian and English news usage; no corpus or evaluation set
was used. Forms are listed as commonly written: matching folds letter variants (ي/ی, ك/ک,
hamza forms, ة/ه) and digit scripts, so one spelling per form is enough.

Lexicons kept as tables with their own README live in `rasad/data/` (what claims are about
and negation cues in `data/claims/`, promise cues, framing, boilerplate, gazetteers).
"""
