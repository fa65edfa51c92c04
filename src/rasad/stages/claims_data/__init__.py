"""Per-language cue words for numbers and quotes, written by hand from general knowledge of
Arabic, Persian and English news style (no corpus or evaluation set was used)."""
