# wrong: JSON
# fix: object
# line: 7
Feature: Json array for one message

  Scenario: json array for one message
    Given the event CardIssued:
      """
      [{"card_id": "GC-1", "amount": 100}]
      """
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
