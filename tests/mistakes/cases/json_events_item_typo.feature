# wrong: unknown event 'CardIsued'
# fix: did you mean CardIssued?
# line: 7
Feature: Json events unknown

  Scenario: json events unknown
    Given the events:
      """
      [{"event": "CardIsued", "card_id": "GC-1", "amount": 10}]
      """
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds
