# wrong: unknown event 'CardIsued'
# fix: did you mean CardIssued?
# line: 9
Feature: Unknown event in table row

  Scenario: unknown event in table row
    Given the events:
      | event     | card_id | amount |
      | CardIsued | GC-1    | 100    |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
