"""An outlet's recurring headline pattern (a series) and the day each of its reports is of.

A recurring report (a market's close, the weather bulletin) is written by one outlet day after
day under the same opening words: «الأسهم المحلية تغلق على …», «سماء غائمة جزئياً إلى …». The
patterns are learned from the archive itself, not from a list of topics: a report is filed
under its outlet, the first PATTERN_WORDS words of its folded headline (numbers masked) and the
day its lead reports (`report_day_56`: a morning paper's «جلسة الاثنين» printed on Tuesday is
Monday's session; none, no key); a pattern the stories hold on SERIES_DAYS different days or more is a series, and each
day's report of a series is its own event (eval/labels/stories56.md).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from rasad.lang.date_words import DAY_WORDS, WEEKDAYS
from rasad.lang.series_words56 import COMING_DAY_WORDS_56
from rasad.text.days import parse_day
from rasad.text.normalize import fold_same_length

SERIES_56 = "&"  # prefix of a report's series key ("&Al-Riyadh|الاسهم المحلیه تغلق|2015-08-02")
# The fixed part of a recurring headline: its first words, numbers masked. Two words are an
# actor («خادم الحرمين», «أمير عسير»), whose different events and follow-ups recur too; three
# already name the kind of report («الأسهم المحلية تغلق»).
PATTERN_WORDS = 3
ACTOR_WORDS = 2  # a pattern opening with two words of a person's name opens with the person
SERIES_DAYS = 3  # a pattern on this many different days is a series, not a follow-up
# The day a report is about is told in its lead (round stories53): a day word further on is
# background (the previous session, tomorrow's meeting).
REPORT_DAY_LEAD = 600
COMING_REACH = 12  # characters before a weekday where «الغد», «غدا» make it a coming day
NUMBER = re.compile(r"\d+(?:[.,٫]\d+)*")
HEADLINE_WORD = re.compile(r"[^\W_]+")


def _folded_words(words: dict[str, int], keep: Callable[[int], bool]) -> dict[str, int]:
    """Words of a table, folded, whose value `keep` accepts."""
    return {fold_same_length(w): n for w, n in words.items() if keep(n)}


PAST_DAYS_56 = _folded_words(DAY_WORDS, lambda offset: offset <= 0)  # today, yesterday, …
COMING_DAYS_56 = _folded_words(DAY_WORDS, lambda offset: offset > 0) | {
    fold_same_length(w): 1 for w in COMING_DAY_WORDS_56
}
WEEKDAY_NUMBERS_56 = _folded_words(WEEKDAYS, lambda _: True)


def _holds_word(folded: str, words: dict[str, int]) -> int | None:
    """The value of the first word (or phrase) of a table a folded text holds as a whole."""
    padded = f" {folded} "
    return next((n for w, n in words.items() if f" {w} " in padded), None)


def day_named_56(mention: dict, before: str, published: date | None) -> date | None:
    """The day a date mention names by a day word (None: a week, a month). A weekday is read
    as the last such day up to publication (a morning paper's «جلسة الاثنين» printed on
    Tuesday is Monday's session); a coming day (`before` it: «الغد الأحد») is after
    publication."""
    folded = fold_same_length(mention.get("text", ""))
    resolved = parse_day(mention["value"])
    coming = _holds_word(fold_same_length(f"{before} {folded}"), COMING_DAYS_56) is not None
    if coming or (published is not None and resolved > published):
        return max(resolved, published + timedelta(days=1)) if published else resolved
    weekday = _holds_word(folded, WEEKDAY_NUMBERS_56)
    if weekday is not None and published is not None:
        return published - timedelta(days=(published.weekday() - weekday) % 7)
    return resolved if _holds_word(folded, PAST_DAYS_56) is not None else None


def report_day_56(dates: list[dict], text: str, published: date | None) -> date | None:
    """The day a report is about: the first day its lead names by a day word, among the dates
    stage's relative mentions to the day; None when it names none or a coming day first."""
    lead = sorted(
        (d for d in dates if d.get("start", 0) <= REPORT_DAY_LEAD), key=lambda d: d.get("start", 0)
    )
    for mention in lead:
        if not (mention.get("relative") and mention.get("precision") == "day"):
            continue
        if mention.get("type", "date") != "date" or not mention.get("value"):
            continue
        start = mention.get("start", 0)
        day = day_named_56(mention, text[max(start - COMING_REACH, 0) : start], published)
        if day is not None:
            return day if published is None or day <= published else None
    return None


def headline_pattern_words(text: str) -> str:
    """A text's words, folded, each number as «#»."""
    words = HEADLINE_WORD.findall(NUMBER.sub(" 0 ", fold_same_length(text)))
    return " ".join("#" if w.isdigit() else w for w in words)


def headline_pattern(title: str | None) -> str | None:
    """A headline's first PATTERN_WORDS words, folded, each number as «#» (None if shorter)."""
    words = headline_pattern_words(title or "").split()
    return " ".join(words[:PATTERN_WORDS]) if len(words) >= PATTERN_WORDS else None


def persons(mentions: Iterable[dict]) -> list[str]:
    """The texts of a report's person mentions."""
    return [m["text"] for m in mentions if m.get("type") == "PER" and m.get("text")]


def names_actor(pattern: str, persons: Iterable[str]) -> bool:
    """Whether a headline pattern opens with a person the report names («فيصل بن خالد يرعى»):
    one actor's headlines recur over his different events and their follow-ups alike."""
    opening = " ".join(pattern.split()[:ACTOR_WORDS])
    return any(f" {opening} " in f" {headline_pattern_words(p)} " for p in persons)


def series_key_56(
    outlet: str | None, title: str | None, day: date | None, persons: Iterable[str] = ()
) -> str | None:
    """The key a report is filed under in its story: its outlet, headline pattern and day
    (None without them, or when the pattern opens with one of the report's `persons`)."""
    pattern = headline_pattern(title)
    if not outlet or pattern is None or day is None or names_actor(pattern, persons):
        return None
    return f"{SERIES_56}{outlet.replace('|', ' ')}|{pattern}|{day.isoformat()}"


def read_series_56(key: str) -> tuple[str, str]:
    """A series key's pattern (outlet and headline) and day."""
    pattern, day = key[len(SERIES_56) :].rsplit("|", 1)
    return pattern, day


class SeriesBook:
    """The days each outlet's headline pattern was seen on, from the stories' series keys."""

    def __init__(self) -> None:
        self.days: dict[str, set[str]] = defaultdict(set)

    def file(self, keys: Iterable[str]) -> None:
        """Note the series keys among a document's (or a story's) keys."""
        for key in keys:
            if key.startswith(SERIES_56):
                pattern, day = read_series_56(key)
                self.days[pattern].add(day)

    def series_days(self, keys: Iterable[str]) -> dict[str, set[str]]:
        """The patterns among these keys that are series, each with the days it is held on."""
        held: dict[str, set[str]] = defaultdict(set)
        for key in keys:
            if key.startswith(SERIES_56):
                pattern, day = read_series_56(key)
                held[pattern].add(day)
        return {
            p: days
            for p, days in held.items()
            if len(self.days.get(p, set()) | days) >= SERIES_DAYS
        }

    def occurrences_apart(self, keys: Iterable[str], story_keys: Iterable[str]) -> bool:
        """Whether a report (or a story) and a story hold one series on different days: put
        together, one of them would take another occurrence of the series than its own."""
        mine, theirs = self.series_days(keys), self.series_days(story_keys)
        return any(mine[p] != theirs[p] for p in mine.keys() & theirs.keys())
