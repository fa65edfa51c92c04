"""A count told before an event and one told after it (round claims61): a figure followed by
a "previous" cue («مشاركة سابقة») counts what came before its telling, so a preview's count one
less is no contradiction; two counts that both say so, or are two apart, still are."""

from __future__ import annotations

from rasad.analysis.statements import relate
from tests.test_statements import statement

# SaudiNewsNet 2015-08-02 (archive story of the Community Shield): five outlets' preview and
# one outlet's report after the match, shortened
PREVIEW = "فيما أحرز تشيلسي اللقب أربع مرات آخرها في 2009 وذلك في 11 مشاركة في مسابقة الدرع."
AFTER = "وفشل تشيلسي في إحراز لقبه الخامس في مسابقة الدرع وكان آخر تتويج عام 2009 وذلك في 12 مشاركة سابقة."


def test_a_count_up_to_the_telling_one_above_a_preview_is_no_contradiction():
    rel = relate(statement(PREVIEW), statement(AFTER, outlet="B"))
    assert rel.verdict != "contradict"


def test_two_apart_or_both_counted_before_still_differ():
    two_apart = AFTER.replace("12 مشاركة", "13 مشاركة")
    rel = relate(statement(PREVIEW), statement(two_apart, outlet="B"))
    assert rel.reason != "a count up to the telling, before and after one event"
    both = PREVIEW.replace("11 مشاركة", "11 مشاركة سابقة")
    rel = relate(statement(both), statement(AFTER, outlet="B"))
    assert rel.reason != "a count up to the telling, before and after one event"
