# wrong: this table row does not have as many cells as the heading row
# fix: a "|" inside a value is written "\|"
# line: 11
# alone: yes
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command CancelCard is sent:
      | card_id | GC-1 |
      | reason  | lost|stolen |
    Then the command succeeds
