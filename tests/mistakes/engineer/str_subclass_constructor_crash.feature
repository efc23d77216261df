# where: tests/mistakes/domains/str_subclass_constructor_crash.py
# wrong: IndexError
# wrong: This is a bug in the code, not a mistake in the feature file
# fix: in __new__
# not: cannot read
Feature: A text value object whose constructor has a bug

  Scenario: Registering
    When the command RegisterHouse is sent with house_id "H-1" and postcode "SW1A"
    Then the command succeeds
