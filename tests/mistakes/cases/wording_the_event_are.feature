# wrong: no step reads "Then the event are:"
# fix: Then the events are:
# not: is a Given step
# line: 10
Feature: The event are

  Scenario: the event are
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the event are:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 3      |
