# wrong: no step reads "Then the events include:"
# fix: Then the events include, in order:
# not: Given the event include
# line: 10
Feature: Include no order

  Scenario: include no order
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events include:
      | event        | amount |
      | CardRedeemed | 30     |
