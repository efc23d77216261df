# wrong: CardIssued has no field 'amuont'
# fix: did you mean amount?
# line: 7
Feature: Field name typo in json

  Scenario: field name typo in json
    Given the event CardIssued:
      """
      {"card_id": "GC-1", "amuont": 100}
      """
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
