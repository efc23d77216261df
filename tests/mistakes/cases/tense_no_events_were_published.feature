# wrong: Then
# fix: Then no events are published
# line: 9
Feature: Tense no events were published

  Scenario: tense no events were published
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then no events were published
