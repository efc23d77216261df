# wrong: this row of dashes is not part of a Gherkin table
# fix: remove the row
# line: 9
Feature: F

  Scenario: s
    Given the events:
      | event      | card_id | amount |
      |------------|---------|--------|
      | CardIssued | GC-1    | 100    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70
