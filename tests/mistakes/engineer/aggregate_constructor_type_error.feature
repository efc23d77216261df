# where: tests/mistakes/domains/aggregate_constructor_type_error.py
# domain: tests.mistakes.domains.aggregate_constructor_type_error
# line: 11
# wrong: The command FillCanister crashed with TypeError
# wrong: This is a bug in the code
# fix: in __init__
# not: could not be created with no arguments
Feature: An aggregate's constructor with a TypeError in its body

  Scenario: Filling a new canister
    When the command FillCanister is sent with canister_id "C-1" and litres 5
    Then the event CanisterFilled is published with canister_id "C-1" and litres 5
