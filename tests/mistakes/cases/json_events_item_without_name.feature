# wrong: each item of the JSON array is an object naming its event
# fix: {"event": "Name"
# line: 7
Feature: Json events missing key

  Scenario: json events missing key
    Given the events:
      """
      [{"card_id": "GC-1", "amount": 10}]
      """
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds
