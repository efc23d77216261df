# where: tests/mistakes/domains/saga_constructor_type_error.py
# domain: tests.mistakes.domains.saga_constructor_type_error
# line: 11
# wrong: TypeError: object of type 'NoneType' has no len()
# wrong: This is a bug in the code
# fix: in __init__
# not: cannot be created with no arguments
Feature: A saga's constructor with a TypeError in its body

  Scenario: The kettle boils
    When the event KettleBoiled is published with kettle_id "K-1"
    Then no commands are dispatched
