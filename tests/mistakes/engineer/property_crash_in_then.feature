# where: tests/mistakes/domains/property_crash_in_then.py
# wrong: the domain's code this step called raised ZeroDivisionError
# fix: in level
# not: expected 0.5
Feature: A property that crashes when a Then step reads it

  Scenario: Drawing
    Given the event TankFilled with tank_id "T-1" and litres 10
    When the command DrawWater is sent with tank_id "T-1" and litres 5
    Then the aggregate state has level 0.5
