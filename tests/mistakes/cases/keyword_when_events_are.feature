# wrong: Then
# fix: Then the events are:
# line: 8
Feature: Keyword when events are

  Scenario: keyword when events are
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the events are:
      | event | card_id |
      | CardRedeemed | GC-1 |
