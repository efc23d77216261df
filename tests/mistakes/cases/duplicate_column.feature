# wrong: amount
# wrong: twice
# fix: once
# line: 9
Feature: Duplicate column

  Scenario: duplicate column
    Given the events:
      | event      | card_id | amount | amount |
      | CardIssued | GC-1    | 100    | 200    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
