# where: tests/mistakes/domains/value_repr_crash_in_report.py
# wrong: the domain's code this step called raised AttributeError
# fix: in __repr__
# not: Traceback
Feature: A value object whose __repr__ crashes while a failure is reported

  Scenario: Marking
    When the command MarkExam is sent with exam_id "E-1" and grade "A"
    Then the event ExamMarked is published with exam_id "E-2" and grade "A"
