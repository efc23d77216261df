# wrong: RedeemCard is a command, not an event
# fix: a command
# line: 9
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event RedeemCard is published
