"""Calendar words per language: month and weekday names, ordinals, relative cues.

Written by hand from general knowledge of the Gregorian (with its Egyptian/Gulf and
Levantine/Iraqi Arabic month names and the Persian transliterations), Persian solar (Jalali)
and Islamic lunar (Hijri) calendars. Forms are listed as commonly written; matching folds
letter variants (ي/ی, ك/ک, hamza forms, ة/ه) so one spelling per form is enough.
"""
