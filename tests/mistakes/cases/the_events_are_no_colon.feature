# wrong: Then
# fix: Then the events are:
# line: 9
Feature: The events are no colon

  Scenario: the events are no colon
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events are
      | event | card_id |
      | CardRedeemed | GC-1 |
