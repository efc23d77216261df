# wrong: the doc string is not valid JSON
# fix: expected a JSON object like
# line: 7
Feature: Json trailing comma

  Scenario: json trailing comma
    When the command IssueCard is sent:
      """
      {"card_id": "GC-1", "amount": 10,}
      """
    Then the command succeeds
