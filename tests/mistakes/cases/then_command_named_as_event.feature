# wrong: RedeemCard is a command, not an event
# fix: event
# line: 9
Feature: Then command named as event

  Scenario: then command named as event
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event RedeemCard is published with card_id "GC-1" and amount 30
