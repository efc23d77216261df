# wrong: the doc string is not valid JSON
# fix: expected a JSON object like
# line: 7
Feature: F

  Scenario: s
    When the command IssueCard is sent:
      """yaml
      card_id: GC-1
      amount: 10
      """
    Then the command succeeds
