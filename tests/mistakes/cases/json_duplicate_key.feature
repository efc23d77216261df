# wrong: the key "amount" is written twice
# fix: write it once
# line: 7
Feature: JSON duplicate key

  Scenario: json duplicate key
    When the command IssueCard is sent:
      """
      {"card_id": "GC-1", "amount": 10, "amount": 20}
      """
    Then the command succeeds
