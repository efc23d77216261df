# wrong: 'event', not 'command'
# line: 8
# fix: must be 'event'
Feature: Command column for events

  Scenario: command column for events
    Given the events:
      | command    | card_id | amount |
      | CardIssued | GC-1    | 100    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
