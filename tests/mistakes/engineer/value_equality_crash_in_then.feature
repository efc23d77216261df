# where: tests/mistakes/domains/value_equality_crash_in_then.py
# wrong: the domain's code this step called raised AttributeError
# fix: in __eq__
# not: cannot read
Feature: A value object whose __eq__ crashes when a Then step compares it

  Scenario: Painting
    When the command PaintFence is sent with fence_id "F-1" and colour "Red"
    Then the event FencePainted is published with fence_id "F-1" and colour "red"
