# wrong: no step reads "Then the events is:"
# fix: Then the events are:
# not: Given the event is
# line: 10
Feature: The events is

  Scenario: the events is
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the events is:
      | event        | card_id | amount |
      | CardRedeemed | GC-1    | 3      |
