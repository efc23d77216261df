# wrong: cannot read "100€"
# fix: without its currency: 100
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued:
      | card_id | GC-1 |
      | amount  | 100€ |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70
