# wrong: RedeemCard is a command, not an event
# fix: event
# line: 7
Feature: Command named as event

  Scenario: command named as event
    Given the event RedeemCard with card_id "GC-1" and amount 30
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
