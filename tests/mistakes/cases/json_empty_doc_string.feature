# wrong: the doc string under this step is empty
# fix: write the fields in it as a JSON object
# line: 7
Feature: JSON empty

  Scenario: json empty
    When the command IssueCard is sent:
      """
      """
    Then the command succeeds
