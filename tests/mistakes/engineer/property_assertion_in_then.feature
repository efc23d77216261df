# where: tests/mistakes/domains/property_assertion_in_then.py
# wrong: the domain's code this step called raised AssertionError
# fix: in level
# not: Traceback
Feature: A property whose assert fails when a Then step reads it

  Scenario: Filling
    When the command FillBarrel is sent with barrel_id "B-1" and litres 10
    Then the aggregate state has level 10
