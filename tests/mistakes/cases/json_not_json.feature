# wrong: the doc string is not valid JSON
# fix: JSON
# line: 7
Feature: Json not json

  Scenario: json not json
    When the command IssueCard is sent:
      """
      {"card_id": "GC-1", amount: 10}
      """
    Then the command succeeds
