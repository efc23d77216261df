# wrong: the first row of this table names the fields card_id and amount
# fix: each row is one field and its value
# line: 7
Feature: When horizontal table

  Scenario: when horizontal
    When the command IssueCard is sent:
      | card_id | amount |
      | GC-1    | 10     |
    Then the command succeeds
