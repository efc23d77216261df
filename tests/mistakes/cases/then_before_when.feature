# wrong: this Then step has no When before it
# fix: When
# line: 8
Feature: Then before when

  Scenario: then before when
    Given the event CardIssued with card_id "GC-1" and amount 100
    Then the command succeeds
