# wrong: this step takes one message
# fix: Then the events are:
# line: 12
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published:
      | card_id | amount |
      | GC-1    | 30     |
      | GC-1    | 40     |
