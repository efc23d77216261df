# wrong: JSON
# fix: array
# line: 7
Feature: Json list in events is object

  Scenario: json list in events is object
    Given the events:
      """
      {"event": "CardIssued", "card_id": "GC-1", "amount": 100}
      """
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
