# wrong: this table is written on its side
# fix: write | event | card_id | amount |
# line: 10
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events are:
      | event   | CardRedeemed |
      | card_id | GC-1         |
      | amount  | 30           |
