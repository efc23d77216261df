# wrong: CardRedeemed is an event, not a command
# fix: command
# line: 8
Feature: Event named as command

  Scenario: event named as command
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command CardRedeemed is sent with card_id "GC-1" and amount 30
    Then the command succeeds
