# wrong: behave writes a doc string between lines of three double quotes
# fix: write """
# alone: yes
# line: 9
Feature: F

  Scenario: s
    When the command IssueCard is sent:
      ```json
      {"card_id": "GC-1", "amount": 10}
      ```
    Then the command succeeds
