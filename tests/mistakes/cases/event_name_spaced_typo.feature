# wrong: unknown event 'card isued'
# fix: did you mean CardIssued?
# line: 7
Feature: Event name spaced typo

  Scenario: event name spaced typo
    Given the event card isued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
