# wrong: Then
# fix: Then no events are published
# line: 9
Feature: Wording then no events

  Scenario: wording then no events
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then no events
