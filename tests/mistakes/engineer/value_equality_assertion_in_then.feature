# where: tests/mistakes/domains/value_equality_assertion_in_then.py
# wrong: the domain's code this step called raised AssertionError
# fix: in __eq__
# not: Traceback
Feature: A value object whose __eq__ asserts and fails when a Then step compares it

  Scenario: Planting
    When the command PlantTree is sent with tree_id "T-1" and species "oak"
    Then the event TreePlanted is published with tree_id "T-1" and species "oak"
