# wrong: a doc string above this line is not closed
# fix: end the doc string with
# alone: yes
# line: 11
Feature: Doc string not closed

  Scenario: doc string not closed
    When the command IssueCard is sent:
      """
      {"card_id": "GC-1", "amount": 10}
    Then the command succeeds
