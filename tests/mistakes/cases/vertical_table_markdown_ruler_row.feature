# wrong: this row of dashes is not part of a Gherkin table
# fix: remove the row
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued:
      | field   | value |
      | ------- | ----- |
      | card_id | GC-1  |
      | amount  | 100   |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70
