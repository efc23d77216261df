# wrong: the doc string must be a JSON array
# fix: [{"event": "CardIssued"
# line: 7
Feature: F

  Scenario: s
    Given the events:
      """
      {"events": [{"event": "CardIssued", "card_id": "GC-1", "amount": 100}]}
      """
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
