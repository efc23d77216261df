# wrong: unknown event 'CardIsued'
# fix: did you mean CardIssued?
# line: 7
Feature: Event name typo

  Scenario: event name typo
    Given the event CardIsued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
