# wrong: amount
# wrong: twice
# fix: once
# line: 12
Feature: Duplicate table field

  Scenario: duplicate table field
    Given the event CardIssued:
      | field   | value |
      | card_id | GC-1  |
      | amount  | 100   |
      | amount  | 200   |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
