# where: tests/mistakes/domains/converter_crash.py
# wrong: ZeroDivisionError
# fix: in _grams
# not: cannot read
Feature: A field converter has a bug

  Scenario: Weighing flour
    When the command WeighFlour is sent with bag_id "F-1" and weight 2
    Then the command succeeds
